"""Badge content for printing tests: names in many scripts and a base badge to vary."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtGui import QImage

from kiosk.core.badge_layout import BadgeContent

# A credential-sized payload: digits only, like the signed codes (about 190 digits).
QR_TEXT = "1" + "2837465019" * 18 + "123456"

NAMES = {
    "latin": "Zoë Ångström-Øster Nguyễn",
    "arabic": "محمد بن عبد الله",
    "chinese": "王小明",
    "amharic": "ደረጀ ተስፋዬ",
    "hindi": "राजेश कुमार",
    "thai": "สมชาย ใจดี",
    "hebrew": "שרה לוי",
    "long": "Maria-Fernanda " * 20,  # 300 characters
    "empty": "",
}

Content = Callable[..., BadgeContent]

BASE = BadgeContent(
    registration_id=104233,
    badge_version=2,
    badge_name="Ana María Pérez",
    native_name="",
    organisation="International Telecommunication Union (ITU)",
    country="Switzerland",
    category_code="DEL",
    category_label="Delegate",
    category_colour="#1F4E9E",
    qr_text=QR_TEXT,
    event_title="WSIS Forum 2022",
    event_dates="30 May - 3 June 2022",
)

Pixels = Callable[[QImage], np.ndarray]
