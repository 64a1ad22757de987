"""A demo home after a morning of activity, for `kiosk export all` and `kiosk purge` tests.

The arrivals home (check-ins on two kiosks, a reprint, a walk-in with an Arabic name, a
conflict), plus a badge-name correction in Chinese, a VIP pick-up by an Arabic-named collector,
a photo in photos/ and badge files in prints/ as the file printer writes them.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from arrivals_home import MONDAY_0810, Arrivals, make_arrivals_home
from PySide6.QtGui import QColor, QImage

from kiosk.paths import Home
from kiosk.scan.photo import photo_from_image
from kiosk.services.photos import save_photo
from kiosk.store import Database, open_database, participants
from kiosk.store.desk import NameCorrection, VipPickup, add_vip_pickup, correct_name
from kiosk.store.outbox import acknowledge, pending_entries
from kiosk.store.photos import mark_uploaded, pending_uploads
from kiosk.store.staff import StaffEvent

CORRECTED_NAME = "王秀英（更正）"
COLLECTOR = "سلمى عبد الرحمن"


@dataclass
class BusyHome:
    arrivals: Arrivals
    photo_file: str
    badge_files: tuple[str, ...]

    @property
    def home(self) -> Home:
        return self.arrivals.home


def make_busy_home(root: Path) -> BusyHome:
    arrivals = make_arrivals_home(root, people=60)
    home = arrivals.home
    db = open_database(home.database)
    try:
        first, second = arrivals.checked_in[0], arrivals.checked_in[1]
        at = MONDAY_0810 + timedelta(hours=3)
        person = participants.get_participant(db, first)
        assert person is not None
        audit = StaffEvent(at, "desk-1", "desk-name", "done", staff_id="desk-demo")
        change = NameCorrection(first, CORRECTED_NAME, person.badge_name, at, "desk-1", "desk-demo")
        assert correct_name(db, change, audit) is not None
        pickup = VipPickup(second, COLLECTOR, "passport", at, "desk-1", "desk-demo")
        add_vip_pickup(db, pickup, StaffEvent(at, "desk-1", "desk-vip", "done", "desk-demo"))
        image = QImage(640, 480, QImage.Format.Format_RGB32)
        image.fill(QColor("#806040"))
        upload = save_photo(db, home.photos, second, photo_from_image(image).jpeg, (at, "k"))
    finally:
        db.close()
    badge_files = (f"{first}-v1.png", f"{first}-v1.pdf", f"{first}-v2.png")
    for name in badge_files:
        (home.prints / name).write_bytes(b"badge of " + name.encode())
        (home.prints / name).chmod(0o600)  # as the file printer writes them
    return BusyHome(arrivals, upload.file, badge_files)


def copy_home(busy: BusyHome, to: Path) -> Home:
    shutil.copytree(busy.home.root, to)
    return Home(to)


def as_if_synced(home: Home) -> None:
    """The registry took every outbox item and photo (a sync round, without a registry)."""
    db: Database = open_database(home.database)
    try:
        while entries := pending_entries(db, 500):
            acknowledge(db, [e.id for e in entries])
        for upload in pending_uploads(db):
            mark_uploaded(db, upload, MONDAY_0810 + timedelta(hours=4))
    finally:
        db.close()
