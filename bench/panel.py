"""The research panel and the escalation analyses at corpus scale (issue 10): build time, analysis
time and peak memory on a year of every county's report.

Synthetic records: every county-level division, prefecture and province of GB/T 2260 states the
same ``--per-region`` targets (growth rates and levels of a handful of canonical indicators, with
确保/力争 pairs and restatements that collapse), three years running, plus whole-year actuals; so a
run of the defaults is ~3,200 regions × 3 years × 24 records ≈ 230,000 records. Records carry no
``indicator_id`` with ``--words`` (the corpus output may not): the panel then reads each
indicator's canonical id from its words, as it does for a file.

    .venv/bin/python bench/panel.py [--per-region 24] [--years 3] [--words]
"""

from __future__ import annotations

import argparse
import resource
import time

from taizhang.extract.regions import load_regions
from taizhang.track.escalation import ANALYSES, analyse
from taizhang.track.panel import build_panel

# (canonical id, its words, measure, unit, base value)
INDICATORS = (
    ("gdp", "地区生产总值", "growth", "%", 6),
    ("fixed_asset_investment", "固定资产投资", "growth", "%", 8),
    ("industrial_investment", "工业投资", "level", "元", 50_000_000_000),
    ("high_tech_enterprises", "高新技术企业", "count", "家", 300),
)


def records(per_region: int, years: int, words: bool) -> list[dict]:
    regions = load_regions()
    out: list[dict] = []
    for region in regions:
        seed = int(region.code) % 7
        for year in range(2024 - years + 1, 2025):
            for n in range(per_region):
                indicator, name, measure, unit, base = INDICATORS[n % len(INDICATORS)]
                strength = ("ensure", "strive", "plan")[(n // len(INDICATORS)) % 3]
                value = base + seed * (1 if measure == "growth" else base // 20)
                rec = {"kind": "target", "region_code": region.code, "region": region.name, "indicator": name,
                       "measure": measure, "comparator": ">=", "value": value, "unit": unit, "strength": strength,
                       "value_text": f"{value}{unit}", "year": year, "date": f"{year}-01-15"}  # fmt: skip
                if not words:
                    rec["indicator_id"] = indicator
                out.append(rec)
            out.append({"kind": "actual", "region_code": region.code, "indicator": "地区生产总值",
                        "indicator_id": None if words else "gdp", "measure": "growth", "value": 5 + seed / 10,
                        "unit": "%", "period_start": f"{year}-01-01", "period_end": f"{year}-12-31"})  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-region", type=int, default=24)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--words", action="store_true", help="records without indicator_id")
    args = parser.parse_args()
    recs = records(args.per_region, args.years, args.words)
    start = time.perf_counter()
    panel = build_panel(recs, load_regions())
    built = time.perf_counter() - start
    print(f"records            {len(recs):>10,}")
    print(f"panel rows         {len(panel.rows):>10,}   conflicts {len(panel.conflicts):,}")
    print(f"build_panel        {built:>10.2f} s   {len(recs) / built:,.0f} records/s")
    for kind in ANALYSES:
        start = time.perf_counter()
        result = analyse(panel, kind)
        print(f"analyse {kind:<10} {time.perf_counter() - start:>10.2f} s   {len(result['rows']):,} rows")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory        {peak:>10.0f} MB (the records, the panel and the results together)")


if __name__ == "__main__":
    main()
