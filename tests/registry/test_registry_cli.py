"""The ``kiosk-registry`` command: set up, codes, enrollment codes, import, status, errors."""

from __future__ import annotations

import base64
import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
import zxingcpp
from PIL import Image

from kiosk.core.credentials import (
    CredentialError,
    CredentialProblem,
    KeyStatus,
    PublicKey,
    verify_credential,
)
from kiosk.registry import changes, signing
from kiosk.registry.cli import EXIT_PROBLEM, main
from kiosk.registry.database import Database
from kiosk.sample.wsis2022 import SAMPLE_CLOCK_START


def run(db: str, *args: str) -> int:
    return main(["--db", db, *args])


@pytest.fixture
def demo_db(db_url: str) -> str:
    """A registry with 25 sample participants, on SQLite and on PostgreSQL."""
    assert run(db_url, "init-demo", "--participants", "25") == 0
    return db_url


def keyring(url: str) -> dict[int, PublicKey]:
    db = Database(url)
    with db.read() as conn:
        found = signing.public_keys(conn)
    db.close()
    return {
        k["key_id"]: PublicKey(
            k["key_id"], base64.b64decode(k["public_key"]), KeyStatus(k["status"])
        )
        for k in found
    }


def read_qr(path: Path) -> str:
    results = zxingcpp.read_barcodes(Image.open(path))
    assert len(results) == 1
    return str(results[0].text)


def test_init_shows_an_admin_token_once(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = db_url
    assert run(url, "init") == 0
    assert "admin token (shown once" in capsys.readouterr().out
    assert run(url, "init") == 0
    assert "admin token" not in capsys.readouterr().out
    assert run(url, "admin-token") == 0
    assert len(capsys.readouterr().out.strip()) == 43


def test_status_counts_the_demo(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(demo_db, "status", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    assert status | {"last_seq": 0} == {
        "participants": 25,
        "checkins": 0,
        "checked_in": 0,
        "badge_prints": 0,
        "kiosks": 0,
        "open_conflicts": 0,
        "last_seq": 0,
    }


def test_a_code_verifies_with_the_published_key_and_reads_back_from_its_png(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    png = tmp_path / "code.png"
    assert run(demo_db, "code", "22000003", "--png", str(png)) == 0
    text = capsys.readouterr().out.strip()
    credential = verify_credential(text, keyring(demo_db))
    assert (credential.registration_id, credential.event_id, credential.key_id) == (22000003, 22, 1)
    assert read_qr(png) == text
    # A sample of a past event dates its codes on the sample's first morning, so a kiosk running
    # on the sample's clock does not refuse them as issued in its future.
    assert credential.issued_at == datetime.fromisoformat(SAMPLE_CLOCK_START)


def test_a_registry_with_real_events_dates_codes_now(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_url, "init-demo", "--participants", "5") == 0
    db = Database(db_url)
    with db.write() as conn:  # the same registry, its event no longer marked as sample data
        for event_id, data in conn.execute(sa.text("SELECT id, data FROM events")).all():
            real = json.dumps({**json.loads(data), "is_sample": False})
            conn.execute(
                sa.text("UPDATE events SET data = :d WHERE id = :i"), {"d": real, "i": event_id}
            )
    db.close()
    capsys.readouterr()
    before = datetime.now(UTC).replace(microsecond=0)
    assert run(db_url, "code", "22000002") == 0
    credential = verify_credential(capsys.readouterr().out.strip(), keyring(db_url))
    assert credential.issued_at >= before


def test_after_rotate_key_codes_use_the_new_key_and_the_old_one_still_verifies(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo_db, "code", "22000001") == 0
    old = capsys.readouterr().out.strip().splitlines()[-1]
    assert run(demo_db, "rotate-key") == 0
    assert run(demo_db, "code", "22000001") == 0
    new = capsys.readouterr().out.strip().splitlines()[-1]
    keys = keyring(demo_db)
    assert sorted(keys) == [1, 2]
    assert verify_credential(new, keys).key_id == 2
    assert verify_credential(old, keys).key_id == 1
    assert run(demo_db, "revoke-key", "1") == 0
    with pytest.raises(CredentialError) as refused:
        verify_credential(old, keyring(demo_db))
    assert refused.value.problem is CredentialProblem.KEY_REVOKED
    assert run(demo_db, "revoke-key", "2") == EXIT_PROBLEM
    assert "only active key" in capsys.readouterr().err


def test_reissue_code_revokes_the_old_code_and_signs_a_new_one(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo_db, "reissue-code", "22000004", "--reason", "phone lost") == 0
    text = capsys.readouterr().out.strip().splitlines()[-1]
    assert verify_credential(text, keyring(demo_db)).reissue == 1
    db = Database(demo_db)
    with db.read() as conn:
        feed = json.loads(changes.page(conn, 0, 5000).changes_json)
    db.close()
    news = [(c["kind"], c["data"]) for c in feed[-2:]]
    assert news[0] == (
        "revocation",
        {"registration_id": 22000004, "reissue": 0, "reason": "phone lost"},
    )
    assert (news[1][0], news[1][1]["reissue"]) == ("participant", 1)


def test_import_keeps_good_rows_and_names_line_and_column_of_bad_ones(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "registration_id,given_name,family_name,country,category\n"
        "22500001,Amina,Diallo,SN,DEL\n"
        "22500002,Jonas,Berg,ZZ,PAR\n"
        "22500003,Li,Wei,CN,XYZ\n"
        "22500004,Ana,Silva,BR,SPK\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(demo_db, "import", str(roster)) == 1
    out = capsys.readouterr()
    assert "imported 2 participants; 2 rows refused" in out.out
    assert f"{roster}:3: country:" in out.err
    assert f"{roster}:4: category:" in out.err
    assert run(demo_db, "status", "--json") == 0
    assert json.loads(capsys.readouterr().out)["participants"] == 27


def test_an_imported_e_mail_reaches_the_column_and_the_change_feed_only_in_its_record(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "registration_id,given_name,family_name,category,e-mail\n"
        "22500001,Amina,Diallo,DEL,amina.diallo@example.org\n"
        "22500002,Jonas,Berg,PAR,jonas.berg@\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(demo_db, "import", str(roster)) == 1
    out = capsys.readouterr()
    assert f"{roster}:3: email:" in out.err
    assert "not an e-mail address" in out.err
    db = Database(demo_db)
    with db.read() as conn:
        query = sa.text("SELECT email FROM participants WHERE registration_id = 22500001")
        column = conn.execute(query).scalar_one()
        feed = json.loads(changes.page(conn, 0, 5000).changes_json)
    db.close()
    assert column == "amina.diallo@example.org"
    amina = [
        c for c in feed if c["kind"] == "participant" and c["data"]["registration_id"] == 22500001
    ]
    assert amina[-1]["data"]["email"] == "amina.diallo@example.org"
    others = [c for c in feed if c["kind"] != "participant"]
    assert "amina.diallo" not in json.dumps(others)


def test_a_real_event_can_be_added_and_a_roster_imported_into_it(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_url, "init") == 0
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "registration_id,given_name,family_name,category\n23000001,Amina,Diallo,DEL\n"
    )
    assert run(db_url, "import", str(roster)) == EXIT_PROBLEM
    assert "run `add-event`" in capsys.readouterr().err
    event = [
        "add-event",
        "--id",
        "23",
        "--code",
        "WSIS23",
        "--title",
        "WSIS Forum 2023",
        "--timezone",
        "Europe/Zurich",
        "--start",
        "2023-03-13",
        "--end",
        "2023-03-17",
    ]
    assert run(db_url, *event) == 0
    assert run(db_url, *event) == EXIT_PROBLEM
    assert "event 23 already exists" in capsys.readouterr().err
    assert run(db_url, "import", str(roster), "--event", "23") == 0
    assert run(db_url, "code", "23000001") == 0
    text = capsys.readouterr().out.strip().splitlines()[-1]
    assert verify_credential(text, keyring(db_url)).event_id == 23


def test_export_codes_writes_a_csv_and_one_png_each(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "codes"
    assert run(demo_db, "export-codes", "--out", str(out)) == 0
    assert "codes: 25/25" in capsys.readouterr().err
    with (out / "codes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 25
    assert read_qr(out / rows[7]["qr_png"]) == rows[7]["code"]
    assert verify_credential(rows[7]["code"], keyring(demo_db)).registration_id == int(
        rows[7]["registration_id"]
    )


def test_enroll_code_prints_text_and_a_qr(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    png = tmp_path / "enroll.png"
    assert run(demo_db, "enroll-code", "--kiosk-id", "cicg-1", "--png", str(png)) == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 14
    assert code.count("-") == 2
    assert read_qr(png) == code


def add_event(timezone: str, start: str, end: str) -> tuple[str, ...]:
    """`add-event` arguments for event 24, with the parts a test gets wrong."""
    dates = ("--timezone", timezone, "--start", start, "--end", end)
    return ("add-event", "--id", "24", "--code", "X", "--title", "X", *dates)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("revoke-device", "nobody"), "no kiosk 'nobody' is enrolled"),
        (("code", "99000001"), "no registration 99000001"),
        (("import", "/nonexistent/roster.csv"), "cannot read /nonexistent/roster.csv"),
        (("enroll-code", "--kiosk-id", "a" * 65), "a kiosk id is 1 to 64 printable characters"),
        (
            add_event("Mars/Base", "2023-01-01", "2023-01-02"),
            "unknown time zone 'Mars/Base'",
        ),
        (
            add_event("UTC", "2023-01-02", "2023-01-01"),
            "the dates must run",
        ),
    ],
)
def test_problems_are_one_line_and_exit_3(
    demo_db: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    capsys.readouterr()
    assert run(demo_db, *args) == EXIT_PROBLEM
    err = capsys.readouterr().err
    assert err.startswith("kiosk-registry: ")
    assert message in err
    assert err.count("\n") == 1


def test_commands_before_init_and_bad_urls_say_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(f"sqlite:///{tmp_path / 'empty.db'}", "status") == EXIT_PROBLEM
    assert "run `init` first" in capsys.readouterr().err
    assert run("mysql://localhost/x", "status") == EXIT_PROBLEM
    assert "unsupported database URL 'mysql'" in capsys.readouterr().err
    assert run(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}", "init") == EXIT_PROBLEM
    assert "database problem" in capsys.readouterr().err
