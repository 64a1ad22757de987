"""SQLite storage (sqlite-utils): migrations and one module per aggregate; the only SQL layer."""

from sqlite_utils import Database

from kiosk.store.database import StoreError, open_database

__all__ = ["Database", "StoreError", "open_database"]
