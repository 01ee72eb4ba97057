"""The Dispatcher: alerts in, notifications out - dedup, route, group, mute, queue, deliver.

    handle(alert) -> dedup -> routing -> grouping          (state: seen, groups)
    flush(now)    -> groups due -> inhibit + silences -> outbox per receiver (in order)
                  -> triage announcements and escalations -> outbox
                  -> deliver each receiver's queue, oldest first  (state: outbox, delivered)

Delivery is at least once with idempotency keys. A notification gets a deterministic id when it
is created; it is written to the durable `outbox` before the group state records it as
notified, and recorded in `delivered` only after a 2xx. After a crash anything still in the
outbox is sent again with the same `Idempotency-Key`; anything recorded delivered is never sent
again. Each receiver's queue is sent strictly in order and stops at the first notification that
cannot be delivered (head-of-line), so when a receiver comes back the alerts of a term arrive
in the order they happened.

All state lives in injected mutable mappings of JSON-able dicts (Faust tables in production;
values are always re-assigned, never mutated in place). The clock is the `now` argument
(epoch seconds); only retry sleeps and rate limiting use real time.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from pydantic import ValidationError

from veille.alerting.config import AlertingConfig
from veille.alerting.dedup import Deduplicator
from veille.alerting.grouping import Grouper
from veille.alerting.inhibit import Inhibitor
from veille.alerting.matchers import alert_labels
from veille.alerting.notifiers import (
    Notifier,
    RateLimiter,
    Report,
    RetryPolicy,
    Sleep,
    build_notifier,
)
from veille.alerting.routing import Router
from veille.alerting.silences import Silences
from veille.alerting.triage import TriageQueue
from veille.streams.records import Alert

log = logging.getLogger(__name__)

DELIVERED_RETENTION = 7 * 86400.0
TRIAGE_BATCH = 10


def _noop_report(receiver: str, outcome: str, reason: str, seconds: float) -> None:
    return None


@dataclass
class DispatcherState:
    """The six mappings the Dispatcher keeps its state in (back each with a Faust table)."""

    seen: MutableMapping[str, dict] = field(default_factory=dict)
    groups: MutableMapping[str, dict] = field(default_factory=dict)
    outbox: MutableMapping[str, dict] = field(default_factory=dict)
    delivered: MutableMapping[str, dict] = field(default_factory=dict)
    silences: MutableMapping[str, dict] = field(default_factory=dict)
    triage: MutableMapping[str, dict] = field(default_factory=dict)


@dataclass
class FlushResult:
    enqueued: int = 0
    delivered: int = 0
    pending: int = 0
    rejected: int = 0


class Dispatcher:
    def __init__(
        self,
        config: AlertingConfig,
        state: DispatcherState | None = None,
        *,
        session: aiohttp.ClientSession | None = None,
        report: Report | None = None,
        policy: RetryPolicy | None = None,
        rng: random.Random | None = None,
        sleep: Sleep = asyncio.sleep,
        validate: bool = True,
    ) -> None:
        self.config = config
        self.state = state or DispatcherState()
        self.router = Router(config)
        self.dedup = Deduplicator(self.state.seen)
        self.grouper = Grouper(self.state.groups)
        self.inhibitor = Inhibitor(config.inhibit_rules)
        self.silences = Silences(self.state.silences)
        self.triage = TriageQueue(
            self.state.triage, sla=config.triage.sla, escalate_before=config.triage.escalate_before
        )
        self.report = report or _noop_report
        self.policy = policy or RetryPolicy(
            max_attempts=config.delivery.max_attempts,
            backoff_base=config.delivery.backoff_base,
            backoff_max=config.delivery.backoff_max,
            max_inline_retry_after=config.delivery.max_inline_retry_after,
        )
        self.rng = rng or random.Random()
        self.sleep = sleep
        self.validate = validate
        self._session = session
        self._owns_session = session is None
        self._limiters: dict[str, RateLimiter] = {}
        self._notifiers: dict[str, Notifier] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._seq: int | None = None

    # -- input ---------------------------------------------------------------------------

    async def handle(self, alert: dict[str, Any], now: float) -> str:
        """Take one record of the `alerts` topic: 'invalid', 'duplicate', 'grouped', 'ignored'."""
        if self.validate:
            try:
                Alert.model_validate(alert)
            except ValidationError as exc:
                # A field added by a newer worker must not make alerts disappear: only
                # missing or wrongly typed fields drop the record.
                if any(error["type"] != "extra_forbidden" for error in exc.errors()):
                    log.warning("alerting: invalid alert %r dropped: %s", alert.get("id"), exc)
                    return "invalid"
        if not self.dedup.is_new(alert, now):
            return "duplicate"
        resolved = alert["status"] == "resolved"
        keys = [
            self.grouper.add(alert, route, now, known_only=resolved)
            for route in self.router.match(alert_labels(alert))
        ]
        return "grouped" if any(keys) else "ignored"

    async def handle_post(self, post: dict[str, Any], now: float) -> str | None:
        """Take one enriched post; adverse-reaction candidates join the triage queue."""
        return self.triage.add_post(post, now)

    # -- the timer -----------------------------------------------------------------------

    async def flush(self, now: float) -> FlushResult:
        """Send due groups, triage news and escalations, and retry pending notifications."""
        result = FlushResult()
        self.silences.gc(now)
        self.dedup.prune(now)
        self.triage.prune(now)
        self._prune_delivered(now)
        firing = self.grouper.firing()

        def muted(alert: dict[str, Any]) -> bool:
            labels = alert_labels(alert)
            return bool(
                self.silences.silenced_by(labels, now)
                or self.inhibitor.inhibited_by(alert["id"], labels, firing)
            )

        for evaluation in self.grouper.due(now, muted):
            if evaluation.notification is not None:
                result.enqueued += self._enqueue(evaluation.notification, now)
            self.grouper.commit(evaluation)
        result.enqueued += self._triage_notifications(now)
        receivers = sorted({entry["receiver"] for entry in self.state.outbox.values()})
        outcomes = await asyncio.gather(*(self._drain(name, now) for name in receivers))
        for delivered, pending, rejected in outcomes:
            result.delivered += delivered
            result.pending += pending
            result.rejected += rejected
        return result

    def _triage_notifications(self, now: float) -> int:
        receiver = self.config.triage.receiver
        if receiver is None:
            return 0
        count = 0
        new = self.triage.unnotified(TRIAGE_BATCH)
        if new:
            ids = [item["id"] for item in new]
            notification = {
                "id": "triage-new-" + "+".join(sorted(ids))[:200],
                "type": "triage_new",
                "receiver": receiver,
                "items": new,
                "created_at": now,
            }
            count += self._enqueue(notification, now)
            self.triage.mark_notified(ids)
        for item in self.triage.escalation_candidates(now):
            notification = {
                "id": f"triage-escalation-{item['id']}",
                "type": "triage_escalation",
                "receiver": receiver,
                "items": [item],
                "created_at": now,
            }
            count += self._enqueue(notification, now)
            self.triage.mark_escalated(item["id"], now)
        return count

    # -- the outbox ----------------------------------------------------------------------

    def forget_sequence(self) -> None:
        """Another worker may own the outbox meanwhile and number entries past ours: read the
        next number from the outbox again when this one takes it back."""
        self._seq = None

    def _next_seq(self) -> int:
        if self._seq is None:
            self._seq = max((e["seq"] for e in self.state.outbox.values()), default=0)
        self._seq += 1
        return self._seq

    def _enqueue(self, notification: dict[str, Any], now: float) -> int:
        """Durably queue a notification for its receiver (idempotent on the id)."""
        key = notification["id"]
        if key in self.state.outbox or key in self.state.delivered:
            return 0
        self.state.outbox[key] = {
            "id": key,
            "receiver": notification["receiver"],
            "seq": self._next_seq(),
            "notification": notification,
            "enqueued_at": now,
            "attempts": 0,
            "rounds": 0,
            "next_attempt_at": now,
            "status": "pending",
            "last_reason": None,
        }
        return 1

    def pending(self) -> dict[str, int]:
        """Pending notifications per receiver (for a `veille_notifications_pending` gauge)."""
        counts: dict[str, int] = {}
        for entry in self.state.outbox.values():
            if entry["status"] == "pending":
                counts[entry["receiver"]] = counts.get(entry["receiver"], 0) + 1
        return counts

    async def _drain(self, receiver: str, now: float) -> tuple[int, int, int]:
        """Send this receiver's queue in order; stop at the first failure (keeps order)."""
        if receiver not in {r.name for r in self.config.receivers}:
            # Queued before a configuration change removed the receiver: kept, not dropped.
            log.warning("alerting: notifications queued for unknown receiver %r", receiver)
            return 0, 0, 0
        lock = self._locks.setdefault(receiver, asyncio.Lock())
        if lock.locked():  # a previous flush is still sending to it
            return 0, 0, 0
        delivered = rejected = 0
        async with lock:
            entries = sorted(
                (
                    e
                    for e in list(self.state.outbox.values())
                    if e["receiver"] == receiver and e["status"] == "pending"
                ),
                key=lambda e: e["seq"],
            )
            for index, entry in enumerate(entries):
                key = entry["id"]
                if key in self.state.delivered:  # crashed after recording, before dequeuing
                    self.state.outbox.pop(key, None)
                    continue
                if entry["next_attempt_at"] > now:
                    return delivered, len(entries) - index, rejected
                outcome = await self._notifier(receiver).deliver(entry["notification"])
                if outcome.outcome == "delivered":
                    self.state.delivered[key] = {
                        "receiver": receiver,
                        "delivered_at": now,
                        "attempts": entry["attempts"] + outcome.attempts,
                    }
                    self.state.outbox.pop(key, None)
                    delivered += 1
                elif outcome.outcome == "rejected":
                    log.error(
                        "alerting: %s refused notification %s (%s)", receiver, key, outcome.reason
                    )
                    self.state.outbox[key] = {
                        **entry,
                        "status": "rejected",
                        "attempts": entry["attempts"] + outcome.attempts,
                        "last_reason": outcome.reason,
                        "rejected_at": now,
                    }
                    rejected += 1
                else:
                    self.state.outbox[key] = {
                        **entry,
                        "attempts": entry["attempts"] + outcome.attempts,
                        "rounds": entry["rounds"] + 1,
                        "next_attempt_at": now + outcome.retry_in,
                        "last_reason": outcome.reason,
                    }
                    return delivered, len(entries) - index, rejected
        return delivered, 0, rejected

    def _notifier(self, receiver: str) -> Notifier:
        notifier = self._notifiers.get(receiver)
        if notifier is None:
            notifier = build_notifier(
                self.config.receiver(receiver),
                self._get_session,
                self._limiters,
                self.policy,
                self.report,
                self.rng,
                self.sleep,
            )
            self._notifiers[receiver] = notifier
        return notifier

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
            self._owns_session = True
        return self._session

    def _prune_delivered(self, now: float) -> None:
        for key, record in list(self.state.delivered.items()):
            if now - record["delivered_at"] > DELIVERED_RETENTION:
                del self.state.delivered[key]
        for key, entry in list(self.state.outbox.items()):
            if entry["status"] == "rejected" and now - entry["rejected_at"] > DELIVERED_RETENTION:
                del self.state.outbox[key]

    async def close(self) -> None:
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()
