"""Alert delivery and adverse-reaction triage inside the worker, on changelog-backed tables.

The delivery state (what was seen, grouped, queued, delivered; silences; triage items) must have
exactly one writer, so it lives on a single-partition internal topic, `veille.alerting`, and in
single-partition tables: the worker that owns that partition runs the `alerting/` pipeline, the
others only forward to it. The worker that takes over after a crash recovers the tables from
their changelogs, so nothing recorded as delivered is sent again, and nothing queued is lost.
"""

from __future__ import annotations

import logging
import time

import faust
import orjson
from faust.types import TP

from veille import metrics
from veille.alerting.config import AlertingConfig
from veille.alerting.http_api import routes
from veille.alerting.pipeline import Dispatcher, DispatcherState
from veille.streams import codec

log = logging.getLogger(__name__)

STATE_TABLES = ("seen", "groups", "outbox", "delivered", "silences", "triage")


def envelope(kind: str, record: dict) -> bytes:
    """The message of the alerting topic: an alert, or an enriched post for triage."""
    return orjson.dumps({"type": kind, "record": record})


def install(
    app: faust.App, topic_name: str, config: AlertingConfig, batch_size: int, within: float
) -> Dispatcher:
    """Declare the alerting topic, tables, agent, timer and HTTP API; return the dispatcher."""
    topic = app.topic(topic_name, partitions=1)
    tables = {
        name: codec.json_table(
            app.Table(f"veille-alerting-{name}", partitions=1, use_partitioner=True)
        )
        for name in STATE_TABLES
    }
    receivers = [receiver.name for receiver in config.receivers]
    for receiver in receivers:  # series exist from the start, so increase() sees the first one
        metrics.NOTIFICATIONS_PENDING.labels(receiver).set(0)
        for outcome in ("success", "retry", "rejected"):
            metrics.NOTIFICATIONS.labels(receiver, outcome).inc(0)

    def report(receiver: str, outcome: str, reason: str, seconds: float) -> None:
        metrics.NOTIFICATIONS.labels(receiver, outcome).inc()
        if outcome != "success":
            metrics.NOTIFICATION_FAILURES.labels(receiver, reason).inc()
        metrics.NOTIFICATION_SECONDS.labels(receiver).observe(seconds)

    dispatcher = Dispatcher(config, DispatcherState(**tables), report=report)
    owned = TP(topic_name, 0)

    def owns() -> bool:
        # Not before the tables are recovered: a half-recovered outbox would resend or lose.
        return owned in app.assignor.assigned_actives() and app.tables.recovery.completed.is_set()

    async def deliver(stream: faust.StreamT) -> None:
        async for events in stream.take_events(batch_size, within=within):
            for event in events:
                try:
                    message = orjson.loads(event.value)
                    if message["type"] == "alert":
                        await dispatcher.handle(message["record"], time.time())
                    else:
                        await dispatcher.handle_post(message["record"], time.time())
                except Exception:  # one bad record must not stop every notification behind it
                    metrics.ALERTING_RECORDS_FAILED.inc()
                    log.exception("alerting: record at offset %s skipped", event.message.offset)

    app.agent(topic, name="veille.deliver")(deliver)

    @app.on_partitions_revoked.connect
    async def on_revoked(app: faust.App, revoked: object, **kwargs: object) -> None:
        dispatcher.forget_sequence()

    @app.timer(interval=1.0)
    async def flush() -> None:
        if not owns():
            return
        await dispatcher.flush(time.time())
        pending = dispatcher.pending()
        for receiver in receivers:
            metrics.NOTIFICATIONS_PENDING.labels(receiver).set(pending.get(receiver, 0))
        open_items = dispatcher.triage.open_items()
        metrics.TRIAGE_OPEN.set(len(open_items))
        # open_items() is sorted by deadline, and the clock of every item starts at its post
        # time: the first item is the oldest one.
        oldest_start = open_items[0]["deadline"] - config.triage.sla if open_items else None
        metrics.TRIAGE_OLDEST_AGE.set(time.time() - oldest_start if open_items else 0)

    app.web.web_app.add_routes(routes(dispatcher, dispatcher.triage, is_owner=owns))
    metrics.TRIAGE_SLA.set(config.triage.sla)
    return dispatcher
