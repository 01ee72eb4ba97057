"""The worker's live page: volume per watch term against its expected band, sentiment mix, open
alerts and the triage queue, refreshing by itself.

A crisis team without Grafana opens the worker's address and sees what Veille sees. The state is
small and bounded (the last `POINTS` scored buckets per term, the last `ALERTS` alerts), filled by
the detectors and the alert publisher in memory: a page, not a database.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from importlib.resources import files
from typing import Any

from aiohttp import web

POINTS = 180
ALERTS = 50


class LiveView:
    def __init__(self, triage: Callable[[], list[dict]] | None = None) -> None:
        self.triage = triage
        self._terms: dict[str, dict[str, Any]] = {}
        self._alerts: deque[dict] = deque(maxlen=ALERTS)

    def record_bucket(
        self, term: str, group: str, start: int, bucket: dict, expected: float, score: float
    ) -> None:
        entry = self._terms.setdefault(
            term, {"term": term, "group": group, "points": deque(maxlen=POINTS)}
        )
        entry["group"] = group
        entry["points"].append(
            {
                "t": start,
                "observed": bucket["n"],
                "expected": round(expected, 3),
                # A Poisson band: what a quiet minute may look like around the expectation.
                "high": round(expected + 2 * math.sqrt(max(expected, 0.0)), 3),
                "score": round(score, 3),
                "negative": bucket["neg"],
                "neutral": bucket["neu"],
                "positive": bucket["pos"],
            }
        )

    def record_alerts(self, alerts: list[dict]) -> None:
        for alert in alerts:
            self._alerts.appendleft(
                {
                    key: alert[key]
                    for key in (
                        "id",
                        "status",
                        "kind",
                        "series",
                        "term",
                        "group",
                        "severity",
                        "bucket_start",
                        "observed",
                        "expected",
                        "score",
                    )
                }
            )

    def snapshot(self) -> dict[str, Any]:
        terms = []
        for entry in sorted(self._terms.values(), key=lambda e: (e["group"], e["term"])):
            points = list(entry["points"])
            recent = points[-60:]
            terms.append(
                {
                    "term": entry["term"],
                    "group": entry["group"],
                    "points": points,
                    "sentiment": {
                        label: sum(p[label] for p in recent)
                        for label in ("negative", "neutral", "positive")
                    },
                }
            )
        firing: dict[str, dict] = {}
        for alert in reversed(self._alerts):  # oldest first: a later resolve wins
            if alert["status"] == "firing":
                firing[alert["id"]] = alert
            else:
                firing.pop(alert["id"], None)
        triage = self.triage() if self.triage else None
        return {
            "terms": terms,
            "open_alerts": sorted(firing.values(), key=lambda a: a["bucket_start"], reverse=True),
            "recent_alerts": list(self._alerts)[:20],
            "triage": None
            if triage is None
            else [
                {
                    key: item.get(key)
                    for key in (
                        "id",
                        "product",
                        "reaction",
                        "deadline_at",
                        "text",
                        "url",
                        "duplicates",
                    )
                }
                for item in triage[:50]
            ],
            "triage_open": None if triage is None else len(triage),
        }

    def routes(self) -> list[web.RouteDef]:
        page = files("veille").joinpath("data/live.html").read_text(encoding="utf-8")

        async def index(request: web.Request) -> web.Response:
            return web.Response(text=page, content_type="text/html")

        async def api(request: web.Request) -> web.Response:
            return web.json_response(self.snapshot())

        return [web.get("/", index), web.get("/api/live", api)]
