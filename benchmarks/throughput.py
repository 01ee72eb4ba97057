"""The same job on six stacks, and two frameworks idle, one after another, on the same posts.

    python benchmarks/throughput.py [--posts 200000] [--broker-kind noida|tansu] [--partitions 4]
        [--only a,b,c,d,e,f,g,h] [--latency-rate 5000] [--latency-seconds 20] [--json results.json]

The job: parse and validate a JSON post, fastText language and sentiment, watchlist matching
(the bundled `veille/data/demo.yaml`), the enriched JSON record out, a per-brand minute count.

  (a) `Enricher.enrich_batch` (batches of 500) + orjson encoding, in this process, no Kafka:
      the ceiling;
  (b) `veille worker` exactly as shipped (`veille.runner.WorkerProcess`, bundled config);
  (c) a naive per-event Faust agent (benchmarks/contenders/faust_naive.py);
  (d) a Quix Streams pipeline (benchmarks/contenders/quix_pipeline.py);
  (e) a plain confluent-kafka consume/enrich/produce loop (benchmarks/contenders/confluent_loop.py);
  (f) the shipped worker with its classifiers answering at once
      (benchmarks/contenders/veille_without_classifiers.py): what the rest of the worker costs;
  (g), (h) Faust and Quix Streams reading each post's id and writing a minimal record
      (benchmarks/contenders/floor.py): what each framework costs by itself.

How it is measured, and why:
- Each Kafka contender gets a fresh broker of the chosen kind and topics of its own, filled
  with the same N posts before it starts: a broker's cost grows with what it holds (noida
  rewrites its state file, Tansu keeps everything in memory), so no contender pays for
  another's data. Topics are created with the configured partitions and an explicit retention
  (Tansu only reports topic configs set at creation, and Quix reads the retention).
- posts/s: from the first enriched record the harness sees to the N-th distinct one, counting
  only the records after the first poll. Start-up (imports, models, group join) is shown
  apart, as "start s".
- CPU: user + system seconds of the contender's process tree and of the broker's, sampled at
  the same two instants as the rate, divided by the posts of that window. On a shared 2-core
  machine this is the fair figure: wall-clock rates move with whatever else runs.
- Peak RSS: VmHWM of the contender's processes, read just before it is stopped.
- Outputs: the harness reads the output topic from the beginning outside any consumer group
  (confluent-kafka), parses every record, checks it is an enriched record and counts distinct
  ids and records. Fewer than N distinct ids: FAILED. More records than ids: duplicates,
  reported (at-least-once allows them).
- Latency: once a contender has caught up, the harness produces fresh posts at --latency-rate
  for --latency-seconds (confluent-kafka producer, linger 1 ms). Latency = the moment the
  harness's consumer returns the enriched record minus the moment just before the harness
  produced the post: one process, one clock. It includes both Kafka hops and the harness's own
  polling (fetch wait at most 10 ms, consume loop of 2 ms).
  The phase starts once the contender is caught up: all N outputs seen and its process nearly
  idle (under 0.15 core), or after --settle-seconds.
The harness (producer, reader) shares the machine with the contender; its CPU is not counted.

What the two brokers do to the figures (measured here, 2026-11):
- noida answers an empty fetch at once, whatever fetch.wait.max.ms says: every caught-up
  consumer (the contenders' and the harness's reader) polls in a loop, about 0.5 core for the
  consumer and 0.4 for noida. Its broker CPU is inflated, no contender ever looks idle (the
  latency phase starts after --settle-seconds), and it also rewrites its state file as data
  grows. Use it to check the harness, not for CPU figures.
- Tansu does not wake a waiting fetch when data arrives: a fetch that found nothing returns
  after its max wait (Faust hard-codes 1,500 ms, librdkafka defaults to 500 ms). At thousands of
  posts/s there is always data and this does not show; at low rates it dominates latency.
  Tansu's ListOffsets(latest) is wrong, so nothing here relies on end offsets.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import orjson
import psutil
from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition
from contenders.common import DEMO_CONFIG, make_enricher
from enrichment import make_posts
from kafka import KafkaAdminClient
from kafka.admin import NewTopic

from veille.agents.enrich import SourceMessage
from veille.runner import WorkerProcess
from veille.settings import Settings, load_settings
from veille.streams.broker import LocalBroker, stop_process
from veille.streams.sources.replay import replay
from veille.streams.topics import ensure_topics, topic_partitions

CONTENDERS_DIR = Path(__file__).resolve().parent / "contenders"
LABELS = {
    "a": "(a) in-process enrich_batch (ceiling)",
    "b": "(b) veille worker as shipped",
    "c": "(c) Faust naive per-event agent",
    "d": "(d) Quix Streams 3 pipeline",
    "e": "(e) confluent-kafka loop",
    "f": "(f) veille worker, classifiers off",
    "g": "(g) Faust floor: read id, write",
    "h": "(h) Quix floor: read id, write",
}
SCRIPTS = {
    "c": "faust_naive.py",
    "d": "quix_pipeline.py",
    "e": "confluent_loop.py",
    "g": "floor.py",
    "h": "floor.py",
}
FLOOR_STACKS = {"g": "faust", "h": "quix"}
BATCH = 500  # the shipped worker's VEILLE_BATCH_SIZE, also used by (a) and (e)
RETENTION = {"retention.ms": str(7 * 86_400_000), "retention.bytes": "-1"}
LATENCY_PREFIX = "lat-"
STALL_SECONDS = 60.0  # no new output for this long after the first one: the run has lost records


@dataclass
class Result:
    """One contender's figures; None where a figure does not apply or was not reached."""

    key: str
    label: str
    expected: int
    posts_per_s: float | None = None
    startup_s: float | None = None
    window_posts: int = 0
    worker_cpu_s: float | None = None
    broker_cpu_s: float | None = None
    worker_cpu_total_s: float | None = None  # start-up included, up to the N-th output
    peak_rss_mb: float | None = None
    distinct: int = 0
    total: int = 0
    invalid: int = 0  # output records that are not enriched posts
    failure: str | None = None
    summary: str | None = None  # the contender's own last word (what it counted), if any
    settle_s: float | None = None  # after the backlog, until the worker was idle
    latency_sent: int = 0
    latency_received: int = 0
    latency_p50_ms: float | None = None
    latency_p99_ms: float | None = None
    latency_max_ms: float | None = None

    @property
    def failed(self) -> bool:
        return self.failure is not None or self.distinct < self.expected or self.invalid > 0

    @property
    def duplicates(self) -> int:
        return self.total - self.distinct

    def cpu_us_per_post(self, with_broker: bool) -> float | None:
        """CPU microseconds per post of the measured window, worker alone or with the broker."""
        if self.worker_cpu_s is None or not self.window_posts:
            return None
        cpu = self.worker_cpu_s
        if with_broker:
            if self.broker_cpu_s is None:
                return None
            cpu += self.broker_cpu_s
        return cpu / self.window_posts * 1e6

    def to_json(self) -> dict:
        return {
            **asdict(self),
            "failed": self.failed,
            "duplicates": self.duplicates,
            "cpu_us_per_post_worker": self.cpu_us_per_post(False),
            "cpu_us_per_post_worker_broker": self.cpu_us_per_post(True),
        }


# --- measuring processes -------------------------------------------------------------------


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process, its reaped children and its live descendants."""
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            times = process.cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
    return total


def tree_peak_rss_mb(pid: int) -> float | None:
    """Sum of VmHWM (the kernel's peak resident set) over the process tree, Linux only."""
    try:
        pids = [pid, *(child.pid for child in psutil.Process(pid).children(recursive=True))]
    except psutil.NoSuchProcess:
        return None
    total_kb = 0
    for each in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total_kb += int(line.split()[1])
    return total_kb / 1024 if total_kb else None


@dataclass
class Child:
    """A contender's process, however it was started."""

    process: subprocess.Popen
    log_path: Path
    cleanup: list[str] = field(default_factory=list)
    metrics_url: str | None = None  # the shipped worker's Prometheus endpoint
    metrics_text: str = ""

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, keep_files: bool = False) -> None:
        if self.alive():
            stop_process(self.process, grace=15.0)
        if not keep_files:
            self.cleanup_files()

    def cleanup_files(self) -> None:
        for path in self.cleanup:
            shutil.rmtree(path, ignore_errors=True)

    def summary(self) -> str | None:
        """The `summary:` line a contender prints on its way out (what its counts hold).

        The shipped worker prints none; its Prometheus counters say the same, read before it
        stops.
        """
        if self.metrics_url:
            return self._metrics_summary()
        with contextlib.suppress(OSError):
            for line in reversed(self.log_path.read_text(errors="replace").splitlines()):
                if "summary: " in line:  # Faust prefixes stdout lines with a log header
                    return line.split("summary: ", 1)[1].strip()
        return None

    def read_metrics(self) -> None:
        """Fetch the worker's counters now, while it still runs."""
        if self.metrics_url:
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(self.metrics_url, timeout=5) as r,
            ):
                self.metrics_text = r.read().decode()

    def _metrics_summary(self) -> str | None:
        wanted = {
            "veille_posts_consumed_total": "consumed",
            "veille_posts_enriched_total": "enriched",
            "veille_mentions_counted_total": "mentions counted (terms + groups)",
        }
        values: dict[str, float] = {}
        for line in self.metrics_text.splitlines():
            name, _, value = line.partition(" ")
            if name in wanted:
                values[wanted[name]] = float(value)
        return ", ".join(f"{v:.0f} {k}" for k, v in values.items()) or None

    def log_tail(self, lines: int = 25) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""


# --- topics, data, reader ---------------------------------------------------------------------


def contender_settings(key: str, broker_url: str, partitions: int) -> Settings:
    """Topics and a group of the contender's own, named after its letter."""
    prefix = f"bench-{key}"
    return load_settings(
        broker=broker_url,
        partitions=partitions,
        app_id=prefix,
        topic_posts=f"{prefix}.posts",
        topic_enriched=f"{prefix}.posts.enriched",
        topic_alerts=f"{prefix}.alerts",
        topic_deadletter=f"{prefix}.posts.deadletter",
        topic_mentions=f"{prefix}.mentions",
        topic_alerting=f"{prefix}.alerting",
    )


def veille_env(settings: Settings) -> dict[str, str]:
    """The same settings as `VEILLE_*` variables, for the shipped worker."""
    return {
        "VEILLE_APP_ID": settings.app_id,
        "VEILLE_PARTITIONS": str(settings.partitions),
        "VEILLE_TOPIC_POSTS": settings.topic_posts,
        "VEILLE_TOPIC_ENRICHED": settings.topic_enriched,
        "VEILLE_TOPIC_ALERTS": settings.topic_alerts,
        "VEILLE_TOPIC_DEADLETTER": settings.topic_deadletter,
        "VEILLE_TOPIC_MENTIONS": settings.topic_mentions,
        "VEILLE_TOPIC_ALERTING": settings.topic_alerting,
    }


def create_topics(settings: Settings) -> None:
    """Every topic with the configured partitions and an explicit retention, then verified.

    `ensure_topics` (what `veille worker` runs) would create them without configs; Tansu then
    reports no retention and Quix, which copies it to its internal topics, fails.
    """
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    try:
        admin.create_topics(
            [
                NewTopic(name, count, settings.replication_factor, topic_configs=RETENTION)
                for name, count in topic_partitions(settings).items()
            ]
        )
    finally:
        admin.close()
    ensure_topics(settings)


def latency_posts(posts: list[bytes], count: int) -> list[tuple[str, bytes]]:
    """Fresh ids for the rate-limited phase, so its outputs are told apart from the backlog's."""
    made = []
    for index in range(count):
        document = orjson.loads(posts[index % len(posts)])
        document["id"] = f"{LATENCY_PREFIX}{index}"
        made.append((document["id"], orjson.dumps(document)))
    return made


class OutputCounter:
    """Reads an output topic from the beginning, outside any consumer group, and counts.

    Every record is parsed: a contender must publish enriched records, not just some bytes.
    Backlog posts are counted by id (distinct, total); latency-phase posts get an arrival time.
    """

    def __init__(self, bootstrap: str, topic: str, partitions: int) -> None:
        self.consumer = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "group.id": f"bench-reader-{uuid.uuid4().hex}",  # never joined: assign() only
                "enable.auto.commit": False,
                "fetch.wait.max.ms": 10,
                "log.connection.close": False,  # Tansu closes idle connections: not news
            }
        )
        self.consumer.assign(
            [TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)]
        )
        self.ids: set[str] = set()
        self.total = 0
        self.invalid = 0
        self.arrivals: dict[str, float] = {}

    def poll(self, timeout: float) -> None:
        messages = self.consumer.consume(10_000, timeout)
        now = time.perf_counter()
        for message in messages:
            if message.error() is not None:
                continue
            try:
                record = orjson.loads(message.value())
                post_id = record["id"]
                valid = "language" in record and "sentiment" in record and "groups" in record
            except (orjson.JSONDecodeError, TypeError, KeyError):
                valid = False
            if not valid:
                self.invalid += 1
            elif post_id.startswith(LATENCY_PREFIX):
                self.arrivals.setdefault(post_id, now)
            else:
                self.total += 1
                self.ids.add(post_id)

    def close(self) -> None:
        self.consumer.close()


# --- contenders -------------------------------------------------------------------------------


def run_in_process(posts: list[bytes]) -> Result:
    """(a): the work alone, in batches of 500 like the shipped worker, each record encoded."""
    result = Result("a", LABELS["a"], len(posts))
    enricher = make_enricher()
    messages = [SourceMessage(raw, None, "posts", 0, i) for i, raw in enumerate(posts)]
    enricher.enrich_batch(messages[:BATCH])  # warm the classifiers up, as a running worker is
    ids: set[str] = set()
    cpu_started = time.process_time()
    started = time.perf_counter()
    for start in range(0, len(messages), BATCH):
        batch = enricher.enrich_batch(messages[start : start + BATCH])
        for _, record in batch.enriched:
            orjson.dumps(record)
            ids.add(record["id"])
            result.total += 1
    elapsed = time.perf_counter() - started
    result.worker_cpu_s = time.process_time() - cpu_started
    result.posts_per_s = len(posts) / elapsed
    result.window_posts = len(posts)
    result.distinct = len(ids)
    return result


def start_child(
    key: str, broker: LocalBroker, settings: Settings, naive_producer_defaults: bool = False
) -> Child:
    if key in ("b", "f"):
        command = (
            [sys.executable, str(CONTENDERS_DIR / "veille_without_classifiers.py")]
            if key == "f"
            else None
        )
        worker = WorkerProcess(
            broker.url, config=DEMO_CONFIG, env=veille_env(settings), command=command
        )
        worker.start()
        assert worker.process is not None
        return Child(
            worker.process, worker.log_path, [worker.data_dir], worker.base_url + "/metrics"
        )
    state_dir = tempfile.mkdtemp(prefix=f"bench-{key}-")
    log_path = Path(state_dir) / "contender.log"
    command = [
        sys.executable,
        str(CONTENDERS_DIR / SCRIPTS[key]),
        "--bootstrap",
        broker.bootstrap,
        "--input",
        settings.topic_posts,
        "--output",
        settings.topic_enriched,
        "--deadletter",
        settings.topic_deadletter,
        "--group",
        settings.app_id,
        "--partitions",
        str(settings.partitions),
        "--broker-kind",
        broker.kind,
        "--state-dir",
        str(Path(state_dir) / "state"),
    ]
    if key == "c" and naive_producer_defaults:
        command.append("--producer-defaults")
    if key in FLOOR_STACKS:
        command += ["--stack", FLOOR_STACKS[key]]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    return Child(process, log_path, [state_dir])


def run_kafka_contender(
    key: str,
    posts: list[bytes],
    fresh: list[tuple[str, bytes]],
    args: argparse.Namespace,
) -> Result:
    """One contender on a fresh broker: backlog of N posts, then the rate-limited phase."""
    n = len(posts)
    result = Result(key, LABELS[key], n)
    if key == "c" and args.naive_producer_defaults:
        result.label = "(c) Faust naive, linger 0"
    with LocalBroker(args.broker_kind) as broker:
        assert broker.process is not None
        settings = contender_settings(key, broker.url, args.partitions)
        create_topics(settings)
        stats = replay(posts, settings.bootstrap_servers, settings.topic_posts)
        if stats.sent != n:
            result.failure = f"pre-produce: {stats.sent}/{n} sent ({stats.errors})"
            return result
        counter = OutputCounter(broker.bootstrap, settings.topic_enriched, settings.partitions)
        started = time.perf_counter()
        child = start_child(key, broker, settings, args.naive_producer_defaults)
        try:
            measure_backlog(result, counter, child, broker.process.pid, started, args.timeout)
            if result.failure is None and fresh:
                result.settle_s = wait_idle(child, limit=args.settle_seconds)
                measure_latency(result, counter, child, settings, fresh, args.latency_rate)
            result.peak_rss_mb = tree_peak_rss_mb(child.process.pid)
        except Exception as exc:  # one contender's crash must not cost the others' figures
            result.failure = result.failure or f"{type(exc).__name__}: {exc}"
        finally:
            time.sleep(0.5)  # outputs flushed late (duplicates) are still counted
            child.read_metrics()
            child.stop(keep_files=True)
            result.summary = child.summary()
            if result.failure:
                result.failure += f"\n--- last lines of its log ---\n{child.log_tail()}"
            child.cleanup_files()
            counter.poll(0.5)
            result.distinct, result.total, result.invalid = (
                len(counter.ids),
                counter.total,
                counter.invalid,
            )
            counter.close()
    return result


@dataclass
class Sample:
    """Outputs seen and CPU used at one instant of the backlog phase."""

    at: float
    outputs: int
    worker_cpu: float
    broker_cpu: float

    @classmethod
    def take(cls, outputs: int, worker_pid: int, broker_pid: int) -> Sample:
        return cls(
            time.perf_counter(), outputs, tree_cpu_seconds(worker_pid), tree_cpu_seconds(broker_pid)
        )


def measure_backlog(
    result: Result,
    counter: OutputCounter,
    child: Child,
    broker_pid: int,
    started: float,
    timeout: float,
) -> None:
    """Read outputs until N distinct ids; the figures cover the first to the last output seen.

    A run that stalls or dies keeps figures up to its last progress (sampled at most every half
    second), so a FAILED row still says how fast it went before.
    """
    n = result.expected
    pid = child.process.pid
    first: Sample | None = None
    last: Sample | None = None
    last_progress = 0.0
    deadline = started + timeout
    while len(counter.ids) < n:
        if not child.alive():
            result.failure = f"exited with code {child.process.returncode}"
            break
        now = time.perf_counter()
        if now > deadline or (first is not None and now - last_progress > STALL_SECONDS):
            result.failure = f"{len(counter.ids)}/{n} outputs after {now - started:.0f} s"
            break
        before = len(counter.ids)
        counter.poll(0.02)
        if len(counter.ids) > before:
            last_progress = time.perf_counter()
            if first is None:
                first = last = Sample.take(len(counter.ids), pid, broker_pid)
            elif last is not None and last_progress - last.at >= 0.5:
                last = Sample.take(len(counter.ids), pid, broker_pid)
    else:
        last = Sample.take(len(counter.ids), pid, broker_pid)
    if first is None or last is None:
        return
    result.startup_s = first.at - started
    result.worker_cpu_s = last.worker_cpu - first.worker_cpu
    result.broker_cpu_s = last.broker_cpu - first.broker_cpu
    result.worker_cpu_total_s = last.worker_cpu
    result.window_posts = last.outputs - first.outputs
    if result.window_posts > 0 and last.at > first.at:
        result.posts_per_s = result.window_posts / (last.at - first.at)


def wait_idle(child: Child, busy: float = 0.15, window: float = 0.5, limit: float = 10.0) -> float:
    """Wait until the worker uses under `busy` of a core over `window` s; return the wait.

    The N-th enriched record is not the end of the backlog's work: the shipped worker still
    counts the mentions it published, Quix still updates its windows. Latency is measured on a
    caught-up worker, so the rate-limited phase starts once the process is (nearly) idle.
    """
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        before = tree_cpu_seconds(child.process.pid)
        time.sleep(window)
        if tree_cpu_seconds(child.process.pid) - before < busy * window:
            break
    return time.perf_counter() - started


def measure_latency(
    result: Result,
    counter: OutputCounter,
    child: Child,
    settings: Settings,
    fresh: list[tuple[str, bytes]],
    rate: float,
) -> None:
    """Produce at `rate` while reading; post -> enriched latency from one process's clock."""
    producer = Producer(
        {
            "bootstrap.servers": settings.bootstrap_servers[0],
            "linger.ms": 1,
            "acks": "all",
            "log.connection.close": False,
        }
    )
    sent: dict[str, float] = {}
    started = time.perf_counter()
    index = 0
    while index < len(fresh):
        due = min(len(fresh), int((time.perf_counter() - started) * rate) + 1)
        while index < due:
            post_id, raw = fresh[index]
            sent[post_id] = time.perf_counter()
            producer.produce(settings.topic_posts, raw, post_id.encode())
            index += 1
        producer.poll(0)
        counter.poll(0.002)
    producer.flush(30)
    # A contender slower than `rate` has a backlog to drain: give it time in proportion.
    drain = 30.0 + len(fresh) / max(result.posts_per_s or 0.0, 200.0)
    deadline = time.perf_counter() + drain
    while len(counter.arrivals) < len(fresh) and time.perf_counter() < deadline:
        if not child.alive():
            result.failure = f"exited during the latency phase ({child.process.returncode})"
            break
        counter.poll(0.01)
    latencies = sorted(
        (arrival - sent[post_id]) * 1000
        for post_id, arrival in counter.arrivals.items()
        if post_id in sent
    )
    result.latency_sent = len(fresh)
    result.latency_received = len(latencies)
    if latencies:
        result.latency_p50_ms = percentile(latencies, 50)
        result.latency_p99_ms = percentile(latencies, 99)
        result.latency_max_ms = latencies[-1]


def percentile(ordered: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


# --- report -----------------------------------------------------------------------------------


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def machine_line(args: argparse.Namespace, load: tuple[float, float, float]) -> str:
    model = platform.processor() or "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"machine: {os.cpu_count()} cores ({model}), Python {platform.python_version()}, "
        f"broker {args.broker_kind}, {args.partitions} partitions, N = {args.posts:,} posts, "
        f"load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n"
        f"versions: faust-streaming {package_version('faust-streaming')}, quixstreams "
        f"{package_version('quixstreams')}, confluent-kafka {package_version('confluent-kafka')}"
    )


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def format_table(results: list[Result]) -> str:
    by_key = {r.key: r for r in results}

    def ratio(result: Result, key: str) -> str:
        other = by_key.get(key)
        if other is None or not other.posts_per_s or not result.posts_per_s:
            return "-"
        return f"{result.posts_per_s / other.posts_per_s:.2f}"

    header = (
        f"{'contender':<39}{'posts/s':>9}{'x(d)':>6}{'x(a)':>6}{'start s':>8}"
        f"{'CPU s w/b':>12}{'us/post w':>10}{'w+b':>6}{'RSS MB':>7}"
        f"  {'outputs (distinct/total of N)':<34}{'p50 ms':>8} {'p99 ms':>8}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        cpu = (
            "-" if r.worker_cpu_s is None else f"{r.worker_cpu_s:.1f}/{_fmt(r.broker_cpu_s, '.1f')}"
        )
        outputs = f"{r.distinct}/{r.total} of {r.expected}"
        if r.failed:
            outputs += f" FAILED (-{max(0, r.expected - r.distinct)})"
        elif r.duplicates:
            outputs += f" ok, {r.duplicates} dup"
        else:
            outputs += " ok"
        p50, p99 = _fmt(r.latency_p50_ms, ",.0f"), _fmt(r.latency_p99_ms, ",.0f")
        late = ""
        if r.latency_sent and r.latency_received < r.latency_sent:
            late = f" ({r.latency_received}/{r.latency_sent} in time)"
        lines.append(
            f"{r.label:<39}{_fmt(r.posts_per_s, ',.0f'):>9}{ratio(r, 'd'):>6}{ratio(r, 'a'):>6}"
            f"{_fmt(r.startup_s, '.1f'):>8}{cpu:>12}"
            f"{_fmt(r.cpu_us_per_post(False), '.0f'):>10}{_fmt(r.cpu_us_per_post(True), '.0f'):>6}"
            f"{_fmt(r.peak_rss_mb, '.0f'):>7}  {outputs:<34}{p50:>8} {p99:>8}{late}"
        )
    return "\n".join(lines)


LEGEND = """\
posts/s: first to N-th distinct output seen by the harness; x(d), x(a): ratio of posts/s to (d)
and to (a). start s: contender start to its first output. CPU s w/b: CPU seconds of the worker
and of the broker in that window; us/post: CPU microseconds per post, worker alone (w) and
worker + broker (w+b). RSS MB: peak resident memory (VmHWM) of the worker's processes.
p50/p99 ms: post -> enriched latency in the rate-limited phase, over the posts that came out
within its drain window; (received/sent in time) when some had not."""


# --- main -------------------------------------------------------------------------------------


def parse_only(text: str) -> list[str]:
    keys = [k.strip().lower() for k in text.split(",") if k.strip()]
    unknown = [k for k in keys if k not in LABELS]
    if unknown or not keys:
        raise argparse.ArgumentTypeError(f"choose among {','.join(LABELS)}; got {text!r}")
    return sorted(set(keys))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=200_000, help="N (default 200,000)")
    parser.add_argument("--broker-kind", choices=["noida", "tansu"], default="noida")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--only", type=parse_only, default=list(LABELS), help="e.g. b,d")
    parser.add_argument("--latency-rate", type=float, default=5000.0, help="posts/s")
    parser.add_argument("--latency-seconds", type=float, default=20.0, help="0 to skip")
    parser.add_argument(
        "--settle-seconds",
        type=float,
        default=10.0,
        help="at most this long for the worker to go idle before the latency phase",
    )
    parser.add_argument(
        "--timeout", type=float, default=1800.0, help="seconds one contender may take for N posts"
    )
    parser.add_argument(
        "--naive-producer-defaults",
        action="store_true",
        help="(c) with Faust's producer defaults (linger 0): see contenders/faust_naive.py",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    # A SIGTERM (a CI timeout, `kill`) must still stop the brokers and contenders this started:
    # turned into SystemExit, it unwinds through their context managers and finally blocks.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    if {"d", "h"} & set(args.only) and package_version("quixstreams") == "not installed":
        parser.error("(d) and (h) need quixstreams: pip install -c constraints.txt -e '.[bench]'")

    load = os.getloadavg()
    posts = make_posts(args.posts)
    fresh_count = int(args.latency_rate * args.latency_seconds)
    fresh = latency_posts(posts, fresh_count) if fresh_count > 0 else []
    results: list[Result] = []
    runners: dict[str, Callable[[], Result]] = {
        "a": lambda: run_in_process(posts),
        **{
            key: (lambda key=key: run_kafka_contender(key, posts, fresh, args)) for key in "bcdefgh"
        },
    }
    for key in args.only:
        print(f"running {LABELS[key]} ...", file=sys.stderr, flush=True)
        result = runners[key]()
        if result.failure:
            print(f"  {key} FAILED: {result.failure}", file=sys.stderr, flush=True)
        results.append(result)

    print(machine_line(args, load))
    print(format_table(results))
    print(LEGEND)
    for result in results:
        if result.summary:
            print(f"{result.label} says: {result.summary}")
        if result.failure:
            print(f"{result.label} FAILED: {result.failure.splitlines()[0]}")
        elif result.latency_sent and (result.posts_per_s or 0) < args.latency_rate:
            print(
                f"{result.label}: its backlog rate is under {args.latency_rate:,.0f} posts/s, "
                "so its latency is mostly queueing (the rate-limited phase overloads it)"
            )
    if args.json:
        document = {
            "machine": machine_line(args, load),
            "args": {k: v for k, v in vars(args).items() if k != "json"},
            "results": [r.to_json() for r in results],
        }
        args.json.write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2))
    return 1 if any(r.failed for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
