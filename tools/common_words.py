"""Write src/unshame/analysis/data/common_words.txt: the words most of the training
split's texts hold, with the share of texts holding each.

The scanner reads it to choose, of the words a rule needs, the rarest to look for
(see src/unshame/analysis/needs.py). It changes only how fast the rules are found,
never what they find. Run after the corpus changes much: `python tools/common_words.py`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unshame.analysis.needs import words  # noqa: E402
from unshame.analysis.segment import normalize  # noqa: E402

OUT = ROOT / "src" / "unshame" / "analysis" / "data" / "common_words.txt"
FLOOR = 0.002  # a word fewer texts hold than this is left out (read as rare)


def main() -> None:
    lines = (ROOT / "corpus" / "train.jsonl").read_text("utf-8").splitlines()
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(words(normalize(json.loads(line)["text"])))
    total = len(lines)
    kept = [(w, n / total) for w, n in counts.most_common() if n / total >= FLOOR]
    head = [
        "# The words most texts hold, with the share of texts holding each, from the",
        f"# training split ({total} texts); written by tools/common_words.py.",
    ]
    body = [f"{w} {share:.4f}" for w, share in sorted(kept, key=lambda x: (-x[1], x[0]))]
    OUT.write_text("\n".join(head + body) + "\n", "utf-8")
    print(f"{len(kept)} words written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
