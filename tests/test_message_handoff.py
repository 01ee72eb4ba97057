"""Faust's consumer loop with the fast hand-off: same outcomes as `wait_first`, fewer tasks.

The loop calls `wait_first(callback(message), suspend_flow.wait())` per message and only needs
three things from it: the callback runs to its end, or it gives way when the flow is suspended
(a rebalance) or the service stops; and a callback's error reaches the loop.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import warnings

import pytest
from faust.transport.consumer import Consumer
from mode import Service
from mode.utils.locks import Event

from veille.streams.compat import fast_message_handoff

fast_message_handoff()

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="the hand-off is off on 3.12+")


class _App:
    rebalancing = False


class _Loop(Service):
    """Stands in for the consumer: `wait_first` uses the service's own events and
    `app.rebalancing`."""

    def __init__(self) -> None:
        super().__init__()
        self.app = _App()


def _wait_first(service: Service, *coros: object) -> object:
    return Consumer.wait_first(service, *coros)  # type: ignore[arg-type]


def _run(coro_fn) -> None:  # type: ignore[no-untyped-def]
    """Run a scenario; a coroutine it left unawaited fails the test.

    Python reports one from a finalizer, through `sys.unraisablehook`, not as an exception:
    catch those of the scenario itself (earlier tests' garbage is collected first).
    """
    gc.collect()
    unawaited: list[str] = []
    previous_hook = sys.unraisablehook

    def hook(report: sys.UnraisableHookArgs) -> None:
        if "never awaited" in str(report.exc_value):
            unawaited.append(str(report.exc_value))
        else:
            previous_hook(report)

    sys.unraisablehook = hook
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)
            asyncio.run(coro_fn())
            gc.collect()
    finally:
        sys.unraisablehook = previous_hook
    assert unawaited == []


def test_a_callback_that_finishes_at_once_needs_no_task() -> None:
    async def scenario() -> None:
        service, suspend = _Loop(), Event()
        delivered: list[int] = []

        async def callback(message: int) -> int:
            delivered.append(message)
            return message * 2

        tasks_before = len(asyncio.all_tasks())
        results = await _wait_first(service, callback(21), suspend.wait())
        assert delivered == [21]
        assert results.results == [42] and not results.stopped
        assert len(asyncio.all_tasks()) == tasks_before

    _run(scenario)


def test_a_blocked_callback_finishes_when_it_is_unblocked() -> None:
    async def scenario() -> None:
        service, suspend = _Loop(), Event()
        queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
        queue.put_nowait(0)  # full: the callback blocks, as on a full stream buffer

        async def callback(message: int) -> str:
            await queue.put(message)
            return "put"

        waiting = asyncio.ensure_future(_wait_first(service, callback(7), suspend.wait()))
        await asyncio.sleep(0.01)
        assert not waiting.done()
        assert queue.get_nowait() == 0  # the agent takes one: room for the blocked put
        results = await asyncio.wait_for(waiting, 1)
        assert results.results == ["put"]
        assert queue.get_nowait() == 7

    _run(scenario)


def test_a_blocked_callback_gives_way_to_a_suspended_flow() -> None:
    async def scenario() -> None:
        service, suspend = _Loop(), Event()
        queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
        queue.put_nowait(0)
        cancelled = asyncio.Event()

        async def callback(message: int) -> None:
            try:
                await queue.put(message)
            except asyncio.CancelledError:
                cancelled.set()
                raise

        waiting = asyncio.ensure_future(_wait_first(service, callback(7), suspend.wait()))
        await asyncio.sleep(0.01)
        suspend.set()  # a rebalance: the loop must not stay stuck on the full buffer
        await asyncio.wait_for(waiting, 1)
        await asyncio.wait_for(cancelled.wait(), 1)
        assert queue.qsize() == 1 and queue.get_nowait() == 0  # the message was not put

    _run(scenario)


def test_a_callback_error_reaches_the_loop_either_way() -> None:
    async def scenario() -> None:
        service, suspend = _Loop(), Event()
        gate = asyncio.Event()

        async def fails_at_once(message: int) -> None:
            raise ValueError(f"bad {message}")

        async def fails_later(message: int) -> None:
            await gate.wait()
            raise ValueError(f"bad {message}")

        with pytest.raises(ValueError, match="bad 1"):
            await _wait_first(service, fails_at_once(1), suspend.wait())
        later = asyncio.ensure_future(_wait_first(service, fails_later(2), suspend.wait()))
        await asyncio.sleep(0.01)
        gate.set()
        with pytest.raises(ValueError, match="bad 2"):
            await asyncio.wait_for(later, 1)

    _run(scenario)


def test_a_stopped_service_keeps_faust_behaviour() -> None:
    async def scenario() -> None:
        service, suspend = _Loop(), Event()
        service._stopped.set()

        async def callback(message: int) -> int:
            return message

        results = await _wait_first(service, callback(1), suspend.wait())
        assert results.stopped and results.results == []

    _run(scenario)


def test_a_rebalance_keeps_faust_behaviour() -> None:
    # After a table recovery Faust seeks the stream partitions, then empties the stream queues:
    # events handed off inline before that would be lost. Until the rebalance ends, each
    # callback goes through Faust's `wait_first` (its own task), as without the hand-off.
    async def scenario() -> None:
        service, suspend = _Loop(), Event()
        service.app.rebalancing = True
        ran_in: list[asyncio.Task[object] | None] = []

        async def callback(message: int) -> int:
            ran_in.append(asyncio.current_task())
            return message

        results = await _wait_first(service, callback(3), suspend.wait())
        assert results.results == [3] and not results.stopped
        assert ran_in and ran_in[0] is not asyncio.current_task()

    _run(scenario)


def test_anything_but_a_coroutine_keeps_faust_behaviour() -> None:
    async def scenario() -> None:
        service, suspend, ready = _Loop(), Event(), Event()
        ready.set()
        results = await _wait_first(service, ready, suspend.wait())
        assert results.results == [True] and not results.stopped

    _run(scenario)
