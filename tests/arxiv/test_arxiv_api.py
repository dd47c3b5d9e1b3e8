from __future__ import annotations

import io
import itertools
import sys
import time
from datetime import date
from typing import Any

import pytest
from fake_arxiv import FakeArxiv, atom_feed

from awesomelint._arxiv.api import ArxivClient, ArxivUnavailable, api_url_from
from awesomelint._arxiv.metadata import Paper

DPO = "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"


def client(
    url: str, *, interval: float = 0.05, backoff: float = 0.05, **options: Any
) -> ArxivClient:
    """A client with test-sized waits: requests 0.05 s apart, retries 0.05 s after failures."""
    return ArxivClient(url, interval=interval, backoff=backoff, **options)


def many(arxiv: FakeArxiv, count: int) -> list[str]:
    ids = [f"2401.{n:05d}" for n in range(1, count + 1)]
    for id_ in ids:
        arxiv.add(id_, f"A study of problem number {id_} with a long title that wraps")
    return ids


def test_papers_come_back_with_clean_ids_titles_dates_and_authors(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO, published="2023-05-29")
    arxiv.add("hep-th/9901001", "An Old-Style Paper", published="1999-01-04")
    with client(arxiv.url) as api:
        papers = api.fetch(["2305.18290", "hep-th/9901001"])
    assert papers == {
        "2305.18290": Paper(
            id="2305.18290",
            title=DPO,
            published=date(2023, 5, 29),
            authors=["Ada Lovelace", "Alan Turing"],
        ),
        "hep-th/9901001": Paper(
            id="hep-th/9901001",
            title="An Old-Style Paper",
            published=date(1999, 1, 4),
            authors=["Ada Lovelace", "Alan Turing"],
        ),
    }


def test_ids_missing_from_the_feed_do_not_exist(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO)
    with client(arxiv.url) as api:
        papers = api.fetch(["2305.18290", "2305.99999", "2305.18290"])
    assert papers["2305.99999"] is None
    assert papers["2305.18290"] is not None
    assert len(arxiv.requests) == 1


def test_ids_are_fetched_in_batches_of_a_hundred_with_max_results_always_set(
    arxiv: FakeArxiv,
) -> None:
    ids = many(arxiv, 250)
    with client(arxiv.url) as api:
        papers = api.fetch(ids)
    assert [len(request.ids) for request in arxiv.requests] == [100, 100, 50]
    assert all(int(request.params["max_results"]) >= len(request.ids) for request in arxiv.requests)
    assert all(papers[id_] is not None for id_ in ids)


def test_the_batch_size_is_configurable(arxiv: FakeArxiv) -> None:
    ids = many(arxiv, 250)
    with client(arxiv.url, batch_size=200) as api:
        api.fetch(ids)
    assert [len(request.ids) for request in arxiv.requests] == [200, 50]


def test_requests_are_spaced_by_the_interval_and_the_first_is_not_delayed(
    arxiv: FakeArxiv,
) -> None:
    ids = many(arxiv, 30)
    with client(arxiv.url, interval=0.2, batch_size=10) as api:
        started = time.monotonic()
        api.fetch(ids)
    arrivals = [request.at for request in arxiv.requests]
    assert len(arrivals) == 3
    assert arrivals[0] - started < 0.15  # not held back by the 0.2 s interval
    assert all(later - earlier >= 0.2 for earlier, later in itertools.pairwise(arrivals))


def test_the_interval_holds_across_clients_of_one_process(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO)
    for _ in range(2):
        with client(arxiv.url, interval=0.2) as api:
            api.search_title(DPO)
    first, second = (request.at for request in arxiv.requests)
    assert second - first >= 0.2


@pytest.mark.parametrize(
    ("status", "body"),
    [(503, "Rate exceeded."), (200, "Rate exceeded.\n"), (429, ""), (500, "oops"), (502, "")],
)
def test_throttling_and_server_errors_are_retried(arxiv: FakeArxiv, status: int, body: str) -> None:
    arxiv.add("2305.18290", DPO)
    arxiv.fail_next(2, status, body)
    with client(arxiv.url, retries=3) as api:
        papers = api.fetch(["2305.18290"])
    assert papers["2305.18290"] is not None
    assert len(arxiv.requests) == 3


def test_retries_back_off_and_keep_the_interval(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO)
    arxiv.fail_next(2, 503, "Rate exceeded.")
    with client(arxiv.url, interval=0.1, backoff=0.15, retries=3) as api:
        api.fetch(["2305.18290"])
    first, second, third = (request.at for request in arxiv.requests)
    assert second - first >= 0.15  # backoff 0.15 beats the 0.1 interval
    assert third - second >= 0.3  # and doubles


def test_retry_after_is_honoured(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO)
    arxiv.fail_next(1, 503, "Rate exceeded.", {"Retry-After": "1"})
    with client(arxiv.url) as api:
        api.fetch(["2305.18290"])
    first, second = (request.at for request in arxiv.requests)
    assert second - first >= 1


def test_persistent_throttling_makes_the_api_unavailable(arxiv: FakeArxiv) -> None:
    arxiv.fail_next(10, 503, "Rate exceeded.")
    with client(arxiv.url, retries=2) as api, pytest.raises(ArxivUnavailable) as caught:
        api.fetch(["2305.18290"])
    assert len(arxiv.requests) == 3
    assert str(caught.value) == (
        f"arXiv API unreachable at {arxiv.url}: 'Rate exceeded.' (after 3 attempts)"
    )


def test_a_failure_mid_fetch_keeps_what_earlier_batches_returned(arxiv: FakeArxiv) -> None:
    ids = many(arxiv, 150)
    arxiv.broken_after = 1
    with client(arxiv.url, retries=1) as api, pytest.raises(ArxivUnavailable) as caught:
        api.fetch(ids)
    assert len(arxiv.requests) == 3
    assert sorted(caught.value.papers) == ids[:100]


def test_an_unreachable_api_fails_fast(dead_url: str) -> None:
    started = time.monotonic()
    with ArxivClient(dead_url) as api, pytest.raises(ArxivUnavailable) as caught:
        api.fetch(["2305.18290"])
    assert time.monotonic() - started < 3
    assert str(caught.value).startswith(f"arXiv API unreachable at {dead_url}: ")


def test_a_malformed_id_answered_with_an_error_entry_maps_to_none(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO)
    arxiv.add("2203.02155", "Training language models to follow instructions with human feedback")
    arxiv.malformed.add("2301.00001")
    with client(arxiv.url) as api:
        papers = api.fetch(["2305.18290", "2301.00001", "2203.02155"])
    assert papers["2301.00001"] is None
    assert papers["2305.18290"] is not None
    assert papers["2203.02155"] is not None
    # The error replaced the whole answer, so the other ids were asked for again.
    assert [request.ids for request in arxiv.requests] == [
        ["2305.18290", "2301.00001", "2203.02155"],
        ["2305.18290", "2203.02155"],
    ]


def test_an_error_entry_without_summary_is_read_by_its_id(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO)
    error = (
        "<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_2301.00001</id>"
        "<title>Error</title></entry>"
    )
    arxiv.fail_next(1, 200, atom_feed([error]))
    with client(arxiv.url) as api:
        papers = api.fetch(["2301.00001", "2305.18290"])
    assert papers["2301.00001"] is None
    assert papers["2305.18290"] is not None
    assert len(arxiv.requests) == 2


def test_an_error_that_names_no_requested_id_makes_the_api_unavailable(arxiv: FakeArxiv) -> None:
    error = (
        "<entry><id>http://arxiv.org/api/errors#max_results_must_be_an_unsigned_integer</id>"
        "<title>Error</title><summary>max_results must be an unsigned integer</summary></entry>"
    )
    arxiv.fail_next(1, 200, atom_feed([error]))
    with client(arxiv.url) as api, pytest.raises(ArxivUnavailable) as caught:
        api.fetch(["2305.18290"])
    assert str(caught.value) == (
        f"arXiv API at {arxiv.url} failed: max_results must be an unsigned integer"
    )
    assert len(arxiv.requests) == 1


def test_ids_that_cannot_exist_are_not_sent(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO)
    with client(arxiv.url) as api:
        papers = api.fetch(["2313.00001", "not-an-id", "2305.18290"])
    assert papers == {"2313.00001": None, "not-an-id": None, "2305.18290": papers["2305.18290"]}
    assert [request.ids for request in arxiv.requests] == [["2305.18290"]]


def test_a_response_that_is_not_a_feed_makes_the_api_unavailable(arxiv: FakeArxiv) -> None:
    arxiv.fail_next(1, 200, "<html><body>Maintenance")
    with client(arxiv.url) as api, pytest.raises(ArxivUnavailable, match="unreadable response"):
        api.fetch(["2305.18290"])


def test_search_title_finds_the_id_of_the_same_title(arxiv: FakeArxiv) -> None:
    arxiv.add("2305.18290", DPO)
    arxiv.add("2405.14734", "SimPO: Simple Preference Optimization with a Reference-Free Reward")
    with client(arxiv.url) as api:
        found = api.search_title(f"**{DPO.lower()}** (2023)")
        assert api.search_title("Direct Preference Optimization") is None
        assert api.search_title("Let's Verify Step by Step") is None
    assert found == "2305.18290"
    assert all(request.params["search_query"].startswith('ti:"') for request in arxiv.requests)
    assert all("max_results" in request.params for request in arxiv.requests)


def test_progress_is_shown_on_request(arxiv: FakeArxiv, capsys: pytest.CaptureFixture[str]) -> None:
    ids = many(arxiv, 150)
    with client(arxiv.url, progress=True) as api:
        api.fetch(ids)
    assert capsys.readouterr().err == (
        "\rarXiv metadata: 0/150 papers\rarXiv metadata: 100/150 papers"
        "\rarXiv metadata: 150/150 papers\n"
    )


def test_progress_shows_by_itself_for_many_papers_on_a_terminal(
    arxiv: FakeArxiv, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    ids = many(arxiv, 21)
    for count, shown in (
        (20, ""),
        (21, "\rarXiv metadata: 0/21 papers\rarXiv metadata: 21/21 papers\n"),
    ):
        terminal = Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        with client(arxiv.url) as api:
            api.fetch(ids[:count])
        assert terminal.getvalue() == shown


def test_progress_stays_off_when_stderr_is_not_a_terminal(
    arxiv: FakeArxiv, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = many(arxiv, 150)
    with client(arxiv.url) as api:
        api.fetch(ids)
    assert capsys.readouterr().err == ""


def test_the_environment_overrides_the_configured_api_url(monkeypatch: pytest.MonkeyPatch) -> None:
    assert (
        api_url_from("https://export.arxiv.org/api/query") == "https://export.arxiv.org/api/query"
    )
    monkeypatch.setenv("AWESOMELINT_ARXIV_API_URL", "http://127.0.0.1:9/api/query")
    assert api_url_from("https://export.arxiv.org/api/query") == "http://127.0.0.1:9/api/query"
