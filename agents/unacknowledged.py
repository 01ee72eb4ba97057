"""Stop the process before Faust can acknowledge a batch whose outputs are not on the broker.

Faust's `take_events` acknowledges a batch in a `finally` clause: if the loop body raises or is
cancelled (a shutdown or rebalance while `publish` still waits for the broker), the batch would
be acknowledged, then committed, without its outputs. Exiting at once leaves its offsets
uncommitted, so the batch is read again after the restart: at-least-once, crash-only.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, NoReturn

from faust import StreamT

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
