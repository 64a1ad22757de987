"""Device keys in the kiosk database: upsert by key id, statuses checked, schema 5 table."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.store import open_database
from kiosk.store.device_keys import DeviceKeyRecord, load_device_keys, save_device_keys

A = DeviceKeyRecord(101, "itu-tower-1", bytes(range(32)), "active")
B = DeviceKeyRecord(202, "cicg-1", bytes(range(1, 33)), "active")


def test_saved_keys_load_back_by_id(tmp_path: Path) -> None:
    db = open_database(tmp_path / "k.db")
    save_device_keys(db, [A, B])
    assert load_device_keys(db) == {101: A, 202: B}


def test_saving_again_replaces_the_record_under_the_same_id(tmp_path: Path) -> None:
    db = open_database(tmp_path / "k.db")
    save_device_keys(db, [A, B])
    revoked = DeviceKeyRecord(101, "itu-tower-1", A.public_key, "revoked")
    save_device_keys(db, [revoked])
    assert load_device_keys(db) == {101: revoked, 202: B}


def test_an_unknown_status_is_refused_and_nothing_of_the_batch_is_saved(tmp_path: Path) -> None:
    db = open_database(tmp_path / "k.db")
    with pytest.raises(ValueError, match="unknown status 'lost'"):
        save_device_keys(db, [A, DeviceKeyRecord(303, "x", bytes(32), "lost")])
    assert load_device_keys(db) == {}


def test_an_empty_database_has_no_device_keys(tmp_path: Path) -> None:
    assert load_device_keys(open_database(tmp_path / "k.db")) == {}
