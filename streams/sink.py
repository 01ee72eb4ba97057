"""Produce a batch's outputs and wait until the broker has them all.

The agent only moves on (and so lets Faust acknowledge and commit the batch's offsets) after
`publish` returns: that is the at-least-once guarantee. A failed produce is retried with backoff
for as long as it takes; giving up would mean committing offsets whose output never landed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from veille import metrics
from veille.agents.enrich import BatchResult, encode
from veille.streams.validation import Rejection

log = logging.getLogger(__name__)

# (topic, key, value, headers) -> future of the broker's acknowledgement
SendFn = Callable[
    [str, bytes | None, bytes | None, list[tuple[str, bytes]] | None], Awaitable[Awaitable[Any]]
]

DLQ_HEADER_PREFIX = "veille.dlq."


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
        max_backoff: float = 30.0,
    ) -> None:
        self._send = send
        self.enriched_topic = enriched_topic
        self.deadletter_topic = deadletter_topic
        self.max_backoff = max_backoff

    async def publish(self, result: BatchResult) -> None:
        backoff = 0.1
        while True:
            try:
                await self._publish_once(result)
                break
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                metrics.PUBLISH_RETRIES.inc()
                log.warning("producing a batch failed (%s); retrying in %.1f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(self.max_backoff, backoff * 2)
        metrics.observe_enriched(record for _, record in result.enriched)
        for _, rejection in result.rejected:
            metrics.POSTS_DEADLETTERED.labels(rejection.reason.value).inc()

    async def _publish_once(self, result: BatchResult) -> None:
        pending = []
        for _message, record in result.enriched:
            pending.append(
                await self._send(self.enriched_topic, record["id"].encode(), encode(record), None)
            )
        for message, rejection in result.rejected:
            headers = deadletter_headers(
                message.topic, message.partition, message.offset, rejection
            )
            pending.append(
                await self._send(self.deadletter_topic, message.key, message.value, headers)
            )
        if pending:
            await asyncio.gather(*pending)
