"""`kiosk photo`: a badge photo taken at the accreditation desk (docs/photos.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.cli.common import CommandError, command, positive, require_home
from kiosk.paths import Home


def register(commands: Any) -> None:
    """Add this module's commands to the `kiosk` parser."""
    sub = command(
        commands,
        "photo",
        _photo,
        "keep a person's badge photo taken at the desk (JPEG or PNG): cropped, stored, "
        "put on their waiting badge and uploaded with the next sync",
    )
    sub.add_argument(
        "registration_id",
        type=positive,
        metavar="REGISTRATION_ID",
        help="the person's registration id",
    )
    sub.add_argument("file", metavar="FILE", help="the photo (JPEG or PNG)")


def _photo(home: Home, args: argparse.Namespace) -> int:
    from kiosk.app import add_desk_photo
    from kiosk.scan.photo import PhotoError
    from kiosk.services.photos import PhotoSaveError

    require_home(home)
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CommandError(f"no photo file {source}")
    try:
        size, job = add_desk_photo(home, args.registration_id, source)
    except (PhotoError, PhotoSaveError) as exc:
        raise CommandError(str(exc)) from exc
    print(f"photo of {args.registration_id} kept ({size} bytes); it goes to the registry next sync")
    if job is not None:
        print(f"the waiting badge now has it: print it with `kiosk jobs retry {job[:8]}`")
    return 0
