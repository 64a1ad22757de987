"""One participant on the People page: names, photo, badge preview, check-ins on every kiosk,
badge versions (the valid one marked), name corrections, VIP pick-ups and any open print job.

Everything shown comes from one ``PersonView`` read on the desk's worker thread; this widget
only lays it out. Long names and organisations wrap, never clip.
"""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.countries import country_name
from kiosk.core.model import ParticipantStatus
from kiosk.services.desk_views import CodeNotice, PersonState, PersonView
from kiosk.store.person_history import IssuedBadge
from kiosk.ui.desk import people_texts as words
from kiosk.ui.desk.people_model import STATE_COLOURS
from kiosk.ui.desk.style import REFUSAL
from kiosk.ui.i18n import RIGHT_TO_LEFT, current_language, isolated
from kiosk.ui.theme import MUTED, PAPER
from kiosk.ui.widgets import Screen, label

PHOTO_SIZE = (120, 150)
PREVIEW_WIDTH = 220
_VALID = STATE_COLOURS[PersonState.BADGE_VALID]


class PersonDetail(Screen):
    """The detail of the person shown (or nothing); ``show_view`` fills it, ``clear`` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: PersonView | None = None
        self._notice = (CodeNotice.NONE, 0)
        self._name = label("title", wrap=True)
        self._lines = {key: label("", wrap=True) for key in _LINE_KEYS}
        self._lines["status"].setObjectName("warning")
        self._lines["notice"].setObjectName("warning")
        self._photo = QLabel()
        self._photo.setObjectName("desk-photo")
        self._photo.setFixedSize(*PHOTO_SIZE)
        self._photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._photo.setStyleSheet(f"border: 1px solid {MUTED}; color: {MUTED};")
        self.setObjectName("desk-person")
        self.setStyleSheet(f"#desk-person {{ background: {PAPER}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._preview = QLabel()
        self._preview.setObjectName("desk-badge-preview")
        self._preview.setFixedWidth(PREVIEW_WIDTH)
        self._preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._preview_caption = label("small", wrap=True)
        self._sections = {
            key: (label("small"), label(f"desk-{key}", wrap=True)) for key in _SECTION_KEYS
        }
        self._sections["badges"][1].setTextFormat(Qt.TextFormat.RichText)
        self._build()
        self.clear()

    def _build(self) -> None:
        names = QVBoxLayout()
        names.addWidget(self._name)
        for key in _LINE_KEYS:
            names.addWidget(self._lines[key])
        names.addStretch(1)
        preview = QVBoxLayout()
        preview.addWidget(self._preview)
        preview.addWidget(self._preview_caption)
        preview.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self._photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)
        top.addLayout(preview)
        grid = QGridLayout()
        for row, key in enumerate(_SECTION_KEYS):
            title, body = self._sections[key]
            grid.addWidget(title, row * 2, 0)
            grid.addWidget(body, row * 2 + 1, 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.addLayout(top)
        column.addLayout(grid)
        column.addStretch(1)

    @property
    def view(self) -> PersonView | None:
        return self._view

    @property
    def notice(self) -> tuple[CodeNotice, int]:
        """What the scan that opened the person said, and the badge version it carried."""
        return self._notice

    def show_view(
        self, view: PersonView, notice: CodeNotice = CodeNotice.NONE, badge_version: int = 0
    ) -> None:
        """Show ``view``; ``notice`` says what staff should know about the code just scanned."""
        self._view = view
        self._notice = (notice, badge_version)
        self.retranslate()

    def clear(self) -> None:
        """Show nobody: every name, photo and line goes."""
        self._view = None
        self._notice = (CodeNotice.NONE, 0)
        self._name.clear()
        for line in self._lines.values():
            line.clear()
            line.hide()
        self._photo.clear()
        self._photo.hide()
        self._preview.clear()
        self._preview_caption.clear()
        for title, body in self._sections.values():
            title.clear()
            body.clear()
            title.hide()
            body.hide()
        self._name.setText(self.tr("Search for a person or scan their code."))

    def retranslate(self) -> None:
        self._align_texts()
        view = self._view
        if view is None:
            self.clear()
            return
        self._show_person(view)
        self._show_pictures(view)
        self._show_sections(view)

    def _align_texts(self) -> None:
        """Text starts on the reading side of the UI language, whatever script a name is in
        (Qt would otherwise right-align an Arabic name in an English page)."""
        side = (
            Qt.AlignmentFlag.AlignRight
            if current_language() in RIGHT_TO_LEFT
            else Qt.AlignmentFlag.AlignLeft
        )
        texts = [self._name, self._preview_caption, *self._lines.values()]
        texts += [part for pair in self._sections.values() for part in pair]
        for text in texts:
            text.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)

    # -- parts ------------------------------------------------------------------------------

    def _show_person(self, view: PersonView) -> None:
        person = view.person
        self._name.setText(person.badge_name or person.latin_name)
        category = view.category.label_in(current_language()) if view.category else ""
        notice, version = self._notice
        texts = {
            "latin": self.tr("Latin script: {name}").format(name=person.latin_name)
            if person.latin_name and person.latin_name != person.badge_name
            else "",
            "native": self.tr("Own script: {name}").format(name=person.native_name)
            if person.native_name and person.native_name != person.badge_name
            else "",
            "organisation": person.organisation,
            "country": country_name(person.country, current_language()),
            "category": self.tr("Category: {category}").format(
                category=category or person.category
            ),
            "registration": self.tr("Registration {id}").format(id=person.registration_id),
            "status": words.status_text(person.status)
            if person.status is not ParticipantStatus.REGISTERED
            else "",
            "provisional": self.tr(
                "Provisional: known only from a walk-in code, not yet from the registry."
            )
            if person.is_provisional
            else "",
            "notice": words.notice_text(notice, version),
        }
        for key, text in texts.items():
            self._lines[key].setText(text)
            self._lines[key].setVisible(bool(text))
        warn = notice in words.WARNING_NOTICES
        notice_label = self._lines["notice"]
        notice_label.setObjectName("warning" if warn else "hint")
        notice_label.style().unpolish(notice_label)
        notice_label.style().polish(notice_label)

    def _show_pictures(self, view: PersonView) -> None:
        self._photo.show()
        photo = QImage.fromData(view.photo) if view.photo else QImage()
        if photo.isNull():
            self._photo.setPixmap(QPixmap())
            self._photo.setText(self.tr("No photo"))
        else:
            width, height = PHOTO_SIZE
            self._photo.setPixmap(
                QPixmap.fromImage(photo).scaled(
                    width,
                    height,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        preview = QImage.fromData(view.preview_png) if view.preview_png else QImage()
        if preview.isNull():
            self._preview.setText(self.tr("No badge preview"))
            self._preview_caption.clear()
            return
        self._preview.setPixmap(
            QPixmap.fromImage(preview).scaledToWidth(
                PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation
            )
        )
        caption = (
            self.tr("The valid badge (version {version})")
            if view.valid_badge_version == view.preview_version
            else self.tr("The next badge (version {version})")
        )
        self._preview_caption.setText(caption.format(version=view.preview_version))

    def _show_sections(self, view: PersonView) -> None:
        zone = ZoneInfo(view.timezone)
        bodies = {
            "check_ins": "\n".join(
                words.line_start()
                + " · ".join(
                    isolated(t)
                    for t in (words.when_text(c.at, zone), c.kiosk_id, words.source_text(c.source))
                )
                for c in view.check_ins
            )
            or self.tr("Not checked in yet."),
            "badges": "<br>".join(self._badge_line(b, view, zone) for b in view.badges)
            or html.escape(self.tr("No badge printed yet.")),
            "names": "\n".join(
                f"{words.line_start()}{isolated(words.when_text(at, zone))} → {isolated(name)}"
                for at, name in view.name_history
            ),
            "vip": "\n".join(
                self.tr("{when}: collected by {collector} ({document}) at {kiosk}").format(
                    when=isolated(words.when_text(p.at, zone)),
                    collector=isolated(p.collector),
                    document=isolated(words.document_text(p.id_document)),
                    kiosk=isolated(p.kiosk_id),
                )
                for p in view.vip_pickups
            ),
            "job": self._job_line(view),
        }
        for key, body in bodies.items():
            title_label, body_label = self._sections[key]
            title_label.setText(self._section_title(key))
            body_label.setText(body)
            title_label.setVisible(bool(body))
            body_label.setVisible(bool(body))

    def _badge_line(self, badge: IssuedBadge, view: PersonView, zone: ZoneInfo) -> str:
        issue = badge.issue
        line = self.tr("Version {version} · {when} · {kiosk} · {printer} · {reason}").format(
            version=issue.badge_version,
            when=isolated(words.when_text(issue.at, zone)),
            kiosk=isolated(issue.kiosk_id),
            printer=isolated(issue.printer),
            reason=isolated(words.reason_text(issue.reason)),
        )
        if badge.voided_at is not None:
            voided = isolated(words.when_text(badge.voided_at, zone))
            mark = self.tr("voided {when}").format(when=voided)
            colour = REFUSAL
        elif badge.deactivated_at is not None:
            mark = self.tr("deactivated {when}").format(
                when=isolated(words.when_text(badge.deactivated_at, zone))
            )
            colour = REFUSAL
        elif issue.badge_version == view.valid_badge_version:
            mark, colour = self.tr("valid"), _VALID
        else:
            mark, colour = "", ""
        text = html.escape(line)
        if mark:
            text += f' · <b style="color:{colour}">{html.escape(mark)}</b>'
        return text

    def _job_line(self, view: PersonView) -> str:
        job = view.open_job
        if job is None:
            return ""
        text = self.tr("Print job {job} (version {version}) is {state}.").format(
            job=job.id[:8], version=job.badge_version, state=words.job_state_text(job.state)
        )
        return f"{text}\n{job.error}" if job.error else text

    def _section_title(self, key: str) -> str:
        titles = {
            "check_ins": self.tr("Check-ins on every kiosk"),
            "badges": self.tr("Badges"),
            "names": self.tr("Name corrections"),
            "vip": self.tr("VIP pick-ups"),
            "job": self.tr("Open print job"),
        }
        return titles[key]


_LINE_KEYS = (
    "latin",
    "native",
    "organisation",
    "country",
    "category",
    "registration",
    "status",
    "provisional",
    "notice",
)
_SECTION_KEYS = ("job", "check_ins", "badges", "names", "vip")
