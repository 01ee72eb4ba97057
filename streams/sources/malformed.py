"""Invalid messages of every kind the worker must dead-letter, with the reason it must give.

Used by the demo (so a newcomer sees the dead-letter path work) and by the tests.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import orjson

from veille.streams.validation import Reason


def _valid(index: int) -> dict:
    return {
        "id": f"bad-{index:05d}",
        "text": f"Message de test numéro {index}",
        "created_at": "2026-11-20T10:00:00Z",
        "platform": "x",
    }


def _mutate(index: int, **changes: object) -> bytes:
    document = _valid(index)
    for key, value in changes.items():
        if value is _DROP:
            document.pop(key, None)
        else:
            document[key] = value
    return orjson.dumps(document)


_DROP = object()

_MAKERS: list[tuple[Reason, Callable[[int, int], bytes]]] = [
    (Reason.NOT_JSON, lambda i, _m: b"{not json at all " + str(i).encode()),
    (Reason.NOT_JSON, lambda i, _m: b'{"id": "truncated-' + str(i).encode() + b'", "text": "tron'),
    (
        Reason.NOT_UTF8,
        lambda i, _m: (
            b'{"id": "latin1-'
            + str(i).encode()
            + b'", "text": "caf\xe9 cr\xe8me", "created_at": "2026-11-20T10:00:00Z"}'
        ),
    ),
    (Reason.NOT_AN_OBJECT, lambda i, _m: orjson.dumps([_valid(i)])),
    (Reason.MISSING_FIELD, lambda i, _m: _mutate(i, text=_DROP)),
    (Reason.MISSING_FIELD, lambda i, _m: _mutate(i, id=_DROP)),
    (Reason.WRONG_TYPE, lambda i, _m: _mutate(i, text=12345)),
    (Reason.WRONG_TYPE, lambda i, _m: _mutate(i, author_followers="many")),
    (Reason.EMPTY_TEXT, lambda i, _m: _mutate(i, text="   \n ")),
    (Reason.TEXT_TOO_LONG, lambda i, max_chars: _mutate(i, text="a" * (max_chars + 1 + i % 7))),
    (Reason.BAD_TIMESTAMP, lambda i, _m: _mutate(i, created_at="yesterday at noon")),
    (Reason.BAD_TIMESTAMP, lambda i, _m: _mutate(i, created_at="2026-11-20T10:00:00")),
    (Reason.BAD_TIMESTAMP, lambda i, _m: _mutate(i, created_at="2999-01-01T00:00:00Z")),
    (Reason.INVALID_VALUE, lambda i, _m: _mutate(i, country="France")),
]


def malformed_messages(
    count: int, *, seed: int = 7, max_text_chars: int = 5000
) -> list[tuple[bytes, Reason]]:
    """`count` invalid messages cycling through every kind, each with its expected reason."""
    rng = random.Random(seed)
    messages = []
    for index in range(count):
        reason, make = (
            _MAKERS[index % len(_MAKERS)] if index < len(_MAKERS) else rng.choice(_MAKERS)
        )
        messages.append((make(index, max_text_chars), reason))
    return messages
