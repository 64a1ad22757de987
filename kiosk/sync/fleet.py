"""Fleet reporting: a kiosk that serves pretix or Indico sends its heartbeats to a kiosk registry.

pretix and Indico have no place for a kiosk's health, so event IT would not see such a kiosk on
the fleet page. ``kiosk enroll --fleet URL CODE`` enrolls it with a kiosk registry for heartbeats
only (fleet.json); the sync engine then talks to ``FleetReportingClient``, which sends the
heartbeat there and every other call to the main registry (docs/fleet.md).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from kiosk.core.exchange import ChangePage, Enrollment, Heartbeat, OutboxEntry, PushResult
from kiosk.core.photos import OutgoingPhoto
from kiosk.sync.client import SyncError
from kiosk.sync.registries import ClosableClient

log = logging.getLogger(__name__)


class FleetReportingClient:
    """The main registry's client, except that heartbeats go to the fleet registry.

    A fleet registry that does not answer never fails the round: the kiosk's data and check-ins
    travel with the main registry, and the fleet page shows the kiosk out of contact. Its problem
    is logged when it starts and when it ends, not every round.
    """

    def __init__(self, main: ClosableClient, fleet: ClosableClient) -> None:
        self._main = main
        self._fleet = fleet
        self.fleet_problem = ""  # "" while the fleet registry takes the heartbeats

    def enroll(self, code: str, device_public_key: bytes, app_version: str) -> Enrollment:
        return self._main.enroll(code, device_public_key, app_version)

    def push(self, items: Sequence[OutboxEntry]) -> list[PushResult]:
        return self._main.push(items)

    def changes(self, since: int, limit: int) -> ChangePage:
        return self._main.changes(since, limit)

    def upload_photo(self, photo: OutgoingPhoto) -> bool:
        return self._main.upload_photo(photo)

    def heartbeat(self, beat: Heartbeat) -> datetime | None:
        try:
            answer = self._fleet.heartbeat(beat)
        except SyncError as exc:
            if str(exc) != self.fleet_problem:
                log.warning("the fleet registry took no heartbeat: %s", exc)
            self.fleet_problem = str(exc)
            return None
        if self.fleet_problem:
            log.info("the fleet registry takes heartbeats again")
        self.fleet_problem = ""
        return answer

    def close(self) -> None:
        try:
            self._main.close()
        finally:
            self._fleet.close()
