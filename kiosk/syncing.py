"""Composition of the sync engine for `kiosk enroll`, `kiosk sync` and the kiosk window.

Like app.py, this is where settings, the enrollment file and the adapters meet: it reads the
home's registry.json, builds the HTTP client and the printer health for heartbeats, and hands
the services what they need.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from kiosk.clock import make_clock
from kiosk.paths import Home
from kiosk.printing.base import PrinterError, PrinterState
from kiosk.printing.uri import open_printer
from kiosk.sample.wsis2022_categories import sample_categories
from kiosk.services.check_in import ScanResult
from kiosk.services.enrollment import enroll_for_fleet, enroll_kiosk, require_fleet_kind
from kiosk.services.sync import PrinterHealth, SyncOptions, SyncReport, SyncSession, sync_once
from kiosk.settings import Settings, load_settings
from kiosk.store import open_database
from kiosk.sync.client import SyncError, SyncProblem
from kiosk.sync.enrollment import RegistryLink, load_link, save_link
from kiosk.sync.fleet import FleetReportingClient
from kiosk.sync.indico import IndicoCategories
from kiosk.sync.pretix.catalog import CategoryRules
from kiosk.sync.registries import (
    ClosableClient,
    RegistryAddress,
    RegistryKind,
    describe,
    enrollment_client,
    link_kind,
    link_name,
    parse_registry_url,
    registry_client,
)
from kiosk.sync.wire import printer_name
from kiosk.ui.background import CheckInRunner, ServiceRunner
from kiosk.ui.kiosk.sync_status import SyncStatusCorner
from kiosk.ui.sync_runner import SyncRunner

log = logging.getLogger(__name__)

PRINTER_CHECK_S = 60.0  # ask the printer at most this often for heartbeats (it may be printing)
# A USB or serial printer has one owner (the check-in thread): heartbeats do not open it again.
_ONE_OWNER = ("escpos+usb:", "escpos+serial:")

_PRINTER_WORDS: dict[PrinterState, tuple[str, str]] = {
    PrinterState.ONLINE: ("ok", "ok"),
    PrinterState.PAPER_NEAR_END: ("ok", "near-end"),
    PrinterState.PAPER_OUT: ("paper-out", "out"),
    PrinterState.COVER_OPEN: ("cover-open", "unknown"),
    PrinterState.OFFLINE: ("offline", "unknown"),
    PrinterState.UNKNOWN: ("unknown", "unknown"),
}


def enrolled_settings(home: Home, settings: Settings) -> Settings:
    """Settings with the enrolled kiosk id and URL: once enrolled, the registry names the kiosk."""
    try:
        link = load_link(home.registry_link)
    except SyncError as exc:
        log.error("%s", exc)
        return settings
    if link is None:
        return settings
    # A registry of sample data (a past event) sets the demo clock unless the kiosk has its own.
    simulated = settings.simulated_time or link.simulated_time
    return replace(
        settings, kiosk_id=link.kiosk_id, registry_url=prefixed_url(link), simulated_time=simulated
    )


def prefixed_url(link: RegistryLink) -> str:
    """The link's URL as settings write it: with its kind's prefix unless it is ours."""
    if link.kind == RegistryKind.KIOSK.value:
        return link.url
    return f"{link.kind}+{link.url}"


def read_settings(home: Home) -> Settings:
    return enrolled_settings(home, load_settings(home.settings))


def require_link(home: Home) -> RegistryLink:
    link = load_link(home.registry_link)
    if link is None:
        raise SyncError(
            SyncProblem.UNAUTHENTICATED,
            f"{home.root} is not enrolled with a registry; run `kiosk enroll URL CODE` first",
        )
    return link


def enroll(home: Home, url: str, code: str, device_key: tuple[int, bytes]) -> RegistryLink:
    """`kiosk enroll`: works on an empty home (creates the database and settings.toml)."""
    home.make_folders()
    settings = load_settings(home.settings)
    address = _address(url)
    db = open_database(home.database)
    client = enrollment_client(address)
    try:
        link = enroll_kiosk(
            db, client, address, code, device_key, make_clock(settings.simulated_time)
        )
    finally:
        client.close()
        db.close()
    save_link(home.registry_link, link)
    if not home.settings.exists():
        home.settings.write_text(_enrolled_settings_toml(link), encoding="utf-8")
    return link


def enroll_fleet(home: Home, url: str, code: str, device_key: tuple[int, bytes]) -> RegistryLink:
    """`kiosk enroll --fleet`: heartbeats to a kiosk registry while the kiosk serves another."""
    home.make_folders()
    address = require_fleet_kind(_address(url))
    clock = make_clock(load_settings(home.settings).simulated_time)
    client = enrollment_client(address)
    try:
        link = enroll_for_fleet(client, address, code, device_key, clock)
    finally:
        client.close()
    save_link(home.fleet_link, link)
    return link


def _address(url: str) -> RegistryAddress:
    try:
        return parse_registry_url(url)
    except ValueError as exc:
        raise SyncError(SyncProblem.REFUSED, str(exc)) from None


def _enrolled_settings_toml(link: RegistryLink) -> str:
    clock = ""
    if link.simulated_time:
        clock = (
            "# The registry serves sample data of a past event: until simulated_time is set here,\n"
            f"# this kiosk runs on the sample's clock, which starts at {link.simulated_time}.\n"
        )
    return f"""# Kiosk settings (written by `kiosk enroll`); the device token is in registry.json
[kiosk]
id = "{link.kiosk_id}"
{clock}
[registry]
url = "{prefixed_url(link)}"
interval_s = 15
"""


def printer_health(home: Home, settings: Settings) -> Callable[[], PrinterHealth]:
    """The primary printer's state for heartbeats, asked at most once a minute."""
    uri = settings.printer_uri
    cache: list[tuple[float, PrinterHealth]] = []

    def ask() -> PrinterHealth:
        if cache and time.monotonic() - cache[0][0] < PRINTER_CHECK_S:
            return cache[0][1]
        state = PrinterState.UNKNOWN
        if not uri.lower().startswith(_ONE_OWNER):
            try:
                state = open_printer(uri, base_dir=home.root).status().state
            except PrinterError:
                state = PrinterState.OFFLINE
        health = PrinterHealth(printer_name(uri), *_PRINTER_WORDS[state])
        cache[:] = [(time.monotonic(), health)]
        return health

    return ask


@dataclass(frozen=True, slots=True)
class SyncSetup:
    home: Home
    settings: Settings
    link: RegistryLink
    fleet: RegistryLink | None = None  # fleet.json: heartbeats' registry when the main is not ours

    @property
    def clock(self) -> Callable[[], datetime]:
        return make_clock(self.settings.simulated_time)

    @property
    def reports_to_fleet(self) -> bool:
        """Heartbeats go to the fleet registry: the kiosk serves pretix or Indico and has one."""
        return self.fleet is not None and link_kind(self.link) is not RegistryKind.KIOSK

    def options(self, progress: Callable[[int, int], None] | None = None) -> SyncOptions:
        """What every round needs: the printer's health and the registry's name for heartbeats."""
        return SyncOptions(
            printer=printer_health(self.home, self.settings),
            progress=progress,
            photos_dir=self.home.photos,
            registry=describe(self.link),
        )

    def client(self) -> ClosableClient:
        """The main registry's client; heartbeats to the fleet registry when it reports there."""
        main = setup_client(self)
        if self.fleet is None or not self.reports_to_fleet:
            return main
        return FleetReportingClient(main, registry_client(self.fleet))


def setup_client(setup: SyncSetup) -> ClosableClient:
    """The enrolled registry's client, with what the settings tell it about badge categories
    (a pretix event's products: [pretix] categories; an Indico form's tags: [indico])."""
    settings = setup.settings
    indico = IndicoCategories(settings.indico_categories, settings.indico_default_category)
    return registry_client(setup.link, category_rules(settings), indico)


def sync_setup(home: Home) -> SyncSetup:
    link = require_link(home)
    link_kind(link)  # an unknown kind is refused here, before any thread starts
    return SyncSetup(home, read_settings(home), link, _fleet_link(home))


def _fleet_link(home: Home) -> RegistryLink | None:
    """fleet.json, or None: a broken one is logged and the kiosk syncs without fleet reports."""
    try:
        return load_link(home.fleet_link)
    except SyncError as exc:
        log.error("no fleet reports: %s", exc)
        return None


def category_rules(settings: Settings) -> CategoryRules:
    """How a pretix event's products become badge categories ([pretix.categories])."""
    known = {category.code: category for category in sample_categories()}
    return CategoryRules(known=known, by_item=dict(settings.pretix_categories))


def session_factory(
    setup: SyncSetup, options: SyncOptions | None = None
) -> Callable[[], SyncSession]:
    """Builds a sync session on the thread that will use it (its own SQLite connection)."""
    clock = setup.clock
    base = options or setup.options()

    def build() -> SyncSession:
        client = setup.client()
        return SyncSession(open_database(setup.home.database), client, clock, base, client.close)

    return build


def sync_home_once(home: Home, progress: Callable[[int, int], None] | None = None) -> SyncReport:
    """`kiosk sync --once`: one round on this home, with a progress callback for long pulls."""
    setup = sync_setup(home)
    db = open_database(home.database)
    client = setup.client()
    try:
        return sync_once(db, client, setup.clock, setup.options(progress))
    finally:
        client.close()
        db.close()


@dataclass(frozen=True, slots=True)
class BackgroundSync:
    """The kiosk window's sync: the runner (its own thread) and the status corner it feeds."""

    runner: SyncRunner
    corner: SyncStatusCorner


def background_sync(home: Home, check_ins: ServiceRunner[Any]) -> BackgroundSync | None:
    """Sync for the kiosk or desk window, or None when the home is not enrolled; start with
    sync_now().

    After a round that brought keys or revocations, the runner's service (the check-in service,
    or the desk backend) reloads its keyring; after each kiosk check-in a round starts at once.
    """
    try:
        setup = sync_setup(home)
    except SyncError as exc:
        log.info("no background sync: %s", exc)
        return None
    name = link_name(setup.link)
    runner = SyncRunner(session_factory(setup), setup.settings.registry_interval_s, registry=name)
    corner = SyncStatusCorner(setup.clock, registry=name)
    runner.round_finished.connect(corner.show_report)

    def reload_keys(report: SyncReport) -> None:
        if report.keys_changed:
            check_ins.run(lambda service: service.reload_keys(), lambda _: None, log.warning)

    runner.round_finished.connect(reload_keys)

    # A check-in goes out at once, so other kiosks see it on their next round, not two rounds on.
    def push_check_in(result: ScanResult) -> None:
        if result.is_success:
            runner.sync_now()

    if isinstance(check_ins, CheckInRunner):
        check_ins.scan_finished.connect(push_check_in)
    return BackgroundSync(runner, corner)
