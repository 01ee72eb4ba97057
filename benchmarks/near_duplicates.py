"""Cost and quality of near-duplicate detection against the exact fingerprint, in one run.

    python benchmarks/near_duplicates.py [--mentions 60000] [--distance 9] [--repeat 5]

Speed, in CPU microseconds per mention (process time, so other load on the machine does not
count; best of --repeat, the two methods interleaved):
(a) the exact hash of the normalised text with a bounded recency set (what the count agent did
    before), and (b) the SimHash with the banded index; each split into "fingerprint the text"
    and "ask the series' index, remember it" (insert+query). The ratio b/a is printed. The
    enrichment costs ~140 us per post for comparison.
Quality on the demo scenario (the simulator's crisis: viral reposts, a copy-paste flood) per
series, as the counting agent counts: a mention is a duplicate if it is a repost or its text was
seen. The simulator's ground truth (`duplicate_of`) says which ones really are.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import re
import sys
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from veille.agents.counting import series_keys
from veille.agents.near_duplicates import MAX_DISTANCE, NearDuplicateIndex, text_fingerprint
from veille.agents.text import fold
from veille.streams.sources.simulator import TERM_GROUPS, generate_scenario

CAP = 2048  # fingerprints per series, as in the count agent

_OLD_NOISE = re.compile(r"https?://\S+|(?<!\w)[@#$]\w+|^rt\b|\d+|[^\w\s]", re.MULTILINE)

# (series, text, event time, truly a duplicate, is a repost)
Row = tuple[str, str, float, bool, bool]


class Index(Protocol):
    def seen_before(self, fingerprint: int, when: float) -> bool: ...


def exact_fingerprint(text: str) -> int:
    """The count agent's fingerprint before near-duplicates (kept here as the baseline)."""
    words = _OLD_NOISE.sub(" ", fold(text)).split()
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


class ExactIndex:
    """The bounded recency set the count agent used with the exact fingerprint."""

    def __init__(self, cap: int = CAP) -> None:
        self.cap = cap
        self.items: OrderedDict[int, None] = OrderedDict()

    def seen_before(self, fingerprint: int, when: float) -> bool:
        found = fingerprint in self.items
        self.items[fingerprint] = None
        self.items.move_to_end(fingerprint)
        if len(self.items) > self.cap:
            self.items.popitem(last=False)
        return found


def mention_rows(posts: list[dict], truth: dict) -> list[Row]:
    """Every (series, post) pair in stream order, as the counting agent sees them."""
    rows = []
    for post in posts:
        terms = truth[post["id"]].terms
        record = {"terms": list(terms), "groups": sorted({TERM_GROUPS[t] for t in terms})}
        when = datetime.fromisoformat(post["created_at"]).timestamp()
        duplicate = truth[post["id"]].duplicate_of is not None
        for series in series_keys(record):
            rows.append((series, post["text"], when, duplicate, bool(post["repost_of"])))
    return rows


def run_indexes(rows: list[Row], fingerprints: list[int], make: Callable[[], Index]) -> list[bool]:
    indexes: dict[str, Index] = {}
    flags = []
    for (series, _, when, _, _), value in zip(rows, fingerprints, strict=True):
        index = indexes.get(series)
        if index is None:
            index = indexes[series] = make()
        flags.append(index.seen_before(value, when))
    return flags


def timings(
    rows: list[Row], fingerprint: Callable[[str], int], make: Callable[[], Index]
) -> tuple[float, float]:
    """CPU us per mention: (fingerprint the text, insert+query the series' index)."""
    started = time.process_time()
    fingerprints = [fingerprint(text) for _, text, *_ in rows]
    fingerprinted = time.process_time()
    run_indexes(rows, fingerprints, make)
    done = time.process_time()
    scale = 1e6 / len(rows)
    return (fingerprinted - started) * scale, (done - fingerprinted) * scale


def quality(
    rows: list[Row], fingerprint: Callable[[str], int], make: Callable[[], Index]
) -> dict[str, float]:
    flags = run_indexes(rows, [fingerprint(text) for _, text, *_ in rows], make)
    tp = fp = fn = 0
    for (_, _, _, duplicate, repost), seen in zip(rows, flags, strict=True):
        flagged = seen or repost
        tp += flagged and duplicate
        fp += flagged and not duplicate
        fn += duplicate and not flagged
    originals = sum(1 for row in rows if not row[3])
    return {
        "share": (tp + fp) / len(rows),
        "truth": (tp + fn) / len(rows),
        "recall": tp / max(tp + fn, 1),
        "originals_flagged": fp / max(originals, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mentions", type=int, default=60_000, help="mentions timed")
    parser.add_argument("--distance", type=int, default=MAX_DISTANCE, help="max Hamming distance")
    parser.add_argument("--repeat", type=int, default=5, help="best of N timings")
    args = parser.parse_args(argv)

    scenario = generate_scenario(seed=1, end=datetime(2026, 11, 20, 12, tzinfo=UTC))
    rows = mention_rows(scenario.posts, scenario.truth)

    def near_index() -> NearDuplicateIndex:
        return NearDuplicateIndex(max_items=CAP, max_distance=args.distance)

    # Speed: the scenario's mentions cycled up to --mentions, event time moving on each lap.
    span = rows[-1][2] - rows[0][2] + 3600
    timed_rows = [
        (series, text, when + (i // len(rows)) * span, duplicate, repost)
        for i, (series, text, when, duplicate, repost) in enumerate(
            itertools.islice(itertools.cycle(rows), args.mentions)
        )
    ]
    methods: dict[str, tuple[Callable[[str], int], Callable[[], Index]]] = {
        "exact hash + recency set": (exact_fingerprint, ExactIndex),
        f"SimHash + banded index (k={args.distance})": (text_fingerprint, near_index),
    }
    best = {name: (float("inf"), float("inf")) for name in methods}
    for _ in range(args.repeat):
        for name, (fingerprint, make) in methods.items():
            text_us, index_us = timings(timed_rows, fingerprint, make)
            best[name] = (min(best[name][0], text_us), min(best[name][1], index_us))
    series = len({row[0] for row in rows})
    print(
        f"speed: {len(timed_rows)} mentions, {series} series, CPU us/mention, best of {args.repeat}"
    )
    print(f"  {'':38} {'fingerprint':>11} {'insert+query':>12} {'total':>7}")
    for name, (text_us, index_us) in best.items():
        print(f"  {name:38} {text_us:11.2f} {index_us:12.2f} {text_us + index_us:7.2f}")
    exact_total, near_total = (sum(best[name]) for name in methods)
    print(
        f"  near / exact: {near_total / exact_total:.2f}x "
        f"(+{near_total - exact_total:.2f} us/mention; both pay the same text normalisation)"
    )

    crisis_start = scenario.crisis_start.timestamp()
    subsets = {"all": rows, "crisis": [row for row in rows if row[2] >= crisis_start]}
    print(
        f"\nquality on the demo scenario ({len(rows)} mentions in {series} series, "
        "truth: the simulator's duplicate_of; duplicate = repost or text seen)"
    )
    print(f"  {'':38} {'':6} {'share':>6} {'truth':>6} {'recall':>6} {'originals flagged':>17}")
    for name, (fingerprint, make) in methods.items():
        for label, subset in subsets.items():
            q = quality(subset, fingerprint, make)
            print(
                f"  {name:38} {label:6} {q['share']:6.3f} {q['truth']:6.3f} {q['recall']:6.3f}"
                f" {q['originals_flagged']:17.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
