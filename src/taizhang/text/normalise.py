"""Normalise a decoded text for matching, keeping every character at its place.

``normalise(text)`` has exactly ``len(text)`` characters, so an offset found in the normalised
text is the same offset in the decoded text (where target spans are reported). It folds:

- full-width ASCII forms U+FF01-U+FF5E to ASCII: ``７％`` -> ``7%``, ``，`` -> ``,``, ``（`` -> ``(``;
- the ideographic space U+3000 to a space;
- Traditional characters to Simplified with OpenCC's ``t2s`` (``億`` -> ``亿``, ``噸`` -> ``吨``).

Chinese numerals are left as they are (``〇``, ``二十``, ``三``): reading them is a later stage.
OpenCC converts phrase by phrase and could in principle turn a phrase into one of another
length; where that happens, that stretch is converted character by character instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["normalise", "own_words", "to_simplified"]

Converter = Callable[[str], str]

_WIDTH_FOLD: dict[int, int] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD[0x3000] = 0x20

# Lines, then clauses within a line, are the stretches tried whole before falling back to
# single characters (OpenCC's phrases never cross punctuation or white space).
_CLAUSE = re.compile(r"[^\s,.;:!?、。]+|[\s,.;:!?、。]+")

# A few characters convert in a chain (薴 -> 苧 -> 苎): converting again until nothing changes keeps
# normalise idempotent. Real texts settle after one extra pass.
_MAX_PASSES = 4


def normalise(text: str) -> str:
    """Fold full-width forms and Traditional characters; the result has ``len(text)`` characters."""
    return to_simplified(text.translate(_WIDTH_FOLD))


def own_words(text: str, norm: str, phrase: str, lo: int, hi: int, back: dict[str, str]) -> str:
    """``phrase`` (read in ``norm``) in the document's own characters.

    Taken from where it stands in ``norm[lo:hi]`` when it stands there whole, so a Simplified
    phrase of a mixed text stays Simplified (工业投资 beside 就業崗位); else mapped character by
    character through ``back`` (normalised character → the document's).
    """
    if not back or not phrase:  # nothing was changed by normalising (``back`` is empty)
        return phrase
    at = norm.rfind(phrase, lo, hi)
    if at >= 0:
        return text[at : at + len(phrase)]
    return "".join(back.get(ch, ch) for ch in phrase)


def to_simplified(text: str, convert: Converter | None = None) -> str:
    """Traditional -> Simplified with the same length as ``text``.

    ``convert`` is OpenCC's ``t2s`` unless given (tests pass one that changes lengths).
    """
    convert = convert or _t2s()
    for _ in range(_MAX_PASSES):
        converted = _same_length(text, convert)
        if converted == text:
            break
        text = converted
    return text


def _same_length(text: str, convert: Converter) -> str:
    """Convert the whole text; where the length changes, convert line by line, then clause by
    clause, then character by character, keeping a character whose conversion is not one char."""
    whole = _try_convert(text, convert)
    if whole is not None and len(whole) == len(text):
        return whole
    return "".join(_by_lines(line, convert) for line in text.splitlines(keepends=True))


def _by_lines(line: str, convert: Converter) -> str:
    whole = _try_convert(line, convert)
    if whole is not None and len(whole) == len(line):
        return whole
    return "".join(_by_clauses(match.group(), convert) for match in _CLAUSE.finditer(line))


def _by_clauses(clause: str, convert: Converter) -> str:
    whole = _try_convert(clause, convert)
    if whole is not None and len(whole) == len(clause):
        return whole
    out = []
    for char in clause:
        single = _try_convert(char, convert)
        out.append(single if single is not None and len(single) == 1 else char)
    return "".join(out)


def _try_convert(text: str, convert: Converter) -> str | None:
    """``convert(text)``, or ``None`` for text OpenCC cannot take (lone surrogates are not UTF-8)."""
    try:
        return convert(text)
    except UnicodeEncodeError:
        return None


@functools.lru_cache(maxsize=1)
def _t2s() -> Converter:
    """OpenCC's ``t2s`` converter, built on first use (loading its dictionaries takes a moment)."""
    import opencc

    converter: Converter = opencc.OpenCC("t2s").convert
    return converter
