"""Drop alerts already seen, by alert id and status.

The worker publishes at least once (a rebalance can replay hundreds of records), so the same
`firing` record can arrive twice; a `resolved` record with the same id is a different event.
The state is a mapping given by the caller - in production a changelog-backed Faust table - so
what was seen survives a restart; values are JSON-able dicts.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

DEFAULT_RETENTION = 7 * 86400.0


def dedup_key(alert: dict[str, Any]) -> str:
    return f"{alert['id']}|{alert['status']}"


class Deduplicator:
    def __init__(
        self, state: MutableMapping[str, dict], retention: float = DEFAULT_RETENTION
    ) -> None:
        self.state = state
        self.retention = retention

    def is_new(self, alert: dict[str, Any], now: float) -> bool:
        """Record the alert; True the first time this (id, status) is seen."""
        key = dedup_key(alert)
        if key in self.state:
            return False
        self.state[key] = {"seen_at": now}
        return True

    def prune(self, now: float) -> int:
        """Forget entries older than the retention (bounded state); returns how many."""
        old = [k for k, v in list(self.state.items()) if now - v["seen_at"] > self.retention]
        for key in old:
            del self.state[key]
        return len(old)
