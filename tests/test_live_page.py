"""The live page, rendered by a real headless Chromium against a worker during a replay."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import orjson
import pytest

from veille.demo import LocalReceivers, demo_config
from veille.streams.sources.replay import replay
from veille.streams.sources.simulator import generate_scenario

from .conftest import Pipeline

pytestmark = pytest.mark.slow


def chromium() -> str:
    """Debian's chromium, installed on first use when running as root (as CI does)."""
    found = shutil.which("chromium")
    if found:
        return found
    if os.geteuid() != 0:
        pytest.skip("chromium is not installed and installing it needs root")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True, timeout=600)
    result = subprocess.run(
        ["apt-get", "install", "-y", "-q", "chromium"],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    found = shutil.which("chromium")
    if not found:
        pytest.fail(f"could not install chromium: {result.stderr[-2000:]}")
    return found


FALLBACK_ATTEMPT = 2


def render(url: str, budget_ms: int = 6000) -> str:
    """The DOM after the page's scripts ran (virtual time lets its fetches complete).

    Headless Chromium now and then dies of a signal (SIGILL/SIGTRAP: a CHECK failure in its own
    process model), seen on a loaded machine and three times in a row on a machine where it had
    just been installed, then six times in a row during one full suite run: that is retried after
    a pause, from the third attempt with the whole browser in one process (no zygote, no
    renderer processes to fork), which renders the same DOM. Any other failure is not retried.
    """
    for attempt in range(6):
        if attempt:
            time.sleep(2 * attempt)
        one_process = ["--single-process", "--no-zygote"] if attempt >= FALLBACK_ATTEMPT else []
        with tempfile.TemporaryDirectory(prefix="veille-chromium-") as profile:
            result = subprocess.run(
                [
                    chromium(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    *one_process,
                    f"--user-data-dir={profile}",
                    f"--virtual-time-budget={budget_ms}",
                    "--dump-dom",
                    url,
                ],
                capture_output=True,
                text=True,
                timeout=120,
            )
        if result.returncode >= 0:
            break
    else:
        # Seen in bursts of a few minutes on 2026-12-02 (SIGILL on all six attempts, 3 runs in
        # a row, then 5 passes in a row, the same commit): the browser is broken, not the page,
        # and nothing here can be checked. Any rendered page is still checked in full below.
        pytest.xfail(
            f"Chromium died of signal {-result.returncode} on all attempts: " + result.stderr[-500:]
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return re.sub(r"<script>.*?</script>", "", result.stdout, flags=re.S)  # what was rendered


def test_live_page_renders_terms_alerts_and_triage(pipeline: Pipeline, tmp_path: Path) -> None:
    scenario = generate_scenario(seed=42)
    with LocalReceivers() as receivers:
        config = tmp_path / "veille.yaml"
        config.write_text(demo_config(receivers))
        worker = pipeline.start_worker(config=config)
        replay(
            [orjson.dumps(p) for p in scenario.posts],
            pipeline.settings.bootstrap_servers,
            pipeline.settings.topic_posts,
        )
        reader = pipeline.reader()
        assert reader.wait_until(lambda out: len(out.enriched) >= len(scenario.posts), 60)
        assert reader.wait_until(lambda out: len(out.alerts) > 0, 30)
        time.sleep(3)  # the delivery timer files the triage items
        dom = render(worker.base_url + "/")

    cards = re.findall(r'<div class="card term" data-term="([^"]+)"', dom)
    assert sorted(cards) == sorted(
        ["paracetix", "paracetix-junior", "paracetix-1000", "ibuvia", "febrinol", "orvane"]
    )
    assert dom.count('class="obs"') == len(cards)  # one observed line per term, with its band
    assert dom.count('class="band"') == len(cards)
    assert re.search(r"negative \d+ % · neutral \d+ % · positive \d+ %", dom)
    assert re.search(r'<tr class="alert">.*?(volume_spike|negative_surge)', dom, re.S)
    assert "term:paracetix-junior" in dom
    assert len(re.findall(r'<tr class="triage-item">', dom)) >= 5
    assert re.search(r"\(\d+ open\)", dom)
    assert "watch terms" in dom and "cannot reach the worker" not in dom
