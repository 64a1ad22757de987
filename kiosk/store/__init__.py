"""SQLite storage (sqlite-utils): migrations and one module per aggregate; the only SQL layer."""

from sqlite_utils import Database

from kiosk.store.database import DatabaseFailure, StoreError, describe_failure, open_database

__all__ = ["Database", "DatabaseFailure", "StoreError", "describe_failure", "open_database"]
