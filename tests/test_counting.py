"""Per-series counting: exact under re-delivery, bounded, with the evidence alerts need."""

from __future__ import annotations

import random

from veille.agents.count_agent import RecentFingerprints
from veille.agents.counting import (
    CLOSED_BUCKETS_KEPT,
    EXCERPT,
    MentionBatch,
    SeriesState,
    fingerprint,
    mention_batches,
)

T0 = 1_795_000_000 - 1_795_000_000 % 60  # a bucket boundary


def mention(
    offset: int,
    created: float,
    sentiment: int = 0,
    followers: int = 10,
    repost: int = 0,
    text: str | None = None,
) -> list:
    # digits are not part of a fingerprint: make each default text differ in its letters
    text = text or "post " + "".join(chr(97 + int(d)) for d in str(offset * 7919))
    return [
        offset,
        created,
        sentiment,
        "fr",
        "FR",
        followers,
        repost,
        fingerprint(text),
        f"p{offset}",
        None,
        text,
    ]


def test_replayed_mentions_are_counted_once() -> None:
    state = SeriesState(None, 60)
    seen = RecentFingerprints().for_series("term:x")
    first = [mention(i, T0 + i) for i in range(50)]
    assert state.add(0, first, seen).counted == 50
    # a crash before the commit: the same offsets come again, plus new ones
    replay = [mention(i, T0 + i) for i in range(30, 80)]
    result = state.add(0, replay, seen)
    assert (result.counted, result.duplicates_skipped) == (30, 20)
    # the watermark is per source partition: offsets of another partition count
    assert state.add(1, [mention(5, T0 + 5)], seen).counted == 1
    assert sum(b["n"] for b in state.buckets.values()) == 81


def test_counts_survive_a_round_trip_through_the_table_value() -> None:
    state = SeriesState(None, 60)
    seen = RecentFingerprints().for_series("s")
    state.add(0, [mention(i, T0 + i * 10, sentiment=(-1, 0, 1)[i % 3]) for i in range(12)], seen)
    restored = SeriesState(state.to_json(), 60)
    assert restored.to_json() == state.to_json()
    assert restored.add(0, [mention(3, T0 + 30)], seen).counted == 0
    bucket = restored.buckets[str(T0)]
    assert (bucket["n"], bucket["neg"], bucket["neu"], bucket["pos"]) == (6, 2, 2, 2)


def test_closing_fills_empty_buckets_and_drops_late_mentions() -> None:
    state = SeriesState(None, 60)
    seen = RecentFingerprints().for_series("s")
    state.add(0, [mention(0, T0 + 5), mention(1, T0 + 185)], seen)  # buckets 0 and 3
    starts = state.closable(watermark_seconds=T0 + 300, grace_seconds=60, max_buckets=100)
    assert starts == [T0, T0 + 60, T0 + 120, T0 + 180]
    counts = [state.close(start)["n"] for start in starts]
    assert counts == [1, 0, 0, 1]
    assert state.closable(T0 + 300, 60, 100) == []  # nothing new to close
    late = state.add(0, [mention(2, T0 + 70)], seen)
    assert (late.counted, late.late) == (0, 1)
    assert len([k for k in state.buckets if int(k) < state.closed_until]) <= CLOSED_BUCKETS_KEPT


def test_closing_after_a_long_silence_is_bounded() -> None:
    state = SeriesState(None, 60)
    state.add(0, [mention(0, T0)], RecentFingerprints().for_series("s"))
    starts = state.closable(T0 + 30 * 86400, 60, max_buckets=1440)
    assert len(starts) == 1440  # one day of buckets at most, the most recent ones


def test_copy_paste_flood_counts_as_duplicates() -> None:
    state = SeriesState(None, 60)
    seen = RecentFingerprints().for_series("s")
    base = "Le Paracetix Junior a rendu ma fille malade, boycott!! #Paracetix"
    copies = [
        mention(i, T0 + i % 50, text=f"@user{i} {base} https://x.example/{i} 😡")
        for i in range(100)
    ]
    originals = [mention(100 + i, T0 + i) for i in range(20)]
    state.add(0, copies + originals, seen)
    bucket = state.buckets[str(T0)]
    assert bucket["n"] == 120
    assert bucket["dups"] == 99  # the first copy is an original voice


def test_mention_batch_json_round_trip() -> None:
    batch = MentionBatch("term:x", 3, [mention(1, T0)])
    assert MentionBatch.from_json(batch.to_json()) == MentionBatch("term:x", 3, [mention(1, T0)])


def test_fingerprints_memory_is_bounded() -> None:
    fingerprints = RecentFingerprints(per_series=100)
    seen = fingerprints.for_series("s")
    rng = random.Random(2)
    values = [rng.getrandbits(63) for _ in range(1000)]
    for value in values:
        seen.seen_before(value, T0)
    assert len(seen) == 100
    assert values[-1] in seen and values[0] not in seen


def test_mention_batches_group_by_series_and_partition_with_top_excerpts() -> None:
    rng = random.Random(1)
    records = []
    for i in range(40):
        record = {
            "id": f"p{i}",
            "text": f"texte {i}",
            "created_at": "2026-11-20T10:00:00Z",
            "sentiment": {"label": "negative"},
            "language": "fr",
            "country": "FR",
            "author_followers": rng.randint(0, 10_000),
            "repost_of": None,
            "url": None,
            "terms": ["paracetix"] if i % 2 else ["ibuvia"],
            "groups": ["paracetix"] if i % 2 else ["competitors"],
        }
        records.append((i % 2, i, record))
    batches = mention_batches(records, bucket_seconds=60)
    assert set(batches) == {
        ("term:paracetix", 1),
        ("group:paracetix", 1),
        ("term:ibuvia", 0),
        ("group:competitors", 0),
    }
    mentions = batches[("term:paracetix", 1)]
    assert len(mentions) == 20
    with_text = [m for m in mentions if m[EXCERPT] is not None]
    assert len(with_text) == 3
    top = sorted(m[5] for m in mentions)[-3:]
    assert sorted(m[5] for m in with_text) == top


def test_severity_needs_both_deviation_and_volume() -> None:
    from veille.agents.detection import severity

    assert severity(25.0, 0.6, reach=300, mentions=1) == "info"  # 1 post where 0.04 expected
    assert severity(25.0, 0.6, reach=300, mentions=40) == "critical"
    assert severity(4.0, 0.6, reach=300, mentions=40) == "warning"
    assert severity(1.5, 0.5, reach=2_000_000, mentions=2) == "critical"  # reach alone


def test_event_time_is_held_by_the_slowest_partition_until_it_goes_quiet() -> None:
    import time as clock

    from veille.agents.count_agent import EventTimeWatermark

    watermark = EventTimeWatermark(source_partitions=2, idle_seconds=0.3)
    watermark.observe(0, 1_000.0)
    assert watermark.current() == 0.0  # partition 1 not heard from yet: it may be behind
    watermark.observe(1, 400.0)
    assert watermark.current() == 400.0
    watermark.observe(0, 2_000.0)
    assert watermark.current() == 400.0  # the slow partition holds event time back
    clock.sleep(0.2)
    watermark.observe(0, 2_500.0)
    clock.sleep(0.15)  # partition 1 silent for 0.35 s > idle: it stops holding
    assert watermark.current() == 2_500.0
    watermark.observe(1, 600.0)  # back: it holds again
    assert watermark.current() == 600.0
    # Event time never runs ahead of the wall clock (a post dated next year closes nothing).
    watermark.observe(1, clock.time() + 365 * 86400)
    watermark.observe(0, clock.time() + 365 * 86400)
    assert watermark.current() <= clock.time() + 10
