"""The enrichment function on batches that repeat texts (copy-paste floods, plain reposts)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from veille.agents.enrich import Enricher, SourceMessage
from veille.agents.watchlists import WatchlistMatcher, load_file_config

DEMO = Path(__file__).resolve().parent.parent / "veille" / "data" / "demo.yaml"
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
REPORT = "Depuis le Paracetix ma fille a des plaques rouges partout et les lèvres gonflées"
OTHER = "Paracetix en rupture dans toutes les pharmacies du quartier"


@pytest.fixture(scope="module")
def enricher() -> Enricher:
    return Enricher(WatchlistMatcher(load_file_config(DEMO).watchlists))


def message(offset: int, text: str, created_at: str = "2026-03-02T11:00:00Z") -> SourceMessage:
    post = {"id": f"p{offset}", "text": text, "created_at": created_at, "platform": "x"}
    return SourceMessage(orjson.dumps(post), None, "posts", 0, offset)


def test_a_repeated_text_is_classified_once_per_batch(
    enricher: Enricher, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, list[str]] = {"language": [], "sentiment": [], "adverse": []}
    identify, classify, detect = (
        enricher.language.identify,
        enricher.sentiment.classify,
        enricher.adverse.detect,
    )

    def spy_identify(texts: Sequence[str]) -> list[tuple[str, float]]:
        seen["language"].extend(texts)
        return identify(texts)

    def spy_classify(texts: Sequence[str]) -> list[tuple[str, float]]:
        seen["sentiment"].extend(texts)
        return classify(texts)

    def spy_detect(text: str, *args: object, **kwargs: object) -> object:
        seen["adverse"].append(text)
        return detect(text, *args, **kwargs)

    monkeypatch.setattr(enricher.language, "identify", spy_identify)
    monkeypatch.setattr(enricher.sentiment, "classify", spy_classify)
    monkeypatch.setattr(enricher.adverse, "detect", spy_detect)
    batch = [message(0, REPORT), message(1, OTHER), message(2, REPORT), message(3, REPORT)]
    result = enricher.enrich_batch(batch, NOW)
    assert [record["id"] for _, record in result.enriched] == ["p0", "p1", "p2", "p3"]
    assert seen == {kind: [REPORT, OTHER] for kind in seen}


def test_repeated_texts_get_the_record_each_would_get_alone(enricher: Enricher) -> None:
    batch = [
        message(0, REPORT),
        message(1, OTHER),
        message(2, REPORT, "2026-03-02T11:05:00Z"),
        message(3, "  "),  # rejected, and the batch goes on
        message(4, REPORT),
    ]
    together = [record for _, record in enricher.enrich_batch(batch, NOW).enriched]
    alone = [record for one in batch for _, record in enricher.enrich_batch([one], NOW).enriched]
    assert together == alone
    assert together[0]["ade"]["candidate"] and together[0]["sentiment"]["label"] == "negative"
    assert together[2]["created_at"] != together[0]["created_at"]
    # each record its own objects: a consumer that edits one does not edit its copies
    together[0]["ade"]["evidence"].clear()
    together[0]["matches"].clear()
    assert together[3]["ade"]["evidence"] and together[3]["matches"]


def test_a_reload_during_a_batch_leaves_the_batch_on_one_configuration(
    enricher: Enricher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reload timer swaps matcher and detector together; a batch keeps the pair it began
    with, so no post of it is read with the new detector but the old matcher."""
    bare = Enricher(WatchlistMatcher([]))  # before the reload: no watch terms
    match = bare.matcher.match

    def match_then_reload(text: str) -> list:
        monkeypatch.setattr(bare, "matcher", enricher.matcher)  # the demo watchlist
        monkeypatch.setattr(bare, "adverse", enricher.adverse)
        return match(text)

    monkeypatch.setattr(bare.matcher, "match", match_then_reload)
    # Ibuvia is a product of the demo watchlist only
    batch = [message(0, OTHER), message(1, "Depuis le Ibuvia j'ai des plaques rouges partout")]
    records = [record for _, record in bare.enrich_batch(batch, NOW).enriched]
    assert records[1]["terms"] == []
    assert not records[1]["ade"]["candidate"]
    # the next batch reads the new pair
    assert bare.enrich_batch(batch[1:], NOW).enriched[0][1]["ade"]["candidate"]
