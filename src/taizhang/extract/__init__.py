"""Pure functions from text to target records. No I/O, no database, no clock."""

from __future__ import annotations

from taizhang.extract.pipeline import extract_targets
from taizhang.extract.record import Target

__all__ = ["Target", "extract_targets"]
