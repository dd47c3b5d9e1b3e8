#!/usr/bin/env python3
"""Measure awesomelint's speed and memory for the README, against markdownlint-cli2 and mdformat.

Run by hand (it is not part of the test suite and asserts nothing)::

    python benchmarks/run.py    # a few minutes; prints Markdown tables on stdout

What it measures, each as the wall time of a whole command, start-up included:

1. Linear growth: ``awesomelint check --offline`` on a 120 KB and a 1.2 MB list (the corpus
   file ``opendilab-awesome-rlhf.md`` concatenated 2 and 20 times) and on an empty file, whose
   time stands for the fixed start-up cost. Ten times the input must cost at most eleven
   times the time; the ratio is printed raw and net of start-up.
2. ``awesomelint check --offline`` against ``markdownlint-cli2`` (default rules) on the
   1.2 MB list, run alternately; target ratio ≤ 0.12.
3. Peak memory (max RSS) of that check; target < 150 MB.
4. ``awesomelint check --offline`` on one seed list; target < 0.25 s.
5. ``awesomelint fix`` against ``python -m mdformat`` on fresh copies of the 1.2 MB list,
   run alternately; target ratio ≤ 0.25.

Commands that are compared run in alternation, round by round (the order reversed every other
round), after one untimed warm-up each, and the median is reported. Each child's own resource
usage comes from ``os.wait4`` (``RUSAGE_CHILDREN`` would be the maximum over every child so
far, so markdownlint's Node process would leak into awesomelint's peak memory).

Everything the script makes lives in ``benchmarks/.work/`` (git-ignored): the inputs, the
copies that ``fix`` rewrites, markdownlint-cli2 (installed there with npm when missing) and,
unless ``--as-is`` is given, a bytecode cache for the Python children: they run with
``PYTHONPYCACHEPREFIX`` pointing there and without ``PYTHONDONTWRITEBYTECODE``, so that, as on
a user's machine, modules are not recompiled on every run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "benchmarks" / ".work"
CORPUS_FILE = REPO / "tests" / "fixtures" / "corpus" / "opendilab-awesome-rlhf.md"
SEED_FILE = REPO / "tests" / "fixtures" / "seeds" / "awesome-vlm-rl.md"

#: The newest markdownlint-cli2 that still runs on Node 20 (0.23 and later need Node 22).
MARKDOWNLINT_CLI2_VERSION = "0.22.1"
#: Installed into ``benchmarks/.work/python`` only when the running Python has no mdformat.
MDFORMAT_VERSION = "1.0.0"

LARGE_COPIES = 20
SMALL_COPIES = 2

TARGET_GROWTH = 11.0
TARGET_CHECK_RATIO = 0.12
TARGET_PEAK_MB = 150.0
TARGET_SEED_SECONDS = 0.25
TARGET_FIX_RATIO = 0.25


@dataclass(frozen=True)
class Sample:
    """One finished run of a command."""

    wall: float
    cpu: float
    max_rss_mb: float
    returncode: int


@dataclass
class Command:
    """A command to time; ``prepare`` runs untimed before every run (e.g. to copy inputs)."""

    name: str
    argv: list[str]
    env: dict[str, str]
    ok_codes: frozenset[int] = frozenset({0})
    prepare: Callable[[], None] | None = None
    samples: list[Sample] = field(default_factory=list)

    @property
    def wall(self) -> float:
        """Median wall time in seconds."""
        return statistics.median(sample.wall for sample in self.samples)

    @property
    def cpu(self) -> float:
        """Median user + system CPU time in seconds."""
        return statistics.median(sample.cpu for sample in self.samples)

    @property
    def peak_mb(self) -> float:
        """Largest max RSS over all runs, in MB (10^6 bytes)."""
        return max(sample.max_rss_mb for sample in self.samples)


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    measurement: str
    ours: str
    reference: str
    ratio_target: str
    passed: bool | None


def log(message: str) -> None:
    """Progress goes to stderr so that stdout holds only the results."""
    print(message, file=sys.stderr, flush=True)


def run_once(command: Command) -> Sample:
    """Run ``command`` once with output discarded, and return its own time and memory."""
    if command.prepare is not None:
        command.prepare()
    start = time.perf_counter()
    process = subprocess.Popen(
        command.argv,
        cwd=WORK,
        env=command.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in command.ok_codes:
        # Output is discarded while timing (markdownlint-cli2 writes its findings to stderr);
        # run the command again to show why it failed.
        detail = subprocess.run(command.argv, cwd=WORK, env=command.env, capture_output=True)
        raise SystemExit(
            f"{command.name}: exit code {process.returncode}: {' '.join(command.argv)}\n"
            + detail.stderr.decode(errors="replace")[-2000:]
        )
    # ru_maxrss is in KiB on Linux and in bytes on macOS.
    rss_bytes = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return Sample(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        max_rss_mb=rss_bytes / 1e6,
        returncode=process.returncode,
    )


def alternate(commands: Sequence[Command], rounds: int, warm_up: bool = True) -> None:
    """Run every command once per round, reversing the order every other round, so that a
    change in the machine's load affects them alike; samples are appended to the commands."""
    if warm_up:
        for command in commands:
            run_once(command)
    for round_number in range(rounds):
        order = commands if round_number % 2 == 0 else list(reversed(commands))
        for command in order:
            sample = run_once(command)
            command.samples.append(sample)
            log(f"  round {round_number + 1}/{rounds}  {command.name:<34} {sample.wall:8.3f} s")


def build_inputs() -> dict[str, Path]:
    """The empty, 120 KB and 1.2 MB lists, written into ``benchmarks/.work/inputs``."""
    inputs = WORK / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    text = CORPUS_FILE.read_bytes()
    paths = {
        "empty": inputs / "empty.md",
        "small": inputs / f"rlhf-x{SMALL_COPIES}.md",
        "large": inputs / f"rlhf-x{LARGE_COPIES}.md",
    }
    paths["empty"].write_bytes(b"")
    paths["small"].write_bytes(text * SMALL_COPIES)
    paths["large"].write_bytes(text * LARGE_COPIES)
    return paths


def child_env(as_is: bool) -> dict[str, str]:
    """The environment of the children: with a bytecode cache in the work dir unless ``as_is``."""
    env = dict(os.environ)
    if not as_is:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    return env


def awesomelint_argv() -> list[str]:
    """The ``awesomelint`` script next to this Python, else ``python -m awesomelint``."""
    script = Path(sys.executable).parent / "awesomelint"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "awesomelint"]


def markdownlint_argv() -> list[str]:
    """markdownlint-cli2 from ``benchmarks/.work/node``, installed with npm when missing."""
    prefix = WORK / "node"
    binary = prefix / "node_modules" / ".bin" / "markdownlint-cli2"
    if not binary.exists() or markdownlint_version() != MARKDOWNLINT_CLI2_VERSION:
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("npm is needed to install markdownlint-cli2 (apt-get install npm)")
        log(f"installing markdownlint-cli2@{MARKDOWNLINT_CLI2_VERSION} into {prefix}")
        subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(prefix),
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                f"markdownlint-cli2@{MARKDOWNLINT_CLI2_VERSION}",
            ],
            check=True,
            stdout=sys.stderr,
        )
    return [str(binary)]


def markdownlint_version() -> str | None:
    """The version of markdownlint-cli2 in the work dir, if it is installed."""
    manifest = WORK / "node" / "node_modules" / "markdownlint-cli2" / "package.json"
    if not manifest.is_file():
        return None
    version = json.loads(manifest.read_text(encoding="utf-8")).get("version")
    return str(version) if version else None


def mdformat_argv(env: dict[str, str]) -> list[str]:
    """``python -m mdformat``; when this Python lacks it, it is installed into the work dir
    with pip and found through ``PYTHONPATH`` (set in ``env``)."""
    if find_spec("mdformat") is None:
        target = WORK / "python"
        if not (target / "mdformat").is_dir():
            log(f"installing mdformat=={MDFORMAT_VERSION} into {target}")
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--target",
                    str(target),
                    f"mdformat=={MDFORMAT_VERSION}",
                ],
                check=True,
                stdout=sys.stderr,
            )
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(target), env.get("PYTHONPATH")]))
    return [sys.executable, "-m", "mdformat"]


def tool_versions(mdformat: list[str], env: dict[str, str]) -> dict[str, str]:
    """Versions of everything measured, for the header of the report."""

    def output(argv: list[str], name: str) -> str:
        found = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
        lines = (found.stdout or found.stderr).strip().splitlines()
        return lines[0].removeprefix(name).strip() if lines else "?"

    node = shutil.which("node")
    return {
        "python": sys.version.split()[0],
        "awesomelint": metadata.version("awesomelint"),
        "markdownlint-cli2": markdownlint_version() or "?",
        "node": output([node, "--version"], "v") if node else "?",
        "mdformat": output([*mdformat, "--version"], "mdformat"),
    }


def copier(source: Path, destination: Path) -> Callable[[], None]:
    """A ``prepare`` step that gives a command a fresh copy of ``source`` to rewrite."""

    def prepare() -> None:
        shutil.copyfile(source, destination)

    return prepare


def seconds(value: float) -> str:
    return f"{value:.3f} s"


def ratio(value: float) -> str:
    return f"{value:.2f}×"


def render(rows: Sequence[Row]) -> str:
    """The results as a Markdown table."""
    verdicts = {True: "yes", False: "**no**", None: "—"}
    lines = [
        "| measurement | awesomelint | reference | ratio/target | pass? |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {row.measurement} | {row.ours} | {row.reference} | {row.ratio_target} "
        f"| {verdicts[row.passed]} |"
        for row in rows
    ]
    return "\n".join(lines)


def render_details(commands: Sequence[Command]) -> str:
    """Every command's median and best wall time, median CPU time and peak memory."""
    lines = [
        "| command | runs | median wall | min wall | median CPU | peak RSS |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {c.name} | {len(c.samples)} | {seconds(c.wall)} "
        f"| {seconds(min(s.wall for s in c.samples))} | {seconds(c.cpu)} | {c.peak_mb:.0f} MB |"
        for c in commands
    ]
    return "\n".join(lines)


def positive(text: str) -> int:
    """An ``argparse`` type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=positive, default=5, help="rounds of each comparison")
    parser.add_argument(
        "--fix-rounds", type=positive, help="rounds of the fix comparison (default: --rounds)"
    )
    parser.add_argument("--seed-runs", type=positive, default=10, help="runs on the seed list")
    parser.add_argument(
        "--as-is",
        action="store_true",
        help="run the children in this environment as it is (no bytecode cache of our own)",
    )
    return parser.parse_args(argv)


def check_command(name: str, lint: list[str], path: Path, env: dict[str, str]) -> Command:
    """``awesomelint check --offline PATH``; exit code 1 ("errors found") is a normal result."""
    return Command(name, [*lint, "check", "--offline", str(path)], env, frozenset({0, 1}))


def measure_growth(
    lint: list[str], inputs: dict[str, Path], env: dict[str, str], rounds: int
) -> tuple[list[Row], list[Command]]:
    """1. The empty, 120 KB and 1.2 MB lists in alternation; growth raw and net of start-up."""
    empty = check_command("check --offline empty.md", lint, inputs["empty"], env)
    small = check_command("check --offline 120 KB", lint, inputs["small"], env)
    large = check_command("check --offline 1.2 MB", lint, inputs["large"], env)
    log("1. linear growth: empty, 120 KB and 1.2 MB lists")
    alternate([empty, small, large], rounds)
    raw = large.wall / small.wall
    net_large, net_small = large.wall - empty.wall, small.wall - empty.wall
    net = net_large / net_small if net_small > 0 else float("inf")
    target = f"(≤ {TARGET_GROWTH:g}×)"
    rows = [
        Row("`check --offline`, empty file (start-up)", seconds(empty.wall), "—", "—", None),
        Row("`check --offline`, 120 KB list", seconds(small.wall), "—", "—", None),
        Row(
            "linear growth: 1.2 MB vs 120 KB, raw",
            seconds(large.wall),
            seconds(small.wall),
            f"{ratio(raw)} {target}",
            raw <= TARGET_GROWTH,
        ),
        Row(
            "linear growth: 1.2 MB vs 120 KB, net of start-up",
            seconds(net_large),
            seconds(net_small),
            f"{ratio(net)} {target}",
            net <= TARGET_GROWTH,
        ),
    ]
    return rows, [empty, small, large]


def measure_check(
    lint: list[str], markdownlint: list[str], large: Path, env: dict[str, str], rounds: int
) -> tuple[list[Row], list[Command]]:
    """2. and 3. ``check --offline`` against markdownlint-cli2 on the 1.2 MB list, in
    alternation: time ratio, and peak memory."""
    ours = check_command("check --offline 1.2 MB (vs mdl)", lint, large, env)
    theirs = Command(
        "markdownlint-cli2 1.2 MB", [*markdownlint, str(large)], env, frozenset({0, 1})
    )
    log("2./3. awesomelint check vs markdownlint-cli2 on the 1.2 MB list")
    alternate([ours, theirs], rounds)
    time_ratio = ours.wall / theirs.wall
    rows = [
        Row(
            "`check --offline` 1.2 MB vs markdownlint-cli2",
            seconds(ours.wall),
            seconds(theirs.wall),
            f"{ratio(time_ratio)} (≤ {TARGET_CHECK_RATIO:g}×)",
            time_ratio <= TARGET_CHECK_RATIO,
        ),
        Row(
            "peak memory (max RSS), `check --offline` 1.2 MB",
            f"{ours.peak_mb:.0f} MB",
            f"{theirs.peak_mb:.0f} MB (markdownlint-cli2)",
            f"< {TARGET_PEAK_MB:g} MB",
            ours.peak_mb < TARGET_PEAK_MB,
        ),
    ]
    return rows, [ours, theirs]


def measure_seed(
    lint: list[str], env: dict[str, str], runs: int
) -> tuple[list[Row], list[Command]]:
    """4. ``check --offline`` on one seed list, with the bare interpreter's start-up beside it."""
    seed = check_command("check --offline seed list", lint, SEED_FILE, env)
    interpreter = Command("python -c pass", [sys.executable, "-c", "pass"], env)
    log("4. awesomelint check on a seed list")
    alternate([seed, interpreter], runs)
    row = Row(
        f"`check --offline` seed list ({SEED_FILE.name})",
        seconds(seed.wall),
        f"{seconds(interpreter.wall)} (`python -c pass`)",
        f"< {TARGET_SEED_SECONDS:g} s",
        seed.wall < TARGET_SEED_SECONDS,
    )
    return [row], [seed, interpreter]


def measure_fix(
    lint: list[str],
    mdformat: list[str],
    inputs: dict[str, Path],
    env: dict[str, str],
    mdformat_env: dict[str, str],
    rounds: int,
) -> tuple[list[Row], list[Command]]:
    """5. ``fix`` against mdformat, each on a fresh copy of the 1.2 MB list every round; the
    warm-up (which fills the bytecode cache) works on the 120 KB list to save time."""
    scratch = WORK / "scratch"
    scratch.mkdir(exist_ok=True)
    ours_copy, theirs_copy = scratch / "fix-awesomelint.md", scratch / "fix-mdformat.md"
    ours_argv, theirs_argv = [*lint, "fix", str(ours_copy)], [*mdformat, str(theirs_copy)]
    log("5. awesomelint fix vs mdformat on the 1.2 MB list")
    run_once(Command("fix warm-up", ours_argv, env, prepare=copier(inputs["small"], ours_copy)))
    run_once(
        Command(
            "mdformat warm-up",
            theirs_argv,
            mdformat_env,
            prepare=copier(inputs["small"], theirs_copy),
        )
    )
    ours = Command("fix 1.2 MB", ours_argv, env, prepare=copier(inputs["large"], ours_copy))
    theirs = Command(
        "mdformat 1.2 MB",
        theirs_argv,
        mdformat_env,
        prepare=copier(inputs["large"], theirs_copy),
    )
    alternate([ours, theirs], rounds, warm_up=False)
    time_ratio = ours.wall / theirs.wall
    row = Row(
        "`fix` 1.2 MB vs mdformat",
        seconds(ours.wall),
        seconds(theirs.wall),
        f"{ratio(time_ratio)} (≤ {TARGET_FIX_RATIO:g}×)",
        time_ratio <= TARGET_FIX_RATIO,
    )
    return [row], [ours, theirs]


def main(argv: Sequence[str] | None = None) -> None:
    arguments = parse_arguments(argv)
    rounds: int = arguments.rounds
    fix_rounds: int = arguments.fix_rounds or rounds
    WORK.mkdir(parents=True, exist_ok=True)
    inputs = build_inputs()
    env = child_env(arguments.as_is)
    lint = awesomelint_argv()
    markdownlint = markdownlint_argv()
    mdformat_env = dict(env)
    mdformat = mdformat_argv(mdformat_env)
    load_before = os.getloadavg()

    rows: list[Row] = []
    commands: list[Command] = []
    for section_rows, section_commands in (
        measure_growth(lint, inputs, env, rounds),
        measure_check(lint, markdownlint, inputs["large"], env, rounds),
        measure_seed(lint, env, arguments.seed_runs),
        measure_fix(lint, mdformat, inputs, env, mdformat_env, fix_rounds),
    ):
        rows += section_rows
        commands += section_commands
    load_after = os.getloadavg()

    versions = ", ".join(f"{name} {v}" for name, v in tool_versions(mdformat, mdformat_env).items())
    cache = "as in the environment" if arguments.as_is else "on (benchmarks/.work/pycache)"
    print(render(rows))
    print()
    print(
        f"Medians of {rounds} alternated rounds ({fix_rounds} for `fix`, "
        f"{arguments.seed_runs} for the seed list); wall time of the whole command, start-up "
        f"included. {versions}; {os.cpu_count()} CPUs; load average {load_before[0]:.2f} "
        f"before, {load_after[0]:.2f} after; bytecode cache {cache}."
    )
    print()
    print(render_details(commands))


if __name__ == "__main__":
    main()
