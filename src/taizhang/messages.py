"""The one catalogue of what taizhang says to people, in Chinese first and in English.

Every sentence a person reads (an error of the CLI, the API or a page, a CLI header or summary)
is a row of ``taizhang/data/messages.tsv``: a key, the error code it belongs to (blank for
text that is no error), the Chinese text and the English text, with ``{name}`` placeholders.

A raise site names the key, never the sentence::

    raise ReadError(M("read.missing", source=source))

:class:`Message` renders when it is shown, not when it is made, so the pure layers that raise
(``track``, ``text``) read no setting: the language is ``TAIZHANG_LANG`` (``zh``, the default,
or ``en``) at the moment an edge prints or returns the message. The catalogue is read once.

The words of a vocabulary (statuses, roles, measures, strengths, comparators, review states) are no
messages: ``taizhang.vocab`` keeps them with their Chinese and English in its data files, and its
``label()`` picks the language given here.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

__all__ = [
    "LANGUAGES",
    "Entry",
    "FieldName",
    "M",
    "Message",
    "catalogue",
    "field_label",
    "language",
    "pad",
    "text",
    "width",
]

LANGUAGES = ("zh", "en")
LANG_ENV_VAR = "TAIZHANG_LANG"


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the catalogue."""

    key: str
    code: str  # "E201", or "" for text that is no error
    zh: str
    en: str


@cache
def catalogue() -> Mapping[str, Entry]:
    """Every entry by key, read once from ``data/messages.tsv``."""
    raw = resources.files("taizhang.data").joinpath("messages.tsv").read_text(encoding="utf-8")
    entries: dict[str, Entry] = {}
    header_seen = False
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:  # the column names
            header_seen = True
            continue
        if len(fields) != 4:
            raise ValueError(f"messages.tsv:{number}: expected 4 tab-separated columns, found {len(fields)}")
        key, code, zh, en = fields
        if key in entries:
            raise ValueError(f"messages.tsv:{number}: key {key!r} is listed twice")
        entries[key] = Entry(key, code, zh.replace("\\n", "\n"), en.replace("\\n", "\n"))
    return MappingProxyType(entries)


def language() -> str:
    """The language of messages now: ``TAIZHANG_LANG`` if it is ``en``, otherwise Chinese."""
    value = os.environ.get(LANG_ENV_VAR, "").strip().lower()
    return "en" if value.startswith("en") else "zh"


def text(key: str, /, **params: Any) -> str:
    """The entry ``key`` in the current language, its placeholders filled from ``params``."""
    entry = catalogue()[key]
    template = entry.en if language() == "en" else entry.zh
    return template.format(**{name: str(value) for name, value in params.items()})


class Message:
    """A catalogue entry with its values, rendered in the language of the moment it is shown.

    It behaves as text where an exception or a template needs one (``str()``, ``format``);
    ``key`` and ``params`` stay for tests and for callers that list errors.
    """

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: Any) -> None:
        if key not in catalogue():
            raise KeyError(f"no message {key!r} in messages.tsv")
        self.key = key
        self.params = params

    @property
    def code(self) -> str:
        return catalogue()[self.key].code

    def __str__(self) -> str:
        return text(self.key, **self.params)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"M({self.key!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return str(self) == (str(other) if isinstance(other, str | Message) else other)

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, part: str) -> bool:
        return part in str(self)


M = Message


def width(value: str) -> int:
    """Columns ``value`` takes in a terminal: CJK wide and fullwidth characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in value)


def pad(value: str, columns: int, *, right: bool = False) -> str:
    """``value`` padded with spaces to ``columns`` terminal columns (numbers: ``right=True``)."""
    fill = " " * max(0, columns - width(value))
    return fill + value if right else value + fill


@cache
def _field_labels() -> Mapping[str, str]:
    raw = resources.files("taizhang.data").joinpath("fields.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#"))
    return MappingProxyType({row[0]: row[1] for row in rows if len(row) >= 2})


class FieldName:
    """How a message names a field: 「指标」（indicator） in Chinese, ``indicator`` in English."""

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        self.field = field

    def __str__(self) -> str:
        label = _field_labels().get(self.field)
        if language() == "en":
            return self.field
        return f"「{label}」（{self.field}）" if label else f"「{self.field}」"


def field_label(field: str) -> str:
    """The field's short name in the current language: 地区 / region (the field itself if unlisted)."""
    return field if language() == "en" else _field_labels().get(field, field)
