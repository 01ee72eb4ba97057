"""Client-side fixes for Kafka-protocol brokers that bend the protocol.

Apache Kafka holds an empty fetch until `fetch.max.wait.ms` passes or data arrives. noida-db
(the broker of the tests and the demo) answers at once, so aiokafka's fetcher re-sends fetches
in a tight loop: ~6,000 requests/s on an idle topic, 58 % of a core for an idle worker, and the
GIL taken away from the agents when partitions are caught up. Pacing empty answers bounds that
loop without delaying data: a fetch that brings records is never paced, and on a broker that
honours the wait an empty answer arrives after the wait, so no pause is added.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

_PACED = "_veille_paced"


def pace_empty_fetches(min_interval: float = 0.05) -> None:
    """An empty fetch answered faster than `min_interval` seconds waits out the rest of it.

    It bounds a non-waiting broker to 1/min_interval fetches per second per node, at the cost
    of at most `min_interval` extra latency for a record arriving just after an empty answer.
    """
    from aiokafka.consumer.fetcher import Fetcher

    original = Fetcher._proc_fetch_request
    if getattr(original, _PACED, False):
        return

    async def paced(self: Any, assignment: Any, node_id: int, request: Any) -> bool:
        started = time.monotonic()
        has_new_data = await original(self, assignment, node_id, request)
        if not has_new_data:
            remaining = min_interval - (time.monotonic() - started)
            if remaining > 0:
                try:
                    await asyncio.sleep(remaining)
                except asyncio.CancelledError:  # closing or unassigned: as aiokafka does
                    return False
        return has_new_data

    setattr(paced, _PACED, True)
    Fetcher._proc_fetch_request = paced  # type: ignore[method-assign]
