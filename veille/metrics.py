"""Prometheus metrics, with label values bounded by configuration, never by input.

A label fed from free input (a post's language guess, country, platform) could create one series
per distinct value and take Prometheus down; every such label goes through `BoundedLabel`, which
maps anything outside its allowed set to `other`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import datetime

from prometheus_client import Counter, Gauge, Histogram

from veille import __version__

OTHER = "other"


class BoundedLabel:
    def __init__(self, allowed: Iterable[str]) -> None:
        self.allowed = frozenset(allowed)

    def __call__(self, value: str | None) -> str:
        return value if value in self.allowed else OTHER


# Languages and countries most customers report on; the rest is `other` (lid.176 alone knows 176).
LANGUAGES = BoundedLabel(
    [
        "und",
        "fr",
        "en",
        "es",
        "de",
        "it",
        "pt",
        "nl",
        "ar",
        "tr",
        "pl",
        "ru",
        "ja",
        "zh",
        "ko",
        "ca",
        "sv",
        "da",
        "no",
        "fi",
        "el",
        "ro",
        "hu",
        "cs",
    ]
)
COUNTRIES = BoundedLabel(
    [
        "FR",
        "BE",
        "CH",
        "LU",
        "CA",
        "MA",
        "DZ",
        "TN",
        "SN",
        "CI",
        "US",
        "GB",
        "IE",
        "AU",
        "NZ",
        "IN",
        "ES",
        "MX",
        "AR",
        "CO",
        "DE",
        "AT",
        "IT",
        "PT",
        "BR",
        "NL",
        "PL",
    ]
)
PLATFORMS = BoundedLabel(
    [
        "x",
        "twitter",
        "facebook",
        "instagram",
        "reddit",
        "forum",
        "tiktok",
        "news",
        "youtube",
        "linkedin",
        "mastodon",
        "bluesky",
        "unknown",
    ]
)

BUILD_INFO = Gauge("veille_build_info", "Veille build information.", ["version"])
BUILD_INFO.labels(__version__).set(1)

POSTS_CONSUMED = Counter("veille_posts_consumed_total", "Messages read from the posts topic.")
POSTS_ENRICHED = Counter("veille_posts_enriched_total", "Posts produced to the enriched topic.")
POSTS_DEADLETTERED = Counter(
    "veille_posts_deadlettered_total", "Messages sent to the dead-letter topic.", ["reason"]
)
POSTS_BY_LANGUAGE = Counter("veille_posts_by_language_total", "Enriched posts.", ["language"])
POSTS_BY_SENTIMENT = Counter("veille_posts_by_sentiment_total", "Enriched posts.", ["sentiment"])
POSTS_BY_COUNTRY = Counter("veille_posts_by_country_total", "Enriched posts.", ["country"])
POSTS_BY_PLATFORM = Counter("veille_posts_by_platform_total", "Enriched posts.", ["platform"])
MENTIONS = Counter(
    "veille_mentions_total", "Posts matching a configured watch term.", ["term", "group"]
)
BATCH_SECONDS = Histogram(
    "veille_enrichment_batch_seconds",
    "Time to validate and classify one batch.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
MENTIONS_COUNTED = Counter(
    "veille_mentions_counted_total", "Mentions added to per-series buckets (terms and groups)."
)
MENTIONS_SKIPPED = Counter(
    "veille_mentions_skipped_total",
    "Mentions not counted: `duplicate` (re-sent after a restart) or `late` (bucket closed).",
    ["reason"],
)
ALERTS_RAISED = Counter(
    "veille_alerts_total", "Alerts produced to the alerts topic.", ["kind", "severity", "status"]
)
BUCKET_OBSERVED = Gauge(
    "veille_bucket_observed_mentions", "Mentions in the last closed bucket.", ["term", "group"]
)
BUCKET_EXPECTED = Gauge(
    "veille_bucket_expected_mentions",
    "What the detector expected for that bucket.",
    ["term", "group"],
)
ANOMALY_SCORE = Gauge(
    "veille_anomaly_score",
    "Detector score (0..1) of the last closed bucket.",
    ["term", "group", "kind"],
)
NOTIFICATIONS = Counter(
    "veille_notifications_total",
    "Notification attempts by receiver and outcome (success, retry, rejected).",
    ["receiver", "outcome"],
)
NOTIFICATION_FAILURES = Counter(
    "veille_notification_attempt_failures_total",
    "Failed notification attempts by receiver and reason (timeout, connection, http_<code>...).",
    ["receiver", "reason"],
)
NOTIFICATION_SECONDS = Histogram(
    "veille_notification_request_seconds",
    "Duration of one notification attempt.",
    ["receiver"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
NOTIFICATIONS_PENDING = Gauge(
    "veille_notifications_pending", "Notifications waiting for delivery.", ["receiver"]
)
ALERTING_RECORDS_FAILED = Counter(
    "veille_alerting_records_failed_total",
    "Records of the alerting topic the delivery pipeline could not handle (logged, skipped).",
)
TRIAGE_OPEN = Gauge("veille_triage_open_items", "Open adverse-reaction triage items.")
TRIAGE_OLDEST_AGE = Gauge(
    "veille_triage_oldest_open_age_seconds",
    "Age of the oldest unacknowledged triage item (from its post's time).",
)
TRIAGE_SLA = Gauge("veille_triage_sla_seconds", "The configured triage SLA.")
READY = Gauge(
    "veille_ready",
    "1 when the worker owns partitions of the posts topic and its tables are recovered.",
)
CONSUMER_LAG = Gauge(
    "veille_consumer_lag",
    "Messages not yet committed by this worker: high watermark - committed offset.",
    ["topic", "partition"],
)
CONFIG_RELOADS = Counter(
    "veille_config_reloads_total", "Watchlist file reloads by outcome.", ["outcome"]
)
END_TO_END_SECONDS = Histogram(
    "veille_end_to_end_latency_seconds",
    "From a post's created_at to its enriched record being produced (replays of old posts land "
    "in the top buckets).",
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400),
)
PUBLISH_RETRIES = Counter(
    "veille_publish_retries_total", "Alert batches that had to be produced again."
)


def observe_enriched(records: Iterable[dict]) -> None:
    """Aggregate per batch first: one `inc` per label set, not per post."""
    languages: dict[str, int] = {}
    sentiments: dict[str, int] = {}
    countries: dict[str, int] = {}
    platforms: dict[str, int] = {}
    mentions: dict[tuple[str, str], int] = {}
    count = 0
    now = time.time()
    for record in records:
        count += 1
        END_TO_END_SECONDS.observe(max(0.0, now - _epoch(record["created_at"])))
        _bump(languages, LANGUAGES(record["language"]))
        _bump(sentiments, record["sentiment"]["label"])
        _bump(countries, COUNTRIES(record["country"]) if record["country"] else "unknown")
        _bump(platforms, PLATFORMS(record["platform"]))
        for match in record["matches"]:
            key = (match["term"], match["group"])
            mentions[key] = mentions.get(key, 0) + 1
    POSTS_ENRICHED.inc(count)
    for language, n in languages.items():
        POSTS_BY_LANGUAGE.labels(language).inc(n)
    for sentiment, n in sentiments.items():
        POSTS_BY_SENTIMENT.labels(sentiment).inc(n)
    for country, n in countries.items():
        POSTS_BY_COUNTRY.labels(country).inc(n)
    for platform, n in platforms.items():
        POSTS_BY_PLATFORM.labels(platform).inc(n)
    for (term, group), n in mentions.items():
        # term/group ids come from the watchlist file only, so this label set is configuration.
        MENTIONS.labels(term, group).inc(n)


def _epoch(rfc3339: str) -> float:
    return datetime.fromisoformat(rfc3339).timestamp()


def _bump(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1
