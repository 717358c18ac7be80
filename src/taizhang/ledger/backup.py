"""Backups of a SQLite ledger through SQLite's online backup API (safe while others write)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from taizhang.errors import BackupError
from taizhang.ledger.database import Ledger

__all__ = ["backup"]


def backup(ledger: Ledger, dest: Path) -> Path:
    """Copy the ledger's SQLite database to ``dest`` page by page; returns ``dest``.

    For PostgreSQL raises BackupError: use ``pg_dump``.
    """
    if ledger.dialect != "sqlite":
        raise BackupError("backup copies SQLite ledgers; for PostgreSQL use pg_dump (e.g. pg_dump -Fc DBNAME)")
    dest = Path(dest)
    if dest.exists():
        raise BackupError(f"{dest} exists; choose a new file")
    raw = ledger.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        raw.close()
    return dest
