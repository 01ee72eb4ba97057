"""Client-side fixes: brokers that bend the protocol, and Faust's per-message hand-off.

Apache Kafka holds an empty fetch until `fetch.max.wait.ms` passes or data arrives. noida-db
(the broker of the tests and the demo) answers at once, so aiokafka's fetcher re-sends fetches
in a tight loop: ~6,000 requests/s on an idle topic, 58 % of a core for an idle worker, and the
GIL taken away from the agents when partitions are caught up. Pacing empty answers bounds that
loop without delaying data: a fetch that brings records is never paced, and on a broker that
honours the wait an empty answer arrives after the wait, so no pause is added.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
import types
from collections.abc import Coroutine, Generator
from typing import Any

_PACED = "_veille_paced"
_FAST = "_veille_fast_handoff"
_KEEP = "_veille_keep_events"
log = logging.getLogger(__name__)


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


def fast_message_handoff() -> None:
    """Hand each fetched message to its stream without four tasks per message when nothing waits.

    Faust's consumer loop passes every message on with `wait_first(callback(message),
    suspend_flow.wait())`, so that a callback blocked on a full stream buffer gives way when a
    rebalance suspends the flow. `wait_first` wraps both, and the service's stopped and crashed
    events, in four tasks and an `asyncio.wait` per message: 16 µs measured here, for a callback
    that almost always finishes at once (it appends the event to the stream's queue). This
    runs the callback's first step in the loop's own task; if it finishes there, the other
    waits are never started. If it suspends (a full buffer), the started callback goes on in
    `wait_first` exactly as before, so a rebalance still interrupts it. Its other caller in
    Faust 0.15 (`Service.wait` on an event) passes no coroutine and keeps Faust's path.

    Not while a rebalance is in progress (`app.rebalancing`, from the assignment to
    `on_rebalance_end`). After a table recovery Faust resumes the stream partitions, seeks them to
    the committed offsets and only then calls `flow_control.resume()`, which empties every stream
    queue; the flow is already active (the recovery turned it on), so whatever the consumer loop
    delivers in that window is dropped: never tracked, never acknowledged, and the fetch position
    is already past it. The hole stops the partition's commits for good (lag stays, posts
    missing). Faust's own hand-off yields to the event loop several times a message, so the
    agents keep that queue nearly empty; handing off inline let the loop put thousands of events
    (a whole backlog) in it before the clear. Until the rebalance ends, Faust's `wait_first` is
    used as is (`keep_events_across_seeks` now also keeps that queue; the guard stays).
    """
    from faust.transport.consumer import Consumer
    from mode.services import WaitResults

    if sys.version_info >= (3, 12):
        # There `asyncio.wait_for` is built on `asyncio.timeout`, which binds the current task:
        # a first step reaching it (Faust's producer-buffer wait does) would, on its timeout,
        # cancel the consumer loop instead of the callback. The images run 3.11.
        return
    original = Consumer.wait_first
    if getattr(original, _FAST, False):
        return

    async def wait_first(self: Any, *coros: Any, timeout: Any = None) -> WaitResults:
        first = coros[0] if coros else None
        if (
            not isinstance(first, types.CoroutineType)
            or self.app.rebalancing  # see the docstring: Faust's own pace until the rebalance ends
            or self._stopped.is_set()
            or self._crashed.is_set()
        ):
            return await original(self, *coros, timeout=timeout)
        try:
            suspended_on = first.send(None)
        except StopIteration as finished:
            _close_unstarted(coros[1:])
            return WaitResults([first], [finished.value], False)
        except BaseException:
            _close_unstarted(coros[1:])
            raise  # as `wait_first` does with a callback's exception
        return await original(self, _go_on(first, suspended_on), *coros[1:], timeout=timeout)

    setattr(wait_first, _FAST, True)
    Consumer.wait_first = wait_first  # type: ignore[method-assign]


def keep_events_across_seeks() -> None:
    """Keep what the consumer loop hands to the streams between a seek and the end of a rebalance.

    After a rebalance's table recovery, Faust resumes the stream partitions, seeks them to their
    committed offsets and then calls `flow_control.resume()`, which empties every stream queue,
    even though the flow is already on (the recovery turned it on first). A fetch that lands
    during the seek is handed to the streams and then emptied away, while the consumer's read
    offset and fetch position have moved past it: those records are never read again
    (aiokafka's seek moves nothing when a partition has no committed offset yet, as after a
    first worker is killed before its first commit). Traced in the SIGKILL test
    (`tests/test_pipeline.py`) on a loaded machine: partition 0's 1,947 records fetched during
    the seek, none enriched, lag 0; 3 failures in about 15 runs.

    So `resume()` on a flow that is already on leaves the queues alone: they were emptied when
    the flow was suspended, at the start of the rebalance, and what came since belongs to the
    new assignment. What this can add is a record read twice (the seek may move the position
    back over records already handed over), which at-least-once allows and the consumer's read
    offset mostly filters out.
    """
    from mode.utils.queues import FlowControlEvent

    original_resume = FlowControlEvent.resume
    if getattr(original_resume, _KEEP, False):
        return

    def resume(self: Any) -> None:
        if self.is_active():
            self._resume.set()  # already on: nothing to wake, and nothing to throw away
            return
        original_resume(self)

    setattr(resume, _KEEP, True)
    FlowControlEvent.resume = resume  # type: ignore[method-assign]


def reread_skipped_records() -> None:
    """Fetch again the records Faust skips for a partition it no longer counts as active.

    Faust fetches for the partitions active when the fetch starts, then drops, without a word,
    the records of any partition no longer in that set when they come back (the set is changed
    in place by the rebalance's pauses and resumes). Their fetch position has moved past them,
    and Faust counts on its seek to the committed offsets to read them again, but aiokafka's
    seek moves nothing for a partition without a committed offset (or at offset 0). Traced in
    the SIGKILL test (`tests/test_pipeline.py`) on a loaded machine: a worker killed before its
    first commit, the new one's first fetch of partition 0 (records 0-1,946) came back while
    the recovery ended and was skipped; 2,000 posts never enriched, lag 0. So each partition
    whose records are about to be skipped is sought back to the first of them.
    """
    from faust.transport.consumer import Consumer

    original = Consumer._wait_next_records
    if getattr(original, _KEEP, False):
        return

    async def _wait_next_records(self: Any, timeout: float) -> Any:
        records, active = await original(self, timeout)
        if records and active is not None:
            assigned = self.assignment()
            skipped = {
                tp: batch[0].offset
                for tp, batch in records.items()
                if batch
                and tp not in active
                and tp not in self._buffered_partitions
                and tp in assigned
            }
            if skipped:
                try:
                    await self.seek_wait(skipped)
                except Exception as exc:  # revoked meanwhile, a timeout: Faust's path, as before
                    log.warning("could not seek back skipped records %s: %r", skipped, exc)
        return records, active

    setattr(_wait_next_records, _KEEP, True)
    Consumer._wait_next_records = _wait_next_records  # type: ignore[method-assign]


def rewind_uncommitted_partitions() -> None:
    """Seek a partition with no committed offset back to its start, as the reset policy would.

    After every rebalance Faust seeks its partitions to their committed offsets, so that what it
    fetched but never processed (a batch cut short by the rebalance, events emptied from the
    queues) is read again. aiokafka's `seek_to_committed` moves nothing for a partition whose
    committed offset is missing or 0, as when a worker dies before its first commit: the fetch
    position stays past those records and they are never read. Veille reads from the earliest
    offset (`consumer_auto_offset_reset`), so such a partition goes back to its start (or, if
    retention removed offset 0, to the earliest record left: aiokafka resets an out-of-range
    position by that policy). Only topics whose offsets are committed: table changelogs are
    left to the table recovery, which seeks them itself.
    """
    from faust.transport.consumer import ThreadDelegateConsumer

    original = ThreadDelegateConsumer.seek_to_committed
    if getattr(original, _KEEP, False):
        return

    async def seek_to_committed(self: Any) -> Any:
        committed = await original(self)
        if self.app.conf.consumer_auto_offset_reset != "earliest":
            return committed
        # Only topics whose offsets are committed: a table's changelog (left to the recovery)
        # or the leader topic never commits, and would be read again from 0 at every rebalance.
        acked = self.app.topics.acks_enabled_for
        uncommitted = {tp: 0 for tp, offset in committed.items() if not offset and acked(tp.topic)}
        if uncommitted:
            try:
                await self.seek_wait(uncommitted)
            except Exception as exc:  # revoked meanwhile, a timeout: Faust's path, as before
                log.warning("could not rewind uncommitted partitions %s: %r", uncommitted, exc)
        return committed

    setattr(seek_to_committed, _KEEP, True)
    ThreadDelegateConsumer.seek_to_committed = seek_to_committed  # type: ignore[method-assign]


def patch_faust() -> None:
    """Every client-side fix above, as the worker installs them before it starts."""
    pace_empty_fetches()
    fast_message_handoff()
    keep_events_across_seeks()
    reread_skipped_records()
    rewind_uncommitted_partitions()


def _close_unstarted(awaitables: tuple[Any, ...]) -> None:
    for awaitable in awaitables:
        if isinstance(awaitable, types.CoroutineType):
            awaitable.close()  # never started: no "was never awaited" warning


async def _go_on(coroutine: Coroutine[Any, Any, Any], suspended_on: Any) -> Any:
    """Finish, in whatever task awaits this, a coroutine already run up to its first suspension."""
    return await _resume(coroutine, suspended_on)


@types.coroutine
def _resume(coroutine: Coroutine[Any, Any, Any], suspended_on: Any) -> Generator[Any, Any, Any]:
    # What `await` does for a coroutine, starting from the value its first step yielded (the
    # future it waits for): the awaiting task sees that same future and wakes it up as usual.
    while True:
        try:
            sent = yield suspended_on
        except GeneratorExit:
            coroutine.close()
            raise
        except BaseException as exc:  # cancellation included: thrown into the callback
            try:
                suspended_on = coroutine.throw(exc)
            except StopIteration as finished:
                return finished.value
        else:
            try:
                suspended_on = coroutine.send(sent)
            except StopIteration as finished:
                return finished.value
