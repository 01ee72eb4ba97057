"""The Faust application in one declarative place: app, topics, agents and web endpoints.

Built by a function rather than at import time because every name in it (broker, topics,
partitions, watchlists) comes from validated settings.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from veille import metrics
from veille.agents.count_agent import make_count_agent
from veille.agents.detection import DetectorScorer
from veille.agents.enrich import Enricher, adverse_detector_for
from veille.agents.enrich_agent import make_enrich_agent
from veille.agents.watchlists import FileConfig, WatchlistMatcher, WatchlistReloader
from veille.alerting.config import AlertingConfig
from veille.live import LiveView
from veille.settings import Settings
from veille.streams import codec, delivery
from veille.streams.producer import FaustProducer, LibrdkafkaProducer, SendFn
from veille.streams.sink import BatchPublisher

log = logging.getLogger(__name__)


def _murmur2_partition(partitions: int) -> Callable[[str], int]:
    """The partition a series key goes to, as the producers compute it (murmur2)."""
    from aiokafka.partitioner import DefaultPartitioner

    partitioner = DefaultPartitioner()
    every = list(range(partitions))
    return lambda key: partitioner(key.encode(), every, every)


def build_app(
    settings: Settings, file_config: FileConfig, alerting: AlertingConfig | None = None
) -> faust.App:
    codec.register()
    app = faust.App(
        settings.app_id,
        broker=settings.faust_broker_url,
        # Input is consumed as raw bytes so an invalid message reaches the dead-letter topic
        # byte for byte; outputs are encoded by us with orjson.
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        consumer_auto_offset_reset="earliest",
        # A killed worker's partitions wait this long before another worker takes them.
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=max(1.0, settings.session_timeout / 4),
        consumer_group_instance_id=settings.instance_id,
        producer_linger_ms=5,
        producer_max_batch_size=1_048_576,
        # Polls of four batches into a buffer of 16,384 events (32 batches of 500): a poll then
        # seldom lands on a full buffer, where the inline hand-off (`compat.fast_message_handoff`)
        # falls back to a task per message. Four rounds alternating on Tansu: +21, +4, -1, +23 %
        # posts/s; one worker over 1,000,000 posts kept its RSS flat (262 MB after 10 %, 266 at
        # the end). Huge batches keep the buffer at four batches, as before.
        broker_max_poll_records=min(settings.batch_size * 4, 16_384),
        stream_buffer_maxsize=max(16_384, settings.batch_size * 4),
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
        datadir=str(settings.data_dir),
        store="memory://",
        logging_config=None,
    )
    posts = app.topic(settings.topic_posts, partitions=settings.partitions)

    matcher = WatchlistMatcher.from_config(file_config)
    enricher = Enricher(
        matcher,
        limits=settings.limits,
        language_threshold=settings.language_threshold,
    )

    if settings.producer == "librdkafka":
        librdkafka = LibrdkafkaProducer(settings.bootstrap_servers, client_id=settings.app_id)
        send: SendFn = librdkafka.send

        @app.on_before_shutdown.connect
        async def flush_producer(app: faust.App, **kwargs: object) -> None:
            librdkafka.flush()
    else:
        send = FaustProducer(app).send

    publisher = BatchPublisher(
        send,
        settings.topic_enriched,
        settings.topic_deadletter,
        settings.topic_mentions,
        settings.bucket_seconds,
        settings.topic_alerting if alerting else None,
    )
    app.agent(posts, name="veille.enrich")(
        make_enrich_agent(
            enricher,
            publisher,
            settings.batch_size,
            settings.batch_timeout,
            pipelined=settings.producer == "librdkafka",
        )
    )

    # Counting and detection: the mentions topic and the series table are keyed by series and
    # partitioned alike, so each series is counted by exactly one worker.
    mentions = app.topic(settings.topic_mentions, partitions=settings.partitions)
    series_table = codec.json_table(
        app.Table(
            "veille-series",  # keys: series names; values: SeriesState documents
            partitions=settings.partitions,
            use_partitioner=True,  # updated once per key per batch, from a batched agent
        )
    )
    live = LiveView()
    scorer = DetectorScorer(
        settings.bucket_seconds, _term_groups(matcher), on_bucket=live.record_bucket
    )
    count_agent, owned_series, forget_series = make_count_agent(
        series_table,
        scorer,
        lambda alerts: _publish_alerts(publisher, live, settings.topic_alerts, alerts),
        bucket_seconds=settings.bucket_seconds,
        grace_seconds=settings.bucket_grace_seconds,
        source_partitions=settings.partitions,
        max_close_buckets=max(1, 86400 // settings.bucket_seconds),
        batch_size=settings.batch_size,
        within=settings.batch_timeout,
        active_partitions=lambda: {
            tp.partition
            for tp in app.assignor.assigned_actives()
            if tp.topic == settings.topic_mentions
        },
        partition_of=_murmur2_partition(settings.partitions),
        series_count=len(matcher.terms) + len({m.group for m in matcher.terms}),
    )
    app.agent(mentions, name="veille.count")(count_agent)

    @app.on_partitions_revoked.connect
    async def on_revoked(app: faust.App, revoked: object, **kwargs: object) -> None:
        # Another worker may own them now: this one must not score them any more.
        forget_series()

    reloader = WatchlistReloader(settings.config, matcher)

    @app.timer(interval=settings.config_reload_interval)
    async def reload_watchlists() -> None:
        new_matcher, error = reloader.check()
        if new_matcher is not None:
            # Building the adverse-reaction automaton takes a moment: not on the event loop.
            adverse = await asyncio.get_running_loop().run_in_executor(
                None, adverse_detector_for, new_matcher
            )
            enricher.matcher, enricher.adverse = new_matcher, adverse
            scorer.term_groups = _term_groups(new_matcher)
            metrics.CONFIG_RELOADS.labels("ok").inc()
            log.info(
                "watchlists reloaded from %s: %d terms", settings.config, len(new_matcher.terms)
            )
        elif error is not None:
            metrics.CONFIG_RELOADS.labels("error").inc()
            log.error("watchlists NOT reloaded, keeping the previous ones: %s", error)

    if alerting is not None:
        dispatcher = delivery.install(
            app, settings.topic_alerting, alerting, settings.batch_size, settings.batch_timeout
        )
        live.triage = dispatcher.triage.open_items

        @app.on_before_shutdown.connect
        async def close_http_session(app: faust.App, **kwargs: object) -> None:
            await dispatcher.close()

    # The live page replaces Faust's placeholder JSON index at "/".
    app.web.blueprints._enabled = [
        (prefix, blueprint)
        for prefix, blueprint in app.web.blueprints._enabled
        if "production_index" not in str(blueprint)
    ]
    app.web.web_app.add_routes(live.routes())

    @app.page("/metrics")
    async def metrics_page(web: View, request: Request) -> Response:
        return web.bytes(generate_latest(), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    lag_partitions: set[tuple[str, str]] = set()

    @app.timer(interval=5.0)
    async def observe_health() -> None:
        """Readiness and consumer lag as metrics, for the alert rules in deploy/prometheus."""
        metrics.READY.set(1 if _ready(app, settings)[0] else 0)
        consumer = app.consumer
        seen: set[tuple[str, str]] = set()
        for tp in consumer.assignment():
            highwater = consumer.highwater(tp)
            # What this worker committed (Faust has no public accessor); a partition shows a
            # lag from its first commit on.
            committed = consumer._committed_offset.get(tp)
            if highwater is None or committed is None:
                continue
            labels = (tp.topic, str(tp.partition))
            metrics.CONSUMER_LAG.labels(*labels).set(max(0, highwater - committed))
            seen.add(labels)
        for labels in lag_partitions - seen:  # revoked: never report a lost partition
            metrics.CONSUMER_LAG.remove(*labels)
        lag_partitions.clear()
        lag_partitions.update(seen)

    @app.page("/series")
    async def series_page(web: View, request: Request) -> Response:
        """Open buckets and detector state of the series this worker owns (JSON)."""
        return web.json({series: series_table.get(series) for series in sorted(owned_series)})

    @app.page("/healthz")
    async def healthz(web: View, request: Request) -> Response:
        return web.json({"status": "ok"})

    @app.page("/readyz")
    async def readyz(web: View, request: Request) -> Response:
        ready, recovered, assigned = _ready(app, settings)
        body = {
            "ready": ready,
            "models_loaded": True,
            "tables_recovered": recovered,
            "assigned": assigned,
        }
        return web.json(body, status=200 if ready else 503)

    return app


async def _publish_alerts(
    publisher: BatchPublisher, live: LiveView, topic: str, alerts: list[dict]
) -> None:
    await publisher.publish_alerts(topic, alerts)
    live.record_alerts(alerts)


def _ready(app: faust.App, settings: Settings) -> tuple[bool, bool, list[str]]:
    """Ready: owns partitions of the posts topic, and its tables are recovered."""
    assigned = sorted(f"{tp.topic}:{tp.partition}" for tp in app.consumer.assignment())
    owns_posts = any(tp.startswith(settings.topic_posts + ":") for tp in assigned)
    recovered = app.tables.recovery.completed.is_set()
    return owns_posts and recovered, recovered, assigned


def _term_groups(matcher: WatchlistMatcher) -> dict[str, str]:
    return {match.term: match.group for match in matcher.terms}
