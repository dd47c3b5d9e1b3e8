"""The check step of awesomelint's GitHub Action (``action.yml``).

Why a script rather than shell in ``run:``: the action's inputs reach it only through
environment variables, never through ``${{ inputs.… }}`` pasted into a shell script (where a
crafted input would run as code), and the tests run this file exactly as the runner does.

Environment:
    AWESOMELINT_PATHS      files or directories to check, shell-quoted (default: ``lists``)
    AWESOMELINT_DIFF_BASE  a git revision: report only lines changed since it (optional)
    AWESOMELINT_ARGS       more ``awesomelint check`` options, shell-quoted (optional)

It runs ``awesomelint check --format github`` with the interpreter running it, so annotations
reach the pull request and the job summary is written; its exit status is the step's.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys


def main() -> int:
    try:
        paths = shlex.split(os.environ.get("AWESOMELINT_PATHS", "")) or ["lists"]
        extra = shlex.split(os.environ.get("AWESOMELINT_ARGS", ""))
    except ValueError as error:
        print(f"::error title=awesomelint::cannot read the action's inputs: {error}")
        return 2
    command = [sys.executable, "-m", "awesomelint", "check", "--format", "github"]
    base = os.environ.get("AWESOMELINT_DIFF_BASE", "").strip()
    if base:
        fetch_if_missing(base)
        command += ["--diff-base", base]
    command += [*extra, "--", *paths]
    print("Running: awesomelint " + shlex.join(command[3:]), flush=True)
    return subprocess.run(command, check=False).returncode


def fetch_if_missing(base: str) -> None:
    """Fetch ``base`` from ``origin`` when the checkout lacks it.

    ``actions/checkout`` fetches one commit by default, so a pull request's base commit is
    usually missing; one more shallow commit is all ``git diff BASE`` needs. If the fetch
    fails, ``awesomelint check`` reports the bad base itself.
    """
    if base.startswith("-") or _git("cat-file", "-e", f"{base}^{{commit}}"):
        return
    print(f"awesomelint: fetching diff base {base} from origin", flush=True)
    _git("fetch", "--no-tags", "--quiet", "--depth=1", "origin", base)


def _git(*arguments: str) -> bool:
    completed = subprocess.run(["git", *arguments], check=False, capture_output=True)
    return completed.returncode == 0


if __name__ == "__main__":
    sys.exit(main())
