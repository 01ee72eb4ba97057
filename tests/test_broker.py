"""The embedded broker starts on a free port, speaks Kafka, and always stops."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest
from kafka import KafkaAdminClient

from veille.streams.broker import BrokerError, LocalBroker, stop_process


@pytest.mark.parametrize("kind", ["noida", "tansu"])
def test_broker_starts_answers_kafka_and_stops(kind: str) -> None:
    broker = LocalBroker(kind).start()  # type: ignore[arg-type]
    try:
        admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
        assert admin.list_topics() is not None
        admin.close()
        pid = broker.process.pid  # type: ignore[union-attr]
    finally:
        broker.stop()
    with pytest.raises(ProcessLookupError):
        import os

        os.kill(pid, 0)
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", broker.port), timeout=1):
        pass


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(BrokerError, match="allowed: noida, tansu"):
        LocalBroker("kafka")  # type: ignore[arg-type]


def test_stop_falls_back_to_sigkill() -> None:
    stubborn = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import signal, time\n"
            "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
            "print('ready', flush=True)\n"
            "time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
    )
    assert stubborn.stdout is not None and stubborn.stdout.readline() == b"ready\n"
    started = time.monotonic()
    code = stop_process(stubborn, grace=0.5)
    assert code == -9
    assert time.monotonic() - started < 5
