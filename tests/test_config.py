"""A bad setting stops the worker before it connects, naming the field and what is allowed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from veille.agents.watchlists import load_file_config
from veille.settings import ConfigError, load_settings


def run_worker(env: dict[str, str], timeout: float = 30) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    return subprocess.run(
        [sys.executable, "-m", "veille", "worker"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"VEILLE_PARTITIONS": "0"},
            "VEILLE_PARTITIONS='0': Input should be greater than or equal to 1",
        ),
        (
            {"VEILLE_PARTITIONS": "four"},
            "VEILLE_PARTITIONS='four': Input should be a valid integer",
        ),
        (
            {"VEILLE_BROKER": "http://kafka:9092"},
            "VEILLE_BROKER='http://kafka:9092': host:port or kafka://host:port",
        ),
        ({"VEILLE_BROKER": "kafka://kafka"}, "a port in 'kafka://kafka'"),
        (
            {"VEILLE_TOPIC_POSTS": "posts with spaces"},
            "VEILLE_TOPIC_POSTS='posts with spaces': a Kafka topic name",
        ),
        (
            {"VEILLE_LOG_LEVEL": "chatty"},
            "VEILLE_LOG_LEVEL='chatty': Input should be 'debug', 'info', 'warning' or 'error'",
        ),
        (
            {"VEILLE_CONFIG": "/nonexistent/watchlists.yaml"},
            "VEILLE_CONFIG='/nonexistent/watchlists.yaml': an existing YAML file",
        ),
    ],
)
def test_bad_environment_stops_worker_with_named_field(env: dict[str, str], expected: str) -> None:
    result = run_worker(env)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("veille: invalid configuration:")
    assert expected in result.stderr


def test_several_errors_are_reported_together() -> None:
    result = run_worker({"VEILLE_PARTITIONS": "0", "VEILLE_BATCH_SIZE": "-5"})
    assert result.returncode == 2
    assert "VEILLE_PARTITIONS" in result.stderr and "VEILLE_BATCH_SIZE" in result.stderr


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        (
            "watchlists:\n  - group: a\n    terms:\n      - id: x\n        label: X\n"
            "        alias: [x]\n",
            "watchlists[0].terms[0].alias: Extra inputs are not permitted",
        ),
        (
            "watchlists:\n  - group: a\n    terms:\n      - id: x\n        label: X\n"
            "        aliases: [x]\n        colour: red\n",
            "watchlists[0].terms[0].colour: Extra inputs are not permitted",
        ),
        (
            "watchlists:\n  - group: Bad Group\n    terms: []\n",
            "watchlists[0].group: String should match pattern",
        ),
        (
            "watchlists:\n  - group: a\n    terms:\n      - {id: x, label: X, aliases: [x]}\n"
            "  - group: b\n    terms:\n      - {id: x, label: Y, aliases: [y]}\n",
            "term id 'x' is used twice",
        ),
        ("watchlists: [\n", "is not valid YAML"),
    ],
)
def test_bad_yaml_names_the_path(tmp_path: Path, yaml_text: str, expected: str) -> None:
    path = tmp_path / "watchlists.yaml"
    path.write_text(yaml_text)
    with pytest.raises(ConfigError) as error:
        load_file_config(path)
    assert expected in str(error.value)
    result = run_worker({"VEILLE_CONFIG": str(path)})
    assert result.returncode == 2
    assert expected in result.stderr


def test_unreachable_broker_exits_with_its_own_code() -> None:
    result = run_worker({"VEILLE_BROKER": "kafka://127.0.0.1:1", "VEILLE_CONNECT_TIMEOUT": "2"})
    assert result.returncode == 3
    assert "cannot reach Kafka at kafka://127.0.0.1:1" in result.stderr


def test_defaults_are_valid_and_both_broker_spellings_work() -> None:
    assert load_settings(broker="a:1,b:2").bootstrap_servers == ["a:1", "b:2"]
    assert load_settings(broker="kafka://a:1;kafka://b:2").faust_broker_url == (
        "kafka://a:1;kafka://b:2"
    )


def test_language_threshold_default_is_the_identifiers() -> None:
    from veille.agents.language import DEFAULT_THRESHOLD

    assert load_settings().language_threshold == DEFAULT_THRESHOLD
