"""Posts per second through the enrichment agent, against the in-process ceiling, in one run.

    python benchmarks/enrichment.py [--posts 50000] [--broker-kind noida|tansu]

(a) `Enricher.enrich_batch` alone, no Kafka: the ceiling.
(b) `veille worker` as shipped: N posts are produced first, then the worker starts and the clock
    runs from its first enriched record to its last; the output count must equal N.
Ratios are printed against (a), measured on the same machine in the same run.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import time
from importlib.resources import files

import orjson

from veille.agents.enrich import Enricher, SourceMessage
from veille.agents.watchlists import WatchlistMatcher, load_file_config
from veille.runner import WorkerProcess
from veille.settings import load_settings
from veille.streams.broker import LocalBroker
from veille.streams.outputs import OutputReader
from veille.streams.sources.replay import replay
from veille.streams.sources.simulator import generate_scenario
from veille.streams.topics import ensure_topics


def make_posts(count: int, rate: float = 5_800.0) -> list[bytes]:
    """Realistic fr/en posts from the simulator, cycled and renumbered up to `count`.

    Their timestamps are those of a firehose at `rate` posts/s ending now (the scenario's own
    span of four days would make the counting stage close and score four days of one-minute
    buckets inside a few seconds, which no live stream does).
    """
    scenario = generate_scenario(seed=1)
    end = time.time()
    posts = []
    for index, post in zip(range(count), itertools.cycle(scenario.posts), strict=False):
        created = end - (count - index) / rate
        created_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(created))
        posts.append(orjson.dumps({**post, "id": f"b-{index}", "created_at": created_at}))
    return posts


def in_process(posts: list[bytes], batch: int) -> float:
    config = load_file_config(str(files("veille").joinpath("data/demo.yaml")))
    enricher = Enricher(WatchlistMatcher.from_config(config))
    messages = [SourceMessage(raw, None, "posts", 0, i) for i, raw in enumerate(posts)]
    started = time.perf_counter()
    for start in range(0, len(messages), batch):
        result = enricher.enrich_batch(messages[start : start + batch])
        for _, record in result.enriched:
            orjson.dumps(record)
    return len(posts) / (time.perf_counter() - started)


def through_worker(posts: list[bytes], broker_kind: str, partitions: int) -> tuple[float, int]:
    with LocalBroker(broker_kind) as broker:  # type: ignore[arg-type]
        settings = load_settings(broker=broker.url, partitions=partitions)
        ensure_topics(settings)
        stats = replay(posts, settings.bootstrap_servers, settings.topic_posts)
        assert stats.sent == len(posts), stats
        reader = OutputReader(
            settings.bootstrap_servers,
            settings.topic_enriched,
            settings.topic_deadletter,
            settings.topic_alerts,
        )
        config = files("veille").joinpath("data/demo.yaml")
        worker = WorkerProcess(
            broker.url, config=str(config), env={"VEILLE_PARTITIONS": str(partitions)}
        )
        worker.start()
        try:
            first = last = None
            seen = 0
            deadline = time.monotonic() + 600
            while seen < len(posts) and time.monotonic() < deadline:
                arrived = reader.poll(0.05)
                if arrived:
                    now = time.monotonic()
                    first = first or now
                    last = now
                    seen += arrived
            if seen < len(posts) or first is None or last is None:
                raise SystemExit(f"only {seen}/{len(posts)} outputs came out:\n{worker.log_tail()}")
            return len(posts) / max(last - first, 1e-9), seen
        finally:
            worker.stop()
            reader.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--broker-kind", choices=["noida", "tansu"], default="noida")
    args = parser.parse_args()

    posts = make_posts(args.posts)
    ceiling = in_process(posts, args.batch)
    shipped, outputs = through_worker(posts, args.broker_kind, args.partitions)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"broker {args.broker_kind}"
    )
    print(f"{'stage':<42}{'posts/s':>10}{'ratio to (a)':>14}")
    print(f"{'(a) in-process enrichment (ceiling)':<42}{ceiling:>10,.0f}{1:>14.2f}")
    print(f"{'(b) veille worker as shipped':<42}{shipped:>10,.0f}{shipped / ceiling:>14.2f}")
    print(f"outputs: {outputs}/{len(posts)}; benchmark process peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
