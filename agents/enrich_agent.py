"""The enrichment agent: a short loop over batches; all the work is in plain functions."""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from typing import Any

from faust import StreamT

from veille import metrics
from veille.agents.enrich import Enricher, SourceMessage
from veille.agents.unacknowledged import exit_unacknowledged
from veille.streams.sink import BatchPublisher

AgentFn = Callable[[StreamT], Coroutine[Any, Any, None]]


def make_enrich_agent(
    enricher: Enricher, publisher: BatchPublisher, batch_size: int, within: float
) -> AgentFn:
    async def enrich(stream: StreamT) -> None:
        # take_events acknowledges a batch when this loop body ends, so the body returns only
        # after publish() has the broker's acknowledgement for every output, and never raises.
        async for events in stream.take_events(batch_size, within=within):
            try:
                await process(events)
            except BaseException as exc:  # cancellation too: see agents/unacknowledged.py
                exit_unacknowledged("enrich", exc)

    async def process(events: list) -> None:
        messages = [
            SourceMessage(
                e.value,
                e.message.key,
                e.message.topic,
                e.message.partition,
                e.message.offset,
                e.message.timestamp,
            )
            for e in events
        ]
        metrics.POSTS_CONSUMED.inc(len(messages))
        started = time.perf_counter()
        result = enricher.enrich_batch(messages)
        metrics.BATCH_SECONDS.observe(time.perf_counter() - started)
        await publisher.publish(result)

    return enrich
