"""Every way a message can be bad gets its own reason; good ones parse exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import orjson
import pytest

from veille.streams.records import Post, format_timestamp
from veille.streams.sources.malformed import _MAKERS, malformed_messages
from veille.streams.validation import Limits, Reason, Rejection, parse_post

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
LIMITS = Limits(max_message_bytes=10_000, max_text_chars=280, max_future=timedelta(hours=1))


def _post(**fields: object) -> bytes:
    return orjson.dumps(
        {"id": "p1", "text": "Bonjour", "created_at": "2026-11-22T10:00:00Z", **fields}
    )


def test_every_malformed_kind_gets_its_documented_reason() -> None:
    messages = malformed_messages(len(_MAKERS), max_text_chars=LIMITS.max_text_chars)
    for raw, expected in messages:
        result = parse_post(raw, LIMITS, NOW)
        assert isinstance(result, Rejection), raw
        assert result.reason == expected, (raw, result)
        assert result.detail


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, Reason.NOT_JSON),
        (b"", Reason.NOT_JSON),
        (b"x" * 10_001, Reason.MESSAGE_TOO_LARGE),
        (b'{"id": "p", "text": "\xed\xa0\x80"}', Reason.NOT_UTF8),
        (b"42", Reason.NOT_AN_OBJECT),
        (_post(id=7), Reason.WRONG_TYPE),
        (_post(author_followers=-1), Reason.INVALID_VALUE),
        (_post(author_followers=True), Reason.WRONG_TYPE),
        (_post(created_at=True), Reason.BAD_TIMESTAMP),
        (_post(created_at=10**18), Reason.BAD_TIMESTAMP),
        (_post(created_at="2026-11-22T14:00:00Z"), Reason.BAD_TIMESTAMP),  # 2 h in the future
        (_post(lang_hint="French"), Reason.INVALID_VALUE),
        (_post(created_at="0001-01-01T00:00:00+14:00"), Reason.BAD_TIMESTAMP),  # overflows in UTC
        (_post(created_at="1969-12-31T23:59:59Z"), Reason.BAD_TIMESTAMP),
        (_post(created_at=-5), Reason.BAD_TIMESTAMP),
        (_post(text="x" * 281), Reason.TEXT_TOO_LONG),
    ],
)
def test_rejections(raw: bytes | None, reason: Reason) -> None:
    result = parse_post(raw, LIMITS, NOW)
    assert isinstance(result, Rejection)
    assert result.reason == reason


def test_valid_post_parses_every_field() -> None:
    raw = _post(
        platform="reddit",
        author_id="u-9",
        author_followers=12,
        country="CA",
        url="https://reddit.example/r/1",
        repost_of=None,
        reply_to="p0",
        lang_hint="fr",
        unknown_field="kept out",
    )
    post = parse_post(raw, LIMITS, NOW)
    assert isinstance(post, Post)
    assert post.created_at == datetime(2026, 11, 22, 10, tzinfo=UTC)
    assert (post.platform, post.author_id, post.author_followers, post.country) == (
        "reddit",
        "u-9",
        12,
        "CA",
    )
    assert post.reply_to == "p0" and post.lang_hint == "fr"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-22T11:00:00+01:00", datetime(2026, 11, 22, 10, tzinfo=UTC)),
        ("2026-11-22T10:00:00.250Z", datetime(2026, 11, 22, 10, 0, 0, 250000, tzinfo=UTC)),
        (1795341600, datetime(2026, 11, 22, 10, tzinfo=UTC)),
        (1795341600000, datetime(2026, 11, 22, 10, tzinfo=UTC)),
        (1795341600.5, datetime(2026, 11, 22, 10, 0, 0, 500000, tzinfo=UTC)),
    ],
)
def test_timestamps(value: object, expected: datetime) -> None:
    post = parse_post(_post(created_at=value), LIMITS, NOW)
    assert isinstance(post, Post)
    assert post.created_at == expected


@pytest.mark.parametrize(
    ("moment", "spelled"),
    [
        (datetime(2026, 3, 2, 9, 0, 23, tzinfo=UTC), "2026-03-02T09:00:23Z"),
        (datetime(2026, 3, 2, 9, 0, 23, 5, tzinfo=UTC), "2026-03-02T09:00:23.000005Z"),
        (datetime(1, 1, 1, tzinfo=UTC), "0001-01-01T00:00:00Z"),
        (datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC), "9999-12-31T23:59:59.999999Z"),
        # another offset is converted to UTC
        (
            datetime(2026, 5, 1, 3, 4, 5, tzinfo=timezone(timedelta(hours=2))),
            "2026-05-01T01:04:05Z",
        ),
    ],
)
def test_every_output_timestamp_is_rfc3339_utc_with_z(moment: datetime, spelled: str) -> None:
    assert format_timestamp(moment) == spelled
    assert format_timestamp(moment) == moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def test_a_datetime_subclass_is_spelled_the_same() -> None:
    """orjson refuses subclasses of datetime (pandas' Timestamp is one): no crash, same text."""

    class Moment(datetime):
        pass

    moment = Moment(2026, 3, 2, 9, 0, 23, tzinfo=UTC)
    assert format_timestamp(moment) == "2026-03-02T09:00:23Z"
