"""Produce JSON Lines into the posts topic, byte for byte, optionally at a fixed rate.

Lines are sent as they are, invalid ones included: replaying a real export must exercise the
worker's dead-letter path, not hide bad lines. The key is the post id when the line has one, so a
post always lands on the same partition.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
from kafka import KafkaProducer
from tqdm import tqdm


@dataclass
class ReplayStats:
    sent: int = 0
    failed: int = 0
    errors: dict[str, int] | None = None

    def record_error(self, exc: BaseException) -> None:
        self.failed += 1
        self.errors = self.errors or {}
        name = type(exc).__name__
        self.errors[name] = self.errors.get(name, 0) + 1


def read_lines(path: Path | str) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        for line in handle:
            line = line.rstrip(b"\r\n")
            if line.strip():
                yield line


def key_of(line: bytes) -> bytes | None:
    try:
        document = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(document, dict) and isinstance(document.get("id"), str | int):
        return str(document["id"]).encode()
    return None


def make_producer(bootstrap_servers: list[str] | str) -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=bootstrap_servers,
        linger_ms=5,
        batch_size=1_048_576,
        acks="all",
        retries=5,
        request_timeout_ms=30_000,
        max_request_size=8_388_608,
    )


def replay(
    lines: Iterable[bytes],
    bootstrap_servers: list[str] | str,
    topic: str,
    *,
    rate: float | None = None,
    total: int | None = None,
    progress: bool = False,
    producer: KafkaProducer | None = None,
) -> ReplayStats:
    """Send every line; return how many the broker acknowledged and how many failed."""
    own_producer = producer is None
    producer = producer or make_producer(bootstrap_servers)
    stats = ReplayStats()
    bar = tqdm(total=total, unit="post", disable=not progress, dynamic_ncols=True)

    def on_success(_metadata: object) -> None:
        stats.sent += 1
        bar.update(1)

    started = time.monotonic()
    try:
        for index, line in enumerate(lines):
            if rate:
                delay = started + index / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            try:
                future = producer.send(topic, key=key_of(line), value=line)
            except Exception as exc:
                stats.record_error(exc)
                continue
            future.add_callback(on_success)
            future.add_errback(stats.record_error)
        producer.flush()
    finally:
        if own_producer:
            producer.close(timeout=10)
        bar.close()
    return stats
