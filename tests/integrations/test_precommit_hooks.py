"""pre-commit: the hooks this repository publishes, run for real, and the project's own config.

``pre-commit try-repo`` installs the hooks' environment from the repository (pip, from the
package registry) into a throwaway store on every call, which takes up to a minute; the
hook test therefore runs both hooks in each of two calls.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from integration_lists import BROKEN, CLEAN, FIXABLE
from integration_support import REPO_ROOT, commit_all


def pre_commit(directory: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run pre-commit in ``directory`` with its cache in ``home``, colourless."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    # language: system hooks find the awesomelint and ruff of the interpreter running the tests.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args, "--color", "never"],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def status_line(output: str, name: str) -> str:
    """pre-commit's ``name......Passed`` line of one hook."""
    return next(line for line in output.splitlines() if line.startswith(f"{name}..."))


def test_manifest_declares_check_and_fix_hooks_on_markdown() -> None:
    hooks = {
        hook["id"]: hook
        for hook in yaml.safe_load(REPO_ROOT.joinpath(".pre-commit-hooks.yaml").read_text())
    }

    assert set(hooks) == {"awesomelint", "awesomelint-fix"}
    assert hooks["awesomelint"]["entry"] == "awesomelint check"
    assert hooks["awesomelint-fix"]["entry"] == "awesomelint fix"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types"] == ["markdown"]


def test_manifest_and_project_config_are_valid(tmp_path: Path) -> None:
    manifest = pre_commit(
        REPO_ROOT, "validate-manifest", ".pre-commit-hooks.yaml", home=tmp_path / "home"
    )
    config = pre_commit(
        REPO_ROOT, "validate-config", ".pre-commit-config.yaml", home=tmp_path / "home"
    )

    assert manifest.returncode == 0, manifest.stdout + manifest.stderr
    assert config.returncode == 0, config.stdout + config.stderr


def test_hooks_installed_from_the_repository_check_and_fix(
    source_snapshot: Path, repo: Path, tmp_path: Path
) -> None:
    (repo / "broken.md").write_text(BROKEN, encoding="utf-8")
    (repo / "fixable.md").write_text(FIXABLE, encoding="utf-8")
    (repo / "notes.txt").write_text("not Markdown: no hook looks at it\n", encoding="utf-8")
    commit_all(repo)
    home = tmp_path / "pre-commit-home"

    first = pre_commit(
        repo, "try-repo", str(source_snapshot), "--files", "broken.md", "fixable.md",
        "notes.txt", home=home,
    )  # fmt: skip

    output = first.stdout
    assert first.returncode == 1, output + first.stderr
    assert status_line(output, "awesomelint").endswith("Failed")
    assert "broken.md:5:43: link-duplicate" in output
    assert "broken.md:8:30: link-duplicate" in output
    assert "notes.txt" not in output
    assert status_line(output, "awesomelint fix").endswith("Failed")
    assert "- files were modified by this hook" in output
    assert (repo / "fixable.md").read_text(encoding="utf-8") == CLEAN
    assert (repo / "broken.md").read_text(encoding="utf-8") == BROKEN

    second = pre_commit(repo, "try-repo", str(source_snapshot), "--files", "fixable.md", home=home)

    assert second.returncode == 0, second.stdout + second.stderr
    assert status_line(second.stdout, "awesomelint").endswith("Passed")
    assert status_line(second.stdout, "awesomelint fix").endswith("Passed")
    assert (repo / "fixable.md").read_text(encoding="utf-8") == CLEAN


def test_project_config_checks_lists_only(repo: Path, tmp_path: Path) -> None:
    shutil.copy(REPO_ROOT / ".pre-commit-config.yaml", repo / ".pre-commit-config.yaml")
    (repo / "lists").mkdir()
    (repo / "lists" / "papers.md").write_text(BROKEN, encoding="utf-8")
    (repo / "README.md").write_text(BROKEN, encoding="utf-8")
    commit_all(repo)

    failing = pre_commit(repo, "run", "--all-files", home=tmp_path / "home")

    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert status_line(failing.stdout, "awesomelint check").endswith("Failed")
    assert "lists/papers.md:5:43: link-duplicate" in failing.stdout
    assert "README.md" not in failing.stdout
    assert status_line(failing.stdout, "ruff check").endswith("Skipped")

    (repo / "lists" / "papers.md").write_text(CLEAN, encoding="utf-8")
    commit_all(repo, "fix the list")
    passing = pre_commit(repo, "run", "--all-files", home=tmp_path / "home")

    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert status_line(passing.stdout, "awesomelint check").endswith("Passed")
