"""SpikeDetector / NegativeSurgeDetector / detect_csv: the behaviours a crisis team relies on."""

from __future__ import annotations

import csv
import json
import math
import random
from pathlib import Path

import pytest

from veille.agents.detect_offline import detect_csv, infer_bucket, parse_bucket
from veille.agents.detectors import (
    DEFAULT_THRESHOLD,
    NegativeSurgeDetector,
    SpikeDetector,
    SurgeScore,
)

BUCKET = 300
PER_DAY = 86400 // BUCKET
T0 = 1_425_168_000.0  # 2015-03-01 00:00 UTC


def poisson(rng: random.Random, lam: float) -> int:
    """Knuth's sampler: fine for the small means used here."""
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def run(values: list[float], det: SpikeDetector | None = None, start: int = 0) -> list:
    det = det or SpikeDetector(BUCKET)
    return [det.update(T0 + (start + i) * BUCKET, v) for i, v in enumerate(values)]


def daily(i: int, base: float = 60.0, amp: float = 40.0) -> float:
    return base + amp * math.sin(2 * math.pi * (i % PER_DAY) / PER_DAY)


def test_default_threshold_is_module_level() -> None:
    assert 0.0 < DEFAULT_THRESHOLD < 1.0
    assert SpikeDetector(BUCKET).threshold == DEFAULT_THRESHOLD


def test_causal_future_never_changes_past() -> None:
    rng = random.Random(1)
    values = [float(poisson(rng, daily(i) / 4)) for i in range(3 * PER_DAY)]
    cut = 2 * PER_DAY
    changed = values[:cut] + [v * 20 + 50 for v in values[cut:]]
    a, b = run(values), run(changed)
    assert a[:cut] == b[:cut]
    assert a[cut:] != b[cut:]


def test_cold_start_flat_series_never_alerts() -> None:
    scores = run([10.0] * (2 * PER_DAY))
    assert not any(s.alert for s in scores)
    assert all(s.score == 0.0 for s in scores[: PER_DAY - 1])  # warm-up: no score at all
    assert scores[-1].expected == pytest.approx(10.0, rel=0.05)  # learnt fast


def test_low_counts_poisson_noise_is_quiet_but_a_real_jump_alerts() -> None:
    rng = random.Random(2)
    noise = [float(poisson(rng, 0.05)) for _ in range(7 * PER_DAY)]
    assert max(noise) >= 1
    det = SpikeDetector(BUCKET)
    assert not any(s.alert for s in run(noise, det))
    jump = run([30.0] * 12, det, start=len(noise))
    assert any(s.alert for s in jump)


def test_zero_to_two_at_three_an_hour_does_not_alert() -> None:
    rng = random.Random(3)
    det = SpikeDetector(BUCKET)
    run([float(poisson(rng, 0.25)) for _ in range(3 * PER_DAY)], det)
    assert not any(s.alert for s in run([2.0, 0.0, 0.0], det, start=3 * PER_DAY))


def test_daily_rhythm_is_learnt_and_an_off_hours_spike_alerts() -> None:
    rng = random.Random(4)
    days = 14
    values = [float(poisson(rng, daily(i))) for i in range(days * PER_DAY)]
    det = SpikeDetector(BUCKET)
    scores = run(values, det)
    assert not any(s.alert for s in scores[2 * PER_DAY :])
    trough = days * PER_DAY + (3 * PER_DAY) // 4  # sin minimum: 18:00, 20 an hour
    normal = [float(poisson(rng, daily(i))) for i in range(days * PER_DAY, trough)]
    assert not any(s.alert for s in run(normal, det, start=days * PER_DAY))
    spike = [5 * daily(i) for i in range(trough, trough + 12)]
    assert any(s.alert for s in run(spike, det, start=trough))


def test_past_spike_does_not_poison_the_baseline() -> None:
    rng = random.Random(5)
    det = SpikeDetector(BUCKET)
    n = 4 * PER_DAY
    run([float(poisson(rng, 50)) for _ in range(n)], det)
    spike = run([500.0] * 24, det, start=n)  # two hours at 10x
    assert any(s.alert for s in spike)
    n += 24
    after = run([float(poisson(rng, 50)) for _ in range(PER_DAY)], det, start=n)
    assert not any(s.alert for s in after)
    assert all(abs(s.expected - 50) < 10 for s in after)


def test_one_alert_per_episode_then_a_new_one_after_a_calm_spell() -> None:
    rng = random.Random(11)
    det = SpikeDetector(BUCKET)
    n = 4 * PER_DAY
    run([float(poisson(rng, 50)) for _ in range(n)], det)
    # an incident whose volume dips for 20 minutes and comes back: one page, not two
    incident = [300.0] * 12 + [50.0] * 4 + [300.0] * 12
    scores = run(incident, det, start=n)
    n += len(incident)
    assert sum(s.alert for s in scores) == 1 and scores[-1].episode
    calm = run([float(poisson(rng, 50)) for _ in range(6 * 12)], det, start=n)
    n += len(calm)
    assert not any(s.alert for s in calm)
    assert calm[-1].episode is False  # closed after two calm hours
    assert any(s.episode for s in calm[:12])
    again = run([300.0] * 12, det, start=n)
    assert sum(s.alert for s in again) == 1  # a new incident pages again


def test_weekly_rhythm_is_learnt() -> None:
    """Weekends at a third of weekdays: Mondays are expected, and a x3 spike still stands out
    (a daily-only model mistakes the weekly swing for noise and misses it)."""
    rng = random.Random(12)
    weeks = 4
    # T0 is a Sunday: day index 0 = Sunday, 6 = Saturday
    level = [
        daily(i, 60, 30) * (0.35 if (i // PER_DAY) % 7 in (0, 6) else 1.0)
        for i in range(weeks * 7 * PER_DAY)
    ]
    values = [float(poisson(rng, lam)) for lam in level]
    spike = [3 * daily(i, 60, 30) for i in range(12)]
    for weekday_weeks, pages in ((4.0, True), (0.0, False)):
        det = SpikeDetector(BUCKET, weekday_weeks=weekday_weeks)
        scores = run(values, det)
        assert not any(s.alert for s in scores[7 * PER_DAY :])  # after the first week
        mondays = [
            abs(math.log((s.observed + 1) / (s.expected + 1)))
            for i, s in enumerate(scores)
            if i >= 7 * PER_DAY and (i // PER_DAY) % 7 == 1
        ]
        assert (sum(mondays) / len(mondays) < 0.2) is pages
        assert any(s.alert for s in run(spike, det, start=len(values))) is pages


def test_a_level_shift_becomes_the_new_normal_within_hours() -> None:
    rng = random.Random(13)
    det = SpikeDetector(BUCKET)
    n = 4 * PER_DAY
    run([float(poisson(rng, 50)) for _ in range(n)], det)
    shifted = run([float(poisson(rng, 150)) for _ in range(2 * PER_DAY)], det, start=n)
    n += len(shifted)
    assert sum(s.alert for s in shifted) == 1  # one page, no alarm for the next two days
    hot = [i for i, s in enumerate(shifted) if s.score >= det.threshold]
    assert hot[-1] * BUCKET <= 7 * 3600  # re-based after 6 h, not a day-long alarm
    assert shifted[-1].expected == pytest.approx(150, rel=0.15)
    assert not shifted[-1].episode
    spike = run([1500.0] * 12, det, start=n)  # a new incident on the new level still pages
    assert any(s.alert for s in spike)


def test_a_long_incident_does_not_blind_the_detector_afterwards() -> None:
    """Six hours at x3 (taken as a level shift), then back to normal: the baseline follows
    the series back down, so the next incident a day later still pages."""
    rng = random.Random(14)
    det = SpikeDetector(BUCKET)
    n = 4 * PER_DAY
    run([float(poisson(rng, 50)) for _ in range(n)], det)
    run([float(poisson(rng, 150)) for _ in range(7 * 12)], det, start=n)
    n += 7 * 12
    back = run([float(poisson(rng, 50)) for _ in range(PER_DAY)], det, start=n)
    n += PER_DAY
    assert not any(s.alert for s in back)
    assert back[-1].expected == pytest.approx(50, rel=0.2)
    assert any(s.alert for s in run([150.0] * 12, det, start=n))


def test_gaps_are_handled_and_time_must_advance() -> None:
    rng = random.Random(6)
    det = SpikeDetector(BUCKET)
    run([float(poisson(rng, 20)) for _ in range(2 * PER_DAY)], det)
    later = 2 * PER_DAY + 72  # six hours missing
    scores = run([float(poisson(rng, 20)) for _ in range(PER_DAY)], det, start=later)
    assert not any(s.alert for s in scores)
    assert scores[0].expected == pytest.approx(20, rel=0.3)
    with pytest.raises(ValueError, match="not after"):
        det.update(T0, 20)
    with pytest.raises(ValueError, match=">= 0"):
        det.update(T0 + 10 * 86400, -1)


def test_state_round_trip_gives_identical_scores() -> None:
    rng = random.Random(7)
    values = [float(poisson(rng, daily(i) / 3)) for i in range(3 * PER_DAY)]
    values[2 * PER_DAY + 10 : 2 * PER_DAY + 30] = [400.0] * 20
    det = SpikeDetector(BUCKET)
    cut = 2 * PER_DAY
    run(values[:cut], det)
    clone = SpikeDetector.from_state(json.loads(json.dumps(det.state())))
    assert run(values[cut:], det, cut) == run(values[cut:], clone, cut)
    assert len(json.dumps(det.state())) < 2000  # small enough for a Faust table


def test_state_of_the_previous_version_is_migrated() -> None:
    rng = random.Random(15)
    det = SpikeDetector(BUCKET)
    run([float(poisson(rng, 40)) for _ in range(2 * PER_DAY)], det)
    state = det.state()
    old = {k: state[k] for k in ("bucket", "threshold", "warmup", "clip", "a_level", "a_season",
                                 "a_chart", "a_spread", "min_var", "level", "season", "seen",
                                 "g", "g_mean", "g_var", "first_bucket", "last_bucket", "n",
                                 "cx", "cm")}  # fmt: skip
    old.update(v=2, refractory=43200.0, last_hot=None)
    migrated = SpikeDetector.from_state(old)
    assert migrated.level == det.level and migrated.season == det.season
    assert migrated.episode_start is None
    hot_then = (det.last_bucket - 3) * BUCKET  # an excursion 15 minutes ago is still open
    assert SpikeDetector.from_state({**old, "last_hot": hot_then}).episode_start == hot_then
    nxt = T0 + 2 * PER_DAY * BUCKET
    assert migrated.update(nxt, 40).expected == pytest.approx(det.update(nxt, 40).expected)
    with pytest.raises(ValueError, match="version"):
        SpikeDetector.from_state({**state, "v": 1})
    surge = NegativeSurgeDetector()
    surge.update(T0, 5, 50)
    old_surge = {k: v for k, v in surge.state().items() if k not in ("calm", "calm_since")}
    del old_surge["episode_start"]
    old_surge.update(v=2, refractory=21600.0, last_hot=T0)
    migrated_surge = NegativeSurgeDetector.from_state(old_surge)
    assert migrated_surge.neg_w == surge.neg_w and migrated_surge.episode_start == T0


def test_scorer_pages_when_the_detector_opens_an_episode_and_resolves_when_it_closes() -> None:
    from veille.agents.counting import SeriesState, empty_bucket
    from veille.agents.detection import DetectorScorer

    rng = random.Random(16)
    scorer = DetectorScorer(BUCKET, {"acme": "brands"})
    state = SeriesState(None, BUCKET)
    start = int(T0)
    events: list[tuple[int, str, str]] = []
    plan = [50] * (3 * PER_DAY) + [500] * 24 + [50] * (6 * 12) + [500] * 12
    for i, lam in enumerate(plan):
        bucket = empty_bucket()
        bucket["n"] = poisson(rng, lam) if lam < 100 else lam
        bucket["neu"] = bucket["n"]
        for alert in scorer.score("term:acme", start + i * BUCKET, bucket, state):
            events.append((i, alert["kind"], alert["status"]))
            assert alert["episode_start"] <= alert["bucket_start"]
    spikes = [(i, status) for i, kind, status in events if kind == "volume_spike"]
    assert [status for _, status in spikes] == ["firing", "resolved", "firing"]
    first, resolved, second = (i for i, _ in spikes)
    assert 3 * PER_DAY <= first < 3 * PER_DAY + 6  # within 30 minutes
    assert resolved - (3 * PER_DAY + 24) >= 2 * 3600 // BUCKET  # after two calm hours
    assert second >= 3 * PER_DAY + 24 + 6 * 12


def test_negative_surge_at_constant_volume_alerts() -> None:
    rng = random.Random(8)
    det = NegativeSurgeDetector()
    for i in range(400):  # more than the one-day warm-up
        s = det.update(T0 + i * BUCKET, sum(rng.random() < 0.1 for _ in range(200)), 200)
        assert not s.alert
    surge = det.update(T0 + 400 * BUCKET, 60, 200)
    assert isinstance(surge, SurgeScore)
    assert surge.alert and surge.observed_share == 0.3
    assert surge.expected_share == pytest.approx(0.1, abs=0.02)


def test_negative_surge_waits_a_day_before_alerting() -> None:
    det = NegativeSurgeDetector()
    det.update(T0, 10, 200)
    assert not det.update(T0 + 3600, 150, 200).alert  # cold start: the usual share is unknown
    assert det.update(T0 + 86400 + 3600, 150, 200).alert


def test_negative_surge_ignores_small_counts_and_round_trips() -> None:
    det = NegativeSurgeDetector()
    for i in range(50):
        det.update(T0 + i * BUCKET, 1, 10)
    small = det.update(T0 + 50 * BUCKET, 2, 3)
    assert not small.alert and small.score == 0.0
    clone = NegativeSurgeDetector.from_state(json.loads(json.dumps(det.state())))
    assert det.update(T0 + 51 * BUCKET, 30, 40) == clone.update(T0 + 51 * BUCKET, 30, 40)
    with pytest.raises(ValueError):
        det.update(T0 + 52 * BUCKET, 5, 4)


def test_bucket_parsing_and_inference() -> None:
    assert parse_bucket("5m") == 300 and parse_bucket("300s") == 300 and parse_bucket("1h") == 3600
    with pytest.raises(ValueError):
        parse_bucket("five minutes")


def _write(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["timestamp", "value"])
        writer.writerows(rows)


def test_detect_csv_end_to_end(tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    start = datetime(2015, 2, 26, 21, 42, 53)
    rng = random.Random(9)
    n = 3 * PER_DAY
    values = [poisson(rng, 20) for _ in range(n)]
    values[n - 30 : n - 10] = [400] * 20
    rows = [
        ((start + timedelta(minutes=5 * i)).isoformat(" "), str(v)) for i, v in enumerate(values)
    ]
    src, dst = tmp_path / "counts.csv", tmp_path / "scores.csv"
    _write(src, rows)
    alerts = detect_csv(src, dst)
    with dst.open(newline="") as handle:
        out = list(csv.DictReader(handle))
    assert list(out[0]) == ["timestamp", "value", "anomaly_score", "alert"]
    assert len(out) == n and out[0]["timestamp"] == "2015-02-26 21:42:53"
    assert alerts == sum(r["alert"] == "1" for r in out) >= 1
    assert all(0.0 <= float(r["anomaly_score"]) <= 1.0 for r in out)
    assert infer_bucket([start + timedelta(minutes=5 * i) for i in (0, 1, 2, 4)]) == 300
    # the same numbers as driving SpikeDetector directly
    det = SpikeDetector(300)
    direct = [det.update(start + timedelta(minutes=5 * i), v) for i, v in enumerate(values)]
    assert [int(s.alert) for s in direct] == [int(r["alert"]) for r in out]
    assert detect_csv(src, dst, bucket="5m", threshold=1.0) <= alerts

    _write(src, [*rows[:5], ("2015-02-27 02:00:00", "many"), *rows[5:]])
    with pytest.raises(ValueError, match="line 7"):
        detect_csv(src, dst)


@pytest.mark.parametrize(("copies", "pages"), [(True, False), (False, True)])
def test_a_repost_cascade_is_not_a_surge_but_as_many_distinct_voices_are(
    copies: bool, pages: bool
) -> None:
    """One complaint reposted 18 times in 15 minutes on a quiet term (10 posts per 5 minutes,
    2 negative) must not page like 18 people complaining: copies count half in the test."""
    from veille.agents.counting import SeriesState, empty_bucket
    from veille.agents.detection import DetectorScorer

    scorer = DetectorScorer(BUCKET, {"acme": "brands"})
    state = SeriesState(None, BUCKET)
    firing: list[dict] = []
    for i in range(2 * PER_DAY + 3):
        bucket = {**empty_bucket(), "n": 10, "neg": 2, "neu": 8}
        if i >= 2 * PER_DAY:  # 15 minutes with 6 more negative posts per bucket
            bucket.update(n=16, neg=8)
            if copies:
                bucket.update(dups=6, neg_dups=6, reposts=6)
        alerts = scorer.score("term:acme", int(T0) + i * BUCKET, bucket, state)
        firing += [a for a in alerts if a["kind"] == "negative_surge" and a["status"] == "firing"]
    assert bool(firing) is pages
    if pages:
        window = firing[0]["evidence"]["surge_window"]
        assert window["copies"] == 0 and window["negative_posts"] == window["negative"]


def test_state_and_buckets_from_before_copies_were_weighted_keep_working() -> None:
    """After an upgrade, an open bucket counted by the old code has `dups` but no `neg_dups`,
    and the saved window has [negative, total] pairs: scoring must go on, not crash-loop."""
    from veille.agents.counting import SeriesState, empty_bucket
    from veille.agents.detection import DetectorScorer

    scorer = DetectorScorer(BUCKET, {"acme": "brands"})
    state = SeriesState(None, BUCKET)
    for i in range(PER_DAY + 1):
        scorer.score(
            "term:acme", int(T0) + i * BUCKET, {**empty_bucket(), "n": 10, "neg": 2}, state
        )
    state.detectors["surge_window"] = [[0, 0], [0, 0]]  # the old state's pairs
    # 20 negative reposts: halving the copies of `n` but not of `neg` would test 20 of 14
    old_bucket = {**empty_bucket(), "n": 24, "neg": 20, "dups": 20, "reposts": 20}
    del old_bucket["neg_dups"]
    alerts = scorer.score("term:acme", int(T0) + (PER_DAY + 1) * BUCKET, old_bucket, state)
    surge = [a for a in alerts if a["kind"] == "negative_surge"]
    window = surge[0]["evidence"]["surge_window"] if surge else None
    assert window and (window["negative"], window["total"]) == (20, 24)  # counted fully
    # and the count agent's code leaves such a bucket without the field it cannot fill
    counted = SeriesState({"buckets": {str(int(T0)): old_bucket}}, BUCKET)
    counted.add(0, [[1, T0 + 1, -1, "fr", None, 0, 1, 7, "p", None, None]], _NoCopies())
    assert counted.buckets[str(int(T0))]["dups"] == 21
    assert "neg_dups" not in counted.buckets[str(int(T0))]


class _NoCopies:
    def seen_before(self, fingerprint: int, when: float) -> bool:
        return False
