"""HTTP API for silences and the adverse-reaction triage queue (aiohttp route definitions).

Mount on the worker's aiohttp app: `app.add_routes(routes(dispatcher, dispatcher.triage))`.

    GET    /api/silences                 active and pending silences (?expired=1 adds expired)
    POST   /api/silences                 {"matchers": [...], "ends_at": RFC 3339 | "duration":
                                          "2h", "created_by": "...", "comment": "..."} -> 201 {id}
    DELETE /api/silences/{id}            expire now -> 200, 404 unknown
    GET    /api/triage                   open items, most urgent first
    POST   /api/triage/{id}/ack          {"who": "...", "disposition": "forwarded_to_pv" |
                                          "not_a_case" | "duplicate" | "needs_follow_up"}
                                          -> 200 item, 400 bad input, 404 unknown, 409 acked

Errors are JSON `{"error": "<what is wrong and what is allowed>"}`. Authentication is the
mounting app's business (put it behind the same auth as the rest of the worker's API).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from veille.alerting.config import parse_duration
from veille.alerting.pipeline import Dispatcher
from veille.alerting.silences import SilenceNotFound
from veille.alerting.triage import (
    DISPOSITIONS,
    TriageAlreadyAcknowledged,
    TriageNotFound,
    TriageQueue,
    iso,
    parse_time,
)

MAX_BODY = 64 * 1024


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


async def _json_object(request: web.Request) -> dict[str, Any] | web.Response:
    if request.content_length is not None and request.content_length > MAX_BODY:
        return _error(413, f"body larger than {MAX_BODY} bytes")
    try:
        body = await request.json()
    except ValueError:
        return _error(400, "the body must be a JSON object")
    if not isinstance(body, dict):
        return _error(400, "the body must be a JSON object")
    return body


def _silence_view(silence: dict[str, Any]) -> dict[str, Any]:
    return {
        **silence,
        "starts_at": iso(silence["starts_at"]),
        "ends_at": iso(silence["ends_at"]),
        "created_at": iso(silence["created_at"]),
        "updated_at": iso(silence["updated_at"]),
    }


def routes(
    dispatcher: Dispatcher,
    triage: TriageQueue | None = None,
    clock: Callable[[], float] = time.time,
    is_owner: Callable[[], bool] | None = None,
) -> list[web.RouteDef]:
    """The route definitions; `clock` is injectable for tests.

    `is_owner`: with several workers, only the one owning the alerting tables may write them;
    elsewhere the write endpoints answer 503 so a load balancer retries another worker.
    """
    queue = triage if triage is not None else dispatcher.triage
    silences = dispatcher.silences

    def not_owner() -> web.Response | None:
        if is_owner is not None and not is_owner():
            return _error(503, "this worker does not own the alerting state; retry another")
        return None

    async def list_silences(request: web.Request) -> web.Response:
        expired = request.query.get("expired", "") in ("1", "true", "yes")
        found = silences.list(clock(), include_expired=expired)
        return web.json_response({"silences": [_silence_view(s) for s in found]})

    async def create_silence(request: web.Request) -> web.Response:
        if refused := not_owner():
            return refused
        body = await _json_object(request)
        if isinstance(body, web.Response):
            return body
        now = clock()
        unknown = set(body) - {
            "matchers",
            "ends_at",
            "duration",
            "starts_at",
            "created_by",
            "comment",
        }
        if unknown:
            return _error(400, f"unknown fields: {sorted(unknown)}")
        try:
            ends_at = body.get("ends_at")
            duration = body.get("duration")
            starts_at = body.get("starts_at")
            silence_id = silences.create(
                body.get("matchers"),  # type: ignore[arg-type]
                now,
                ends_at=None if ends_at is None else _time(ends_at, "ends_at"),
                duration=None if duration is None else parse_duration(duration),
                starts_at=None if starts_at is None else _time(starts_at, "starts_at"),
                created_by=body.get("created_by"),  # type: ignore[arg-type]
                comment=str(body.get("comment") or "")[:2000],
            )
        except ValueError as exc:
            return _error(400, str(exc))
        return web.json_response({"id": silence_id}, status=201)

    async def delete_silence(request: web.Request) -> web.Response:
        if refused := not_owner():
            return refused
        try:
            silence = silences.expire(request.match_info["silence_id"], clock())
        except SilenceNotFound:
            return _error(404, "no silence with this id")
        return web.json_response(_silence_view(silence))

    async def list_triage(request: web.Request) -> web.Response:
        return web.json_response({"items": queue.open_items()})

    async def ack_triage(request: web.Request) -> web.Response:
        if refused := not_owner():
            return refused
        body = await _json_object(request)
        if isinstance(body, web.Response):
            return body
        item_id = request.match_info["item_id"]
        who = body.get("who")
        disposition = body.get("disposition")
        if not isinstance(who, str) or not who.strip():
            return _error(400, "who: the person acknowledging, a non-empty string")
        if disposition not in DISPOSITIONS:
            return _error(400, f"disposition: one of {', '.join(DISPOSITIONS)}")
        try:
            item = queue.ack(item_id, who, disposition, clock())
        except TriageNotFound:
            return _error(404, "no triage item with this id")
        except TriageAlreadyAcknowledged:
            return _error(409, "this item is already acknowledged")
        except ValueError as exc:
            return _error(400, str(exc))
        return web.json_response(item)

    return [
        web.get("/api/silences", list_silences),
        web.post("/api/silences", create_silence),
        web.delete("/api/silences/{silence_id}", delete_silence),
        web.get("/api/triage", list_triage),
        web.post("/api/triage/{item_id}/ack", ack_triage),
    ]


def _time(value: Any, name: str) -> float:
    moment = parse_time(value, float("nan"))
    if moment != moment:  # NaN: unreadable
        raise ValueError(f"{name}: an RFC 3339 timestamp like 2026-11-22T08:00:00Z")
    return moment
