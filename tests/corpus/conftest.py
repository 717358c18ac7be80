"""A small corpus for the corpus tests: documents of the real annotated set, some as .docx, laid out
as a researcher's folders would be (year/province/region), plus files that are no documents."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
# Enough documents for several batches per worker, few enough to keep the tests quick.
DOCUMENTS = 24
AS_DOCX = 4


def build_corpus(root: Path, count: int = DOCUMENTS) -> Path:
    """``root/<year>/<folder>.txt`` for the first ``count`` real documents; every sixth one a .docx."""
    folders = sorted(p.parent for p in REAL.glob("*/meta.json"))[:count]
    for i, folder in enumerate(folders):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        text = (folder / "doc.txt").read_text(encoding=meta.get("encoding", "utf-8"))
        where = root / meta["date"][:4]
        where.mkdir(parents=True, exist_ok=True)
        if i % (count // AS_DOCX) == 0:
            document = docx.Document()
            for line in text.splitlines():
                document.add_paragraph(line)
            document.save(str(where / f"{folder.name}.docx"))
        else:
            (where / f"{folder.name}.txt").write_text(text, encoding="utf-8")
    (root / "README.md").write_text("not a document", encoding="utf-8")
    (root / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("corpus"))
