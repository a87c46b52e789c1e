"""Her journal: the list (with search), one entry, editing and deleting it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from unshame.errors import InputError
from unshame.practices import closing_fields
from unshame.store import Journal
from unshame.web import flow, forms, guards, marks
from unshame.web.render import page

router = APIRouter()
Form = Annotated[FormData, Depends(guards.form)]
Open = Annotated[Journal, Depends(guards.journal)]
MAX_QUERY = 200
PageNumber = Annotated[int, Query(alias="page", ge=1, le=1_000_000)]


def _go(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


PAGE_SIZE = 50


@router.get("/journal", response_class=HTMLResponse)
def journal_page(
    request: Request, journal: Open, q: str = "", page_number: PageNumber = 1
) -> Response:
    """Her entries, a page at a time. (The page's form searches by POST, so her search
    words stay out of the address bar and the browser's history; `q` still works for
    a typed or older link.)"""
    return _listing(request, journal, q, page_number)


@router.post("/journal", response_class=HTMLResponse)
def search_journal(request: Request, journal: Open, data: Form) -> Response:
    """Search her entries; the words travel in the form body only."""
    number = guards.text_field(data, "page")
    return _listing(
        request, journal, guards.text_field(data, "q"), int(number) if number.isdigit() else 1
    )


def _listing(request: Request, journal: Journal, q: str, number: int) -> Response:
    query = q.strip()[:MAX_QUERY]
    matches = journal.entries(search=query) if query else None
    total = len(matches) if matches is not None else journal.count()
    pages = max(1, -(-total // PAGE_SIZE))
    number = min(max(1, number), pages)
    start = (number - 1) * PAGE_SIZE
    if matches is not None:
        found = matches[start : start + PAGE_SIZE]
    else:
        found = journal.entries(limit=PAGE_SIZE, offset=start)
    return page(
        request,
        "journal.html",
        title="Journal",
        entries=found,
        q=query,
        total=total,
        page_number=number,
        pages=pages,
    )


@router.get("/entries/{entry_id}", response_class=HTMLResponse)
def entry_page(request: Request, entry_id: str, journal: Open) -> Response:
    entry = journal.get_entry(entry_id)
    reading, plan = flow.plan_for(journal, entry)
    context: dict[str, Any] = {
        "entry": entry,
        **marks.reading_context(entry.text, reading),
        "steps": forms.answered_steps(plan.steps, entry.answers),
        "closing": forms.prefilled(closing_fields(), entry.closing or {}),
        "has_closing": bool(entry.closing),
        "followups": [f for f in journal.followups() if f.entry_id == entry.id],
    }
    return page(request, "entry.html", title="Entry", **context)


@router.get("/entries/{entry_id}/edit", response_class=HTMLResponse)
def edit_page(request: Request, entry_id: str, journal: Open) -> Response:
    entry = journal.get_entry(entry_id)
    return page(request, "edit.html", title="Edit entry", entry=entry, text=entry.text)


@router.post("/entries/{entry_id}/edit", response_class=HTMLResponse)
def edit(request: Request, entry_id: str, journal: Open, data: Form) -> Response:
    entry = journal.get_entry(entry_id)
    text = guards.text_field(data, "text")
    limit = guards.services(request).config.max_entry_chars
    try:
        _, reading = flow.revise(journal, entry_id, text, limit)
    except InputError as exc:
        error = str(exc) if isinstance(exc, flow.TooLong) else "The entry cannot be empty."
        status = 413 if isinstance(exc, flow.TooLong) else 400
        context: dict[str, Any] = {"entry": entry, "text": text, "error": error}
        return page(request, "edit.html", status, title="Edit entry", **context)
    if reading.crisis:
        return _go(f"/crisis?entry={entry_id}")
    guards.session(request).flash = "Your changes are saved, and the entry was read again."
    return _go(f"/entries/{entry_id}")


@router.get("/entries/{entry_id}/delete", response_class=HTMLResponse)
def delete_page(request: Request, entry_id: str, journal: Open) -> Response:
    entry = journal.get_entry(entry_id)
    return page(request, "delete.html", title="Delete entry", entry=entry)


@router.post("/entries/{entry_id}/delete")
def delete(request: Request, entry_id: str, journal: Open, data: Form) -> Response:
    journal.delete_entry(entry_id)
    guards.session(request).flash = "The entry is deleted."
    return _go("/journal")
