"""Aggregation groups with Alertmanager's timing, and resolved notifications.

Alerts of one route with equal `group_by` labels (e.g. group + kind) share a group, so three
terms of one brand spiking together make one notification, not three pings.

Timing, as in Alertmanager:
- a new group waits `group_wait` before its first notification, to collect alerts that fire
  together;
- afterwards the group is evaluated every `group_interval`: it notifies when a new alert fires
  (or, with `send_resolved`, when a notified alert resolves);
- with nothing new, the still-firing alerts are re-notified once `repeat_interval` has passed
  since the last notification.
A resolved alert is only announced if its firing was announced; once announced (or if
`send_resolved` is off) it leaves the group, and an empty group is deleted.

Pure: the clock is the `now` argument; the state is a mapping of JSON-able dicts. Every change
is written back with `state[key] = new_value` because a Faust table only persists assignments.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from veille.alerting.matchers import alert_labels
from veille.alerting.routing import ResolvedRoute


def group_labels(labels: dict[str, str], group_by: tuple[str, ...]) -> dict[str, str]:
    if "..." in group_by:
        return {k: v for k, v in sorted(labels.items()) if k != "status"}
    return {name: labels.get(name, "") for name in group_by}


def group_key(route: ResolvedRoute, labels: dict[str, str]) -> str:
    chosen = group_labels(labels, route.group_by)
    return f"{route.id}|{route.receiver}|" + ",".join(f"{k}={v}" for k, v in chosen.items())


def _alert_order(alert: dict[str, Any]) -> tuple:
    return (alert.get("term") or "", alert.get("bucket_start") or "", alert.get("id") or "")


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The outcome of one group's evaluation: maybe a notification, and the group's new state."""

    key: str
    notification: dict[str, Any] | None
    updated: dict[str, Any] | None  # None: the group is empty and is deleted


class Grouper:
    def __init__(self, state: MutableMapping[str, dict]) -> None:
        self.state = state

    def add(
        self, alert: dict[str, Any], route: ResolvedRoute, now: float, *, known_only: bool = False
    ) -> str | None:
        """Put an alert (firing, or resolved) into its group; returns the group key.

        With `known_only`, an alert absent from the group is ignored (a resolved record for a
        firing alert this route never saw has nothing to resolve).
        """
        labels = alert_labels(alert)
        key = group_key(route, labels)
        group = self.state.get(key)
        if group is None:
            if known_only:
                return None
            group = {
                "key": key,
                "receiver": route.receiver,
                "route": route.id,
                "labels": group_labels(labels, route.group_by),
                "alerts": {},
                "created_at": now,
                "next_flush": now + route.group_wait,
                "last_notified": None,
                "notified_firing": [],
                "seq": 0,
                "group_interval": route.group_interval,
                "repeat_interval": route.repeat_interval,
                "send_resolved": route.send_resolved,
            }
        elif known_only and alert["id"] not in group["alerts"]:
            return None
        self.state[key] = {**group, "alerts": {**group["alerts"], alert["id"]: alert}}
        return key

    def firing(self) -> list[tuple[str, dict[str, str]]]:
        """(id, labels) of every firing alert in every group, for inhibition."""
        seen: dict[str, dict[str, str]] = {}
        for group in self.state.values():
            for alert_id, alert in group["alerts"].items():
                if alert.get("status") == "firing":
                    seen.setdefault(alert_id, alert_labels(alert))
        return list(seen.items())

    def due(self, now: float, muted: Callable[[dict[str, Any]], bool]) -> list[Evaluation]:
        """Evaluate the groups whose time has come, without changing the state.

        The caller enqueues each notification durably, then calls `commit`: a crash in between
        re-creates the same notification (same id, the sequence was not advanced), which the
        outbox and the `delivered` record dedupe. Nothing is lost, nothing is sent twice.
        """
        return [
            self._evaluate(key, now, muted)
            for key in sorted(k for k, g in list(self.state.items()) if g["next_flush"] <= now)
        ]

    def commit(self, evaluation: Evaluation) -> None:
        if evaluation.updated is None:
            self.state.pop(evaluation.key, None)
        else:
            self.state[evaluation.key] = evaluation.updated

    def _evaluate(
        self, key: str, now: float, muted: Callable[[dict[str, Any]], bool]
    ) -> Evaluation:
        group = self.state[key]
        alerts: dict[str, dict] = group["alerts"]
        notified = set(group["notified_firing"])
        firing = [a for a in alerts.values() if a["status"] == "firing" and not muted(a)]
        resolved_ids = [i for i, a in alerts.items() if a["status"] == "resolved"]
        resolved = (
            [alerts[i] for i in resolved_ids if i in notified] if group["send_resolved"] else []
        )
        new_firing = {a["id"] for a in firing} - notified
        last = group["last_notified"]
        repeat = bool(firing) and last is not None and now - last >= group["repeat_interval"]
        send = bool(new_firing or resolved or repeat)
        remaining = {i: a for i, a in alerts.items() if a["status"] != "resolved"}
        updated = {
            **group,
            "alerts": remaining,
            "next_flush": now + group["group_interval"],
            "notified_firing": sorted(notified - set(resolved_ids)),
        }
        notification = None
        if send:
            seq = group["seq"] + 1
            # The group's creation time is in the id: a group deleted then re-created must not
            # reuse the ids of notifications already recorded as delivered.
            digest = hashlib.sha256(f"{key}|{group['created_at']}".encode()).hexdigest()[:16]
            notification = {
                "id": f"{digest}-{seq}",
                "type": "alerts",
                "receiver": group["receiver"],
                "group_key": key,
                "group_labels": group["labels"],
                "status": "firing" if firing else "resolved",
                "alerts": sorted(firing, key=_alert_order) + sorted(resolved, key=_alert_order),
                "created_at": now,
            }
            updated.update(
                seq=seq,
                last_notified=now,
                notified_firing=sorted(a["id"] for a in firing),
            )
        return Evaluation(key, notification, updated if remaining else None)
