"""End to end on a real broker with `veille worker` as a child process: no Kafka mocks."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import jsonschema
import orjson
import pytest

from veille.runner import WorkerProcess
from veille.streams.outputs import Outputs
from veille.streams.records import SCHEMA_DIR
from veille.streams.sources.malformed import malformed_messages
from veille.streams.sources.replay import replay
from veille.streams.sources.simulator import generate_scenario

from .conftest import Pipeline

pytestmark = pytest.mark.slow

KNOWN_POSTS = [
    {
        "id": "fr-1",
        "text": "J'ai donné du Paracétix Junior à ma fille, super efficace contre la fièvre, merci",
        "created_at": "2026-11-20T08:15:03Z",
        "platform": "facebook",
        "author_id": "u-1",
        "author_followers": 120,
        "country": "FR",
        "url": "https://facebook.example/p/fr-1",
        "lang_hint": "fr",
    },
    {
        "id": "en-1",
        "text": "Worst shortage ever, no #Ibuvia in any pharmacy in town. Terrible.",
        "created_at": 1763626503,
        "platform": "x",
        "author_id": "u-2",
        "author_followers": 5400,
        "country": "GB",
        "repost_of": None,
        "reply_to": "en-0",
        "lang_hint": "fr",
    },
    {
        "id": "fr-2",
        "text": "Les Laboratoires Orvane publient leurs résultats trimestriels ce matin. $ORV",
        "created_at": "2026-11-20T09:00:00+01:00",
        "platform": "news",
        "country": "BE",
    },
    {
        "id": "en-2",
        "text": "RT @anna: my son took his usual dose and nothing happened, it's fine",
        "created_at": 1763629200000,
        "platform": "x",
        "repost_of": "en-9",
        "country": "US",
    },
]


def _enriched_by_id(pipeline: Pipeline, expected: int, timeout: float = 60) -> dict[str, dict]:
    reader = pipeline.reader()
    assert reader.wait_until(lambda out: len({r["id"] for r in out.enriched}) >= expected, timeout)
    return {record["id"]: record for record in reader.outputs.enriched}


def test_known_posts_come_out_enriched_with_every_field(pipeline: Pipeline) -> None:
    worker = pipeline.start_worker()
    lines = [orjson.dumps(post) for post in KNOWN_POSTS]
    stats = replay(lines, pipeline.settings.bootstrap_servers, pipeline.settings.topic_posts)
    assert (stats.sent, stats.failed) == (4, 0)
    records = _enriched_by_id(pipeline, 4)

    fr1 = records["fr-1"]
    assert fr1["language"] == "fr" and fr1["language_confidence"] > 0.8
    assert fr1["sentiment"]["label"] == "positive"
    assert fr1["terms"] == ["paracetix", "paracetix-junior"]
    assert fr1["groups"] == ["paracetix"]
    assert fr1["created_at"] == "2026-11-20T08:15:03Z"
    assert (fr1["platform"], fr1["author_id"], fr1["author_followers"], fr1["country"]) == (
        "facebook",
        "u-1",
        120,
        "FR",
    )
    assert fr1["url"] == "https://facebook.example/p/fr-1"
    assert fr1["flags"] == []
    assert fr1["ade"]["candidate"] is False  # relief is not an adverse reaction
    assert fr1["source"]["topic"] == pipeline.settings.topic_posts

    en1 = records["en-1"]
    assert en1["language"] == "en"
    assert en1["sentiment"]["label"] == "negative"
    assert en1["terms"] == ["ibuvia"] and en1["groups"] == ["competitors"]
    assert en1["created_at"] == "2025-11-20T08:15:03Z"  # epoch seconds
    assert en1["flags"] == ["reply", "lang_hint_mismatch"]

    fr2 = records["fr-2"]
    assert fr2["language"] == "fr"
    assert fr2["terms"] == ["orvane"]  # "Laboratoires Orvane" and the $ORV cashtag: one term
    assert fr2["created_at"] == "2026-11-20T08:00:00Z"  # offset normalised to UTC
    assert fr2["platform"] == "news" and fr2["author_id"] is None

    en2 = records["en-2"]
    assert en2["language"] == "en"
    assert en2["terms"] == [] and en2["matches"] == []
    assert en2["flags"] == ["repost"]
    assert en2["created_at"] == "2025-11-20T09:00:00Z"  # epoch milliseconds

    schema = json.loads((SCHEMA_DIR / "enriched_post.schema.json").read_text())
    for record in records.values():
        jsonschema.validate(record, schema)
    assert worker.running()


def test_invalid_messages_are_dead_lettered_with_their_reason(pipeline: Pipeline) -> None:
    worker = pipeline.start_worker()
    rng = random.Random(3)
    valid = [
        orjson.dumps(
            {
                "id": f"v-{i}",
                "text": f"Post numéro {i} sur le Paracetix, rien à dire",
                "created_at": "2026-11-20T10:00:00Z",
            }
        )
        for i in range(1000)
    ]
    invalid = malformed_messages(200, max_text_chars=pipeline.settings.max_text_chars)
    messages = [(raw, None) for raw in valid] + [(raw, reason) for raw, reason in invalid]
    rng.shuffle(messages)
    stats = replay(
        [raw for raw, _ in messages],
        pipeline.settings.bootstrap_servers,
        pipeline.settings.topic_posts,
    )
    assert (stats.sent, stats.failed) == (1200, 0)

    reader = pipeline.reader()
    assert reader.wait_until(
        lambda out: len(out.enriched) + len(out.deadletters) >= 1200, timeout=60
    )
    time.sleep(1.0)
    reader.poll()
    outputs = reader.outputs

    assert sorted(r["id"] for r in outputs.enriched) == sorted(f"v-{i}" for i in range(1000))
    expected = Counter((raw, reason.value) for raw, reason in invalid)
    actual = Counter((d.value, d.reason) for d in outputs.deadletters)
    assert actual == expected
    assert all(d.detail and d.source_offset >= 0 for d in outputs.deadletters)
    assert worker.running()

    metrics = worker.get("/metrics").decode()
    assert 'veille_posts_deadlettered_total{reason="not_json"}' in metrics
    assert "veille_posts_enriched_total 1000.0" in metrics


def _worker_state(worker: WorkerProcess, keep: Callable[[str], bool]) -> str:
    """The worker's metric lines that `keep` selects, then its log tail: for failure messages."""
    metrics = worker.get("/metrics").decode().splitlines()
    return " ".join(line for line in metrics if keep(line)) + "\n" + worker.log_tail(20)


def test_sigkill_mid_stream_loses_nothing(pipeline: Pipeline) -> None:
    total = 6000
    lines = [
        orjson.dumps(
            {
                "id": f"k-{i}",
                "text": f"Encore un message sur Ibuvia, le {i}e",
                "created_at": "2026-11-20T10:00:00Z",
            }
        )
        for i in range(total)
    ]
    # Static membership, as a StatefulSet gives: the restarted worker takes its partitions back
    # at once (and noida-db 0.2.3 never evicts a SIGKILLed dynamic member that led the group).
    identity = {"VEILLE_INSTANCE_ID": "worker-0"}
    worker = pipeline.start_worker(VEILLE_BATCH_SIZE="100", **identity)
    reader = pipeline.reader()
    with ThreadPoolExecutor(1) as pool:
        sending = pool.submit(
            replay,
            lines,
            pipeline.settings.bootstrap_servers,
            pipeline.settings.topic_posts,
            rate=1500,
        )
        # Kill as soon as some, but not all, output is visible.
        assert reader.wait_until(lambda out: len(out.enriched) >= 300, timeout=60)
        worker.kill()
        assert sending.result().sent == total
    reader.poll()
    seen_before_restart = len({r["id"] for r in reader.outputs.enriched})
    assert seen_before_restart < total, "the kill came too late to test anything"

    restarted = pipeline.start_worker(**identity)
    done = reader.wait_until(lambda out: len({r["id"] for r in out.enriched}) >= total, timeout=90)
    # Seen once in a full suite run: the restarted worker was ready with every partition and
    # produced nothing for 90 s. Say what it had consumed, so lost and stalled can be told apart.
    assert done, (
        f"{len({r['id'] for r in reader.outputs.enriched})}/{total} distinct ids "
        f"({seen_before_restart} before the restart); restarted worker: "
        + _worker_state(
            restarted,
            lambda line: line.startswith(("veille_posts_consumed_total", "veille_consumer_lag{")),
        )
    )
    ids = Counter(r["id"] for r in reader.outputs.enriched)
    assert set(ids) == {f"k-{i}" for i in range(total)}
    duplicates = sum(ids.values()) - total  # at-least-once: only the uncommitted tail repeats
    assert duplicates <= total - 300
    assert not reader.outputs.deadletters

    # The per-term counts survived the kill (changelog) and stayed exact despite re-delivery:
    # every post is in the 10:00 bucket, which no later post closes.
    bucket = str(int(datetime(2026, 11, 20, 10, tzinfo=UTC).timestamp()))
    deadline = time.monotonic() + 30
    counts: dict[str, int] = {}
    while time.monotonic() < deadline:
        series = json.loads(restarted.get("/series"))
        counts = {
            name: value["buckets"].get(bucket, {}).get("n", 0) for name, value in series.items()
        }
        if counts.get("term:ibuvia") == total and counts.get("group:competitors") == total:
            break
        time.sleep(0.5)
    # Seen once in a full suite run on a loaded machine: every id out, one series 29 short
    # after 30 s. Say what the counting stage did, so a lag can be told from a loss.
    assert counts == {"term:ibuvia": total, "group:competitors": total}, (
        f"{counts} after 30 s; restarted worker: "
        + _worker_state(
            restarted,
            lambda line: (
                line.startswith(("veille_mentions_counted_total", "veille_mentions_skipped_total"))
                or (line.startswith("veille_consumer_lag{") and "mentions" in line)
            ),
        )
    )


def test_restarted_worker_scores_open_buckets_of_series_that_stay_quiet(
    pipeline: Pipeline,
) -> None:
    """A quiet brand's open bucket must be closed by event time after a restart (a deploy),
    not only when that brand is mentioned again, maybe hours later."""
    from aiokafka.partitioner import DefaultPartitioner

    every = list(range(pipeline.settings.partitions))
    partition_of = DefaultPartitioner()
    # term:ibuvia and term:febrinol are counted in the same mentions partition.
    assert partition_of(b"term:ibuvia", every, every) == partition_of(
        b"term:febrinol", every, every
    )

    def posts(name: str, created_at: str, count: int) -> list[bytes]:
        lines = [
            orjson.dumps(
                {"id": f"{name}-{i}", "text": f"Avis sur {name} no {i}", "created_at": created_at}
            )
            for i in range(count)
        ]
        # Every source partition carries some, so the event-time watermark can move.
        assert {partition_of(f"{name}-{i}".encode(), every, every) for i in range(count)} == set(
            every
        )
        return lines

    identity = {"VEILLE_INSTANCE_ID": "adopt-0"}
    worker = pipeline.start_worker(**identity)
    replay(
        posts("Ibuvia", "2026-11-20T10:00:00Z", 30),
        pipeline.settings.bootstrap_servers,
        pipeline.settings.topic_posts,
    )
    bucket = str(int(datetime(2026, 11, 20, 10, tzinfo=UTC).timestamp()))

    def ibuvia() -> dict:
        return json.loads(worker.get("/series")).get("term:ibuvia") or {}

    deadline = time.monotonic() + 30
    while (
        ibuvia().get("buckets", {}).get(bucket, {}).get("n") != 30 and time.monotonic() < deadline
    ):
        time.sleep(0.5)
    assert ibuvia()["buckets"][bucket]["n"] == 30 and ibuvia()["closed"] <= int(bucket)
    worker.stop()

    worker = pipeline.start_worker(**identity)
    replay(
        posts("Febrinol", "2026-11-20T10:10:00Z", 30),
        pipeline.settings.bootstrap_servers,
        pipeline.settings.topic_posts,
    )
    deadline = time.monotonic() + 30
    while ibuvia().get("closed", 0) <= int(bucket) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert ibuvia().get("closed", 0) > int(bucket), json.loads(worker.get("/series"))


def test_scenario_crisis_raises_both_kinds_in_time_and_quiet_days_none(
    pipeline: Pipeline,
) -> None:
    # A fixed realization: the test must not depend on the day it runs (the detectors' false
    # alarm rate over many realizations is measured offline, see the README).
    scenario = generate_scenario(seed=42, end=datetime(2026, 11, 20, 21, 0, tzinfo=UTC))
    worker = pipeline.start_worker()
    stats = replay(
        [orjson.dumps(p) for p in scenario.posts],
        pipeline.settings.bootstrap_servers,
        pipeline.settings.topic_posts,
    )
    assert stats.failed == 0
    reader = pipeline.reader()
    assert reader.wait_until(lambda out: len(out.enriched) >= len(scenario.posts), timeout=90)

    crisis = f"term:{scenario.crisis_term}"

    def earliest(out: Outputs, kind: str) -> dict | None:
        # Alerts of one series sit on several partitions of the alerts topic (keyed by id):
        # the order they are read in is not the order of their buckets.
        crisis_alerts = [
            a
            for a in out.alerts
            if a["status"] == "firing" and (a["series"], a["kind"]) == (crisis, kind)
        ]
        return min(crisis_alerts, key=lambda a: a["bucket_start"], default=None)

    def both_in_time(out: Outputs) -> bool:
        deadline = scenario.crisis_start + timedelta(minutes=30)
        return all(
            (a := earliest(out, kind)) is not None
            and datetime.fromisoformat(a["bucket_start"]) <= deadline
            for kind in ("volume_spike", "negative_surge")
        )

    reader.wait_until(both_in_time, 30)
    schema = json.loads((SCHEMA_DIR / "alert.schema.json").read_text())
    for alert in reader.outputs.alerts:
        jsonschema.validate(alert, schema)
    firing = [a for a in reader.outputs.alerts if a["status"] == "firing"]
    quiet_day_alerts = [
        a for a in firing if datetime.fromisoformat(a["bucket_start"]) < scenario.crisis_start
    ]
    assert quiet_day_alerts == [], [
        (a["series"], a["kind"], a["bucket_start"], a["observed"], a["expected"], a["score"])
        for a in quiet_day_alerts
    ]
    for kind in ("volume_spike", "negative_surge"):
        alert = earliest(reader.outputs, kind)
        assert alert is not None, kind
        delay = datetime.fromisoformat(alert["bucket_start"]) - scenario.crisis_start
        late = [
            line
            for line in worker.get("/metrics").decode().splitlines()
            if line.startswith("veille_mentions_skipped_total")
        ]
        assert timedelta(0) <= delay <= timedelta(minutes=30), (kind, delay, late)
        evidence = alert["evidence"]
        assert evidence["mentions"] > 0 and evidence["top_posts"]
        if kind == "negative_surge":
            window = evidence["surge_window"]
            assert window["negative"] / window["total"] == pytest.approx(alert["observed"], 1e-3)
            assert window["negative"] >= 5
        assert alert["term"] == scenario.crisis_term and alert["group"] == "paracetix"
    assert worker.running()


def test_demo_command_ends_by_itself_with_its_table() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "veille", "demo"],
        env={**env, "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert time.monotonic() - started < 120
    out = result.stdout
    assert "Veille demo: what came out" in out
    for reason in ("not_json", "not_utf8", "bad_timestamp", "text_too_long", "missing_field"):
        assert reason in out
    assert "adverse-reaction candidates" in out
    assert "negative_surge" in out and "volume_spike" in out
    assert "term:paracetix-junior" in out
