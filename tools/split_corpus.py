"""Split corpus/raw/*.jsonl into corpus/train.jsonl and corpus/test.jsonl.

The split is a stable hash of each text, so it never changes when rows are added
elsewhere, and about one row in five is held out for testing. Run by `make train`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "corpus" / "raw"
TEST_PERCENT = 20


def is_test(text: str) -> bool:
    digest = hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < TEST_PERCENT


def load_raw() -> list[dict[str, object]]:
    rows = []
    for path in sorted(RAW.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def main() -> int:
    rows = load_raw()
    train = [r for r in rows if not is_test(str(r["text"]))]
    test = [r for r in rows if is_test(str(r["text"]))]
    for name, part in (("train", train), ("test", test)):
        out = ROOT / "corpus" / f"{name}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), "utf-8")
    print(f"{len(rows)} rows: {len(train)} train, {len(test)} test", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
