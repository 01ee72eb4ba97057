"""Adverse-reaction triage queue: posts flagged `ade.candidate` become items a PV team acks.

Why a queue and not just an alert: a possible adverse drug reaction has a regulatory clock
(the SLA, 24 h by default from the post's time) and each item needs a human disposition. GVP
module VI treats reposts of one experience as one case, so a repost (`repost_of` set) is
attached to its original's item as a duplicate; the item key is the original post id, whichever
arrives first. The four validity criteria of a case report are shown per item: identifiable
reporter, identifiable patient, suspect product, suspect reaction.

State: a mapping of JSON-able dicts keyed by item id (a Faust table in production); every change
is assigned back (`state[id] = new`) so a changelog persists it.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import UTC, datetime
from typing import Any

from veille.streams.records import format_timestamp

ACKED_RETENTION = 90 * 86400.0
DISPOSITIONS = ("forwarded_to_pv", "not_a_case", "duplicate", "needs_follow_up")
MAX_DUPLICATE_IDS = 100


class TriageError(Exception):
    pass


class TriageNotFound(TriageError, KeyError):
    pass


class TriageAlreadyAcknowledged(TriageError):
    pass


def iso(epoch: float) -> str:
    return format_timestamp(datetime.fromtimestamp(epoch, UTC))


def parse_time(value: Any, default: float) -> float:
    """Epoch seconds from an RFC 3339 string; `default` when absent or unreadable."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return default
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.timestamp()
    return default


class TriageQueue:
    def __init__(
        self,
        state: MutableMapping[str, dict],
        sla: float = 24 * 3600.0,
        escalate_before: float = 2 * 3600.0,
    ) -> None:
        self.state = state
        self.sla = sla
        self.escalate_before = escalate_before

    def add_post(self, post: dict[str, Any], now: float) -> str | None:
        """Create or update the item for an enriched post; returns the item id (or None).

        Only posts whose `ade.candidate` is true are kept. A repost increments its original's
        duplicate count; the original arriving after a repost takes over the item's text and
        keeps the count.
        """
        ade = post.get("ade") or {}
        if not ade.get("candidate") or not post.get("id"):
            return None
        original = post.get("repost_of")
        item_id = str(original or post["id"])
        item = self.state.get(item_id)
        if item is None:
            item = self._new_item(item_id, post, ade, now)
            if original:  # the original has not been seen: the repost stands in for it
                item = {**item, "duplicates": 1, "duplicate_ids": [post["id"]]}
            self.state[item_id] = item
            return item_id
        if original:
            if post["id"] in item["duplicate_ids"] or post["id"] == item["post_id"]:
                return item_id
            item = {
                **item,
                "duplicates": item["duplicates"] + 1,
                "duplicate_ids": (item["duplicate_ids"] + [post["id"]])[-MAX_DUPLICATE_IDS:],
            }
        elif item["post_id"] != post["id"]:
            # The original arrives after a repost: it becomes the item's representative post,
            # but the deadline stays the earliest one (the clock started with the first report).
            fresh = self._new_item(item_id, post, ade, now)
            keep = ("duplicates", "duplicate_ids", "status", "ack", "escalated_at", "notified")
            item = {**fresh, **{k: item[k] for k in keep}}
            item["deadline"] = min(fresh["deadline"], self.state[item_id]["deadline"])
            item["deadline_at"] = iso(item["deadline"])
        else:
            return item_id
        self.state[item_id] = item
        return item_id

    def _new_item(self, item_id: str, post: dict, ade: dict, now: float) -> dict[str, Any]:
        posted = parse_time(post.get("created_at"), now)
        criteria = {
            "reporter_identifiable": bool(ade.get("reporter_identifiable")),
            "patient_mentioned": bool(ade.get("patient_mentioned")),
            "product_present": bool(ade.get("product")),
            "reaction_present": bool(ade.get("reaction")),
        }
        return {
            "id": item_id,
            "post_id": post["id"],
            "text": post.get("text") or "",
            "url": post.get("url"),
            "platform": post.get("platform"),
            "language": post.get("language"),
            "product": ade.get("product"),
            "reaction": ade.get("reaction"),
            "score": ade.get("score"),
            "criteria": criteria,
            "valid_case": all(criteria.values()),
            "created_at": iso(posted),
            "received_at": iso(now),
            "deadline": posted + self.sla,
            "deadline_at": iso(posted + self.sla),
            "status": "open",
            "duplicates": 0,
            "duplicate_ids": [],
            "ack": None,
            "escalated_at": None,
            "notified": False,
        }

    def get(self, item_id: str) -> dict[str, Any] | None:
        return self.state.get(item_id)

    def open_items(self) -> list[dict[str, Any]]:
        """Open items, the most urgent deadline first."""
        items = [item for item in self.state.values() if item["status"] == "open"]
        return sorted(items, key=lambda item: (item["deadline"], item["id"]))

    def ack(self, item_id: str, who: str, disposition: str, now: float) -> dict[str, Any]:
        """Acknowledge an item with a disposition; ValueError / TriageNotFound / AlreadyAck."""
        if not isinstance(who, str) or not who.strip() or len(who) > 200:
            raise ValueError("who: the person acknowledging (a non-empty string up to 200)")
        if disposition not in DISPOSITIONS:
            raise ValueError(f"disposition: one of {', '.join(DISPOSITIONS)}; got {disposition!r}")
        item = self.state.get(item_id)
        if item is None:
            raise TriageNotFound(item_id)
        if item["status"] != "open":
            raise TriageAlreadyAcknowledged(item_id)
        item = {
            **item,
            "status": "acknowledged",
            "ack": {"who": who.strip(), "disposition": disposition, "at": iso(now)},
        }
        self.state[item_id] = item
        return item

    def escalation_candidates(self, now: float) -> list[dict[str, Any]]:
        """Open items within `escalate_before` of their deadline, not yet escalated (pure)."""
        return [
            item
            for item in self.open_items()
            if item["escalated_at"] is None and now >= item["deadline"] - self.escalate_before
        ]

    def mark_escalated(self, item_id: str, now: float) -> None:
        item = self.state.get(item_id)
        if item is not None and item["escalated_at"] is None:
            self.state[item_id] = {**item, "escalated_at": iso(now)}

    def due_for_escalation(self, now: float) -> list[dict[str, Any]]:
        """Open items near their deadline, each returned only once (marked as escalated).

        The Dispatcher uses `escalation_candidates` + `mark_escalated` around its durable
        enqueue instead, so a crash in between cannot lose an escalation.
        """
        due = self.escalation_candidates(now)
        for item in due:
            self.mark_escalated(item["id"], now)
        return [self.state[item["id"]] for item in due]

    def unnotified(self, limit: int = 10) -> list[dict[str, Any]]:
        """New open items not yet announced to the triage receiver."""
        return [item for item in self.open_items() if not item["notified"]][:limit]

    def mark_notified(self, item_ids: list[str]) -> None:
        for item_id in item_ids:
            item = self.state.get(item_id)
            if item is not None:
                self.state[item_id] = {**item, "notified": True}

    def prune(self, now: float, retention: float = ACKED_RETENTION) -> int:
        """Forget acknowledged items whose deadline is older than `retention` (bounded state).

        The disposition itself belongs in the PV system of record, not in this queue.
        """
        old = [
            key
            for key, item in list(self.state.items())
            if item["status"] != "open" and now - item["deadline"] > retention
        ]
        for key in old:
            del self.state[key]
        return len(old)
