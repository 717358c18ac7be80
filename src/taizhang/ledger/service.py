"""The ledger's service layer: the functions the CLI and the web call.

Each takes a SQLAlchemy ``Session`` (open one with ``Ledger.session()``) and, when it changes
anything, ``who`` for the audit log. They raise :class:`taizhang.errors.TaizhangError`
subclasses with stable codes; the edges translate them.

    ledger = open_ledger("sqlite:///taizhang.db")
    with ledger.session(write=True) as s:
        ingest_document(s, path.read_bytes(), who="li", region="江门市", date=date(2023, 1, 20))
    with ledger.session() as s:
        report = ledger_status(s, as_of=date(2023, 9, 30))
"""

from __future__ import annotations

from taizhang.ledger.backup import backup
from taizhang.ledger.commitments import list_commitments, mark_commitment
from taizhang.ledger.database import Ledger, open_ledger, upgrade
from taizhang.ledger.documents import IngestResult, ingest, ingest_document, ingest_file, ingest_path
from taizhang.ledger.duplicates import find_duplicates, merge_target, merged_sources, review_targets, unmerge_target
from taizhang.ledger.export import export_ledger
from taizhang.ledger.listing import TargetFilter, list_targets
from taizhang.ledger.progress import ImportResult, Observation, add_progress, import_progress
from taizhang.ledger.regions import ensure_region, resolve_region_codes
from taizhang.ledger.review import confirm_target, edit_target, get_target, reject_target
from taizhang.ledger.status import StatusReport, StatusRow, ledger_status

__all__ = [
    "ImportResult",
    "IngestResult",
    "Ledger",
    "Observation",
    "StatusReport",
    "StatusRow",
    "TargetFilter",
    "add_progress",
    "backup",
    "confirm_target",
    "edit_target",
    "ensure_region",
    "export_ledger",
    "find_duplicates",
    "get_target",
    "import_progress",
    "ingest",
    "ingest_document",
    "ingest_file",
    "ingest_path",
    "ledger_status",
    "list_commitments",
    "list_targets",
    "mark_commitment",
    "merge_target",
    "merged_sources",
    "open_ledger",
    "reject_target",
    "resolve_region_codes",
    "review_targets",
    "unmerge_target",
    "upgrade",
]
