"""Reading an uploaded file: a known suffix, a bounded size, a plain base name."""

from __future__ import annotations

import re
from pathlib import PurePath

from fastapi import UploadFile

from taizhang.errors import UnsupportedFormatError
from taizhang.messages import M
from taizhang.web.errors import TooLargeError

__all__ = ["read_upload"]

CHUNK = 1 << 16


async def read_upload(upload: UploadFile, *, suffixes: tuple[str, ...], limit: int) -> tuple[str, bytes]:
    """(a safe file name, the bytes) of ``upload``; refuses other suffixes and files over ``limit``."""
    raw_name = PurePath((upload.filename or "upload").replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f/]", "_", raw_name)[-200:] or "upload"
    suffix = PurePath(name).suffix.lower()
    if suffix not in suffixes:
        raise UnsupportedFormatError(M("web.upload_suffix", source=name, suffixes=" ".join(suffixes)))
    chunks, size = [], 0
    while chunk := await upload.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise TooLargeError(M("web.upload_large", source=name, limit=limit // 1024))
        chunks.append(chunk)
    return name, b"".join(chunks)
