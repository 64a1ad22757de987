"""Store migration 15: other registries' revoked and blocked secrets and ticket-signing keys,
applied with a page of the change feed, and what `kiosk purge` does with them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from wsis_event import CATEGORIES, EVENT

from kiosk.core.exchange import ChangePage, SecretBlock, TicketKey
from kiosk.core.foreign_codes import secret_hash
from kiosk.core.pretix_tickets import SCHEME, SecretStatus
from kiosk.store import Database, StoreError, events, open_database
from kiosk.store.changes import apply_page
from kiosk.store.migrations import MIGRATIONS
from kiosk.store.purge import PurgeRecord, blank_personal_data
from kiosk.store.sync_state import load_state
from kiosk.store.ticket_secrets import (
    count_blocks,
    load_ticket_keys,
    save_secret_blocks,
    secret_status,
)

AT = datetime(2022, 5, 30, 7, 0, tzinfo=UTC)
OLD = secret_hash("az9u4mymhqktrbupmwkvv6xmgds5dk3q")
LOST = secret_hash("k7bq2wfz9rtyhn3dmvx8pca45eu6sgj2")
KEY_A = TicketKey(SCHEME, "0dd5953f2a10bdcf", bytes(range(32)), EVENT.id)
KEY_B = TicketKey(SCHEME, "9a41c07e55d2b318", bytes(range(1, 33)), EVENT.id)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "kiosk.db")
    events.save_event(database, EVENT, CATEGORIES)
    yield database
    database.close()


def page(since: int, **kinds: object) -> ChangePage:
    return ChangePage(since, since + 1, False, count=1, **kinds)  # type: ignore[arg-type]


def blocked(secret: str, on: bool, at: datetime | None = AT) -> SecretBlock:
    return SecretBlock(secret, "blocked", on, at)


def test_the_migration_is_the_fifteenth_and_makes_both_tables(db: Database) -> None:
    assert "CREATE TABLE secret_blocks" in MIGRATIONS[14]  # entry 14 brings the schema to 15
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 15
    assert {"secret_blocks", "ticket_keys"} <= set(db.table_names())


def test_a_page_applies_blocks_and_keys_with_its_watermark(db: Database) -> None:
    apply_page(
        db,
        page(
            0,
            secret_blocks=(SecretBlock(OLD, "revoked", True, AT), blocked(LOST, True)),
            ticket_keys=(KEY_A,),
        ),
    )
    assert secret_status(db, OLD) is SecretStatus.REVOKED
    assert secret_status(db, LOST) is SecretStatus.BLOCKED
    assert secret_status(db, secret_hash("neverlistedsecret123")) is SecretStatus.OPEN
    assert load_ticket_keys(db, SCHEME) == [KEY_A]
    assert load_state(db).watermark == 1
    assert count_blocks(db) == (1, 1)


def test_an_unblock_lifts_the_block(db: Database) -> None:
    apply_page(db, page(0, secret_blocks=(blocked(LOST, True),)))
    apply_page(db, page(1, secret_blocks=(blocked(LOST, False, AT + timedelta(hours=1)),)))
    assert secret_status(db, LOST) is SecretStatus.OPEN
    apply_page(db, page(2, secret_blocks=(blocked(LOST, True, AT + timedelta(hours=2)),)))
    assert secret_status(db, LOST) is SecretStatus.BLOCKED


def test_an_older_entry_does_not_undo_a_newer_one(db: Database) -> None:
    apply_page(db, page(0, secret_blocks=(blocked(LOST, True, AT + timedelta(hours=1)),)))
    apply_page(db, page(1, secret_blocks=(blocked(LOST, False, AT),)))
    assert secret_status(db, LOST) is SecretStatus.BLOCKED


def test_a_revoked_secret_stays_revoked_whatever_comes_later(db: Database) -> None:
    apply_page(db, page(0, secret_blocks=(SecretBlock(OLD, "revoked", True, AT),)))
    later = AT + timedelta(days=1)
    apply_page(db, page(1, secret_blocks=(blocked(OLD, False, later),)))
    apply_page(db, page(2, secret_blocks=(SecretBlock(OLD, "revoked", False, later),)))
    assert secret_status(db, OLD) is SecretStatus.REVOKED


def test_a_block_with_no_date_still_counts(db: Database) -> None:
    apply_page(db, page(0, secret_blocks=(blocked(LOST, True, None),)))
    assert secret_status(db, LOST) is SecretStatus.BLOCKED
    apply_page(db, page(1, secret_blocks=(blocked(LOST, False, None),)))
    assert secret_status(db, LOST) is SecretStatus.OPEN


def test_a_page_applied_twice_changes_nothing(db: Database) -> None:
    first = page(0, secret_blocks=(blocked(LOST, True),), ticket_keys=(KEY_A, KEY_B))
    apply_page(db, first)
    apply_page(db, first)
    assert count_blocks(db) == (0, 1)
    assert load_ticket_keys(db, SCHEME) == [KEY_A, KEY_B]


def test_key_rotation_adds_keys_and_a_key_of_the_wrong_size_is_skipped(db: Database) -> None:
    apply_page(db, page(0, ticket_keys=(KEY_A,)))
    broken = TicketKey(SCHEME, "broken", b"short", EVENT.id)
    apply_page(db, page(1, ticket_keys=(KEY_B, broken)))
    assert [k.key_id for k in load_ticket_keys(db, SCHEME)] == [KEY_A.key_id, KEY_B.key_id]
    assert load_ticket_keys(db, "another_scheme") == []


def test_a_page_that_fails_keeps_none_of_its_blocks(db: Database) -> None:
    # The database refuses the page's keys (a trigger stands in for a full disk): its blocks and
    # its watermark go with them.
    bad = page(0, secret_blocks=(blocked(LOST, True),), ticket_keys=(KEY_A,))
    db.execute(
        "CREATE TRIGGER no_keys BEFORE INSERT ON ticket_keys BEGIN SELECT RAISE(ABORT, 'x'); END"
    )
    with pytest.raises(StoreError):
        apply_page(db, bad)
    assert secret_status(db, LOST) is SecretStatus.OPEN
    assert load_state(db).watermark == 0


def test_a_block_without_a_hash_is_ignored(db: Database) -> None:
    save_secret_blocks(db, [blocked("", True)])
    assert count_blocks(db) == (0, 0)


def test_the_purge_keeps_blocks_and_keys_which_name_nobody(db: Database) -> None:
    apply_page(
        db,
        page(0, secret_blocks=(blocked(LOST, True),), ticket_keys=(KEY_A,)),
    )
    blank_personal_data(db, PurgeRecord(AT, "k1", "cli", 0), give_up_unsent=False)
    assert secret_status(db, LOST) is SecretStatus.BLOCKED
    assert load_ticket_keys(db, SCHEME) == [KEY_A]
