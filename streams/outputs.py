"""Read Veille's output topics from the beginning, outside any consumer group.

The demo's live summary and the end-to-end tests look at exactly what a subscribing service
would see, through an ordinary Kafka consumer.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson
from kafka import KafkaConsumer, TopicPartition

from veille.streams.sink import DLQ_HEADER_PREFIX


@dataclass
class DeadLetter:
    value: bytes | None
    key: bytes | None
    reason: str
    detail: str
    source_partition: int
    source_offset: int


@dataclass
class Outputs:
    enriched: list[dict] = field(default_factory=list)
    deadletters: list[DeadLetter] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)


class OutputReader:
    def __init__(
        self,
        bootstrap_servers: list[str] | str,
        enriched_topic: str,
        deadletter_topic: str,
        alerts_topic: str,
    ) -> None:
        self.topics = {
            enriched_topic: "enriched",
            deadletter_topic: "deadletter",
            alerts_topic: "alerts",
        }
        self.outputs = Outputs()
        self._consumer = KafkaConsumer(
            bootstrap_servers=bootstrap_servers,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            group_id=None,
            consumer_timeout_ms=200,
            max_partition_fetch_bytes=8_388_608,
        )
        partitions = []
        for topic in self.topics:
            for partition in self._consumer.partitions_for_topic(topic) or ():
                partitions.append(TopicPartition(topic, partition))
        self._consumer.assign(partitions)
        self._consumer.seek_to_beginning()

    def poll(self, timeout: float = 0.2) -> int:
        """Read what is available now; return how many records arrived."""
        batches = self._consumer.poll(timeout_ms=int(timeout * 1000), max_records=50_000)
        count = 0
        for tp, records in batches.items():
            kind = self.topics[tp.topic]
            for record in records:
                count += 1
                if kind == "deadletter":
                    headers = {k: v.decode("utf-8", "replace") for k, v in record.headers or []}
                    self.outputs.deadletters.append(
                        DeadLetter(
                            record.value,
                            record.key,
                            headers.get(DLQ_HEADER_PREFIX + "reason", "?"),
                            headers.get(DLQ_HEADER_PREFIX + "detail", ""),
                            int(headers.get(DLQ_HEADER_PREFIX + "source.partition", -1)),
                            int(headers.get(DLQ_HEADER_PREFIX + "source.offset", -1)),
                        )
                    )
                elif kind == "enriched":
                    self.outputs.enriched.append(orjson.loads(record.value))
                else:
                    self.outputs.alerts.append(orjson.loads(record.value))
        return count

    def wait_until(
        self,
        done: Callable[[Outputs], bool],
        timeout: float,
        on_progress: Callable[[Outputs], None] | None = None,
    ) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if on_progress:
                on_progress(self.outputs)
            if done(self.outputs):
                return True
        return False

    def close(self) -> None:
        self._consumer.close()
