"""Insights pages: the pattern over weeks (/insights) and the printable summary
(/insights/report), plus the glance the home page shows.

The work is done in `unshame.insights` and `unshame.report`; these views only pick the
period and render.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from unshame import insights, report
from unshame.store import Followup, Journal
from unshame.web import guards
from unshame.web.render import page, templates

router = APIRouter()
Open = Annotated[Journal, Depends(guards.journal)]
Include = Annotated[list[str] | None, Query()]


@router.get("/insights", response_class=HTMLResponse)
def insights_page(request: Request, journal: Open, period: str = "") -> Response:
    chosen = insights.period_or_default(period or None)
    found = insights.gather(journal, chosen)
    context = report.context(report.Report(found, (), 0, ()))
    return page(request, "insights.html", title="Insights", **context)


@router.get("/insights/report", response_class=HTMLResponse)
def report_page(
    request: Request, journal: Open, period: str = "", include: Include = None
) -> Response:
    chosen = insights.period_or_default(period or None)
    built = report.build(journal, chosen, include or (), strict=False)
    return page(request, "report.html", title="Summary", top=2, **report.context(built))


def glance(request: Request) -> insights.Insights | None:
    """The default period's insights for the home page (None while the journal is locked)."""
    try:
        journal = guards.journal(request)
    except (guards.NeedsUnlock, guards.NeedsWelcome):
        return None
    return insights.gather(journal, insights.period(insights.DEFAULT_PERIOD))


def followup_prompt(followup: Followup) -> str:
    """The warm question a due follow-up asks (for the home page's list)."""
    return insights.view(followup, insights.local_today()).prompt


templates.env.globals.update(insights_glance=glance, followup_prompt=followup_prompt)
