"""Conversions between SQLite text columns and domain values."""

from __future__ import annotations

from datetime import date, datetime


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
