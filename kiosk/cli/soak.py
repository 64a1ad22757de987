"""`kiosk soak`: the check-in path under SIGKILL, junk and concurrent writers; one line each.

- ``soak kill --runs N``: a worker process scans (check-in, print) on one demo home and is killed
  with SIGKILL at a random moment, N times; after each kill the kiosk's start-up recovery runs,
  staff answer cut-off prints from what the printer's ledger shows, and the invariants are checked.
- ``soak race --processes P --scans N``: P worker processes and a writer thread in this process
  scan the same people on one home at once.
- ``soak fuzz --inputs N``: junk through the whole scan path; nothing may raise or check in.

Exit status 0 when every invariant held, 1 otherwise. docs/print-journal.md lists the invariants.
"""

from __future__ import annotations

from typing import Any

from kiosk.cli import soak_runs


def register(commands: Any) -> None:
    """Add `kiosk soak` and its sub-commands to the `kiosk` parser."""
    soak = commands.add_parser(
        "soak", help="stress the check-in path (kill, race, fuzz)", description=__doc__
    )
    kinds = soak.add_subparsers(title="soak", required=True, metavar="KIND")
    soak_runs.register(kinds)
