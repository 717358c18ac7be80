"""Settings of the web application, typed, each with a default and help text.

Read from the environment (``TAIZHANG_DATABASE_URL``, ``TAIZHANG_SECRET_KEY``, …) when
:func:`taizhang.web.app.create_app` is called without settings, never at import.
"""

from __future__ import annotations

import secrets
from datetime import date

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from taizhang.ledger.settings import LedgerSettings

__all__ = ["Settings"]


class Settings(LedgerSettings):
    """What ``taizhang serve`` can be told; every field is also ``TAIZHANG_<NAME>`` in the environment.

    The ledger's own settings (status source, reconciliation tolerances) come from
    :class:`~taizhang.ledger.settings.LedgerSettings`."""

    model_config = SettingsConfigDict(env_prefix="TAIZHANG_", extra="ignore")

    database_url: str = Field("sqlite:///taizhang.db", description="Ledger database URL, or a SQLite file path.")
    secret_key: SecretStr = Field(
        default_factory=lambda: SecretStr(secrets.token_urlsafe(32)),
        description="Signs the login form's CSRF cookie. Random per process unless set.",
    )
    public_read: bool = Field(
        False,
        description="Let people read without logging in, until an admin changes it "
        "(`taizhang settings public-read on|off`, stored in the ledger, wins over this).",
    )
    busy_timeout: float = Field(
        10.0,
        gt=0,
        description="Seconds a write waits for another writer's lock before a 503 (E307) asks to retry.",
    )
    max_upload_bytes: int = Field(10 * 1024 * 1024, gt=0, description="Largest document or sheet accepted.")
    login_attempts: int = Field(
        5, gt=0, description="Logins allowed per user and address per window (a success resets the count)."
    )
    login_window_seconds: int = Field(300, gt=0, description="The window of the login rate limit, seconds.")
    session_hours: int = Field(12, gt=0, description="How long a login lasts, hours.")
    cookie_secure: bool = Field(False, description="Send cookies over HTTPS only (set behind TLS).")
    as_of: date | None = Field(None, description="The date statuses are computed at; today when unset.")
    status_cache: int = Field(
        64, ge=0, description="Reports, listings and page parts kept in memory (invalidated by any write)."
    )
