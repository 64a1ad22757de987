"""The staff desk's actions: check in after an ID check, print or reprint, void, correct the
badge name, VIP focal-point pick-up, a temporary badge for a walk-in (docs/desk.md).

Each action checks the role and the input first, then writes its record, its audit line and its
outbox item in one transaction; a refused action is audited too. The desk window (issue 11)
calls these on its worker thread: printing and hashing are slow.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from kiosk.core.desk import (
    WALK_IN_FIRST_ID,
    WALK_IN_LAST_ID,
    DeskAction,
    DeskInputError,
    DeskProblem,
    IdDocument,
    clean_country,
    clean_detail,
    clean_name,
    clean_reason,
    may,
)
from kiosk.core.model import CheckIn, Participant, ParticipantStatus, ScanSource
from kiosk.core.staff import Role
from kiosk.services.printing import PrintJobError, PrintJobs, PrintOutcome
from kiosk.store import Database, events, participants
from kiosk.store import desk as desk_store
from kiosk.store.staff import StaffEvent, add_event

log = logging.getLogger(__name__)
_T = TypeVar("_T")

WALK_IN_CATEGORY = "TMP"  # the sample event's "Temporary" category


class DeskError(Exception):
    """A desk action that cannot be done; the message says why. Nothing was written (a refusal
    and a print the journal refused are audited)."""

    def __init__(self, problem: DeskProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class DeskRefusedError(DeskError):
    """The staff member's role does not allow the action (audited as refused)."""


@dataclass(frozen=True, slots=True)
class DeskStaff:
    """Who is signed in at the desk (from services.staff.sign_in)."""

    staff_id: str
    role: Role


@dataclass(frozen=True, slots=True)
class WalkIn:
    """What a supervisor types for a walk-in; names as on their ID."""

    given_name: str
    family_name: str
    badge_name: str = ""  # empty: "given family"
    organisation: str = ""
    country: str = ""
    category: str = WALK_IN_CATEGORY


class DeskService:
    """Desk actions on one thread's database connection."""

    def __init__(
        self, db: Database, jobs: PrintJobs | None, kiosk_id: str, clock: Callable[[], datetime]
    ) -> None:
        """``jobs`` None: a machine with no printer (`kiosk void`); printing is refused."""
        self._db = db
        self._jobs = jobs
        self._kiosk_id = kiosk_id
        self._clock = clock

    def check_in(self, staff: DeskStaff, registration_id: int, id_checked: bool) -> CheckIn:
        """Check someone in by hand once staff have seen their ID."""
        self._allow(staff, DeskAction.CHECK_IN, registration_id)
        if not id_checked:
            raise DeskError(
                DeskProblem.ID_NOT_CHECKED, "check the person's ID document before checking them in"
            )
        person = self._person(registration_id)
        if person.status is not ParticipantStatus.REGISTERED:
            raise DeskError(
                DeskProblem.NOT_REGISTERED,
                f"registration {registration_id} is {person.status.value}: no check-in; "
                "ask a supervisor",
            )
        now = self._clock()
        check_in = CheckIn(
            str(uuid.uuid4()),
            registration_id,
            person.event_id,
            now,
            self._kiosk_id,
            ScanSource.DESK,
        )
        audit = self._event(staff, DeskAction.CHECK_IN, registration_id, "id checked", now)
        if not desk_store.add_check_in(self._db, check_in, audit):
            raise self._unknown(registration_id)
        log.info("desk %s: check-in of %s", staff.staff_id, registration_id)
        return check_in

    def print_badge(self, staff: DeskStaff, registration_id: int, reason: str) -> PrintOutcome:
        """Print the person's next badge version (the previous one is deactivated once printed)."""
        self._allow(staff, DeskAction.PRINT, registration_id)
        why = self._reason(reason)
        if self._jobs is None:
            raise DeskError(
                DeskProblem.NO_PRINTER,
                "this command prints nothing: print at a desk or with `kiosk reprint`",
            )
        try:
            outcome = self._jobs.reprint(registration_id, why)
        except PrintJobError as exc:
            self._audit(staff, DeskAction.PRINT, registration_id, why, "failed")
            raise DeskError(DeskProblem.PRINT_REFUSED, str(exc)) from exc
        state = "printed" if outcome.printed else "failed"
        self._audit(staff, DeskAction.PRINT, registration_id, why, state)
        return outcome

    def void(self, staff: DeskStaff, registration_id: int, reason: str) -> str:
        """Void the person's valid badge (supervisors only); returns the voided print's id."""
        self._allow(staff, DeskAction.VOID, registration_id)
        why = self._reason(reason)
        self._person(registration_id)
        audit = self._event(staff, DeskAction.VOID, registration_id, why, self._clock())
        voided = desk_store.void_active_badge(self._db, registration_id, why, audit)
        if voided is None:
            raise DeskError(
                DeskProblem.NO_VALID_BADGE,
                f"registration {registration_id} has no valid badge to void",
            )
        log.info("desk %s: badge %s of %s voided", staff.staff_id, voided[:8], registration_id)
        return voided

    def correct_name(
        self, staff: DeskStaff, registration_id: int, new_name: str, seen_name: str, reason: str
    ) -> desk_store.NameResult:
        """Correct the badge name (stored; sent to the registry with the next sync).

        ``seen_name`` is the name the staff member had in front of them: if another desk
        changed it meanwhile, both corrections are kept, the later wins and a conflict is listed.
        """
        self._allow(staff, DeskAction.CORRECT_NAME, registration_id)
        name, why = self._checked(lambda: (clean_name(new_name), clean_reason(reason)))
        now = self._clock()
        change = desk_store.NameCorrection(
            registration_id, name, seen_name, now, self._kiosk_id, staff.staff_id
        )
        audit = self._event(staff, DeskAction.CORRECT_NAME, registration_id, why, now)
        result = desk_store.correct_name(self._db, change, audit)
        if result is None:
            raise self._unknown(registration_id)
        log.info(
            "desk %s: badge name of %s corrected%s",
            staff.staff_id,
            registration_id,
            " (conflict with another desk)" if result.conflict_id else "",
        )
        return result

    def vip_pickup(
        self, staff: DeskStaff, registration_id: int, collector: str, document: IdDocument
    ) -> str:
        """Record that a focal point collected a VIP's badge, and which ID they showed."""
        self._allow(staff, DeskAction.VIP_PICKUP, registration_id)
        name = self._checked(lambda: clean_name(collector, "collector's name"))
        self._person(registration_id)
        now = self._clock()
        pickup = desk_store.VipPickup(
            registration_id, name, document.value, now, self._kiosk_id, staff.staff_id
        )
        audit = self._event(staff, DeskAction.VIP_PICKUP, registration_id, document.value, now)
        return desk_store.add_vip_pickup(self._db, pickup, audit)

    def walk_in(self, staff: DeskStaff, person: WalkIn, reason: str) -> Participant:
        """A provisional registration for a walk-in (supervisors only), synced later."""
        self._allow(staff, DeskAction.WALK_IN, None)
        why = self._reason(reason)
        draft = self._checked(lambda: _walk_in_draft(person))
        event = events.load_event(self._db)
        if event is None:
            raise DeskError(
                DeskProblem.NO_EVENT,
                "this machine has no event yet: sync or import the roster first",
            )
        if draft.category not in {c.code for c in events.load_categories(self._db, event.id)}:
            raise DeskError(
                DeskProblem.NO_CATEGORY, f"the event has no badge category {draft.category!r}"
            )
        now = self._clock()
        for _ in range(5):
            new = replace(draft, registration_id=_walk_in_id(), event_id=event.id)
            audit = self._event(staff, DeskAction.WALK_IN, new.registration_id, why, now)
            if desk_store.add_walk_in(self._db, new, audit):
                log.info("desk %s: walk-in %s", staff.staff_id, new.registration_id)
                return new
        raise DeskError(
            DeskProblem.NO_FREE_NUMBER, "no free walk-in registration number; try again"
        )

    # --- rules shared by every action -----------------------------------------------------

    def _allow(self, staff: DeskStaff, action: DeskAction, registration_id: int | None) -> None:
        if not may(staff.role, action):
            self._audit(staff, action, registration_id, "", "refused")
            log.warning(
                "desk %s: %s refused (role %s)", staff.staff_id, action.value, staff.role.value
            )
            raise DeskRefusedError(
                DeskProblem.SUPERVISOR_ONLY, f"{action.value} is for supervisors; ask a supervisor"
            )

    def _reason(self, reason: str) -> str:
        return self._checked(lambda: clean_reason(reason))

    @staticmethod
    def _checked(check: Callable[[], _T]) -> _T:
        try:
            return check()
        except DeskInputError as exc:
            raise DeskError(exc.problem, str(exc)) from exc

    def _person(self, registration_id: int) -> Participant:
        person = participants.get_participant(self._db, registration_id)
        if person is None:
            raise self._unknown(registration_id)
        return person

    @staticmethod
    def _unknown(registration_id: int) -> DeskError:
        return DeskError(
            DeskProblem.NOT_ON_ROSTER,
            f"registration {registration_id} is not on this machine's roster",
        )

    def _event(
        self,
        staff: DeskStaff,
        action: DeskAction,
        registration_id: int | None,
        reason: str,
        at: datetime,
        outcome: str = "done",
    ) -> StaffEvent:
        return StaffEvent(
            at,
            self._kiosk_id,
            action.value,
            outcome,
            staff.staff_id,
            reason,
            "desk",
            registration_id,
        )

    def _audit(
        self,
        staff: DeskStaff,
        action: DeskAction,
        registration_id: int | None,
        reason: str,
        outcome: str,
    ) -> None:
        add_event(
            self._db, self._event(staff, action, registration_id, reason, self._clock(), outcome)
        )


def _walk_in_draft(person: WalkIn) -> Participant:
    """The walk-in's fields, checked (DeskInputError names the first bad one); no number yet."""
    given = clean_name(person.given_name, "given name")
    family = clean_name(person.family_name, "family name")
    return Participant(
        0,
        0,
        given,
        family,
        clean_name(person.badge_name or f"{given} {family}"),
        organisation=clean_detail(person.organisation, "organisation"),
        country=clean_country(person.country),
        category=person.category.strip(),
        is_provisional=True,
    )


def _walk_in_id() -> int:
    """A registration number for a desk walk-in, random in a range no import uses."""
    return WALK_IN_FIRST_ID + secrets.randbelow(WALK_IN_LAST_ID - WALK_IN_FIRST_ID + 1)
