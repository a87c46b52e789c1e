"""The web app: pages for her, a JSON API for scripts. Build it with `create_app(config)`."""

from __future__ import annotations

from unshame.web.app import create_app

__all__ = ["create_app"]
