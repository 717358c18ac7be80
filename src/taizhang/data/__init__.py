"""The data tables of taizhang: tab-separated files whose ``#`` header says what each column means.

:func:`data_rows` is the one reader of them; the modules that use a table load it once.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

__all__ = ["data_rows"]


def data_rows(name: str) -> Iterator[list[str]]:
    """The rows of a data file in ``taizhang/data``, comments and blank lines skipped."""
    text = resources.files("taizhang.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")
