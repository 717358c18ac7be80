"""/api/audit: the append-only log of every change (reviewers and admins)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from taizhang.ledger.audit import audit_page
from taizhang.web.deps import AuditReader, LedgerDep
from taizhang.web.routes import ERRORS
from taizhang.web.schemas import AuditEntriesPublic, AuditEntryPublic

router = APIRouter(prefix="/api/audit", tags=["audit"], responses=ERRORS)


@router.get("", response_model=AuditEntriesPublic)
def audit(
    ledger: LedgerDep,
    _: AuditReader,
    entity: Annotated[str | None, Query(max_length=40, description="target, document, progress, user, …")] = None,
    entity_id: Annotated[int | None, Query(ge=0, le=2**31 - 1)] = None,
    who: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> AuditEntriesPublic:
    """Audit entries, newest first."""
    with ledger.session() as s:
        rows, count = audit_page(s, entity=entity, entity_id=entity_id, who=who, limit=limit, offset=offset)
        data = [
            AuditEntryPublic(
                id=r.id,
                at=r.at,
                who=r.who,
                action=r.action,
                entity=r.entity,
                entity_id=r.entity_id,
                before=r.before,
                after=r.after,
            )
            for r in rows
        ]
    return AuditEntriesPublic(data=data, count=count)
