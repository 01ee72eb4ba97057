"""Silences: mute alerts matching a set of matchers until an expiry, as in Alertmanager.

Silences are created by people (HTTP API) and must survive restarts, so the state is a mapping
given by the caller (a Faust table in production) of JSON-able dicts keyed by silence id.
Expired silences are kept for `retention` so `GET /api/silences?expired=1` can show what was
muted, then garbage-collected.
"""

from __future__ import annotations

import uuid
from collections.abc import MutableMapping
from typing import Any

from veille.alerting.matchers import matches_all, parse_matchers

DEFAULT_RETENTION = 5 * 86400.0


class SilenceNotFound(KeyError):
    pass


class Silences:
    def __init__(
        self, state: MutableMapping[str, dict], retention: float = DEFAULT_RETENTION
    ) -> None:
        self.state = state
        self.retention = retention

    def create(
        self,
        matchers: list[str],
        now: float,
        *,
        ends_at: float | None = None,
        duration: float | None = None,
        starts_at: float | None = None,
        created_by: str,
        comment: str = "",
    ) -> str:
        """Create a silence; ValueError with a readable message on bad input."""
        if not isinstance(matchers, list) or not matchers:
            raise ValueError("matchers: a non-empty list like ['term=paracetix-junior']")
        parsed = parse_matchers(matchers)
        if all(m.matches({}) for m in parsed):
            raise ValueError("matchers: at least one matcher must not match an empty label")
        if not isinstance(created_by, str) or not created_by.strip():
            raise ValueError("created_by: who creates the silence (non-empty)")
        start = now if starts_at is None else starts_at
        if (ends_at is None) == (duration is None):
            raise ValueError("give exactly one of ends_at or duration")
        end = ends_at if ends_at is not None else start + float(duration or 0)
        if end <= max(start, now):
            raise ValueError("the silence must end in the future, after it starts")
        silence_id = str(uuid.uuid4())
        self.state[silence_id] = {
            "id": silence_id,
            "matchers": [str(m) for m in parsed],
            "starts_at": start,
            "ends_at": end,
            "created_by": created_by.strip(),
            "comment": str(comment or ""),
            "created_at": now,
            "updated_at": now,
        }
        return silence_id

    @staticmethod
    def status(silence: dict[str, Any], now: float) -> str:
        if now >= silence["ends_at"]:
            return "expired"
        return "active" if now >= silence["starts_at"] else "pending"

    def list(self, now: float, include_expired: bool = False) -> list[dict[str, Any]]:
        found = [
            {**silence, "status": self.status(silence, now)}
            for silence in self.state.values()
            if include_expired or self.status(silence, now) != "expired"
        ]
        return sorted(found, key=lambda s: (s["ends_at"], s["id"]))

    def expire(self, silence_id: str, now: float) -> dict[str, Any]:
        """End a silence now (kept, as expired, for the record)."""
        silence = self.state.get(silence_id)
        if silence is None:
            raise SilenceNotFound(silence_id)
        if self.status(silence, now) != "expired":
            silence = {**silence, "ends_at": now, "updated_at": now}
            self.state[silence_id] = silence
        return silence

    def silenced_by(self, labels: dict[str, str], now: float) -> str | None:
        """The id of an active silence muting these labels, if any."""
        for silence in self.state.values():
            if self.status(silence, now) == "active" and matches_all(
                parse_matchers(silence["matchers"]), labels
            ):
                return silence["id"]
        return None

    def gc(self, now: float) -> int:
        old = [k for k, s in list(self.state.items()) if now - s["ends_at"] > self.retention]
        for key in old:
            del self.state[key]
        return len(old)
