"""One settings object for the whole worker, validated before anything connects.

Environment variables `VEILLE_*` hold deployment settings (broker, partitions, limits); a YAML
file (`VEILLE_CONFIG`) holds what a customer edits: watchlists, later routes. A bad value stops
the process with a message that names the variable (or the YAML path) and what is allowed,
because an operator reading a crash-looping pod's log must be able to fix it without the code.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from veille.streams.validation import Limits

ENV_PREFIX = "VEILLE_"

_TOPIC_NAME = re.compile(r"^[A-Za-z0-9._-]{1,249}$")


def _check_topic_name(name: str) -> str:
    if not _TOPIC_NAME.match(name) or name in {".", ".."}:
        raise ValueError(
            "a Kafka topic name: 1-249 characters among letters, digits, '.', '_', '-'"
        )
    return name


TopicName = Annotated[str, AfterValidator(_check_topic_name)]


class ConfigError(Exception):
    """A configuration problem an operator can fix; its message is printed as is."""


class Settings(BaseSettings):
    """Deployment settings, read from `VEILLE_*` environment variables."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", frozen=True)

    broker: str = Field(
        "kafka://127.0.0.1:9092",
        description="Bootstrap servers: `kafka://host:port[;host:port...]` or `host:port,...`.",
    )
    app_id: str = Field(
        "veille", pattern=r"^[A-Za-z0-9._-]{1,100}$", description="Consumer group id."
    )
    partitions: int = Field(
        4, ge=1, le=1024, description="Partitions of the topics Veille creates."
    )
    replication_factor: int = Field(1, ge=1, le=16, description="Replication of created topics.")
    topic_posts: TopicName = "posts"
    topic_enriched: TopicName = "posts.enriched"
    topic_alerts: TopicName = "alerts"
    topic_deadletter: TopicName = "posts.deadletter"
    topic_mentions: TopicName = Field(
        "veille.mentions", description="Internal: mention batches keyed by series."
    )
    topic_alerting: TopicName = Field(
        "veille.alerting", description="Internal, one partition: input of alert delivery."
    )
    bucket_seconds: int = Field(60, ge=10, le=86400, description="Width of counting buckets.")
    bucket_grace_seconds: float = Field(
        60,
        ge=0,
        le=86400,
        description="How long after its end a bucket waits for late posts before it is scored.",
    )
    batch_size: int = Field(500, ge=1, le=100_000, description="Posts taken per agent batch.")
    batch_timeout: float = Field(
        0.05, gt=0, le=10, description="Seconds a partial batch waits before it is processed."
    )
    producer: Literal["librdkafka", "aiokafka"] = Field(
        "librdkafka",
        description="Client that produces the outputs: librdkafka (confluent-kafka, faster) or "
        "Faust's aiokafka producer.",
    )
    max_text_chars: int = Field(
        5000, ge=1, le=1_000_000, description="Longer post texts are dead-lettered."
    )
    max_message_bytes: int = Field(
        1_000_000, ge=1024, le=100_000_000, description="Larger input messages are dead-lettered."
    )
    max_future_seconds: float = Field(
        3600, ge=0, description="A created_at further in the future than this is dead-lettered."
    )
    language_threshold: float = Field(  # = agents.language.DEFAULT_THRESHOLD (not imported:
        0.2,  # that module loads fastText); tests/test_config.py checks they agree
        ge=0,
        le=1,
        description="Below this fastText confidence the language is `und`.",
    )
    config: Path | None = Field(None, description="YAML file with watchlists (and routes).")
    config_reload_interval: float = Field(
        5, gt=0, le=3600, description="Seconds between checks of the YAML file for changes."
    )
    connect_timeout: float = Field(
        30, gt=0, le=600, description="Seconds to wait for the broker at start-up."
    )
    session_timeout: float = Field(
        10,
        ge=3,
        le=300,
        description="Seconds before a silent worker's partitions go to the others (failover time).",
    )
    instance_id: str | None = Field(
        None,
        pattern=r"^[A-Za-z0-9._-]{1,200}$",
        description="Static group membership (e.g. the pod name): a restarted worker takes its "
        "partitions back at once instead of waiting for a rebalance.",
    )
    web_host: str = "127.0.0.1"
    web_port: int = Field(6066, ge=1, le=65535, description="Port of /metrics and health checks.")
    data_dir: Path = Field(Path("veille-data"), description="Faust's local state directory.")
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    @field_validator("log_level", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("broker")
    @classmethod
    def _check_broker(cls, value: str) -> str:
        bootstrap_servers(value)
        return value

    @field_validator("config")
    @classmethod
    def _check_config_exists(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"an existing YAML file; {str(value)!r} does not exist")
        return value

    @property
    def limits(self) -> Limits:
        return Limits(
            max_message_bytes=self.max_message_bytes,
            max_text_chars=self.max_text_chars,
            max_future=timedelta(seconds=self.max_future_seconds),
        )

    @property
    def bootstrap_servers(self) -> list[str]:
        return bootstrap_servers(self.broker)

    @property
    def faust_broker_url(self) -> str:
        return ";".join(f"kafka://{server}" for server in self.bootstrap_servers)


def bootstrap_servers(broker: str) -> list[str]:
    """Accept both Faust's `kafka://a:1;b:2` and Kafka's `a:1,b:2` spellings."""
    servers: list[str] = []
    for part in re.split(r"[;,]", broker.strip()):
        part = part.strip()
        if not part:
            continue
        if "://" not in part:
            part = "kafka://" + part
        url = urlsplit(part)
        if url.scheme != "kafka" or not url.hostname or url.path not in ("", "/"):
            raise ValueError(f"host:port or kafka://host:port, got {part!r}")
        try:
            port = url.port
        except ValueError as exc:
            raise ValueError(f"a port between 1 and 65535 in {part!r}") from exc
        if port is None:
            raise ValueError(f"a port in {part!r}, e.g. kafka://{url.hostname}:9092")
        servers.append(f"{url.hostname}:{port}")
    if not servers:
        raise ValueError("at least one broker, e.g. kafka://127.0.0.1:9092")
    return servers


def load_settings(**overrides: Any) -> Settings:
    """Read the environment; raise ConfigError naming the variable and what is allowed."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(format_settings_errors(exc)) from None


def format_settings_errors(exc: ValidationError) -> str:
    lines = ["invalid configuration:"]
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"])
        variable = ENV_PREFIX + field.upper()
        value = error.get("input")
        shown = f"={value!r}" if isinstance(value, str | int | float) else ""
        message = error["msg"].removeprefix("Value error, ")
        lines.append(f"  {variable}{shown}: {message}")
    return "\n".join(lines)


def format_yaml_errors(path: Path | str, exc: ValidationError) -> str:
    """Name the YAML path of each bad value the way a person would point at it."""
    lines = [f"invalid configuration file {path}:"]
    for error in exc.errors():
        where = ""
        for part in error["loc"]:
            where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
        message = error["msg"].removeprefix("Value error, ")
        value = error.get("input")
        shown = f" (got {value!r})" if isinstance(value, str | int | float) else ""
        lines.append(f"  {where or '<top>'}: {message}{shown}")
    return "\n".join(lines)


class StrictModel(BaseModel):
    """YAML sections reject unknown keys: a typo must not silently disable a watch term."""

    model_config = ConfigDict(extra="forbid", frozen=True)
