"""The pretix sync position packed into the engine's watermark (kiosk/sync/pretix/cursor.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.sync.pretix.cursor import (
    CATALOG_EVERY_S,
    START,
    Cursor,
    Phase,
    as_query_time,
    decode,
    encode,
    watermark_seconds,
)

SECONDS = st.integers(0, 2**40 - 1)


@given(st.sampled_from(Phase), st.integers(1, 2**24 - 1), SECONDS, SECONDS, SECONDS)
def test_every_cursor_survives_the_round_trip(
    phase: Phase, page: int, since: int, generated: int, catalog_at: int
) -> None:
    cursor = Cursor(phase, page, since if phase is Phase.DELTA else 0, generated, catalog_at)
    value = encode(cursor)
    assert value > 0
    assert decode(value) == cursor
    assert decode(int(str(value))) == cursor  # sync_state keeps it as text


def test_zero_is_the_first_sync_from_page_one() -> None:
    assert decode(0) == START
    assert START.phase is Phase.FIRST
    assert START.page == 1
    assert START.catalog_due()


@pytest.mark.parametrize("value", [-1, 5, 3 << 144, (1 << 144) | 0])
def test_numbers_that_are_no_cursor_are_refused(value: int) -> None:
    with pytest.raises(ValueError, match="cursor"):
        decode(value)


def test_out_of_range_parts_are_refused() -> None:
    with pytest.raises(ValueError, match="page"):
        encode(Cursor(Phase.FIRST, page=2**24))
    with pytest.raises(ValueError, match="since"):
        encode(Cursor(Phase.DELTA, since=-1))


def test_a_first_sync_pages_on_then_becomes_a_delta_from_its_first_watermark() -> None:
    first = START.with_watermark(1000)
    second = first.after_page(more=True)
    assert (second.phase, second.page, second.generated) == (Phase.FIRST, 2, 1000)
    done = second.after_page(more=False)
    assert done == Cursor(Phase.DELTA, 1, since=1000, generated=0, catalog_at=0)
    assert done.starts_round


def test_a_delta_round_reads_the_catalog_again_after_an_hour() -> None:
    fresh = Cursor(Phase.DELTA, 1, since=10, generated=CATALOG_EVERY_S - 1, catalog_at=0)
    assert not fresh.catalog_due()
    assert Cursor(Phase.DELTA, 1, 10, CATALOG_EVERY_S, 0).catalog_due()


def test_the_watermark_is_floored_and_one_second_early() -> None:
    seconds = watermark_seconds("2026-12-01T07:25:34.118491Z")
    assert as_query_time(seconds) == "2026-12-01T07:25:33Z"
    assert seconds == int(datetime(2026, 12, 1, 7, 25, 33, tzinfo=UTC).timestamp())


@pytest.mark.parametrize("header", ["", "yesterday", "2026-12-01T07:25:34"])
def test_a_watermark_header_without_a_time_and_offset_is_refused(header: str) -> None:
    with pytest.raises(ValueError, match="X-Page-Generated"):
        watermark_seconds(header)
