"""`veille demo`: the whole pipeline on one machine, ending with what Veille saw.

Everything is real: a Kafka-protocol broker process, `veille worker` as a child process, the
replay producer and an ordinary consumer reading the output topics.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from rich.console import Console, Group
from rich.live import Live
from rich.table import Table

from veille.alerting.local_receiver import FakeSlack, Received
from veille.alerting.signing import verify
from veille.runner import WorkerProcess
from veille.settings import ConfigError, load_settings
from veille.streams.broker import BrokerKind, LocalBroker
from veille.streams.outputs import OutputReader, Outputs
from veille.streams.sources.malformed import malformed_messages
from veille.streams.sources.replay import replay
from veille.streams.sources.simulator import generate_scenario, write_jsonl
from veille.streams.topics import ensure_topics

INVALID_MESSAGES = 28
CRISIS_REPLAY_SECONDS = 25.0


def run_demo(*, follow: bool, broker_kind: BrokerKind, seed: int, timeout: float) -> int:
    # Piped into a log or CI output, rich would assume 80 columns and cut every cell of the
    # alerts table to a few letters.
    console = Console() if sys.stdout.isatty() else Console(width=150)
    started = time.monotonic()
    external = os.environ.get("VEILLE_BROKER")
    with contextlib.ExitStack() as stack:
        if external:
            broker_url = external
            console.print(f"[bold]broker[/] {broker_url} (VEILLE_BROKER)")
        else:
            broker = stack.enter_context(LocalBroker(broker_kind))
            broker_url = broker.url
            console.print(f"[bold]broker[/] {broker_kind} started on {broker.bootstrap}")
        try:
            settings = load_settings(broker=broker_url)
        except ConfigError as exc:
            console.print(f"[red]{exc}[/]")
            return 2
        ensure_topics(settings)

        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="veille-demo-")))
        scenario = generate_scenario(seed=seed)
        scenario_path = workdir / "scenario.jsonl"
        write_jsonl(scenario.posts, scenario_path)
        invalid = malformed_messages(INVALID_MESSAGES, max_text_chars=settings.max_text_chars)
        lines = scenario_path.read_bytes().splitlines() + [raw for raw, _ in invalid]
        console.print(
            f"[bold]scenario[/] {len(scenario.posts)} posts + {len(invalid)} malformed "
            f"messages; crisis on {scenario.crisis_term} from "
            f"{scenario.crisis_start:%H:%M} UTC"
        )

        receivers = stack.enter_context(LocalReceivers())
        config = workdir / "veille.yaml"
        config.write_text(demo_config(receivers))
        console.print(
            f"[bold]receivers[/] local Slack look-alike and signed webhook on "
            f"127.0.0.1:{receivers.port}"
        )
        worker = WorkerProcess(
            broker_url,
            config=config,
            log_path=workdir / "worker.log",
            env={"VEILLE_INSTANCE_ID": "demo-worker-0"},
        )
        worker.start()
        stack.callback(worker.stop)
        try:
            worker.wait_ready(timeout=60)
        except (RuntimeError, TimeoutError) as exc:
            console.print(f"[red]worker did not start[/]: {exc}")
            return 1
        console.print(f"[bold]worker[/] ready; metrics at {worker.base_url}/metrics")

        # The quiet days go in at full speed; the crisis is paced so that its episodes last
        # seconds rather than milliseconds of processing time, as a crisis team would live it
        # (an alert that fires and resolves within `group_wait` is never notified).
        post_lines = lines[: len(scenario.posts)]  # same order as scenario.posts
        in_crisis = [
            datetime.fromisoformat(post["created_at"]) >= scenario.crisis_start
            for post in scenario.posts
        ]
        quiet = [line for line, late in zip(post_lines, in_crisis, strict=True) if not late]
        quiet += [raw for raw, _ in invalid]
        crisis = [line for line, late in zip(post_lines, in_crisis, strict=True) if late]
        console.print(
            f"[bold]replay[/] {len(quiet)} messages at full speed, then the crisis "
            f"({len(crisis)} posts) over {CRISIS_REPLAY_SECONDS:.0f} s"
        )
        stats = replay(quiet, settings.bootstrap_servers, settings.topic_posts)
        crisis_stats = replay(
            crisis,
            settings.bootstrap_servers,
            settings.topic_posts,
            rate=len(crisis) / CRISIS_REPLAY_SECONDS,
            progress=console.is_terminal,  # a bar on a terminal, not a flood in a log
            total=len(crisis),
        )
        stats.sent += crisis_stats.sent
        stats.failed += crisis_stats.failed
        console.print(f"[bold]replay[/] sent {stats.sent}, failed {stats.failed}")
        reader = OutputReader(
            settings.bootstrap_servers,
            settings.topic_enriched,
            settings.topic_deadletter,
            settings.topic_alerts,
        )
        stack.callback(reader.close)
        expected = stats.sent
        with Live(console=console, refresh_per_second=4, transient=True) as live:
            complete = reader.wait_until(
                lambda out: len(out.enriched) + len(out.deadletters) >= expected,
                timeout=max(5.0, timeout - (time.monotonic() - started)),
                on_progress=lambda out: live.update(_progress(out, expected)),
            )
        _wait_for_counting(worker, reader, timeout=20)
        console.print(summary_table(reader.outputs, sent=stats.sent + stats.failed))
        console.print(alerts_table(reader.outputs.alerts, scenario.crisis_start))
        receivers.wait_quiet(quiet=3.0, timeout=25.0)
        console.print(notifications_table(receivers))
        console.print(
            f"worker still running: {worker.running()}; elapsed {time.monotonic() - started:.1f} s"
        )
        if not complete:
            console.print("[red]not every post came out before the timeout[/]")
            return 1
        if follow:
            console.print(f"following: {worker.base_url}/metrics  (Ctrl-C to stop)")
            with contextlib.suppress(KeyboardInterrupt):
                while worker.running():
                    time.sleep(1)
    return 0


DEMO_SECRET = "whsec_demo_0123456789abcdef"


def demo_config(receivers: LocalReceivers) -> str:
    """The bundled watchlists plus an `alerting:` section pointing at the local receivers.

    Timings are shortened (group_wait 2 s) so the demo shows its notifications before it ends.
    """
    watchlists = files("veille").joinpath("data/demo.yaml").read_text(encoding="utf-8")
    return (
        watchlists
        + f"""
alerting:
  receivers:
    - name: crisis-slack
      type: slack
      url: {receivers.slack_url}
      send_resolved: true
    - name: pharmacovigilance
      type: webhook
      url: {receivers.webhook_url}
      secrets: ["{DEMO_SECRET}"]
  route:
    receiver: crisis-slack
    group_by: [group, kind]
    group_wait: 2s
    group_interval: 10s
    repeat_interval: 4h
    routes:
      - matchers: ["severity=critical"]
        receiver: pharmacovigilance
        continue: true
      - matchers: ["severity=~.+"]
        receiver: crisis-slack
  inhibit_rules:
    - source_matchers: ["kind=negative_surge", "status=firing"]
      target_matchers: ["kind=volume_spike"]
      equal: [series]
  triage:
    receiver: pharmacovigilance
    sla: 24h
    escalate_before: 2h
"""
    )


class LocalReceivers:
    """The Slack look-alike and a webhook recorder, served from a thread of the demo process."""

    def __init__(self) -> None:
        self.server = FakeSlack()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> LocalReceivers:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self._loop).result(10)
        return self

    def __exit__(self, *exc_info: object) -> None:
        asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def slack_url(self) -> str:
        return self.server.url

    @property
    def webhook_url(self) -> str:
        return self.server.webhook_url

    def wait_quiet(self, quiet: float, timeout: float) -> None:
        """Return once nothing arrived for `quiet` seconds (after at least one message)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            messages = self.server.messages
            if messages and time.monotonic() - messages[-1].arrived > quiet:
                return
            time.sleep(0.2)


def notifications_table(receivers: LocalReceivers) -> Table:
    table = Table(title="notifications received by the local Slack look-alike and webhook")
    for column in ("receiver", "what", "signature", "idempotency key"):
        table.add_column(column, overflow="fold")
    triage: Counter[str] = Counter()
    triage_items: Counter[str] = Counter()
    triage_signed = True
    for message in receivers.server.messages:
        body = message.json
        if message.path.startswith("/services/"):
            headers = [b["text"]["text"] for b in body.get("blocks", []) if b["type"] == "header"]
            table.add_row("slack", (headers or [body.get("text", "")])[0][:150], "-", "-")
        elif body.get("type", "").startswith("triage"):
            # One row per kind: replayed posts are past their SLA, so each one escalates.
            triage[body["type"]] += 1
            triage_items[body["type"]] += len(body.get("items", []))
            triage_signed &= _signed(message)
        else:
            key = {k.lower(): v for k, v in message.headers.items()}.get("idempotency-key", "")
            table.add_row(
                "webhook",
                _webhook_summary(body),
                "valid" if _signed(message) else "INVALID",
                key[:40],
            )
    for kind, count in sorted(triage.items()):
        table.add_row(
            "webhook",
            f"{kind}: {count} notification(s), {triage_items[kind]} item(s)",
            "valid" if triage_signed else "INVALID",
            "",
        )
    return table


def _signed(message: Received) -> bool:
    headers = {k.lower(): v for k, v in message.headers.items()}
    return verify(
        message.body,
        headers.get("x-veille-timestamp"),
        headers.get("x-veille-signature"),
        [DEMO_SECRET],
    )


def _webhook_summary(body: dict) -> str:
    if body.get("type") == "alerts":
        first = body["alerts"][0]
        return (
            f"{body['status']} {first['kind']} {first['series']} ({len(body['alerts'])} alert(s))"
        )
    items = body.get("items") or []
    products = sorted({f"{i.get('product')} / {i.get('reaction')}" for i in items})
    return f"{body.get('type')}: {len(items)} item(s): " + "; ".join(products)[:90]


def _wait_for_counting(worker: WorkerProcess, reader: OutputReader, timeout: float) -> None:
    """Let the counting agent fold every mention (it runs after enrichment) before reporting."""
    expected = sum(len(r["terms"]) + len(r["groups"]) for r in reader.outputs.enriched)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        samples = parse_metrics(worker.get("/metrics").decode())
        done = samples.get("veille_mentions_counted_total", 0) + sum(
            value
            for name, value in samples.items()
            if name.startswith("veille_mentions_skipped_total")
        )
        if done >= expected:
            break
        time.sleep(0.3)
    reader.poll(0.5)


def parse_metrics(text: str) -> dict[str, float]:
    samples = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            samples[name] = float(value)
    return samples


def alerts_table(alerts: list[dict], crisis_start: datetime) -> Table:
    table = Table(title="alerts (crisis started " + f"{crisis_start:%Y-%m-%d %H:%M} UTC)")
    for column in (
        "status",
        "kind",
        "series",
        "severity",
        "bucket",
        "after crisis start",
        "observed",
        "expected",
        "score",
        "dup share",
    ):
        table.add_column(column)
    for alert in sorted(alerts, key=lambda a: (a["bucket_start"], a["kind"])):
        bucket = datetime.fromisoformat(alert["bucket_start"])
        delay = (bucket - crisis_start).total_seconds() / 60
        table.add_row(
            alert["status"],
            alert["kind"],
            alert["series"],
            alert["severity"],
            f"{bucket:%m-%d %H:%M}",
            f"{delay:+.0f} min",
            f"{alert['observed']:g}",
            f"{alert['expected']:.3g}",
            f"{alert['score']:.2f}",
            f"{alert['evidence']['duplicate_share']:.0%}",
        )
    return table


def _progress(outputs: Outputs, expected: int) -> Table:
    table = Table.grid(padding=(0, 2))
    done = len(outputs.enriched) + len(outputs.deadletters)
    table.add_row(
        "processed",
        f"{done}/{expected}",
        "enriched",
        str(len(outputs.enriched)),
        "dead-lettered",
        str(len(outputs.deadletters)),
        "alerts",
        str(len(outputs.alerts)),
    )
    return table


def summary_table(outputs: Outputs, *, sent: int) -> Group:
    """The demo's final table: what a crisis team and an operator would check first."""
    ids = Counter(record["id"] for record in outputs.enriched)
    overview = Table(title="Veille demo: what came out", show_header=True)
    overview.add_column("measure")
    overview.add_column("count", justify="right")
    overview.add_row("posts in (replayed)", str(sent))
    overview.add_row("enriched", str(len(outputs.enriched)))
    overview.add_row("  of which duplicates (at-least-once)", str(sum(ids.values()) - len(ids)))
    overview.add_row("dead-lettered", str(len(outputs.deadletters)))
    for reason, count in sorted(Counter(d.reason for d in outputs.deadletters).items()):
        overview.add_row(f"  {reason}", str(count))
    overview.add_row(
        "adverse-reaction candidates",
        str(sum(1 for r in outputs.enriched if r["ade"]["candidate"] and not r["repost_of"])),
    )
    for status in ("firing", "resolved"):
        overview.add_row(
            f"alerts {status}", str(sum(1 for a in outputs.alerts if a["status"] == status))
        )

    breakdown = Table(title="enriched posts by language, sentiment and watch term")
    for column in ("language", "posts", "sentiment", "posts ", "watch term", "mentions"):
        breakdown.add_column(
            column, justify="right" if "posts" in column or column == "mentions" else "left"
        )
    languages = Counter(r["language"] for r in outputs.enriched).most_common(8)
    sentiments = Counter(r["sentiment"]["label"] for r in outputs.enriched).most_common()
    terms = Counter(t for r in outputs.enriched for t in r["terms"]).most_common()
    for i in range(max(len(languages), len(sentiments), len(terms))):
        row: list[str] = []
        for pairs in (languages, sentiments, terms):
            row.extend((pairs[i][0], str(pairs[i][1])) if i < len(pairs) else ("", ""))
        breakdown.add_row(*row)
    return Group(overview, breakdown)
