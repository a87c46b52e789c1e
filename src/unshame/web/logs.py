"""Logging for the web server: uvicorn's access log without query strings.

Search words travel in `/journal?q=...`; the access log keeps the path only, so her
words never reach a log file or a terminal.
"""

from __future__ import annotations

import copy
import logging
from typing import Any


class HideQuery(logging.Filter):
    """Drop the query string from uvicorn access records (the third argument)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def log_config() -> dict[str, Any]:
    """uvicorn's logging configuration with the HideQuery filter on the access log."""
    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["hide_query"] = {"()": HideQuery}
    config["loggers"]["uvicorn.access"]["filters"] = ["hide_query"]
    return config
