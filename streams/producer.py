"""Producing a batch of output records and waiting until the broker has every one of them.

Two implementations of one coroutine, `produce(records)`, that returns only once every record
is acknowledged by the broker and raises if any was not:

- `LibrdkafkaProducer` (the default): confluent-kafka's librdkafka encodes, batches and writes
  in its own C threads, outside the GIL. Profiles of the worker showed aiokafka's pure-Python
  produce path (record encoding, per-send futures, socket writes) taking about a sixth of the
  event loop's time and delaying the consumer thread's fetches; librdkafka takes that work off
  the loop. Records are produced without waiting, then the batch is flushed in a worker thread.
- `FaustProducer`: Faust's own aiokafka producer (`VEILLE_PRODUCER=aiokafka`), kept for
  environments where librdkafka cannot be installed.

Both partition keys with murmur2 like the Java client and Faust, so a series' mentions land in
the partition of the changelog that counts them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

# (topic, key, value, headers)
Record = tuple[str, bytes | None, bytes | None, list[tuple[str, bytes]] | None]
ProduceFn = Callable[[Sequence[Record]], Awaitable[None]]


class ProduceError(RuntimeError):
    """Some records of a batch were not acknowledged: the caller produces the batch again."""


class LibrdkafkaProducer:
    def __init__(
        self,
        bootstrap_servers: Sequence[str],
        *,
        client_id: str = "veille",
        linger_ms: int = 5,
        batch_bytes: int = 1_048_576,
        delivery_timeout: float = 30.0,
        max_queued_records: int = 200_000,
    ) -> None:
        from confluent_kafka import Producer

        self.delivery_timeout = delivery_timeout
        self._producer = Producer(
            {
                "bootstrap.servers": ",".join(bootstrap_servers),
                "client.id": client_id,
                "acks": "all",
                # Same partition for a key as aiokafka, Faust and the Java client.
                "partitioner": "murmur2_random",
                "linger.ms": linger_ms,
                "batch.size": batch_bytes,
                # A record is failed (and the batch produced again) after this long, so a
                # flush never waits forever on a broker that is gone.
                "message.timeout.ms": int(delivery_timeout * 1000),
                # The bound of the local queue: a full queue makes produce wait, not grow.
                "queue.buffering.max.messages": max_queued_records,
                "socket.keepalive.enable": True,
            }
        )
        # flush() blocks: it runs off the event loop, one thread per agent that may flush.
        self._flusher = ThreadPoolExecutor(max_workers=2, thread_name_prefix="veille-flush")

    async def produce(self, records: Sequence[Record]) -> None:
        if not records:
            return
        loop = asyncio.get_running_loop()
        failures: list[Any] = []

        def on_delivery(error: Any, _message: Any) -> None:
            if error is not None:
                failures.append(error)

        produce = self._producer.produce
        for topic, key, value, headers in records:
            while True:
                try:
                    produce(topic, value, key, on_delivery=on_delivery, headers=headers)
                    break
                except BufferError:  # local queue full: let librdkafka drain it
                    await loop.run_in_executor(self._flusher, self._producer.poll, 0.1)
        # Waits for this batch and for any other agent's records still queued: harmless.
        remaining = await loop.run_in_executor(
            self._flusher, self._producer.flush, self.delivery_timeout + 5.0
        )
        if failures or remaining:
            reason = failures[0] if failures else f"{remaining} records still queued"
            raise ProduceError(
                f"{len(failures) or remaining} of {len(records)} records not acknowledged: {reason}"
            )

    def flush(self, timeout: float = 10.0) -> int:
        """At shutdown: what is queued gets its chance (an agent may still produce after)."""
        return self._producer.flush(timeout)


class FaustProducer:
    """The app's aiokafka producer: send everything, then wait for every acknowledgement."""

    def __init__(self, app: Any) -> None:
        self._app = app

    async def produce(self, records: Sequence[Record]) -> None:
        send = self._app.producer.send
        pending = [
            await send(topic, key, value, None, None, headers)
            for topic, key, value, headers in records
        ]
        if pending:
            await asyncio.gather(*pending)
