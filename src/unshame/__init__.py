"""unshame: tell guilt from shame in her own words, and do something kind with each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Reading", "Signal", "__version__", "analyze"]

if TYPE_CHECKING:
    from unshame.analysis import Reading, Signal, analyze


def __getattr__(name: str) -> Any:
    # The analyser loads its resources on first use, not on `import unshame`.
    if name in {"analyze", "Reading", "Signal"}:
        from unshame import analysis

        return getattr(analysis, name)
    raise AttributeError(name)
