"""Contenders (g) and (h): the framework alone, doing next to nothing per post.

Why: the issue asks the shipped worker for 1.5x Quix Streams' rate on the same job. Both call
the same enrichment function, costing E µs per post; each framework adds its own per-post
cost around it, F for Faust as the worker runs it and Q for Quix. 1.5x means
F + E <= (Q + E) / 1.5, that is F <= (Q - E / 2) / 1.5: the worker's whole framework cost
must be less than two thirds of Quix's, minus a third of E. These two contenders measure F and
Q directly, with the job reduced to what any consumer must do: read each post's id (orjson)
and write a minimal record carrying it.

  (g) `--stack faust`: Faust configured and patched as the shipped worker runs it (uvloop, the
      inline message hand-off, paced empty fetches, polls of 2,000 records into a 16,384-event
      buffer, `take_events(500)`), records out through a confluent-kafka producer, acks by
      `take_events` as each batch ends. A lower bound of the worker's Faust: no delivery
      report per record (the worker waits for them before acknowledging, Quix counts them);
  (h) `--stack quix`: Quix Streams with `apply` + `to_topic` (no counting: the minimum).

Neither validates, classifies, counts or keeps state: a floor, not a contender for the job.
"""

from __future__ import annotations

import argparse

import orjson
from common import contender_arguments, faust_settings, quix_application


def minimal_record(value: bytes) -> bytes:
    """What the harness accepts as an output: the post's id and the enriched record's keys."""
    return orjson.dumps(
        {"id": orjson.loads(value)["id"], "language": "und", "sentiment": None, "groups": []}
    )


def run_faust(args: argparse.Namespace) -> None:
    import faust
    from confluent_kafka import Producer
    from faust.worker import Worker

    from veille.cli import use_uvloop
    from veille.streams.compat import patch_faust

    use_uvloop()
    patch_faust()
    app = faust.App(
        args.group,
        **faust_settings(args),
        broker_max_poll_records=2_000,  # the worker's, for its batches of 500 (streams/app.py)
        stream_buffer_maxsize=16_384,
    )
    source = app.topic(args.input, partitions=args.partitions)
    producer = Producer(
        {
            "bootstrap.servers": args.bootstrap,
            "linger.ms": 5,
            "batch.size": 1 << 20,
            "enable.idempotence": args.broker_kind != "tansu",
        }
    )

    @app.agent(source, name="floor")
    async def floor(stream: faust.StreamT) -> None:
        async for events in stream.take_events(500, within=0.05):
            for event in events:
                while True:
                    try:
                        producer.produce(args.output, minimal_record(event.value), event.key)
                        break
                    except BufferError:  # librdkafka's local queue is full: let it drain
                        producer.poll(0.05)
            producer.poll(0)

    @app.on_before_shutdown.connect
    async def flush(app: faust.App, **kwargs: object) -> None:
        producer.flush(10)

    Worker(app, loglevel="warning", quiet=True).execute_from_commandline()


def run_quix(args: argparse.Namespace) -> None:
    app = quix_application(args)
    source = app.topic(args.input, key_deserializer="bytes", value_deserializer="bytes")
    output = app.topic(args.output, key_serializer="bytes", value_serializer="bytes")
    sdf = app.dataframe(source)
    sdf = sdf.apply(minimal_record)
    sdf = sdf.to_topic(output)
    app.run()


def main() -> None:
    parser = contender_arguments(__doc__ or "")
    parser.add_argument("--stack", choices=["faust", "quix"], required=True)
    args = parser.parse_args()
    if args.stack == "faust":
        run_faust(args)
    else:
        run_quix(args)


if __name__ == "__main__":
    main()
