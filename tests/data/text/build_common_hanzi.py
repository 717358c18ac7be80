"""Build ``src/taizhang/data/common_hanzi.tsv``: the most common Chinese characters.

The list feeds the plausibility score that ``taizhang.text.decode`` uses to tell a GB18030
text from a Big5 one when the bytes decode strictly in both (garbage decodes are full of
rare characters, real text is not).

Source: the word list ``dict.txt`` shipped in jieba 0.42.1 (MIT licence), lines of
``word frequency tag``. A character's frequency is the sum of the frequencies of the words it
occurs in. The 2000 most frequent CJK Unified Ideographs (U+4E00-U+9FFF) are kept, and for each
its Traditional forms from OpenCC 1.4.2's ``s2t``, ``s2tw`` and ``s2hk`` conversions.

Run from the repository root with the test extra installed::

    .venv/bin/python tests/data/text/build_common_hanzi.py

``tests/text/test_text_decode.py`` checks that the committed file equals a fresh build.
"""

from __future__ import annotations

import collections
from pathlib import Path

TOP_N = 2000
OUTPUT = Path(__file__).resolve().parents[3] / "src" / "taizhang" / "data" / "common_hanzi.tsv"

HEADER = f"""\
# The {TOP_N} most common Simplified Chinese characters and their Traditional forms.
# Used by taizhang.text.decode to score how plausible a decoded text is (GB18030 vs Big5).
# Built by tests/data/text/build_common_hanzi.py; do not edit by hand.
# Source: character frequency = sum of the frequencies of the words containing the character in
# jieba 0.42.1's dict.txt (MIT licence); Traditional forms from OpenCC 1.4.2 (s2t, s2tw, s2hk).
# Columns: rank (1 = most common), simplified character, its Traditional forms (may be the same).
"""


def _jieba_dict() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


def build() -> str:
    """Return the file's text."""
    import opencc

    freq: collections.Counter[str] = collections.Counter()
    with _jieba_dict().open(encoding="utf-8") as lines:
        for line in lines:
            word, count, *_ = line.split()
            for char in word:
                if "\u4e00" <= char <= "\u9fff":
                    freq[char] += int(count)
    # Sort by frequency, then by code point, so ties never depend on dict order.
    ranked = sorted(freq.items(), key=lambda item: (-item[1], item[0]))[:TOP_N]
    converters = [opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk")]
    rows = [HEADER]
    for rank, (char, _count) in enumerate(ranked, start=1):
        forms = sorted({conv.convert(char) for conv in converters} - {""})
        forms = [form for form in forms if len(form) == 1]
        rows.append(f"{rank}\t{char}\t{''.join(forms)}\n")
    return "".join(rows)


if __name__ == "__main__":
    OUTPUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUTPUT}")
