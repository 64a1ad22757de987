"""The desk's words for what the pretix client refused: the client's English sentences, in step,
and translated in the Exceptions queue (English, Arabic, Chinese)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.core.exchange import OutboxKind
from kiosk.services.exceptions import ExceptionItem, ExceptionKind
from kiosk.sync.pretix import push
from kiosk.ui.desk.exception_words import item_words
from kiosk.ui.desk.pretix_words import PRETIX_WORDS, pretix_error
from kiosk.ui.i18n import install_language


def test_the_desk_knows_every_sentence_the_client_writes() -> None:
    written = {f"pretix-{reason}": words for reason, words in push.REASONS.items()}
    written.update(dict(push.IN_PRETIX.values()))
    written.update(dict([push.PRINT_LOG_DENIED, push.UNREADABLE, push.PRINT_LOG_REFUSED]))
    assert written == PRETIX_WORDS
    assert set(push.IN_PRETIX) == {
        OutboxKind.BADGE_VOID,
        OutboxKind.PARTICIPANT,
        OutboxKind.NAME_CORRECTION,
    }


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "the order or ticket is cancelled in pretix"),
        ("ar", "الطلب أو التذكرة ملغاة في pretix"),
        ("zh", "该订单或门票已在 pretix 中取消"),
    ],
)
def test_a_refusal_shows_in_the_desks_language_with_pretixs_own_words_after_it(
    qapp: QApplication, language: str, expected: str
) -> None:
    install_language(qapp, language)
    try:
        error = "pretix-canceled: the order or ticket is cancelled in pretix: Refunded on 2 May"
        assert pretix_error(error) == expected + ": Refunded on 2 May"
        item = ExceptionItem(
            ExceptionKind.REJECTED,
            ("x",),
            datetime(2022, 5, 31, tzinfo=UTC),
            "kiosk",
            1,
            subject="checkin",
            error=error,
        )
        assert expected in item_words(item)
        other = "conflict: registration closed at the registry"
        assert pretix_error(other) == other  # the kiosk registry's words stay as they came
    finally:
        install_language(qapp, "en")
