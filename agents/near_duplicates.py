"""Near-duplicate texts for flood suppression: a 63-bit SimHash and a bounded banded index.

A copy-paste campaign posts one message hundreds of times with small edits to dodge exact
filters: a handle, a link, an emoji or punctuation changed (normalisation removes those), or a
word added, dropped or swapped (normalisation cannot). An exact hash of the normalised text
misses the second kind, so each text gets a SimHash instead: similar bags of words give
fingerprints that differ in few bits, and "seen a near-duplicate recently" becomes "a recent
fingerprint within Hamming distance `MAX_DISTANCE`".

Choices, measured on the simulator's posts and on synthetic campaigns
(tests/test_near_duplicates.py, benchmarks/near_duplicates.py):

- Features are the normalised words (a bag of unigrams). On tweets one edited word moves a
  word-bigram SimHash further than a unigram one (it changes three features, not one), for the
  same false positives on distinct posts.
- Distance `MAX_DISTANCE = 9` of 63 bits. One swapped word moves a 10-14 word post ~7 bits on
  average, a 5-9 word post ~9, so the k = 3 of web-page deduplication catches only 64-78 % of a
  campaign of 9-17 word posts (96-99 % at k = 9, where any earlier copy within reach counts).
  Distinct posts about the same brand were never within 9 bits of each other (closest: 13).
- Recency is event time, `MAX_AGE_SECONDS = 30 min`: a flood is copies close in time. Over days
  people do reuse the same stock phrases (the simulator's template posts do too): with a
  24-hour memory a quarter of its original posts were flagged, with 30 minutes 2-3 %.
- 63 bits, not 64: the fingerprint travels as a JSON integer in the mention records and stays a
  non-negative signed 64-bit value. Texts with fewer than `MIN_TOKENS` words get an exact hash
  instead, as a negative integer (a SimHash of three words is noise): one slot, two kinds,
  told apart by the sign.
- Stable: every hash is BLAKE2b of UTF-8 bytes, never Python's salted `hash()`, so the same
  text gives the same fingerprint in every process and after restarts.
- Pure Python, no dependency: SimHash costs ~2.5 us per post (8-bit lanes in one big integer,
  below) and the index ~5 us per query+insert. MinHash LSH (datasketch) would put a signature
  of many integers (128 by default) in every mention record instead of one.
"""

from __future__ import annotations

import hashlib
import re

from veille.agents.text import fold

BITS = 63
MAX_DISTANCE = 9
MIN_TOKENS = 4  # fewer words than this: exact matching only
MAX_TOKENS = 255  # SimHash counters are 8-bit lanes; a longer text is hashed on its first 255 words
MAX_ITEMS = 2048  # per index (one per series)
MAX_AGE_SECONDS = 1800.0  # of event time: a flood is copies close in time, not a phrase used daily

# What campaigns vary and what carries no wording: links, handles, tags and cashtags are matched
# whole and dropped; the words are the runs of letters left (digits, punctuation, emojis split
# and vanish). One findall on the folded text: cheaper than substitute-then-split.
_TOKEN = re.compile(r"https?://\S*|(?<!\w)[@#$]\w*|([^\W\d_]+)")
# For texts with no word at all (emoji-only replies, tags only): links, handles, spaces go.
_BARE_NOISE = re.compile(r"https?://\S+|(?<!\w)@[\w-]+|\s+")

# SimHash in pure Python without a loop over 63 bits per word: each word's hash is "spread" into
# a big integer with one 8-bit counter (lane) per bit, so adding the spread integers of a text's
# words counts, in every lane at once, how many words have that bit set (at most 255 words: no
# carry between lanes). Adding 128 - (n // 2 + 1) to every lane then sets a lane's top bit iff
# more than half of the words have its bit set: that is SimHash's majority vote.
_LANE_BITS = 8
_ONES = int.from_bytes(b"\x01" * BITS, "big")  # 1 in every lane
_BINARY_TO_LANES = bytes.maketrans(b"01", b"\x00\x01")
_LANES_TO_BINARY = bytes.maketrans(b"\x00\x01", b"01")
_MAX_CACHED_WORDS = 20_000  # ~4 MB; the cache is a memo, so clearing it changes no result


def exact_hash(text: str) -> int:
    """A 63-bit BLAKE2b of a string, stable across processes."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 1


class _SpreadCache(dict[str, int]):
    """word -> its 63-bit hash spread one bit per 8-bit lane: ~1 us a new word, ~40 ns after."""

    def __missing__(self, word: str) -> int:
        if len(self) >= _MAX_CACHED_WORDS:
            self.clear()
        spread = int.from_bytes(
            format(exact_hash(word), "063b").encode().translate(_BINARY_TO_LANES), "big"
        )
        self[word] = spread
        return spread


_SPREAD = _SpreadCache()


def tokens(text: str) -> list[str]:
    """The words of a text once case, accents, links, handles, tags, digits, emojis are gone.

    A leading "RT" (a manual retweet) goes too.
    """
    words = [word for word in _TOKEN.findall(fold(text)) if word]
    if words and words[0] == "rt":
        del words[0]
    return words


def simhash(words: list[str]) -> int:
    """63-bit SimHash of a bag of words (each word one unit of weight, repeats count)."""
    words = words[:MAX_TOKENS]
    counts = sum(map(_SPREAD.__getitem__, words))
    majority = len(words) // 2 + 1
    voted = (counts + (128 - majority) * _ONES) >> (_LANE_BITS - 1) & _ONES
    return int(voted.to_bytes(BITS, "big").translate(_LANES_TO_BINARY), 2)


def text_fingerprint(text: str) -> int:
    """The duplicate fingerprint of a post: SimHash (>= 0), or an exact hash (< 0) when short.

    A text with no word left is matched exactly on what it has besides links and handles (its
    emojis and tags, in any order): otherwise every emoji-only reply would count as a copy of
    every other one.
    """
    words = tokens(text)
    if len(words) >= MIN_TOKENS:
        return simhash(words)
    key = " ".join(words) if words else "\x00" + "".join(sorted(_BARE_NOISE.sub("", fold(text))))
    return -1 - exact_hash(key)


def hamming(a: int, b: int) -> int:
    """Bits that differ between two fingerprints."""
    return (a ^ b).bit_count()


# The index: multi-index hashing (pigeonhole). Split the 63 bits into b bands; two fingerprints
# within distance k <= 2b - 1 differ by at most one bit in at least one band (if every band
# differed by two or more, the distance would be at least 2b). So a query looks up, per band, its
# own band value and the values one bit away, and checks the few fingerprints found there
# exactly: ~70 dictionary probes and a handful of popcounts, whatever the number stored.
MIN_BANDS = 5  # bands of at most 13 bits: the probe tables stay small (~2 MB in all)


def band_layout(max_distance: int) -> list[tuple[int, int]]:
    """(shift, width) of each band: as few bands as the distance allows, widths within one."""
    bands = max(MIN_BANDS, max_distance // 2 + 1)
    widths = [BITS // bands + (i < BITS % bands) for i in range(bands)]
    shifts = [sum(widths[:i]) for i in range(bands)]
    return list(zip(shifts, widths, strict=True))


def _balls(width: int) -> list[tuple[int, ...]]:
    """For each band value, itself and the values one bit away (built once, ~1 MB per width)."""
    values = list(range(1 << width))  # shared int objects: the tuples hold references
    flips = [1 << bit for bit in range(width)]
    return [(value, *(values[value ^ flip] for flip in flips)) for value in values]


_BALL_CACHE: dict[int, list[tuple[int, ...]]] = {}


def _ball_table(width: int) -> list[tuple[int, ...]]:
    if width not in _BALL_CACHE:
        _BALL_CACHE[width] = _balls(width)
    return _BALL_CACHE[width]


class NearDuplicateIndex:
    """Recent fingerprints of one series; answers "seen a near-duplicate?" in O(1).

    Bounded: at most `max_items` fingerprints (the least recently seen is evicted first) and, of
    event time, none older than `max_age_seconds` before the newest one seen. Memory is ~0.6 KB
    per fingerprint (the recency dict and one bucket entry per band), so at most ~1.2 MB per
    series at the default 2,048 (measured in tests/test_near_duplicates.py), plus ~2 MB of
    probe tables shared by all indexes. Identical fingerprints take one slot.

    Negative fingerprints (exact hashes of short texts) only match themselves.
    """

    def __init__(
        self,
        max_items: int = MAX_ITEMS,
        max_distance: int = MAX_DISTANCE,
        max_age_seconds: float = MAX_AGE_SECONDS,
    ) -> None:
        if not 0 <= max_distance <= 15:  # beyond, bands get too narrow to prune anything
            raise ValueError(f"max_distance must be in 0..15, got {max_distance}")
        if max_items < 1:
            raise ValueError(f"max_items must be >= 1, got {max_items}")
        self.max_items = max_items
        self.max_distance = max_distance
        self.max_age_seconds = max_age_seconds
        self._when: dict[int, float] = {}  # fingerprint -> event time, least recent first
        self._newest = float("-inf")
        # per band: band value -> the fingerprint with that value, or a list of them if several
        # (rare unless a campaign is running): no container for the common case saves memory.
        self._bands: list[tuple[int, int, list[tuple[int, ...]], dict[int, int | list[int]]]] = [
            (shift, (1 << width) - 1, _ball_table(width), {})
            for shift, width in band_layout(max_distance)
        ]

    def __len__(self) -> int:
        return len(self._when)

    def seen_before(self, fingerprint: int, when: float) -> bool:
        """Was a near-duplicate of `fingerprint` seen recently? Either way, remember this one.

        `when` is the post's event time (epoch seconds): expiry follows the stream, not the
        wall clock, so a replay of old data behaves like live data.
        """
        self._newest = max(self._newest, when)
        self._expire()
        found = self._find(fingerprint)
        self._add(fingerprint, when)
        return found

    def __contains__(self, fingerprint: object) -> bool:
        return isinstance(fingerprint, int) and self._find(fingerprint)

    def _find(self, fingerprint: int) -> bool:
        cutoff = self._newest - self.max_age_seconds
        when = self._when
        seen_at = when.get(fingerprint)
        if seen_at is not None and seen_at >= cutoff:
            return True
        if fingerprint < 0:
            return False
        limit = self.max_distance
        for shift, mask, balls, table in self._bands:
            # the band values present among this one and its one-bit neighbours (a C-level
            # set intersection: most of the 13-14 probes miss)
            for key in table.keys() & balls[fingerprint >> shift & mask]:
                bucket = table[key]
                if type(bucket) is int:
                    if (bucket ^ fingerprint).bit_count() <= limit and when[bucket] >= cutoff:
                        return True
                elif min(map(int.bit_count, map(fingerprint.__xor__, bucket))) <= limit:
                    for candidate in bucket:
                        if (candidate ^ fingerprint).bit_count() <= limit and (
                            when[candidate] >= cutoff
                        ):
                            return True
        return False

    def _add(self, fingerprint: int, when: float) -> None:
        seen_at = self._when.pop(fingerprint, None)
        if seen_at is not None:  # seen again: move to the most recent end
            self._when[fingerprint] = max(seen_at, when)
            return
        self._when[fingerprint] = when
        if fingerprint >= 0:
            for shift, mask, balls, table in self._bands:
                value = fingerprint >> shift & mask
                key = balls[value][0]  # the shared int object: no new int per band
                bucket = table.get(key)
                if bucket is None:
                    table[key] = fingerprint  # one fingerprint: no container at all
                elif type(bucket) is int:
                    table[key] = [bucket, fingerprint]
                else:
                    bucket.append(fingerprint)
        if len(self._when) > self.max_items:
            self._remove(next(iter(self._when)))

    def _expire(self) -> None:
        # Entries are in order of last sighting, which is event-time order up to late posts: the
        # sweep stops at the first recent one, so an expired entry can stay behind a late one
        # for a while (`_find` ignores it; `max_items` still bounds the total).
        cutoff = self._newest - self.max_age_seconds
        while self._when:
            oldest = next(iter(self._when))
            if self._when[oldest] >= cutoff:
                return
            self._remove(oldest)

    def _remove(self, fingerprint: int) -> None:
        del self._when[fingerprint]
        if fingerprint < 0:
            return
        for shift, mask, _, table in self._bands:
            key = fingerprint >> shift & mask
            bucket = table[key]
            if type(bucket) is int:
                del table[key]
            else:
                bucket.remove(fingerprint)
                if len(bucket) == 1:
                    table[key] = bucket[0]
