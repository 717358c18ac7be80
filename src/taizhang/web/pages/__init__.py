"""The Chinese pages: server-rendered templates over the same service functions as the API."""

from __future__ import annotations

from fastapi import APIRouter

__all__ = ["routers"]


def routers() -> list[APIRouter]:
    from taizhang.web.pages import admin, analysis, dashboard, login, official, report, review, units

    return [
        login.router,
        dashboard.router,
        analysis.router,
        review.router,
        report.router,
        admin.router,
        official.router,
        units.router,
    ]
