"""Adverse-reaction triage queue and the HTTP API (silences and triage) on a real server."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from aiohttp import web

from tests.fake_slack import FakeSlack, free_port, sample_alert
from veille.alerting.config import parse_alerting
from veille.alerting.http_api import routes
from veille.alerting.pipeline import Dispatcher
from veille.alerting.triage import TriageQueue

T0 = 1_795_302_000.0  # 2026-11-21T23:00:00Z
HOUR = 3600.0


def ade_post(post_id: str, **overrides: Any) -> dict[str, Any]:
    post = {
        "id": post_id,
        "text": "Depuis que je donne du Paracetix Junior à mon fils il a des plaques rouges",
        "created_at": "2026-11-21T23:00:00Z",
        "platform": "x",
        "url": f"https://x.example/u/status/{post_id}",
        "repost_of": None,
        "language": "fr",
        "ade": {
            "candidate": True,
            "score": 0.81,
            "product": "paracetix-junior",
            "reaction": "skin rash",
            "evidence": [{"start": 17, "end": 34, "kind": "product"}],
            "reporter_identifiable": True,
            "patient_mentioned": True,
        },
    }
    post.update(overrides)
    return post


def test_items_from_ade_posts_with_repost_dedupe_and_sla() -> None:
    state: dict = {}
    queue = TriageQueue(state)
    assert queue.add_post(ade_post("p1"), T0 + 60) == "p1"
    not_ade = ade_post("p2", ade={**ade_post("x")["ade"], "candidate": False})
    assert queue.add_post(not_ade, T0) is None
    assert queue.add_post(ade_post("r1", repost_of="p1"), T0 + 70) == "p1"
    assert queue.add_post(ade_post("r2", repost_of="p1"), T0 + 80) == "p1"
    assert queue.add_post(ade_post("r2", repost_of="p1"), T0 + 90) == "p1"  # redelivered
    assert queue.add_post(ade_post("p1"), T0 + 95) == "p1"  # redelivered original
    item = queue.get("p1")
    assert item is not None
    assert (item["duplicates"], item["duplicate_ids"]) == (2, ["r1", "r2"])
    assert item["deadline"] == T0 + 24 * HOUR and item["deadline_at"] == "2026-11-22T23:00:00Z"
    assert item["criteria"] == {
        "reporter_identifiable": True,
        "patient_mentioned": True,
        "product_present": True,
        "reaction_present": True,
    }
    assert item["valid_case"] and item["status"] == "open"
    assert (item["product"], item["reaction"], item["url"]) == (
        "paracetix-junior",
        "skin rash",
        "https://x.example/u/status/p1",
    )
    assert [i["id"] for i in TriageQueue(state).open_items()] == ["p1"]  # state survives


def test_repost_before_original_is_one_case() -> None:
    queue = TriageQueue({}, sla=12 * HOUR)
    queue.add_post(ade_post("r1", repost_of="p9", created_at="2026-11-21T22:00:00Z"), T0)
    original = ade_post("p9", created_at="2026-11-21T23:00:00Z", text="original text")
    queue.add_post(original, T0)
    [item] = queue.open_items()
    assert (item["id"], item["post_id"], item["text"], item["duplicates"]) == (
        "p9",
        "p9",
        "original text",
        1,
    )
    assert item["deadline"] == T0 - HOUR + 12 * HOUR  # the clock started with the first report


def test_escalation_once_near_deadline_and_not_after_ack() -> None:
    queue = TriageQueue({}, sla=24 * HOUR, escalate_before=2 * HOUR)
    queue.add_post(ade_post("p1"), T0)
    queue.add_post(ade_post("p2", created_at="2026-11-21T23:30:00Z"), T0)
    assert queue.due_for_escalation(T0 + 21 * HOUR) == []
    [due] = queue.due_for_escalation(T0 + 22 * HOUR)
    assert due["id"] == "p1" and due["escalated_at"] is not None
    assert queue.due_for_escalation(T0 + 22 * HOUR + 60) == []  # once
    queue.ack("p2", "carol", "not_a_case", T0 + 22 * HOUR)
    assert queue.due_for_escalation(T0 + 23 * HOUR) == []
    assert queue.prune(T0 + 30 * 24 * HOUR, retention=7 * 24 * HOUR) == 1  # p2 (acked) only
    assert [item["id"] for item in queue.open_items()] == ["p1"]


def test_dispatcher_announces_and_escalates_triage_items_to_its_receiver() -> None:
    async def scenario() -> FakeSlack:
        fake = await FakeSlack().start()
        config = parse_alerting(
            {
                "receivers": [
                    {"name": "pv", "type": "slack", "url": fake.url, "max_per_second": 50}
                ],
                "route": {"receiver": "pv"},
                "triage": {"receiver": "pv", "sla": "24h", "escalate_before": "2h"},
            }
        )
        dispatcher = Dispatcher(config)
        try:
            await dispatcher.handle_post(ade_post("p1"), T0)
            await dispatcher.handle_post(ade_post("p2", reaction=None), T0)
            await dispatcher.flush(T0 + 1)
            await dispatcher.flush(T0 + 2)
            await dispatcher.flush(T0 + 22 * HOUR)
            await dispatcher.flush(T0 + 22 * HOUR + 1)
        finally:
            await dispatcher.close()
            await fake.stop()
        return fake

    fake = asyncio.run(scenario())
    texts = [m.json["text"] for m in fake.messages]
    assert texts == [
        "2 new adverse-reaction candidates to triage",
        "Triage deadline near: adverse-reaction candidate not acknowledged",
        "Triage deadline near: adverse-reaction candidate not acknowledged",
    ]
    assert "plaques rouges" in fake.messages[0].body.decode()


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


def test_http_api_triage_and_silences() -> None:
    async def scenario() -> None:
        config = parse_alerting(
            {
                "receivers": [{"name": "s", "type": "slack", "url": "https://h.example/x"}],
                "route": {"receiver": "s"},
            }
        )
        dispatcher = Dispatcher(config)
        clock = [T0]
        app = web.Application()
        app.add_routes(routes(dispatcher, dispatcher.triage, clock=lambda: clock[0]))
        runner, base = await serve(app)
        await dispatcher.handle_post(ade_post("p1"), T0)
        try:
            async with aiohttp.ClientSession(base_url=base) as http:
                async with http.get("/api/triage") as response:
                    assert response.status == 200
                    assert [i["id"] for i in (await response.json())["items"]] == ["p1"]
                bad = [
                    ({"who": "dana"}, 400, "disposition: one of forwarded_to_pv"),
                    ({"disposition": "not_a_case"}, 400, "who:"),
                    ({"who": "", "disposition": "not_a_case"}, 400, "who:"),
                    ({"who": "dana", "disposition": "maybe"}, 400, "disposition"),
                    ([1, 2], 400, "JSON object"),
                ]
                for body, status, message in bad:
                    async with http.post("/api/triage/p1/ack", json=body) as response:
                        assert response.status == status
                        assert message in (await response.json())["error"]
                async with http.post("/api/triage/p1/ack", data=b"{nope") as response:
                    assert response.status == 400
                ack = {"who": "dana", "disposition": "forwarded_to_pv"}
                async with http.post("/api/triage/nope/ack", json=ack) as response:
                    assert response.status == 404
                async with http.post("/api/triage/p1/ack", json=ack) as response:
                    assert response.status == 200
                    item = await response.json()
                    assert item["status"] == "acknowledged"
                    assert item["ack"]["who"] == "dana"
                    assert item["ack"]["disposition"] == "forwarded_to_pv"
                async with http.post("/api/triage/p1/ack", json=ack) as response:
                    assert response.status == 409
                async with http.get("/api/triage") as response:
                    assert (await response.json())["items"] == []

                silence = {
                    "matchers": ["term=paracetix-junior"],
                    "duration": "2h",
                    "created_by": "erin",
                    "comment": "known recall, press release out",
                }
                async with http.post("/api/silences", json=silence) as response:
                    assert response.status == 201
                    silence_id = (await response.json())["id"]
                async with http.post(
                    "/api/silences", json={**silence, "matchers": ["colour=red"]}
                ) as response:
                    assert response.status == 400
                    assert "unknown label" in (await response.json())["error"]
                async with http.post(
                    "/api/silences",
                    json={**silence, "duration": None, "ends_at": "2026-11-22T01:00:00Z"},
                ) as response:
                    assert response.status == 201
                async with http.get("/api/silences") as response:
                    listed = (await response.json())["silences"]
                    assert [s["ends_at"] for s in listed] == ["2026-11-22T01:00:00Z"] * 2
                    assert listed[0]["status"] == "active"
                labels_alert = sample_alert()
                assert dispatcher.silences.silenced_by({"term": labels_alert["term"]}, clock[0] + 1)
                async with http.delete(f"/api/silences/{silence_id}") as response:
                    assert response.status == 200
                async with http.delete("/api/silences/unknown") as response:
                    assert response.status == 404
                async with http.get("/api/silences") as response:
                    assert len((await response.json())["silences"]) == 1
                async with http.get("/api/silences?expired=1") as response:
                    assert len((await response.json())["silences"]) == 2
        finally:
            await runner.cleanup()
            await dispatcher.close()

    asyncio.run(scenario())


def test_silenced_alert_is_not_notified_until_the_silence_expires() -> None:
    async def scenario() -> FakeSlack:
        fake = await FakeSlack().start()
        config = parse_alerting(
            {
                "receivers": [
                    {"name": "s", "type": "slack", "url": fake.url, "max_per_second": 50}
                ],
                "route": {"receiver": "s", "group_wait": "0s", "group_interval": "1m"},
            }
        )
        dispatcher = Dispatcher(config)
        try:
            dispatcher.silences.create(
                ["term=paracetix-junior"], T0, duration=120, created_by="erin"
            )
            await dispatcher.handle(sample_alert(), T0)
            await dispatcher.handle(sample_alert(term="paracetix-1000"), T0)
            await dispatcher.flush(T0)
            await dispatcher.flush(T0 + 60)
            await dispatcher.flush(T0 + 120)  # expired: the junior alert is now new
        finally:
            await dispatcher.close()
            await fake.stop()
        return fake

    fake = asyncio.run(scenario())
    assert [m.json["text"] for m in fake.messages] == [
        "Volume spike on paracetix-1000: 13 mentions, x54 expected since 23:45 UTC",
        "[FIRING:2] paracetix · volume_spike",
    ]


def test_http_api_write_refused_on_a_worker_that_does_not_own_the_state() -> None:
    async def scenario() -> list[int]:
        config = parse_alerting(
            {
                "receivers": [{"name": "s", "type": "slack", "url": "https://h.example/x"}],
                "route": {"receiver": "s"},
            }
        )
        dispatcher = Dispatcher(config)
        app = web.Application()
        app.add_routes(routes(dispatcher, is_owner=lambda: False))
        runner, base = await serve(app)
        try:
            async with aiohttp.ClientSession(base_url=base) as http:
                statuses = []
                for method, path in (
                    ("POST", "/api/silences"),
                    ("DELETE", "/api/silences/x"),
                    ("POST", "/api/triage/x/ack"),
                    ("GET", "/api/triage"),
                ):
                    async with http.request(method, path, json={}) as response:
                        statuses.append(response.status)
                return statuses
        finally:
            await runner.cleanup()
            await dispatcher.close()

    assert asyncio.run(scenario()) == [503, 503, 503, 200]
