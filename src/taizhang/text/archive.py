"""Limits for the zip archives taizhang opens (.docx documents, .xlsx progress sheets).

A .docx or .xlsx is a zip of XML parts, and a zip can hold far more than it weighs: 333 KB of
zipped ``<w:p/>`` is 3,000,000 paragraphs, which python-docx turns into 2 GB of objects. So before
a parser sees an archive, ``check_archive`` streams every member through the decompressor and
refuses it as soon as one limit is passed:

- the number of members;
- the decompressed bytes, counted as they come out of the decompressor (the sizes in the zip's
  headers are written by whoever made the file, so they are not trusted);
- the XML elements, counted as start tags (``<`` not followed by ``/``, ``?`` or ``!``) in every
  member. Markup characters inside comments, CDATA or a binary part count too, so the count is an
  upper bound; real office files hold few of those;
- any DTD (``<!DOCTYPE``, ``<!ENTITY``): office files never declare one, and entities can expand.

The limits are the named constants below, far above any real government document or sheet.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from taizhang.errors import ArchiveLimitError, ReadError
from taizhang.messages import M

__all__ = ["DOCX_LIMITS", "XLSX_LIMITS", "ArchiveLimits", "check_archive"]

_MB = 1024 * 1024
MAX_DOCX_MEMBERS = 10_000
MAX_DOCX_BYTES = 50 * _MB
MAX_DOCX_ELEMENTS = 1_000_000
MAX_XLSX_MEMBERS = 10_000
MAX_XLSX_BYTES = 256 * _MB
MAX_XLSX_ELEMENTS = 10_000_000

_CHUNK = 1 << 20
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
_TAIL = max(len(mark) for mark in _DTD_MARKS) - 1


@dataclass(frozen=True)
class ArchiveLimits:
    """The most an archive of one kind may hold (``kind`` names it in messages, e.g. ".docx")."""

    kind: str
    members: int
    decompressed_bytes: int
    elements: int


DOCX_LIMITS = ArchiveLimits(".docx", MAX_DOCX_MEMBERS, MAX_DOCX_BYTES, MAX_DOCX_ELEMENTS)
XLSX_LIMITS = ArchiveLimits(".xlsx", MAX_XLSX_MEMBERS, MAX_XLSX_BYTES, MAX_XLSX_ELEMENTS)


def check_archive(data: bytes, *, source: str, limits: ArchiveLimits) -> None:
    """Refuse the zip ``data`` if it passes one of ``limits``; ``source`` names it in the error.

    Raises ``ArchiveLimitError`` for a limit, ``ReadError`` for bytes that are not a readable zip.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ReadError(M("archive.not_zip", source=source, kind=limits.kind)) from None
    with archive:
        members = archive.infolist()
        if len(members) > limits.members:
            raise ArchiveLimitError(
                M("archive.members", source=source, count=len(members), kind=limits.kind, limit=limits.members)
            )
        counter = _Counter(source, limits)
        for member in members:
            if not member.is_dir():
                _stream(archive, member, counter, source, limits)


class _Counter:
    """Running totals over all members; raises as soon as one passes its limit."""

    def __init__(self, source: str, limits: ArchiveLimits) -> None:
        self.source, self.limits = source, limits
        self.bytes = 0
        self.elements = 0

    def add(self, size: int, elements: int) -> None:
        self.bytes += size
        self.elements += elements
        limits = self.limits
        if self.bytes > limits.decompressed_bytes:
            raise ArchiveLimitError(
                M("archive.bytes", source=self.source, mb=limits.decompressed_bytes // _MB, kind=limits.kind)
            )
        if self.elements > limits.elements:
            raise ArchiveLimitError(
                M("archive.elements", source=self.source, limit=f"{limits.elements:,}", kind=limits.kind)
            )


def _stream(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, counter: _Counter, source: str, limits: ArchiveLimits
) -> None:
    """Decompress one member chunk by chunk, counting bytes and start tags."""
    previous = b""  # the end of the last chunk, for a DTD mark split across two chunks
    pending = b""  # a "<" that ended the last chunk: what follows it decides whether it opens an element
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                window = previous + chunk
                if any(mark in window for mark in _DTD_MARKS):
                    raise ArchiveLimitError(M("archive.dtd", source=source, member=member.filename, kind=limits.kind))
                previous = window[-_TAIL:]
                text = pending + chunk
                pending = b"<" if text.endswith(b"<") else b""
                if pending:
                    text = text[:-1]
                # Every "<" opens a tag; "</", "<?" and "<!" open no element.
                others = text.count(b"</") + text.count(b"<?") + text.count(b"<!")
                counter.add(len(chunk), text.count(b"<") - others)
    except ArchiveLimitError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression method.
        raise ReadError(
            M("archive.corrupt", source=source, kind=limits.kind, member=member.filename, reason=exc)
        ) from None
