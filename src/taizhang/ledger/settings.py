"""Settings the ledger's reports read, typed, each with a default and help text.

Read from ``TAIZHANG_*`` environment variables when a CLI command or the web app builds them
(``LedgerSettings()``), never at import. The web's :class:`~taizhang.web.settings.Settings`
extends this class, so the CLI and the pages judge by the same settings.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["SMTP_SECURITY", "LedgerSettings"]

SMTP_SECURITY = ("none", "starttls", "tls")
"""How the connection to the mail server is protected (``TAIZHANG_SMTP_SECURITY``)."""


class LedgerSettings(BaseSettings):
    """How status picks a figure, how far a self-report may stray from the official figure, how
    reminders are mailed and who signs the 督查通报."""

    model_config = SettingsConfigDict(env_prefix="TAIZHANG_", extra="ignore")

    status_source: Literal["official", "reported", "latest"] = Field(
        "official",
        description="Which figure status judges where a period has both an official figure (read from a "
        "statistics release) and a reported one (an office's own): official, reported, or latest "
        "(the one entered last). The other stands in where the preferred source has none.",
    )
    tolerance_rate: Decimal = Field(
        Decimal("0.5"),
        ge=0,
        description="Reconciliation: a reported rate (%) flagged when it differs from the official "
        "one by more than this many percentage points.",
    )
    tolerance_level: Decimal = Field(
        Decimal("1"),
        ge=0,
        description="Reconciliation: a reported level (an amount, a count) flagged when it differs "
        "from the official one by more than this percentage of the official figure.",
    )
    smtp_host: str | None = Field(
        None, description="Reminders: the SMTP server's host name; reminders are not sent while it is unset."
    )
    smtp_port: int = Field(25, gt=0, lt=65536, description="Reminders: the SMTP server's port (25, 587, 465).")
    smtp_security: Literal["none", "starttls", "tls"] = Field(
        "none",
        description="Reminders: none (plain, for a relay on the office network), starttls (upgrade after "
        "connecting, usually port 587) or tls (TLS from the start, usually port 465).",
    )
    smtp_user: str | None = Field(None, description="Reminders: the SMTP login name, if the server asks for one.")
    smtp_password: SecretStr | None = Field(None, description="Reminders: the SMTP password.")
    smtp_sender: str | None = Field(
        None, description="Reminders: the From address (e.g. ducha@example.gov.cn); required to send."
    )
    smtp_attempts: int = Field(
        3, ge=1, le=10, description="Reminders: attempts per mail before it is reported as failed."
    )
    smtp_backoff: float = Field(
        2.0, ge=0, description="Reminders: seconds before the second attempt, doubled before each further one."
    )
    smtp_timeout: float = Field(30.0, gt=0, description="Reminders: seconds to wait for the SMTP server.")
    remind_within: int = Field(
        14,
        ge=0,
        le=366,
        description="Reminders: a target is due soon when its deadline is this many days away or fewer "
        "(`taizhang remind --within` overrides it; the overview's panel for a unit's users uses it).",
    )
    notice_issuer: str = Field(
        "市政府督查室", description="The 督查通报: the office that issues it, printed above and below the text."
    )
