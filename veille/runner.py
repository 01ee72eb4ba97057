"""Run `veille worker` as a child process: used by the demo, the tests and the benchmarks.

A child process, not an in-process app, because that is what production runs, and because the
tests must be able to SIGKILL it mid-stream.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from veille.streams.broker import free_port, stop_process


class WorkerProcess:
    def __init__(
        self,
        broker_url: str,
        *,
        config: Path | str | None = None,
        env: dict[str, str] | None = None,
        web_port: int | None = None,
        log_path: Path | str | None = None,
        command: list[str] | None = None,
    ) -> None:
        # Benchmarks run variants of the worker (benchmarks/contenders/); the default is it.
        self.command = command or [sys.executable, "-m", "veille", "worker"]
        self.web_port = web_port or free_port()
        self.data_dir = tempfile.mkdtemp(prefix="veille-worker-")
        self.log_path = Path(log_path) if log_path else Path(self.data_dir) / "worker.log"
        self.env = {
            **os.environ,
            "VEILLE_BROKER": broker_url,
            "VEILLE_WEB_PORT": str(self.web_port),
            "VEILLE_DATA_DIR": self.data_dir,
            **({"VEILLE_CONFIG": str(config)} if config else {}),
            **(env or {}),
        }
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def start(self) -> WorkerProcess:
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child owns the handle
        self.process = subprocess.Popen(
            self.command,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        return self

    def wait_ready(self, timeout: float = 90.0) -> dict:
        """Poll /readyz: the worker has joined the group and owns partitions of `posts`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.base_url + "/readyz", timeout=2) as response:
                    return json.loads(response.read())
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        raise TimeoutError(f"worker not ready after {timeout:.0f} s:\n{self.log_tail()}")

    def get(self, path: str, timeout: float = 5.0) -> bytes:
        with urllib.request.urlopen(self.base_url + path, timeout=timeout) as response:
            return response.read()

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: what an OOM killer or a lost node does, with no chance to commit."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)

    def stop(self, grace: float = 15.0) -> int | None:
        if self.process is None:
            return None
        code = (
            stop_process(self.process, grace)
            if self.process.poll() is None
            else self.process.returncode
        )
        return code

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""
