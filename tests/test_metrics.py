"""Label cardinality is bounded by configuration, whatever the input."""

from __future__ import annotations

import random
import string

from prometheus_client import REGISTRY

from veille import metrics


def _series(name: str) -> set[tuple[tuple[str, str], ...]]:
    found = set()
    for family in REGISTRY.collect():
        for sample in family.samples:
            if sample.name == name:
                found.add(tuple(sorted(sample.labels.items())))
    return found


def test_free_input_never_creates_series_beyond_the_configured_sets() -> None:
    rng = random.Random(5)

    def word(n: int) -> str:
        return "".join(rng.choice(string.ascii_letters) for _ in range(n))

    records = [
        {
            "language": word(2).lower(),
            "country": word(2).upper(),
            "platform": word(8),
            "sentiment": {"label": rng.choice(["negative", "neutral", "positive"])},
            "created_at": "2026-11-20T10:00:00Z",
            "matches": [],  # terms only ever come from the watchlist file
        }
        for _ in range(5000)
    ]
    metrics.observe_enriched(records)
    assert len(_series("veille_posts_by_language_total")) <= len(metrics.LANGUAGES.allowed) + 1
    assert len(_series("veille_posts_by_country_total")) <= len(metrics.COUNTRIES.allowed) + 2
    assert len(_series("veille_posts_by_platform_total")) <= len(metrics.PLATFORMS.allowed) + 1
    assert (("language", "other"),) in _series("veille_posts_by_language_total")
