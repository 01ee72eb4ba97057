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
