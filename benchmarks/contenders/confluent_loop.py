"""Contender (e): a plain confluent-kafka consume/enrich/produce loop, no framework.

What a stream framework costs is measured against this: librdkafka does the Kafka work in C,
Python only runs the enrichment. At-least-once like the shipped worker: a batch's offsets are
committed only after every output of the batch is acknowledged (flush, no delivery error); a
failed batch exits the process without committing, so it is read again.

The per-brand minute counts live in a Python dict: the same update as the other contenders'
tables, but neither persisted nor recovered after a crash (this loop is the floor, not a product).
"""

from __future__ import annotations

import signal
import sys
from collections import Counter
from types import FrameType

import orjson
from common import SESSION_TIMEOUT_MS, brand_minute, contender_arguments, make_enricher
from confluent_kafka import Consumer, KafkaError, Message, Producer

from veille.agents.enrich import SourceMessage

BATCH = 500  # as the shipped worker's VEILLE_BATCH_SIZE


def main() -> int:
    args = contender_arguments(__doc__ or "").parse_args()
    enricher = make_enricher()
    consumer = Consumer(
        {
            "bootstrap.servers": args.bootstrap,
            "group.id": args.group,
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            "session.timeout.ms": SESSION_TIMEOUT_MS,
        }
    )
    producer = Producer(
        {
            "bootstrap.servers": args.bootstrap,
            "linger.ms": 5,
            "batch.size": 1_048_576,
            "acks": "all",
        }
    )
    errors: list[KafkaError] = []

    def on_delivery(error: KafkaError | None, _message: Message) -> None:
        if error is not None:
            errors.append(error)

    running = True

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal running
        running = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    counts: Counter[str] = Counter()
    consumer.subscribe([args.input])
    try:
        while running:
            messages = consumer.consume(BATCH, 0.1)
            if not messages:
                continue
            batch = []
            for message in messages:
                error = message.error()
                if error is not None:
                    if error.fatal():
                        print(f"fatal consumer error: {error}", file=sys.stderr)
                        return 1
                    continue
                batch.append(
                    SourceMessage(
                        message.value(),
                        message.key(),
                        message.topic(),
                        message.partition(),
                        message.offset(),
                        message.timestamp()[1] / 1000,
                    )
                )
            if not batch:
                continue
            result = enricher.enrich_batch(batch)
            for source, record in result.enriched:
                produce(producer, args.output, source.key, orjson.dumps(record), on_delivery)
                counts[brand_minute(record)] += 1
            for source, _rejection in result.rejected:
                produce(producer, args.deadletter, source.key, source.value, on_delivery)
            if producer.flush(30) or errors:
                print(
                    f"outputs not acknowledged ({errors[:3]}); exiting uncommitted", file=sys.stderr
                )
                return 1
            consumer.commit(asynchronous=False)
    finally:
        consumer.close()
        print(f"summary: {sum(counts.values())} counted in {len(counts)} brand-minutes", flush=True)
    return 0


def produce(
    producer: Producer, topic: str, key: bytes | None, value: bytes | None, on_delivery: object
) -> None:
    """Produce, waiting for room when librdkafka's local queue is full."""
    while True:
        try:
            producer.produce(topic, value, key, on_delivery=on_delivery)
            return
        except BufferError:
            producer.poll(0.05)


if __name__ == "__main__":
    sys.exit(main())
