"""The enrichment agent: a short loop over batches; all the work is in plain functions."""

from __future__ import annotations

import asyncio
import time

from veille import metrics
from veille.agents.enrich import Enricher, SourceMessage
from veille.agents.unacknowledged import AgentFn, batch_agent, pipelined_batch_agent
from veille.streams.sink import BatchPublisher


def make_enrich_agent(
    enricher: Enricher,
    publisher: BatchPublisher,
    batch_size: int,
    within: float,
    *,
    pipelined: bool,
) -> AgentFn:
    """`pipelined` only with a producer that keeps each partition's order through retries and
    failures (librdkafka, idempotent and gapless): batches then overlap on the broker, and a
    failed batch must not be followed by a later one. Otherwise each batch waits for its own."""

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

    async def process_and_wait(events: list) -> None:
        await (await process(events))

    if not pipelined:
        return batch_agent("enrich", process_and_wait, batch_size, within)
    return pipelined_batch_agent("enrich", process, batch_size, within)
