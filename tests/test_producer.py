"""The output producers against a real broker: every record acknowledged, keys partitioned like
Faust's, failures raised (never swallowed), and the fetch pacing for non-waiting brokers."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.partitioner import DefaultPartitioner
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.admin import NewTopic

from veille.agents.enrich import BatchResult, SourceMessage
from veille.streams.broker import free_port
from veille.streams.compat import pace_empty_fetches
from veille.streams.producer import LibrdkafkaProducer, ProduceError
from veille.streams.sink import DLQ_HEADER_PREFIX, DLQ_MAX_VALUE_BYTES, BatchPublisher
from veille.streams.validation import Reason, Rejection


def _create(bootstrap: str, topic: str, partitions: int) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    admin.create_topics([NewTopic(topic, partitions, 1)])
    admin.close()


async def _acknowledged(producer: LibrdkafkaProducer, records: list) -> None:
    await (await producer.send(records))


def _read_all(bootstrap: str, topic: str, partitions: int) -> list:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, consumer_timeout_ms=3000)
    tps = [TopicPartition(topic, p) for p in range(partitions)]
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    records = list(consumer)
    consumer.close()
    return records


def test_librdkafka_producer_acknowledges_everything_and_partitions_like_faust(
    broker_url: str,
) -> None:
    bootstrap = broker_url.removeprefix("kafka://")
    topic = f"producer-{uuid.uuid4().hex[:8]}"
    _create(bootstrap, topic, 4)
    producer = LibrdkafkaProducer([bootstrap])
    records = [
        (topic, f"series-{i % 37}".encode(), f"value-{i}".encode(), [("h", b"x")])
        for i in range(5000)
    ]
    asyncio.run(_acknowledged(producer, records))

    stored = _read_all(bootstrap, topic, 4)
    assert sorted(r.value for r in stored) == sorted(v for _, _, v, _ in records)
    # Same partition for a key as aiokafka's murmur2 partitioner (Faust, the Java client): a
    # series' mentions must land in the partition of the changelog that counts them.
    partitioner = DefaultPartitioner()
    for record in stored:
        assert record.partition == partitioner(record.key, [0, 1, 2, 3], [0, 1, 2, 3])
    assert all(record.headers == [("h", b"x")] for record in stored)


def test_batches_sent_without_waiting_land_in_order_and_each_future_says_when(
    broker_url: str,
) -> None:
    """The enrichment agent queues the next batch before the last one is acknowledged; the
    counting stage skips a series' mention at or below the highest offset it counted, so each
    partition must keep the batches' order."""
    bootstrap = broker_url.removeprefix("kafka://")
    topic = f"pipelined-{uuid.uuid4().hex[:8]}"
    _create(bootstrap, topic, 4)
    producer = LibrdkafkaProducer([bootstrap])

    async def send_all() -> list[bool]:
        futures = []
        for batch in range(20):
            records = [
                (topic, f"series-{i % 7}".encode(), f"{batch}:{i}".encode(), None)
                for i in range(500)
            ]
            futures.append(await producer.send(records))
        # Queued, not acknowledged yet: the reports are served on this loop, which has not run.
        waited = [future.done() for future in futures]
        await asyncio.gather(*futures)
        return waited

    assert asyncio.run(send_all()) == [False] * 20
    stored = _read_all(bootstrap, topic, 4)
    assert len(stored) == 20 * 500
    by_key: dict[bytes, list[tuple[int, int]]] = {}
    for record in stored:  # read partition by partition, in offset order
        batch, i = record.value.decode().split(":")
        by_key.setdefault(record.key, []).append((int(batch), int(i)))
    assert all(sequence == sorted(sequence) for sequence in by_key.values())


def test_an_input_too_large_to_produce_is_dead_lettered_cut_not_crashing_the_worker(
    broker_url: str,
) -> None:
    """An input over the size limit goes to the dead letters; whole, it would be over what the
    producer accepts, and every replay would fail on it again."""
    bootstrap = broker_url.removeprefix("kafka://")
    topic = f"deadletters-{uuid.uuid4().hex[:8]}"
    _create(bootstrap, topic, 1)
    publisher = BatchPublisher(LibrdkafkaProducer([bootstrap]).send, "unused", topic)
    huge = b"x" * 1_000_100
    result = BatchResult(
        rejected=[
            (
                SourceMessage(huge, b"k", "posts", 2, 41),
                Rejection(Reason.MESSAGE_TOO_LARGE, "1000100 bytes > limit 1000000"),
            )
        ]
    )

    async def publish() -> None:
        await (await publisher.publish(result))

    asyncio.run(publish())
    [stored] = _read_all(bootstrap, topic, 1)
    assert stored.value == huge[:DLQ_MAX_VALUE_BYTES]
    headers = dict(stored.headers)
    assert headers[DLQ_HEADER_PREFIX + "reason"] == b"message_too_large"
    assert headers[DLQ_HEADER_PREFIX + "truncated_from"] == b"1000100"
    assert headers[DLQ_HEADER_PREFIX + "source.offset"] == b"41"


def test_librdkafka_producer_raises_when_the_broker_is_gone() -> None:
    producer = LibrdkafkaProducer([f"127.0.0.1:{free_port()}"], delivery_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(ProduceError, match="1 of 1 records not acknowledged"):
        asyncio.run(_acknowledged(producer, [("nowhere", b"k", b"v", None)]))
    assert time.monotonic() - started < 10


def test_empty_fetches_are_paced_on_a_broker_that_does_not_wait(broker_url: str) -> None:
    """noida-db answers an empty fetch at once; unpaced, aiokafka loops ~6,000 times a second."""
    from aiokafka.consumer.fetcher import Fetcher

    bootstrap = broker_url.removeprefix("kafka://")
    topic = f"idle-{uuid.uuid4().hex[:8]}"
    _create(bootstrap, topic, 4)
    pace_empty_fetches(0.05)
    fetches = 0
    paced = Fetcher._proc_fetch_request

    async def counting(self, *args):  # type: ignore[no-untyped-def]
        nonlocal fetches
        fetches += 1
        return await paced(self, *args)

    async def idle_for(seconds: float) -> None:
        consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=None)
        await consumer.start()
        try:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                await consumer.getmany(timeout_ms=200)
        finally:
            await consumer.stop()

    Fetcher._proc_fetch_request = counting  # type: ignore[method-assign]
    try:
        asyncio.run(idle_for(2.0))
    finally:
        Fetcher._proc_fetch_request = paced  # type: ignore[method-assign]
    assert 5 <= fetches <= 2.0 / 0.05 + 5
