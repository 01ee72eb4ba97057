"""Near-duplicate flood suppression: campaigns caught, distinct posts spared, stable, bounded."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tracemalloc
from datetime import UTC, datetime
from functools import cache

import pytest

from veille.agents.count_agent import RecentFingerprints
from veille.agents.counting import SeriesState, fingerprint
from veille.agents.near_duplicates import (
    BITS,
    MAX_DISTANCE,
    NearDuplicateIndex,
    hamming,
    simhash,
    text_fingerprint,
    tokens,
)
from veille.streams.sources.simulator import FLOOD_POSTS, TERM_GROUPS, generate_scenario

T0 = 1_795_000_000 - 1_795_000_000 % 60

# Campaign messages of 9 to 31 words once normalised: the shortest are the hard case for SimHash
# (one edited word is a large share of the text).
CAMPAIGNS = (
    "Le Paracetix Junior a rendu ma fille malade, boycott!! #Paracetix",
    "Mon fils a vomi toute la nuit après le sirop Paracetix Junior, Orvane cache la vérité, "
    "partagez 🙏",
    FLOOD_POSTS[0].format(p="Paracetix Junior", o="Orvane", h="#paracetix"),
    FLOOD_POSTS[1].format(p="Paracetix Junior", o="Orvane"),
)
EMOJIS = ("😡", "🙏", "⚠️", "💔", "🔁", "😱", "👇")
PUNCTUATION = ("!", "!!", "!!!", ".", "...", "?", ",", " :")


@cache
def scenario_posts() -> tuple[tuple[str, bool, tuple[str, ...]], ...]:
    """(text, is an original post, terms) of a seeded simulator scenario, in stream order."""
    scenario = generate_scenario(seed=3, quiet_days=2, end=datetime(2026, 11, 20, 12, tzinfo=UTC))
    return tuple(
        (
            str(post["text"]),
            scenario.truth[str(post["id"])].duplicate_of is None,
            scenario.truth[str(post["id"])].terms,
        )
        for post in scenario.posts
    )


@cache
def vocabulary() -> tuple[str, ...]:
    """Real words to swap in and insert: those of the simulator's French and English posts."""
    words = {w for text, _, _ in scenario_posts() for w in text.split() if w.isalpha()}
    return tuple(sorted(words))


def edited_copy(base: str, rng: random.Random) -> str:
    """The base message with one or two of the edits campaigns use to dodge exact filters."""
    words = base.split()
    for _ in range(rng.choice((1, 1, 2))):
        edit = rng.choice(("swap", "insert", "drop", "handle", "link", "emoji", "punctuation"))
        i = rng.randrange(len(words))
        if edit == "swap":
            words[i] = rng.choice(vocabulary())
        elif edit == "insert":
            words.insert(i, rng.choice(vocabulary()))
        elif edit == "drop" and len(words) > 4:
            del words[i]
        elif edit == "handle":
            words.insert(0, f"@user{rng.randrange(10**6)}")
        elif edit == "link":
            words.append(f"https://t.co/{rng.randrange(16**8):08x}")
        elif edit == "emoji":
            words.append("".join(rng.sample(EMOJIS, rng.randint(1, 3))))
        else:
            words[i] += rng.choice(PUNCTUATION)
    return " ".join(words)


def mention(offset: int, created: float, text: str) -> list:
    """A mention record as `mention_batches` builds it (only the fields counting reads matter)."""
    return [offset, created, -1, "fr", "FR", 10, 0, fingerprint(text), f"p{offset}", None, None]


def duplicate_share(texts: list[str]) -> float:
    """Counted the way the stream counts: mention records through a series' state."""
    state = SeriesState(None, 60)
    seen = RecentFingerprints().for_series("term:paracetix-junior")
    mentions = [mention(i, T0 + i * 3, text) for i, text in enumerate(texts)]
    state.add(0, mentions, seen)
    buckets = state.buckets.values()
    assert sum(b["n"] for b in buckets) == len(texts)  # counts stay exact
    return sum(b["dups"] for b in buckets) / len(texts)


@pytest.mark.parametrize("base", CAMPAIGNS, ids=["short", "medium", "flood-1", "flood-2"])
def test_an_edited_copy_paste_campaign_counts_as_duplicates(base: str) -> None:
    rng = random.Random(CAMPAIGNS.index(base))
    copies = [edited_copy(base, rng) for _ in range(500)]
    assert len(set(copies)) > 400  # the edits really vary the text
    assert duplicate_share(copies) >= 0.95


def distinct_genuine_posts(count: int) -> list[str]:
    """Original posts about one brand, each sharing under half its words with every other.

    The simulator composes posts from a finite bank of sentences, so many of its "original"
    posts are the same sentence with another greeting, emoji or typo: textual near-duplicates
    that any near-duplicate detector (and a human) would flag. Distinct messages are what must
    not be flagged; the selection uses word overlap, not SimHash, so the test is not circular.
    """
    kept: list[str] = []
    kept_words: list[set[str]] = []
    for text, original, terms in scenario_posts():
        if not original or not any(TERM_GROUPS[t] == "paracetix" for t in terms):
            continue
        words = set(tokens(text))
        if words and all(len(words & o) < 0.5 * min(len(words), len(o)) for o in kept_words):
            kept.append(text)
            kept_words.append(words)
            if len(kept) == count:
                break
    return kept


def test_distinct_genuine_posts_about_one_brand_are_rarely_flagged() -> None:
    posts = distinct_genuine_posts(500)
    assert len(posts) == 500
    assert duplicate_share(posts) <= 0.02


def test_fingerprint_ignores_handles_links_tags_emojis_punctuation_and_case() -> None:
    base = "Le Paracetix Junior a rendu ma fille malade, boycott!"
    variant = (
        "RT @someone: le PARACÉTIX junior a rendu ma fille malade boycott 😡😡 https://x.y/1 #t"
    )
    assert fingerprint(base) == fingerprint(variant)
    assert 0 <= fingerprint(base) < 1 << BITS  # a non-negative int64 in JSON


def test_one_word_edits_stay_closer_than_distinct_posts() -> None:
    """The margin the threshold sits in: a swapped word moves a post of 10+ words ~6-7 bits on
    average (one pair alone can exceed the threshold; a campaign has many chances to match),
    while distinct posts stay well beyond it."""
    rng = random.Random(5)
    posts = [p for p in distinct_genuine_posts(300) if len(tokens(p)) >= 10]
    distances = []
    for post in posts:
        words = tokens(post)
        for _ in range(5):
            edited = list(words)
            edited[rng.randrange(len(edited))] = rng.choice(vocabulary()).lower()
            distances.append(hamming(simhash(words), simhash(edited)))
    assert sum(distances) / len(distances) < 0.8 * MAX_DISTANCE
    originals = [simhash(tokens(p)) for p in posts]
    closest = min(hamming(a, b) for i, a in enumerate(originals) for b in originals[:i])
    assert closest > MAX_DISTANCE


def test_short_texts_are_matched_exactly() -> None:
    assert fingerprint("Merci !") == fingerprint("merci") < 0
    index = NearDuplicateIndex()
    assert not index.seen_before(fingerprint("merci beaucoup"), T0)
    assert not index.seen_before(fingerprint("merci bien"), T0)
    assert index.seen_before(fingerprint("Merci beaucoup !!"), T0)
    # no word at all: matched on the emojis (in any order), not on nothing
    assert fingerprint("@a 😡😡👀") == fingerprint("👀😡😡 https://t.co/x")
    assert fingerprint("@a 😡😡👀") != fingerprint("@a 🙏")


PINNED_SIMHASH = 4324609857329113173


def test_fingerprints_are_identical_in_other_processes() -> None:
    """No salted hash() anywhere: other hash seeds, same fingerprints (and the known values)."""
    texts = [text for text, _, _ in scenario_posts()[:200]]
    expected = [text_fingerprint(t) for t in texts]
    code = (
        "import sys, json\n"
        "from veille.agents.near_duplicates import text_fingerprint\n"
        "print(json.dumps([text_fingerprint(t) for t in json.load(sys.stdin)]))\n"
    )
    for seed in ("1", "4242"):
        result = subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert json.loads(result.stdout) == expected
    # pinned: a change of algorithm changes what the mention records mean
    assert simhash(["le", "paracetix", "junior", "a", "rendu", "ma", "fille", "malade"]) == (
        PINNED_SIMHASH
    )


@pytest.mark.parametrize("max_distance", [3, MAX_DISTANCE, 11, 15])
def test_the_index_finds_exactly_what_is_within_the_distance(max_distance: int) -> None:
    """The pigeonhole banding misses nothing within the distance and admits nothing beyond."""
    rng = random.Random(max_distance)
    for _ in range(300):
        index = NearDuplicateIndex(max_distance=max_distance)
        stored = [rng.getrandbits(BITS) for _ in range(3)]
        for value in stored:
            index.seen_before(value, T0)
        distance = rng.randint(1, max_distance + 6)
        probe = stored[1]
        for bit in rng.sample(range(BITS), distance):
            probe ^= 1 << bit
        nearest = min(hamming(probe, value) for value in stored)
        assert (probe in index) == (nearest <= max_distance)


def test_entries_expire_by_event_time() -> None:
    assert 1 not in NearDuplicateIndex()
    assert 1 not in NearDuplicateIndex(max_age_seconds=float("inf"))
    index = NearDuplicateIndex(max_age_seconds=3600)
    text = fingerprint("le paracetix junior a rendu ma fille malade")
    index.seen_before(text, T0)
    assert index.seen_before(text, T0 + 1800)
    assert not index.seen_before(fingerprint("autre chose de tout a fait different ici"), T0 + 9000)
    assert text not in index  # last seen at T0 + 1800, more than an hour before T0 + 9000
    assert len(index) == 1


def _band_items(index: NearDuplicateIndex) -> list[int]:
    counts = []
    for *_, table in index._bands:
        counts.append(sum(1 if isinstance(b, int) else len(b) for b in table.values()))
    return counts


def test_memory_stays_bounded_over_100k_inserts() -> None:
    rng = random.Random(3)
    index = NearDuplicateIndex(max_items=2048, max_age_seconds=1e9)  # the size cap alone
    base = rng.getrandbits(BITS)
    for i in range(100_000):
        if i % 3 == 0:  # a campaign: many fingerprints sharing band values
            fp = base ^ (1 << rng.randrange(BITS)) ^ (1 << rng.randrange(BITS))
        elif i % 3 == 1:
            fp = rng.getrandbits(BITS)
        else:
            fp = -1 - rng.getrandbits(BITS)  # short texts: exact
        index.seen_before(fp, T0 + i)
        assert len(index) <= 2048
    assert len(index) == 2048
    positive = sum(1 for fp in index._when if fp >= 0)
    assert _band_items(index) == [positive] * len(index._bands)  # nothing leaks in the bands


def test_memory_per_fingerprint_is_as_documented() -> None:
    """~0.6 KB per fingerprint (docstring of NearDuplicateIndex): 2,048 stay under 1.5 MB."""
    rng = random.Random(4)
    NearDuplicateIndex()  # the shared probe tables are built once, not per index
    tracemalloc.start()
    try:
        index = NearDuplicateIndex(max_items=2048)
        for i in range(5000):
            index.seen_before(rng.getrandbits(BITS), T0 + i * 0.01)
        size, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(index) == 2048
    assert size < 1.5e6


def test_recent_fingerprints_are_per_series() -> None:
    fingerprints = RecentFingerprints(per_series=100)
    text = fingerprint("le paracetix junior a rendu ma fille malade")
    assert not fingerprints.for_series("a").seen_before(text, T0)
    assert not fingerprints.for_series("b").seen_before(text, T0)
    assert fingerprints.for_series("a").seen_before(text, T0)


def test_fingerprint_memory_is_shared_out_within_one_budget() -> None:
    from veille.agents.count_agent import (
        FINGERPRINT_BUDGET,
        MIN_FINGERPRINTS_PER_SERIES,
        fingerprints_per_series,
    )

    assert fingerprints_per_series(9) == 2048  # the demo's few brands keep the full depth
    for series in (100, 1_100, 5_000):
        per_series = fingerprints_per_series(series)
        assert per_series >= MIN_FINGERPRINTS_PER_SERIES
        assert per_series * series <= max(FINGERPRINT_BUDGET, MIN_FINGERPRINTS_PER_SERIES * series)
    assert fingerprints_per_series(1_100) * 1_100 <= FINGERPRINT_BUDGET
