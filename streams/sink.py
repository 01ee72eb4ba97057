"""Produce a batch's outputs; its offsets may be committed only once the broker has them all.

`publish` queues the enriched, dead-letter, mention and triage records of a batch and returns a
future that resolves when the broker has acknowledged every one of them: the agent holds the
batch's messages unacknowledged until then (at-least-once), and does not wait for it to take the
next batch. A batch that fails is not produced again (a later batch may already be on its way,
and the counting stage needs each partition's mentions in order): the process exits, and the
replay from the committed offsets produces it again. Alerts are rare and wait for their
acknowledgement instead, retried with backoff for as long as it takes.
"""

from __future__ import annotations

import asyncio
import logging

import orjson

from veille import metrics
from veille.agents.counting import MentionBatch, mention_batches
from veille.agents.enrich import BatchResult, encode
from veille.streams.delivery import envelope
from veille.streams.producer import ProducerFatalError, Record, SendFn
from veille.streams.validation import Rejection

log = logging.getLogger(__name__)

DLQ_HEADER_PREFIX = "veille.dlq."
# A dead letter keeps the original bytes, up to what a producer and a broker with default limits
# accept (librdkafka's message.max.bytes is 1,000,000, with key and headers): a longer input is cut
# there and says so in a header. Uncut, it would be refused on every replay, and the worker with it.
DLQ_MAX_VALUE_BYTES = 900_000


def deadletter_headers(
    message_topic: str, partition: int, offset: int, rejection: Rejection
) -> list[tuple[str, bytes]]:
    """Kafka Connect's convention: the original bytes as the value, the context in headers."""
    return [
        (DLQ_HEADER_PREFIX + "reason", rejection.reason.value.encode()),
        (DLQ_HEADER_PREFIX + "detail", rejection.detail.encode("utf-8", "replace")[:1000]),
        (DLQ_HEADER_PREFIX + "source.topic", message_topic.encode()),
        (DLQ_HEADER_PREFIX + "source.partition", str(partition).encode()),
        (DLQ_HEADER_PREFIX + "source.offset", str(offset).encode()),
    ]


class BatchPublisher:
    def __init__(
        self,
        send: SendFn,
        enriched_topic: str,
        deadletter_topic: str,
        mentions_topic: str | None = None,
        bucket_seconds: int = 60,
        alerting_topic: str | None = None,
        max_backoff: float = 30.0,
    ) -> None:
        self.bucket_seconds = bucket_seconds
        self.alerting_topic = alerting_topic
        self._send = send
        self.enriched_topic = enriched_topic
        self.deadletter_topic = deadletter_topic
        self.mentions_topic = mentions_topic
        self.max_backoff = max_backoff

    async def _until_acknowledged(self, records: list[Record]) -> None:
        """Retry with backoff for as long as it takes: the alternative is losing outputs."""
        backoff = 0.1
        while True:
            try:
                await (await self._send(records))
                return
            except (asyncio.CancelledError, ProducerFatalError):
                raise
            except Exception as exc:  # broker errors vary by client: all retry
                metrics.PUBLISH_RETRIES.inc()
                log.warning("producing failed (%s); retrying in %.1f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(self.max_backoff, backoff * 2)

    async def publish(self, result: BatchResult) -> asyncio.Future[None]:
        """Queue the batch's outputs; the future resolves once the broker has all of them."""
        acknowledged = await self._send(self._records(result))

        def count(future: asyncio.Future[None]) -> None:
            if not future.cancelled() and future.exception() is None:
                metrics.observe_enriched(record for _, record in result.enriched)
                for _, rejection in result.rejected:
                    metrics.POSTS_DEADLETTERED.labels(rejection.reason.value).inc()

        acknowledged.add_done_callback(count)
        return acknowledged

    def _records(self, result: BatchResult) -> list[Record]:
        records: list[Record] = [
            (self.enriched_topic, record["id"].encode(), encode(record), None)
            for _message, record in result.enriched
        ]
        for message, rejection in result.rejected:
            headers = deadletter_headers(
                message.topic, message.partition, message.offset, rejection
            )
            value = message.value
            if value is not None and len(value) > DLQ_MAX_VALUE_BYTES:
                headers.append((DLQ_HEADER_PREFIX + "truncated_from", str(len(value)).encode()))
                value = value[:DLQ_MAX_VALUE_BYTES]
            records.append((self.deadletter_topic, message.key, value, headers))
        if self.mentions_topic:
            batches = mention_batches(
                (
                    (message.partition, message.offset, record)
                    for message, record in result.enriched
                ),
                self.bucket_seconds,
            )
            for (series, partition), mentions in batches.items():
                value = orjson.dumps(MentionBatch(series, partition, mentions).to_json())
                records.append((self.mentions_topic, series.encode(), value, None))
        if self.alerting_topic:  # adverse-reaction candidates become triage items
            for _message, record in result.enriched:
                if record["ade"]["candidate"]:
                    records.append((self.alerting_topic, b"triage", envelope("post", record), None))
        return records

    async def publish_alerts(self, topic: str, alerts: list[dict]) -> None:
        """Alerts are keyed by their stable id, so a re-emitted alert is recognisable."""
        records: list[Record] = [
            (topic, alert["id"].encode(), orjson.dumps(alert), None) for alert in alerts
        ]
        if self.alerting_topic:
            records += [
                (self.alerting_topic, b"alert", envelope("alert", alert), None) for alert in alerts
            ]
        await self._until_acknowledged(records)
        for alert in alerts:
            metrics.ALERTS_RAISED.labels(alert["kind"], alert["severity"], alert["status"]).inc()
