"""Contender (c): the Faust agent a newcomer writes first, one event at a time.

`async for value in stream`, enrich that ONE post (the shared Enricher, called with a
one-message list), `await topic.send(...)` its enriched JSON, `table[key] += 1` on a per-brand
minute count. Faust's defaults otherwise (producer linger 0 and 16 KB batches, acks=-1), except
what the job needs: raw bytes in and out, read from the earliest offset, an in-memory table
store, no web server, and the shipped worker's 10 s session timeout. This is the per-event
Faust figure the batched shipped worker is compared with.

The table is plain (not windowed): its key is `<brand>|<minute of created_at>`, an event-time
minute count, updated once per event from inside stream iteration, as Faust expects.
"""

from __future__ import annotations

import orjson
from common import SESSION_TIMEOUT_MS, brand_minute, contender_arguments, make_enricher

from veille.agents.enrich import SourceMessage


def main() -> None:
    import faust
    from faust.worker import Worker

    args = contender_arguments(__doc__ or "").parse_args()
    enricher = make_enricher()
    app = faust.App(
        args.group,
        broker=f"kafka://{args.bootstrap}",
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=args.partitions,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=SESSION_TIMEOUT_MS / 1000,
        broker_heartbeat_interval=SESSION_TIMEOUT_MS / 4000,
        store="memory://",
        datadir=args.state_dir,
        web_enabled=False,
    )
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
