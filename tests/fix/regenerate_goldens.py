"""Regenerate the golden outputs of ``awesomelint fix`` on the seed lists.

Usage, from the project root::

    python tests/fix/regenerate_goldens.py          # rewrite tests/fix/golden/
    python tests/fix/regenerate_goldens.py --check  # exit 1 if any golden is out of date

Each seed is copied into a temporary directory and fixed there by the real command line,
``awesomelint fix [--unsafe-fixes] --select <CANONICAL_RULES>``; the result is stored as
``golden/<seed>.md`` (with ``--unsafe-fixes``) and ``golden/<seed>.safe.md`` (without). Rules
are selected explicitly so that rules added later do not change what the goldens pin down.

A golden is a reviewed artefact: after regenerating, read ``diff -u`` of every seed against its
golden and check that each change is a canonical-form change (see the README's section on the
canonical form) and that nothing outside entries changed, before committing it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from fix_support import CANONICAL_RULES, GOLDEN, SEEDS, golden_path, run_cli


def fixed_seed(seed: Path, *, unsafe: bool) -> bytes:
    """The bytes ``awesomelint fix`` writes for a copy of ``seed``."""
    with tempfile.TemporaryDirectory() as directory:
        copy = Path(directory, seed.name)
        shutil.copyfile(seed, copy)
        flags = ["--unsafe-fixes"] if unsafe else []
        result = run_cli("fix", *flags, "--select", ",".join(CANONICAL_RULES), str(copy))
        if result.exit_code != 0:
            raise SystemExit(f"fix failed on {seed.name}: {result.output}")
        return copy.read_bytes()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale: list[str] = []
    GOLDEN.mkdir(exist_ok=True)
    for seed in SEEDS:
        for unsafe in (True, False):
            target = golden_path(seed, unsafe=unsafe)
            data = fixed_seed(seed, unsafe=unsafe)
            if target.exists() and target.read_bytes() == data:
                continue
            stale.append(target.name)
            if not check:
                target.write_bytes(data)
    verb = "out of date" if check else "rewritten"
    print(f"{len(stale)} golden file(s) {verb}: {', '.join(stale) or '-'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
