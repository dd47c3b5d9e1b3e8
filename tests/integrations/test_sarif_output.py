"""``check --format sarif``: a SARIF 2.1.0 log code scanning can ingest.

The log is validated against a subset of the OASIS schema (``sarif-2.1.0-subset.schema.json``;
the full schema cannot be downloaded here) and compared whole with the expected log.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from integration_lists import BROKEN, FIXABLE, entry, papers
from integration_support import AwesomeLint

from awesomelint._output.sarif import MAX_DESCRIPTION
from awesomelint._rules import RULES

SCHEMA = json.loads(
    Path(__file__).with_name("sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8")
)


def validate(log: object) -> None:
    jsonschema.Draft7Validator(SCHEMA).validate(log)


def rule_descriptor(name: str) -> dict[str, object]:
    rule = RULES[name]
    return {
        "id": name,
        "name": name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation()},
        "defaultConfiguration": {"level": rule.severity.value},
        "help": {"text": rule.explanation(), "markdown": rule.explanation()},
        "properties": {"code": rule.code, "fixable": rule.fixable},
    }


def result(
    rule: str, index: int, level: str, message: str, path: str, region: list[int]
) -> dict[str, object]:
    start_line, start_column, end_line, end_column = region
    return {
        "ruleId": rule,
        "ruleIndex": index,
        "level": level,
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": path, "uriBaseId": "%SRCROOT%"},
                    "region": {
                        "startLine": start_line,
                        "startColumn": start_column,
                        "endLine": end_line,
                        "endColumn": end_column,
                    },
                }
            }
        ],
    }


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "broken.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "lists" / "fixable.md").write_text(FIXABLE, encoding="utf-8")
    return tmp_path


def test_sarif_log_of_selected_rules(awesomelint: AwesomeLint, checkout: Path) -> None:
    run = awesomelint(
        "check", "--offline", "--format", "sarif", "--select", "link-duplicate,entry-url"
    )

    assert run.exit_code == 1
    log = json.loads(run.stdout)
    validate(log)
    assert log == {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "awesomelint",
                        "version": metadata.version("awesomelint"),
                        "informationUri": "https://pypi.org/project/awesomelint/",
                        # In registry order, which is the order ``awesomelint rules`` prints.
                        "rules": [rule_descriptor("entry-url"), rule_descriptor("link-duplicate")],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": checkout.as_uri() + "/"}},
                "results": [
                    result(
                        "link-duplicate", 1, "error",
                        "'https://example.org/papers/gpt3' is also listed at lists/broken.md:8: "
                        "keep one entry",
                        "lists/broken.md", [5, 43, 5, 74],
                    ),
                    result(
                        "link-duplicate", 1, "error",
                        "'https://example.org/papers/gpt3/' is also listed at lists/broken.md:5: "
                        "keep one entry",
                        "lists/broken.md", [8, 30, 8, 62],
                    ),
                    result(
                        "entry-url", 0, "warning",
                        "tracking parameters in URL: write 'https://example.org/papers/attention'",
                        "lists/fixable.md", [5, 31, 5, 83],
                    ),
                ],
            }
        ],
    }  # fmt: skip


def test_every_rule_is_described_within_code_scanning_limits(
    awesomelint: AwesomeLint, checkout: Path
) -> None:
    log = json.loads(awesomelint("check", "--offline", "--format", "sarif").stdout)

    validate(log)
    driver = log["runs"][0]["tool"]["driver"]
    assert [rule["id"] for rule in driver["rules"]] == list(RULES)
    assert urlsplit(driver["informationUri"]).scheme == "https"
    for rule in driver["rules"]:
        assert 0 < len(rule["shortDescription"]["text"]) <= MAX_DESCRIPTION
        assert 0 < len(rule["fullDescription"]["text"]) <= MAX_DESCRIPTION
    for finding in log["runs"][0]["results"]:
        assert driver["rules"][finding["ruleIndex"]]["id"] == finding["ruleId"]
        uri = finding["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not urlsplit(uri).scheme
        assert not uri.startswith("/")


def test_clean_run_is_a_valid_log_with_no_results(
    awesomelint: AwesomeLint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.md").write_text(papers(entry(1), entry(2)), encoding="utf-8")

    run = awesomelint("check", "--offline", "--format", "sarif", "clean.md")

    assert run.exit_code == 0
    log = json.loads(run.stdout)
    validate(log)
    assert log["runs"][0]["results"] == []


def test_uris_are_percent_encoded_and_relative_to_the_workspace(
    awesomelint: AwesomeLint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs" / "my lists").mkdir(parents=True)
    odd = "https://example.org/same"
    (tmp_path / "docs" / "my lists" / "ré#1.md").write_text(
        papers(entry(1, odd), entry(2, odd)), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path / "docs")

    run = awesomelint(
        "check", "--offline", "--format", "sarif", "my lists",
        env={"GITHUB_WORKSPACE": str(tmp_path)},
    )  # fmt: skip

    log = json.loads(run.stdout)
    validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "docs/my%20lists/r%C3%A9%231.md",
        "uriBaseId": "%SRCROOT%",
    }
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"


def test_the_schema_subset_rejects_what_sarif_forbids() -> None:
    """The subset is not vacuous: the constraints a broken log would violate are in it."""
    good = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "awesomelint"}},
                "results": [{"ruleId": "x", "level": "error", "message": {"text": "m"}}],
            }
        ],
    }
    validate(good)
    broken_logs = [
        {"runs": []},  # no version
        {**good, "version": "2.0.0"},
        {"version": "2.1.0", "runs": [{"results": []}]},  # no tool
        {"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]},  # driver without name
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "a"}}, "results": [{}]}]},
        {
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": {"name": "a"}},
                    "results": [{"message": {"text": "m"}, "level": "fatal"}],
                }
            ],
        },
        {
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": {"name": "a"}},
                    "results": [
                        {
                            "message": {"text": "m"},
                            "locations": [{"physicalLocation": {"region": {"startLine": 0}}}],
                        }
                    ],
                }
            ],
        },
    ]
    for log in broken_logs:
        with pytest.raises(jsonschema.ValidationError):
            validate(log)
