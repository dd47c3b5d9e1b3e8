"""The GitHub Action: ``action.yml`` is safe against script injection, its check step's script
behaves as a runner would see it, and the composite action's steps run end to end."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from integration_lists import BROKEN, entry, papers
from integration_support import REPO_ROOT, commit_all, git

ACTION = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
SCRIPT = REPO_ROOT / "scripts" / "github_action.py"
#: A ``${{ … }}`` expression, as the runner evaluates it in ``env:`` values.
EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")
TRACKED = "https://example.org/papers/{}?utm_source=feed"


def test_inputs_reach_scripts_only_through_env() -> None:
    """``${{ }}`` inside ``run:`` pastes its value into the shell script: script injection."""
    steps = ACTION["runs"]["steps"]
    assert ACTION["runs"]["using"] == "composite"
    for step in steps:
        assert "${{" not in step["run"], step["name"]
        assert step["shell"] == "bash"
        for value in step.get("env", {}).values():
            for name in EXPRESSION.findall(str(value)):
                if name.startswith("inputs."):
                    assert name.removeprefix("inputs.") in ACTION["inputs"]
    text = (REPO_ROOT / "action.yml").read_text(encoding="utf-8")
    run_blocks = re.findall(r"^( +)run: \|\n((?:\1 .*\n|\n)*)", text, flags=re.MULTILINE)
    assert len(run_blocks) == len(steps)
    assert not any("${{ inputs." in block for _, block in run_blocks)


def test_inputs_and_their_defaults() -> None:
    inputs = ACTION["inputs"]

    assert set(inputs) == {"paths", "diff-base", "args"}
    assert inputs["paths"]["default"] == "lists"
    assert inputs["diff-base"]["default"] == inputs["args"]["default"] == ""
    assert not any(spec["required"] for spec in inputs.values())


def run_script(workspace: Path, summary: Path, **inputs: str) -> subprocess.CompletedProcess[str]:
    """The check step's script as the runner starts it, with the action's inputs in env."""
    env = {
        **os.environ,
        "GITHUB_ACTIONS": "true",
        "CI": "true",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_STEP_SUMMARY": str(summary),
        "AWESOMELINT_PATHS": inputs.get("paths", "lists"),
        "AWESOMELINT_DIFF_BASE": inputs.get("diff_base", ""),
        "AWESOMELINT_ARGS": inputs.get("args", ""),
    }
    return subprocess.run(
        [sys.executable, str(SCRIPT)],
        cwd=workspace,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def workspace(repo: Path) -> Path:
    """A checkout with a broken list in lists/."""
    (repo / "lists").mkdir()
    (repo / "lists" / "papers.md").write_text(BROKEN, encoding="utf-8")
    commit_all(repo)
    return repo


def test_script_annotates_and_writes_the_job_summary(workspace: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"

    step = run_script(workspace, summary, args="--offline")

    assert step.returncode == 1
    assert step.stdout.splitlines() == [
        "Running: awesomelint check --format github --offline -- lists",
        "::error file=lists/papers.md,line=5,col=43,endLine=5,endColumn=74,title=link-duplicate"
        "::'https://example.org/papers/gpt3' is also listed at lists/papers.md:8: keep one entry",
        "::error file=lists/papers.md,line=8,col=30,endLine=8,endColumn=62,title=link-duplicate"
        "::'https://example.org/papers/gpt3/' is also listed at lists/papers.md:5: keep one entry",
        "Found 2 problems (2 errors, 0 warnings).",
    ]
    assert summary.read_text(encoding="utf-8").startswith(
        "## awesomelint\n\nChecked 1 file. Found 2 problems (2 errors, 0 warnings).\n"
    )


def test_script_passes_quoted_paths_and_args(workspace: Path, tmp_path: Path) -> None:
    (workspace / "my lists").mkdir()
    (workspace / "my lists" / "a.md").write_text(
        papers(entry(1, TRACKED.format(1))), encoding="utf-8"
    )

    step = run_script(
        workspace, tmp_path / "summary.md",
        paths="'my lists'", args="--offline --select 'entry-url'",
    )  # fmt: skip

    assert step.returncode == 0
    assert step.stdout.splitlines()[0] == (
        "Running: awesomelint check --format github --offline --select entry-url -- 'my lists'"
    )
    assert step.stdout.splitlines()[1].startswith("::warning file=my lists/a.md,line=5,")


def test_script_reports_unreadable_inputs(workspace: Path, tmp_path: Path) -> None:
    step = run_script(workspace, tmp_path / "summary.md", args="--select 'entry-url")

    assert step.returncode == 2
    assert step.stdout == (
        "::error title=awesomelint::cannot read the action's inputs: No closing quotation\n"
    )


def test_script_fetches_a_missing_pull_request_base(tmp_path: Path) -> None:
    """actions/checkout fetches one commit: the base must be fetched for the diff."""
    upstream = tmp_path / "upstream"
    upstream.mkdir()
    git(upstream, "init", "--quiet")
    git(upstream, "config", "uploadpack.allowAnySHA1InWant", "true")
    (upstream / "lists").mkdir()
    (upstream / "lists" / "a.md").write_text(papers(entry(1, TRACKED.format(1))), "utf-8")
    base = commit_all(upstream, "base")
    (upstream / "lists" / "a.md").write_text(
        papers(entry(1, TRACKED.format(1)), entry(2, TRACKED.format(2))), "utf-8"
    )
    commit_all(upstream, "pull request")
    checkout = tmp_path / "checkout"
    git(tmp_path, "clone", "--quiet", "--depth=1", upstream.as_uri(), str(checkout))
    assert subprocess.run(["git", "cat-file", "-e", base], cwd=checkout, check=False).returncode

    step = run_script(checkout, tmp_path / "summary.md", diff_base=base, args="--offline")

    assert step.returncode == 0, step.stderr
    assert step.stdout.splitlines() == [
        f"awesomelint: fetching diff base {base} from origin",
        f"Running: awesomelint check --format github --diff-base {base} --offline -- lists",
        "::warning file=lists/a.md,line=8,col=20,endLine=8,endColumn=64,title=entry-url"
        "::tracking parameters in URL: write 'https://example.org/papers/2'",
        "Found 1 problem (0 errors, 1 warning). 1 fixable with `awesomelint fix`.",
    ]


def test_script_fails_on_a_base_it_cannot_find(workspace: Path, tmp_path: Path) -> None:
    step = run_script(workspace, tmp_path / "summary.md", diff_base="0" * 40, args="--offline")

    assert step.returncode == 2
    assert step.stderr.endswith(
        f"awesomelint: error: diff base '{'0' * 40}' is not a commit in {workspace.resolve()}\n"
    )


def run_step(
    step: dict[str, object], context: dict[str, str], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """One step as a runner runs it: ``${{ }}`` evaluated in ``env:`` values only, then the
    ``run:`` script by ``bash -e`` (the runner's ``shell: bash``)."""
    step_env = {
        name: EXPRESSION.sub(lambda match: context[match.group(1)], str(value))
        for name, value in dict(step.get("env") or {}).items()
    }
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", str(step["run"])],
        cwd=cwd,
        env={**env, **step_env},
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def test_composite_action_runs_end_to_end(
    source_snapshot: Path, workspace: Path, tmp_path: Path
) -> None:
    """Install (pip, from the action's own checkout) and check, as on a runner."""
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    summary = tmp_path / "summary.md"
    context = {
        "github.action_path": str(source_snapshot),
        "runner.temp": str(runner_temp),
        "inputs.paths": "lists",
        "inputs.diff-base": "",
        "inputs.args": "--offline",
    }
    env = {
        **os.environ,
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_ACTION_PATH": str(source_snapshot),
        "RUNNER_TEMP": str(runner_temp),
    }
    install, check = ACTION["runs"]["steps"]

    installed = run_step(install, context, env, workspace)
    checked = run_step(check, context, env, workspace)
    # An input crafted to run shell code stays a literal (and missing) path.
    context["inputs.paths"] = "'$(touch injected)' lists"
    injected = run_step(check, context, env, workspace)

    assert installed.returncode == 0, installed.stderr
    assert checked.returncode == 1, checked.stderr
    assert "::error file=lists/papers.md,line=5,col=43," in checked.stdout
    assert summary.read_text(encoding="utf-8").startswith("## awesomelint\n\nChecked 1 file.")
    assert injected.returncode == 2
    assert "awesomelint: error: $(touch injected): no such file or directory" in injected.stderr
    assert not (workspace / "injected").exists()
