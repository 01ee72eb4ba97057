"""The `alerting:` section of the YAML configuration file, with Alertmanager's vocabulary.

The same file as the watchlists (`VEILLE_CONFIG`) holds a top-level `alerting:` key. Keys and
defaults follow Prometheus Alertmanager (group_wait 30s, group_interval 5m, repeat_interval 4h,
`send_resolved` false for Slack and true for webhooks) so an operator who knows Alertmanager can
read it; unknown keys are refused because a typo must not silently disable a route.

Example: see `EXAMPLE_YAML` below (also used by the tests, so it stays valid).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from veille.alerting.matchers import LABELS, Matcher
from veille.settings import ConfigError

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d|w)")
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(value: Any) -> float:
    """Seconds from "30s", "5m", "4h", "1h30m", "2d" (or a bare number of seconds)."""
    if isinstance(value, bool):
        raise ValueError("a duration like '30s', '5m' or '4h', got a boolean")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip()
        parts = _DURATION_PART.findall(text)
        if not text or "".join(n + u for n, u in parts) != text:
            raise ValueError(f"a duration like '30s', '5m', '4h' or '1h30m', got {value!r}")
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    else:
        raise ValueError(f"a duration like '30s', '5m' or '4h', got {type(value).__name__}")
    if seconds < 0:
        raise ValueError("a duration must not be negative")
    return seconds


def format_duration(seconds: float) -> str:
    for unit in ("d", "h", "m", "s"):
        size = _UNITS[unit]
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


Duration = Annotated[float, BeforeValidator(parse_duration)]


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"an http(s) URL, got {url[:80]!r}")
    return url


def _check_matcher(text: str) -> str:
    Matcher.parse(text)
    return text


Url = Annotated[str, AfterValidator(_check_url)]
MatcherText = Annotated[str, AfterValidator(_check_matcher)]
Name = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SlackReceiver(_Strict):
    """A Slack incoming webhook. Slack accepts about 1 message per second per webhook."""

    name: Name
    type: Literal["slack"]
    url: Url
    max_per_second: float = Field(1.0, gt=0, le=100)
    send_resolved: bool = False
    timeout: Duration = 10.0


class WebhookReceiver(_Strict):
    """A generic JSON webhook signed with HMAC-SHA256 (see `veille.alerting.signing`).

    Two secrets during a rotation: the body carries one `v1=` signature per secret, so the
    receiver can switch secrets at its own pace.
    """

    name: Name
    type: Literal["webhook"]
    url: Url
    secrets: list[Annotated[str, Field(min_length=16)]] = Field(min_length=1, max_length=2)
    send_resolved: bool = True
    timeout: Duration = 10.0
    max_per_second: float | None = Field(None, gt=0, le=1000)

    @model_validator(mode="after")
    def _distinct(self) -> WebhookReceiver:
        if len(set(self.secrets)) != len(self.secrets):
            raise ValueError("the two rotation secrets must differ")
        return self


Receiver = Annotated[SlackReceiver | WebhookReceiver, Field(discriminator="type")]


class Route(_Strict):
    """A node of the routing tree; unset values are inherited from the parent node."""

    receiver: Name | None = None
    matchers: list[MatcherText] = Field(default_factory=list)
    group_by: list[str] | None = None
    group_wait: Duration | None = None
    group_interval: Duration | None = None
    repeat_interval: Duration | None = None
    send_resolved: bool | None = Field(
        None, description="Overrides the receiver's send_resolved for alerts of this route."
    )
    continue_: bool = Field(False, alias="continue")
    routes: list[Route] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _labels(self) -> Route:
        for label in self.group_by or []:
            if label != "..." and label not in LABELS:
                raise ValueError(f"group_by: unknown label {label!r}; known: {LABELS} or '...'")
        return self


class InhibitRule(_Strict):
    """Mute target alerts while a source alert fires with the same `equal` labels."""

    source_matchers: list[MatcherText] = Field(min_length=1)
    target_matchers: list[MatcherText] = Field(min_length=1)
    equal: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _labels(self) -> InhibitRule:
        for label in self.equal:
            if label not in LABELS:
                raise ValueError(f"equal: unknown label {label!r}; known: {LABELS}")
        return self


class Triage(_Strict):
    """Adverse-reaction triage: who is told, and the deadline a PV team commits to."""

    receiver: Name | None = None
    sla: Duration = 24 * 3600.0
    escalate_before: Duration = 2 * 3600.0

    @model_validator(mode="after")
    def _order(self) -> Triage:
        if self.escalate_before >= self.sla:
            raise ValueError("triage.escalate_before must be shorter than triage.sla")
        return self


class Delivery(_Strict):
    """Retry policy of every notification: bounded attempts per flush, then pending, never lost."""

    max_attempts: int = Field(4, ge=1, le=20)
    backoff_base: Duration = 1.0
    backoff_max: Duration = 60.0
    max_inline_retry_after: Duration = Field(
        30.0, description="A 429 Retry-After up to this is waited for; longer defers the send."
    )


class AlertingConfig(_Strict):
    receivers: list[Receiver] = Field(min_length=1)
    route: Route
    inhibit_rules: list[InhibitRule] = Field(default_factory=list)
    triage: Triage = Field(default_factory=Triage)
    delivery: Delivery = Field(default_factory=Delivery)

    @model_validator(mode="after")
    def _references(self) -> AlertingConfig:
        names = [receiver.name for receiver in self.receivers]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"receiver names must be unique; repeated: {duplicates}")
        if self.route.receiver is None:
            raise ValueError("route.receiver: the root route needs a receiver (the default)")

        def walk(route: Route, where: str) -> None:
            if route.receiver is not None and route.receiver not in names:
                raise ValueError(f"{where}.receiver: unknown receiver {route.receiver!r}")
            for index, child in enumerate(route.routes):
                walk(child, f"{where}.routes[{index}]")

        walk(self.route, "route")
        if self.triage.receiver is not None and self.triage.receiver not in names:
            raise ValueError(f"triage.receiver: unknown receiver {self.triage.receiver!r}")
        return self

    def receiver(self, name: str) -> SlackReceiver | WebhookReceiver:
        return next(receiver for receiver in self.receivers if receiver.name == name)


def parse_alerting(document: Any, source: str = "<alerting>") -> AlertingConfig:
    """Validate an `alerting:` mapping; a ConfigError names the YAML path of each problem."""
    try:
        return AlertingConfig.model_validate(document)
    except ValidationError as exc:
        lines = [f"invalid configuration file {source}:"]
        for error in exc.errors():
            where = "alerting"
            for part in error["loc"]:
                # Pydantic names the union member ("slack", "webhook"): not a YAML path.
                if part in ("slack", "webhook", "function-after[_check_url(), str]"):
                    continue
                where += f"[{part}]" if isinstance(part, int) else f".{part}"
            message = error["msg"].removeprefix("Value error, ")
            value = error.get("input")
            shown = f" (got {value!r})" if isinstance(value, str | int | float) else ""
            lines.append(f"  {where}: {message}{'' if repr(value) in message else shown}")
        raise ConfigError("\n".join(lines)) from None


def load_alerting_config(path: Path | str) -> AlertingConfig | None:
    """Read the `alerting:` section of the YAML file; None when the file has none."""
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read configuration file {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"configuration file {path} is not valid YAML: {exc}") from None
    if not isinstance(document, dict) or document.get("alerting") is None:
        return None
    return parse_alerting(expand_environment(document["alerting"], "alerting"), str(path))


_ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand_environment(value: Any, where: str, environ: Mapping[str, str] | None = None) -> Any:
    """Replace `${NAME}` in strings with environment variables: webhook URLs and secrets come
    from a Kubernetes Secret, not from the ConfigMap that holds the rest of the file."""
    environ = os.environ if environ is None else environ
    if isinstance(value, dict):
        return {k: expand_environment(v, f"{where}.{k}", environ) for k, v in value.items()}
    if isinstance(value, list):
        return [expand_environment(v, f"{where}[{i}]", environ) for i, v in enumerate(value)]
    if not isinstance(value, str):
        return value

    def lookup(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in environ:
            raise ConfigError(f"{where}: environment variable {name} is not set")
        return environ[name]

    return _ENV_REFERENCE.sub(lookup, value)


EXAMPLE_YAML = """\
alerting:
  receivers:
    - name: slack-brand
      type: slack
      url: https://hooks.slack.com/services/T000/B000/XXXXXXXX
      max_per_second: 1
      send_resolved: true
    - name: slack-oncall
      type: slack
      url: https://hooks.slack.com/services/T000/B001/YYYYYYYY
    - name: pv-webhook
      type: webhook
      url: https://pv.example.com/hooks/veille
      secrets: ["whsec_current_0123456789abcdef", "whsec_previous_0123456789abcdef"]
      timeout: 5s
  route:
    receiver: slack-brand
    group_by: [group, kind]
    group_wait: 30s
    group_interval: 5m
    repeat_interval: 4h
    routes:
      - matchers: ["severity=critical"]
        receiver: slack-oncall
        group_wait: 10s
        continue: true
      - matchers: ["group=competitors"]
        receiver: slack-brand
        repeat_interval: 12h
      - matchers: ["language=~de|nl"]
        receiver: pv-webhook
  inhibit_rules:
    - source_matchers: ["kind=negative_surge", "status=firing"]
      target_matchers: ["kind=volume_spike"]
      equal: [series]
  triage:
    receiver: pv-webhook
    sla: 24h
    escalate_before: 2h
  delivery:
    max_attempts: 4
    backoff_base: 1s
    backoff_max: 1m
    max_inline_retry_after: 30s
"""
