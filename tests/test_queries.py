"""Boolean watch queries, live reload of the watchlist file, and the offline enrich command."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.agents.queries import QuerySyntaxError, parse_query, words_of
from veille.agents.watchlists import WatchlistMatcher, WatchlistReloader, load_file_config
from veille.cli import main
from veille.settings import ConfigError


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ('"Paracetix Junior" AND fievre', "Le Paracetix junior et la FIÈVRE", True),
        ('"Paracetix Junior" AND fievre', "Junior, le paracetix et la fievre", False),  # phrase
        ("paracetix fievre", "fièvre... paracetix", True),  # implicit AND
        ("paracetix AND NOT (concours OR promo)", "Grand concours Paracetix", False),
        ("paracetix AND NOT (concours OR promo)", "Paracetix m'a sauvé", True),
        ("vomi*", "elle a vomissements depuis hier", True),  # prefix
        ("vomi*", "avomi", False),
        ("a OR b AND c", "a", True),  # AND binds tighter than OR
        ("a OR b AND c", "b", False),
        ("NOT a b", "b", True),  # NOT binds tighter than AND
        ("sirop* NEAR/3 (boutons OR plaques)", "le sirop puis des boutons", True),
        ("sirop* NEAR/3 (boutons OR plaques)", "sirop un deux trois quatre boutons", False),
        ('"$ORV" AND hausse', "Le $ORV en hausse", True),
        ("#Paracetix", "vive #paracetix", True),
    ],
)
def test_query_semantics(query: str, text: str, expected: bool) -> None:
    assert parse_query(query).evaluate(words_of(text)) is expected


@pytest.mark.parametrize("query", ["(a OR b", "AND a", "a NEAR/2 (b AND c)", '""', "a )", ""])
def test_query_syntax_errors(query: str) -> None:
    with pytest.raises(QuerySyntaxError):
        parse_query(query)


def _write(path: Path, terms_yaml: str) -> None:
    path.write_text("watchlists:\n  - group: g\n    terms:\n" + terms_yaml)


def test_query_filters_aliases_and_query_only_terms(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    _write(
        path,
        "      - id: pj\n        label: PJ\n        aliases: [Paracetix Junior]\n"
        "        query: 'NOT (concours OR promo)'\n"
        "      - id: rash\n        label: Rash\n        role: topic\n"
        "        query: 'sirop* NEAR/4 (boutons OR plaques)'\n",
    )
    matcher = WatchlistMatcher.from_config(load_file_config(path))
    assert [m.term for m in matcher.match("Paracetix Junior, super")] == ["pj"]
    assert [m.term for m in matcher.match("Concours Paracetix Junior !")] == []
    assert [m.term for m in matcher.match("Après le sirop, des plaques partout")] == ["rash"]
    assert [m.term for m in matcher.match("rien à voir")] == []


def test_bad_query_is_a_configuration_error_naming_the_term(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    _write(path, "      - id: x\n        label: X\n        query: '(a OR'\n")
    with pytest.raises(ConfigError, match=r"watchlists\[0\].terms\[0\]: query: .*ends too early"):
        load_file_config(path)


def test_reloader_swaps_on_change_and_keeps_old_on_error(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    _write(path, "      - id: a\n        label: A\n        aliases: [alpha]\n")
    reloader = WatchlistReloader(path, WatchlistMatcher.from_config(load_file_config(path)))
    assert reloader.check() == (None, None)  # unchanged

    _write(path, "      - id: b\n        label: B\n        aliases: [beta]\n")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 1_000_000_000))
    new, error = reloader.check()
    assert error is None and new is not None
    assert [m.term for m in new.match("beta")] == ["b"]

    path.write_text("watchlists: [\n")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 2_000_000_000))
    new, error = reloader.check()
    assert new is None and error is not None and "not valid YAML" in error
    assert [m.term for m in reloader.matcher.match("beta")] == ["b"]  # still running


def test_enrich_command_keeps_order_and_reports_invalid_lines(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    output = tmp_path / "out.jsonl"
    source.write_text(
        '{"id": "1", "text": "Le Paracetix Junior a fait tomber la fièvre, merci"}\n'
        "not json\n"
        "\n"
        '{"id": "2", "text": "Worst shortage ever, there is no Ibuvia left in any pharmacy", '
        '"created_at": "2026-11-20T10:00:00Z"}\n'
        '{"id": "3"}\n'
    )
    config = Path(__file__).resolve().parents[1] / "veille" / "data" / "demo.yaml"
    result = CliRunner().invoke(
        main, ["enrich", "-i", str(source), "-o", str(output), "-c", str(config)]
    )
    assert result.exit_code == 1
    assert f"{source}:2: not_json:" in result.output
    assert f"{source}:5: missing_field: text: Field required" in result.output
    assert "enriched 2 of 4 lines" in result.output
    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert [r["id"] for r in records] == ["1", "2"]
    assert records[0]["terms"] == ["paracetix", "paracetix-junior"]
    assert records[0]["flags"] == ["created_at_missing"]
    assert records[1]["language"] == "en" and records[1]["terms"] == ["ibuvia"]
    assert records[1]["source"] == {"topic": "file:posts.jsonl", "partition": 0, "offset": 4}


@pytest.mark.parametrize(
    "prefix",
    ["RT @u-75364: ", "rt @u-75364: ", "RT@u-75364: ", "RT @u-75364 ", " RT @a: RT @u-75364: "],
)
def test_a_retweet_of_a_reaction_report_is_flagged_and_negative_like_it(
    tmp_path: Path, prefix: str
) -> None:
    report = (
        "PARENTS LISEZ ÇA. Mon fils de 4 ans a pris du Paracetix Junior hier soir. Cette nuit il "
        "s'est réveillé couvert de plaques, les yeux gonflés, il avait du mal à respirer."
    )
    source = tmp_path / "posts.jsonl"
    source.write_text(
        json.dumps({"id": "original", "text": report})
        + "\n"
        + json.dumps({"id": "copy", "text": prefix + report, "repost_of": "original"})
        + "\n"
    )
    output = tmp_path / "out.jsonl"
    config = Path(__file__).resolve().parents[1] / "veille" / "data" / "demo.yaml"
    result = CliRunner().invoke(
        main, ["enrich", "-i", str(source), "-o", str(output), "-c", str(config)]
    )
    assert result.exit_code == 0, result.output
    original, copy = (json.loads(line) for line in output.read_text().splitlines())
    # Read whole, the retweet looks second-hand; judged on the report it relays, it is flagged
    # like it (the triage queue files reposts under the original's item: one case) ...
    assert original["ade"]["candidate"] and copy["ade"]["candidate"]
    assert "adverse_reaction_candidate" in copy["flags"]
    assert copy["ade"]["reaction"] == original["ade"]["reaction"]
    # ... its evidence spans point into its own text at the same words ...
    quoted = [copy["text"][e["start"] : e["end"]] for e in copy["ade"]["evidence"]]
    assert quoted == [original["text"][e["start"] : e["end"]] for e in original["ade"]["evidence"]]
    # ... and it says what the original says: both count as negative
    assert original["sentiment"]["label"] == copy["sentiment"]["label"] == "negative"
