"""Cold start of the frozen bundle against `python -m kiosk` (kiosk/bench_cold_start.py); the
same figures as `kiosk bench --cold-start`.

    .venv/bin/python benchmarks/cold_start.py --json            # after scripts/build-bundle
    .venv/bin/python benchmarks/cold_start.py --bundle /opt/kiosk/kiosk --runs 9
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk.bench_cold_start import ColdStartError, default_bundle, measure


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=default_bundle())
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    try:
        figures = measure(args.bundle, max(1, args.runs))
    except ColdStartError as error:
        print(f"cold_start: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
