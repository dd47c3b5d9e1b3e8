"""Helpers of the integration tests: the repository root, and git in temporary repositories.

(A module of its own, not conftest.py, because every test directory has a conftest module and
importing "conftest" by name would find whichever was loaded first.)
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

#: The ``awesomelint`` fixture: run the CLI with arguments (and ``env=``), get click's result.
AwesomeLint = Callable[..., Result]

#: The repository root, found from this file (tests/integrations/integration_support.py).
REPO_ROOT = Path(__file__).resolve().parents[2]


def git_environment(config: Path) -> dict[str, str]:
    """Variables that make git ignore the user's and the system's configuration."""
    config.write_text(
        "[user]\n\tname = Test\n\temail = test@example.org\n"
        "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n"
        "[advice]\n\tdetachedHead = false\n",
        encoding="utf-8",
    )
    return {"GIT_CONFIG_GLOBAL": str(config), "GIT_CONFIG_NOSYSTEM": "1"}


def git(directory: Path, *args: str) -> str:
    """Run git in ``directory`` and return its stdout; a failing git command fails the test."""
    completed = subprocess.run(
        ["git", *args], cwd=directory, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def commit_all(directory: Path, message: str = "lists") -> str:
    """Stage and commit everything; the new commit's id."""
    git(directory, "add", "-A")
    git(directory, "commit", "--quiet", "--no-verify", "-m", message)
    return git(directory, "rev-parse", "HEAD").strip()
