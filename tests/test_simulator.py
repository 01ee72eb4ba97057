"""The scenario simulator: its posts honour the `posts` topic contract and its crisis has the
shape the demo and the pipeline tests rely on (a spike, a negative surge, adverse reactions).

Fast (well under a second per scenario); no broker needed.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from veille.streams.records import Post
from veille.streams.sources.simulator import (
    CRISIS_TERM,
    PLATFORMS,
    TERM_IDS,
    PostTruth,
    Scenario,
    _bank_problems,
    generate_scenario,
    write_jsonl,
)

# A Friday; 21:00 UTC is 22:00 in Paris, so the crisis covers the evening peak.
END = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)
# A second shape: another seed, a crisis in the middle of the Paris night, summer time.
NIGHT_END = datetime(2026, 6, 3, 2, 30, tzinfo=UTC)

KEYS = set(Post.model_fields)
RFC3339_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def _parse(created_at: str) -> datetime:
    return datetime.strptime(created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _paris_hour(moment: datetime) -> int:
    """Paris wall-clock hour by the EU rule, independent of the module's own computation."""

    def last_sunday(month: int) -> datetime:
        day = datetime(moment.year, month, 31, 1, tzinfo=UTC)
        return day - timedelta(days=(day.weekday() + 1) % 7)

    summer = last_sunday(3) <= moment < last_sunday(10)
    return (moment + timedelta(hours=2 if summer else 1)).hour


def _authored(scenario: Scenario) -> list[dict[str, object]]:
    return [
        post
        for post in scenario.posts
        if post["repost_of"] is None and scenario.truth[str(post["id"])].duplicate_of is None
    ]


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return generate_scenario(seed=42, end=END)


@pytest.fixture(scope="module", params=[(42, END), (7, NIGHT_END)], ids=["evening", "night"])
def any_scenario(request: pytest.FixtureRequest) -> Scenario:
    seed, end = request.param
    return generate_scenario(seed=seed, end=end)


# -- determinism -----------------------------------------------------------------------------------


def test_same_seed_and_end_give_identical_output(scenario: Scenario) -> None:
    again = generate_scenario(seed=42, end=END)
    assert again.posts == scenario.posts
    assert again.truth == scenario.truth
    assert (again.crisis_start, again.crisis_end) == (scenario.crisis_start, scenario.crisis_end)
    assert json.dumps(again.posts, ensure_ascii=False) == json.dumps(
        scenario.posts, ensure_ascii=False
    )


def test_different_seed_gives_different_output(scenario: Scenario) -> None:
    other = generate_scenario(seed=43, end=END)
    assert [p["text"] for p in other.posts[:50]] != [p["text"] for p in scenario.posts[:50]]
    assert {p["text"] for p in _authored(other)} != {p["text"] for p in _authored(scenario)}


def test_end_defaults_to_now_floored_to_the_minute() -> None:
    before = datetime.now(UTC).replace(second=0, microsecond=0)
    small = generate_scenario(seed=1, quiet_days=0, crisis_hours=0.5, posts_per_quiet_day=200)
    after = datetime.now(UTC)
    assert before <= small.crisis_end <= after
    assert small.crisis_end.second == 0 and small.crisis_end.tzinfo is not None
    assert small.crisis_end - small.crisis_start == timedelta(minutes=30)


def test_naive_end_is_taken_as_utc() -> None:
    naive = generate_scenario(seed=5, quiet_days=0, crisis_hours=1, end=END.replace(tzinfo=None))
    assert naive.crisis_end == END
    assert naive.crisis_start == END - timedelta(hours=1)


# -- the contract of the posts topic ---------------------------------------------------------------


def test_posts_follow_the_contract(scenario: Scenario) -> None:
    seen: dict[str, int] = {}
    previous: tuple[str, str] | None = None
    for index, post in enumerate(scenario.posts):
        assert set(post) == KEYS
        assert isinstance(post["id"], str) and re.fullmatch(r"sim-\d{6}", post["id"])
        assert post["id"] not in seen
        seen[post["id"]] = index
        text = post["text"]
        assert isinstance(text, str) and 0 < len(text) <= 1000 and text.strip() == text
        created_at = post["created_at"]
        assert isinstance(created_at, str) and RFC3339_Z.match(created_at)
        assert _parse(created_at) <= scenario.crisis_end
        key = (created_at, post["id"])
        assert previous is None or previous <= key, "posts are sorted by created_at, then id"
        previous = key
        assert post["platform"] in PLATFORMS
        assert isinstance(post["author_id"], str) and re.fullmatch(r"u-\d+", post["author_id"])
        followers = post["author_followers"]
        assert isinstance(followers, int) and not isinstance(followers, bool) and followers >= 0
        country = post["country"]
        assert country is None or (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country))
        url = post["url"]
        assert url is None or (isinstance(url, str) and re.match(r"https://[\w.-]+\.example/", url))
        hint = post["lang_hint"]
        assert hint is None or (isinstance(hint, str) and re.fullmatch(r"[a-z]{2}", hint))
        for link in ("repost_of", "reply_to"):
            target = post[link]
            assert target is None or (isinstance(target, str) and seen.get(target, index) < index)


def test_posts_validate_against_the_pipeline_model(scenario: Scenario) -> None:
    for post in scenario.posts[::7]:
        Post.model_validate(post)


def test_truth_covers_every_post_and_is_consistent(scenario: Scenario) -> None:
    by_id = {str(p["id"]): p for p in scenario.posts}
    assert set(scenario.truth) == set(by_id)
    for post_id, truth in scenario.truth.items():
        post = by_id[post_id]
        assert isinstance(truth, PostTruth)
        crisis = _parse(str(post["created_at"])) >= scenario.crisis_start
        assert truth.phase == ("crisis" if crisis else "quiet")
        assert truth.language in {"fr", "en", "es", "de", "it"}
        assert truth.sentiment in {"negative", "neutral", "positive"}
        assert list(truth.terms) == [t for t in TERM_IDS if t in truth.terms]
        if post["repost_of"] is not None:
            original = by_id[str(post["repost_of"])]
            assert truth.duplicate_of == post["repost_of"]
            assert post["text"] in (
                original["text"],
                f"RT @{original['author_id']}: {original['text']}",
            )
            assert scenario.truth[str(original["id"])].terms == truth.terms
        if truth.duplicate_of is not None:
            assert truth.duplicate_of in by_id and truth.duplicate_of < post_id
        if post["platform"] == "news":
            assert not truth.adverse_reaction and truth.sentiment == "neutral"
        if truth.adverse_reaction:
            assert truth.sentiment == "negative" and truth.terms, post["text"]


def test_authored_texts_are_pairwise_distinct(any_scenario: Scenario) -> None:
    texts = [p["text"] for p in _authored(any_scenario)]
    duplicated = [text for text, n in Counter(texts).items() if n > 1]
    assert duplicated == []
    assert len(texts) > 3000


HARD_NEGATIVES = re.compile(
    r"pas d'effet secondaire|z[ée]ro effet ind[ée]sirable|no side effects|not a single side effect"
    r"|j'ai peur que|scared .* might|what if|il para[iî]t que|heard babies|friend of a friend"
    r"|une amie d'une amie|est-ce que .* pour adultes|is adult|aucun sympt[ôo]me|no symptoms"
    r"|il va bien|he's fine|she's fine|elle va bien",
    re.IGNORECASE,
)


def test_hard_cases_are_not_adverse_reactions(any_scenario: Scenario) -> None:
    """Negations, fears, hearsay and "given, but fine" questions are never labelled reports."""
    hard = [p for p in _authored(any_scenario) if HARD_NEGATIVES.search(str(p["text"]))]
    assert len(hard) >= 10
    mislabelled = [p["text"] for p in hard if any_scenario.truth[str(p["id"])].adverse_reaction]
    assert mislabelled == []


def test_fragment_banks_are_consistent() -> None:
    """Every template names exactly what its truth labels will claim, and no brand literally."""
    assert _bank_problems() == []


# -- the crisis ------------------------------------------------------------------------------------


def _split(scenario: Scenario) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    quiet = [p for p in scenario.posts if scenario.truth[str(p["id"])].phase == "quiet"]
    crisis = [p for p in scenario.posts if scenario.truth[str(p["id"])].phase == "crisis"]
    return quiet, crisis


def test_crisis_term_volume_spikes(any_scenario: Scenario) -> None:
    quiet, crisis = _split(any_scenario)
    quiet_hours = (any_scenario.crisis_start - _parse(str(quiet[0]["created_at"]))) / timedelta(
        hours=1
    )
    crisis_hours = (any_scenario.crisis_end - any_scenario.crisis_start) / timedelta(hours=1)
    quiet_rate = (
        sum(CRISIS_TERM in any_scenario.truth[str(p["id"])].terms for p in quiet) / quiet_hours
    )
    crisis_rate = (
        sum(CRISIS_TERM in any_scenario.truth[str(p["id"])].terms for p in crisis) / crisis_hours
    )
    assert quiet_rate > 3
    assert crisis_rate >= 5 * quiet_rate
    # Organic (authored) posts alone already make a spike; reposts and the flood add to it.
    authored = [
        p
        for p in _authored(any_scenario)
        if any_scenario.truth[str(p["id"])].phase == "crisis"
        and CRISIS_TERM in any_scenario.truth[str(p["id"])].terms
    ]
    assert len(authored) / crisis_hours >= 5 * quiet_rate * 0.8


def test_negative_share_surges_on_the_crisis_term(any_scenario: Scenario) -> None:
    def negative_share(posts: list[dict[str, object]]) -> float:
        labels = [any_scenario.truth[str(p["id"])] for p in posts]
        on_term = [t for t in labels if CRISIS_TERM in t.terms]
        return sum(t.sentiment == "negative" for t in on_term) / len(on_term)

    quiet, crisis = _split(any_scenario)
    assert negative_share(quiet) <= 0.3
    assert negative_share(crisis) >= 0.5


def test_adverse_reactions_reported_in_the_crisis(any_scenario: Scenario) -> None:
    truth = any_scenario.truth
    reports = [
        p
        for p in _authored(any_scenario)
        if truth[str(p["id"])].phase == "crisis" and truth[str(p["id"])].adverse_reaction
    ]
    assert len(reports) >= 25
    languages = Counter(truth[str(p["id"])].language for p in reports)
    assert languages["fr"] >= 5 and languages["en"] >= 5
    assert len({p["text"] for p in reports}) == len(reports)
    assert sum(CRISIS_TERM in truth[str(p["id"])].terms for p in reports) >= 25


def test_background_adverse_reactions_are_rare_on_quiet_days(scenario: Scenario) -> None:
    quiet = [p for p in _authored(scenario) if scenario.truth[str(p["id"])].phase == "quiet"]
    reports = [p for p in quiet if scenario.truth[str(p["id"])].adverse_reaction]
    assert 0 < len(reports) < 0.01 * len(quiet)


def test_viral_post_is_reposted_within_about_an_hour(scenario: Scenario) -> None:
    by_id = {str(p["id"]): p for p in scenario.posts}
    counts = Counter(str(p["repost_of"]) for p in scenario.posts if p["repost_of"] is not None)
    viral_id, reposts = counts.most_common(1)[0]
    assert 150 <= reposts <= 300
    viral = by_id[viral_id]
    assert scenario.truth[viral_id].adverse_reaction and scenario.truth[viral_id].phase == "crisis"
    delays = [
        _parse(str(p["created_at"])) - _parse(str(viral["created_at"]))
        for p in scenario.posts
        if p["repost_of"] == viral_id
    ]
    assert min(delays) > timedelta(0)
    assert max(delays) <= timedelta(minutes=70)
    assert len({p["author_id"] for p in scenario.posts if p["repost_of"] == viral_id}) == reposts


def test_copy_paste_flood_by_distinct_accounts(scenario: Scenario) -> None:
    copies = [
        p
        for p in scenario.posts
        if p["repost_of"] is None and scenario.truth[str(p["id"])].duplicate_of is not None
    ]
    origin, count = Counter(scenario.truth[str(p["id"])].duplicate_of for p in copies).most_common(
        1
    )[0]
    assert 80 <= count <= 130
    flood = [p for p in copies if scenario.truth[str(p["id"])].duplicate_of == origin]
    assert len({p["author_id"] for p in flood}) == count
    origin_text = next(str(p["text"]) for p in scenario.posts if p["id"] == origin)
    assert all(str(p["text"]).endswith(origin_text) for p in flood)
    assert all(not scenario.truth[str(p["id"])].adverse_reaction for p in flood)


def test_competitors_continue_at_normal_volume(scenario: Scenario) -> None:
    quiet, crisis = _split(scenario)
    quiet_rate = sum("ibuvia" in scenario.truth[str(p["id"])].terms for p in quiet) / 48
    crisis_rate = sum("ibuvia" in scenario.truth[str(p["id"])].terms for p in crisis) / 3
    assert 0.5 * quiet_rate <= crisis_rate <= 3 * quiet_rate


# -- quiet days ------------------------------------------------------------------------------------


def test_quiet_days_have_enough_posts(scenario: Scenario) -> None:
    quiet, _ = _split(scenario)
    assert len(quiet) / 2 >= 300
    assert 4000 <= len(scenario.posts) <= 7000


def test_nights_are_quieter_than_evenings(any_scenario: Scenario) -> None:
    quiet, _ = _split(any_scenario)
    hours = Counter(_paris_hour(_parse(str(p["created_at"]))) for p in quiet)
    night = sum(hours[h] for h in (1, 2, 3, 4))
    evening = sum(hours[h] for h in (19, 20, 21, 22))
    assert night < 0.5 * evening


def test_quiet_day_term_shares(scenario: Scenario) -> None:
    quiet = [p for p in _authored(scenario) if scenario.truth[str(p["id"])].phase == "quiet"]
    shares: Counter[str | None] = Counter()
    for post in quiet:
        terms = scenario.truth[str(post["id"])].terms
        shares.update(terms or (None,))
    expected = {
        "paracetix": 0.30,
        CRISIS_TERM: 0.10,
        "paracetix-1000": 0.08,
        "ibuvia": 0.15,
        "febrinol": 0.08,
        "orvane": 0.04,
        None: 0.25,
    }
    for term, share in expected.items():
        assert shares[term] / len(quiet) == pytest.approx(share, abs=0.04), term
    negative = sum(
        scenario.truth[str(p["id"])].sentiment == "negative"
        for p in quiet
        if scenario.truth[str(p["id"])].terms
    )
    assert 0.12 <= negative / sum(bool(scenario.truth[str(p["id"])].terms) for p in quiet) <= 0.25


def test_languages_audiences_and_platform_hints(scenario: Scenario) -> None:
    languages = Counter(t.language for t in scenario.truth.values())
    total = len(scenario.posts)
    assert languages["fr"] > languages["en"] > 0.2 * total
    assert all(languages[lang] > 0 for lang in ("es", "de", "it"))
    assert (languages["es"] + languages["de"] + languages["it"]) < 0.15 * total
    followers = sorted(
        p["author_followers"] for p in scenario.posts if isinstance(p["author_followers"], int)
    )
    assert len(followers) == total
    assert followers[len(followers) // 2] < 500
    assert followers[-1] > 50_000
    hinted = [p for p in scenario.posts if p["lang_hint"] is not None]
    assert 0.4 <= len(hinted) / total <= 0.6
    wrong = [p for p in hinted if p["lang_hint"] != scenario.truth[str(p["id"])].language]
    assert 0 < len(wrong) < 0.2 * len(hinted)
    assert {p["platform"] for p in scenario.posts} == set(PLATFORMS)
    authors = Counter(p["author_id"] for p in scenario.posts)
    assert authors.most_common(1)[0][1] >= 5, "a pool of authors, some post several times"
    assert sum(p["reply_to"] is not None for p in scenario.posts) > 100


# -- settings and output ---------------------------------------------------------------------------


def test_small_settings_and_invalid_arguments() -> None:
    empty = generate_scenario(seed=1, quiet_days=0, crisis_hours=0, end=END)
    assert empty.posts == [] and empty.truth == {}
    short = generate_scenario(
        seed=1, quiet_days=1, crisis_hours=0.5, posts_per_quiet_day=400, end=END
    )
    assert 300 < len(short.posts) < 2000
    assert any(t.phase == "crisis" for t in short.truth.values())
    for bad in ({"quiet_days": -1}, {"crisis_hours": -1.0}, {"posts_per_quiet_day": -5}):
        with pytest.raises(ValueError):
            generate_scenario(end=END, **bad)  # type: ignore[arg-type]


def test_write_jsonl_round_trip(scenario: Scenario, tmp_path: Path) -> None:
    path = tmp_path / "out" / "scenario.jsonl"
    assert write_jsonl(scenario.posts, path) == len(scenario.posts)
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines()
    assert len(lines) == len(scenario.posts) and raw.endswith("\n")
    assert [json.loads(line) for line in lines] == scenario.posts
    assert "é" in raw and "\\u00e9" not in raw
    assert lines[0] == json.dumps(scenario.posts[0], ensure_ascii=False, separators=(",", ":"))


def test_default_scenario_is_fast() -> None:
    started = time.perf_counter()
    generate_scenario(seed=9, end=END)
    assert time.perf_counter() - started < 2.0
