"""Turn raw bytes from the `posts` topic into a `Post`, or into a reason it cannot be one.

Every rejected message goes to the dead-letter topic with one of the reasons below, so an
operator can count by reason and a producer team can fix its feed. Nothing here raises on input.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import orjson
from pydantic import ValidationError

from veille.streams.records import Post


class Reason(StrEnum):
    """Why a message was dead-lettered; the values are metric labels and header values."""

    MESSAGE_TOO_LARGE = "message_too_large"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    NOT_AN_OBJECT = "not_an_object"
    MISSING_FIELD = "missing_field"
    WRONG_TYPE = "wrong_type"
    INVALID_VALUE = "invalid_value"
    EMPTY_TEXT = "empty_text"
    TEXT_TOO_LONG = "text_too_long"
    BAD_TIMESTAMP = "bad_timestamp"
    PROCESSING_ERROR = "processing_error"


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: Reason
    detail: str


@dataclass(frozen=True, slots=True)
class Limits:
    max_message_bytes: int = 1_000_000
    max_text_chars: int = 5000
    max_future: timedelta = timedelta(hours=1)


_TYPE_ERRORS = {
    "string_type",
    "int_type",
    "float_type",
    "bool_type",
    "dict_type",
    "list_type",
    "int_from_float",
    "model_type",
}


def parse_post(raw: bytes | None, limits: Limits, now: datetime | None = None) -> Post | Rejection:
    """Validate one message value; the order of checks gives the most useful reason first."""
    if raw is None:
        return Rejection(Reason.NOT_JSON, "message has no value (tombstone)")
    if len(raw) > limits.max_message_bytes:
        return Rejection(
            Reason.MESSAGE_TOO_LARGE, f"{len(raw)} bytes > limit {limits.max_message_bytes}"
        )
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        message = str(exc)
        if "UTF-8" in message:
            return Rejection(Reason.NOT_UTF8, message)
        return Rejection(Reason.NOT_JSON, message)
    if not isinstance(document, dict):
        return Rejection(Reason.NOT_AN_OBJECT, f"top-level JSON is {type(document).__name__}")
    text = document.get("text")
    if isinstance(text, str):
        if not text.strip():
            return Rejection(Reason.EMPTY_TEXT, "text is empty or only whitespace")
        if len(text) > limits.max_text_chars:
            return Rejection(
                Reason.TEXT_TOO_LONG, f"text has {len(text)} characters > {limits.max_text_chars}"
            )
    try:
        post = Post.model_validate(document)
    except ValidationError as exc:
        return _rejection_from(exc)
    now = now or datetime.now(UTC)
    if post.created_at is not None and post.created_at > now + limits.max_future:
        return Rejection(
            Reason.BAD_TIMESTAMP,
            f"created_at {post.created_at.isoformat()} is in the future (now {now.isoformat()})",
        )
    return post


def _rejection_from(exc: ValidationError) -> Rejection:
    """Report the first error, classified so the reason is stable and the detail is precise."""
    error = exc.errors(include_url=False)[0]
    field = ".".join(str(part) for part in error["loc"]) or "<document>"
    detail = f"{field}: {error['msg'].removeprefix('Value error, ')}"
    if error["type"] == "missing":
        return Rejection(Reason.MISSING_FIELD, detail)
    if field == "created_at":
        return Rejection(Reason.BAD_TIMESTAMP, detail)
    if error["type"] in _TYPE_ERRORS:
        return Rejection(Reason.WRONG_TYPE, detail)
    return Rejection(Reason.INVALID_VALUE, detail)
