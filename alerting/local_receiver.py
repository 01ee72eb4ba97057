"""A local Slack incoming-webhook look-alike (also a generic webhook recorder).

The demo shows its notifications arriving here, and the tests use it as the fake Slack: Slack
itself cannot be reached from where Veille is developed.

It validates every payload against Slack's rules and answers 400 `invalid_blocks` (or
`invalid_payload`, `no_text`) like Slack when they are broken, so a formatting bug fails a test
rather than a customer's channel. It can be scripted to answer 500, 429 with Retry-After, or to
hang (client timeout) for the next requests, and records accepted messages with arrival times.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from veille.streams.broker import free_port

KNOWN_BLOCKS = {
    "section",
    "header",
    "context",
    "divider",
    "actions",
    "image",
    "rich_text",
    "input",
    "file",
    "video",
    "markdown",
}
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_BLOCKS_JSON = 13000


def ulen(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def validate_slack_payload(payload: Any) -> str | None:
    """None when Slack would accept the payload, else Slack's error code."""
    if not isinstance(payload, dict):
        return "invalid_payload"
    blocks = payload.get("blocks")
    text = payload.get("text")
    if not blocks and not (isinstance(text, str) and text.strip()):
        return "no_text"
    if blocks is None:
        return None
    if not isinstance(blocks, list) or len(blocks) > MAX_BLOCKS:
        return "invalid_blocks"
    if ulen(json.dumps(blocks, ensure_ascii=False)) > MAX_BLOCKS_JSON:
        return "invalid_blocks"  # what users see as msg_blocks_too_long
    for block in blocks:
        if not isinstance(block, dict) or block.get("type") not in KNOWN_BLOCKS:
            return "invalid_blocks"
        kind = block["type"]
        if kind == "header":
            header = block.get("text") or {}
            if header.get("type") != "plain_text" or not 0 < ulen(header.get("text", "")) <= 150:
                return "invalid_blocks"
        if kind == "section":
            section_text = block.get("text")
            fields = block.get("fields")
            if section_text is None and not fields:
                return "invalid_blocks"
            if section_text is not None and not 0 < ulen(section_text.get("text", "")) <= 3000:
                return "invalid_blocks"
            if fields is not None and (
                len(fields) > MAX_FIELDS
                or any(not 0 < ulen(f.get("text", "")) <= MAX_FIELD_TEXT for f in fields)
            ):
                return "invalid_blocks"
        if kind == "context":
            elements = block.get("elements") or []
            if not elements or len(elements) > 10:
                return "invalid_blocks"
    return None


@dataclass
class Received:
    """One request the server accepted (2xx)."""

    path: str
    body: bytes
    headers: dict[str, str]
    arrived: float  # time.monotonic()

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FakeSlack:
    """Start with `await fake.start()`; `fake.url` is the webhook URL (`/webhook` also works)."""

    port: int = 0
    validate: bool = True
    script: list[tuple[Any, ...]] = field(default_factory=list)
    messages: list[Received] = field(default_factory=list)
    requests: list[tuple[float, int, dict[str, str]]] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)

    def answer(self, *responses: tuple[Any, ...]) -> None:
        """Script the next answers: ("status", 500), ("retry_after", "2"),
        ("hang", seconds) which then answers 504, ("pass",) for a normal answer. A third item
        keeps an answer for requests whose path starts with it: ("hang", 30, "/services/")
        hangs the next Slack request, whatever webhook requests come first."""
        self.script.extend(responses)

    def _next_action(self, path: str) -> tuple[Any, ...]:
        for index, action in enumerate(self.script):
            if len(action) < 3 or path.startswith(action[2]):
                return self.script.pop(index)
        return ("pass",)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/services/T0/B0/xyz"

    @property
    def webhook_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhook"

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self._handle)
        # A scripted hang must not hold up stop(): aiohttp would wait up to a minute for it.
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=2.0)
        await self._runner.setup()
        if not self.port:
            self.port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _handle(self, request: web.Request) -> web.Response:
        arrived = time.monotonic()
        body = await request.read()
        headers = dict(request.headers)
        action = self._next_action(request.path)
        if action[0] != "pass":
            if action[0] == "hang":
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), action[1])
            status = {"retry_after": 429, "hang": 504}.get(action[0]) or int(action[1])
            self.requests.append((arrived, status, headers))
            if action[0] == "retry_after":
                return web.Response(
                    status=429, text="rate_limited", headers={"Retry-After": str(action[1])}
                )
            return web.Response(status=status, text="error")
        if self.validate and request.path.startswith("/services/"):
            try:
                payload = json.loads(body)
            except ValueError:
                payload = None
            problem = validate_slack_payload(payload)
            if problem:
                self.requests.append((arrived, 400, headers))
                return web.Response(status=400, text=problem)
        self.requests.append((arrived, 200, headers))
        self.messages.append(Received(request.path, body, headers, arrived))
        return web.Response(text="ok")
