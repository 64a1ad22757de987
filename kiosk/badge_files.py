"""Badges and printers for the command line: `kiosk badge`, `badge-sheet`, `print-test` and
`printers` on a home's settings (the kiosk window's own wiring is in app.py)."""

from __future__ import annotations

from pathlib import Path

from kiosk.app import (
    clock_for,
    ensure_gui_application,
    print_jobs,
    printer_set,
    read_settings,
)
from kiosk.core.badge_layout import BADGE_SIZES, BadgeContent, BadgeSize
from kiosk.paths import Home
from kiosk.printing.base import PrinterError, PrinterState, PrinterStatus, PrintResult
from kiosk.printing.uri import open_printer
from kiosk.services.badges import (
    designer_for,
    load_template,
    preview_content,
    print_test_page,
    sheet_contents,
)
from kiosk.services.printing import SheetIssue
from kiosk.settings import Settings
from kiosk.store import open_database


def badge_size(settings: Settings, name: str | None) -> BadgeSize:
    """``name`` (a --size option) or the kiosk's configured badge size."""
    chosen = name or settings.badge_size
    if chosen not in BADGE_SIZES:
        raise PrinterError(
            f"unknown badge size '{chosen}'; sizes: {', '.join(sorted(BADGE_SIZES))}"
        )
    return BADGE_SIZES[chosen]


def write_badge_file(
    home: Home, registration_id: int, out: Path, size_name: str | None, template: str | None
) -> BadgeContent:
    """`kiosk badge`: the person's badge as a PNG or PDF file (a preview: nothing journalled)."""
    from kiosk.printing.render import render_pdf, render_png

    settings = read_settings(home)
    size = badge_size(settings, size_name)
    chosen = load_template(settings.badge_template if template is None else template, home.root)
    ensure_gui_application()
    db = open_database(home.database)
    try:
        designer = designer_for(db, chosen, home.photos, settings.event_id)
        content = preview_content(db, designer, registration_id)
    finally:
        db.close()
    write = render_pdf if out.suffix.lower() == ".pdf" else render_png
    write(content, size, out)
    return content


def send_test_page(home: Home, uri: str, size_name: str | None) -> PrintResult:
    """`kiosk print-test`: the test page through any printer URI (configured or not)."""

    settings = read_settings(home)
    size = badge_size(settings, size_name)
    ensure_gui_application()
    printer = open_printer(uri, base_dir=home.root)
    if size_name is None:  # no --size: the kiosk's stock if this printer takes it, else its widest
        size = _stock_for(printer, size)
    return print_test_page(printer, size, clock_for(settings)())


def _stock_for(printer: object, preferred: BadgeSize) -> BadgeSize:
    from kiosk.printing.raster import widest_fitting

    profile = getattr(printer, "profile", None)
    if profile is None or preferred.width_mm <= profile.width_mm:
        return preferred
    return widest_fitting(BADGE_SIZES.values(), profile) or preferred


def printer_statuses(home: Home) -> list[tuple[str, PrinterStatus]]:
    """`kiosk printers`: each configured printer (primary first) and what it reports."""
    settings = read_settings(home)
    printers = printer_set(home, settings)
    answers = []
    for uri in printers.uris:
        try:
            status = printers.get(uri).status()
        except PrinterError as exc:
            status = PrinterStatus(PrinterState.OFFLINE, str(exc))
        answers.append((uri, status))
    return answers


def write_badge_sheet(
    home: Home, category: str, out: Path, size_name: str | None, limit: int
) -> tuple[SheetIssue, int]:
    """`kiosk badge-sheet`: A4 pages of badges, each journalled as issued; returns the pages."""
    from kiosk.printing.sheet import write_sheet

    settings = read_settings(home)
    size = badge_size(settings, size_name)
    pages: list[int] = []
    with print_jobs(home) as jobs:
        contents = sheet_contents(jobs.db, jobs.designer, category, limit)
        if not contents:
            raise PrinterError(f"no one in category {category} is waiting for a badge")
        issue = jobs.issue_sheet(
            contents,
            out.resolve().as_uri(),
            lambda issued: pages.append(write_sheet(issued, size, out)),
        )
    return issue, sum(pages)
