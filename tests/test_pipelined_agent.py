"""The enrichment agent takes the next batch while the broker writes the last one's outputs, and
releases a batch's messages (lets Faust commit their offsets) only once those outputs are
acknowledged.

A real Faust agent, stream and `take_events` run here through Faust's test context (no broker):
`process` returns an acknowledgement future the test settles by hand, and a message's `acked`
flag is what Faust's consumer commits by.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import NoReturn

import faust
import pytest

from veille.agents import unacknowledged
from veille.agents.unacknowledged import pipelined_batch_agent


class Harness:
    def __init__(self, max_in_flight: int) -> None:
        self.app = faust.App(
            "pipelined-test",
            broker="kafka://127.0.0.1:1",
            store="memory://",
            value_serializer="raw",
        )
        self.taken: list[list] = []
        self.acknowledgements: list[asyncio.Future[None]] = []
        self.agent = self.app.agent(self.app.channel(), name="pipelined")(
            pipelined_batch_agent(
                "pipelined", self._process, batch_size=2, within=0.05, max_in_flight=max_in_flight
            )
        )

    async def _process(self, events: list) -> asyncio.Future[None]:
        self.taken.append(events)
        acknowledgement: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.acknowledgements.append(acknowledgement)
        return acknowledgement

    @staticmethod
    async def put(context: faust.types.AgentT, posts: int) -> None:
        for i in range(posts):
            event = await context.put(f"post-{i}".encode(), wait=False)
            # What the consumer's conductor does for a topic's message: one reference per stream.
            event.message.incref()


async def until(condition: Callable[[], bool], timeout: float = 2.0) -> bool:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


def acked(batch: list) -> list[bool]:
    return [event.message.acked for event in batch]


def test_batches_are_taken_ahead_and_released_in_order_once_their_outputs_are_acknowledged() -> (
    None
):
    async def scenario() -> None:
        harness = Harness(max_in_flight=4)
        async with harness.agent.test_context() as context:
            await harness.put(context, 6)
            # Three batches taken although none is acknowledged yet: pipelined.
            assert await until(lambda: len(harness.taken) == 3)
            assert not any(any(acked(batch)) for batch in harness.taken)
            # The second batch's outputs land first: it stays held until the first is
            # released, or Faust would commit the first batch's offsets with the second's.
            harness.acknowledgements[1].set_result(None)
            await asyncio.sleep(0.2)
            assert not any(acked(harness.taken[0]) + acked(harness.taken[1]))
            harness.acknowledgements[0].set_result(None)
            assert await until(lambda: all(acked(harness.taken[0]) + acked(harness.taken[1])))
            assert not any(acked(harness.taken[2]))
            harness.acknowledgements[2].set_result(None)
            assert await until(lambda: all(acked(harness.taken[2])))

    asyncio.run(scenario())


def test_a_bounded_number_of_batches_waits_for_the_broker() -> None:
    async def scenario() -> None:
        harness = Harness(max_in_flight=2)
        async with harness.agent.test_context() as context:
            await harness.put(context, 10)
            assert await until(lambda: len(harness.taken) == 2)
            await asyncio.sleep(0.3)
            assert len(harness.taken) == 2, "took more batches than it may hold unacknowledged"
            harness.acknowledgements[0].set_result(None)
            assert await until(lambda: len(harness.taken) == 3)
            for acknowledgement in harness.acknowledgements:
                if not acknowledgement.done():
                    acknowledgement.set_result(None)

    asyncio.run(scenario())


def test_a_batch_whose_outputs_fail_stops_the_process_and_no_later_batch_is_released(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exits: list[BaseException] = []

    class Exited(Exception):
        pass

    def record_exit(agent: str, exc: BaseException) -> NoReturn:
        exits.append(exc)  # the real one calls os._exit: the batch is never committed
        raise Exited

    monkeypatch.setattr(unacknowledged, "exit_unacknowledged", record_exit)

    async def scenario() -> None:
        harness = Harness(max_in_flight=4)
        async with harness.agent.test_context() as context:
            await harness.put(context, 4)
            assert await until(lambda: len(harness.taken) == 2)
            harness.acknowledgements[1].set_result(None)
            harness.acknowledgements[0].set_exception(RuntimeError("1 of 3 records not acked"))
            assert await until(lambda: bool(exits))
            await asyncio.sleep(0.2)
            assert not any(acked(harness.taken[0]) + acked(harness.taken[1]))

    asyncio.run(scenario())
    # (The real exit never returns; here the second batch sees the first one's fake exit.)
    assert str(exits[0]) == "1 of 3 records not acked"
