"""The import API answers with a summary of the untracked rows, not a list of them (issue 13)."""

from __future__ import annotations

from tests.ledger.test_untracked import big_sheet


def test_import_response_counts_untracked_rows_and_shows_ten(login):
    r = login("admin").write(
        "POST", "/api/progress/import", files={"file": ("big.csv", big_sheet().encode(), "text/csv")}
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert "untracked" not in body
    assert body["rows"] == 1002 and body["untracked_count"] == body["rows"] - body["matched"]
    summary = {item["reason"]: item["count"] for item in body["untracked_summary"]}
    assert sum(summary.values()) == body["untracked_count"] and summary["no_target"] >= 400
    assert all(item["label"] for item in body["untracked_summary"])
    examples = body["untracked_examples"]
    assert len(examples) == 10 and [e["row"] for e in examples] == sorted(e["row"] for e in examples)
    assert all(e["reason"] in summary for e in examples)
    assert len(r.content) < 5_000
