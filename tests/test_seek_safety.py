"""Records a rebalance no longer loses (`compat.keep_events_across_seeks`,
`compat.reread_skipped_records`, `compat.rewind_uncommitted_partitions`).

The end-to-end check is `test_sigkill_mid_stream_loses_nothing` (tests/test_pipeline.py); these
pin each mechanism on its own.
"""

from __future__ import annotations

import asyncio

from faust.transport.consumer import Consumer, ThreadDelegateConsumer
from faust.types import TP
from mode.utils.queues import FlowControlEvent, FlowControlQueue

from veille.streams.compat import patch_faust

patch_faust()


def test_resuming_a_flow_that_is_on_keeps_what_its_queues_hold() -> None:
    async def scenario() -> tuple[int, int]:
        flow = FlowControlEvent(initially_suspended=True)
        queue: FlowControlQueue = FlowControlQueue(flow_control=flow, clear_on_resume=True)
        flow.resume()  # suspended -> on
        await queue.put("handed over after the seek")
        flow.resume()  # what the recovery's end calls on a flow already on
        kept = queue.qsize()
        flow.suspend()
        flow.clear()  # a rebalance starting empties the queues, as before
        flow.resume()
        return kept, queue.qsize()

    kept, after_rebalance = asyncio.run(scenario())
    assert kept == 1
    assert after_rebalance == 0


class _Record:
    def __init__(self, offset: int) -> None:
        self.offset = offset


class _Consumer:
    """What `Consumer._wait_next_records` reads, with a fetch during which partition 0 stops
    counting as active (Faust changes that set in place while a rebalance ends)."""

    def __init__(self) -> None:
        self.flow_active = True
        self.not_waiting_next_records = asyncio.Event()
        self.app = type("App", (), {"client_only": False})()
        self._buffered_partitions: set = set()
        self.active = {TP("posts", 0), TP("posts", 1)}
        self.sought: dict = {}

    def _get_active_partitions(self) -> set:
        return self.active

    async def _getmany(self, active_partitions: set, timeout: float) -> dict:
        self.active.discard(TP("posts", 0))
        return {TP("posts", 0): [_Record(0), _Record(1)], TP("posts", 1): [_Record(5)]}

    def assignment(self) -> set:
        return {TP("posts", 0), TP("posts", 1)}

    async def seek_wait(self, partitions: dict) -> None:
        self.sought.update(partitions)


def test_records_faust_is_about_to_skip_are_sought_back() -> None:
    consumer = _Consumer()
    records, active = asyncio.run(Consumer._wait_next_records(consumer, 1.0))
    assert TP("posts", 0) in records and TP("posts", 0) not in active  # Faust will skip them
    assert consumer.sought == {TP("posts", 0): 0}  # so they are fetched again


def test_a_seek_that_fails_leaves_the_fetch_as_faust_had_it() -> None:
    consumer = _Consumer()

    async def revoked(partitions: dict) -> None:
        raise RuntimeError("partition no longer assigned")

    consumer.seek_wait = revoked  # type: ignore[method-assign]
    records, _ = asyncio.run(Consumer._wait_next_records(consumer, 1.0))
    assert TP("posts", 1) in records  # no crash of the fetcher


class _Thread:
    async def seek_to_committed(self) -> dict:
        return {TP("posts", 0): None, TP("posts", 1): 5, TP("series-changelog", 0): None}


def test_partitions_without_a_commit_go_back_to_their_start() -> None:
    app = type("App", (), {})()
    app.conf = type("Conf", (), {"consumer_auto_offset_reset": "earliest"})()
    app.topics = type("Topics", (), {})()
    app.topics.acks_enabled_for = lambda topic: not topic.endswith("-changelog")
    consumer = type("C", (), {})()
    consumer.app, consumer._thread, consumer.sought = app, _Thread(), {}

    async def seek_wait(partitions: dict) -> None:
        consumer.sought.update(partitions)

    consumer.seek_wait = seek_wait
    committed = asyncio.run(ThreadDelegateConsumer.seek_to_committed(consumer))
    assert committed[TP("posts", 1)] == 5  # what Faust reads back is unchanged
    assert consumer.sought == {TP("posts", 0): 0}  # aiokafka moved nothing for it
