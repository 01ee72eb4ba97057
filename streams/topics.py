"""Create Veille's topics before any worker consumes.

Faust does not create source topics; a broker that auto-creates them uses its own default
partition count, and a table co-partitioned with them then fails with `PartitionsMismatch`.
So `veille worker` (and the demo) create every topic with the configured partitions first.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from collections.abc import Iterable

from kafka import KafkaAdminClient
from kafka.admin import NewPartitions, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from veille.settings import Settings

log = logging.getLogger(__name__)


def topic_partitions(settings: Settings) -> dict[str, int]:
    """Every topic Veille creates, with its partition count.

    The alerting topic has one partition on purpose: delivery state must have a single owner.
    """
    return {
        settings.topic_posts: settings.partitions,
        settings.topic_enriched: settings.partitions,
        settings.topic_alerts: settings.partitions,
        settings.topic_deadletter: settings.partitions,
        settings.topic_mentions: settings.partitions,
        settings.topic_alerting: 1,
    }


def ensure_topics(settings: Settings, timeout: float | None = None) -> dict[str, int]:
    """Create missing topics, grow too-small ones; return each topic's partition count.

    Shrinking is impossible in Kafka, so a topic with more partitions than configured is kept
    as it is (Faust reads them all).
    """
    timeout = timeout or settings.connect_timeout
    admin = _admin(settings, timeout)
    try:
        wanted = topic_partitions(settings)
        existing = _partition_counts(admin, list(wanted))
        missing = [name for name in wanted if name not in existing]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):  # another worker won the race
                admin.create_topics(
                    [NewTopic(name, wanted[name], settings.replication_factor) for name in missing],
                    timeout_ms=int(timeout * 1000),
                )
        too_small = {name: count for name, count in existing.items() if count < wanted[name]}
        if too_small:
            log.warning("growing topics %s to %s partitions", too_small, wanted)
            admin.create_partitions({name: NewPartitions(wanted[name]) for name in too_small})
        return _wait_for_topics(admin, wanted, timeout)
    finally:
        admin.close()


def _wait_reachable(settings: Settings, timeout: float) -> None:
    """Fail fast with a plain message when no bootstrap server even accepts a TCP connection."""
    deadline = time.monotonic() + timeout
    while True:
        for server in settings.bootstrap_servers:
            host, _, port = server.rpartition(":")
            try:
                socket.create_connection((host, int(port)), timeout=2).close()
                return
            except OSError as exc:
                error = exc
        if time.monotonic() > deadline:
            raise ConnectionError(
                f"cannot reach Kafka at {settings.broker} ({error.strerror or error}); "
                "check VEILLE_BROKER"
            )
        time.sleep(0.5)


def _admin(settings: Settings, timeout: float) -> KafkaAdminClient:
    _wait_reachable(settings, timeout)
    deadline = time.monotonic() + timeout
    while True:
        try:
            return KafkaAdminClient(
                bootstrap_servers=settings.bootstrap_servers,
                client_id=f"{settings.app_id}-admin",
                request_timeout_ms=int(min(timeout, 30) * 1000),
            )
        except KafkaError as exc:
            if time.monotonic() > deadline:
                raise ConnectionError(
                    f"cannot reach Kafka at {settings.broker} ({exc}); check VEILLE_BROKER"
                ) from exc
            time.sleep(0.5)


def _partition_counts(admin: KafkaAdminClient, names: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for description in admin.describe_topics(names):
        if description.get("error_code", 0) == 0 and description.get("partitions"):
            counts[description["name"]] = len(description["partitions"])
    return counts


def _wait_for_topics(
    admin: KafkaAdminClient, wanted: dict[str, int], timeout: float
) -> dict[str, int]:
    deadline = time.monotonic() + timeout
    while True:
        counts = _partition_counts(admin, list(wanted))
        if all(counts.get(name, 0) >= partitions for name, partitions in wanted.items()):
            return counts
        if time.monotonic() > deadline:
            raise RuntimeError(f"topics not ready after {timeout:.0f} s: {counts}")
        time.sleep(0.1)
