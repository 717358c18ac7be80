"""The product's vocabularies, each written once in a data file: status lights, user roles, labels.

``data/statuses.tsv`` lists every status with its Chinese label, page colour and 台账 fill;
``data/roles.tsv`` every role with its label and what it may do. Everything that shows a status or
checks a role derives from here: ``track.status.STATUSES``, the 台账's labels and fills
(``ledger.export``), the pages' filters and order (``web.pages.filters``), the API's enums
(``web.schemas``), the CLI's choices, ``ledger.users.ROLES`` and ``web.security.Principal``.
Adding a status or a role is a row in a data file (and, for a status, a CSS rule in app.css and
the rule that gives it); ``tests/web/test_vocab.py`` checks every surface against the files.
``data/labels.tsv`` gives the words shown for measures, strengths, comparators, review states and
commitment marks. Each file has the Chinese label and an ``en`` column: :func:`label` and :func:`labels`
give the one of the language of messages (``TAIZHANG_LANG``, :func:`taizhang.messages.language`), read
when shown; the ``*_LABELS`` mappings are the Chinese ones (the 台账 and the pages are Chinese).

Pure: no I/O beyond reading the package's files, once, when this module is first imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from taizhang.data import data_rows
from taizhang.messages import language

__all__ = [
    "ASSIGNABLE_ROLES",
    "LABELS",
    "REVIEW_STATES",
    "ROLES",
    "ROLE_LABELS",
    "ROLE_WORDS",
    "STATUSES",
    "STATUS_FILLS",
    "STATUS_LABELS",
    "STATUS_PAGE_ORDER",
    "STATUS_WORDS",
    "RoleWord",
    "StatusWord",
    "label",
    "labels",
    "parse_roles",
    "parse_statuses",
]

_ID = re.compile(r"[a-z][a-z_]*")
_COLOUR = re.compile(r"#[0-9a-f]{6}")
_FILL = re.compile(r"[0-9A-F]{6}")
_YES_NO = {"yes": True, "no": False}
_REPORT = ("all", "own", "no")


@dataclass(frozen=True, slots=True)
class StatusWord:
    """One row of statuses.tsv."""

    name: str
    label: str
    en: str
    colour: str
    fill: str | None
    page_order: int
    meaning: str


@dataclass(frozen=True, slots=True)
class RoleWord:
    """One row of roles.tsv."""

    name: str
    label: str
    en: str
    assignable: bool
    review: bool
    report: str
    """``all`` regions, only the user's ``own``, or ``no``."""
    audit: bool
    manage: bool
    meaning: str


def _checked(rows: Iterable[list[str]], source: str, columns: int) -> Iterable[tuple[str, list[str]]]:
    names: set[str] = set()
    for n, row in enumerate(rows, start=1):
        where = f"{source} row {n}"
        if len(row) != columns:
            raise ValueError(f"{where}: expected {columns} tab-separated columns, found {len(row)}")
        if not _ID.fullmatch(row[0]) or row[0] in names:
            raise ValueError(f"{where}: {row[0]!r} is no new lower-case id")
        if not row[1].strip() or not row[2].strip():
            raise ValueError(f"{where}: {row[0]} has no label")
        names.add(row[0])
        yield where, row


def _flag(where: str, value: str) -> bool:
    if value not in _YES_NO:
        raise ValueError(f"{where}: {value!r} is not yes or no")
    return _YES_NO[value]


def parse_statuses(rows: Iterable[list[str]], source: str = "statuses.tsv") -> tuple[StatusWord, ...]:
    """The rows of statuses.tsv, checked; a bad row raises ``ValueError`` naming it."""
    out = []
    for where, (name, label, en, colour, fill, order, meaning) in _checked(rows, source, 7):
        if not _COLOUR.fullmatch(colour):
            raise ValueError(f"{where}: colour {colour!r} is not #rrggbb")
        if fill != "-" and not _FILL.fullmatch(fill):
            raise ValueError(f"{where}: fill {fill!r} is not RRGGBB or -")
        if not order.isdigit():
            raise ValueError(f"{where}: page_order {order!r} is not a number")
        out.append(StatusWord(name, label, en, colour, None if fill == "-" else fill, int(order), meaning))
    if sorted(w.page_order for w in out) != list(range(1, len(out) + 1)):
        raise ValueError(f"{source}: page_order must number the statuses 1 to {len(out)}")
    return tuple(out)


def parse_roles(rows: Iterable[list[str]], source: str = "roles.tsv") -> tuple[RoleWord, ...]:
    """The rows of roles.tsv, checked; a bad row raises ``ValueError`` naming it."""
    out = []
    for where, (name, label, en, assignable, review, report, audit, manage, meaning) in _checked(rows, source, 9):
        if report not in _REPORT:
            raise ValueError(f"{where}: report {report!r} is not one of {', '.join(_REPORT)}")
        flags = [_flag(where, v) for v in (assignable, review, audit, manage)]
        out.append(RoleWord(name, label, en, flags[0], flags[1], report, flags[2], flags[3], meaning))
    return tuple(out)


STATUS_WORDS: Final[Mapping[str, StatusWord]] = MappingProxyType(
    {w.name: w for w in parse_statuses(data_rows("statuses.tsv"))}
)
STATUSES: Final[tuple[str, ...]] = tuple(STATUS_WORDS)
"""Every status, in the order of the file (the 台账 summary's columns)."""
STATUS_LABELS: Final[Mapping[str, str]] = MappingProxyType({w.name: w.label for w in STATUS_WORDS.values()})
STATUS_FILLS: Final[Mapping[str, str]] = MappingProxyType(
    {w.name: w.fill for w in STATUS_WORDS.values() if w.fill is not None}
)
STATUS_PAGE_ORDER: Final[tuple[str, ...]] = tuple(sorted(STATUSES, key=lambda s: STATUS_WORDS[s].page_order))

ROLE_WORDS: Final[Mapping[str, RoleWord]] = MappingProxyType({w.name: w for w in parse_roles(data_rows("roles.tsv"))})
ROLES: Final[tuple[str, ...]] = tuple(ROLE_WORDS)
"""Every role a request can have, ``public`` included."""
ASSIGNABLE_ROLES: Final[tuple[str, ...]] = tuple(r for r, w in ROLE_WORDS.items() if w.assignable)
"""The roles a user can be given."""
ROLE_LABELS: Final[Mapping[str, str]] = MappingProxyType({w.name: w.label for w in ROLE_WORDS.values()})


def _labels() -> dict[str, Mapping[str, Mapping[str, str]]]:
    """Language (zh, en) → vocabulary → code → the word shown."""
    out: dict[str, dict[str, dict[str, str]]] = {"zh": {}, "en": {}}
    for n, row in enumerate(data_rows("labels.tsv"), start=1):
        if len(row) != 4 or not all(row):
            raise ValueError(f"labels.tsv row {n}: expected vocabulary, code, label and en, found {row!r}")
        out["zh"].setdefault(row[0], {})[row[1]] = row[2]
        out["en"].setdefault(row[0], {})[row[1]] = row[3]
    return {lang: MappingProxyType({k: MappingProxyType(v) for k, v in vocabs.items()}) for lang, vocabs in out.items()}


_LABELS_BY_LANGUAGE: Final = _labels()
LABELS: Final[Mapping[str, Mapping[str, str]]] = _LABELS_BY_LANGUAGE["zh"]
"""vocabulary (measure, strength, comparator, state, commitment) → code → the Chinese word shown."""
REVIEW_STATES: Final[tuple[str, ...]] = tuple(LABELS["state"])
"""The review states of a target: proposed, confirmed, rejected, merged (a commitment has all but merged)."""


def labels(vocabulary: str) -> Mapping[str, str]:
    """The words of ``vocabulary`` (status, role, or one of labels.tsv) in the language of messages now."""
    english = language() == "en"
    if vocabulary == "status":
        return {w.name: w.en if english else w.label for w in STATUS_WORDS.values()}
    if vocabulary == "role":
        return {w.name: w.en if english else w.label for w in ROLE_WORDS.values()}
    return _LABELS_BY_LANGUAGE["en" if english else "zh"][vocabulary]


def label(vocabulary: str, code: str | None) -> str:
    """The word for ``code`` in ``vocabulary`` in the language of messages ("" for None; an unlisted code as it is)."""
    if code is None:
        return ""
    return labels(vocabulary).get(code, code)
