"""The valid-badge rule kiosks and the registry share: highest (badge_version, at, id) wins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.badge_rule import PrintedBadge, deactivated, same_version_clash, valid_badge

T0 = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)


def test_the_highest_version_is_valid_and_the_others_are_deactivated() -> None:
    prints = [PrintedBadge("a", 1, T0), PrintedBadge("b", 2, T0 - timedelta(hours=1))]
    assert valid_badge(prints) == prints[1]
    assert deactivated(prints) == {"a"}


def test_on_equal_versions_the_later_print_then_the_higher_id_wins() -> None:
    later = [PrintedBadge("z", 1, T0), PrintedBadge("a", 1, T0 + timedelta(seconds=1))]
    assert valid_badge(later) == later[1]
    same_time = [PrintedBadge("a", 1, T0), PrintedBadge("b", 1, T0)]
    assert valid_badge(same_time) == same_time[1]
    assert valid_badge(list(reversed(same_time))) == same_time[1]


def test_a_voided_badge_never_wins_and_all_voided_means_none() -> None:
    prints = [PrintedBadge("a", 1, T0), PrintedBadge("b", 2, T0, voided=True)]
    assert valid_badge(prints) == prints[0]
    assert deactivated(prints) == {"b"}
    assert valid_badge([PrintedBadge("a", 1, T0, voided=True)]) is None
    assert deactivated([PrintedBadge("a", 1, T0, voided=True)]) == {"a"}
    assert valid_badge([]) is None


def test_two_live_prints_of_one_version_are_a_clash() -> None:
    a, b, c = PrintedBadge("a", 1, T0), PrintedBadge("b", 1, T0), PrintedBadge("c", 2, T0)
    assert same_version_clash([c, b, a]) == (a, b)
    assert same_version_clash([a, c]) is None
    assert same_version_clash([a, PrintedBadge("b", 1, T0, voided=True)]) is None


_prints = st.lists(
    st.builds(
        PrintedBadge,
        id=st.text("abcdef0123456789", min_size=1, max_size=4),
        badge_version=st.integers(0, 3),
        at=st.integers(0, 5).map(lambda minutes: T0 + timedelta(minutes=minutes)),
        voided=st.booleans(),
    ),
    max_size=8,
    unique_by=lambda p: p.id,
)


@settings(max_examples=200, derandomize=True)
@given(prints=_prints, data=st.data())
def test_every_order_of_arrival_gives_the_same_answer(
    prints: list[PrintedBadge], data: st.DataObject
) -> None:
    """Kiosks and the registry learn of prints in different orders and must still agree."""
    shuffled = data.draw(st.permutations(prints))
    assert valid_badge(shuffled) == valid_badge(prints)
    assert deactivated(shuffled) == deactivated(prints)
    valid = valid_badge(prints)
    assert len(prints) - len(deactivated(prints)) == (0 if valid is None else 1)
