"""Reading stage: document files in, decoded text out.

- ``readers.read_document`` / ``read_bytes_document``: .txt, .docx, .pdf and .html to a ``Document``
  whose ``text`` is as decoded (target offsets index it);
- ``decode.decode_bytes``: bytes to text, guessing UTF-8 / GB18030 / Big5;
- ``normalise.normalise``: full-width forms and Traditional characters folded, same length;
- ``dates.find_publication_date``: the date in a text's head or signature.

The names are importable from here too; each module loads on first use, so ``import
taizhang.text`` loads neither OpenCC nor the document parsers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "Decoded",
    "Document",
    "decode_bytes",
    "find_publication_date",
    "normalise",
    "read_bytes_document",
    "read_document",
]

_HOMES = {
    "Decoded": "decode",
    "decode_bytes": "decode",
    "Document": "readers",
    "read_document": "readers",
    "read_bytes_document": "readers",
    "normalise": "normalise",
    "find_publication_date": "dates",
}

if TYPE_CHECKING:
    from taizhang.text.dates import find_publication_date
    from taizhang.text.decode import Decoded, decode_bytes
    from taizhang.text.normalise import normalise
    from taizhang.text.readers import Document, read_bytes_document, read_document


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
