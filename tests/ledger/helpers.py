"""Small builders for ledger tests: Target records made directly, not extracted."""

from __future__ import annotations

from decimal import Decimal

from taizhang.extract.record import Target


def target(indicator="工业投资", value="1e10", *, start=0, end=5, unit="元", region="蓬江区", code="440703", **kw):
    fields = dict(
        start=start,
        end=end,
        text=f"{indicator}突破{value}",
        region=region,
        region_code=code,
        indicator=indicator,
        measure="level",
        comparator=">=",
        value=Decimal(value),
        unit=unit,
        value_text=str(value),
        strength="plan",
        year=2023,
    )
    fields.update(kw)
    return Target(**fields)


def extractor_of(*targets):
    def extract(text, *, region=None, date=None):
        return list(targets)

    return extract
