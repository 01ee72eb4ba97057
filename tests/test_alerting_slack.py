"""Slack Block Kit messages: the headline and evidence, escaping, and truncation within limits.

Messages are posted for real to the fake Slack server, which refuses what Slack would refuse.
"""

from __future__ import annotations

import asyncio
import json
import random

import aiohttp

from tests.fake_slack import FakeSlack, resolved, sample_alert, ulen, validate_slack_payload
from veille.alerting.notifiers import RetryPolicy, SlackNotifier
from veille.alerting.slack import BLOCKS_BUDGET, build_message, escape, headline, link, truncate

T0 = 1_795_302_000.0  # 2026-11-21T23:00:00Z


def notification(alerts: list[dict], **extra: object) -> dict:
    return {
        "id": "n-1",
        "type": "alerts",
        "receiver": "slack",
        "group_key": "0|slack|group=paracetix,kind=volume_spike",
        "group_labels": {"group": "paracetix", "kind": "volume_spike"},
        "status": "firing",
        "alerts": alerts,
        "created_at": T0,
        **extra,
    }


async def post(message_source: dict) -> tuple[FakeSlack, list]:
    """Send one notification through the real SlackNotifier to the fake server."""
    fake = await FakeSlack().start()
    reports: list = []
    try:
        async with aiohttp.ClientSession() as session:
            notifier = SlackNotifier(
                "slack",
                fake.url,
                2.0,
                lambda: session,
                None,
                RetryPolicy(max_attempts=1),
                lambda *args: reports.append(args),
                random.Random(1),
            )
            delivery = await notifier.deliver(message_source)
        assert delivery.outcome == "delivered", (delivery, fake.requests)
    finally:
        await fake.stop()
    return fake, reports


def test_realistic_spike_makes_one_message_with_headline_and_evidence() -> None:
    fake, reports = asyncio.run(post(notification([sample_alert()])))
    assert len(fake.messages) == 1
    payload = fake.messages[0].json
    expected = "Volume spike on paracetix-junior: 13 mentions, x54 expected since 23:45 UTC"
    assert headline(sample_alert()) == expected
    assert payload["text"] == expected
    assert payload["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": expected, "emoji": True},
    }
    everything = json.dumps(payload["blocks"], ensure_ascii=False)
    for evidence in (
        "13 mentions in 60 s",
        "0.243",
        "9 neg · 3 neu · 1 pos",
        "92 %",
        "60 %",
        "120,345 followers",
        "fr 10, en 3",
        "FR 9, BE 2, unknown 2",
        "<https://x.example/u/status/sim-1|Mon fils a vomi après le Paracetix Junior &lt;3 &amp;",
        "https://x.example/u/status/sim-3",
    ):
        assert evidence in everything, evidence
    assert "sim-4" not in everything and "fourth post" not in everything  # top 3 only
    assert reports == [("slack", "success", "ok", reports[0][3])]


def test_group_of_terms_makes_one_message() -> None:
    alerts = [sample_alert(term=t) for t in ("paracetix", "paracetix-junior", "paracetix-1000")]
    fake, _ = asyncio.run(post(notification(alerts)))
    payload = fake.messages[0].json
    assert payload["text"] == "[FIRING:3] paracetix · volume_spike"
    assert sum(1 for b in payload["blocks"] if b["type"] == "divider") == 2


def test_resolved_headline() -> None:
    message = build_message(notification([resolved(sample_alert())], status="resolved"))
    assert message["text"] == "Resolved: volume spike on paracetix-junior (began 23:45 UTC)"


def huge_alert(index: int) -> dict:
    emoji_text = ("Très mauvais 😡👨‍👩‍👧‍👦 effet <script> & co " * 200)[:5000] + "\ud83d"
    return sample_alert(
        term=f"term-{index}-" + "x" * 200,
        evidence={
            "bucket_seconds": 60,
            "mentions": 100000,
            "ratio_to_expected": 1234.5,
            "sentiment": {"negative": 90000, "neutral": 5000, "positive": 5000},
            "duplicate_share": 0.5,
            "repost_share": 0.25,
            "reach": 10**9,
            "languages": {f"l{i:02d}": 1000 - i for i in range(40)},
            "countries": {f"C{i:02d}": 10 for i in range(60)},
            "top_posts": [
                {"followers": 10**6, "id": f"p{j}", "text": emoji_text,
                 "url": f"https://x.example/status/{j}?a=1&b=<2>|x " + "y" * 100}
                for j in range(3)
            ],
        },
    )  # fmt: skip


def test_huge_alert_is_truncated_within_limits_and_accepted() -> None:
    single = notification([huge_alert(0)])
    fake, _ = asyncio.run(post(single))
    blocks = fake.messages[0].json["blocks"]
    assert ulen(json.dumps(blocks, ensure_ascii=False)) <= BLOCKS_BUDGET
    text = json.dumps(blocks, ensure_ascii=False)
    assert "&lt;script&gt; &amp; co" in text and "<script>" not in text
    assert "?a=1&amp;b=%3C2%3E%7Cx%20" in text  # URL made safe, link kept whole
    assert "(+34 more)" in text  # 40 languages: the top 6 are listed
    assert "\ud83d" not in fake.messages[0].body.decode()


def test_many_huge_alerts_stay_within_limits_and_say_what_is_hidden() -> None:
    many = notification([huge_alert(i) for i in range(60)])
    message = build_message(many)
    assert validate_slack_payload(message) is None
    assert len(message["blocks"]) <= 50
    assert ulen(json.dumps(message["blocks"], ensure_ascii=False)) <= BLOCKS_BUDGET
    assert "more alerts not shown here" in message["blocks"][-1]["text"]["text"]
    assert message["text"].endswith("more)")
    assert len(message["blocks"][0]["text"]["text"]) <= 150
    fake, _ = asyncio.run(post(many))
    assert len(fake.messages) == 1


def test_truncate_never_breaks_entities_surrogates_or_emoji_sequences() -> None:
    assert truncate("a & b", 100) == "a &amp; b"
    cut = truncate("ab&&&&&&&&", 6)
    assert cut == "ab…" or cut.endswith("&amp;…"), cut
    family = "👨‍👩‍👧‍👦"
    for limit in range(1, 30):
        text = truncate("ok " + family * 3, limit)
        assert ulen(text) <= limit
        assert not text.rstrip("…").endswith("\u200d")
        text.encode("utf-8")  # no lone surrogate
    assert truncate("é" * 10, 5) == "éééé…"
    assert truncate("e\u0301" * 10, 4) == "e\u0301…"  # never a letter without its accent
    assert escape("<@U123> & <!channel>") == "&lt;@U123&gt; &amp; &lt;!channel&gt;"
    assert link("javascript:alert(1)", "x") is None
    assert link("https://a.example/x|y>z", "label") == "<https://a.example/x%7Cy%3Ez|label>"
