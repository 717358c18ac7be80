"""The data tables keep their promises: a header naming the columns and the source, every word list
documented, and no word lists back in the code of extract/ and track/ (issue 8)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "taizhang"
DATA = PACKAGE / "data"
TABLES = sorted(DATA.glob("*.tsv"))
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Files of "word  role/list  [value]" rows: each role or list must be explained in the header.
WORD_FILES = {"context.tsv": 1, "indicator_words.tsv": 1, "region_words.tsv": 1}
# A literal tuple, list, set or dict with this many Chinese words is a word list: it belongs in data/.
WORD_LIST_SIZE = 5


def _header(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.startswith("#")]


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_table_names_its_columns_and_source(path: Path) -> None:
    header = "\n".join(_header(path))
    assert re.search(r"^# *Columns\b", header, re.M), f"{path.name}: no '# Columns' line"
    assert re.search(r"source|built by", header, re.I), f"{path.name}: the header does not say where it comes from"


@pytest.mark.parametrize(("name", "column"), WORD_FILES.items())
def test_every_word_list_is_explained_in_its_header(name: str, column: int) -> None:
    path = DATA / name
    header = "\n".join(_header(path))
    lists = {
        line.split("\t")[column]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert lists
    missing = sorted(x for x in lists if not re.search(rf"^#\s+(?:list = )?{re.escape(x)}\s", header, re.M))
    assert missing == [], f"{name}: lists used but not explained in the header: {missing}"


def _word_lists(source: str, where: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            words = [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if sum(1 for w in words if CJK.search(w)) >= WORD_LIST_SIZE:
                found.append(f"{where}:{node.lineno}")
    return found


@pytest.mark.parametrize("layer", ["extract", "track"])
def test_no_word_list_is_written_in_code(layer: str) -> None:
    found = [
        hit
        for path in sorted((PACKAGE / layer).glob("*.py"))
        for hit in _word_lists(path.read_text(encoding="utf-8"), f"{layer}/{path.name}")
    ]
    assert found == [], f"word lists in code (move them to a data file): {found}"


def test_the_word_list_finder_finds_one() -> None:
    code = (
        'WORDS = ("需", "仍需", "必须", "下半年", "四季度")\n'
        'PARTICLES = ("的", "了")\n'
        'PATTERN = "需|仍需|必须|下半年|四季度"\n'
    )
    assert _word_lists(code, "sample.py") == ["sample.py:1"]
