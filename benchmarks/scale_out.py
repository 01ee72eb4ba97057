"""Scale-out and memory: K `veille worker` processes in one consumer group, exact counts, flat RSS.

    python benchmarks/scale_out.py [--posts 200000] [--workers 2] [--partitions 8]
                                   [--broker-kind tansu|noida]
    python benchmarks/scale_out.py --posts 1000000 --workers 1 --partitions 4   # memory

N posts are produced first, then the workers start together (static membership, one instance id
each) and share the partitions the Kafka way. The run checks what a user relies on:
- every post comes out enriched (distinct ids == N); duplicates (at-least-once) are counted;
- the per-term and per-group mention counts the workers hold (their `/series` pages) equal the
  counts computed in-process from the same posts: nothing lost, nothing counted twice;
- each worker's RSS, sampled every 2 s, stays flat: the last sample against the one taken after
  the first 10 % of the posts.
Posts are timed like a firehose (see `make_posts`), so all their buckets are still open at the
end and the counts can be read back.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import sys
import time
from collections import Counter
from importlib.resources import files
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from enrichment import make_posts

from veille.agents.counting import series_keys
from veille.agents.enrich import Enricher, SourceMessage
from veille.agents.watchlists import WatchlistMatcher, load_file_config
from veille.runner import WorkerProcess
from veille.settings import load_settings
from veille.streams.broker import LocalBroker
from veille.streams.outputs import OutputReader
from veille.streams.sources.replay import replay
from veille.streams.topics import ensure_topics

CONFIG = files("veille").joinpath("data/demo.yaml")


def expected_counts(posts: list[bytes], bucket_seconds: int) -> Counter:
    """(series, bucket start) -> mentions, from the same enrichment code, no Kafka."""
    enricher = Enricher(WatchlistMatcher.from_config(load_file_config(str(CONFIG))))
    counts: Counter = Counter()
    for start in range(0, len(posts), 1000):
        chunk = posts[start : start + 1000]
        messages = [SourceMessage(raw, None, "posts", 0, start + i) for i, raw in enumerate(chunk)]
        for _, record in enricher.enrich_batch(messages).enriched:
            created = calendar.timegm(time.strptime(record["created_at"], "%Y-%m-%dT%H:%M:%SZ"))
            bucket = created // bucket_seconds * bucket_seconds
            for key in series_keys(record):
                counts[(key, bucket)] += 1
    return counts


COUNT_SETTLE_SECONDS = 300.0  # counts still short after this long are reported missing


def counted(workers: list[WorkerProcess]) -> Counter:
    """What the workers hold: each series is owned by exactly one of them."""
    counts: Counter = Counter()
    for worker in workers:
        for series, state in json.loads(worker.get("/series")).items():
            for bucket, values in (state or {}).get("buckets", {}).items():
                counts[(series, int(bucket))] += values["n"]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--broker-kind", choices=["noida", "tansu"], default="tansu")
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args()

    posts = make_posts(args.posts)
    print(
        f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
        f"Python {sys.version.split()[0]}, broker {args.broker_kind}; "
        f"{args.posts:,} posts, {args.workers} workers, {args.partitions} partitions"
    )
    with LocalBroker(args.broker_kind) as broker:  # type: ignore[arg-type]
        settings = load_settings(broker=broker.url, partitions=args.partitions)
        ensure_topics(settings)
        stats = replay(posts, settings.bootstrap_servers, settings.topic_posts)
        assert stats.sent == len(posts), stats
        expected = expected_counts(posts, settings.bucket_seconds)
        reader = OutputReader(
            settings.bootstrap_servers,
            settings.topic_enriched,
            settings.topic_deadletter,
            settings.topic_alerts,
        )
        workers = [
            WorkerProcess(
                broker.url,
                config=str(CONFIG),
                env={
                    "VEILLE_PARTITIONS": str(args.partitions),
                    "VEILLE_INSTANCE_ID": f"bench-{index}",
                },
            )
            for index in range(args.workers)
        ]
        for worker in workers:
            worker.start()
        processes = [psutil.Process(w.process.pid) for w in workers]  # type: ignore[union-attr]
        rss: list[list[float]] = [[] for _ in workers]
        early_rss: list[float] | None = None
        cpu_start = [0.0] * len(processes)
        first = last = None
        ids: Counter = Counter()
        next_sample = 0.0
        deadline = time.monotonic() + args.timeout
        try:
            while len(ids) < len(posts) and time.monotonic() < deadline:
                before = len(reader.outputs.enriched)
                if reader.poll(0.2):
                    now = time.monotonic()
                    if first is None:  # CPU from the first output on: start-up is not counted
                        first = now
                        cpu_start = [sum(p.cpu_times()[:2]) for p in processes]
                    last = now
                    ids.update(r["id"] for r in reader.outputs.enriched[before:])
                    del reader.outputs.enriched[:]  # keep the benchmark's own memory flat
                if time.monotonic() >= next_sample:
                    next_sample = time.monotonic() + 2
                    for samples, process in zip(rss, processes, strict=True):
                        samples.append(process.memory_info().rss / 1e6)
                    if early_rss is None and len(ids) >= len(posts) / 10:
                        early_rss = [s[-1] for s in rss]
            cpu = [sum(p.cpu_times()[:2]) - c for p, c in zip(processes, cpu_start, strict=True)]
            # The counting agents run behind the enrichment: wait until they hold every
            # mention (at most COUNT_SETTLE_SECONDS), and say how far behind they were.
            held = counted(workers)
            settle_deadline = time.monotonic() + COUNT_SETTLE_SECONDS
            while sum(held.values()) < sum(expected.values()):
                if time.monotonic() > settle_deadline:
                    break
                time.sleep(0.5)
                held = counted(workers)
            counting_behind = time.monotonic() - (last or time.monotonic())
        finally:
            for worker in workers:
                worker.stop()
            reader.close()

    distinct = len(ids)
    duplicates = sum(ids.values()) - distinct
    seconds = (last - first) if first and last else float("nan")
    missing = {k: v - held.get(k, 0) for k, v in expected.items() if held.get(k, 0) < v}
    extra = {k: held[k] - expected.get(k, 0) for k in held if held[k] > expected.get(k, 0)}
    print(f"enriched: {distinct:,}/{len(posts):,} distinct ids, {duplicates:,} duplicates")
    print(
        f"aggregate rate: {len(posts) / seconds:,.0f} posts/s over {seconds:.1f} s; "
        f"worker CPU {sum(cpu):.1f} s = {sum(cpu) / len(posts) * 1e6:.0f} µs/post "
        "(from the first output on)"
    )
    caught_up = "caught up" if sum(held.values()) >= sum(expected.values()) else "still short"
    print(f"counting {caught_up} {counting_behind:.1f} s after the last enriched output")
    print(
        f"per-series counts: {len(expected)} (series, bucket) cells, "
        f"{sum(expected.values()):,} mentions expected, {sum(held.values()):,} held; "
        f"missing {sum(missing.values())}, counted twice {sum(extra.values())}"
    )
    for index, samples in enumerate(rss):
        base = early_rss[index] if early_rss else samples[0]
        print(
            f"worker {index} RSS MB: after 10% {base:.0f}, peak {max(samples):.0f}, "
            f"end {samples[-1]:.0f} ({(samples[-1] / base - 1) * 100:+.1f}% vs after 10%)"
        )
    ok = distinct == len(posts) and not missing and not extra
    print("RESULT:", "OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
