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


def test_an_extracted_value_outside_the_value_rule_is_not_stored(caplog: pytest.LogCaptureFixture) -> None:
    from dataclasses import replace
    from decimal import Decimal

    from taizhang import extract_targets

    text = "2024年，力争工业投资突破100亿元，地区生产总值增长6%。"
    found = extract_targets(text, region="台山市", date="2024-01-01")
    huge = [replace(found[0], value=Decimal("1e30")), found[1]]  # an extractor gone wrong

    prepared = prepare_document(
        text, source="r.txt", extractor=lambda *a, **k: huge, commitment_extractor=lambda *a, **k: []
    )
    assert [r.value_text for r in prepared.readings] == ["6%"]
    assert "未存入台账" in caplog.text
