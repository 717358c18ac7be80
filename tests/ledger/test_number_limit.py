"""A document with more numbers than any plan holds is refused before extraction (E107)."""

from __future__ import annotations

import pytest

from taizhang.errors import TooManyNumbersError
from taizhang.ledger import documents
from taizhang.ledger.documents import prepare_document


def test_a_document_over_the_number_limit_is_refused_before_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_NUMBERS", 50)
    calls: list[str] = []

    def extractor(text: str, **_: object) -> list[object]:
        calls.append(text)
        return []

    with pytest.raises(TooManyNumbersError) as refused:
        prepare_document("力争增长6%\n" * 51, source="r.txt", extractor=extractor)  # type: ignore[arg-type]
    assert refused.value.code == "E107"
    assert "r.txt" in refused.value.message and "51" in refused.value.message
    assert calls == []


def test_a_document_at_the_limit_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_NUMBERS", 50)
    prepared = prepare_document("力争增长6%\n" * 50, source="r.txt", commitment_extractor=lambda *a, **k: [])
    assert prepared.readings
