"""Regenerate the golden findings of ``awesomelint check`` on the seed lists.

Usage, from anywhere::

    python tests/core/regenerate_golden_findings.py          # rewrite tests/core/golden/
    python tests/core/regenerate_golden_findings.py --check  # exit 1 if any golden is stale

A golden is a reviewed artefact: after regenerating, read ``git diff tests/core/golden`` and
check every new or changed finding against the seed file by eye before committing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from core_support import GOLDEN, REPO_ROOT, SEEDS
from test_core_golden import golden_findings


def main(argv: list[str]) -> int:
    check = "--check" in argv
    os.chdir(REPO_ROOT)
    GOLDEN.mkdir(exist_ok=True)
    stale: list[str] = []
    for seed in SEEDS:
        target = GOLDEN / f"{seed.stem}.txt"
        output, _ = golden_findings(seed)
        if target.exists() and target.read_text(encoding="utf-8") == output:
            continue
        stale.append(target.name)
        if not check:
            target.write_text(output, encoding="utf-8")
    verb = "stale" if check else "rewritten"
    print(f"{len(stale)} golden(s) {verb}: {', '.join(stale) or '-'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
