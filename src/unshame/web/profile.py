"""/me: what she records once about herself, all of it optional."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from unshame.helplines import all_regions
from unshame.store import Journal
from unshame.web import forms, guards
from unshame.web.render import page

router = APIRouter()
Form = Annotated[FormData, Depends(guards.form)]
Open = Annotated[Journal, Depends(guards.journal)]

LIST_LABELS: tuple[tuple[str, str, str], ...] = (
    ("values", "What matters to you", "For example: honesty, being there at bedtime"),
    ("strengths", "Your strengths", "For example: I listen, I make them laugh"),
    ("gifts", "What you bring your family", "For example: our Sunday pancakes"),
    ("needs", "Your needs", "For example: an hour alone on weekends, sleep"),
    ("boundaries", "Your boundaries", "For example: no work email after 7"),
)


@router.get("/me", response_class=HTMLResponse)
def me_page(request: Request, journal: Open) -> Response:
    return page(request, "me.html", title="About me", **_context(journal.profile()))


@router.post("/me")
def save_me(request: Request, journal: Open, data: Form) -> Response:
    mine = journal.profile()
    mine.update(forms.profile_from(data))
    journal.save_profile(mine)
    guards.session(request).flash = "Saved. You can change it any time."
    return RedirectResponse("/me", status_code=303)


def _context(profile: dict[str, Any]) -> dict[str, Any]:
    return {
        "lists": [
            (name, label, hint, forms.profile_lines(profile, name))
            for name, label, hint in LIST_LABELS
        ],
        "people": forms.profile_rows(profile, "people", forms.PERSON),
        "children": forms.profile_rows(profile, "children", forms.CHILD),
        "region": str(profile.get("region") or ""),
        "regions": all_regions(),
    }
