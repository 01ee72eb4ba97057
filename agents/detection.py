"""Score closed buckets with the detectors and turn the start of an excursion into an `Alert`.

The detectors are plain classes (`agents/detectors.py`) whose state lives in the series' table
value, so the stream and `veille detect` run the same code, and a restarted worker resumes with
the same baseline. An alert's id is derived from series, kind and episode start: a worker that
re-scores the same bucket after a crash emits an alert with the same id, which the delivery
stages deduplicate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from veille import metrics
from veille.agents.counting import SeriesState
from veille.agents.detectors import (
    NegativeSurgeDetector,
    SpikeDetector,
    SpikeScore,
    SurgeScore,
)
from veille.streams.records import SCHEMA_VERSION, format_timestamp

SURGE_WINDOW_SECONDS = 900
SURGE_MIN_NEGATIVE = 8
SURGE_MIN_TOTAL = 20
# The share test runs every bucket on overlapping windows (about 1,400 tests a day per series):
# p < 1e-4 rather than the spike's single-chart 1e-3. Measured on 8 simulated scenarios:
# 0.5 gave 2 quiet-day false alarms, 0.8 none, and the crisis was caught as early (12-15 min).
SURGE_THRESHOLD = 0.8
# Weight of a repost or near-duplicate in the negative-share test (an original counts 1).
# Measured with `benchmarks/scenarios.py` (2 and 7 quiet days; seeds 0-7 to choose, then seeds
# 8-15 to confirm): 1 (every copy a voice) paged on 5 of the 32 quiet periods, on repost
# cascades of one complaint; 0.5 on none of the 32, the crisis surge still 12-16 min after its
# start (0.25: none of the first 16, 13-18 min); 0 (copies ignored) missed the 30-minute mark
# on 6 of the first 16 crises, which spread as one viral report.
COPY_WEIGHT = 0.5


def alert_id(series: str, kind: str, episode_start: int) -> str:
    digest = hashlib.sha256(f"{series}|{kind}|{episode_start}".encode()).hexdigest()[:20]
    return f"{kind}-{digest}"


def _iso(epoch: float) -> str:
    return format_timestamp(datetime.fromtimestamp(epoch, UTC))


MIN_MENTIONS_FOR_LOUD = 5


def severity(ratio: float, score: float, reach: int, mentions: int) -> str:
    """How loud: the size of the deviation and how many people the authors reach.

    A ratio means little on a handful of posts (1 where 0.04 were expected is 25x): below
    `MIN_MENTIONS_FOR_LOUD` mentions only reach can raise the severity.
    """
    if mentions < MIN_MENTIONS_FOR_LOUD:
        ratio, score = 1.0, 0.0
    if ratio >= 10 or reach >= 1_000_000 or (ratio >= 5 and score >= 0.95):
        return "critical"
    if ratio >= 3 or reach >= 100_000 or score >= 0.9:
        return "warning"
    return "info"


class DetectorScorer:
    """Runs the spike and surge detectors of each series on each closed bucket."""

    def __init__(
        self,
        bucket_seconds: int,
        term_groups: Mapping[str, str],
        spike_threshold: float | None = None,
        surge_threshold: float | None = None,
        on_bucket: Callable[[str, str, int, dict, float, float], None] | None = None,
    ) -> None:
        self.on_bucket = on_bucket  # e.g. the live page: (term, group, start, bucket, exp, score)
        self.bucket_seconds = bucket_seconds
        self.term_groups = dict(term_groups)
        self.spike_threshold = spike_threshold
        self.surge_threshold = SURGE_THRESHOLD if surge_threshold is None else surge_threshold
        self.surge_window_buckets = max(1, SURGE_WINDOW_SECONDS // bucket_seconds)

    def _series_labels(self, series: str) -> tuple[str | None, str]:
        kind, _, name = series.partition(":")
        if kind == "term":
            return name, self.term_groups.get(name, "")
        return None, name

    def score(self, series: str, start: int, bucket: dict, state: SeriesState) -> list[dict]:
        spike_state = state.detectors.get("spike")
        spike = (
            SpikeDetector.from_state(spike_state)
            if spike_state
            else SpikeDetector(self.bucket_seconds, self.spike_threshold)
        )
        surge_state = state.detectors.get("surge")
        surge = (
            NegativeSurgeDetector.from_state(surge_state)
            if surge_state
            else NegativeSurgeDetector(
                self.surge_threshold,
                # The test runs every bucket on overlapping windows: ask for more evidence than
                # one isolated test would, so chance streaks at night stay below the bar.
                min_negative=SURGE_MIN_NEGATIVE,
                min_total=SURGE_MIN_TOTAL,
            )
        )
        volume = spike.update(start, bucket["n"])
        # The share test needs enough posts: it sees a sliding window of recent buckets, not one
        # minute (a term with 4 mentions a minute would never reach its minimum counts).
        # Reposts and near-duplicates count half: a test of proportions assumes independent
        # posts, and one negative post reposted 17 times on a quiet evening is not 17 voices.
        window = state.detectors.setdefault("surge_window", [])
        if "neg_dups" in bucket:
            window.append([bucket["neg"], bucket["n"], bucket["neg_dups"], bucket["dups"]])
        else:  # counted (partly) before copies' sentiment was kept: count every post fully
            window.append([bucket["neg"], bucket["n"]])
        del window[: max(0, len(window) - self.surge_window_buckets)]
        sums = [sum(entry[i] for entry in window if len(entry) > i) for i in range(4)]
        total = sums[1] - (1.0 - COPY_WEIGHT) * sums[3]
        # (min: a bucket whose counts disagree must not raise here; the count agent would
        # replay the same batch and crash on it again)
        negative = surge.update(start, min(sums[0] - (1.0 - COPY_WEIGHT) * sums[2], total), total)
        state.detectors["spike"] = spike.state()
        state.detectors["surge"] = surge.state()

        term, group = self._series_labels(series)
        if term is not None:
            metrics.BUCKET_OBSERVED.labels(term, group).set(volume.observed)
            metrics.BUCKET_EXPECTED.labels(term, group).set(volume.expected)
            metrics.ANOMALY_SCORE.labels(term, group, "volume_spike").set(volume.score)
            metrics.ANOMALY_SCORE.labels(term, group, "negative_surge").set(negative.score)
            if self.on_bucket is not None:
                self.on_bucket(term, group, start, bucket, volume.expected, volume.score)

        alerts = []
        for kind, result, observed, expected in (
            ("volume_spike", volume, volume.observed, volume.expected),
            ("negative_surge", negative, negative.observed_share, negative.expected_share),
        ):
            for alert in self._episode(
                state, series, term, group, kind, start, bucket, result, observed, expected
            ):
                if kind == "negative_surge":  # the test ran on the window, not one bucket
                    alert["evidence"]["surge_window"] = {
                        "seconds": SURGE_WINDOW_SECONDS,
                        "negative": negative.negative,  # as tested: copies count half
                        "total": negative.total,
                        "negative_posts": sums[0],
                        "posts": sums[1],
                        "negative_copies": sums[2],
                        "copies": sums[3],
                    }
                alerts.append(alert)
        return alerts

    def _episode(
        self,
        state: SeriesState,
        series: str,
        term: str | None,
        group: str,
        kind: str,
        start: int,
        bucket: dict,
        result: SpikeScore | SurgeScore,
        observed: float,
        expected: float,
    ) -> list[dict]:
        """`firing` when the detector opens an episode, `resolved` when it closes it.

        The detector owns the episode (it opens at a threshold crossing and closes after a calm
        period, see `agents/detectors.py`), so the stream pages exactly when `veille detect`
        marks an alert, and a new crossing after a resolved episode is a new page.
        """
        episodes: dict = state.detectors.setdefault("episodes", {})
        episode = episodes.get(kind)
        score = result.score
        out = []
        if episode is not None and (result.alert or not result.episode):
            # closed by the detector (or, after a state migration, re-opened without closing)
            del episodes[kind]
            out.append(
                self._resolved(
                    series, term, group, kind, episode, start, bucket, score, observed, expected
                )
            )
        if result.alert:
            alert = self._alert(
                series, term, group, kind, "firing", start, start, bucket, score, observed, expected
            )
            episodes[kind] = {"start": start, "severity": alert["severity"]}
            out.append(alert)
        return out

    def _resolved(
        self,
        series: str,
        term: str | None,
        group: str,
        kind: str,
        episode: dict,
        start: int,
        bucket: dict,
        score: float,
        observed: float,
        expected: float,
    ) -> dict:
        resolved = self._alert(
            series, term, group, kind, "resolved", episode["start"], start, bucket, score,
            observed, expected,
        )  # fmt: skip
        resolved["severity"] = episode.get("severity", resolved["severity"])  # as it fired
        return resolved

    def _alert(
        self,
        series: str,
        term: str | None,
        group: str,
        kind: str,
        status: str,
        episode_start: int,
        start: int,
        bucket: dict,
        score: float,
        observed: float,
        expected: float,
    ) -> dict:
        total = bucket["n"]
        ratio = observed / expected if expected > 0 else float(observed > 0) * 100.0
        return {
            "schema_version": SCHEMA_VERSION,
            "id": alert_id(series, kind, episode_start),
            "kind": kind,
            "status": status,
            "series": series,
            "term": term,
            "group": group,
            "severity": severity(ratio, score, bucket["reach"], total),
            "episode_start": _iso(episode_start),
            "bucket_start": _iso(start),
            "observed": round(observed, 4),
            "expected": round(expected, 4),
            "score": round(min(1.0, max(0.0, score)), 4),
            "evidence": {
                "bucket_seconds": self.bucket_seconds,
                "mentions": total,
                "ratio_to_expected": round(ratio, 2),
                "sentiment": {
                    "negative": bucket["neg"],
                    "neutral": bucket["neu"],
                    "positive": bucket["pos"],
                },
                "duplicate_share": round(bucket["dups"] / total, 3) if total else 0.0,
                "repost_share": round(bucket["reposts"] / total, 3) if total else 0.0,
                "reach": bucket["reach"],
                "languages": bucket["lang"],
                "countries": bucket["country"],
                "top_posts": [
                    {"followers": f, "id": i, "url": u, "text": t} for f, i, u, t in bucket["top"]
                ],
            },
            "created_at": format_timestamp(datetime.now(UTC)),
        }
