"""Backups of a SQLite ledger through SQLite's online backup API (safe while others write)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from taizhang.errors import BackupError
from taizhang.ledger.database import Ledger
from taizhang.messages import M

__all__ = ["backup"]


def backup(ledger: Ledger, dest: Path) -> Path:
    """Copy the ledger's SQLite database to ``dest`` page by page; returns ``dest``.

    For PostgreSQL raises BackupError: use ``pg_dump``.
    """
    if ledger.dialect != "sqlite":
        raise BackupError(M("backup.postgres"))
    dest = Path(dest)
    if dest.exists():
        raise BackupError(M("backup.exists", path=dest))
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
