"""Count Chinese string literals in the code of extract/ and track/ (issue 8).

A literal counts when it is a string constant with at least one CJK character and is not a
docstring (of a module, class, function or attribute); f-string pieces count as one literal each.
Messages and reasons count too: the figure is an upper bound on the vocabulary left in code.
The second column counts the Chinese words inside those literals (runs of CJK characters, so a
regex ``"到|达到"`` counts 2).

Usage: python scripts/count_word_literals.py [DIR_OR_MODULE ...]
(default: src/taizhang/extract src/taizhang/track)
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
DEFAULT = ("src/taizhang/extract", "src/taizhang/track")


def _docstring_nodes(tree: ast.AST) -> set[int]:
    """The ids of the string constants that are docstrings: of a module, class or function, or of an
    attribute (a bare string statement after an assignment)."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }


def count(path: Path) -> tuple[int, int]:
    """(literals, words) with Chinese characters in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_nodes(tree)
    literals = words = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            runs = CJK.findall(node.value)
            if runs:
                literals += 1
                words += len(runs)
    return literals, words


def main(argv: list[str]) -> int:
    total_literals = total_words = 0
    print(f"{'module':45} {'literals':>8} {'words':>6}")
    for folder in argv or DEFAULT:
        root = Path(folder)
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            literals, words = count(path)
            total_literals += literals
            total_words += words
            if literals:
                print(f"{path!s:45} {literals:8} {words:6}")
    print(f"{'total':45} {total_literals:8} {total_words:6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
