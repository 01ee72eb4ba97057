"""Slack Block Kit messages for notifications, always within Slack's limits.

A message says what happened in one line (header + `text` fallback for phone notifications),
then the evidence a reader needs before clicking anything: observed vs expected, sentiment mix,
duplicate and repost shares, reach, languages, countries and the top posts with links.

Limits (Block Kit, and what users observe): at most 50 blocks, section text 3,000 characters,
at most 10 fields of 2,000, header text 150, and `msg_blocks_too_long` from about 13,000
characters of blocks in total - so the whole blocks JSON is kept under `BLOCKS_BUDGET`. Lengths
are counted in UTF-16 code units (an emoji counts two), which is never less than Slack's count.
Truncation is clean: an ellipsis, at a character boundary (never inside a surrogate pair, a
ZWJ emoji sequence or an `&amp;` entity), and links are kept whole or dropped, never cut.
User text is escaped (`&`, `<`, `>`) as Slack requires.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
BLOCKS_BUDGET = 12000
MAX_FALLBACK_TEXT = 3000
ELLIPSIS = "…"

KIND_LABELS = {"volume_spike": "Volume spike", "negative_surge": "Negative surge"}
SEVERITY_EMOJI = {
    "info": ":large_blue_circle:",
    "warning": ":warning:",
    "critical": ":rotating_light:",
}

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


def ulen(text: str) -> int:
    """Length in UTF-16 code units (what JavaScript-based limits count)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def clean(text: Any) -> str:
    """A printable string: lone surrogates replaced, control characters dropped."""
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", str(text if text is not None else "")))


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _joins_previous(char: str) -> bool:
    """True for characters that belong to the previous one (accents, VS16, skin tones, ZWJ)."""
    code = ord(char)
    return (
        unicodedata.combining(char) != 0
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
        or code == 0x200D
    )


def truncate(text: str, limit: int, *, escaped: bool = True) -> str:
    """`text` (escaped for mrkdwn when `escaped`) cut to `limit` UTF-16 units with an ellipsis."""
    text = clean(text)
    full = escape(text) if escaped else text
    if ulen(full) <= limit:
        return full
    pieces: list[str] = []
    size = 0
    budget = max(limit - 1, 0)
    for char in text:
        piece = escape(char) if escaped else char
        if size + ulen(piece) > budget:
            break
        pieces.append(piece)
        size += ulen(piece)
    cut = len(pieces)
    # Do not leave half a grapheme: drop a base whose modifier did not fit, and trailing ZWJs.
    while cut > 0 and (
        (cut < len(text) and _joins_previous(text[cut])) or text[cut - 1] == "\u200d"
    ):
        cut -= 1
    return "".join(pieces[:cut]).rstrip() + ELLIPSIS


def plain(text: str, limit: int) -> str:
    """Plain text (header): no escaping, cut cleanly."""
    return truncate(text, limit, escaped=False)


def link(url: Any, label: str) -> str | None:
    """A mrkdwn link `<url|label>` with an already escaped label; None for unusable URLs."""
    if not isinstance(url, str) or len(url) > 2000:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    safe = url.strip()
    for char, code in (("|", "%7C"), ("<", "%3C"), (">", "%3E"), (" ", "%20")):
        safe = safe.replace(char, code)
    safe = _CONTROL.sub("", clean(safe)).replace("&", "&amp;")
    return f"<{safe}|{label}>"


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def ratio(alert: dict[str, Any]) -> float | None:
    evidence = alert.get("evidence") or {}
    if isinstance(evidence.get("ratio_to_expected"), int | float):
        return float(evidence["ratio_to_expected"])
    expected = _number(alert.get("expected"))
    return _number(alert.get("observed")) / expected if expected > 0 else None


def _times(value: Any) -> str:
    return f"x{value:.0f}" if value >= 10 else f"x{value:.1f}"


def hhmm(timestamp: Any) -> str:
    try:
        moment = datetime.fromisoformat(str(timestamp).replace("Z", "+00:00"))
    except ValueError:
        return "?"
    return moment.astimezone(UTC).strftime("%H:%M")


def headline(alert: dict[str, Any]) -> str:
    """One line: what, where, how much, since when (plain text, unescaped)."""
    kind = KIND_LABELS.get(alert.get("kind", ""), str(alert.get("kind", "alert")))
    subject = clean(alert.get("term") or alert.get("group") or alert.get("series") or "?")
    since = f"since {hhmm(alert.get('episode_start'))} UTC"
    if alert.get("status") == "resolved":
        return f"Resolved: {kind.lower()} on {subject} ({since.replace('since', 'began')})"
    mentions = int(_number((alert.get("evidence") or {}).get("mentions", alert.get("observed"))))
    how_much = f"{mentions} mentions"
    factor = ratio(alert)
    if factor is not None:
        how_much += f", {_times(factor)} expected"
    return f"{kind} on {subject}: {how_much} {since}"


def _counts(mapping: Any, top: int) -> str:
    if not isinstance(mapping, dict) or not mapping:
        return "-"
    items = sorted(mapping.items(), key=lambda kv: (-_number(kv[1]), str(kv[0])))
    shown = ", ".join(f"{clean(k)} {int(_number(v))}" for k, v in items[:top])
    return shown + (f" (+{len(items) - top} more)" if len(items) > top else "")


def _percent(value: Any) -> str:
    return f"{_number(value) * 100:.0f} %" if isinstance(value, int | float) else "-"


def _field(title: str, value: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": truncate(f"*{title}*\n", 100, escaped=False) + value}


def alert_blocks(alert: dict[str, Any], detail: int) -> list[dict[str, Any]]:
    """Blocks of one alert; `detail` 2 = full, 1 = short post snippets, 0 = no posts."""
    evidence = alert.get("evidence") or {}
    emoji = (
        ":white_check_mark:"
        if alert.get("status") == "resolved"
        else SEVERITY_EMOJI.get(alert.get("severity", ""), ":bell:")
    )
    intro = (
        f"{emoji} *{truncate(headline(alert), 500)}*\n"
        f"Severity *{escape(clean(alert.get('severity', '?')))}* · score "
        f"{_number(alert.get('score')):.2f} · group {truncate(alert.get('group', '?'), 100)}"
    )
    sentiment = evidence.get("sentiment") or {}
    bucket = int(_number(evidence.get("bucket_seconds")))
    fields = [
        _field("Observed", f"{_number(alert.get('observed')):g} mentions in {bucket or '?'} s"),
        _field("Expected", f"{_number(alert.get('expected')):.3g}"),
        _field(
            "Sentiment",
            " · ".join(
                f"{int(_number(sentiment.get(k)))} {k[:3]}"
                for k in ("negative", "neutral", "positive")
            ),
        ),
        _field("Duplicate share", _percent(evidence.get("duplicate_share"))),
        _field("Repost share", _percent(evidence.get("repost_share"))),
        _field("Reach", f"{int(_number(evidence.get('reach'))):,} followers"),
        _field("Languages", truncate(_counts(evidence.get("languages"), 6), 300)),
        _field("Countries", truncate(_counts(evidence.get("countries"), 6), 300)),
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": intro}},
        {"type": "section", "fields": fields[:MAX_FIELDS]},
    ]
    posts = [p for p in evidence.get("top_posts") or [] if isinstance(p, dict)][:3]
    if detail and posts:
        size = 280 if detail >= 2 else 90
        lines = ["*Top posts*"]
        for post in posts:
            snippet = truncate(
                _SPACES.sub(" ", clean(post.get("text"))).strip() or "(no text)", size
            )
            linked = link(post.get("url"), snippet) or snippet
            lines.append(f"• {linked} — {int(_number(post.get('followers'))):,} followers")
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}})
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": truncate(
                        f"{alert.get('id', '?')} · episode {alert.get('episode_start', '?')} · "
                        f"bucket {alert.get('bucket_start', '?')}",
                        300,
                    ),
                }
            ],
        }
    )
    return blocks


def item_blocks(item: dict[str, Any], detail: int) -> list[dict[str, Any]]:
    """One triage item: product, reaction, validity criteria, deadline, the post."""
    criteria = item.get("criteria") or {}
    marks = " ".join(
        f"{':white_check_mark:' if criteria.get(key) else ':x:'} {label}"
        for key, label in (
            ("reporter_identifiable", "reporter"),
            ("patient_mentioned", "patient"),
            ("product_present", "product"),
            ("reaction_present", "reaction"),
        )
    )
    product = truncate(item.get("product") or "unknown product", 100)
    reaction = truncate(item.get("reaction") or "unknown reaction", 100)
    snippet = truncate(_SPACES.sub(" ", clean(item.get("text"))).strip(), 400 if detail else 120)
    post = link(item.get("url"), "post") or escape(clean(item.get("post_id", "")))[:100]
    extra = f" · {int(item['duplicates'])} reposts" if item.get("duplicates") else ""
    text = (
        f"*{product}* — {reaction}\n> {snippet}\n{marks}\n"
        f"Due {escape(clean(item.get('deadline_at', '?')))} · {post} · "
        f"item `{truncate(item.get('id', '?'), 100)}`{extra}"
    )
    return [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]


def _size(blocks: list[dict[str, Any]]) -> int:
    return ulen(json.dumps(blocks, ensure_ascii=False))


def _header(text: str) -> dict[str, Any]:
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": plain(text, 150), "emoji": True},
    }


def notification_title(notification: dict[str, Any]) -> str:
    kind = notification.get("type", "alerts")
    if kind == "triage_new":
        count = len(notification.get("items") or [])
        return f"{count} new adverse-reaction candidate{'s' if count != 1 else ''} to triage"
    if kind == "triage_escalation":
        return "Triage deadline near: adverse-reaction candidate not acknowledged"
    alerts = notification.get("alerts") or []
    if len(alerts) == 1:
        return headline(alerts[0])
    firing = sum(1 for a in alerts if a.get("status") == "firing")
    labels = notification.get("group_labels") or {}
    scope = " · ".join(str(v) for v in labels.values() if v) or "alerts"
    status = f"[FIRING:{firing}]" if firing else "[RESOLVED]"
    resolved = len(alerts) - firing
    return f"{status} {scope}" + (f" (+{resolved} resolved)" if firing and resolved else "")


def build_message(notification: dict[str, Any]) -> dict[str, Any]:
    """The Slack webhook payload (`text` fallback + `blocks`) for a notification."""
    title = notification_title(notification)
    is_triage = notification.get("type", "alerts") != "alerts"
    units = notification.get("items" if is_triage else "alerts") or []
    render = item_blocks if is_triage else alert_blocks
    header = _header(title)
    blocks: list[dict[str, Any]] = []
    for detail in (2, 1, 0):
        blocks = [header]
        shown = 0
        for unit in units:
            candidate = [*([{"type": "divider"}] if shown else []), *render(unit, detail)]
            more = len(units) - shown - 1
            reserve = 1 if more else 0  # room for the "and N more" line
            if len(blocks) + len(candidate) + reserve > MAX_BLOCKS or _size(
                blocks + candidate
            ) > BLOCKS_BUDGET - (200 if more else 0):
                break
            blocks += candidate
            shown += 1
        if shown == len(units) or detail == 0:
            break
    hidden = len(units) - shown
    if hidden:
        what = "items" if is_triage else "alerts"
        blocks.append(
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": f"…and {hidden} more {what} not shown here."},
            }
        )
    fallback = title if not hidden else f"{title} (+{hidden} more)"
    return {"text": plain(fallback, MAX_FALLBACK_TEXT), "blocks": blocks}
