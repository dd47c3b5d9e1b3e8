from __future__ import annotations

from datetime import date
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from awesomelint._arxiv.ids import (
    OLD_ARCHIVES,
    ArxivRef,
    canonical_url,
    id_problem,
    parse_arxiv_url,
    submission_month,
)


@pytest.mark.parametrize(
    ("url", "id_", "version"),
    [
        ("https://arxiv.org/abs/2305.18290", "2305.18290", None),
        ("http://arxiv.org/abs/2305.18290", "2305.18290", None),
        ("https://www.arxiv.org/abs/2305.18290", "2305.18290", None),
        ("https://export.arxiv.org/abs/2305.18290", "2305.18290", None),
        ("https://arXiv.org/abs/2305.18290", "2305.18290", None),
        ("https://arxiv.org/pdf/2305.18290", "2305.18290", None),
        ("https://arxiv.org/pdf/2305.18290.pdf", "2305.18290", None),
        ("https://arxiv.org/pdf/2305.18290v3.pdf", "2305.18290", 3),
        ("https://arxiv.org/abs/2305.18290.pdf", "2305.18290", None),
        ("https://arxiv.org/abs/2305.18290v2", "2305.18290", 2),
        ("https://arxiv.org/html/2402.03300v3", "2402.03300", 3),
        ("https://arxiv.org/html/2402.03300", "2402.03300", None),
        ("https://arxiv.org/abs/2305.18290/", "2305.18290", None),
        ("https://arxiv.org/abs/2305.18290?source=techstories.org", "2305.18290", None),
        ("https://arxiv.org/abs/2305.18290v1#section-2", "2305.18290", 1),
        ("  https://arxiv.org/abs/2305.18290  ", "2305.18290", None),
        ("https://arxiv.org/abs/0704.0001", "0704.0001", None),
        ("https://arxiv.org/abs/1412.6980v9", "1412.6980", 9),
        ("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001", None),
        ("https://arxiv.org/pdf/hep-th/9901001v2.pdf", "hep-th/9901001", 2),
        ("https://arxiv.org/abs/cs/0112017", "cs/0112017", None),
        ("https://arxiv.org/abs/math.GT/0309136", "math/0309136", None),
        ("http://export.arxiv.org/abs/cs.AI/0101001v1", "cs/0101001", 1),
        # The DOI arXiv registers for each paper.
        ("https://doi.org/10.48550/arXiv.2307.02502", "2307.02502", None),
        ("http://dx.doi.org/10.48550/ARXIV.2307.02502", "2307.02502", None),
    ],
)
def test_every_url_form_gives_the_normalised_id_and_version(
    url: str, id_: str, version: int | None
) -> None:
    ref = parse_arxiv_url(url)
    assert ref == ArxivRef(id=id_, version=version)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/abs/2305.18290",
        "https://arxiv.org.example.com/abs/2305.18290",
        "https://alphaxiv.org/abs/2305.18290",
        "ftp://arxiv.org/abs/2305.18290",
        "https://arxiv.org/list/cs.AI/recent",
        "https://arxiv.org/abs/",
        "https://arxiv.org/abs/2305.18290/extra",
        "https://arxiv.org/abs/2305.18290）",
        "https://arxiv.org/abs/230518290",
        "https://arxiv.org/a/rafailov_r_1",
        "https://github.com/eric-mitchell/direct-preference-optimization",
        "not a url",
        "http://[arxiv.org]/abs/2305.18290",
        "https://doi.org/10.1145/3397271.3401075",
        "https://doi.org/10.48550/arXiv.2307.02502/extra",
    ],
)
def test_other_urls_are_not_arxiv_references(url: str) -> None:
    assert parse_arxiv_url(url) is None


def _parse(url: str) -> ArxivRef:
    ref = parse_arxiv_url(url)
    assert ref is not None, url
    return ref


def test_only_the_configured_canonical_form_is_canonical() -> None:
    plain = _parse("https://arxiv.org/abs/2305.18290")
    versioned = _parse("https://arxiv.org/abs/2305.18290v2")
    pdf = _parse("https://arxiv.org/pdf/2305.18290")
    assert canonical_url(plain) == "https://arxiv.org/abs/2305.18290"
    assert canonical_url(plain, form="pdf") != "https://arxiv.org/abs/2305.18290"
    assert canonical_url(pdf, form="pdf") == "https://arxiv.org/pdf/2305.18290"
    assert canonical_url(versioned) != "https://arxiv.org/abs/2305.18290v2"
    assert canonical_url(versioned, keep_version=True) == "https://arxiv.org/abs/2305.18290v2"
    for url in (
        "http://arxiv.org/abs/2305.18290",
        "https://www.arxiv.org/abs/2305.18290",
        "https://arxiv.org/abs/2305.18290?context=cs",
        "https://arxiv.org/pdf/2305.18290.pdf",
    ):
        assert canonical_url(_parse(url)) != url, url


def test_canonical_url_writes_abs_or_pdf_without_suffix_and_keeps_versions_on_request() -> None:
    ref = ArxivRef(id="2305.18290", version=3)
    assert canonical_url(ref) == "https://arxiv.org/abs/2305.18290"
    assert canonical_url(ref, form="pdf") == "https://arxiv.org/pdf/2305.18290"
    assert canonical_url(ref, keep_version=True) == "https://arxiv.org/abs/2305.18290v3"
    old = _parse("https://arxiv.org/pdf/math.GT/0309136v1.pdf")
    assert canonical_url(old) == "https://arxiv.org/abs/math/0309136"


@pytest.mark.parametrize(
    "id_",
    ["0704.0001", "1412.6980", "1501.00001", "2305.18290", "hep-th/9108001", "cs/0112017"],
)
def test_ids_that_may_exist_have_no_problem(id_: str) -> None:
    assert id_problem(id_) is None


@pytest.mark.parametrize(
    ("id_", "problem"),
    [
        ("2313.00001", "month 13 does not exist"),
        ("2300.00001", "month 00 does not exist"),
        ("1501.1234", "five digits"),
        ("2305.1829", "five digits"),
        ("1412.12345", "four digits"),
        ("0703.0001", "April 2007"),
        ("0612.1234", "April 2007"),
        ("0704.0000", "0 does not exist"),
        ("hep-th/9107001", "August 1991"),
        ("hep-th/8901001", "August 1991"),
        ("hep-th/0704001", "March 2007"),
        ("hep-th/9913001", "month 13"),
        ("hep-th/9901000", "000 does not exist"),
        ("fake-th/9901001", "'fake-th' is not an arXiv archive"),
        ("2305.18290v2", "not an arXiv identifier"),
        ("arXiv:2305.18290", "not an arXiv identifier"),
    ],
)
def test_impossible_ids_say_why(id_: str, problem: str) -> None:
    assert problem in (id_problem(id_) or "")


def test_ids_from_a_future_month_cannot_exist_yet() -> None:
    today = date.today()
    future = f"{(today.year + 1) % 100:02d}{today.month:02d}.00001"
    assert id_problem(future) == f"{future[:4]} lies in the future"


@pytest.mark.parametrize(
    ("id_", "month"),
    [
        ("0704.0001", (2007, 4)),
        ("2305.18290", (2023, 5)),
        ("hep-th/9901001", (1999, 1)),
        ("hep-th/9108001", (1991, 8)),
        ("cs/0112017", (2001, 12)),
    ],
)
def test_submission_month_reads_yymm(id_: str, month: tuple[int, int]) -> None:
    assert submission_month(id_) == month


def test_submission_month_refuses_non_ids() -> None:
    with pytest.raises(ValueError, match="not an arXiv identifier"):
        submission_month("attention-is-all-you-need")


_LAST_FULL_YEAR = date.today().year - 1


@st.composite
def new_style_ids(draw: st.DrawFn) -> str:
    year = draw(st.integers(2007, _LAST_FULL_YEAR))
    month = draw(st.integers(4 if year == 2007 else 1, 12))
    digits = 4 if year < 2015 else 5
    sequence = draw(st.integers(1, 10**digits - 1))
    return f"{year % 100:02d}{month:02d}.{sequence:0{digits}d}"


@st.composite
def old_style_ids(draw: st.DrawFn) -> str:
    archive = draw(st.sampled_from(sorted(OLD_ARCHIVES)))
    year, month = draw(
        st.tuples(st.integers(1991, 2007), st.integers(1, 12)).filter(
            lambda ym: (1991, 8) <= ym <= (2007, 3)
        )
    )
    return f"{archive}/{year % 100:02d}{month:02d}{draw(st.integers(1, 999)):03d}"


ids = new_style_ids() | old_style_ids()
versions = st.none() | st.integers(1, 30)


@given(ids)
def test_generated_ids_have_no_problem_and_a_submission_month(id_: str) -> None:
    assert id_problem(id_) is None
    year, month = submission_month(id_)
    assert (1991, 8) <= (year, month) <= (_LAST_FULL_YEAR, 12)


@given(
    id_=ids,
    version=versions,
    scheme=st.sampled_from(["http", "https"]),
    host=st.sampled_from(["arxiv.org", "www.arxiv.org", "export.arxiv.org"]),
    path=st.sampled_from(["abs", "pdf", "html"]),
    pdf_suffix=st.booleans(),
    tail=st.sampled_from(["", "/", "?context=cs.LG", "#S3", "?a=1&b=2#top"]),
)
def test_any_url_form_parses_to_its_id_and_version(
    id_: str, version: int | None, scheme: str, host: str, path: str, pdf_suffix: bool, tail: str
) -> None:
    suffix = (f"v{version}" if version else "") + (".pdf" if pdf_suffix else "")
    url = f"{scheme}://{host}/{path}/{id_}{suffix}{tail}"
    assert parse_arxiv_url(url) == ArxivRef(id=id_, version=version)


@given(id_=ids, version=versions, form=st.sampled_from(["abs", "pdf"]), keep=st.booleans())
def test_canonical_urls_round_trip_and_are_canonical(
    id_: str, version: int | None, form: Literal["abs", "pdf"], keep: bool
) -> None:
    url = canonical_url(ArxivRef(id=id_, version=version), form=form, keep_version=keep)
    ref = _parse(url)
    assert ref.id == id_
    assert ref.version == (version if keep else None)
    assert canonical_url(ref, form=form, keep_version=keep) == url
