"""A real Prometheus scrapes a real worker during a replay of the demo scenario.

Checks, through Prometheus' HTTP API, that the key series have the values the replay implies,
that the shipped alert rules load and evaluate without error, and that every Grafana panel's
PromQL returns data. A panel whose only metrics without series are pending ones (not exported
yet, or never set in a demo run) is xfail, with the metric names in the reason.

One worker, one Prometheus and one replay for the whole module (~20 s).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

from veille.demo import LocalReceivers, demo_config
from veille.runner import WorkerProcess
from veille.streams.sources.malformed import malformed_messages
from veille.streams.sources.replay import replay
from veille.streams.sources.simulator import generate_scenario

from .conftest import Pipeline, isolated_pipeline
from .prometheus_server import (
    DASHBOARD,
    PENDING_METRICS,
    PanelQuery,
    PrometheusServer,
    dashboard_queries,
    exported_metric_names,
    metric_names,
    prometheus_binaries,
    rule_expressions,
    scrape_config_for,
)

pytestmark = pytest.mark.slow

INVALID_MESSAGES = 28
CRISIS_TERM = "paracetix-junior"
DASHBOARD_VARIABLES = {"$term": ".*"}  # the "All" value of the dashboard's term variable


@dataclass
class Run:
    prometheus: PrometheusServer
    worker: WorkerProcess
    posts: int
    sent: int
    deadletter_reasons: Counter[str]
    expected_mentions: int


def _isolated_pipeline(broker_url: str) -> Pipeline:
    """Like conftest's `pipeline` fixture (own topics and group), but for a whole module."""
    return isolated_pipeline(broker_url, f"prom{os.getpid()}")


@pytest.fixture(scope="module")
def run(broker_url: str) -> Iterator[Run]:
    binaries = prometheus_binaries()
    pipeline = _isolated_pipeline(broker_url)
    receivers = LocalReceivers().__enter__()  # the demo's Slack look-alike and webhook
    try:
        config = Path(tempfile.mkdtemp(prefix="veille-prom-")) / "veille.yaml"
        config.write_text(demo_config(receivers))
        worker = pipeline.start_worker(config, VEILLE_INSTANCE_ID="prometheus-test-0")
        config = scrape_config_for([f"127.0.0.1:{worker.web_port}"])
        with PrometheusServer(config, binaries.prometheus) as prometheus:
            assert prometheus.wait_for('up{job="veille"}', lambda v: v == 1, 20) == 1, (
                prometheus.log_tail()
            )
            scenario = generate_scenario(seed=42)
            invalid = malformed_messages(
                INVALID_MESSAGES, max_text_chars=pipeline.settings.max_text_chars
            )
            lines = [orjson.dumps(post) for post in scenario.posts] + [raw for raw, _ in invalid]
            stats = replay(
                lines, pipeline.settings.bootstrap_servers, pipeline.settings.topic_posts
            )
            assert stats.failed == 0, stats.errors

            # Every post out (read like any subscriber), then every mention counted.
            reader = pipeline.reader()
            assert reader.wait_until(
                lambda out: len(out.enriched) + len(out.deadletters) >= stats.sent, 60
            ), worker.log_tail()
            expected_mentions = sum(
                len(record["terms"]) + len(record["groups"]) for record in reader.outputs.enriched
            )
            prometheus.wait_for(
                "sum(veille_mentions_counted_total)"
                " + (sum(veille_mentions_skipped_total) or vector(0))",
                lambda v: v >= expected_mentions,
                30,
            )
            prometheus.wait_for("sum(veille_posts_enriched_total)", lambda v: v >= len(lines), 0)
            prometheus.wait_for("sum(veille_alerts_total)", lambda v: v > 0, 15)
            prometheus.wait_for(
                'sum(veille_notifications_total{outcome="success"})', lambda v: v > 0, 30
            )
            prometheus.wait_for("sum(veille_consumer_lag)", lambda v: v >= 0, 15)
            time.sleep(3)  # a few more scrapes: every rate() window has its last samples
            yield Run(
                prometheus,
                worker,
                posts=len(scenario.posts),
                sent=stats.sent,
                deadletter_reasons=Counter(reason for _, reason in invalid),
                expected_mentions=expected_mentions,
            )
            exit_code = prometheus.stop()
            assert prometheus.process is not None and prometheus.process.poll() is not None
            assert exit_code == 0, f"prometheus did not stop cleanly:\n{prometheus.log_tail()}"
    finally:
        for reader in pipeline.readers:
            reader.close()
        for worker in pipeline.workers:
            worker.stop()
        receivers.__exit__(None, None, None)


def test_target_is_up_and_health_endpoints_answer(run: Run) -> None:
    assert run.prometheus.value('up{job="veille"}') == 1
    assert json.loads(run.worker.get("/healthz")) == {"status": "ok"}
    assert json.loads(run.worker.get("/readyz"))["ready"] is True


def test_posts_counters_match_the_replay(run: Run) -> None:
    prometheus = run.prometheus
    assert prometheus.value("sum(veille_posts_consumed_total)") == run.sent
    assert prometheus.value("sum(veille_posts_enriched_total)") == run.posts
    deadlettered = {
        sample["metric"]["reason"]: int(float(sample["value"][1]))
        for sample in prometheus.query("sum by (reason) (veille_posts_deadlettered_total)")
    }
    assert deadlettered == dict(run.deadletter_reasons)
    assert sum(deadlettered.values()) == INVALID_MESSAGES
    assert prometheus.value("sum(veille_posts_by_sentiment_total)") == run.posts
    assert prometheus.value("sum(veille_posts_by_language_total)") == run.posts


def test_mentions_and_detection_series(run: Run) -> None:
    prometheus = run.prometheus
    crisis = prometheus.value(f'sum(veille_mentions_total{{term="{CRISIS_TERM}"}})')
    assert crisis is not None and crisis > 0
    counted = prometheus.value(
        "sum(veille_mentions_counted_total) + (sum(veille_mentions_skipped_total) or vector(0))"
    )
    assert counted == run.expected_mentions
    assert prometheus.query(f'veille_bucket_expected_mentions{{term="{CRISIS_TERM}"}}')
    assert prometheus.query(f'veille_anomaly_score{{term="{CRISIS_TERM}"}}')
    firing = prometheus.value('sum(veille_alerts_total{status="firing"})')
    assert firing is not None and firing > 0
    # the dashboard's term variable lists the watch terms
    terms = prometheus.api("label/term/values", **{"match[]": "veille_mentions_total"})
    assert CRISIS_TERM in terms


def test_alert_rules_load_and_evaluate(run: Run) -> None:
    groups = run.prometheus.api("rules")["groups"]
    rules = {rule["name"]: rule for group in groups for rule in group["rules"]}
    assert set(rules) == set(rule_expressions())
    broken = {name: rule.get("lastError") for name, rule in rules.items() if rule["health"] != "ok"}
    assert not broken, broken
    # a healthy worker that has just processed the demo scenario raises no operational alert
    active = run.prometheus.query('ALERTS{alertname=~"VeilleDown|VeilleDeadLetterRateHigh"}')
    assert active == []


@pytest.mark.parametrize("query", dashboard_queries(), ids=lambda query: query.id)
def test_dashboard_panel_returns_data(run: Run, query: PanelQuery) -> None:
    """Every panel query returns series; xfail only when its metrics without series are pending."""
    expr = query.runnable(DASHBOARD_VARIABLES)
    if run.prometheus.query(expr):
        return
    absent = sorted(
        name
        for name in metric_names(query.expr)
        if not run.prometheus.query(f'count({{__name__="{name}"}})')
    )
    if absent and all(name in PENDING_METRICS for name in absent):
        exported = exported_metric_names()
        why = {True: "exported, never set in the demo run", False: "not exported yet"}
        reasons = "; ".join(f"{name} ({why[name in exported]})" for name in absent)
        pytest.xfail(f"no series for pending metric(s): {reasons}")
    pytest.fail(f"panel {query.id!r}: no series for {expr} (metrics without series: {absent})")


def test_dashboard_annotation_queries_parse(run: Run) -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    for annotation in dashboard["annotations"]["list"]:
        if annotation.get("expr"):
            expr = annotation["expr"].replace("$__rate_interval", "1m")
            run.prometheus.query(expr)  # raises on a query Prometheus refuses
