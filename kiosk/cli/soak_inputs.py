"""What `kiosk soak fuzz` feeds the scan path: junk, mutated codes and look-alikes (seeded).

Every generator answers text that must be refused. A mutation can leave a valid code intact (é
for É on a French host, a leading zero), so ``Oracle`` recognises valid codes in disguise and the
soak skips them rather than counting them as failures.
"""

from __future__ import annotations

import base64
import json
import random
import string
import uuid
from collections.abc import Callable, Sequence

from kiosk.core.credentials import is_foreign_digit_text
from kiosk.core.foreign_codes import recognise
from kiosk.scan.layouts import DigitLayout, digit_candidates, type_through

ALPHABET = string.printable + "éèçàÉÈÇÀ§£·№°²´`^¨€ß\u00a0\u200b\u202e\ufeff\ufffd١٢٣۴५๖７"
# Digit rows a code is refused in (docs/credential-format.md, "Odd codes").
FOREIGN_ZEROS = (0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE, 0x1040)


class Oracle:
    """Tells a valid code or a roster secret hiding in a mutated text."""

    def __init__(self, codes: Sequence[str], secret_hashes: frozenset[str] = frozenset()) -> None:
        self.codes = frozenset(codes)
        self.secret_hashes = secret_hashes

    def is_valid(self, text: str) -> bool:
        if is_foreign_digit_text(text.strip()):
            return False  # refused whatever the digits say
        readings = {c.text.lstrip("0") for c in digit_candidates(text.strip())}
        code = recognise(text.strip())
        return bool(readings & self.codes) or (
            code is not None and code.secret_hash in self.secret_hashes
        )


Maker = Callable[[random.Random, Sequence[str]], str]


def random_text(rng: random.Random, _: Sequence[str]) -> str:
    size = rng.choice((0, 1, 5, 12, 40, 188, 190, 300, 501, 2000))
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, size)))


def random_digits(rng: random.Random, _: Sequence[str]) -> str:
    length = rng.choice((1, 8, 100, 186, 187, 188, 189, 190, 250, 430, 499, 500, 501, 600))
    return "".join(rng.choice(string.digits) for _ in range(length))


def random_unicode(rng: random.Random, _: Sequence[str]) -> str:
    return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 60)))


def huge(rng: random.Random, _: Sequence[str]) -> str:
    return rng.choice(("7", "é", "\x00", "a1", "١")) * (5120 + rng.randint(0, 5120))


def foreign_digits(rng: random.Random, codes: Sequence[str]) -> str:
    """A valid code written in digits of a script codes never arrive in."""
    zero = rng.choice(FOREIGN_ZEROS)
    return "".join(chr(zero + int(d)) for d in rng.choice(codes))


def mutated_code(rng: random.Random, codes: Sequence[str]) -> str:
    code = rng.choice(codes)
    mutation = rng.choice(MUTATIONS)
    if mutation is not _mix_layouts and rng.random() < 0.4:
        code = type_through(code, rng.choice(list(DigitLayout)))
    return mutation(rng, code)


def _truncate(rng: random.Random, code: str) -> str:
    return code[: rng.randrange(len(code))]


def _substitute(rng: random.Random, code: str) -> str:
    i = rng.randrange(len(code))
    return code[:i] + rng.choice(ALPHABET) + code[i + 1 :]


def _insert(rng: random.Random, code: str) -> str:
    i = rng.randrange(len(code) + 1)
    return code[:i] + rng.choice(string.digits + "\x00\t\r\x1b") + code[i:]


def _delete(rng: random.Random, code: str) -> str:
    i = rng.randrange(len(code))
    return code[:i] + code[i + 1 :]


def _swap(rng: random.Random, code: str) -> str:
    i = rng.randrange(len(code) - 1)
    return code[:i] + code[i + 1] + code[i] + code[i + 2 :]


def _append(rng: random.Random, code: str) -> str:
    return code + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(3))


def _double(_: random.Random, code: str) -> str:
    return code + code


def _mix_layouts(rng: random.Random, code: str) -> str:
    first, second = rng.sample(list(DigitLayout), 2)
    half = rng.randrange(1, len(code) - 1)
    return type_through(code[:half], first) + type_through(code[half:], second)


def _flip_bits(rng: random.Random, code: str) -> str:
    if not (code.isascii() and code.isdigit()):
        return _substitute(rng, code)
    value = int(code) ^ (1 << rng.randrange(int(code).bit_length()))
    return str(value)


MUTATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    _truncate,
    _substitute,
    _insert,
    _delete,
    _swap,
    _append,
    _double,
    _mix_layouts,
    _flip_bits,
)


def indico_like(rng: random.Random, _: Sequence[str]) -> str:
    """Indico check-in JSON gone wrong: bad versions, hosts and secrets, odd shapes, cut short."""
    secret = base64.b64encode(rng.randbytes(rng.choice((16, 16, 16, 15, 17, 0)))).decode()
    version = rng.choice((2, 2, 2, 1, 3, "2", None, True, 2.0))
    parts: list[object] = [version, rng.choice(("indico.un.org", "", 7, None)), secret]
    if rng.random() < 0.3:
        parts.append(rng.choice((secret, "x", 5, None)))
    shapes: list[object] = [
        {"i": parts},
        {"i": parts[: rng.randrange(4)]},
        {"i": parts, "a": rng.choice(("https://adams", 1, [1, 2]))},
        {"checkin_secret": rng.choice((str(uuid.UUID(bytes=rng.randbytes(16))), "nope", 5))},
        {"registrant_id": rng.randint(0, 10**6), "checkin_secret": secret},
        parts,
        {"i": {"nested": parts}},
    ]
    text = json.dumps(rng.choice(shapes), separators=rng.choice(((",", ":"), (", ", ": "))))
    return text[: rng.randrange(len(text) + 1)] if rng.random() < 0.2 else text


def opaque_like(rng: random.Random, _: Sequence[str]) -> str:
    chars = string.ascii_letters + string.digits + "+/=_"
    text = "".join(rng.choice(chars) for _ in range(rng.randint(12, 128)))
    braced = "{" + str(uuid.UUID(bytes=rng.randbytes(16))) + "}"
    return rng.choice((text, braced, braced.upper(), "B1-22000001-" + text[:3]))


# (generator, weight): mutated codes are the most likely to find a hole.
MAKERS: tuple[tuple[Maker, int], ...] = (
    (random_text, 20),
    (random_digits, 10),
    (random_unicode, 10),
    (huge, 1),
    (foreign_digits, 5),
    (mutated_code, 40),
    (indico_like, 8),
    (opaque_like, 6),
)


def inputs(rng: random.Random, codes: Sequence[str], count: int) -> list[str]:
    """``count`` junk inputs drawn by weight from every generator."""
    makers = [maker for maker, _ in MAKERS]
    weights = [weight for _, weight in MAKERS]
    return [maker(rng, codes) for maker in rng.choices(makers, weights, k=count)]
