"""Rendering pages: one Jinja2 environment, autoescaped, and what every page is given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from unshame.explain import SIGNAL_NAMES, SOURCE_NAMES
from unshame.web import guards
from unshame.web.security import CSRF_FIELD

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
FOLLOWUP_NAMES = {"repair": "A repair", "need": "A need of yours", "boundary": "A boundary"}
KIND_NAMES = {
    "guilt": "guilt",
    "shame": "shame",
    "mixed": "guilt and shame",
    "neither": "neither",
}


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        csrf_field=CSRF_FIELD,
        signal_names=SIGNAL_NAMES,
        source_names=SOURCE_NAMES,
        kind_names=KIND_NAMES,
        followup_names=FOLLOWUP_NAMES,
    )
    return env


templates = Jinja2Templates(env=environment())


def page(request: Request, template: str, status: int = 200, /, **context: Any) -> HTMLResponse:
    """A rendered page with the session's token, lock state and flash message."""
    here = guards.session(request)
    config = guards.services(request).config
    base = {
        "csrf_token": here.csrf,
        "unlocked": here.unlocked,
        "flash": here.pop_flash(),
        "lock_seconds": config.lock_minutes * 60,
        "path": request.url.path,
        "title": "",
    }
    base.update(context)
    return templates.TemplateResponse(request, template, base, status_code=status)


def bare_page(request: Request, template: str, status: int, /, **context: Any) -> HTMLResponse:
    """A page rendered without a session (errors raised before the session exists)."""
    base = {
        "csrf_token": "",
        "unlocked": False,
        "flash": None,
        "lock_seconds": 0,
        "path": request.url.path,
        "title": "",
    }
    base.update(context)
    return templates.TemplateResponse(request, template, base, status_code=status)
