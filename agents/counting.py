"""Per-series mention counts in tumbling buckets, exact under at-least-once delivery.

A series is a watch term (`term:<id>`) or a group (`group:<id>`). The enrichment agent sends,
per batch, series and source partition, one compact message listing the mentions it found with
their source offsets. The counting agent owns each series (the mentions topic is keyed by
series) and keeps, in the same table value as the counts, the highest source offset already
counted per source partition. A replay after a crash re-sends mentions at or below that mark and
they are skipped: the counts stay exact without transactions.

Counts and watermarks live in ONE table value on purpose: a Faust windowed table would keep them
under separate keys whose changelog records a crash could split, over- or under-counting. Expiry
is done here instead: a bucket leaves the value once it is closed and scored (the detectors keep
the history, in O(1) state), so a value stays small and bounded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from veille.agents.near_duplicates import NearDuplicateIndex, text_fingerprint

MAX_BREAKDOWN_KEYS = 12  # languages/countries kept per bucket; the rest add up under "other"
TOP_POSTS = 3
CLOSED_BUCKETS_KEPT = 3  # for evidence and the live page
_EXCERPT_CHARS = 200

# One mention: a list, compact in JSON and cheap to build. FINGERPRINT is an int64: a 63-bit
# SimHash of the normalised text (>= 0, near-duplicate matching) or, for a text of fewer than four
# words, an exact hash (< 0, exact matching); see agents/near_duplicates.py.
(
    OFFSET,
    CREATED,
    SENTIMENT,
    LANGUAGE,
    COUNTRY,
    FOLLOWERS,
    REPOST,
    FINGERPRINT,
    POST_ID,
    URL,
    EXCERPT,
) = range(11)


@dataclass(frozen=True, slots=True)
class MentionBatch:
    """The message of the mentions topic: one series, one source partition, its mentions."""

    series: str
    source_partition: int
    mentions: Sequence[Sequence]

    def to_json(self) -> dict:
        return {"series": self.series, "p": self.source_partition, "m": list(self.mentions)}

    @classmethod
    def from_json(cls, document: dict) -> MentionBatch:
        return cls(document["series"], int(document["p"]), document["m"])


def fingerprint(text: str) -> int:
    """Close fingerprints for copies that differ in handles, links, tags, digits, emojis, a word.

    A copy-paste campaign varies exactly these to dodge naive duplicate filters. Computed where
    the text is (enrichment), compared where the series is (counting): one int travels.
    """
    return text_fingerprint(text)


def series_keys(record: dict) -> list[str]:
    return [f"term:{t}" for t in record["terms"]] + [f"group:{g}" for g in record["groups"]]


def mention_batches(
    records: Iterable[tuple[int, int, dict]], bucket_seconds: int
) -> dict[tuple[str, int], list[list]]:
    """Group one enrichment batch's matched posts by (series, source partition).

    `records` yields (source partition, source offset, enriched record). Only the three
    most-followed mentions per series and bucket carry a text excerpt: enough for an alert's
    top posts, without shipping every text twice.
    """
    batches: dict[tuple[str, int], list[list]] = defaultdict(list)
    for partition, offset, record in records:
        keys = series_keys(record)
        if not keys:
            continue
        sentiment = record["sentiment"]["label"]
        mention = [
            offset,
            datetime.fromisoformat(record["created_at"]).timestamp(),
            -1 if sentiment == "negative" else 1 if sentiment == "positive" else 0,
            record["language"],
            record["country"],
            record["author_followers"] or 0,
            1 if record["repost_of"] else 0,
            fingerprint(record["text"]),
            record["id"],
            record["url"],
            record["text"][:_EXCERPT_CHARS],
        ]
        for key in keys:
            batches[(key, partition)].append(mention)
    for mentions in batches.values():
        if len(mentions) <= TOP_POSTS:
            continue
        by_bucket: dict[int, list[int]] = defaultdict(list)
        for i, mention in enumerate(mentions):
            by_bucket[int(mention[CREATED] // bucket_seconds)].append(i)
        for indexes in by_bucket.values():
            indexes.sort(key=lambda i: mentions[i][FOLLOWERS], reverse=True)
            for i in indexes[TOP_POSTS:]:
                mentions[i] = [*mentions[i][:EXCERPT], None]
    return batches


def empty_bucket() -> dict:
    return {
        "n": 0,
        "neg": 0,
        "neu": 0,
        "pos": 0,
        "reach": 0,
        "reposts": 0,
        "dups": 0,
        "neg_dups": 0,  # negative mentions among `dups`
        "lang": {},
        "country": {},
        "top": [],
    }


def _bump(counts: dict[str, int], key: str | None) -> None:
    key = key or "unknown"
    if key not in counts and len(counts) >= MAX_BREAKDOWN_KEYS:
        key = "other"
    counts[key] = counts.get(key, 0) + 1


@dataclass(frozen=True, slots=True)
class AddResult:
    counted: int
    duplicates_skipped: int
    late: int


class SeriesState:
    """The table value of one series: open buckets, watermarks, detector state."""

    def __init__(self, document: dict | None, bucket_seconds: int) -> None:
        document = document or {}
        self.bucket_seconds = bucket_seconds
        self.buckets: dict[str, dict] = document.get("buckets", {})
        self.watermarks: dict[str, int] = document.get("hwm", {})
        self.detectors: dict[str, dict] = document.get("det", {})
        self.closed_until: int = document.get("closed", 0)  # first bucket start still open

    def to_json(self) -> dict:
        return {
            "buckets": self.buckets,
            "hwm": self.watermarks,
            "det": self.detectors,
            "closed": self.closed_until,
        }

    def bucket_start(self, epoch_seconds: float) -> int:
        return int(epoch_seconds // self.bucket_seconds) * self.bucket_seconds

    def add(
        self, source_partition: int, mentions: Sequence[Sequence], seen: NearDuplicateIndex
    ) -> AddResult:
        """Count mentions not counted yet; `seen` holds the series' recent fingerprints.

        A mention is a duplicate if it is a repost or a near-duplicate of a recent text. `seen`
        lives in memory only: it changes the duplicate share, never the counts.
        """
        mark_key = str(source_partition)
        watermark = self.watermarks.get(mark_key, -1)
        counted = skipped = late = 0
        for mention in mentions:
            if mention[OFFSET] <= watermark:
                skipped += 1  # re-sent after a crash: already counted
                continue
            watermark = mention[OFFSET]
            start = self.bucket_start(mention[CREATED])
            if start < self.closed_until:
                late += 1  # its bucket was already scored
                continue
            bucket = self.buckets.setdefault(str(start), empty_bucket())
            bucket["n"] += 1
            sentiment = mention[SENTIMENT]
            bucket["neg" if sentiment < 0 else "pos" if sentiment > 0 else "neu"] += 1
            bucket["reach"] += mention[FOLLOWERS]
            bucket["reposts"] += mention[REPOST]
            copied = seen.seen_before(mention[FINGERPRINT], mention[CREATED])
            if mention[REPOST] or copied:
                bucket["dups"] += 1
                # A bucket opened before this field existed never gets it: its copies' sentiment
                # is partly unknown, and the surge test then counts all of its posts fully.
                if sentiment < 0 and "neg_dups" in bucket:
                    bucket["neg_dups"] += 1
            _bump(bucket["lang"], mention[LANGUAGE])
            _bump(bucket["country"], mention[COUNTRY])
            if mention[EXCERPT] is not None:
                _keep_top(bucket["top"], mention)
            counted += 1
        self.watermarks[mark_key] = watermark
        return AddResult(counted, skipped, late)

    def closable(
        self, watermark_seconds: float, grace_seconds: float, max_buckets: int
    ) -> list[int]:
        """Bucket starts, empty ones included, that event time has moved past (oldest first)."""
        last = self.bucket_start(watermark_seconds - grace_seconds) - self.bucket_seconds
        first = self.closed_until or min((int(k) for k in self.buckets), default=last + 1)
        first = max(first, last - self.bucket_seconds * (max_buckets - 1))
        return list(range(first, last + 1, self.bucket_seconds)) if first <= last else []

    def close(self, start: int) -> dict:
        """Mark a bucket scored, keep a few closed ones for evidence, return its counts."""
        bucket = self.buckets.get(str(start)) or empty_bucket()
        self.closed_until = start + self.bucket_seconds
        closed = sorted(int(k) for k in self.buckets if int(k) < self.closed_until)
        for key in closed[:-CLOSED_BUCKETS_KEPT] if len(closed) > CLOSED_BUCKETS_KEPT else []:
            del self.buckets[str(key)]
        return bucket


def _keep_top(top: list[list], mention: Sequence) -> None:
    entry = [mention[FOLLOWERS], mention[POST_ID], mention[URL], mention[EXCERPT]]
    top.append(entry)
    top.sort(key=lambda e: e[0], reverse=True)
    del top[TOP_POSTS:]
