"""HTTP notifiers (Slack incoming webhook, signed generic webhook) with retries.

One `aiohttp.ClientSession` is shared by all notifiers (connection reuse). Every request has a
total timeout. Within one delivery call, 5xx answers, network errors and timeouts are retried
with exponential backoff and full jitter (AWS's "full jitter": sleep uniform(0, min(cap,
base * 2**attempt))) up to `max_attempts`; a 429 waits for its `Retry-After` (seconds or an
HTTP date) and pauses the webhook's rate limiter. When attempts run out the caller keeps the
notification pending for a later flush: nothing is ever dropped because a receiver is down.
400/413/422 mean the payload itself is refused - retrying cannot help - so they are `rejected`.
Other 4xx (401, 403, 404, 410: a revoked or mistyped URL) stay retryable: once the operator
fixes the configuration, the queued notifications go out.

Every attempt is reported to `report(receiver, outcome, reason, seconds)` with bounded values
(outcome: success | retry | rejected; reason: ok, http_<status>, timeout, connection, network)
so they can be Prometheus labels.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
import orjson

from veille.alerting.config import SlackReceiver, WebhookReceiver
from veille.alerting.signing import sign
from veille.alerting.slack import build_message
from veille.streams.records import format_timestamp

Report = Callable[[str, str, str, float], None]
Sleep = Callable[[float], Awaitable[None]]
REJECTED_STATUSES = frozenset({400, 413, 422})
USER_AGENT = "veille-alerting/1"


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    current = time.time() if now is None else now
    return max(0.0, moment.timestamp() - current)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    max_inline_retry_after: float = 30.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform(0, min(max, base * 2**attempt)), attempt counted from 0."""
        return rng.uniform(0, min(self.backoff_max, self.backoff_base * 2**attempt))


@dataclass(frozen=True, slots=True)
class Attempt:
    outcome: str  # success | retry | rejected
    reason: str
    seconds: float
    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """The result of one delivery call (several attempts)."""

    outcome: str  # delivered | pending | rejected
    attempts: int
    reason: str
    retry_in: float = 0.0  # for pending: how long to wait before the next try


class RateLimiter:
    """At most `rate` requests per second, spaced evenly; a 429 pushes the next slot back."""

    def __init__(
        self, rate: float, clock: Callable[[], float] = time.monotonic, sleep: Sleep = asyncio.sleep
    ) -> None:
        self.interval = 1.0 / rate
        self.clock = clock
        self.sleep = sleep
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            wait = self._next - self.clock()
            if wait > 0:
                await self.sleep(wait)
            self._next = max(self.clock(), self._next) + self.interval

    def pause(self, seconds: float) -> None:
        self._next = max(self._next, self.clock() + seconds)


class Notifier:
    """POST a notification to one receiver URL, with retries; subclasses build the request."""

    def __init__(
        self,
        name: str,
        url: str,
        timeout: float,
        session_factory: Callable[[], aiohttp.ClientSession],
        limiter: RateLimiter | None,
        policy: RetryPolicy,
        report: Report,
        rng: random.Random,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.name = name
        self.url = url
        self.timeout = timeout
        self.session_factory = session_factory
        self.limiter = limiter
        self.policy = policy
        self.report = report
        self.rng = rng
        self.sleep = sleep

    def request(self, notification: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        raise NotImplementedError

    async def attempt(self, notification: dict[str, Any]) -> Attempt:
        if self.limiter is not None:
            await self.limiter.acquire()
        body, headers = self.request(notification)  # per attempt: a fresh signed timestamp
        started = time.monotonic()
        try:
            async with self.session_factory().post(
                self.url,
                data=body,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                allow_redirects=False,
            ) as response:
                await response.read()
                status = response.status
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
        except TimeoutError:
            return Attempt("retry", "timeout", time.monotonic() - started)
        except aiohttp.ClientConnectionError:
            return Attempt("retry", "connection", time.monotonic() - started)
        except aiohttp.ClientError:
            return Attempt("retry", "network", time.monotonic() - started)
        seconds = time.monotonic() - started
        if 200 <= status < 300:
            return Attempt("success", "ok", seconds)
        if status == 429:
            return Attempt("retry", "http_429", seconds, retry_after if retry_after else 1.0)
        if status in REJECTED_STATUSES:
            return Attempt("rejected", f"http_{status}", seconds)
        return Attempt("retry", f"http_{status}", seconds, retry_after if status == 503 else None)

    async def deliver(self, notification: dict[str, Any]) -> Delivery:
        """Up to `max_attempts` attempts; `pending` (with a wait) when they all fail."""
        policy = self.policy
        result = Attempt("retry", "none", 0.0)
        for attempt in range(policy.max_attempts):
            result = await self.attempt(notification)
            self.report(self.name, result.outcome, result.reason, result.seconds)
            if result.outcome == "success":
                return Delivery("delivered", attempt + 1, result.reason)
            if result.outcome == "rejected":
                return Delivery("rejected", attempt + 1, result.reason)
            delay = policy.backoff(attempt, self.rng)
            if result.retry_after is not None:
                if self.limiter is not None:
                    self.limiter.pause(result.retry_after)
                if result.retry_after > policy.max_inline_retry_after:
                    return Delivery("pending", attempt + 1, result.reason, result.retry_after)
                delay = max(delay, result.retry_after)
            if attempt + 1 < policy.max_attempts:
                await self.sleep(delay)
        retry_in = policy.backoff(policy.max_attempts, self.rng)
        if result.retry_after is not None:
            retry_in = max(retry_in, result.retry_after)
        return Delivery("pending", policy.max_attempts, result.reason, retry_in)


class SlackNotifier(Notifier):
    """Slack incoming webhook: a Block Kit message, rate-limited per webhook URL."""

    def request(self, notification: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        body = orjson.dumps(build_message(notification))
        return body, {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            "Idempotency-Key": notification["id"],
        }


def webhook_body(notification: dict[str, Any]) -> dict[str, Any]:
    """The JSON document a generic webhook receives (the notification plus a version)."""
    created = datetime.fromtimestamp(notification["created_at"], UTC)
    return {"version": 1, **notification, "created_at": format_timestamp(created)}


class WebhookNotifier(Notifier):
    """Generic JSON webhook, HMAC-signed with every configured secret (see `signing`)."""

    def __init__(
        self, *args: Any, secrets: list[str], clock: Callable[[], float] = time.time, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.secrets = secrets
        self.clock = clock

    def request(self, notification: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        body = orjson.dumps(webhook_body(notification))
        timestamp = int(self.clock())
        return body, {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "Idempotency-Key": notification["id"],
            "X-Veille-Timestamp": str(timestamp),
            "X-Veille-Signature": sign(body, self.secrets, timestamp),
        }


def build_notifier(
    receiver: SlackReceiver | WebhookReceiver,
    session_factory: Callable[[], aiohttp.ClientSession],
    limiters: dict[str, RateLimiter],
    policy: RetryPolicy,
    report: Report,
    rng: random.Random,
    sleep: Sleep = asyncio.sleep,
) -> Notifier:
    """A notifier for a configured receiver; receivers sharing a URL share its rate limiter."""
    limiter = None
    if receiver.max_per_second:
        limiter = limiters.setdefault(receiver.url, RateLimiter(receiver.max_per_second))
    common = (receiver.name, receiver.url, receiver.timeout, session_factory, limiter, policy)
    if isinstance(receiver, SlackReceiver):
        return SlackNotifier(*common, report, rng, sleep)
    return WebhookNotifier(*common, report, rng, sleep, secrets=list(receiver.secrets))
