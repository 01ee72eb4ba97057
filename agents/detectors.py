"""Online spike and negative-surge detectors for mention counts (pure Python, O(1) state).

Why this model (SpikeDetector)
------------------------------
* Expected count ``mu = level * hour[hour_of_day] * weekday[day_of_week]`` (multiplicative
  Holt-Winters without trend, two seasonal factors). ``hour`` (24 slots, memory ~1 week)
  absorbs the daily rhythm; ``weekday`` (7 slots, memory ~4 weeks, each starting at 1 with
  a one-day prior) absorbs the weekly one, so a Monday morning is not "a rise" after a quiet
  weekend; ``level`` (half-life 3 days) absorbs drift. A 168-slot hour-of-week profile was
  tried and did not help on 8 weeks of data (too few samples per slot); the separable
  weekday factor has a whole day of samples per slot. On NAB's tweet series Mondays had the
  most false alarms of the daily-only model.
* Evidence is an EWMA control chart (half-life 30 min) of the per-bucket log ratio
  ``r = log((x + 1) / (mu + 1))``. The ``+1`` damps ratios at low counts (0 -> 2 at 3
  mentions/hour gives r ~ 1, not infinity), and ``r`` is clipped to +-``clip`` (2, i.e. ~7x)
  so one bot burst can move the chart by a bounded amount while a sustained excess — what a
  crisis looks like — accumulates. On NAB's Twitter series single 5-minute bursts are the
  main source of false alarms, labelled incidents last an hour or more.
* The chart's own centre and spread are learnt (half-life 3 days) from clipped deviations,
  so the score is a z-score against what this series' chart normally does; the score is
  ``-log10(p) / SCORE_DECADES`` with ``p`` the normal upper tail, clipped to [0, 1]. The
  shipped threshold 0.6 is p < 1e-3, z ~ 3.1: the textbook 3-sigma control limit.
* Minimum effect size: the chart spread is floored at ``min_spread`` (0.1 in log units, i.e.
  a sustained +-10 %), so on very regular series (pure Poisson at high counts) business-as-
  usual wobble is never "significant" — a crisis team cares about relative jumps, not p-values
  of tiny shifts.
* Count evidence: the score may not exceed what a Poisson test of the chart window's counts
  supports, so a brand with 3 mentions an hour does not page anyone for a stray post.
* Robust updates: the value learnt into level/profiles is capped at ``2 mu + 3 sqrt(mu)``,
  and while the chart is hot (score >= threshold) at ``mu`` (no upward learning at all), and
  chart deviations are clipped at 3 sigma, so a spike never becomes the new normal.
* Episodes, not crossings: an alert is the first bucket of an episode (the score reaches the
  threshold while no episode is open). The episode stays open while the score stays above
  half the threshold and closes after ``calm_seconds`` (2 h) below it; only then can a new
  crossing page again. One page per incident, however long it lasts or however often its
  score dips and recovers (NAB, too, credits only the first detection in a window and
  charges every other one). `SpikeScore.episode` tells the stream when it closes.
* Level shifts: if the score stays at or above the threshold for ``rebase_seconds`` (6 h)
  without a break, the series has moved to a new level rather than having a spike: the level
  is re-based on the chart window's ratio observed/expected, the chart restarts at its
  centre, and the level then learns like at a cold start (rate 1/k, k = buckets since the
  shift, the re-based value counting as one chart window), so it follows the series back
  down if the shift was only a long incident. Without this, a sustained x3 shift kept the
  chart hot for ~30 h (no page, but no new page possible either) and the expected count
  stale for days.
* Cold start: learning rates start at 1/n (fast) and decay to their EWMA floor; no alert
  (score forced to 0) during ``warmup_seconds`` (1 day). Gaps: missing buckets are not
  learnt (unknown, not zero); after a gap the short-term chart restarts at its centre.
"""

from __future__ import annotations

import math
from calendar import timegm
from dataclasses import dataclass
from datetime import datetime
from typing import Any

SCORE_DECADES = 5.0
"""score = -log10(p) / SCORE_DECADES, so score 1.0 means p <= 1e-5."""

DEFAULT_THRESHOLD = 0.6
"""One threshold for every series: p < 1e-3 of the 30-minute chart (z ~ 3.1, "3 sigma").

On NAB realTweets every threshold from 0.45 to 0.6 finds the same 20 of 21 windows; 0.6 is the
textbook control limit at the high end of that range (fewest false alarms). See the README for
the sensitivity check (threshold +-0.05, each parameter +-20 %).
"""

CALM_FRACTION = 0.5
"""An episode stays open while the score is at least this fraction of the threshold."""

_SQRT2 = math.sqrt(2.0)
_STATE_VERSION = 3
_DAY = 86400.0


def epoch_seconds(timestamp: datetime | float) -> float:
    """Seconds since the epoch; naive datetimes are taken as UTC (as the NAB files are)."""
    if isinstance(timestamp, datetime):
        if timestamp.tzinfo is None:
            return timegm(timestamp.timetuple()) + timestamp.microsecond / 1e6
        return timestamp.timestamp()
    return float(timestamp)


def _poisson_score(observed: float, expected: float) -> float:
    """Score of an excess count, via the signed root of the Poisson deviance (accurate at low
    counts, where a normal approximation of the raw difference is not)."""
    if observed <= expected or expected <= 0.0:
        return 0.0
    deviance = 2.0 * (observed * math.log(observed / expected) - (observed - expected))
    return _tail_score(math.sqrt(deviance))


def _tail_score(z: float) -> float:
    """Map a z-score to [0, 1] via -log10 of the normal upper tail."""
    if z <= 0.0:
        return 0.0
    p = 0.5 * math.erfc(z / _SQRT2)
    if p <= 0.0:
        return 1.0
    s = -math.log10(p) / SCORE_DECADES
    return s if s < 1.0 else 1.0


def _episode_step(det: Any, t: float, score: float) -> bool:
    """Shared episode logic: True when this bucket opens an episode (i.e. pages).

    An episode opens when the score reaches the threshold while none is open, stays open while
    the score is at least ``CALM_FRACTION`` of the threshold, and closes after ``det.calm``
    seconds below that. ``det`` has ``threshold``, ``calm``, ``episode_start``, ``calm_since``.
    """
    threshold = det.threshold
    if score >= threshold:
        det.calm_since = None
        if det.episode_start is None:
            det.episode_start = t
            return True
        return False
    if det.episode_start is not None:
        if score < CALM_FRACTION * threshold:
            if det.calm_since is None:
                det.calm_since = t
            if t - det.calm_since >= det.calm:
                det.episode_start = None
                det.calm_since = None
        else:
            det.calm_since = None
    return False


def _open_episode(last_hot: float | None, last_bucket: int | None, det: Any) -> float | None:
    """Migration from a refractory state: an excursion hot within the calm period is open."""
    if last_hot is None or last_bucket is None:
        return None
    return last_hot if last_bucket * det.bucket - last_hot < det.calm else None


@dataclass(frozen=True, slots=True)
class SpikeScore:
    """One bucket's verdict: what was seen, what was expected, how surprising (0..1).

    ``alert`` marks the first bucket of an episode (page once); ``episode`` says whether an
    episode is still open after this bucket (False again = it has ended).
    """

    observed: float
    expected: float
    score: float
    alert: bool
    episode: bool = False


@dataclass(frozen=True, slots=True)
class SurgeScore:
    """One bucket's negative-share verdict against the term's own baseline share."""

    observed_share: float
    expected_share: float
    negative: float  # posts, possibly weighted (the caller may count copies at less than 1)
    total: float
    score: float
    alert: bool
    episode: bool = False


class SpikeDetector:
    """Causal, online volume-spike detector for one count series (see the module docstring).

    Parameters (defaults are principled time constants, never tuned per series):

    - ``bucket_seconds``: bucket width; all constants are in seconds so 1-minute and 1-hour
      buckets behave alike.
    - ``threshold``: a score at or above it is "hot" (default ``DEFAULT_THRESHOLD``).
    - ``level_halflife`` (3 days): slower than an incident, faster than a trend.
    - ``season_days`` (7): memory of the hour-of-day profile.
    - ``weekday_weeks`` (4): memory of the day-of-week factors (0 disables them).
    - ``chart_halflife`` (30 min): how long an excess must last to count fully.
    - ``spread_halflife`` (3 days): memory of the chart's normal centre/spread.
    - ``clip`` (2.0): max |log ratio| one bucket contributes (~7x).
    - ``min_spread`` (0.1): floor of the chart's standard deviation (minimum effect size).
    - ``warmup_seconds`` (1 day): no score before a daily cycle has been seen.
    - ``calm_seconds`` (2 h): below half the threshold this long ends an episode.
    - ``rebase_seconds`` (6 h): hot this long without a break is a level shift.
    """

    __slots__ = (
        "a_chart",
        "a_level",
        "a_season",
        "a_spread",
        "a_week",
        "bucket",
        "calm",
        "calm_since",
        "clip",
        "cm",
        "cx",
        "episode_start",
        "first_bucket",
        "g",
        "g_mean",
        "g_var",
        "hot_since",
        "last_bucket",
        "level",
        "min_var",
        "n",
        "rebase",
        "relearn",
        "season",
        "seen",
        "threshold",
        "warmup",
        "week",
        "week_prior",
        "week_seen",
    )  # fmt: skip

    SLOTS = 24
    _PARAMS = (
        "bucket", "threshold", "warmup", "clip", "a_level", "a_season", "a_week", "week_prior",
        "a_chart", "a_spread", "min_var", "calm", "rebase",
    )  # fmt: skip
    _STATE = ("level", "season", "seen", "week", "week_seen", "g", "g_mean", "g_var",
              "first_bucket", "last_bucket", "n", "cx", "cm", "episode_start", "calm_since",
              "hot_since", "relearn")  # fmt: skip

    def __init__(
        self,
        bucket_seconds: int,
        threshold: float | None = None,
        *,
        level_halflife: float = 3 * _DAY,
        season_days: float = 7.0,
        weekday_weeks: float = 4.0,
        chart_halflife: float = 1800.0,
        spread_halflife: float = 3 * _DAY,
        clip: float = 2.0,
        min_spread: float = 0.1,
        warmup_seconds: float = _DAY,
        calm_seconds: float = 2 * 3600.0,
        rebase_seconds: float = 6 * 3600.0,
    ) -> None:
        if bucket_seconds <= 0:
            raise ValueError("bucket_seconds must be positive")
        self.bucket = float(bucket_seconds)
        self.threshold = DEFAULT_THRESHOLD if threshold is None else float(threshold)
        self.warmup = float(warmup_seconds)
        self.calm = float(calm_seconds)
        self.rebase = float(rebase_seconds)
        self.clip = float(clip)
        self.min_var = float(min_spread) ** 2
        per_slot_day = max(1.0, _DAY / self.SLOTS / self.bucket)  # buckets/slot/day
        per_day = max(1.0, _DAY / self.bucket)
        self.a_level = 1.0 - 0.5 ** (self.bucket / level_halflife)
        self.a_season = min(1.0, 1.0 / (season_days * per_slot_day))
        # 0 = no weekday factors; otherwise an EWMA over `weekday_weeks` of that day's buckets,
        # starting from 1.0 with the weight of one day of buckets (a single odd day moves it
        # half-way, not all the way)
        self.a_week = 1.0 / (weekday_weeks * per_day) if weekday_weeks > 0 else 0.0
        self.week_prior = per_day
        self.a_chart = 1.0 - 0.5 ** (self.bucket / chart_halflife)
        self.a_spread = 1.0 - 0.5 ** (self.bucket / spread_halflife)
        self.level = 0.0
        self.season = [1.0] * self.SLOTS
        self.seen = [0] * self.SLOTS
        self.week = [1.0] * 7
        self.week_seen = [0] * 7
        self.g = 0.0
        self.g_mean = 0.0
        self.g_var = max(0.1, self.min_var)
        self.cx = 0.0  # EWMAs of observed and expected counts over the chart's window
        self.cm = 0.0
        self.first_bucket: int | None = None
        self.last_bucket: int | None = None
        self.n = 0
        self.episode_start: float | None = None
        self.calm_since: float | None = None
        self.hot_since: float | None = None
        self.relearn = 0  # > 0: buckets since a level shift (the level then learns at 1/relearn)

    def update(self, timestamp: datetime | float, value: float) -> SpikeScore:
        """Score this bucket against the model learnt from earlier buckets, then learn it.

        One call per bucket, in increasing time order (raises ValueError otherwise). Missing
        buckets are allowed (see the module docstring).
        """
        t = epoch_seconds(timestamp)
        b_idx = int(t // self.bucket)
        last = self.last_bucket
        if last is not None and b_idx <= last:
            raise ValueError(f"bucket {timestamp!r} is not after the previous one")
        x = float(value)
        if not x >= 0.0:
            raise ValueError(f"value must be a count >= 0, got {value!r}")
        slot = int((t % _DAY) * self.SLOTS // _DAY)
        day = (int(t // _DAY) + 3) % 7  # 0 = Monday (1970-01-01 was a Thursday)
        self.last_bucket = b_idx
        self.n = n = self.n + 1
        if n == 1:
            self.first_bucket = b_idx
            self.level = x
        season = self.season
        s_old = season[slot]
        w_old = self.week[day] if self.a_week > 0.0 else 1.0
        mu = self.level * s_old * w_old
        if mu < 1e-3:
            mu = 1e-3

        # evidence: clipped log ratio into a 30-minute EWMA chart
        r = math.log((x + 1.0) / (mu + 1.0))
        clip = self.clip
        if r > clip:
            r = clip
        elif r < -clip:
            r = -clip
        g_mean = self.g_mean
        # after a gap (or at the start) there is no short-term context: restart at the centre
        fresh = n == 1 or b_idx - last > 1  # type: ignore[operator]
        g = g_mean if fresh else self.g + self.a_chart * (r - self.g)
        self.g = g
        sd = math.sqrt(self.g_var)
        z = (g - g_mean) / sd
        score = _tail_score(z) if z > 0.0 else 0.0
        # Count evidence: the chart measures ratios, and at low counts a ratio is cheap (1 post
        # where 0.1 were expected is 10x). The score may not exceed what a Poisson test of the
        # window's counts supports, so a brand with 3 mentions an hour does not page anyone for
        # a stray post, while at NAB's volumes (hundreds per bucket) this bound never binds.
        a = self.a_chart
        if fresh:
            self.cx, self.cm = x, mu
        else:
            self.cx += a * (x - self.cx)
            self.cm += a * (mu - self.cm)
        if score > 0.0:
            window = (2.0 - a) / a  # buckets an EWMA of this alpha averages over
            poisson = _poisson_score(self.cx * window, self.cm * window)
            if poisson < score:
                score = poisson
        if (b_idx - self.first_bucket) * self.bucket < self.warmup:  # type: ignore[operator]
            score = 0.0
        hot = score >= self.threshold
        alert = _episode_step(self, t, score)

        # level shift: hot without a break for `rebase` seconds -> re-base, chart restarts
        shifted = False
        if not hot:
            self.hot_since = None
        elif self.hot_since is None:
            self.hot_since = t
        elif t - self.hot_since >= self.rebase:
            ratio = (self.cx + 1.0) / (self.cm + 1.0)
            if ratio > 1.0:
                self.level *= ratio
            self.g = self.g_mean
            self.hot_since = None
            self.relearn = max(1, round((2.0 - self.a_chart) / self.a_chart))  # one chart window
            shifted = True

        # robust learning
        if n > 1 and not shifted:
            # while hot the baseline may not rise (a spike must not become the norm); a real
            # level shift is handled above.
            hi = mu if hot else 2.0 * mu + 3.0 * math.sqrt(mu)
            xc = x if x < hi else hi
            a_l = 1.0 / n if 1.0 / n > self.a_level else self.a_level
            if self.relearn:
                self.relearn += 1
                a_r = 1.0 / self.relearn
                if a_r <= self.a_level:
                    self.relearn = 0
                elif a_r > a_l:
                    a_l = a_r
            self.level += a_l * (xc / (s_old * w_old) - self.level)
            level = self.level
            if level > 0.0:
                k = self.seen[slot]
                a_s = 1.0 / (k + 2) if 1.0 / (k + 2) > self.a_season else self.a_season
                season[slot] = s_old + a_s * (xc / (level * w_old) - s_old)
                self.seen[slot] = k + 1
                if self.a_week > 0.0:
                    kd = self.week_seen[day]
                    a_w = 1.0 / (kd + 1 + self.week_prior)
                    if a_w < self.a_week:
                        a_w = self.a_week
                    self.week[day] = w_old + a_w * (xc / (level * s_old) - w_old)
                    self.week_seen[day] = kd + 1
            dev = (3.0 if z > 3.0 else (-3.0 if z < -3.0 else z)) * sd
            a_v = 1.0 / n if 1.0 / n > self.a_spread else self.a_spread
            self.g_mean = g_mean + a_v * dev
            v = self.g_var + a_v * (dev * dev - self.g_var)
            self.g_var = v if v > self.min_var else self.min_var
        return SpikeScore(x, mu, score, alert, self.episode_start is not None)

    def state(self) -> dict[str, Any]:
        """A small JSON-able snapshot (parameters + state), e.g. for a Faust table."""
        out: dict[str, Any] = {"v": _STATE_VERSION}
        for name in self._PARAMS + self._STATE:
            val = getattr(self, name)
            out[name] = list(val) if isinstance(val, list) else val
        return out

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> SpikeDetector:
        """Rebuild a detector from `state()`; subsequent scores are identical.

        A version-2 state (before weekday factors and episodes) keeps its learnt level, hourly
        profile and chart, and an excursion hot within the calm period stays an open episode
        (no second page for it); the rest starts from the current defaults.
        """
        version = state.get("v")
        if version == 2:
            det = cls(int(state["bucket"]), state["threshold"])
            for name in ("level", "season", "seen", "g", "g_mean", "g_var", "first_bucket",
                         "last_bucket", "n", "cx", "cm"):  # fmt: skip
                val = state[name]
                setattr(det, name, list(val) if isinstance(val, list) else val)
            det.episode_start = _open_episode(state.get("last_hot"), det.last_bucket, det)
            return det
        if version != _STATE_VERSION:
            raise ValueError(f"unsupported SpikeDetector state version {version!r}")
        det = cls.__new__(cls)
        for name in cls._PARAMS + cls._STATE:
            val = state[name]
            setattr(det, name, list(val) if isinstance(val, list) else val)
        return det


class NegativeSurgeDetector:
    """Negative share rising against the term's own baseline, independent of volume.

    Test: one-sided binomial score test of ``negative / total`` against the EWMA baseline
    share ``p0`` (z = (k - n p0) / sqrt(n p0 (1 - p0) + tau n^2 p0 (1-p0)) where ``tau``
    adds a little between-bucket variance so very large buckets do not alarm on a 1-point
    drift). Why: a surge can happen at constant volume, so volume must not enter the test,
    only the proportion; and the variance of a proportion is known, so no spread needs
    learning. Minimum counts (``min_negative`` and ``min_total``) keep "2 of 3 posts
    negative" from paging anyone. The baseline share starts at a Beta prior (``prior_share``
    with weight ``prior_weight`` posts) and learns from posts (count-weighted EWMA with a
    half-life in posts-time), with each bucket's share clipped at 2x baseline + 0.1 so a
    surge does not poison it. Same episode semantics as SpikeDetector (one alert per episode;
    ``calm_seconds`` below half the threshold ends it).
    """

    __slots__ = (
        "a_base",
        "calm",
        "calm_since",
        "episode_start",
        "first_t",
        "last_t",
        "min_negative",
        "min_total",
        "neg_w",
        "tau",
        "threshold",
        "tot_w",
        "warmup",
    )  # fmt: skip

    def __init__(
        self,
        threshold: float | None = None,
        *,
        prior_share: float = 0.2,
        prior_weight: float = 20.0,
        baseline_halflife: float = 7 * _DAY,
        min_negative: int = 5,
        min_total: int = 10,
        tau: float = 0.002,
        calm_seconds: float = 2 * 3600.0,
        warmup_seconds: float = _DAY,
    ) -> None:
        self.threshold = DEFAULT_THRESHOLD if threshold is None else float(threshold)
        self.calm = float(calm_seconds)
        # Cold start: a term's usual negative share is unknown until a full daily cycle has
        # been seen (the prior alone would page on a brand that is simply more criticised).
        self.warmup = float(warmup_seconds)
        self.first_t: float | None = None
        self.min_negative = int(min_negative)
        self.min_total = int(min_total)
        self.a_base = math.log(2.0) / baseline_halflife  # decay per second
        self.tau = float(tau)
        self.neg_w = prior_share * prior_weight
        self.tot_w = float(prior_weight)
        self.episode_start: float | None = None
        self.calm_since: float | None = None
        self.last_t: float | None = None

    def update(self, timestamp: datetime | float, negative: float, total: float) -> SurgeScore:
        """Score this bucket's negative share against the baseline learnt so far."""
        t = epoch_seconds(timestamp)
        if total < 0 or negative < 0 or negative > total:
            raise ValueError(f"need 0 <= negative <= total, got {negative}/{total}")
        if self.last_t is not None and t < self.last_t:
            raise ValueError(f"timestamp {timestamp!r} goes back in time")
        p0 = self.neg_w / self.tot_w if self.tot_w > 0 else 0.0
        p0 = min(max(p0, 1e-3), 1.0 - 1e-3)
        share = negative / total if total else 0.0
        score = 0.0
        if negative >= self.min_negative and total >= self.min_total:
            var = total * p0 * (1.0 - p0) * (1.0 + self.tau * total)
            score = _tail_score((negative - 0.5 - total * p0) / math.sqrt(var))
        if self.first_t is None:
            self.first_t = t
        if t - self.first_t < self.warmup:
            score = 0.0
        alert = _episode_step(self, t, score)
        # learn (decay by elapsed time, then add this bucket with a clipped share)
        if self.last_t is not None:
            decay = math.exp(-self.a_base * (t - self.last_t))
            self.neg_w *= decay
            self.tot_w *= decay
        self.last_t = t
        if total:
            self.neg_w += total * min(share, 2.0 * p0 + 0.1)
            self.tot_w += total
        return SurgeScore(share, p0, negative, total, score, alert, self.episode_start is not None)

    def state(self) -> dict[str, Any]:
        """A small JSON-able snapshot (parameters + state)."""
        return {"v": _STATE_VERSION, **{name: getattr(self, name) for name in self.__slots__}}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NegativeSurgeDetector:
        """Rebuild a detector from `state()`; subsequent scores are identical.

        A version-2 state (refractory instead of episodes) keeps its baseline share, and a
        surge hot within the calm period stays an open episode.
        """
        version = state.get("v")
        if version == 2:
            det = cls(state["threshold"])
            for name in ("a_base", "first_t", "last_t", "min_negative", "min_total", "neg_w",
                         "tau", "tot_w", "warmup"):  # fmt: skip
                setattr(det, name, state[name])
            last_hot, last_t = state.get("last_hot"), det.last_t
            if last_hot is not None and last_t is not None and last_t - last_hot < det.calm:
                det.episode_start = last_hot
            return det
        if version != _STATE_VERSION:
            raise ValueError(f"unsupported NegativeSurgeDetector state version {version!r}")
        det = cls.__new__(cls)
        for name in cls.__slots__:
            setattr(det, name, state[name])
        return det
