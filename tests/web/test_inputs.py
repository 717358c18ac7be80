"""Bad input through the API and the pages, on SQLite and PostgreSQL (issue 13): NUL and over-long
text (E204), unknown regions (E202), periods outside 1949–2100 (E205), ids beyond int4 (404 E302).
Each answers a 4xx in the one error shape with a Chinese message naming the field, and writes nothing."""

import io
from datetime import datetime

import pytest

from .conftest import audit_actions, target_id

HTML = {"accept": "text/html"}
HUGE = 99999999999999999999


def error_of(response, status, code):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code, error
    return error


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"indicator": "指" * 201}, "E204", "indicator"),
        ({"indicator": "指" * 50_000}, "E204", "indicator"),  # 150 KB: under the body limit
        ({"region": "区" * 101}, "E204", "region"),
        ({"unit": "元" * 21}, "E204", "unit"),
        ({"qualifier": "规模以上\x00"}, "E204", "qualifier"),
        ({"region": "火星市"}, "E202", "region"),
    ],
    ids=["indicator-201", "indicator-50k", "region-101", "unit-21", "nul", "unknown-region"],
)
def test_patch_refuses_bad_text_and_unknown_regions(login, web_ledger, changes, code, field):
    tid = target_id(web_ledger, "440703")
    c = login("reviewer")
    error = error_of(c.write("PATCH", f"/api/targets/{tid}", json=changes), 422, code)
    assert f"（{field}）" in error["message"]
    assert c.get(f"/api/targets/{tid}").json()["edited"] == []
    assert audit_actions(web_ledger, "edit") == []


def test_patch_with_a_known_region_sets_its_code(login, web_ledger):
    tid = target_id(web_ledger, "440703")
    r = login("reviewer").write("PATCH", f"/api/targets/{tid}", json={"region": "台山市"})
    assert r.status_code == 200 and (r.json()["region"], r.json()["region_code"]) == ("台山市", "440781")


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        ({"period": "0000-01"}, "E205", "period"),
        ({"period": "9999-12"}, "E205", "period"),
        ({"source_text": "注" * 2001}, "E204", "source_text"),
        ({"source_text": "十月\x00"}, "E204", "source_text"),
        ({"unit": "元" * 21}, "E204", "unit"),
    ],
    ids=["0000-01", "9999-12", "source-2001", "source-nul", "unit-21"],
)
def test_progress_post_refuses_bad_periods_and_text(login, web_ledger, body, code, field):
    tid = target_id(web_ledger, "440703")
    before = len(audit_actions(web_ledger, "add"))
    r = login("pengjiang").write(
        "POST", "/api/progress", json={"target_id": tid, "period": "2023-10", "value": "1", **body}
    )
    assert f"（{field}）" in error_of(r, 422, code)["message"]
    assert len(audit_actions(web_ledger, "add")) == before


def test_import_lists_bad_cells_by_row_and_writes_nothing(login, web_ledger):
    sheet = (
        "region,indicator,period,value,unit,source_text\n"
        "蓬江区,工业投资,2023-10,1,元,\n"
        f"蓬江区,{'指' * 50_000},2023-10,1,元,\n"
        "火星市,工业投资,2023-10,1,元,\n"
        "蓬江区,工业投资,9999-12,1,元,\n"
    )
    r = login("admin").write("POST", "/api/progress/import", files={"file": ("b.csv", sheet.encode(), "text/csv")})
    details = error_of(r, 422, "E303")["details"]
    assert [d.split("：[")[0] for d in details] == [
        "b.csv：第 3 行，指标",
        "b.csv：第 4 行，地区",
        "b.csv：第 5 行，期间",
    ]
    assert [d.split("：[")[1][:4] for d in details] == ["E204", "E202", "E205"]
    assert len(audit_actions(web_ledger, "import")) == 1  # the fixture's


def test_import_xlsx_with_excel_date_periods(login):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["region_code", "indicator", "period", "value", "unit"])
    book.active.append(["440703", "工业投资", datetime(2023, 10, 1), "81亿元", None])
    book.active.cell(row=2, column=3).number_format = "yyyy-mm"
    buf = io.BytesIO()
    book.save(buf)
    files = {"file": ("oct.xlsx", buf.getvalue(), "application/octet-stream")}
    c = login("pengjiang")
    r = c.write("POST", "/api/progress/import", files=files)
    assert r.status_code == 201, r.text
    assert r.json()["rows"] == 1 and r.json()["matched"] == 1


@pytest.mark.parametrize("ident", [str(HUGE), str(2**31), str(2**63)])
def test_huge_ids_are_404_in_the_api(login, ident):
    c = login("admin")
    for method, path, kw in (
        ("GET", f"/api/targets/{ident}", {}),
        ("PATCH", f"/api/targets/{ident}", {"json": {"unit": "元"}}),
        ("POST", f"/api/targets/{ident}/confirm", {}),
        ("POST", f"/api/targets/{ident}/reject", {"json": {}}),
        ("GET", f"/api/documents/{ident}", {}),
        ("POST", "/api/progress", {"json": {"target_id": int(ident), "period": "2023-10", "value": "1"}}),
    ):
        error = error_of(c.write(method, path, **kw), 404, "E302")
        assert ident in error["message"], (method, path)


def test_huge_ids_are_404_on_the_pages(login):
    c = login("admin")
    for path in (f"/targets/{HUGE}", f"/documents/{HUGE}"):
        r = c.get(path, headers=HTML)
        assert r.status_code == 404 and "E302" in r.text, path
    r = c.post(f"/targets/{HUGE}/confirm", data={"csrf_token": c.csrf}, headers=HTML, follow_redirects=False)
    assert r.status_code == 404 and "E302" in r.text


def test_page_forms_refuse_bad_input_with_a_notice(login, web_ledger):
    from urllib.parse import unquote

    tid = target_id(web_ledger, "440703")
    c = login("admin")
    added = len(audit_actions(web_ledger, "add"))

    def post(url, **fields):
        r = c.post(url, data={"csrf_token": c.csrf, **fields}, headers=HTML, follow_redirects=False)
        assert r.status_code == 303 and "err=" in r.headers["location"], r.headers.get("location")
        return unquote(r.headers["location"])

    nul = c.post(f"/targets/{tid}/edit", data={"csrf_token": c.csrf, "indicator": "工业\x00投资"}, headers=HTML)
    assert nul.status_code == 422 and "E204" in nul.text and "（indicator）" in nul.text  # before the form is read
    assert "（indicator）" in post(f"/targets/{tid}/edit", indicator="指" * 201)
    assert "（period）" in post("/progress", target_id=str(tid), period="9999-12", value="1")
    assert f"没有编号为 {HUGE} 的目标" in post("/progress", target_id=str(HUGE), period="2023-10", value="1")
    assert audit_actions(web_ledger, "edit") == [] and len(audit_actions(web_ledger, "add")) == added


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/targets?region=%00", "region"),
        ("/api/targets?indicator=%E5%B7%A5%00", "indicator"),
        ("/api/status?region=a%00", "region"),
        ("/api/audit?who=a%00", "who"),
        ("/api/export?format=csv&region=a%00", "region"),
        ("/api/regions/a%00", "code"),
        ("/api/compare?indicator=a%00", "indicator"),
    ],
)
def test_a_nul_in_a_query_or_path_is_e204_before_any_query(login, path, field):
    error = error_of(login("admin").get(path), 422, "E204")
    assert f"「{field}」" in error["message"] or f"（{field}）" in error["message"]


def test_a_nul_in_a_json_or_form_field_is_e204(anon, login):
    error = error_of(anon.post("/api/auth/login", json={"name": "li\x00", "password": "x"}), 422, "E204")
    assert "name" in error["message"]
    r = anon.post("/login", data={"name": "li\x00", "password": "x"}, headers=HTML)
    assert r.status_code == 422 and "E204" in r.text
    c = login("admin")
    r = c.write(
        "POST", "/api/users", json={"name": "新用户", "role": "viewer", "regions": ["4407\x0003"], "password": "x" * 8}
    )
    assert "regions" in error_of(r, 422, "E204")["message"]


def test_upload_with_an_unknown_region_is_refused(login):
    c = login("reviewer")
    files = {"file": ("plan.txt", "2023年工业投资突破100亿元。".encode(), "text/plain")}
    r = c.write("POST", "/api/documents", files=files, data={"region": "火星市"})
    assert "火星市" in error_of(r, 422, "E202")["message"]
    page = c.post("/documents", files=files, data={"csrf_token": c.csrf, "region": "火星市"}, headers=HTML,
                  follow_redirects=False)  # fmt: skip
    assert page.status_code == 303 and "err=" in page.headers["location"]
    assert c.get("/api/documents").json()["count"] == 2  # the fixture's
