"""What the web keeps between requests: page parts and listings, valid for one data version.

Status over a large ledger takes a while, so it is cached in the ledger (``ledger.reports``), and
what the pages make of it (overview data, rendered page bodies, listings) here, all keyed by the
ledger's data version (:mod:`taizhang.ledger.version`): any write makes every cached value stale
at once.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy.orm import Session

from taizhang.ledger.status import StatusReport, cached_status, ledger_status
from taizhang.ledger.version import VersionedCache

__all__ = ["StatusCache"]


class StatusCache(VersionedCache):
    """Page parts and listings, each kept for one data version; status from the ledger's own cache."""

    def __init__(self, size: int, reports: VersionedCache, *, source: str = "official") -> None:
        super().__init__(size)
        self.reports = reports
        self.source = source
        """The figure status judges where a period has both (``TAIZHANG_STATUS_SOURCE``)."""

    def status(self, session: Session, as_of: date, region_codes: Collection[str] | None = None) -> StatusReport:
        """:func:`taizhang.ledger.status.cached_status` in the ledger's cache (unless caching is off)."""
        if not self.size:
            return ledger_status(session, as_of=as_of, region_codes=region_codes, source=self.source)
        return cached_status(self.reports, session, as_of=as_of, region_codes=region_codes, source=self.source)
