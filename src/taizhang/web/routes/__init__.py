"""The JSON API under /api, one router per resource."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path

from taizhang.web.schemas import ErrorPublic

__all__ = ["ERRORS", "IdPath", "choice"]

# No upper bound: an id beyond every row (99999999999999999999) is a 404 like any other unknown id.
IdPath = Annotated[int, Path(ge=1)]

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorPublic, "description": text}
    for status, text in (
        (401, "Not logged in"),
        (403, "Not allowed (role, region or CSRF token)"),
        (404, "No such resource"),
        (422, "Invalid input"),
    )
}


def choice(values: tuple[str, ...]) -> str:
    """A query parameter's pattern admitting exactly ``values``."""
    return f"^({'|'.join(values)})$"
