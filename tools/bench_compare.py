"""The analyser's speed here against another revision, side by side.

    python tools/bench_compare.py REV            # e.g. 97b04f6, HEAD~3, main
    python tools/bench_compare.py REV --rounds 6

The machine is shared and noisy, so a figure is only worth comparing with one taken
beside it. REV's `src/` is exported to a temporary folder (`git archive`); then, for
each round, a fresh process of each tree in turn analyses the same texts (this
tree's held-out split, and its statements of up to 120 characters) and reports the
best of three passes in CPU time (`time.process_time`, which other processes on the
machine disturb less than the wall clock), one call each and, where the tree has it,
through `analyze_batch`. Prints the median over rounds for each tree and their ratio.
Each tree keeps its compiled patterns in a temporary cache of its own, so neither
replaces the other's, nor the user's; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "corpus" / "test.jsonl"

# Run in a fresh interpreter with one tree's src/ first on the path.
_MEASURE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import unshame.analysis as analysis
analyze = analysis.analyze
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
short = [t for t in texts if len(t) <= 120]
for t in texts:
    analyze(t)


def best(run):
    times = []
    for _ in range(3):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


rates = [len(b) / best(lambda b=b: [analyze(t) for t in b]) for b in (texts, short)]
batch = getattr(analysis, "analyze_batch", None)  # trees before it read one call each
if batch is not None:
    pairs = list(enumerate(texts))
    rates.append(len(texts) / best(lambda: list(batch(pairs))))
print(json.dumps(rates))
"""


def export(rev: str, into: Path) -> Path:
    """REV's src/ folder, unpacked under `into`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def measure(src: Path, cache: Path) -> list[float]:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(src), str(TEXTS)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "UNSHAME_CACHE_DIR": str(cache)},
    )
    return [float(x) for x in json.loads(done.stdout)]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("rev", help="the revision to compare with (anything git names)")
    parser.add_argument("--rounds", type=int, default=4, help="rounds of both trees (4)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trees = {args.rev: export(args.rev, Path(tmp)), "this tree": ROOT / "src"}
        runs: dict[str, list[list[float]]] = {name: [] for name in trees}
        for _ in range(args.rounds):
            for i, (name, src) in enumerate(trees.items()):
                runs[name].append(measure(src, Path(tmp) / f"cache{i}"))
    medians = {
        name: [statistics.median(r[i] for r in rates) for i in range(len(rates[0]))]
        for name, rates in runs.items()
    }
    print(f"statements per CPU second, median of {args.rounds} rounds (best of 3 passes each)")
    print(f"{'tree':20s} {'held-out':>10s} {'up to 120 chars':>16s} {'held-out, batch':>16s}")
    for name, rates in medians.items():
        batch = f"{rates[2]:16,.0f}" if len(rates) > 2 else f"{'(none)':>16s}"
        print(f"{name:20s} {rates[0]:10,.0f} {rates[1]:16,.0f} {batch}")
    old, new = medians.values()
    batch = f"{new[2] / old[2]:16.2f}" if len(old) > 2 and len(new) > 2 else ""
    print(f"{'ratio':20s} {new[0] / old[0]:10.2f} {new[1] / old[1]:16.2f} {batch}")
    if len(new) > 2:
        print(f"this tree's batch against {args.rev} one call each: {new[2] / old[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
