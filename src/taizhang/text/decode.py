"""Turn the bytes of a text document into ``str``, guessing the encoding when asked to.

Chinese government texts come as UTF-8, GB18030 (or its subsets GBK and GB2312) and, from Hong
Kong, Macao and Taiwan or older systems, Big5. The guess, in order:

1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. binary data is refused (NUL bytes outside UTF-16, or many control bytes);
3. strict UTF-8; when the whole is not UTF-8 but some lines are (Chinese text valid as UTF-8 beside
   lines that are not), the file mixes encodings, say a UTF-8 sheet with rows pasted from a GBK
   one: it is refused naming both lines, since no single codec decodes it right;
4. strict GB18030 and strict Big5 (``big5``, then ``cp950``, then ``big5hkscs``). Big5 bytes nearly
   always decode as GB18030 too, into nonsense, and short GB texts sometimes decode as Big5, so when
   both succeed the one whose characters are more often among the most common Chinese characters
   wins (ties go to GB18030, the mainland's standard);
5. charset-normalizer, only when none of the above decodes.

An explicit encoding is used strictly: a byte it cannot decode is an error naming the offset.
"""

from __future__ import annotations

import codecs
import collections
import functools
import logging
import re
from dataclasses import dataclass
from importlib import resources

from taizhang.errors import DecodeError, InputError, MixedEncodingError, ReadError
from taizhang.messages import M, Message

__all__ = ["Decoded", "decode_bytes", "looks_binary", "plausibility", "text_codec"]

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BIG5_CODECS = ("big5", "cp950", "big5hkscs")

# Bytes that never occur in a text file in any of the encodings guessed here: C0 controls other
# than tab, newline, vertical tab, form feed and carriage return, and DEL. (GB18030 and Big5 trail
# bytes are all >= 0x30, UTF-8 continuation bytes >= 0x80, so a control byte is a control char.)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = frozenset(chr(b) for b in _CONTROL_BYTES)
_MAX_CONTROL_SHARE = 0.05
_BINARY_SAMPLE = 1 << 20

# Plausibility is scored on a sample: enough to be sure, cheap on a 50 MB file.
_SCORE_SAMPLE = 200_000
_LOW_PLAUSIBILITY = 0.5
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Decoded:
    """A decoded text and the codec that decoded it (a Python codec name, e.g. ``gb18030``)."""

    text: str
    encoding: str


def decode_bytes(data: bytes, *, encoding: str = "auto", source: str = "<stdin>") -> Decoded:
    """Decode ``data``; ``encoding="auto"`` guesses (see the module docstring).

    Raises ``ReadError`` for binary data, ``DecodeError`` when the bytes do not decode (naming
    ``source``, the encoding and the byte offset), ``InputError`` for an unknown encoding name.
    """
    if encoding.strip().lower() == "auto":
        return _decode_auto(data, source)
    return _decode_explicit(data, encoding, source)


def looks_binary(data: bytes) -> Message | None:
    """Why ``data`` (not UTF-16/32) looks like a binary file, or ``None`` if it looks like text."""
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return M("decode.binary_nul_bytes")
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls / len(sample) > _MAX_CONTROL_SHARE:
            return M("decode.binary_control_bytes", count=controls, sample=len(sample))
    return None


def text_codec(label: str) -> str | None:
    """Python's name for the text encoding ``label`` (``GBK`` -> ``gbk``), or ``None`` when it names
    no codec or a bytes-to-bytes one (``base64``, ``zlib``), which cannot decode a document."""
    try:
        info = codecs.lookup(label.strip())
    except LookupError:
        return None
    # CodecInfo marks base64, zlib, rot13 ... as not text encodings (bytes.decode refuses them).
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters (in a sample) that a Chinese text is likely to hold.

    Counted as likely: the ~2,700 most common Simplified and Traditional characters (see
    ``taizhang/data/common_hanzi.tsv``) and CJK, full-width and general punctuation. The sample
    starts at the first non-ASCII character; a text without one scores 1.0. A right decode of real
    Chinese prose scores above 0.9; a Big5 text decoded as GB18030 scores around 0.1.
    """
    first = _NON_ASCII.search(text)
    if first is None:
        return 1.0
    counts = collections.Counter(text[first.start() : first.start() + _SCORE_SAMPLE])
    common = _common_hanzi()
    total = likely = 0
    for char, count in counts.items():
        if char < "\x80":
            continue
        total += count
        if char in common or _is_punctuation(char):
            likely += count
    return 1.0 if total == 0 else likely / total


def _decode_explicit(data: bytes, encoding: str, source: str) -> Decoded:
    name = text_codec(encoding)
    if name is None:
        raise InputError(M("decode.unknown_encoding", encoding=encoding, source=source))
    skip = 0
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        skip = len(codecs.BOM_UTF8)
    wide = name.startswith(("utf-16", "utf-32"))
    if not wide:
        _refuse_binary(data, source)
    text = _strict(data, name, source, skip)
    if wide:
        _refuse_binary_text(text, source)
    return Decoded(text, name)


def _decode_auto(data: bytes, source: str) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data, name, source, len(bom))
            if not name.startswith("utf-8"):
                _refuse_binary_text(text, source)
            return Decoded(text, "utf-8-sig" if name == "utf-8" else name)

    if b"\x00" in data[:_BINARY_SAMPLE]:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
    _refuse_binary(data, source)

    failures: list[str] = []
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        failures.append(f"UTF-8 (byte {exc.start})")
        _refuse_mixed(data, source)

    candidates: list[Decoded] = []
    try:
        candidates.append(Decoded(data.decode("gb18030"), "gb18030"))
    except UnicodeDecodeError as exc:
        failures.append(f"GB18030 (byte {exc.start})")
    big5_error: UnicodeDecodeError | None = None
    for name in _BIG5_CODECS:
        try:
            candidates.append(Decoded(data.decode(name), name))
            break
        except UnicodeDecodeError as exc:
            big5_error = big5_error or exc
    else:
        assert big5_error is not None
        failures.append(f"Big5 (byte {big5_error.start})")

    if candidates:
        # max() keeps the first of equal scores, and GB18030 comes first.
        scored = [(plausibility(c.text), c) for c in candidates]
        score, best = max(scored, key=lambda pair: pair[0])
        if score < _LOW_PLAUSIBILITY:
            log.warning(
                "%s: decoded as %s, but the text looks unlike Chinese (score %.2f)",
                source,
                best.encoding,
                score,
            )
        return best

    guessed = _charset_normalizer_guess(data)
    if guessed is not None:
        log.info("%s: not UTF-8, GB18030 or Big5; charset-normalizer says %s", source, guessed.encoding)
        return guessed
    raise DecodeError(M("decode.none", source=source, tried=", ".join(failures)))


def _strict(data: bytes, name: str, source: str, skip: int) -> str:
    """Decode ``data[skip:]`` strictly; the error names ``source``, the codec and the byte offset."""
    try:
        return data[skip:].decode(name)
    except UnicodeDecodeError as exc:
        bad = data[skip + exc.start : skip + min(exc.end, exc.start + 4)]
        raise DecodeError(
            M(
                "decode.bad_byte",
                source=source,
                encoding=name,
                offset=skip + exc.start,
                bytes=bad.hex(" "),
                reason=exc.reason,
            )
        ) from None
    except (UnicodeError, LookupError) as exc:  # codecs such as idna fail without an offset
        raise DecodeError(M("decode.cannot", source=source, encoding=name, reason=exc)) from None


def _refuse_mixed(data: bytes, source: str) -> None:
    """Refuse bytes (not valid UTF-8 as a whole) with lines in UTF-8 and lines in another encoding.

    A line counts as UTF-8 when it decodes as UTF-8 into plausible Chinese: GB18030 and Big5 bytes
    of more than a character or two almost never form valid UTF-8, and never plausible Chinese.
    """
    first_utf8 = first_other = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            first_other = first_other or number
        else:
            if not first_utf8 and _CJK.search(text) and plausibility(text) >= _LOW_PLAUSIBILITY:
                first_utf8 = number
        if first_utf8 and first_other:
            raise MixedEncodingError(M("decode.mixed", source=source, other=first_other, utf8=first_utf8))


def _refuse_binary(data: bytes, source: str) -> None:
    reason = looks_binary(data)
    if reason is not None:
        raise ReadError(M("decode.binary", source=source, reason=reason))


def _refuse_binary_text(text: str, source: str) -> None:
    """The check of ``looks_binary`` on decoded text, for UTF-16/32 where NUL bytes are normal."""
    sample = text[:_BINARY_SAMPLE]
    if "\x00" in sample:
        raise ReadError(M("decode.binary_nul", source=source))
    controls = sum(count for char, count in collections.Counter(sample).items() if char in _CONTROL_CHARS)
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise ReadError(M("decode.binary_controls", source=source, count=controls))


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte order mark, recognised by its NUL bytes.

    ASCII characters put a NUL at every odd offset (LE) or even offset (BE); a few CJK characters
    (U+4E00, U+5000, ...) put one on the other side. The decode must hold no control character.
    """
    if len(data) % 2:
        return None
    sample = data[:_BINARY_SAMPLE]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= 4 * even_nuls:
        name = "utf-16-le"
    elif even_nuls >= 4 * odd_nuls:
        name = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    sample_text = text[:_BINARY_SAMPLE]
    if not _CONTROL_CHARS.isdisjoint(sample_text):
        return None
    return Decoded(text, name)


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    """charset-normalizer's best guess, decoded strictly; never UTF-16/32 (it guesses those wrongly)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):
        return None
    name = codecs.lookup(best.encoding).name
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    return Decoded(text, name)


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    return (
        0x2010 <= code <= 0x206F  # general punctuation: — … “ ” ‘ ’
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation: 、 。 《 》 〇
        or 0xFF01 <= code <= 0xFF65  # full-width ASCII and half-width CJK punctuation
        or code == 0x00B7  # middle dot
    )


@functools.lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The characters of ``taizhang/data/common_hanzi.tsv`` (loaded on first use)."""
    table = resources.files("taizhang.data").joinpath("common_hanzi.tsv").read_text(encoding="utf-8")
    chars: set[str] = set()
    for line in table.splitlines():
        if not line or line.startswith("#"):
            continue
        _rank, simplified, traditional = line.split("\t")
        chars.update(simplified, traditional)
    return frozenset(chars)
