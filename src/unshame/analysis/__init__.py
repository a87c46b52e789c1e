"""The analyser: text in, a Reading out."""

from unshame.analysis.analyzer import MAX_CHARS, analyze, analyze_batch, check_text, model_id
from unshame.analysis.reading import KINDS, SOURCES, Kind, Reading, Signal, Source

__all__ = [
    "KINDS",
    "MAX_CHARS",
    "SOURCES",
    "Kind",
    "Reading",
    "Signal",
    "Source",
    "analyze",
    "analyze_batch",
    "check_text",
    "model_id",
]
