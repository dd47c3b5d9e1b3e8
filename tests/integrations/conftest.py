"""Fixtures of the integration tests: an isolated environment, the CLI, git repositories, and a
committed snapshot of this repository's working tree (what pre-commit and the Action install).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from integration_support import REPO_ROOT, AwesomeLint, git, git_environment

from awesomelint._cli import main

#: GitHub Actions variables a CI runner sets; each test starts without them.
GITHUB_VARIABLES = (
    "GITHUB_ACTIONS",
    "GITHUB_WORKSPACE",
    "GITHUB_STEP_SUMMARY",
    "GITHUB_ACTION_PATH",
    "GITHUB_OUTPUT",
    "GITHUB_ENV",
    "GITHUB_PATH",
)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No user cache, no network (the arXiv API points at a closed local port), no CI
    variables, and git configured only by the test."""
    monkeypatch.setenv("AWESOMELINT_CACHE_DIR", str(tmp_path / "user-cache"))
    monkeypatch.setenv("AWESOMELINT_ARXIV_API_URL", f"http://127.0.0.1:{_closed_port()}/api")
    for name in GITHUB_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in git_environment(tmp_path / "gitconfig").items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("NO_COLOR", raising=False)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def awesomelint() -> AwesomeLint:
    """Run the CLI in-process; an exception (a traceback for the user) fails the test."""

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)

    return run


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty git repository, which is also the current directory."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "--quiet")
    monkeypatch.chdir(root)
    return root


@pytest.fixture(scope="session")
def source_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's working tree (tracked and untracked, minus ignored files) committed
    to a new repository.

    pre-commit and ``pip install`` read a repository's committed state, and the real one has
    uncommitted work while it is being developed; the snapshot is exactly what a user would
    get from the working tree once it is committed, and builds never write into the real tree.
    """
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO_ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    target = tmp_path_factory.mktemp("awesomelint-source")
    for name in filter(None, listing.split("\0")):
        source = REPO_ROOT / name
        if source.is_file():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    env = {**os.environ, **git_environment(target.parent / "snapshot-gitconfig")}
    for command in (
        ["git", "init", "--quiet"],
        ["git", "add", "-A"],
        ["git", "commit", "--quiet", "--no-verify", "-m", "snapshot"],
    ):
        subprocess.run(command, cwd=target, env=env, capture_output=True, check=True)
    return target
