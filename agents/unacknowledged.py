"""Stop the process before Faust can acknowledge a batch whose outputs are not on the broker.

Faust's `take_events` acknowledges a batch in a `finally` clause: if the loop body raises or is
cancelled (a shutdown or rebalance while `publish` still waits for the broker), the batch would
be acknowledged, then committed, without its outputs. Exiting at once leaves its offsets
uncommitted, so the batch is read again after the restart: at-least-once, crash-only.

`pipelined_batch_agent` goes further: it takes the next batch while the broker still writes the
last one's outputs. Each message of a batch gets one more reference before `take_events`
acknowledges it, so Faust's acknowledgement does not release it; the reference is dropped when
the broker has acknowledged the batch's outputs and every earlier batch is released. Faust
commits the offsets of released messages only, and since they are released in order, nothing is
committed before its outputs are written. A cancelled agent (shutdown) leaves its held batches
unreleased: they are read again after the restart.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, NoReturn

from faust import StreamT
from faust.types import EventT

log = logging.getLogger(__name__)

EXIT_UNACKNOWLEDGED = 70

AgentFn = Callable[[StreamT], Coroutine[Any, Any, None]]


def exit_unacknowledged(agent: str, exc: BaseException) -> NoReturn:
    log.critical("%s: batch not fully produced (%r); exiting so it is not committed", agent, exc)
    for handler in logging.getLogger().handlers:
        handler.flush()
    sys.stderr.flush()
    os._exit(EXIT_UNACKNOWLEDGED)


def batch_agent(
    name: str,
    process: Callable[[list], Awaitable[None]],
    batch_size: int,
    within: float,
) -> AgentFn:
    """A Faust agent taking batches and calling `process` on each, never acking a failed one.

    `take_events` acknowledges a batch when the loop body ends, so `process` must have the
    broker's acknowledgement for every output before it returns; if it raises or is cancelled,
    the process exits before the acknowledgement.
    """

    async def agent(stream: StreamT) -> None:
        async for events in stream.take_events(batch_size, within=within):
            try:
                await process(events)
            except BaseException as exc:  # cancellation too
                exit_unacknowledged(name, exc)

    agent.__name__ = name
    return agent


def pipelined_batch_agent(
    name: str,
    process: Callable[[list], Awaitable[asyncio.Future[None]]],
    batch_size: int,
    within: float,
    max_in_flight: int = 4,
) -> AgentFn:
    """A batched Faust agent whose batches stay unacknowledged until their outputs are written.

    `process` queues a batch's outputs and returns a future that resolves once the broker has
    acknowledged all of them. At most `max_in_flight` batches wait for it at a time: that bounds
    the memory and the replay after a crash. Batches are released in the order they were taken.
    A batch whose outputs fail stops the process: a later batch's mentions landing without it
    would hide it from the counting stage for good.
    """

    async def agent(stream: StreamT) -> None:
        in_flight: deque[asyncio.Task[None]] = deque()

        async def release(
            events: list[EventT],
            acknowledged: asyncio.Future[None],
            previous: asyncio.Task[None] | None,
        ) -> None:
            try:
                await acknowledged
                if previous is not None:
                    await previous  # in batch order: see below
            except asyncio.CancelledError:
                raise  # shutdown: the batch stays held, so uncommitted, and is read again
            except BaseException as exc:  # later batches must not land without this one
                exit_unacknowledged(name, exc)
            for event in events:  # no await inside: the batch is released at once
                await stream.ack(event)  # drops the reference taken in the loop below

        previous: asyncio.Task[None] | None = None
        async for events in stream.take_events(batch_size, within=within):
            try:
                for event in events:
                    event.message.incref()  # held: take_events' own ack will not release it
                acknowledged = await process(events)
                # Released strictly in batch order, whatever order the broker acknowledges
                # them in: Faust commits the first run of consecutive acknowledged offsets and
                # does not check that it starts at the committed offset (its gap test is off by
                # one and skipped when nothing is committed yet), so a later batch released
                # first would get the earlier one's offsets committed.
                previous = asyncio.create_task(release(events, acknowledged, previous))
                in_flight.append(previous)
                while in_flight and (in_flight[0].done() or len(in_flight) >= max_in_flight):
                    await in_flight.popleft()
                # The loop above seldom has to wait: yield once, so the other agents (counting)
                # get their turn and do not fall behind for as long as a backlog lasts.
                await asyncio.sleep(0)
            except asyncio.CancelledError:
                raise  # the batch is held: cancelled is not acknowledged here
            except BaseException as exc:
                exit_unacknowledged(name, exc)

    agent.__name__ = name
    return agent
