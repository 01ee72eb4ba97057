"""The counting agent: fold mention batches into per-series buckets, close them, score them.

One table write per series per batch (the table is updated from a batched agent, hence
`use_partitioner=True` on it: the mentions topic and the table are keyed and partitioned alike).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import orjson

from veille import metrics
from veille.agents.counting import CREATED, MentionBatch, SeriesState
from veille.agents.near_duplicates import MAX_ITEMS, NearDuplicateIndex
from veille.agents.unacknowledged import AgentFn, batch_agent

FINGERPRINTS_PER_SERIES = MAX_ITEMS
# All series together: ~0.5 KB per fingerprint, so ~50 MB at most however long the watchlists.
FINGERPRINT_BUDGET = 100_000
MIN_FINGERPRINTS_PER_SERIES = 32


def fingerprints_per_series(series_count: int) -> int:
    """A share of the budget: 2,048 each for a few brands, 90 each for a thousand terms."""
    share = FINGERPRINT_BUDGET // max(1, series_count)
    return max(MIN_FINGERPRINTS_PER_SERIES, min(FINGERPRINTS_PER_SERIES, share))


MAX_CLOCK_SKEW_SECONDS = 5.0


class BucketScorer(Protocol):
    def score(self, series: str, start: int, bucket: dict, state: SeriesState) -> list[dict]:
        """Run the detectors on a closed bucket; return the alerts to publish."""
        ...


class EventTimeWatermark:
    """Event time as the slowest active source partition sees it.

    During a backlog one partition can be consumed far ahead of another; closing buckets at the
    fastest partition's time would drop the slow partitions' posts as late and make a normal
    minute look like a spike later. So the watermark is the minimum over source partitions,
    and a partition silent for `idle_seconds` of wall-clock time stops holding it back.

    30 s, not less: while a backlog is replayed on a loaded machine, one source partition can
    wait that long for its turn, and declaring it idle early would drop its posts as late and
    hide the very spike the backlog holds. A partition that really is silent costs at most that
    much extra alert latency.
    """

    def __init__(self, source_partitions: int, idle_seconds: float = 30.0) -> None:
        self.idle_seconds = idle_seconds
        # partition -> (event time, wall time). Partitions not heard from yet hold event time
        # at zero until they go idle: the first batch may well come from one partition only.
        started = time.monotonic()
        self._partitions: dict[int, tuple[float, float]] = {
            partition: (0.0, started) for partition in range(source_partitions)
        }

    def observe(self, partition: int, event_time: float) -> None:
        # A post dated in the future (or a producer with a wrong clock) must not close the next
        # hour's buckets for every series: event time never runs ahead of the wall clock.
        event_time = min(event_time, time.time() + MAX_CLOCK_SKEW_SECONDS)
        previous = self._partitions.get(partition, (0.0, 0.0))[0]
        self._partitions[partition] = (max(previous, event_time), time.monotonic())

    def current(self) -> float:
        if not self._partitions:
            return 0.0
        now = time.monotonic()
        active = [
            event for event, wall in self._partitions.values() if now - wall < self.idle_seconds
        ]
        if active:
            return min(active)
        return max(event for event, _ in self._partitions.values())


class RecentFingerprints:
    """Per-series memory of recent text fingerprints, bounded, for the duplicate share.

    Kept out of the changelog on purpose (it would multiply its volume); after a restart the
    duplicate share starts cold, the counts do not. Memory: at most `per_series` fingerprints per
    series (~0.5 KB each, see `NearDuplicateIndex`), sized by `fingerprints_per_series` so all
    series together stay within FINGERPRINT_BUDGET.
    """

    def __init__(self, per_series: int = FINGERPRINTS_PER_SERIES) -> None:
        self.per_series = per_series
        self._indexes: dict[str, NearDuplicateIndex] = {}

    def for_series(self, series: str) -> NearDuplicateIndex:
        index = self._indexes.get(series)
        if index is None:
            index = self._indexes[series] = NearDuplicateIndex(max_items=self.per_series)
        return index


def make_count_agent(
    table: Any,
    scorer: BucketScorer,
    publish_alerts: Callable[[list[dict]], Awaitable[None]],
    *,
    bucket_seconds: int,
    grace_seconds: float,
    source_partitions: int,
    max_close_buckets: int,
    batch_size: int,
    within: float,
    active_partitions: Callable[[], set[int]] | None = None,
    partition_of: Callable[[str], int] | None = None,
    series_count: int = 1,
) -> tuple[AgentFn, dict[str, int], Callable[[], None]]:
    """Return the agent and the series it owns, by mentions partition (cleared on rebalance).

    Event time is tracked per mentions partition: each one is its own ordered stream, consumed
    at its own pace, so a series is closed by the clock of the partition that carries it.

    After a start or a rebalance, the series already in the table for the partitions this
    worker now owns (`active_partitions`, `partition_of`) are adopted with the first batch, so
    their open buckets are closed and scored by event time without waiting for their own next
    mention (a quiet brand's spike bucket would otherwise wait for it).
    """
    owned: dict[str, int] = {}  # series -> mentions partition
    adoption_due = [active_partitions is not None and partition_of is not None]
    fingerprints = RecentFingerprints(fingerprints_per_series(series_count))
    clocks: dict[int, EventTimeWatermark] = {}
    closed_through: dict[int, int] = {}

    def boundary(partition: int) -> int:
        watermark = clocks[partition].current() - grace_seconds
        return int(watermark // bucket_seconds) * bucket_seconds

    def adopt() -> None:
        assert active_partitions is not None and partition_of is not None
        adoption_due[0] = False
        active = active_partitions()
        for series in list(table.keys()):
            partition = partition_of(series)
            if partition in active:
                owned.setdefault(series, partition)

    async def process(events: list) -> None:
        if adoption_due[0]:  # the table is recovered once the agent runs
            adopt()
        by_series: dict[str, list[MentionBatch]] = defaultdict(list)
        for event in events:
            batch = MentionBatch.from_json(orjson.loads(event.value))
            by_series[batch.series].append(batch)
            partition = event.message.partition
            owned[batch.series] = partition
            if partition not in clocks:
                clocks[partition] = EventTimeWatermark(source_partitions)
            if batch.mentions:
                clocks[partition].observe(
                    batch.source_partition, max(m[CREATED] for m in batch.mentions)
                )
        closing = {p for p in clocks if boundary(p) > closed_through.get(p, 0)}
        touched = set(by_series) | {s for s, p in owned.items() if p in closing}
        alerts: list[dict] = []
        states: dict[str, SeriesState] = {}
        for series in sorted(touched):
            state = SeriesState(table.get(series), bucket_seconds)
            for batch in by_series.get(series, ()):
                result = state.add(
                    batch.source_partition, batch.mentions, fingerprints.for_series(series)
                )
                metrics.MENTIONS_COUNTED.inc(result.counted)
                metrics.MENTIONS_SKIPPED.labels("duplicate").inc(result.duplicates_skipped)
                metrics.MENTIONS_SKIPPED.labels("late").inc(result.late)
            partition = owned[series]
            if partition in closing:
                watermark = clocks[partition].current()
                for start in state.closable(watermark, grace_seconds, max_close_buckets):
                    bucket = state.close(start)
                    alerts.extend(scorer.score(series, start, bucket, state))
            states[series] = state
        # Alerts first: once a table value says a bucket is closed, a replay after a crash
        # will not score it again, so its alert must already be on the topic (ids are
        # stable, so a replayed one is deduplicated downstream).
        if alerts:
            await publish_alerts(alerts)
        for series, state in states.items():
            table[series] = state.to_json()
        for partition in closing:
            closed_through[partition] = boundary(partition)

    def forget() -> None:
        owned.clear()
        clocks.clear()
        closed_through.clear()
        adoption_due[0] = active_partitions is not None and partition_of is not None

    return batch_agent("count", process, batch_size, within), owned, forget
