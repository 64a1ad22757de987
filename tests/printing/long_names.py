"""Long names in the scripts that stretch a badge: Latin with particles, Arabic, Tamil, Burmese
and CJK, generated from parts so that every combination is a plausible full name."""

from __future__ import annotations

import itertools

_PARTS = {
    "latin": (
        ("Maria Fernanda", "Jean-Baptiste", "Ana Sofía", "Friedrich Wilhelm", "Nguyễn Thị"),
        ("de los Santos", "van der Berg", "da Silva", "von Hohenzollern", "bin Abdullah"),
        (
            "Rodríguez y Castellanos",
            "Oyelaran-Adeyemi",
            "Papadopoulou-Konstantinidou",
            "Wolfeschlegelsteinhausen",
        ),
    ),
    "arabic": (
        ("محمد", "عبد الرحمن", "فاطمة الزهراء", "نور الدين"),
        ("بن عبد الله", "بنت خالد", "أبو بكر", "ابن سلمان"),
        ("الأنصاري", "آل مكتوم", "العبد اللطيف الحسيني", "الكواري"),
    ),
    "tamil": (
        ("தமிழ்செல்வன்", "கிருஷ்ணமூர்த்தி", "விஜயலட்சுமி", "ஸ்ரீநிவாசன்"),
        ("சுப்பிரமணியம்", "ராமச்சந்திரன்", "பாலசுப்ரமணியன்", "முத்துக்குமார்"),
        ("வெங்கடேஸ்வரன்", "அண்ணாமலை", "கந்தசாமி"),
    ),
    "burmese": (
        ("အောင်ဆန်း", "ခင်မောင်", "ဒေါ်", "မောင်မောင်"),
        ("စုကြည်", "သန်းထွန်း", "မြင့်မြင့်ခိုင်", "ဝင်းဝင်းလှိုင်"),
        ("ဦးနု", "ကျော်ဇော", "ထွန်းထွန်းဦး"),
    ),
    "cjk": (
        ("欧阳", "司马", "諸葛", "長谷川", "김"),
        ("春花秋月", "建国", "美智子", "민준서"),
        ("", "さくら", "王小明"),
    ),
}


def longest_names(per_script: int = 40) -> list[str]:
    """The ``per_script`` longest generated names of each script (200 in all), longest first."""
    names: list[str] = []
    for parts in _PARTS.values():
        combinations = {
            " ".join(part for part in combination if part)
            for combination in itertools.product(*parts)
        }
        names += sorted(combinations, key=lambda name: (-len(name), name))[:per_script]
    return names
