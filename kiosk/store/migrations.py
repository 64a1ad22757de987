"""Schema migrations, applied in order; never edit a released step, add a new one."""

from __future__ import annotations

FTS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"


_V1_INITIAL = (
    """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL, title TEXT NOT NULL, venue TEXT NOT NULL,
            timezone TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL,
            pickup_from TEXT NOT NULL, is_sample INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE settings_kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE badge_categories (
            event_id INTEGER NOT NULL REFERENCES events(id), code TEXT NOT NULL,
            number INTEGER NOT NULL, label TEXT NOT NULL, colour TEXT NOT NULL,
            collect_at_desk INTEGER NOT NULL DEFAULT 0, needs_photo INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (event_id, code), UNIQUE (event_id, number)
        );
        CREATE TABLE participants (
            registration_id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
            given_name TEXT NOT NULL, family_name TEXT NOT NULL, badge_name TEXT NOT NULL,
            native_name TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '', category TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'registered', reissue INTEGER NOT NULL DEFAULT 0,
            badge_version INTEGER NOT NULL DEFAULT 0, checked_in_at TEXT, collected_at TEXT,
            valid_from TEXT, valid_until TEXT, photo TEXT NOT NULL DEFAULT '',
            is_sample INTEGER NOT NULL DEFAULT 0, search_text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX participants_event ON participants(event_id, category);
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
            title TEXT NOT NULL, kind TEXT NOT NULL, track TEXT NOT NULL, room TEXT NOT NULL,
            starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, languages TEXT NOT NULL,
            action_lines TEXT NOT NULL, is_sample INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sessions_time ON sessions(event_id, starts_at);
        CREATE TABLE keys (
            key_id INTEGER PRIMARY KEY, public_key BLOB NOT NULL, status TEXT NOT NULL,
            is_demo INTEGER NOT NULL DEFAULT 0, label TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE revocations (
            registration_id INTEGER NOT NULL, reissue INTEGER NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (registration_id, reissue)
        );
        CREATE TABLE checkins (
            id TEXT PRIMARY KEY, registration_id INTEGER NOT NULL, event_id INTEGER NOT NULL,
            at TEXT NOT NULL, kiosk_id TEXT NOT NULL, source TEXT NOT NULL
        );
        CREATE INDEX checkins_registration ON checkins(registration_id);
        CREATE TABLE badge_prints (
            id TEXT PRIMARY KEY, registration_id INTEGER NOT NULL, badge_version INTEGER NOT NULL,
            at TEXT NOT NULL, kiosk_id TEXT NOT NULL, printer TEXT NOT NULL, reason TEXT NOT NULL
        );
        CREATE INDEX badge_prints_registration ON badge_prints(registration_id);
        CREATE TABLE print_jobs (
            id TEXT PRIMARY KEY, registration_id INTEGER NOT NULL, badge_version INTEGER NOT NULL,
            printer TEXT NOT NULL, state TEXT NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '', output TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX print_jobs_state ON print_jobs(state);
        CREATE TABLE outbox (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL
        );
        CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, kiosk_id TEXT NOT NULL,
            action TEXT NOT NULL, outcome TEXT NOT NULL, registration_id INTEGER,
            source TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT ''
        );
    """
    "CREATE VIRTUAL TABLE participants_fts USING fts5("
    "search_text, content='participants', content_rowid='registration_id', "
    f'tokenize="{FTS_TOKENIZER}");'
    """
        CREATE TRIGGER participants_ai AFTER INSERT ON participants BEGIN
            INSERT INTO participants_fts(rowid, search_text)
            VALUES (new.registration_id, new.search_text);
        END;
        CREATE TRIGGER participants_ad AFTER DELETE ON participants BEGIN
            INSERT INTO participants_fts(participants_fts, rowid, search_text)
            VALUES ('delete', old.registration_id, old.search_text);
        END;
        CREATE TRIGGER participants_au AFTER UPDATE OF search_text ON participants BEGIN
            INSERT INTO participants_fts(participants_fts, rowid, search_text)
            VALUES ('delete', old.registration_id, old.search_text);
            INSERT INTO participants_fts(rowid, search_text)
            VALUES (new.registration_id, new.search_text);
        END;
    """
)

# The print journal grows up: why a job exists, what it prints, when bytes went out; each badge
# print links its job and is deactivated by the next version; at most one open job per person.
_V2_PRINT_JOURNAL = """
    ALTER TABLE print_jobs ADD COLUMN reason TEXT NOT NULL DEFAULT 'first';
    ALTER TABLE print_jobs ADD COLUMN kiosk_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_jobs ADD COLUMN content TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_jobs ADD COLUMN sent_at TEXT;
    ALTER TABLE badge_prints ADD COLUMN job_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE badge_prints ADD COLUMN deactivated_at TEXT;
    UPDATE badge_prints SET deactivated_at = (
        SELECT min(newer.at) FROM badge_prints AS newer
        WHERE newer.registration_id = badge_prints.registration_id
          AND newer.badge_version > badge_prints.badge_version
    );
    UPDATE print_jobs SET state = 'cancelled', error = 'superseded by a later job'
    WHERE state IN ('queued', 'sent', 'failed') AND rowid NOT IN (
        SELECT max(rowid) FROM print_jobs WHERE state IN ('queued', 'sent', 'failed')
        GROUP BY registration_id
    );
    CREATE UNIQUE INDEX print_jobs_one_open ON print_jobs(registration_id)
        WHERE state IN ('queued', 'sent', 'failed', 'unconfirmed');
    CREATE INDEX badge_prints_version ON badge_prints(registration_id, badge_version);
"""

# Other registries' unsigned codes (Indico check-in QR, pretix-style secrets): only a hash of each
# secret is kept, so a copied database gives away no working code (docs/scanning.md).
_V3_PARTICIPANT_SECRETS = """
    CREATE TABLE participant_secrets (
        secret_hash TEXT PRIMARY KEY, registration_id INTEGER NOT NULL, source TEXT NOT NULL
    );
    CREATE INDEX participant_secrets_registration ON participant_secrets(registration_id);
"""

# Issue 7 (hardening the check-in path): provisional participants from walk-in codes; a badge
# version gets at most one print job that is not cancelled, so no second "first print" (or two
# reprints racing to the same version) can be journalled, whichever process tries. A trigger and
# not a unique index: databases that already hold such duplicates (the walk-in bug) still migrate.
_V4_CHECK_IN_HARDENING = """
    ALTER TABLE participants ADD COLUMN is_provisional INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX print_jobs_version ON print_jobs(registration_id, badge_version);
    CREATE TRIGGER print_jobs_one_per_version BEFORE INSERT ON print_jobs
    WHEN EXISTS (
        SELECT 1 FROM print_jobs WHERE registration_id = new.registration_id
        AND badge_version = new.badge_version AND state != 'cancelled'
    )
    BEGIN
        SELECT RAISE(ABORT, 'this badge version already has a print job');
    END;
"""

# Kiosk device keys (docs/credential-format.md, badge QR): this and other kiosks' public keys.
_V5_DEVICE_KEYS = """
    CREATE TABLE device_keys (
        key_id INTEGER PRIMARY KEY, kiosk_id TEXT NOT NULL, public_key BLOB NOT NULL,
        status TEXT NOT NULL DEFAULT 'active'
    );
    ALTER TABLE badge_prints ADD COLUMN device_key_id INTEGER;
"""

# Sync with the central registry (docs/registry-protocol.md, docs/sync.md): rows that came from
# other kiosks (origin 'remote'), an outbox filled by triggers in the same transaction as the
# journal row (so no writer can forget it), the registry's conflicts. The search index triggers
# pause while sync_state holds 'fts_deferred' (a bulk download rebuilds the index once at the
# end: 0.8 s for 100,000 people instead of 5 s row by row) and skip unchanged names.
_UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)
_PARTICIPANT_JSON = """json_object(
        'registration_id', NEW.registration_id, 'event_id', NEW.event_id,
        'given_name', NEW.given_name, 'family_name', NEW.family_name,
        'badge_name', NEW.badge_name, 'native_name', NEW.native_name,
        'organisation', NEW.organisation, 'country', NEW.country, 'category', NEW.category,
        'status', NEW.status, 'reissue', NEW.reissue, 'valid_from', NEW.valid_from,
        'valid_until', NEW.valid_until, 'is_sample', json(iif(NEW.is_sample, 'true', 'false')),
        'is_provisional', json('true'), 'secret_hashes', json('[]'))"""
_V6_SYNC = f"""
    ALTER TABLE checkins ADD COLUMN origin TEXT NOT NULL DEFAULT 'local';
    ALTER TABLE badge_prints ADD COLUMN origin TEXT NOT NULL DEFAULT 'local';
    ALTER TABLE participants ADD COLUMN origin TEXT NOT NULL DEFAULT 'local';
    ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending';
    ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE outbox ADD COLUMN error TEXT NOT NULL DEFAULT '';
    CREATE INDEX outbox_state ON outbox(state);
    CREATE INDEX badge_prints_rank ON badge_prints(registration_id, badge_version, at, id);
    CREATE TABLE conflicts (
        id TEXT PRIMARY KEY, registration_id INTEGER NOT NULL, kind TEXT NOT NULL,
        opened_at TEXT NOT NULL, closed_at TEXT, detail TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO outbox (id, kind, payload, created_at)
        SELECT id, 'checkin', json_object('id', id, 'registration_id', registration_id,
            'event_id', event_id, 'at', at, 'kiosk_id', kiosk_id, 'source', source), at
        FROM checkins WHERE true ON CONFLICT (id) DO NOTHING;
    INSERT INTO outbox (id, kind, payload, created_at)
        SELECT id, 'badge_print', json_object('id', id, 'registration_id', registration_id,
            'badge_version', badge_version, 'at', at, 'kiosk_id', kiosk_id, 'printer', printer,
            'reason', reason, 'job_id', job_id, 'device_key_id', device_key_id), at
        FROM badge_prints WHERE true ON CONFLICT (id) DO NOTHING;
    DROP TRIGGER participants_ai;
    DROP TRIGGER participants_au;
    CREATE TRIGGER participants_ai AFTER INSERT ON participants
    WHEN NOT EXISTS (SELECT 1 FROM sync_state WHERE name = 'fts_deferred') BEGIN
        INSERT INTO participants_fts(rowid, search_text)
        VALUES (new.registration_id, new.search_text);
    END;
    CREATE TRIGGER participants_au AFTER UPDATE OF search_text ON participants
    WHEN old.search_text IS NOT new.search_text
     AND NOT EXISTS (SELECT 1 FROM sync_state WHERE name = 'fts_deferred') BEGIN
        INSERT INTO participants_fts(participants_fts, rowid, search_text)
        VALUES ('delete', old.registration_id, old.search_text);
        INSERT INTO participants_fts(rowid, search_text)
        VALUES (new.registration_id, new.search_text);
    END;
    CREATE TRIGGER outbox_checkin AFTER INSERT ON checkins WHEN NEW.origin = 'local' BEGIN
        INSERT INTO outbox (id, kind, payload, created_at) VALUES (NEW.id, 'checkin',
            json_object('id', NEW.id, 'registration_id', NEW.registration_id,
                'event_id', NEW.event_id, 'at', NEW.at, 'kiosk_id', NEW.kiosk_id,
                'source', NEW.source), NEW.at)
        ON CONFLICT (id) DO NOTHING;
    END;
    CREATE TRIGGER outbox_badge_print AFTER INSERT ON badge_prints WHEN NEW.origin = 'local'
    BEGIN
        INSERT INTO outbox (id, kind, payload, created_at) VALUES (NEW.id, 'badge_print',
            json_object('id', NEW.id, 'registration_id', NEW.registration_id,
                'badge_version', NEW.badge_version, 'at', NEW.at, 'kiosk_id', NEW.kiosk_id,
                'printer', NEW.printer, 'reason', NEW.reason, 'job_id', NEW.job_id,
                'device_key_id', NEW.device_key_id), NEW.at)
        ON CONFLICT (id) DO NOTHING;
    END;
    CREATE TRIGGER outbox_participant_new AFTER INSERT ON participants
    WHEN NEW.is_provisional = 1 AND NEW.origin = 'local' BEGIN
        INSERT INTO outbox (id, kind, payload, created_at) VALUES (({_UUID_SQL}), 'participant',
            {_PARTICIPANT_JSON}, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'));
    END;
    CREATE TRIGGER outbox_participant_changed AFTER UPDATE ON participants
    WHEN NEW.is_provisional = 1 AND NEW.origin = 'local' AND (
        NEW.given_name, NEW.family_name, NEW.badge_name, NEW.native_name, NEW.organisation,
        NEW.country, NEW.category, NEW.status, NEW.reissue, NEW.is_provisional
    ) IS NOT (
        OLD.given_name, OLD.family_name, OLD.badge_name, OLD.native_name, OLD.organisation,
        OLD.country, OLD.category, OLD.status, OLD.reissue, OLD.is_provisional
    ) BEGIN
        INSERT INTO outbox (id, kind, payload, created_at) VALUES (({_UUID_SQL}), 'participant',
            {_PARTICIPANT_JSON}, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'));
    END;
"""

# Slots set aside for the work of issues 9 and 10, filled by their branches (one owner each).
_V7_PROGRAMME = """
-- sessions board: rooms, session translations, open tracks (issue 9, the programme)
ALTER TABLE sessions ADD COLUMN title_translations TEXT NOT NULL DEFAULT '{}';
CREATE TABLE tracks (
    event_id INTEGER NOT NULL, code TEXT NOT NULL, label TEXT NOT NULL,
    label_translations TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (event_id, code)
);
CREATE TABLE rooms (
    event_id INTEGER NOT NULL, name TEXT NOT NULL, building TEXT NOT NULL DEFAULT '',
    floor TEXT NOT NULL DEFAULT '', directions TEXT NOT NULL DEFAULT '',
    name_translations TEXT NOT NULL DEFAULT '{}',
    building_translations TEXT NOT NULL DEFAULT '{}',
    floor_translations TEXT NOT NULL DEFAULT '{}',
    directions_translations TEXT NOT NULL DEFAULT '{}',
    is_sample INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (event_id, name)
);
-- The two tracks sessions could name before tracks were open keep their labels.
INSERT INTO tracks (event_id, code, label)
    SELECT DISTINCT event_id, track,
        CASE track WHEN 'high-level' THEN 'High-Level Track' WHEN 'forum' THEN 'Forum Track'
        ELSE track END
    FROM sessions;
"""

_V8_TRANSLATIONS = """
-- translations of what the kiosk shows: category labels, event title (issue 9, the words)
-- A JSON object {"fr": "...", ...} beside the English text (kiosk/core/translations.py).
ALTER TABLE events ADD COLUMN title_translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE events ADD COLUMN desk_location TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN desk_location_translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE badge_categories ADD COLUMN label_translations TEXT NOT NULL DEFAULT '{}';
"""

_V9_STAFF = """
-- staff sign-in and the audit log (issue 9, kiosk mode; the desk builds on it): who did it and
-- why, beside the machine (kiosk_id), the time, the action and its outcome
ALTER TABLE audit ADD COLUMN staff_id TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN reason TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_action_at ON audit(action, at);
"""

_V10_PHOTOS = """
-- photos captured at the kiosk, waiting for upload (issue 9, photo): one row per person, the
-- latest photo; uploaded_at stays NULL until the registry has it (docs/photos.md)
CREATE TABLE photo_uploads (
    registration_id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    taken_at TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    uploaded_at TEXT
);
CREATE INDEX photo_uploads_pending ON photo_uploads(taken_at) WHERE uploaded_at IS NULL;
"""

_V11_NAME_FALLBACK = """
-- names printed in their Latin form because no font covers them (issue 10): the characters no
-- shipped font draws, as code points ("U+1F600 U+12000"); empty when the name printed as given
ALTER TABLE print_jobs ADD COLUMN name_fallback TEXT NOT NULL DEFAULT '';
"""

_V12_DESK = """
-- the staff desk's actions (issue 11, docs/desk.md): badge-name corrections (every one kept; the
-- latest wins), VIP focal-point pick-ups (who collected, their ID document type) and voided badges
CREATE TABLE name_corrections (
    id TEXT PRIMARY KEY, registration_id INTEGER NOT NULL, at TEXT NOT NULL,
    kiosk_id TEXT NOT NULL, staff_id TEXT NOT NULL, old_name TEXT NOT NULL, new_name TEXT NOT NULL
);
CREATE INDEX name_corrections_registration ON name_corrections(registration_id, at);
CREATE TABLE vip_pickups (
    id TEXT PRIMARY KEY, registration_id INTEGER NOT NULL, at TEXT NOT NULL,
    kiosk_id TEXT NOT NULL, staff_id TEXT NOT NULL, collector TEXT NOT NULL,
    id_document TEXT NOT NULL
);
CREATE INDEX vip_pickups_registration ON vip_pickups(registration_id);
ALTER TABLE badge_prints ADD COLUMN voided_at TEXT;
"""

# Issue 11: e-mail and the search index (13), the desk's exceptions queue (14).
# participants.email, searched at the desk with the country (issue 11, docs/desk.md "Search").
# The search index is made again with prefix indexes for one- and two-letter prefixes (what a
# desk types first: "m", "mu"); its text is recomputed in Python (fold) for every existing row
# when the database opens: 'search_text_stale' asks for that (kiosk/store/database.py).
_V13_EMAIL = (
    """
    ALTER TABLE participants ADD COLUMN email TEXT NOT NULL DEFAULT '';
    DROP TABLE participants_fts;
    """
    "CREATE VIRTUAL TABLE participants_fts USING fts5("
    "search_text, content='participants', content_rowid='registration_id', "
    f"tokenize=\"{FTS_TOKENIZER}\", prefix='1 2');"
    """
    INSERT OR REPLACE INTO sync_state (name, value) VALUES ('search_text_stale', '1');
    """
)
_V14_EXCEPTIONS = """
-- the desk's exceptions queue (issue 11, docs/desk-window.md): what staff answered for a sync
-- conflict (checked), an item the registry rejected (seen) or a refused scan (handled). One row
-- per item, so an answered item leaves the queue on every desk sharing the database; the conflict
-- and outbox rows stay as sync wrote them (a later page of the feed may replace a conflict row).
-- Print jobs need no row here: their answer is the print journal's state.
CREATE TABLE exception_answers (
    kind TEXT NOT NULL, item_id TEXT NOT NULL, at TEXT NOT NULL, kiosk_id TEXT NOT NULL,
    staff_id TEXT NOT NULL, answer TEXT NOT NULL, PRIMARY KEY (kind, item_id)
);
"""

_V15_TICKET_SECRETS = """
-- other registries' ticket secrets decided offline (issue 13, pretix; docs/pretix-offline.md).
-- secret_blocks: a secret pretix revoked (for good: its ticket was reissued or cancelled) or
-- blocked (until unblocked), by its hash only (kiosk.core.foreign_codes.secret_hash), so the
-- table names nobody and opens nothing. ticket_keys: the public keys a registry signs tickets
-- with (pretix signature scheme 1), by scheme and a stable key id; rotation adds rows.
CREATE TABLE secret_blocks (
    secret_hash TEXT PRIMARY KEY, revoked INTEGER NOT NULL DEFAULT 0,
    blocked INTEGER NOT NULL DEFAULT 0, updated_at TEXT
);
CREATE TABLE ticket_keys (
    scheme TEXT NOT NULL, key_id TEXT NOT NULL, public_key BLOB NOT NULL,
    event_id INTEGER NOT NULL, PRIMARY KEY (scheme, key_id)
);
"""

# Each entry is one SQL script; entry N brings the schema to user_version N + 1.
MIGRATIONS: tuple[str, ...] = (
    _V1_INITIAL,
    _V2_PRINT_JOURNAL,
    _V3_PARTICIPANT_SECRETS,
    _V4_CHECK_IN_HARDENING,
    _V5_DEVICE_KEYS,
    _V6_SYNC,
    _V7_PROGRAMME,
    _V8_TRANSLATIONS,
    _V9_STAFF,
    _V10_PHOTOS,
    _V11_NAME_FALLBACK,
    _V12_DESK,
    _V13_EMAIL,
    _V14_EXCEPTIONS,
    _V15_TICKET_SECRETS,
)
