"""What every contender of `benchmarks/throughput.py` shares, so they all do the same work.

One Enricher built exactly as the shipped worker builds it (the bundled `veille/data/demo.yaml`
watchlists, the default limits and language threshold of `Settings`), and one definition of the
per-brand minute key. A contender that did less (another config, a lighter record) would win
for the wrong reason.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from importlib.resources import files
from typing import Any

from veille.agents.enrich import Enricher
from veille.agents.watchlists import WatchlistMatcher, load_file_config
from veille.settings import load_settings

DEMO_CONFIG = str(files("veille").joinpath("data/demo.yaml"))

# Every Kafka contender uses the shipped worker's session timeout (VEILLE_SESSION_TIMEOUT's
# default): a deployment setting, not a speed trick, and Tansu makes a group join wait half of
# it unless it is short.
SESSION_TIMEOUT_MS = 10_000


def make_enricher() -> Enricher:
    """The same Enricher as `veille.streams.app.build_app` with the demo watchlists."""
    settings = load_settings(config=DEMO_CONFIG)
    return Enricher(
        WatchlistMatcher.from_config(load_file_config(settings.config)),
        limits=settings.limits,
        language_threshold=settings.language_threshold,
    )


def brand_of(record: dict) -> str:
    """The brand (watchlist group) a post counts for: its first matched group, or `-`."""
    groups = record["groups"]
    return groups[0] if groups else "-"


def brand_minute(record: dict) -> str:
    """`<brand>|<YYYY-MM-DDTHH:MM>`: the key of a per-brand count in event-time minutes."""
    return f"{brand_of(record)}|{record['created_at'][:16]}"


def created_at_ms(record: dict) -> int:
    """The post's event time in epoch milliseconds (`created_at` is RFC 3339 UTC)."""
    return int(datetime.fromisoformat(record["created_at"]).timestamp() * 1000)


def contender_arguments(description: str) -> argparse.ArgumentParser:
    """The command line every contender takes from the harness."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--bootstrap", required=True, help="host:port of the broker")
    parser.add_argument("--input", required=True, help="topic of raw posts")
    parser.add_argument("--output", required=True, help="topic of enriched posts")
    parser.add_argument("--deadletter", required=True, help="topic of rejected posts")
    parser.add_argument("--group", required=True, help="consumer group / application id")
    parser.add_argument("--partitions", type=int, required=True)
    parser.add_argument("--broker-kind", choices=["noida", "tansu"], default="noida")
    parser.add_argument("--state-dir", required=True, help="a fresh directory for local state")
    return parser


def faust_settings(args: argparse.Namespace) -> dict[str, object]:
    """Faust settings every Faust contender shares (raw bytes in and out, read from the
    earliest offset, an in-memory table store, no web server, the worker's session timeout)."""
    return {
        "broker": f"kafka://{args.bootstrap}",
        "key_serializer": "raw",
        "value_serializer": "raw",
        "topic_partitions": args.partitions,
        "consumer_auto_offset_reset": "earliest",
        "broker_session_timeout": SESSION_TIMEOUT_MS / 1000,
        "broker_heartbeat_interval": SESSION_TIMEOUT_MS / 4000,
        "store": "memory://",
        "datadir": args.state_dir,
        "web_enabled": False,
    }


def quix_application(args: argparse.Namespace) -> Any:
    """A Quix Streams application with its defaults, but on Tansu, whose InitProducerId fails,
    a producer that is not idempotent (as in every other contender)."""
    from quixstreams import Application

    producer_config = {"enable.idempotence": False} if args.broker_kind == "tansu" else {}
    return Application(
        broker_address=args.bootstrap,
        consumer_group=args.group,
        auto_offset_reset="earliest",
        state_dir=args.state_dir,
        loglevel="WARNING",
        consumer_extra_config={"session.timeout.ms": SESSION_TIMEOUT_MS},
        producer_extra_config=producer_config,
    )
