"""The fake Slack server of the tests lives in the package (the demo uses it too); sample data."""

from __future__ import annotations

from typing import Any

from veille.alerting.local_receiver import (  # noqa: F401 - re-exported for the tests
    FakeSlack,
    Received,
    free_port,
    ulen,
    validate_slack_payload,
)

# -- sample data shared by the alerting tests ----------------------------------------------------


def sample_alert(**overrides: Any) -> dict[str, Any]:
    """A realistic, schema-valid `Alert` record (the example of issue #5)."""
    term = overrides.pop("term", "paracetix-junior")
    kind = overrides.pop("kind", "volume_spike")
    episode = overrides.pop("episode_start", "2026-11-21T23:45:00Z")
    alert = {
        "schema_version": 1,
        "id": f"{kind}-{term}-{episode}",
        "kind": kind,
        "status": "firing",
        "series": f"term:{term}",
        "term": term,
        "group": "paracetix",
        "severity": "warning",
        "episode_start": episode,
        "bucket_start": "2026-11-21T23:48:00Z",
        "observed": 13.0,
        "expected": 0.243,
        "score": 0.55,
        "evidence": {
            "bucket_seconds": 60,
            "mentions": 13,
            "ratio_to_expected": 53.5,
            "sentiment": {"negative": 9, "neutral": 3, "positive": 1},
            "duplicate_share": 0.92,
            "repost_share": 0.6,
            "reach": 120345,
            "languages": {"fr": 10, "en": 3},
            "countries": {"FR": 9, "BE": 2, "unknown": 2},
            "top_posts": [
                {
                    "followers": 50000,
                    "id": "sim-1",
                    "url": "https://x.example/u/status/sim-1",
                    "text": "Mon fils a vomi après le Paracetix Junior <3 & ça m'inquiète",
                },
                {
                    "followers": 1200,
                    "id": "sim-2",
                    "url": "https://x.example/u/status/sim-2",
                    "text": "Rappel de lot Paracetix Junior ?",
                },
                {
                    "followers": 300,
                    "id": "sim-3",
                    "url": "https://x.example/u/status/sim-3",
                    "text": "Quelqu'un a des infos sur le sirop Paracetix ?",
                },
                {"followers": 10, "id": "sim-4", "url": None, "text": "fourth post"},
            ],
        },
        "created_at": "2026-11-22T02:00:00.123Z",
    }
    alert.update(overrides)
    return alert


def resolved(alert: dict[str, Any]) -> dict[str, Any]:
    return {**alert, "status": "resolved"}
