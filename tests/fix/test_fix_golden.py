"""Golden tests: ``awesomelint fix`` on each seed list produces exactly the reviewed output.

The goldens live in ``tests/fix/golden`` and are regenerated only by
``tests/fix/regenerate_goldens.py`` (which documents how to review them); the seeds are real
lists, so these tests pin down every canonical-form rewrite on real data at once.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from fix_support import CANONICAL_RULES, SEEDS, golden_path, run_cli

BOM = b"\xef\xbb\xbf"
SELECT = ("--select", ",".join(CANONICAL_RULES))


def assert_same_text(actual: bytes, expected: bytes, name: str) -> None:
    """Compare whole files, failing with a readable unified diff instead of a bytes repr."""
    if actual == expected:
        return
    diff = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile=f"expected/{name}",
        tofile=f"actual/{name}",
    )
    pytest.fail("fix output differs from the golden:\n" + "".join(diff), pytrace=False)


def fix_copy(seed: Path, directory: Path, data: bytes, *flags: str) -> bytes:
    """Write ``data`` as a list named like ``seed``, run ``awesomelint fix`` on it, and return
    what the file holds afterwards."""
    target = directory / seed.name
    target.write_bytes(data)
    result = run_cli("fix", *flags, *SELECT, str(target))
    assert result.exit_code == 0, result.output
    return target.read_bytes()


@pytest.mark.parametrize("unsafe", [True, False], ids=["unsafe-fixes", "safe-fixes"])
@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_fix_rewrites_each_seed_to_its_golden(seed: Path, unsafe: bool, tmp_path: Path) -> None:
    flags = ("--unsafe-fixes",) if unsafe else ()
    fixed = fix_copy(seed, tmp_path, seed.read_bytes(), *flags)
    assert_same_text(fixed, golden_path(seed, unsafe=unsafe).read_bytes(), seed.name)


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_crlf_and_bom_survive_the_same_rewrite(seed: Path, tmp_path: Path) -> None:
    """A list saved with CRLF line ends and a BOM gets the same fixes, and keeps both."""

    def windows(data: bytes) -> bytes:
        return BOM + data.replace(b"\n", b"\r\n")

    fixed = fix_copy(seed, tmp_path, windows(seed.read_bytes()), "--unsafe-fixes")
    assert_same_text(fixed, windows(golden_path(seed, unsafe=True).read_bytes()), seed.name)


def test_plain_fix_stops_short_of_exactly_the_unsafe_rewrites() -> None:
    """Plain ``fix`` leaves out the rewrites that change meaning or rendering — mojibake
    repair, ``http://`` to ``https://``, a missing blank line between link lines — and agrees
    with ``--unsafe-fixes`` everywhere else."""
    seeds = {seed.name: seed for seed in SEEDS}

    def changed_lines(name: str) -> tuple[list[str], list[str]]:
        safe = golden_path(seeds[name], unsafe=False).read_text(encoding="utf-8").splitlines()
        unsafe = golden_path(seeds[name], unsafe=True).read_text(encoding="utf-8").splitlines()
        return [line for line in safe if line not in unsafe], [
            line for line in unsafe if line not in safe
        ]

    differing = {
        name
        for name, seed in seeds.items()
        if golden_path(seed, unsafe=True).read_bytes()
        != golden_path(seed, unsafe=False).read_bytes()
    }
    assert differing == {"brief-paper-reading.md", "vlm-reading-list.md"}
    only_safe, only_unsafe = changed_lines("brief-paper-reading.md")
    assert [line.replace("(http://", "(https://") for line in only_safe] == only_unsafe
    only_safe, only_unsafe = changed_lines("vlm-reading-list.md")
    assert only_safe == [
        "  `Video By One of the Authors:` [Attention is all you need; ≈Åukasz Kaiser | "
        "Masterclass](https://www.youtube.com/watch?v=rBCqOTEfxvg)"
    ]
    assert only_unsafe == [
        "  `Video By One of the Authors:` [Attention is all you need; Łukasz Kaiser | "
        "Masterclass](https://www.youtube.com/watch?v=rBCqOTEfxvg)"
    ]
    safe = golden_path(seeds["vlm-reading-list.md"], unsafe=False).read_text(encoding="utf-8")
    unsafe = golden_path(seeds["vlm-reading-list.md"], unsafe=True).read_text(encoding="utf-8")
    assert "(https://arxiv.org/pdf/1706.03762.pdf)\n  `Video" in safe
    assert "(https://arxiv.org/pdf/1706.03762.pdf)\n\n  `Video" in unsafe


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_diff_output_is_a_patch_that_produces_the_golden(
    seed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``fix --diff`` prints a patch that ``git apply`` turns the list into exactly what
    ``fix`` writes — final-newline state included (one seed has no final newline)."""
    shutil.copyfile(seed, tmp_path / seed.name)
    monkeypatch.chdir(tmp_path)
    result = run_cli("fix", "--diff", "--unsafe-fixes", *SELECT, seed.name)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"--- a/{seed.name}\n+++ b/{seed.name}\n")
    (tmp_path / "fix.patch").write_text(result.stdout, encoding="utf-8", newline="")
    environment = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path.parent)}
    subprocess.run(
        ["git", "apply", "fix.patch"], cwd=tmp_path, env=environment, check=True, timeout=60
    )
    assert_same_text(
        (tmp_path / seed.name).read_bytes(),
        golden_path(seed, unsafe=True).read_bytes(),
        seed.name,
    )


def test_every_seed_has_exactly_its_two_goldens() -> None:
    """No golden is missing and none is left over from a seed that no longer exists."""
    assert {path.name for path in golden_path(SEEDS[0], unsafe=True).parent.iterdir()} == {
        golden_path(seed, unsafe=unsafe).name for seed in SEEDS for unsafe in (True, False)
    }
