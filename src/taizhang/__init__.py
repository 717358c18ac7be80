"""taizhang (目标台账): quantified targets from Chinese government plans, kept in a ledger.

>>> from taizhang import extract_targets
>>> [int(t.value) for t in extract_targets("确保登记失业率控制在3%以内", region="台山市", date="2023-01-20")]
[3]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Target", "extract_targets"]

if TYPE_CHECKING:
    from taizhang.extract import extract_targets
    from taizhang.extract.record import Target


def __getattr__(name: str) -> Any:
    # Lazy, so `import taizhang` loads no lexicon and imports nothing heavy.
    if name == "extract_targets":
        from taizhang.extract import extract_targets

        return extract_targets
    if name == "Target":
        from taizhang.extract.record import Target

        return Target
    raise AttributeError(name)
