"""The kiosk's link to its registry, kept in one 0600 file in the home (registry.json).

The device token in it is a password: it is never logged, never put in settings.toml, and the
file is replaced atomically so a crash leaves the old link or the new one.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.sync.client import SyncError, SyncProblem


@dataclass(frozen=True, slots=True)
class RegistryLink:
    url: str
    kiosk_id: str
    token: str
    device_key_id: int
    enrolled_at: datetime
    simulated_time: str = ""  # a registry of sample data runs its kiosks on the sample's clock
    kind: str = "kiosk"  # kiosk.sync.registries.RegistryKind value: whose protocol ``url`` speaks
    # What the kind's client needs besides url and token (pretix: organizer, event, ...).
    detail: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:  # keep the token out of tracebacks and logs
        return f"RegistryLink(url={self.url!r}, kiosk_id={self.kiosk_id!r}, token=***)"


def save_link(path: Path, link: RegistryLink) -> None:
    data = {**asdict(link), "enrolled_at": link.enrolled_at.isoformat()}
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2)
        out.flush()
        os.fsync(out.fileno())
    os.chmod(temporary, 0o600)  # the file may have existed with a wider mode
    os.replace(temporary, path)


def load_link(path: Path) -> RegistryLink | None:
    """The enrollment, or None when the kiosk was never enrolled."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RegistryLink(
            url=str(data["url"]),
            kiosk_id=str(data["kiosk_id"]),
            token=str(data["token"]),
            device_key_id=int(data["device_key_id"]),
            enrolled_at=datetime.fromisoformat(data["enrolled_at"]),
            simulated_time=str(data.get("simulated_time", "")),
            kind=str(data.get("kind", "kiosk")),
            detail={str(k): str(v) for k, v in dict(data.get("detail") or {}).items()},
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SyncError(
            SyncProblem.UNAUTHENTICATED,
            f"{path} is unreadable ({type(exc).__name__}); enroll the kiosk again",
        ) from exc
