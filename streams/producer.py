"""Producing a batch of output records, acknowledged by the broker later or at once.

`send(records)` queues a batch and returns a future that resolves once the broker has
acknowledged every record of it (and raises if any was not). The enrichment agent does not wait
for it: it takes the next batch while the broker writes this one, and Faust acknowledges (so may
commit) the batch's offsets only when the future resolves. Callers that need the answer before
they go on (alerts) await the future at once.

Two implementations:

- `LibrdkafkaProducer` (the default): confluent-kafka's librdkafka encodes, batches and writes
  in its own C threads, outside the GIL. Profiles of the worker showed aiokafka's pure-Python
  produce path (record encoding, per-send futures, socket writes) taking about a sixth of the
  event loop's time and delaying the consumer thread's fetches; librdkafka takes that work off
  the loop. The event loop serves its delivery reports, which settle each batch's future.
- `FaustProducer`: Faust's own aiokafka producer (`VEILLE_PRODUCER=aiokafka`), kept for
  environments where librdkafka cannot be installed.

Both partition keys with murmur2 like the Java client and Faust, so a series' mentions land in
the partition of the changelog that counts them. The counting stage skips a mention at or below
the highest source offset it has counted, so a later batch landing before an earlier one, or
without it, would hide the earlier one: only the librdkafka producer (idempotent, gapless) keeps
that order through retries and failures, and only with it do the enrichment agent's batches
overlap on the broker (agents/enrich_agent.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

# (topic, key, value, headers)
Record = tuple[str, bytes | None, bytes | None, list[tuple[str, bytes]] | None]
# Queues a batch; the future it returns resolves once the broker has acknowledged all of it.
SendFn = Callable[[Sequence[Record]], Awaitable["asyncio.Future[None]"]]


class ProduceError(RuntimeError):
    """Some records of a batch were not acknowledged."""


class ProducerFatalError(ProduceError):
    """The producer can no longer produce at all (librdkafka's fatal errors): retrying is vain,
    the process must restart with a new producer and replay from its committed offsets."""


class _Batch:
    """One batch's delivery reports, counted as the event loop serves them."""

    __slots__ = ("failures", "future", "remaining", "size")

    def __init__(self, future: asyncio.Future[None], size: int) -> None:
        self.future = future
        self.remaining = size
        self.size = size
        self.failures: list[Any] = []

    def on_delivery(self, error: Any, _message: Any) -> None:
        if error is not None:
            self.failures.append(error)
        self.remaining -= 1
        if self.remaining == 0 and not self.future.done():  # done: cancelled at shutdown
            if not self.failures:
                self.future.set_result(None)
                return
            first = self.failures[0]
            fatal = any(e.fatal() for e in self.failures)
            self.future.set_exception(
                (ProducerFatalError if fatal else ProduceError)(
                    f"{len(self.failures)} of {self.size} records not acknowledged: {first}"
                )
            )


class LibrdkafkaProducer:
    # How often the event loop serves delivery reports while batches wait for theirs. A thread
    # blocked in poll() would serve them sooner, but each report it hands to Python takes the
    # GIL from the busy loop: measured, that made the worker ~35 % slower.
    REPORT_INTERVAL = 0.005

    def __init__(
        self,
        bootstrap_servers: Sequence[str],
        *,
        client_id: str = "veille",
        linger_ms: int = 5,
        batch_bytes: int = 1_048_576,
        delivery_timeout: float | None = None,
        max_queued_records: int = 200_000,
    ) -> None:
        from confluent_kafka import Producer

        self._fatal: Any = None
        self._producer = Producer(
            {
                "bootstrap.servers": ",".join(bootstrap_servers),
                "client.id": client_id,
                "acks": "all",
                # Same partition for a key as aiokafka, Faust and the Java client.
                "partitioner": "murmur2_random",
                "linger.ms": linger_ms,
                "batch.size": batch_bytes,
                # Retries keep each partition's order and write nothing twice. An error that
                # could leave a gap (an earlier batch lost, a later one written) is fatal
                # instead: the process restarts and replays from its committed offsets.
                "enable.idempotence": True,
                "enable.gapless.guarantee": True,
                # No record is given up on while the broker is away (0 = never): a timed-out
                # batch followed by a delivered one would be a gap. Tests set a timeout.
                "message.timeout.ms": int((delivery_timeout or 0) * 1000),
                # The bound of the local queue: a full queue makes send wait, not grow.
                "queue.buffering.max.messages": max_queued_records,
                "socket.keepalive.enable": True,
                "error_cb": self._on_error,
            }
        )
        self._waiting: set[asyncio.Future[None]] = set()
        self._serving: asyncio.Task[None] | None = None

    def _on_error(self, error: Any) -> None:
        if error.fatal():
            self._fatal = error

    async def _serve_reports(self) -> None:
        poll = self._producer.poll
        while self._waiting:
            poll(0)  # runs the batches' on_delivery here, on the loop: no lock, no GIL handoff
            await asyncio.sleep(self.REPORT_INTERVAL)

    async def send(self, records: Sequence[Record]) -> asyncio.Future[None]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        if not records:
            future.set_result(None)
            return future
        if self._fatal is not None:  # later in the batch, produce() itself raises
            raise ProducerFatalError(f"the producer failed for good: {self._fatal}")
        batch = _Batch(future, len(records))
        produce, on_delivery, poll = self._producer.produce, batch.on_delivery, self._producer.poll
        for topic, key, value, headers in records:
            while True:
                try:
                    produce(topic, value, key, on_delivery=on_delivery, headers=headers)
                    break
                except BufferError:  # local queue full: serve reports while it drains
                    poll(0)
                    await asyncio.sleep(self.REPORT_INTERVAL)
        self._waiting.add(future)
        future.add_done_callback(self._waiting.discard)
        if self._serving is None or self._serving.done():
            self._serving = loop.create_task(self._serve_reports())
        return future

    def flush(self, timeout: float = 10.0) -> int:
        """At shutdown: what is queued gets its chance (an agent may still produce after)."""
        return self._producer.flush(timeout)


class FaustProducer:
    """The app's aiokafka producer: one send per record, one future for the batch."""

    def __init__(self, app: Any) -> None:
        self._app = app

    async def send(self, records: Sequence[Record]) -> asyncio.Future[None]:
        send = self._app.producer.send
        pending = [
            await send(topic, key, value, None, None, headers)
            for topic, key, value, headers in records
        ]
        return asyncio.ensure_future(_all_of(pending))


async def _all_of(pending: list[Awaitable[Any]]) -> None:
    if pending:
        await asyncio.gather(*pending)
