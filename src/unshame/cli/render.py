"""Terminal output: her words coloured by signal, and the evaluation tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from unshame.analysis.reading import Reading
from unshame.explain import verdict

if TYPE_CHECKING:
    from unshame.evaluate import Report

STYLES = {
    "guilt": "bold yellow",
    "shame": "bold magenta",
    "expectation": "cyan",
    "comparison": "blue",
    "harsh": "bold red",
    "crisis": "bold white on red",
    "source": "underline green",
}


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def highlighted(text: str, reading: Reading) -> Text:
    """Her text with each signal's words styled; later signals layer over earlier ones."""
    out = Text(text)
    for signal in reading.signals:
        out.stylize(STYLES[signal.type], signal.start, signal.end)
    return out


def print_crisis(out: Console, region: str | None = None) -> None:
    from unshame import helplines

    res = helplines.region(region)
    out.print(Text("You matter, and you don't have to carry this alone.", style="bold"))
    out.print("If you might act on these thoughts, or a child may be in danger, get help now:")
    out.print(f"  Emergency: call {res.emergency}")
    for line in res.lines:
        out.print(f"  {line.name}: {line.what}")
    out.print("")


def print_reading(text: str, reading: Reading, out: Console | None = None) -> None:
    out = out or console()
    if reading.crisis:
        print_crisis(out)
    out.print(highlighted(text, reading))
    out.print("")
    out.print(Text(verdict(reading, text), style="bold"))
    for signal in reading.signals:
        line = Text("  ")
        line.append(f"“{signal.text}”", style=STYLES[signal.type])
        line.append(f"  {signal.why}")
        out.print(line)
    flags = [name for name in ("expectation", "comparison", "harsh") if getattr(reading, name)]
    out.print(
        f"\nkind: {reading.kind}   guilt {reading.guilt:.2f}   shame {reading.shame:.2f}"
        + (f"   flags: {', '.join(flags)}" if flags else ""),
        style="dim",
    )


def print_report(report: Report, show_errors: bool = False, out: Console | None = None) -> None:
    out = out or console()
    data = report.to_dict()
    out.print(
        f"[bold]{data['lines']} lines[/]  accuracy {data['accuracy']:.3f}  "
        f"macro-F1 {data['macro_f1']:.3f}"
    )
    kinds = Table("kind", "precision", "recall", "F1", "support", title="Kinds")
    for kind, s in data["per_kind"].items():
        kinds.add_row(kind, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                      str(s["support"]))  # fmt: skip
    out.print(kinds)
    confusion = Table("gold \\ read", *report.kinds, title="Confusion")
    for gold in report.kinds:
        row = data["confusion"].get(gold, {})
        confusion.add_row(gold, *(str(row.get(k, 0)) for k in report.kinds))
    out.print(confusion)
    flags = Table("label", "precision", "recall", "F1", "support", title="Flags and sources")
    for name, s in [*data["flags"].items(), ("sources (all)", data["sources"]),
                    *((f"  {k}", v) for k, v in data["per_source"].items())]:  # fmt: skip
        flags.add_row(name, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                      str(s["support"]))  # fmt: skip
    out.print(flags)
    c = data["crisis"]
    out.print(
        f"crisis: recall {c['recall']:.3f} ({c['support'] - c['missed']}/{c['support']}), "
        f"false alarms {c['false_alarms']}"
    )
    if show_errors and report.errors:
        out.print("\n[bold]Kind errors[/]")
        for err in report.errors:
            out.print(f"  {err['id']}: gold {err['gold']}, read {err['got']}")
