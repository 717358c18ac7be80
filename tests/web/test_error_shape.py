"""Every error of the API has one shape: {"error": {"code", "message", "details"}} (issue 4)."""

import pytest


def _shape(r, status, code):
    assert r.status_code == status, r.text
    body = r.json()
    assert list(body) == ["error"]
    assert list(body["error"]) == ["code", "message", "details"]
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], list)
    return body["error"]


def test_not_logged_in(anon):
    _shape(anon.get("/api/targets"), 401, "E401")


def test_not_found_is_the_ledgers_code(login):
    _shape(login("viewer").get("/api/targets/999999"), 404, "E302")


def test_unknown_route(login):
    _shape(login("viewer").get("/api/nothing-here"), 404, "E404")


def test_validation_lists_each_problem(login):
    err = _shape(login("viewer").get("/api/targets?limit=0&year=abc"), 422, "E422")
    assert {tuple(d["loc"]) for d in err["details"]} == {("query", "limit"), ("query", "year")}


def test_forbidden(login):
    c = login("viewer")
    _shape(c.write("POST", "/api/targets/1/confirm"), 403, "E403")


def test_csrf(login):
    _shape(login("reviewer").post("/api/targets/1/confirm"), 403, "E419")


def test_method_not_allowed(login):
    _shape(login("viewer").delete("/api/targets"), 405, "E405")


def test_ledger_refusal_keeps_its_code(login):
    err = _shape(login("reviewer").write("PATCH", "/api/targets/1", json={"value": "NaN"}), 422, "E203")
    assert "value" in err["message"] and "NaN" in err["message"]


@pytest.mark.parametrize("path", ["/api/targets/abc", "/api/regions/12"])
def test_bad_path_parameter(login, path):
    _shape(login("viewer").get(path), 422, "E422")
