"""`python -m kiosk.registry` is `kiosk-registry`."""

import sys

from kiosk.registry.cli import main

sys.exit(main())
