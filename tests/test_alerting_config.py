"""The `alerting:` YAML section: Alertmanager defaults and readable validation errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from veille.alerting.config import (
    EXAMPLE_YAML,
    expand_environment,
    load_alerting_config,
    parse_alerting,
    parse_duration,
)
from veille.alerting.routing import Router
from veille.settings import ConfigError

MINIMAL = {
    "receivers": [{"name": "slack", "type": "slack", "url": "https://hooks.slack.com/x"}],
    "route": {"receiver": "slack"},
}


def test_example_parses_with_defaults() -> None:
    config = parse_alerting(yaml.safe_load(EXAMPLE_YAML)["alerting"])
    assert config.route.group_by == ["group", "kind"]
    assert config.route.routes[0].continue_ is True
    webhook = config.receiver("pv-webhook")
    assert webhook.timeout == 5.0 and len(webhook.secrets) == 2
    assert config.triage.sla == 86400 and config.triage.escalate_before == 7200


def test_alertmanager_defaults() -> None:
    config = parse_alerting(MINIMAL)
    route = Router(config).match({"group": "g", "kind": "volume_spike"})[0]
    assert (route.group_wait, route.group_interval, route.repeat_interval) == (30, 300, 14400)
    assert route.group_by == ("group", "kind")
    assert route.send_resolved is False  # Slack's default in Alertmanager
    assert config.receiver("slack").max_per_second == 1
    assert config.triage.sla == 24 * 3600


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("5m", 300), ("4h", 14400), ("1h30m", 5400), ("250ms", 0.25), (12, 12)],
)
def test_durations(text: str | int, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"route": {"receiver": "nobody"}}, "route.receiver: unknown receiver 'nobody'"),
        ({"route": {"receiver": "slack", "group_wait": "5 minutes"}}, "alerting.route.group_wait"),
        ({"route": {"receiver": "slack", "matchers": ["colour=red"]}}, "unknown label 'colour'"),
        ({"route": {"receiver": "slack", "matchers": ["kind=~("]}}, "invalid regular expression"),
        ({"route": {"receiver": "slack", "group_by": ["author"]}}, "group_by: unknown label"),
        ({"route": {"receiver": "slack", "recevier": "x"}}, "alerting.route.recevier"),
        ({"triage": {"sla": "1h", "escalate_before": "2h"}}, "escalate_before must be shorter"),
        ({"triage": {"receiver": "pv"}}, "triage.receiver: unknown receiver 'pv'"),
        (
            {"receivers": [{"name": "w", "type": "webhook", "url": "https://a.b", "secrets": []}]},
            "alerting.receivers[0].secrets",
        ),
        (
            {"receivers": [{"name": "s", "type": "slack", "url": "ftp://a.b/c"}]},
            "an http(s) URL",
        ),
        (
            {"receivers": [{"name": "s", "type": "pager", "url": "https://a.b/c"}]},
            "alerting.receivers[0]",
        ),
    ],
)
def test_clear_errors(change: dict, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_alerting({**MINIMAL, **change})
    assert message in str(caught.value), str(caught.value)


def test_webhook_rotation_secrets_limited_to_two() -> None:
    receiver = {"name": "w", "type": "webhook", "url": "https://a.b/c"}
    three = [f"secret-number-{i}-0123456789" for i in range(3)]
    with pytest.raises(ConfigError, match="at most 2"):
        parse_alerting({**MINIMAL, "receivers": [{**receiver, "secrets": three}]})
    with pytest.raises(ConfigError, match="must differ"):
        parse_alerting({**MINIMAL, "receivers": [{**receiver, "secrets": [three[0]] * 2}]})


def test_load_from_the_watchlists_file(tmp_path: Path) -> None:
    path = tmp_path / "veille.yaml"
    path.write_text("watchlists: []\n" + EXAMPLE_YAML, encoding="utf-8")
    config = load_alerting_config(path)
    assert config is not None and config.route.receiver == "slack-brand"
    path.write_text("watchlists: []\n", encoding="utf-8")
    assert load_alerting_config(path) is None


def test_environment_references_are_expanded_and_unset_ones_named() -> None:
    section = {"receivers": [{"url": "${HOOK}", "secrets": ["x-${KEY}-y"]}], "n": 3}
    expanded = expand_environment(section, "alerting", {"HOOK": "https://h", "KEY": "k"})
    assert expanded == {"receivers": [{"url": "https://h", "secrets": ["x-k-y"]}], "n": 3}
    with pytest.raises(ConfigError, match=r"alerting.receivers\[0\].url: .*HOOK is not set"):
        expand_environment(section, "alerting", {})
