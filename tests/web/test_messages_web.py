"""Every error the API and the pages return is in Chinese with its stable code, and in English with
TAIZHANG_LANG=en (issue 12: "English in the Chinese UI and API").

Each case is one sentence the issue found in English, asked for the way a user meets it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import pytest

from .conftest import PASSWORD, target_id

HTML = {"accept": "text/html"}


def _report_elsewhere(login: Any, ledger: Any) -> Any:
    tid = target_id(ledger, "440703")
    return login("xinhui").write("POST", "/api/progress", json={"target_id": tid, "period": "2023-09", "value": "1"})


def _bad_sheet(login: Any, ledger: Any) -> Any:
    sheet = "region_code,indicator,period,value\n440703,工业投资,2023-09,很多\n"
    return login("admin").write("POST", "/api/progress/import", files={"file": ("b.csv", sheet.encode(), "text/csv")})


def _no_number(login: Any, ledger: Any) -> Any:
    tid = target_id(ledger, "440705")
    return login("admin").write("POST", "/api/progress", json={"target_id": tid, "period": "2023-09", "value": "很多"})


def _month_13(login: Any, ledger: Any) -> Any:
    tid = target_id(ledger, "440705")
    return login("admin").write("POST", "/api/progress", json={"target_id": tid, "period": "2023-13", "value": "1"})


def _wrong_password(login: Any, ledger: Any) -> Any:
    client = login("viewer")
    return client.post("/api/auth/login", json={"name": "viewer", "password": PASSWORD + "x"})


def _viewer_confirms(login: Any, ledger: Any) -> Any:
    return login("viewer").write("POST", f"/api/targets/{target_id(ledger, '440703')}/confirm")


def _invalid_query(login: Any, ledger: Any) -> Any:
    return login("viewer").get("/api/targets?limit=0")


def _unknown_route(login: Any, ledger: Any) -> Any:
    return login("viewer").get("/api/nothing-here")


# (id, request, status, code, Chinese words, the English words the issue found)
CASES = [
    pytest.param(
        _report_elsewhere, 403, "E403", "xinhui 负责填报的地区是 440705，不含目标",
        "xinhui reports for 440705, not for region 440703 of target", id="report-other-region",
    ),
    pytest.param(_bad_sheet, 422, "E303", "b.csv：1 行有误，未导入任何行", "b.csv: 1 bad row(s); nothing was imported",
                 id="import-rejected"),
    pytest.param(_no_number, 422, "E203", "的值「很多」无效：读不出数和单位",
                 "the value '很多' of value is not valid: no number and unit", id="no-number"),
    pytest.param(_month_13, 422, "E205", "「2023-13」中的月份超出范围", "month out of range in '2023-13'",
                 id="month-out-of-range"),
    pytest.param(_wrong_password, 401, "E401", "用户名或密码错误", "wrong user name or password", id="wrong-password"),
    pytest.param(_viewer_confirms, 403, "E403", "查看者 viewer 无权审核目标或上传文档",
                 "viewer (viewer) may not review targets or upload documents", id="forbidden"),
    pytest.param(_invalid_query, 422, "E422", "请求有误", "the request is not valid", id="validation"),
    pytest.param(_unknown_route, 404, "E404", "未找到该页面或资源", "no such page or resource", id="unknown-route"),
]  # fmt: skip


@pytest.mark.parametrize(("request_", "status", "code", "chinese", "english"), CASES)
def test_api_errors_are_chinese_with_their_code(login, web_ledger, request_, status, code, chinese, english):
    r = request_(login, web_ledger)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["code"] == code
    assert chinese in error["message"] + "".join(map(str, error["details"]))
    assert english not in error["message"]


@pytest.mark.parametrize(("request_", "status", "code", "chinese", "english"), CASES)
def test_api_errors_are_english_with_taizhang_lang_en(
    login, web_ledger, monkeypatch, request_, status, code, chinese, english
):
    monkeypatch.setenv("TAIZHANG_LANG", "en")
    r = request_(login, web_ledger)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["code"] == code
    assert english in error["message"] + "".join(map(str, error["details"]))


def test_validation_details_name_each_problem_in_chinese(login):
    error = login("viewer").get("/api/targets?limit=0&year=abc").json()["error"]
    assert {tuple(d["loc"]): d["message"] for d in error["details"]} == {
        ("query", "limit"): "应不小于 1",
        ("query", "year"): "应为整数",
    }


def test_the_403_page_speaks_chinese(login):
    page = login("viewer").get("/admin", headers=HTML)
    assert page.status_code == 403
    assert "[E403]" in page.text and "无权管理用户或设置" in page.text and "may not" not in page.text


def test_an_edit_names_the_fields_by_their_chinese_labels(login, web_ledger):
    tid = target_id(web_ledger, "440703")
    reviewer = login("reviewer")
    form = {"csrf_token": reviewer.csrf, "value_text": "101亿元"}
    r = reviewer.post(f"/targets/{tid}/edit", data=form, follow_redirects=False)
    assert r.status_code == 303, r.text
    notice = unquote(r.headers["location"])
    assert "已修改：目标值原文" in notice and "value_text" not in notice
