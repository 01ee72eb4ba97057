"""HMAC-SHA256 signatures of webhook notifications (Stripe's scheme, with rotation).

Every webhook request carries:

    X-Veille-Timestamp: 1795312800
    X-Veille-Signature: v1=5257a869e7...,v1=9a1b...   (one v1 per active secret)
    Idempotency-Key: 3f2a9c0d1e4b5a6f-1

Verifying a request (receiver procedure):

1. Read the raw request body as bytes, before any JSON parsing or re-encoding.
2. Read `X-Veille-Timestamp` (Unix seconds, decimal) and reject the request if it is missing,
   not an integer, or more than 300 seconds away from your clock (replay protection).
3. Build the signed payload: the timestamp, a full stop, then the raw body:
   `signed = timestamp + "." + body` (bytes).
4. Compute `expected = hex(HMAC-SHA256(key=your_secret, message=signed))`.
5. Split `X-Veille-Signature` on commas; each part is `scheme=value`. Ignore schemes other than
   `v1`. Accept the request if any `v1` value equals `expected`, comparing in constant time
   (`hmac.compare_digest`). During a secret rotation Veille signs with both the new and the old
   secret, so a receiver holding either one verifies; a receiver holding both may try each.
6. Otherwise answer 401 and do not process the body.
7. De-duplicate on `Idempotency-Key`: delivery is at least once, and a retried or re-sent
   notification keeps its key. Answer 2xx for a key already processed without acting again.

Rotation: add the new secret as the first of `secrets` (both are signed), switch the receiver
to the new secret, then remove the old one from `secrets`.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Sequence

SCHEME = "v1"
DEFAULT_TOLERANCE = 300


def _digest(secret: str, timestamp: int | str, body: bytes) -> str:
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def sign(body: bytes, secrets: Sequence[str], timestamp: int) -> str:
    """The `X-Veille-Signature` value: `v1=<hex>` per secret, comma-separated."""
    if not secrets:
        raise ValueError("at least one secret is needed to sign")
    return ",".join(f"{SCHEME}={_digest(secret, timestamp, body)}" for secret in secrets)


def verify(
    body: bytes,
    header_timestamp: str | None,
    header_signature: str | None,
    secrets: Sequence[str],
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> bool:
    """True when one `v1` signature matches one of `secrets` and the timestamp is fresh."""
    if not header_timestamp or not header_signature or not secrets:
        return False
    try:
        timestamp = int(header_timestamp.strip())
    except ValueError:
        return False
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        return False
    candidates = []
    for part in header_signature.split(","):
        scheme, _, value = part.strip().partition("=")
        if scheme == SCHEME and value:
            candidates.append(value.strip())
    valid = False
    for secret in secrets:
        expected = _digest(secret, timestamp, body)
        for candidate in candidates:
            # No early exit: the time taken does not reveal which comparison matched.
            valid |= hmac.compare_digest(expected.encode(), candidate.encode("ascii", "replace"))
    return valid
