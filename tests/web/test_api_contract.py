"""The API keeps the contract its OpenAPI schema states (issue 13): date-times with an offset,
every status an operation can answer documented, ``as_of`` a real date in taizhang's years."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    assert moment.utcoffset() is not None and moment.utcoffset().total_seconds() == 0, text
    return moment


def test_date_times_carry_the_utc_offset(login, web_ledger):
    from taizhang.ledger.models import User

    admin = login("admin")
    assert admin.write("POST", "/api/tokens", json={"label": "contract"}).status_code == 201
    users = admin.get("/api/users").json()["data"]
    with web_ledger.session() as s:
        stored = {u.name: u.created_at for u in s.scalars(select(User))}
    for user in users:  # the ledger's naive UTC, said with its offset
        assert _aware(user["created_at"]) == stored[user["name"]].replace(tzinfo=UTC)
    tokens = admin.get("/api/tokens").json()["data"]
    assert tokens and all(_aware(t["created_at"]) for t in tokens)
    documents = admin.get("/api/documents").json()["data"]
    assert documents and all(_aware(d["ingested_at"]) for d in documents)
    entries = admin.get("/api/audit").json()["data"]
    assert entries and all(_aware(e["at"]) for e in entries)


def test_the_schema_says_date_time_for_those_fields(bare_client):
    schemas = bare_client.get("/openapi.json").json()["components"]["schemas"]
    for model, field in (("UserAccountPublic", "created_at"), ("DocumentPublic", "ingested_at"),
                         ("AuditEntryPublic", "at"), ("ApiTokenPublic", "created_at")):  # fmt: skip
        assert schemas[model]["properties"][field]["format"] == "date-time", (model, field)


def _documented(client, method: str, path: str) -> set[str]:
    return set(client.get("/openapi.json").json()["paths"][path][method]["responses"])


def test_every_operation_with_a_body_documents_400_and_413(bare_client):
    paths = bare_client.get("/openapi.json").json()["paths"]
    with_body = [(m, p, op) for p, item in paths.items() for m, op in item.items() if "requestBody" in op]
    assert len(with_body) >= 10
    for method, path, op in with_body:
        assert {"400", "413", "422"} <= set(op["responses"]), (method, path)
        assert op["responses"]["400"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorPublic")
    uploads = {(m, p) for m, p, op in with_body if "415" in op["responses"]}
    assert uploads == {("post", "/api/documents"), ("post", "/api/progress/import")}


def test_a_body_that_is_not_utf8_is_a_documented_400(bare_client):
    r = bare_client.post("/api/users", headers={"content-type": "application/json"}, content=b'{"name": "\xff"}')
    assert r.status_code == 400 and r.json()["error"]["code"] == "E400"
    assert "400" in _documented(bare_client, "post", "/api/users")


@pytest.mark.parametrize("path", ["/api/documents", "/api/progress/import"])
def test_a_refused_file_type_is_a_documented_415(bare_client, path):
    r = bare_client.post(path, files={"file": ("setup.exe", b"MZ")})
    assert r.status_code == 415 and r.json()["error"]["code"] == "E104"
    assert "415" in _documented(bare_client, "post", path)


BAD_AS_OF = ["0", "1", "-1", "1e9", "1948-12-31", "2101-01-01", "0000-01-01", "9999-12-31", "2023-02-30",
             "2023-13-01", "2023-9-30", "20230930", "2023-09-30T00:00:00", "abc", "今天"]  # fmt: skip


@pytest.mark.parametrize("value", BAD_AS_OF)
@pytest.mark.parametrize("path", ["/api/status", "/api/regions/440703", "/api/export"])
def test_a_bad_as_of_is_refused_in_chinese(bare_client, path, value):
    r = bare_client.get(path, params={"as_of": value})
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "E422"
    [detail] = error["details"]
    assert detail["loc"] == ["query", "as_of"]
    assert detail["message"].startswith("as_of 须")


@pytest.mark.parametrize("value", ["1949-01-01", "2023-09-30", "2100-12-31"])
def test_as_of_within_the_years_is_read(bare_client, value):
    r = bare_client.get("/api/status", params={"as_of": value})
    assert r.status_code == 200 and r.json()["as_of"] == value


def test_the_overview_page_refuses_a_bad_as_of(bare_client):
    r = bare_client.get("/", params={"as_of": "0"}, headers={"accept": "text/html"})
    assert r.status_code == 422 and "as_of 须" in r.text
