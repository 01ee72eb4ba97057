"""Delivery through real HTTP: retries, Retry-After, downtime, restarts, signatures, limits."""

from __future__ import annotations

import asyncio
import itertools
import random
import time
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from tests.fake_slack import FakeSlack, free_port, resolved, sample_alert
from veille.alerting.config import AlertingConfig, parse_alerting
from veille.alerting.notifiers import parse_retry_after
from veille.alerting.pipeline import Dispatcher, DispatcherState
from veille.alerting.signing import sign, verify

T0 = 1_795_302_000.0  # 2026-11-21T23:00:00Z
SECRET_NEW = "whsec_new_0123456789abcdef"
SECRET_OLD = "whsec_old_0123456789abcdef"


def make_config(url: str, kind: str = "slack", **route: object) -> AlertingConfig:
    receiver: dict = {"name": "rx", "type": kind, "url": url, "timeout": "500ms"}
    if kind == "slack":
        receiver["max_per_second"] = 50
    else:
        receiver["secrets"] = [SECRET_NEW, SECRET_OLD]
    return parse_alerting(
        {
            "receivers": [receiver],
            "route": {"receiver": "rx", "group_wait": "30s", **route},
            "delivery": {"max_attempts": 3, "backoff_base": "10ms", "backoff_max": "20ms"},
        }
    )


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str, float]] = []

    def __call__(self, receiver: str, outcome: str, reason: str, seconds: float) -> None:
        self.calls.append((receiver, outcome, reason, seconds))

    def outcomes(self) -> list[tuple[str, str]]:
        return [(outcome, reason) for _, outcome, reason, _ in self.calls]


def test_500_then_429_then_200_delivers_once_after_retry_after() -> None:
    async def scenario() -> None:
        fake = await FakeSlack().start()
        fake.answer(("status", 500), ("retry_after", "2"))
        report = Recorder()
        dispatcher = Dispatcher(make_config(fake.url), report=report, rng=random.Random(3))
        try:
            assert await dispatcher.handle(sample_alert(), T0) == "grouped"
            assert (await dispatcher.flush(T0 + 29)).enqueued == 0  # group_wait
            result = await dispatcher.flush(T0 + 30)
            assert (result.enqueued, result.delivered, result.pending) == (1, 1, 0)
            await dispatcher.flush(T0 + 31)
            assert await dispatcher.handle(sample_alert(), T0 + 32) == "duplicate"
            await dispatcher.flush(T0 + 400)
        finally:
            await dispatcher.close()
            await fake.stop()
        assert [status for _, status, _ in fake.requests] == [500, 429, 200]
        assert len(fake.messages) == 1
        rate_limited_at = fake.requests[1][0]
        assert fake.messages[0].arrived - rate_limited_at >= 2.0
        assert report.outcomes() == [
            ("retry", "http_500"),
            ("retry", "http_429"),
            ("success", "ok"),
        ]
        keys = {headers["Idempotency-Key"] for _, _, headers in fake.requests}
        assert len(keys) == 1  # the same key on every attempt

    asyncio.run(scenario())


def test_invalid_alerts_are_dropped_but_new_fields_are_tolerated() -> None:
    async def scenario() -> list[str]:
        dispatcher = Dispatcher(make_config("https://h.example/x"))
        try:
            return [
                await dispatcher.handle({"id": "x"}, T0),
                await dispatcher.handle(sample_alert(status="maybe"), T0),
                await dispatcher.handle(sample_alert(new_field_from_v2=1), T0),
                await dispatcher.handle(sample_alert(status="resolved", term="never-fired"), T0),
            ]
        finally:
            await dispatcher.close()

    assert asyncio.run(scenario()) == ["invalid", "invalid", "grouped", "ignored"]


def test_retry_after_http_date() -> None:
    now = time.time()
    date = format_datetime(datetime.fromtimestamp(now + 120, UTC), usegmt=True)
    assert 118 <= (parse_retry_after(date, now) or 0) <= 121
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_timeout_is_retried_and_bad_payload_is_rejected_without_blocking() -> None:
    async def scenario() -> None:
        fake = await FakeSlack().start()
        fake.answer(("hang", 1.0), ("pass",), ("status", 400))
        report = Recorder()
        config = make_config(fake.url, group_by=["term"])
        dispatcher = Dispatcher(config, report=report)
        try:
            await dispatcher.handle(sample_alert(term="a"), T0)
            await dispatcher.handle(sample_alert(term="b"), T0 + 1)
            await dispatcher.handle(sample_alert(term="c"), T0 + 2)
            result = await dispatcher.flush(T0 + 40)
        finally:
            await dispatcher.close()
            await fake.stop()
        assert (result.delivered, result.rejected, result.pending) == (2, 1, 0)
        assert report.outcomes() == [
            ("retry", "timeout"),
            ("success", "ok"),
            ("rejected", "http_400"),
            ("success", "ok"),
        ]
        assert [m.json["text"].split(":")[0] for m in fake.messages] == [
            "Volume spike on a",
            "Volume spike on c",
        ]
        rejected = [e for e in dispatcher.state.outbox.values() if e["status"] == "rejected"]
        assert len(rejected) == 1 and rejected[0]["last_reason"] == "http_400"  # kept, visible

    asyncio.run(scenario())


def test_fake_slack_stops_promptly_while_a_request_hangs() -> None:
    """A scripted hang outliving its test once held the suite for a minute (aiohttp waits for
    in-flight handlers); stopping must cut it short."""

    async def scenario() -> float:
        import aiohttp

        fake = await FakeSlack().start()
        fake.answer(("hang", 60.0))
        async with aiohttp.ClientSession() as session:
            request = asyncio.ensure_future(session.post(fake.url, json={"text": "x"}))
            await asyncio.sleep(0.3)
            started = time.monotonic()
            await fake.stop()
            elapsed = time.monotonic() - started
            response = await request
            assert response.status == 504
        return elapsed

    assert asyncio.run(scenario()) < 5.0


def test_receiver_down_then_up_delivers_everything_in_order_once() -> None:
    async def scenario() -> None:
        port = free_port()
        fake = FakeSlack(port=port)
        report = Recorder()
        config = make_config(
            fake.url, group_by=["term"], group_wait="0s", group_interval="1s", send_resolved=True
        )
        dispatcher = Dispatcher(config, report=report)
        a1 = sample_alert(term="a", episode_start="2026-11-21T23:00:00Z")
        a2 = sample_alert(term="a", episode_start="2026-11-21T23:30:00Z")
        b1 = sample_alert(term="b", episode_start="2026-11-21T23:10:00Z")
        timeline = [a1, b1, resolved(a1), a2, resolved(b1), resolved(a2)]
        try:
            for step, alert in enumerate(timeline):
                now = T0 + 10 * step
                await dispatcher.handle(alert, now)
                result = await dispatcher.flush(now)
                assert result.delivered == 0  # the receiver is down
            assert sum(dispatcher.pending().values()) == 6
            await fake.start()  # back up, same URL
            result = await dispatcher.flush(T0 + 100)
            assert (result.delivered, result.pending) == (6, 0)
            await dispatcher.flush(T0 + 200)
        finally:
            await dispatcher.close()
            await fake.stop()
        assert ("retry", "connection") in report.outcomes()
        sent = [
            (alert["term"], alert["status"], alert["episode_start"][11:16])
            for message in fake.messages
            for alert in [_alert_of(message.json["text"])]
        ]
        assert sent == [
            ("a", "firing", "23:00"),
            ("b", "firing", "23:10"),
            ("a", "resolved", "23:00"),
            ("a", "firing", "23:30"),
            ("b", "resolved", "23:10"),
            ("a", "resolved", "23:30"),
        ]
        keys = [m.headers["Idempotency-Key"] for m in fake.messages]
        assert len(keys) == len(set(keys)) == 6

    asyncio.run(scenario())


def _alert_of(text: str) -> dict:
    """Parse back our own headlines: enough to check order in the test above."""
    status = "resolved" if text.startswith("Resolved") else "firing"
    term = text.split(" on ")[1].split(":")[0].split(" ")[0]
    since = text.rsplit(" ", 2)[-2]
    return {"term": term, "status": status, "episode_start": f"2026-11-21T{since}:00Z"}


class Crash(Exception):
    pass


class CrashOnWrite(dict):
    """A `delivered` table whose write fails: the process dies between send and record."""

    def __setitem__(self, key: str, value: dict) -> None:
        raise Crash(key)


def test_restart_between_send_and_record_resends_with_same_key_and_never_twice() -> None:
    async def scenario() -> None:
        fake = await FakeSlack().start()
        config = make_config(fake.webhook_url, kind="webhook")
        state = DispatcherState(delivered=CrashOnWrite())
        first = Dispatcher(config, state)
        try:
            await first.handle(sample_alert(), T0)
            with pytest.raises(Crash):
                await first.flush(T0 + 30)
        finally:
            await first.close()
        assert len(fake.messages) == 1  # sent, but not recorded
        # Restart: the tables are restored from their changelogs (same content).
        state = DispatcherState(
            seen=state.seen, groups=state.groups, outbox=state.outbox, triage=state.triage
        )
        second = Dispatcher(config, state)
        try:
            assert await second.handle(sample_alert(), T0 + 60) == "duplicate"  # replayed
            result = await second.flush(T0 + 61)
            assert result.delivered == 1
        finally:
            await second.close()
        third = Dispatcher(config, state)
        try:
            await third.flush(T0 + 62)
            await third.flush(T0 + 400)  # group_interval: nothing new, nothing sent
        finally:
            await third.close()
        await fake.stop()
        keys = [m.headers["Idempotency-Key"] for m in fake.messages]
        assert len(keys) == 2 and keys[0] == keys[1]
        assert list(state.delivered) == [keys[0]] and not state.outbox
        assert fake.messages[0].json["id"] == keys[0]

    asyncio.run(scenario())


def test_rate_limit_per_slack_webhook() -> None:
    async def scenario() -> list[float]:
        fake = await FakeSlack().start()
        config = parse_alerting(
            {
                "receivers": [
                    {"name": "rx", "type": "slack", "url": fake.url, "max_per_second": 5}
                ],
                "route": {"receiver": "rx", "group_by": ["term"], "group_wait": "0s"},
            }
        )
        dispatcher = Dispatcher(config)
        try:
            for term in "abcd":
                await dispatcher.handle(sample_alert(term=term), T0)
            await dispatcher.flush(T0)
        finally:
            await dispatcher.close()
            await fake.stop()
        return [m.arrived for m in fake.messages]

    arrivals = asyncio.run(scenario())
    assert len(arrivals) == 4
    gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
    assert min(gaps) >= 0.18, gaps


# -- signatures ---------------------------------------------------------------------------------


def test_signature_procedure() -> None:
    body = b'{"id":"n-1","alerts":[]}'
    now = 1_800_000_000
    header = sign(body, [SECRET_NEW, SECRET_OLD], now)
    assert header.count("v1=") == 2
    assert verify(body, str(now), header, [SECRET_NEW], now=now + 10)
    assert verify(body, str(now), header, [SECRET_OLD], now=now + 10)  # rotated receiver
    assert not verify(body + b" ", str(now), header, [SECRET_NEW], now=now)  # tampered
    assert not verify(body, str(now), header, [SECRET_NEW], now=now + 301)  # too old
    assert not verify(body, str(now), header, [SECRET_NEW], now=now - 301)  # from the future
    assert not verify(body, str(now + 1), header, [SECRET_NEW], now=now)  # timestamp swapped
    assert not verify(body, str(now), header, ["whsec_other_0123456789"], now=now)
    assert not verify(body, "yesterday", header, [SECRET_NEW], now=now)
    assert not verify(body, str(now), "", [SECRET_NEW], now=now)
    assert not verify(body, str(now), "v0=" + header[3:], [SECRET_NEW], now=now)


def test_real_webhook_request_verifies_with_documented_procedure() -> None:
    async def scenario() -> FakeSlack:
        fake = await FakeSlack().start()
        dispatcher = Dispatcher(make_config(fake.webhook_url, kind="webhook", group_wait="0s"))
        try:
            await dispatcher.handle(sample_alert(), T0)
            await dispatcher.flush(T0)
        finally:
            await dispatcher.close()
            await fake.stop()
        return fake

    fake = asyncio.run(scenario())
    message = fake.messages[0]
    timestamp = message.headers["X-Veille-Timestamp"]
    signature = message.headers["X-Veille-Signature"]
    for secrets in ([SECRET_NEW], [SECRET_OLD]):
        assert verify(message.body, timestamp, signature, secrets)
    assert not verify(message.body.replace(b"13.0", b"14.0"), timestamp, signature, [SECRET_NEW])
    document = message.json
    assert document["version"] == 1 and document["status"] == "firing"
    assert document["alerts"][0]["id"] == sample_alert()["id"]
    assert document["id"] == message.headers["Idempotency-Key"]
    assert document["created_at"].endswith("Z")


def test_outbox_order_survives_ownership_moving_away_and_back() -> None:
    """Two workers share the outbox table in turn; numbers must keep increasing, or a worker
    taking the outbox back would interleave its notifications with older ones."""

    async def scenario() -> list[tuple[str, int]]:
        state = DispatcherState()
        config = make_config(f"http://127.0.0.1:{free_port()}/down", group_by=["term"])
        first, second = Dispatcher(config, state), Dispatcher(config, state)
        try:
            await first.handle(sample_alert(term="a"), T0)
            await first.flush(T0 + 40)
            first.forget_sequence()  # partitions revoked: the second worker owns the outbox
            await second.handle(sample_alert(term="b"), T0 + 41)
            await second.handle(sample_alert(term="c"), T0 + 42)
            await second.flush(T0 + 80)
            second.forget_sequence()  # and back to the first
            await first.handle(sample_alert(term="d"), T0 + 81)
            await first.flush(T0 + 120)
        finally:
            await first.close()
            await second.close()
        entries = sorted(state.outbox.values(), key=lambda e: e["enqueued_at"])
        return [(e["notification"]["alerts"][0]["term"], e["seq"]) for e in entries]

    order = asyncio.run(scenario())
    assert [term for term, _ in order] == ["a", "b", "c", "d"]
    seqs = [seq for _, seq in order]
    assert seqs == sorted(seqs) and len(set(seqs)) == 4
