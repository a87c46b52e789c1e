"""`make bench`: the speed figures the README and the model card quote.

Whole-process figures run the installed `unshame` command; in-process figures run
the analyser in this interpreter on one core. Medians of several runs; the machine
is shared and noisy, so compare figures taken side by side in one run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent / "unshame"
DEV = ROOT.parent / "shared" / "benchmarks" / "dev_statements.jsonl"
sys.path.insert(0, str(ROOT / "src"))


def statements() -> list[str]:
    rows = (ROOT / "corpus" / "test.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line)["text"] for line in rows]


def median_seconds(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process() -> list[tuple[str, str]]:
    from unshame.analysis import analyze, analyze_batch

    texts = statements()
    short = [t for t in texts if len(t) <= 120]
    batches = [("held-out statements", texts), ("statements up to 120 chars", short)]
    if DEV.exists():  # the shared development set, read where it lies, 40 times over
        dev = [json.loads(line)["text"] for line in DEV.read_text("utf-8").splitlines()]
        batches.append(("the development set's statements, 40 times", dev * 40))
    analyze("warm up")
    rows = []
    for name, batch in batches:
        pairs = list(enumerate(batch))
        secs = median_seconds(lambda p=pairs: list(analyze_batch(p)))
        mean = sum(map(len, batch)) / len(batch)
        rows.append((f"batch, {name} (mean {mean:.0f} chars)", f"{len(batch) / secs:,.0f} /s"))
    secs = median_seconds(lambda: [analyze(t) for t in texts])
    rows.append(("one call each, held-out statements", f"{len(texts) / secs:,.0f} /s"))
    unit = "I yelled at him this morning and I'm such a horrible mom, the other moms never do. "
    for kb in (25, 50, 100):
        text = (unit * (kb * 1000 // len(unit) + 1))[: kb * 1000]
        rows.append((f"one {kb} KB entry", f"{median_seconds(lambda t=text: analyze(t)):.3f} s"))
    return rows


def whole_process() -> list[tuple[str, str]]:
    env = {**os.environ, "UNSHAME_DEBUG": "0"}
    texts = statements()
    lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}) for i in range(5000)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("\n".join(lines) + "\n")
        batch = f.name
    try:

        def run_batch() -> None:
            subprocess.run(
                [str(BIN), "analyze", "--jsonl", batch],
                stdout=subprocess.DEVNULL,
                check=True,
                env=env,
            )

        secs = median_seconds(run_batch, runs=3)
    finally:
        os.unlink(batch)

    def one_line() -> None:
        subprocess.run(
            [str(BIN), "analyze", "--json", "I forgot her lunch today."],
            stdout=subprocess.DEVNULL,
            check=True,
            env=env,
        )

    start_up = median_seconds(one_line, runs=10)
    return [
        ("`unshame analyze --jsonl` 5,000 lines (whole process)", f"{5000 / secs:,.0f} /s"),
        ('`unshame analyze --json "one line"` (whole process)', f"{start_up:.3f} s"),
    ]


def main() -> int:
    rows = [*whole_process(), *in_process()]
    extra = ROOT / "tools" / "bench_web.py"
    if extra.exists():
        out = subprocess.run([sys.executable, str(extra)], capture_output=True, text=True)
        rows += [tuple(line.split("\t", 1)) for line in out.stdout.splitlines() if "\t" in line]  # type: ignore[misc]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  median")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
