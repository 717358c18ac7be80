"""The year rule through an upload, the flag on the document's page, a reviewer setting the date (issue 12)."""

from urllib.parse import unquote

HTML = {"accept": "text/html"}
UNDATED = "蓬江区工作要点\n今年力争全区工业投资突破120亿元。\n"
DATED = "蓬江区工作要点\n发布时间：2023-02-01\n今年力争全区工业投资突破120亿元。\n"


def _upload(c, text, name, **data):
    files = {"file": (name, text.encode(), "text/plain")}
    r = c.write("POST", "/api/documents", files=files, data={"region": "蓬江区", **data})
    assert r.status_code == 201, r.text
    return r.json()


def _years(c, doc_id):
    return [t["year"] for t in c.get(f"/api/documents/{doc_id}").json()["target_list"]]


def test_an_upload_without_a_date_reads_the_text_date_like_extract_and_ingest(login):
    c = login("reviewer")
    body = _upload(c, DATED, "dated.txt")
    assert body["date"] == "2023-02-01" and "2023-02-01" in body["date_note"]
    doc = c.get(f"/api/documents/{body['document_id']}").json()
    assert (doc["date_source"], doc["date_guessed"]) == ("text", False)
    assert _years(c, body["document_id"]) == [2023]
    # the text's own date wins over the one typed in 发布日期, and the answer says so
    other = _upload(c, DATED.replace("要点", "要点（二）"), "dated2.txt", published="2025-01-15")
    assert other["date"] == "2023-02-01" and "2025-01-15" in other["date_note"]


def test_a_document_without_a_date_is_flagged_and_a_reviewer_sets_it(login):
    c = login("reviewer")
    body = _upload(c, UNDATED, "undated.txt")
    doc_id = body["document_id"]
    assert body["date"] is None and "年份未知" in body["date_note"]
    assert _years(c, doc_id) == [None]
    page = c.get(f"/documents/{doc_id}", headers=HTML).text
    assert 'id="date-guessed"' in page and "年份未定" in page
    r = c.post(
        f"/documents/{doc_id}/date",
        data={"csrf_token": c.csrf, "published": "2023-03-01"},
        headers=HTML,
        follow_redirects=False,
    )
    assert r.status_code == 303 and "发布日期已设为 2023-03-01" in unquote(r.headers["location"])
    assert _years(c, doc_id) == [2023]
    assert 'id="date-guessed"' not in c.get(f"/documents/{doc_id}", headers=HTML).text
    r = c.write("PUT", f"/api/documents/{doc_id}/date", json={"date": "2024-01-05"})
    assert r.status_code == 200 and r.json()["date"] == "2024-01-05"
    assert _years(c, doc_id) == [2024]


def test_only_a_reviewer_sets_a_date_and_a_bad_one_is_refused_in_chinese(login):
    reviewer = login("reviewer")
    doc_id = _upload(reviewer, UNDATED.replace("要点", "要点（三）"), "u3.txt")["document_id"]
    r = reviewer.write("PUT", f"/api/documents/{doc_id}/date", json={"date": "1900-01-01"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E201" and "发布日期" in r.json()["error"]["message"]
    assert reviewer.write("PUT", "/api/documents/999999/date", json={"date": "2023-01-01"}).status_code == 404
