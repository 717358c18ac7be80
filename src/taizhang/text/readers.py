"""Read a document file (plain text, Word .docx, PDF, HTML) into its decoded text.

``read_document(path)`` for files, ``read_bytes_document(data, name=...)`` for standard input and
uploads. Both return a ``Document`` whose ``text`` is as decoded, not normalised: target offsets
index it. Every failure is a ``ReadError`` (or a subclass) with a one-line message that starts
with the file's name.

The format comes from the file name's suffix; a name without a known suffix (``<stdin>``) is
sniffed: ``%PDF``, a zip holding ``word/document.xml``, ``<html``, else plain text.
"""

from __future__ import annotations

import datetime
import io
import logging
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from taizhang.errors import NoTextLayerError, ReadError, UnsupportedFormatError
from taizhang.messages import M
from taizhang.text.archive import DOCX_LIMITS, check_archive
from taizhang.text.decode import decode_bytes
from taizhang.text.html import decode_html, main_text

if TYPE_CHECKING:
    from docx.table import Table

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DOCUMENT_SUFFIXES",
    "Document",
    "Format",
    "document_files",
    "read_bytes_document",
    "read_document",
]

log = logging.getLogger(__name__)

Format = Literal["txt", "docx", "pdf", "html"]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024

_SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
}
# What a folder is searched for: the formats government documents come in. A file named on the
# command line is read by its suffix (_SUFFIX_FORMATS, .md too); a folder's README.md is no document.
DOCUMENT_SUFFIXES: tuple[str, ...] = (".txt", ".docx", ".pdf", ".html", ".htm")
_UNSUPPORTED_HINTS = {
    ".doc": "read.hint_doc",
    ".wps": "read.hint_wps",
    ".rtf": "read.hint_rtf",
    ".ofd": "read.hint_ofd",
    ".xls": "read.hint_sheet",
    ".xlsx": "read.hint_sheet",
    ".et": "read.hint_sheet",
}
_SUPPORTED = ".txt, .docx, .pdf, .html"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office files (.doc, .xls, .wps)
# A PDF page with fewer letters than this carries no real text (a page number, a stamp).
_MIN_PAGE_CHARS = 20


@dataclass(frozen=True)
class Document:
    """A document's text as decoded (offsets index it), where it came from and how it was read.

    ``encoding`` is the codec of a text or HTML file, ``None`` for .docx and .pdf. ``mtime`` is
    the file's modification date (``None`` for bytes from standard input or an upload).
    """

    text: str
    source: str
    format: Format
    encoding: str | None
    mtime: datetime.date | None


def document_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files to read under ``paths``, and those a folder holds that are no document format read.

    A folder is searched recursively for ``DOCUMENT_SUFFIXES`` (hidden files aside), in sorted
    order; a file named itself is always taken (and refused with its error if unreadable)."""
    out: list[Path] = []
    skipped: list[Path] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")):
                (out if f.suffix.lower() in DOCUMENT_SUFFIXES else skipped).append(f)
        else:
            out.append(p)
    return out, skipped


def read_document(path: str | Path, *, encoding: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read the file at ``path`` (a ``str`` or a ``Path``).

    ``encoding`` applies to text and HTML files ("auto" guesses; see ``decode_bytes``).
    Raises ``ReadError`` (missing, a directory, empty, unreadable, binary, too large, corrupt),
    ``DecodeError``, ``UnsupportedFormatError`` or ``NoTextLayerError``.
    """
    source = str(path)
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReadError(M("read.missing", source=source)) from None
    except OSError as exc:
        raise ReadError(M("read.cannot", source=source, reason=exc.strerror or exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(M("read.directory", source=source))
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(M("read.not_regular", source=source))
    _check_size(info.st_size, max_bytes, source)
    fmt = _format_from_name(source)  # before reading: an unsupported file is not read at all
    try:
        with path.open("rb") as handle:
            # Read one byte past the limit, so a file that grew since stat() is still caught.
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ReadError(M("read.permission", source=source)) from None
    except OSError as exc:
        raise ReadError(M("read.cannot", source=source, reason=exc.strerror or exc)) from None
    _check_size(len(data), max_bytes, source)
    mtime = datetime.date.fromtimestamp(info.st_mtime)
    return _read(data, source=source, fmt=fmt or _sniff(data, source), encoding=encoding, mtime=mtime)


def read_bytes_document(
    data: bytes, *, name: str, encoding: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read a document given as bytes (standard input, an upload); ``name`` names it in errors and
    its suffix gives the format (without a known suffix the bytes are sniffed)."""
    _check_size(len(data), max_bytes, name)
    fmt = _format_from_name(name)
    return _read(data, source=name, fmt=fmt or _sniff(data, name), encoding=encoding, mtime=None)


def _read(data: bytes, *, source: str, fmt: Format, encoding: str, mtime: datetime.date | None) -> Document:
    if fmt == "docx":
        return Document(_docx_text(data, source), source, fmt, None, mtime)
    if fmt == "pdf":
        return Document(_pdf_text(data, source), source, fmt, None, mtime)
    if fmt == "html":
        decoded = decode_html(data, encoding=encoding, source=source)
        return Document(_html_text(decoded.text, source), source, fmt, decoded.encoding, mtime)
    decoded = decode_bytes(data, encoding=encoding, source=source)
    return Document(decoded.text, source, fmt, decoded.encoding, mtime)


def _check_size(size: int, max_bytes: int, source: str) -> None:
    if size == 0:
        raise ReadError(M("read.empty", source=source))
    if size > max_bytes:
        raise ReadError(M("read.too_large", source=source, size=_megabytes(size), limit=_megabytes(max_bytes)))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _format_from_name(name: str) -> Format | None:
    """The format a file name's suffix gives; ``None`` to sniff (no suffix, or not a file name)."""
    suffix = os.path.splitext(name)[1].lower()
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    if suffix in _UNSUPPORTED_HINTS:
        raise UnsupportedFormatError(M(_UNSUPPORTED_HINTS[suffix], source=name))
    if not suffix or name.startswith("<") or not suffix[1:].isalnum():
        return None
    raise UnsupportedFormatError(M("read.unsupported", source=name, suffix=suffix, supported=_SUPPORTED))


def _sniff(data: bytes, source: str) -> Format:
    """The format of bytes that came without a usable name."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if _is_docx(data):
            return "docx"
        raise UnsupportedFormatError(M("read.zip_not_docx", source=source, supported=_SUPPORTED))
    if head.startswith(_OLE2_MAGIC):
        raise UnsupportedFormatError(M("read.old_office", source=source))
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
        return "html"
    return "txt"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _docx_text(data: bytes, source: str) -> str:
    """Paragraphs and tables of the body in document order, one paragraph or table row a line;
    a row's cells are separated by tabs (a merged cell counts once). An archive past the limits
    of ``taizhang.text.archive`` is refused before it is parsed."""
    if data.startswith(_OLE2_MAGIC):
        raise UnsupportedFormatError(M("read.doc_named_docx", source=source))
    if not data.startswith(b"PK\x03\x04"):
        raise ReadError(M("read.docx_not_zip", source=source))
    check_archive(data, source=source, limits=DOCX_LIMITS)  # before python-docx builds its tree
    import docx
    from docx.table import Table

    # python-docx and the zip and XML layers under it raise many kinds of error on a damaged file.
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_rows(block))
            else:
                lines.append(block.text)
    except Exception as exc:
        raise ReadError(M("read.docx_corrupt", source=source, reason=_describe(exc))) from exc
    return "\n".join(lines)


def _table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(cell.text)
        rows.append("\t".join(cells))
    return rows


def _pdf_text(data: bytes, source: str) -> str:
    """pypdf's text of each page, pages joined by newlines; a PDF without text is a scan."""
    if b"%PDF-" not in data[:1024]:
        raise ReadError(M("read.not_pdf", source=source))
    import pypdf

    # pypdf raises many kinds of error (its own, ValueError, KeyError, ...) on a damaged file.
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(M("read.pdf_password", source=source))
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(M("read.pdf_corrupt", source=source, reason=_describe(exc))) from exc
    if not pages:
        raise ReadError(M("read.pdf_no_pages", source=source))
    letters = [sum(not char.isspace() for char in text) for text in pages]
    if max(letters) < _MIN_PAGE_CHARS:
        raise NoTextLayerError(M("read.pdf_scan", source=source))
    empty = [number for number, count in enumerate(letters, start=1) if count < _MIN_PAGE_CHARS]
    if empty:
        log.warning("%s: pages without text (scanned?): %s", source, ", ".join(map(str, empty)))
    return "\n".join(text.rstrip("\n") for text in pages)


def _describe(exc: Exception) -> str:
    """An exception from a parser library as one short line."""
    detail = " ".join(str(exc).split())
    if len(detail) > 160:
        detail = detail[:157] + "..."
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _html_text(html: str, source: str) -> str:
    text = main_text(html)
    if not text.strip():
        raise ReadError(M("read.html_empty", source=source))
    return text
