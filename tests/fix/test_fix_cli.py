"""``awesomelint fix`` is safe to run: ``--diff`` and ``--check`` write nothing, a real run
replaces files atomically and keeps their mode, and a file that cannot be read or written is
reported (exit 2) without stopping the others from being fixed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from fix_support import run_cli

DAMAGED = "# List\n\n- [ Paper ](https://example.org/p?utm_source=feed&id=3)  \n"
FIXED = "# List\n\n- [Paper](https://example.org/p?id=3)\n"


def snapshot(path: Path) -> tuple[bytes, int, int]:
    """What a write would change: the bytes, the modification time and the inode."""
    info = path.stat()
    return path.read_bytes(), info.st_mtime_ns, info.st_ino


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "list.md"
    path.write_text(DAMAGED, encoding="utf-8")
    # An mtime in the past, so that any write would be visible even on a coarse clock.
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    return path


def test_diff_prints_a_unified_diff_and_writes_nothing(damaged: Path) -> None:
    before = snapshot(damaged)
    result = run_cli("fix", "--diff", str(damaged))
    assert result.exit_code == 1
    assert result.stdout == (
        f"--- a/{damaged}\n"
        f"+++ b/{damaged}\n"
        "@@ -1,3 +1,3 @@\n"
        " # List\n"
        " \n"
        "-- [ Paper ](https://example.org/p?utm_source=feed&id=3)  \n"
        "+- [Paper](https://example.org/p?id=3)\n"
    )
    assert result.stderr == "1 file would be rewritten, 0 unchanged.\n"
    assert snapshot(damaged) == before
    assert [path.name for path in damaged.parent.iterdir()] == ["list.md"]


def test_diff_marks_a_missing_final_newline(tmp_path: Path) -> None:
    """Without the marker, applying the diff would add a final newline that fix does not."""
    path = tmp_path / "list.md"
    path.write_text("- [ A ](https://example.org/a)", encoding="utf-8")
    result = run_cli("fix", "--diff", str(path))
    assert result.stdout.endswith(
        "-- [ A ](https://example.org/a)\n"
        "\\ No newline at end of file\n"
        "+- [A](https://example.org/a)\n"
        "\\ No newline at end of file\n"
    )


def test_check_exits_1_when_changes_are_needed_and_writes_nothing(damaged: Path) -> None:
    before = snapshot(damaged)
    result = run_cli("fix", "--check", str(damaged))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "1 file would be rewritten, 0 unchanged.\n"
    assert snapshot(damaged) == before


def test_check_exits_0_on_a_clean_list(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text(FIXED, encoding="utf-8")
    result = run_cli("fix", "--check", str(path))
    assert result.exit_code == 0
    assert result.stderr == "0 files would be rewritten, 1 unchanged.\n"
    assert run_cli("fix", "--diff", str(path)).stdout == ""


def test_a_run_replaces_the_file_through_a_renamed_temporary(
    damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new text is written to a temporary file in the same directory and renamed over
    the list: a reader sees the old file or the new one, never a half-written one."""
    renames: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def recording_replace(source: str, target: str) -> None:
        renames.append((Path(source), Path(target)))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", recording_replace)
    _, _, inode = snapshot(damaged)
    result = run_cli("fix", str(damaged))
    assert result.exit_code == 0
    assert result.stderr == "1 file rewritten, 0 unchanged.\n"
    assert damaged.read_text(encoding="utf-8") == FIXED
    [(temporary, target)] = renames
    assert target == damaged
    assert temporary.parent == damaged.parent
    assert temporary != damaged
    assert damaged.stat().st_ino != inode
    assert [path.name for path in damaged.parent.iterdir()] == ["list.md"]


def test_a_run_keeps_the_file_mode(damaged: Path) -> None:
    damaged.chmod(0o640)
    assert run_cli("fix", str(damaged)).exit_code == 0
    assert damaged.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(damaged.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_list_whole_and_is_reported(
    damaged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails at the rename (disk full, permissions) leaves the old list intact
    and no temporary behind; the other files are still fixed, and the run exits 2."""
    other = tmp_path / "other.md"
    other.write_text(DAMAGED, encoding="utf-8")
    real_replace = os.replace

    def failing_replace(source: str, target: str) -> None:
        if Path(target).name == "list.md":
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    before = snapshot(damaged)
    result = run_cli("fix", str(tmp_path))
    assert result.exit_code == 2
    assert f"awesomelint: error: {damaged}: cannot write (No space left on device)" in (
        result.stderr
    )
    assert snapshot(damaged) == before
    assert other.read_text(encoding="utf-8") == FIXED
    assert sorted(path.name for path in tmp_path.iterdir()) == ["list.md", "other.md"]


def test_a_symlinked_list_is_written_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text(DAMAGED, encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert run_cli("fix", str(link)).exit_code == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == FIXED


def test_undecodable_file_is_reported_never_written_and_others_are_fixed(
    tmp_path: Path,
) -> None:
    latin1 = tmp_path / "latin1.md"
    latin1.write_bytes("- [ Café ](https://example.org/c?utm_source=x)  \n".encode("latin-1"))
    good = tmp_path / "good.md"
    good.write_text(DAMAGED, encoding="utf-8")
    before = snapshot(latin1)
    result = run_cli("fix", str(tmp_path))
    assert result.exit_code == 2
    assert f"awesomelint: error: {latin1}: not UTF-8" in result.stderr
    assert "1 file rewritten, 0 unchanged." in result.stderr
    assert snapshot(latin1) == before
    assert good.read_text(encoding="utf-8") == FIXED


def test_unsafe_fixes_are_applied_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("- [Caf√©](http://example.org/c)\n", encoding="utf-8")
    assert run_cli("fix", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == "- [Caf√©](http://example.org/c)\n"
    assert run_cli("fix", "--unsafe-fixes", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == "- [Café](https://example.org/c)\n"
