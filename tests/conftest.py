"""Shared fixtures: a real Kafka-protocol broker per test session, real worker processes."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from veille.runner import WorkerProcess
from veille.settings import Settings, load_settings
from veille.streams.broker import LocalBroker
from veille.streams.outputs import OutputReader
from veille.streams.topics import ensure_topics

REPO = Path(__file__).resolve().parent.parent
DEMO_CONFIG = REPO / "veille" / "data" / "demo.yaml"
_names = itertools.count()


@pytest.fixture(scope="session")
def broker_url() -> Iterator[str]:
    """A fresh local broker, or an external one named by VEILLE_TEST_BROKER."""
    external = os.environ.get("VEILLE_TEST_BROKER")
    if external:
        yield external
        return
    with LocalBroker(os.environ.get("VEILLE_TEST_BROKER_KIND", "noida")) as broker:  # type: ignore[arg-type]
        yield broker.url


@dataclass
class Pipeline:
    """One isolated pipeline on the shared broker: its own topics and consumer group."""

    settings: Settings
    env: dict[str, str]
    workers: list[WorkerProcess] = field(default_factory=list)
    readers: list[OutputReader] = field(default_factory=list)

    def start_worker(self, config: Path | None = DEMO_CONFIG, **extra_env: str) -> WorkerProcess:
        worker = WorkerProcess(self.settings.broker, config=config, env={**self.env, **extra_env})
        self.workers.append(worker)
        worker.start()
        worker.wait_ready()
        return worker

    def reader(self) -> OutputReader:
        reader = OutputReader(
            self.settings.bootstrap_servers,
            self.settings.topic_enriched,
            self.settings.topic_deadletter,
            self.settings.topic_alerts,
        )
        self.readers.append(reader)
        return reader


def isolated_pipeline(broker_url: str, prefix: str) -> Pipeline:
    """Topics and a consumer group of its own on the shared broker, created up front."""
    env = {
        "VEILLE_APP_ID": f"veille-{prefix}",
        "VEILLE_TOPIC_POSTS": f"{prefix}.posts",
        "VEILLE_TOPIC_ENRICHED": f"{prefix}.posts.enriched",
        "VEILLE_TOPIC_ALERTS": f"{prefix}.alerts",
        "VEILLE_TOPIC_DEADLETTER": f"{prefix}.posts.deadletter",
        "VEILLE_TOPIC_MENTIONS": f"{prefix}.mentions",
        "VEILLE_TOPIC_ALERTING": f"{prefix}.alerting",
        "VEILLE_PARTITIONS": "3",
    }
    settings = load_settings(
        broker=broker_url,
        **{key.removeprefix("VEILLE_").lower(): value for key, value in env.items()},
    )
    ensure_topics(settings)
    return Pipeline(settings, env)


@pytest.fixture
def pipeline(broker_url: str, tmp_path: Path) -> Iterator[Pipeline]:
    result = isolated_pipeline(broker_url, f"t{os.getpid()}-{next(_names)}")
    yield result
    for reader in result.readers:
        reader.close()
    for worker in result.workers:
        worker.stop()
