"""The flow's pages: home, write, crisis, reading, reflect, close, help."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from unshame.errors import InputError
from unshame.helplines import Region, all_regions
from unshame.practices import closing_fields
from unshame.store import Journal
from unshame.web import flow, forms, guards, marks
from unshame.web.render import page

router = APIRouter()
Form = Annotated[FormData, Depends(guards.form)]
Open = Annotated[Journal, Depends(guards.journal)]


def _go(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, journal: Open) -> Response:
    due = journal.followups(due_by=date.today(), open_only=True)
    context: dict[str, Any] = {
        "total": journal.count(),
        "recent": flow.recent_count(journal),
        "due": due,
    }
    return page(request, "home.html", title="Home", **context)


@router.post("/followups/{followup_id}")
def answer_followup(request: Request, followup_id: str, journal: Open, data: Form) -> Response:
    done = guards.text_field(data, "done") == "yes"
    journal.answer_followup(followup_id, done, guards.text_field(data, "note").strip())
    guards.session(request).flash = "Noted. Thank you for checking in with yourself."
    return _go("/")


@router.get("/write", response_class=HTMLResponse)
def write_page(request: Request, journal: Open) -> Response:
    return page(request, "write.html", title="Write", text="")


@router.post("/write", response_class=HTMLResponse)
def write(request: Request, data: Form) -> Response:
    text = guards.text_field(data, "text")
    try:
        journal = guards.journal(request)
    except guards.NeedsUnlock:
        context: dict[str, Any] = {"next": "/write", "pending": text, "error": ""}
        return page(request, "unlock.html", 401, title="Unlock", **context)
    return saved_entry(request, journal, text)


def saved_entry(request: Request, journal: Journal, text: str) -> Response:
    """Analyse and keep her entry, then show the crisis page or her reading."""
    limit = guards.services(request).config.max_entry_chars
    try:
        entry, reading = flow.write(journal, text, limit)
    except flow.TooLong as exc:
        return page(request, "write.html", 413, title="Write", text=text, error=str(exc))
    except InputError:
        error = "Write a few words first: the page was empty."
        return page(request, "write.html", 400, title="Write", text=text, error=error)
    if reading.crisis:
        return _go(f"/crisis?entry={entry.id}")
    return _go(f"/entries/{entry.id}/reading")


@router.get("/crisis", response_class=HTMLResponse)
def crisis(request: Request, entry: str = "") -> Response:
    here = guards.session(request)
    default = guards.services(request).config.region
    mine = flow.her_region(here.journal, default)
    context: dict[str, Any] = {"region": mine, "others": _others(mine.code), "entry_id": entry}
    return page(request, "crisis.html", title="You are not alone", **context)


@router.get("/help", response_class=HTMLResponse)
def help_page(request: Request) -> Response:
    here = guards.session(request)
    mine = flow.her_region(here.journal, guards.services(request).config.region)
    return page(request, "help.html", title="Help", region=mine, others=_others(mine.code))


@router.get("/entries/{entry_id}/reading", response_class=HTMLResponse)
def reading_page(request: Request, entry_id: str, journal: Open) -> Response:
    entry = journal.get_entry(entry_id)
    reading, plan = flow.plan_for(journal, entry)
    context = {"entry": entry, "plan": plan, **marks.reading_context(entry.text, reading)}
    return page(request, "reading.html", title="Your reading", **context)


@router.get("/entries/{entry_id}/reflect", response_class=HTMLResponse)
def reflect_page(request: Request, entry_id: str, journal: Open) -> Response:
    entry = journal.get_entry(entry_id)
    _, plan = flow.plan_for(journal, entry)
    steps = forms.step_forms(plan.steps, entry.answers)
    context: dict[str, Any] = {"entry": entry, "steps": steps, "minutes": plan.minutes}
    return page(request, "reflect.html", title="Reflect", **context)


@router.post("/entries/{entry_id}/reflect")
def reflect(request: Request, entry_id: str, journal: Open, data: Form) -> Response:
    entry = journal.get_entry(entry_id)
    _, plan = flow.plan_for(journal, entry)
    flow.reflect(journal, entry_id, forms.answers_from(data, plan.steps))
    return _go(f"/entries/{entry_id}/close")


@router.get("/entries/{entry_id}/close", response_class=HTMLResponse)
def close_page(request: Request, entry_id: str, journal: Open) -> Response:
    entry = journal.get_entry(entry_id)
    fields = forms.prefilled(closing_fields(), entry.closing)
    return page(request, "close.html", title="Closing check", entry=entry, fields=fields)


@router.post("/entries/{entry_id}/close")
def close(request: Request, entry_id: str, journal: Open, data: Form) -> Response:
    journal.update_entry(entry_id, closing=forms.closing_from(data, closing_fields()))
    guards.session(request).flash = "Saved in your journal."
    return _go(f"/entries/{entry_id}")


def _others(code: str) -> list[Region]:
    return [r for r in all_regions() if r.code != code]
