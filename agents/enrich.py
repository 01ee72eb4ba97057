"""The one enrichment function: raw messages in, enriched records and rejections out.

The Faust agent and the offline `veille enrich` command both call `Enricher.enrich_batch`, so
the stream and the command cannot disagree. It works on whole batches because the classifiers
are native code whose per-call overhead dwarfs the per-post work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import orjson

from veille import __version__
from veille.agents.adverse import AdeResult, AdverseReactionDetector, products_from_watchlists
from veille.agents.language import DEFAULT_THRESHOLD, UNDETERMINED, LanguageIdentifier
from veille.agents.sentiment_model import FastTextSentiment
from veille.agents.watchlists import Match, WatchlistMatcher
from veille.streams.records import SCHEMA_VERSION, Post, format_timestamp
from veille.streams.validation import Limits, Reason, Rejection, parse_post


@dataclass(frozen=True, slots=True)
class SourceMessage:
    """A consumed message, reduced to what enrichment and dead-lettering need."""

    value: bytes | None
    key: bytes | None = None
    topic: str = "posts"
    partition: int = 0
    offset: int = 0
    timestamp: float | None = None  # the broker's, in seconds: the time of a post without one


@dataclass(slots=True)
class BatchResult:
    enriched: list[tuple[SourceMessage, dict]] = field(default_factory=list)
    rejected: list[tuple[SourceMessage, Rejection]] = field(default_factory=list)


class Enricher:
    def __init__(
        self,
        matcher: WatchlistMatcher,
        *,
        limits: Limits | None = None,
        language_threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        self.limits = limits or Limits()
        self.matcher = matcher
        self.adverse = adverse_detector_for(matcher)
        self.language = LanguageIdentifier(threshold=language_threshold)
        self.sentiment = FastTextSentiment()

    def enrich_batch(
        self, messages: Sequence[SourceMessage], now: datetime | None = None
    ) -> BatchResult:
        now = now or datetime.now(UTC)
        result = BatchResult()
        valid: list[tuple[SourceMessage, Post]] = []
        for message in messages:
            try:
                parsed = parse_post(message.value, self.limits, now)
            except Exception as exc:  # a validation bug must cost one dead letter, not the worker
                parsed = _processing_error(exc)
            if isinstance(parsed, Rejection):
                result.rejected.append((message, parsed))
            else:
                valid.append((message, parsed))
        if not valid:
            return result
        # Copy-paste floods and plain reposts repeat a text word for word (a fifth of the
        # simulator's stream is spared this way): every classifier is a function of the text
        # alone, so each distinct text of a batch is classified once.
        texts = list(dict.fromkeys(post.text for _, post in valid))
        try:
            languages = dict(zip(texts, self.language.identify(texts), strict=True))
            sentiments = dict(zip(texts, self.sentiment.classify(texts), strict=True))
        except Exception:
            # A classifier failure on one text must not take the batch down: retry one by one
            # and dead-letter only the posts that still fail.
            return self._enrich_one_by_one(valid, result, now)
        # one snapshot per batch, even if a reload swaps them meanwhile
        matcher, adverse = self.matcher, self.adverse
        enriched_at = format_timestamp(now)
        verdicts: dict[str, tuple[list[Match], AdeResult]] = {}
        for message, post in valid:
            try:
                record = _build_record(
                    message,
                    post,
                    languages[post.text],
                    sentiments[post.text],
                    matcher,
                    adverse,
                    now,
                    enriched_at,
                    verdicts,
                )
            except Exception as exc:
                result.rejected.append((message, _processing_error(exc)))
            else:
                result.enriched.append((message, record))
        return result

    def _enrich_one_by_one(
        self, valid: list[tuple[SourceMessage, Post]], result: BatchResult, now: datetime
    ) -> BatchResult:
        enriched_at = format_timestamp(now)
        verdicts: dict[str, tuple[list[Match], AdeResult]] = {}
        for message, post in valid:
            try:
                language = self.language.identify([post.text])[0]
                sentiment = self.sentiment.classify([post.text])[0]
                record = _build_record(
                    message,
                    post,
                    language,
                    sentiment,
                    self.matcher,
                    self.adverse,
                    now,
                    enriched_at,
                    verdicts,
                )
            except Exception as exc:
                result.rejected.append((message, _processing_error(exc)))
            else:
                result.enriched.append((message, record))
        return result


_PRODUCT_ROLES = frozenset({"brand", "product", "competitor"})


def adverse_detector_for(matcher: WatchlistMatcher) -> AdverseReactionDetector:
    """The watchlist's medicines join the drug dictionary as suspect products."""
    return AdverseReactionDetector(products_from_watchlists(matcher.groups))


def _processing_error(exc: Exception) -> Rejection:
    return Rejection(Reason.PROCESSING_ERROR, f"{type(exc).__name__}: {exc}"[:500])


def _build_record(
    message: SourceMessage,
    post: Post,
    language: tuple[str, float],
    sentiment: tuple[str, float],
    matcher: WatchlistMatcher,
    adverse: AdverseReactionDetector,
    now: datetime,
    enriched_at: str,
    verdicts: dict[str, tuple[list[Match], AdeResult]],
) -> dict:
    """`verdicts` remembers the matches and the adverse-reaction verdict of each text already
    seen in the batch (both depend on the text alone, the language being the text's)."""
    found = verdicts.get(post.text)
    if found is None:
        matches = matcher.match(post.text)
        products = [matcher.labels[m.term] for m in matches if m.role in _PRODUCT_ROLES]
        found = verdicts[post.text] = (matches, adverse.detect(post.text, language[0], products))
    matches, ade = found
    flags = []
    if post.repost_of:
        flags.append("repost")
    if post.reply_to:
        flags.append("reply")
    if post.lang_hint and language[0] != UNDETERMINED and post.lang_hint != language[0]:
        flags.append("lang_hint_mismatch")
    if ade.candidate:
        flags.append("adverse_reaction_candidate")
        # Someone reporting a reaction to a product is not pleased with it, whatever words the
        # sentiment model weighs (it reads "she had a seizure" as a fact, not a stance).
        if sentiment[0] != "negative":
            sentiment = ("negative", min(sentiment[1], -0.5))
    if len(matches) > 1:
        terms, groups = sorted({m.term for m in matches}), sorted({m.group for m in matches})
    else:  # most posts match one term or none: no sets to build and sort
        terms, groups = [m.term for m in matches], [m.group for m in matches]
    created_at = post.created_at
    if created_at is None:
        flags.append("created_at_missing")
        created_at = datetime.fromtimestamp(message.timestamp, UTC) if message.timestamp else now
    return {
        "schema_version": SCHEMA_VERSION,
        "id": post.id,
        "text": post.text,
        "created_at": format_timestamp(created_at),
        "platform": post.platform,
        "author_id": post.author_id,
        "author_followers": post.author_followers,
        "country": post.country,
        "url": post.url,
        "repost_of": post.repost_of,
        "reply_to": post.reply_to,
        "lang_hint": post.lang_hint,
        "language": language[0],
        "language_confidence": language[1],
        "sentiment": {"label": sentiment[0], "score": sentiment[1]},
        "matches": [{"term": m.term, "group": m.group, "role": m.role} for m in matches],
        "terms": terms,
        "groups": groups,
        "flags": flags,
        "ade": ade.to_dict(),
        "source": {
            "topic": message.topic,
            "partition": message.partition,
            "offset": message.offset,
        },
        "enriched_at": enriched_at,
        "veille_version": __version__,
    }


def encode(record: dict) -> bytes:
    return orjson.dumps(record)
