"""The throughput benchmark, end to end on a tiny N: every contender must deliver every post.

`benchmarks/throughput.py` starts brokers, child processes and three Kafka client libraries; a
change anywhere (the worker, a topic name, a library) can break it silently between the rare
full runs. This runs it as a user would, on 2,000 posts and a 1-second latency phase (500
posts), and checks the table is printed and each contender published exactly N enriched
records. The figures themselves are not checked: on a tiny N they are noise.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
POSTS = 2000
HAS_BENCH_EXTRA = all(importlib.util.find_spec(m) for m in ("confluent_kafka", "psutil"))
HAS_QUIX = importlib.util.find_spec("quixstreams") is not None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not HAS_BENCH_EXTRA,
        reason="the benchmark needs the bench extra: pip install -c constraints.txt -e '.[bench]'",
    ),
]


def test_throughput_harness_end_to_end(tmp_path: Path) -> None:
    only = "a,b,e,f" + (",d" if HAS_QUIX else "")
    results_path = tmp_path / "results.json"
    completed = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "throughput.py"),
            "--posts",
            str(POSTS),
            "--broker-kind",
            "noida",
            "--only",
            only,
            "--latency-rate",
            "500",
            "--latency-seconds",
            "1",
            "--settle-seconds",
            "1",  # noida never lets a consumer look idle (see the harness's docstring)
            "--timeout",
            "120",
            "--json",
            str(results_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr[-5000:]
    out = completed.stdout
    assert "contender" in out and "posts/s" in out and "p99 ms" in out, out
    assert f"N = {POSTS:,} posts" in out, out

    results = {r["key"]: r for r in json.loads(results_path.read_text())["results"]}
    assert sorted(results) == sorted(only.split(","))
    for key, result in results.items():
        assert not result["failed"], (key, result)
        assert result["distinct"] == POSTS, (key, result)
        assert result["total"] == POSTS, (key, result)  # no duplicates without a rebalance
        # A contender whose N outputs all arrive in the harness's first poll has no window to
        # time (the first poll also holds its start-up): possible with Quix, which flushes on its
        # checkpoint (seen once on 2,000 posts). Otherwise the rate must be there.
        assert result["posts_per_s"] or result["window_posts"] == 0, (key, result)
        assert result["label"] in out
        if key != "a":
            assert result["latency_received"] == result["latency_sent"] == 500, (key, result)
            assert result["latency_p99_ms"] is not None


@pytest.mark.skipif(
    not HAS_QUIX,
    reason="quixstreams is not installed (bench extra): contender (d) was left out of "
    "test_throughput_harness_end_to_end",
)
def test_quix_contender_covered() -> None:
    """Only here to say, in the skip reason, when (d) could not be part of the run above."""
