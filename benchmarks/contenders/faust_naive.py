"""Contender (c): the Faust agent a newcomer writes first, one event at a time.

`async for value in stream`, enrich that ONE post (the shared Enricher, called with a
one-message list), `await topic.send(...)` its enriched JSON, `table[key] += 1` on a per-brand
minute count. Faust's defaults otherwise, except what the job needs (raw bytes in and out, read
from the earliest offset, an in-memory table store, no web server, the shipped worker's 10 s
session timeout) and the shipped worker's producer batching (linger 5 ms, batches up to 1 MB).

Why the producer batching: with Faust's defaults (linger 0, 16 KB batches) nearly every output
and changelog record is a batch of its own. Tansu's memory store slows down with the number of
batches it holds: a 200,000-post run on Tansu stalled at ~150,000 outputs after 8 minutes, and
even a fresh consumer then read 3 records in 10 s. That measures Tansu, not Faust; so (c) uses
the worker's batching and differs from (b) only in processing one event at a time. Pass
`--producer-defaults` (the harness's `--naive-producer-defaults`) to run it with Faust's.

The table is plain (not windowed): its key is `<brand>|<minute of created_at>`, an event-time
minute count, updated once per event from inside stream iteration, as Faust expects.
"""

from __future__ import annotations

import orjson
from common import brand_minute, contender_arguments, faust_settings, make_enricher

from veille.agents.enrich import SourceMessage


def main() -> None:
    import faust
    from faust.worker import Worker

    parser = contender_arguments(__doc__ or "")
    parser.add_argument(
        "--producer-defaults",
        action="store_true",
        help="Faust's producer defaults (linger 0, 16 KB batches) instead of the worker's",
    )
    args = parser.parse_args()
    enricher = make_enricher()
    batching = (
        {}
        if args.producer_defaults
        else {"producer_linger_ms": 5, "producer_max_batch_size": 1 << 20}
    )
    app = faust.App(args.group, **faust_settings(args), **batching)
    source = app.topic(args.input, partitions=args.partitions)
    output = app.topic(args.output, partitions=args.partitions)
    deadletter = app.topic(args.deadletter, partitions=args.partitions)
    counts = app.Table("brand-minute-counts", default=int, partitions=args.partitions)

    @app.agent(source, name="naive.enrich")
    async def enrich(stream: faust.StreamT) -> None:
        async for value in stream:
            message = stream.current_event.message  # type: ignore[union-attr]
            result = enricher.enrich_batch(
                [
                    SourceMessage(
                        value,
                        message.key,
                        message.topic,
                        message.partition,
                        message.offset,
                        message.timestamp,
                    )
                ]
            )
            for _, record in result.enriched:
                await output.send(key=message.key, value=orjson.dumps(record))
                counts[brand_minute(record)] += 1
            for _ in result.rejected:
                await deadletter.send(key=message.key, value=value)

    @app.on_before_shutdown.connect
    async def summary(app: faust.App, **kwargs: object) -> None:
        total = sum(counts.values())
        print(f"summary: {total} counted in {len(counts)} brand-minutes", flush=True)

    Worker(app, loglevel="warning", quiet=True).execute_from_commandline()


if __name__ == "__main__":
    main()
