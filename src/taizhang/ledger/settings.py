"""Settings the ledger's reports read, typed, each with a default and help text.

Read from ``TAIZHANG_*`` environment variables when a CLI command or the web app builds them
(``LedgerSettings()``), never at import. The web's :class:`~taizhang.web.settings.Settings`
extends this class, so the CLI and the pages judge by the same settings.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["LedgerSettings"]


class LedgerSettings(BaseSettings):
    """How status picks a figure and how far a self-report may stray from the official figure."""

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
