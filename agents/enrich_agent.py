"""The enrichment agent: a short loop over batches; all the work is in plain functions."""

from __future__ import annotations

import asyncio
import time

from veille import metrics
from veille.agents.enrich import Enricher, SourceMessage
from veille.agents.unacknowledged import AgentFn, pipelined_batch_agent
from veille.streams.sink import BatchPublisher


def make_enrich_agent(
    enricher: Enricher, publisher: BatchPublisher, batch_size: int, within: float
) -> AgentFn:
    async def process(events: list) -> asyncio.Future[None]:
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
        return await publisher.publish(result)

    return pipelined_batch_agent("enrich", process, batch_size, within)
