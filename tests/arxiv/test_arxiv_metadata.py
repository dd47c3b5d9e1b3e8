from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fake_arxiv import FakeArxiv

from awesomelint._arxiv.cache import (
    CACHE_FILE,
    read_cache,
    read_lockfile,
    update_cache,
    write_lockfile,
)
from awesomelint._arxiv.metadata import Paper, resolve_papers
from awesomelint._source import InputError

DPO = Paper(
    id="2305.18290",
    title="Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
    published=date(2023, 5, 29),
    authors=["Rafael Rafailov", "Archit Sharma"],
)
SCHRODINGER = Paper(
    id="hep-th/9901001",
    title="Schrödinger’s Paper",
    published=date(1999, 1, 4),
    authors=["Erwin"],
)


def resolve(
    ids: list[str], url: str, *, offline: bool = False, lockfile: Path | None = None
) -> tuple[dict[str, Paper | None], list[str]]:
    return resolve_papers(ids, offline=offline, api_url=url, interval=0.05, lockfile=lockfile)


def test_paper_titles_lose_the_api_hard_wrapping() -> None:
    paper = Paper(id="x", title="Direct Preference\n    Optimization ", published=date(2023, 5, 29))
    assert paper.title == "Direct Preference Optimization"


def test_fetched_papers_are_cached_so_a_second_run_sends_no_request(
    arxiv: FakeArxiv, isolated_environment: Path
) -> None:
    arxiv.add("2305.18290", DPO.title)
    first, warnings = resolve(["2305.18290", "2305.99999"], arxiv.url)
    assert warnings == []
    assert first["2305.18290"] is not None
    assert first["2305.99999"] is None
    assert len(arxiv.requests) == 1
    assert (isolated_environment / CACHE_FILE).is_file()

    second, warnings = resolve(["2305.99999", "2305.18290"], arxiv.url)
    assert second == first
    assert warnings == []
    assert len(arxiv.requests) == 1


def test_only_ids_missing_from_the_cache_are_fetched(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO.title)
    arxiv.add("2203.02155", "Training language models to follow instructions with human feedback")
    resolve(["2305.18290"], arxiv.url)
    papers, _ = resolve(["2305.18290", "2203.02155"], arxiv.url)
    assert set(papers) == {"2305.18290", "2203.02155"}
    assert [request.ids for request in arxiv.requests] == [["2305.18290"], ["2203.02155"]]


def test_stale_cache_entries_are_forgotten(tmp_path: Path) -> None:
    now = datetime(2025, 6, 1, tzinfo=timezone.utc)
    update_cache(tmp_path, {"2305.18290": DPO, "2305.99999": None}, now=now)
    assert read_cache(tmp_path, now=now + timedelta(hours=1)) == {
        "2305.18290": DPO,
        "2305.99999": None,
    }
    # "No such id" is trusted for a day, a paper for a month.
    assert read_cache(tmp_path, now=now + timedelta(days=2)) == {"2305.18290": DPO}
    assert read_cache(tmp_path, now=now + timedelta(days=31)) == {}


def test_updating_the_cache_keeps_earlier_entries_with_their_own_age(tmp_path: Path) -> None:
    start = datetime(2025, 6, 1, tzinfo=timezone.utc)
    update_cache(tmp_path, {"2305.18290": DPO}, now=start)
    update_cache(tmp_path, {"hep-th/9901001": SCHRODINGER}, now=start + timedelta(days=20))
    assert read_cache(tmp_path, now=start + timedelta(days=25)) == {
        "2305.18290": DPO,
        "hep-th/9901001": SCHRODINGER,
    }
    assert read_cache(tmp_path, now=start + timedelta(days=40)) == {"hep-th/9901001": SCHRODINGER}


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"version": 99, "papers": {}}',
        '{"version": 1, "papers": {"2305.18290": {"fetched": "yesterday", "paper": null}}}',
        '{"version": 1, "papers": {"2305.18290": {"fetched": "2025-06-01", "paper": null}}}',
        '{"version": 1, "papers": {"2305.18290": {"fetched": "2025-06-01T00:00:00+00:00",'
        ' "paper": {"title": 5}}}}',
    ],
)
def test_a_corrupt_cache_is_ignored_and_rewritten(
    arxiv: FakeArxiv, isolated_environment: Path, content: str
) -> None:
    isolated_environment.mkdir()
    (isolated_environment / CACHE_FILE).write_text(content, encoding="utf-8")
    arxiv.add("2305.18290", DPO.title)
    papers, warnings = resolve(["2305.18290"], arxiv.url)
    assert warnings == []
    assert papers["2305.18290"] is not None
    assert len(arxiv.requests) == 1
    assert read_cache(isolated_environment) == papers


def test_an_unwritable_cache_is_a_warning(arxiv: FakeArxiv, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    arxiv.add("2305.18290", DPO.title)
    papers, warnings = resolve_papers(
        ["2305.18290"],
        offline=False,
        api_url=arxiv.url,
        interval=0.05,
        lockfile=None,
        cache_dir=blocker,
    )
    assert papers["2305.18290"] is not None
    assert warnings == [f"cannot write the arXiv cache in {blocker}: File exists"]


def test_the_lockfile_round_trips(tmp_path: Path) -> None:
    lockfile = tmp_path / "arxiv.lock.json"
    papers = {"2305.18290": DPO, "hep-th/9901001": SCHRODINGER, "2305.99999": None}
    write_lockfile(lockfile, papers)
    assert read_lockfile(lockfile) == papers


def test_the_lockfile_is_written_like_a_list(tmp_path: Path) -> None:
    """The lockfile is kept in version control beside the lists, and written with the same
    care: a new one gets the usual mode (not a temporary file's 0600), an existing one keeps
    its mode, and one that is a symbolic link stays a link to the rewritten file."""
    fresh = tmp_path / "fresh.json"
    write_lockfile(fresh, {"2305.18290": DPO})
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~_umask()
    real, link = tmp_path / "real.json", tmp_path / "arxiv.lock.json"
    write_lockfile(real, {})
    real.chmod(0o640)
    link.symlink_to(real)
    write_lockfile(link, {"2305.18290": DPO})
    assert link.is_symlink()
    assert read_lockfile(real) == {"2305.18290": DPO}
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_the_lockfile_is_deterministic_sorted_and_readable(tmp_path: Path) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    write_lockfile(one, {"2305.99999": None, "hep-th/9901001": SCHRODINGER, "2305.18290": DPO})
    write_lockfile(two, {"2305.18290": DPO, "2305.99999": None, "hep-th/9901001": SCHRODINGER})
    text = one.read_text(encoding="utf-8")
    assert one.read_bytes() == two.read_bytes()
    assert text == (
        "{\n"
        '  "papers": {\n'
        '    "2305.18290": {\n'
        '      "authors": [\n'
        '        "Rafael Rafailov",\n'
        '        "Archit Sharma"\n'
        "      ],\n"
        '      "published": "2023-05-29",\n'
        '      "title": "Direct Preference Optimization: Your Language Model is Secretly'
        ' a Reward Model"\n'
        "    },\n"
        '    "2305.99999": null,\n'
        '    "hep-th/9901001": {\n'
        '      "authors": [\n'
        '        "Erwin"\n'
        "      ],\n"
        '      "published": "1999-01-04",\n'
        '      "title": "Schrödinger’s Paper"\n'
        "    }\n"
        "  },\n"
        '  "version": 1\n'
        "}\n"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["one.json", "two.json"]


def test_a_lockfile_not_written_yet_pins_nothing(tmp_path: Path) -> None:
    assert read_lockfile(tmp_path / "arxiv.lock.json") == {}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{", "corrupt arXiv lockfile (invalid JSON, line 1)"),
        ("[1]", "corrupt arXiv lockfile (unexpected structure)"),
        ('{"papers": {}}', "corrupt arXiv lockfile (unexpected structure)"),
        ('{"version": 2, "papers": {}}', "unsupported arXiv lockfile version 2"),
        ('{"version": 1, "papers": {"x": 3}}', "corrupt arXiv lockfile (unexpected structure)"),
        (
            '{"version": 1, "papers": {"x": {"title": "T", "published": "soon"}}}',
            "corrupt arXiv lockfile (bad 'published')",
        ),
    ],
)
def test_a_corrupt_lockfile_is_an_error_naming_it(
    tmp_path: Path, content: str, reason: str
) -> None:
    lockfile = tmp_path / "arxiv.lock.json"
    lockfile.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_lockfile(lockfile)
    assert str(caught.value) == f"{lockfile}: {reason}"


def test_an_unreadable_lockfile_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the arXiv lockfile"):
        read_lockfile(tmp_path)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe")
    with pytest.raises(InputError, match=r"binary\.json: cannot read the arXiv lockfile"):
        read_lockfile(binary)


def test_the_lockfile_answers_before_cache_and_api(
    arxiv: FakeArxiv, isolated_environment: Path, tmp_path: Path
) -> None:
    lockfile = tmp_path / "arxiv.lock.json"
    write_lockfile(lockfile, {"2305.18290": DPO, "2305.99999": None})
    update_cache(isolated_environment, {"2305.18290": None})
    papers, warnings = resolve(["2305.18290", "2305.99999"], arxiv.url, lockfile=lockfile)
    assert papers == {"2305.18290": DPO, "2305.99999": None}
    assert warnings == []
    assert arxiv.requests == []


def test_offline_runs_use_lockfile_and_cache_but_never_the_api(
    arxiv: FakeArxiv, isolated_environment: Path, tmp_path: Path
) -> None:
    lockfile = tmp_path / "arxiv.lock.json"
    write_lockfile(lockfile, {"2305.18290": DPO})
    update_cache(isolated_environment, {"hep-th/9901001": SCHRODINGER})
    papers, warnings = resolve(
        ["2305.18290", "hep-th/9901001", "2203.02155"], arxiv.url, offline=True, lockfile=lockfile
    )
    assert papers == {"2305.18290": DPO, "hep-th/9901001": SCHRODINGER}
    assert warnings == []
    assert arxiv.requests == []


def test_offline_runs_do_not_import_httpx(isolated_environment: Path) -> None:
    update_cache(isolated_environment, {"2305.18290": DPO})
    script = (
        "import sys\n"
        "from awesomelint._arxiv.metadata import resolve_papers\n"
        "papers, _ = resolve_papers(['2305.18290', '2203.02155'], offline=True,"
        " api_url='http://127.0.0.1:9/', interval=3.0, lockfile=None)\n"
        "assert list(papers) == ['2305.18290'], papers\n"
        "prefixes = ('httpx', 'awesomelint._arxiv.api')\n"
        "loaded = sorted(name for name in sys.modules if name.startswith(prefixes))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_an_unreachable_api_is_one_warning_and_the_lockfile_still_counts(
    dead_url: str, tmp_path: Path
) -> None:
    lockfile = tmp_path / "arxiv.lock.json"
    write_lockfile(lockfile, {"2305.18290": DPO})
    papers, warnings = resolve(["2305.18290", "2203.02155"], dead_url, lockfile=lockfile)
    assert papers == {"2305.18290": DPO}
    [warning] = warnings
    assert warning.startswith(f"arXiv API unreachable at {dead_url}: ")
    assert warning.endswith("; arXiv metadata checks skipped")


def test_a_failure_halfway_keeps_and_caches_the_papers_already_fetched(
    arxiv: FakeArxiv, isolated_environment: Path
) -> None:
    ids = [f"2401.{n:05d}" for n in range(1, 151)]
    for id_ in ids:
        arxiv.add(id_, f"Paper {id_}")
    arxiv.broken_after = 1
    arxiv.broken_answer = (403, "Forbidden", {})
    papers, warnings = resolve(ids, arxiv.url)
    assert sorted(papers) == ids[:100]
    assert warnings == [
        f"arXiv API at {arxiv.url} sent an unreadable response (HTTP 403);"
        " arXiv metadata checks skipped for 50 papers"
    ]
    assert sorted(read_cache(isolated_environment)) == ids[:100]


def test_the_environment_overrides_the_configured_api_url(
    arxiv: FakeArxiv, dead_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    arxiv.add("2305.18290", DPO.title)
    monkeypatch.setenv("AWESOMELINT_ARXIV_API_URL", arxiv.url)
    papers, warnings = resolve(["2305.18290"], dead_url)
    assert warnings == []
    assert papers["2305.18290"] is not None
    assert len(arxiv.requests) == 1


def test_the_cache_lives_in_the_directory_the_environment_names(
    arxiv: FakeArxiv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    monkeypatch.setenv("AWESOMELINT_CACHE_DIR", str(elsewhere))
    arxiv.add("2305.18290", DPO.title)
    resolve(["2305.18290"], arxiv.url)
    cached = json.loads((elsewhere / CACHE_FILE).read_text(encoding="utf-8"))
    assert list(cached["papers"]) == ["2305.18290"]
