"""Offline spike detection on a counts CSV, running exactly the streaming `SpikeDetector`.

Input: `timestamp,value` (NAB format, e.g. `2015-02-26 21:42:53,104`); output:
`timestamp,value,anomaly_score,alert`. Used by `veille detect` and by `benchmarks/nab.py`, so
the benchmark scores the very code path an operator runs.
"""

from __future__ import annotations

import csv
import itertools
import re
import statistics
from datetime import datetime
from pathlib import Path

from veille.agents.detectors import SpikeDetector, epoch_seconds

_BUCKET = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.IGNORECASE)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_bucket(text: str) -> int:
    """'5m' -> 300, '300s' / '300' -> 300, '1h' -> 3600."""
    match = _BUCKET.match(text)
    if not match:
        raise ValueError(f"bad bucket {text!r}: use e.g. 300s, 5m, 1h")
    seconds = float(match.group(1)) * _UNIT[(match.group(2) or "s").lower()]
    if seconds < 1 or seconds != int(seconds):
        raise ValueError(f"bad bucket {text!r}: must be a whole number of seconds >= 1")
    return int(seconds)


def _read(path: Path) -> list[tuple[str, datetime, float]]:
    """Rows as (original timestamp text, parsed time, value); ValueError names the line."""
    rows: list[tuple[str, datetime, float]] = []
    with Path(path).open(newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or [h.strip().lower() for h in header[:2]] != ["timestamp", "value"]:
            raise ValueError(f"{path}: line 1: expected header 'timestamp,value', got {header}")
        for line_no, row in enumerate(reader, start=2):
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) < 2:
                raise ValueError(f"{path}: line {line_no}: expected 'timestamp,value', got {row}")
            try:
                ts = datetime.fromisoformat(row[0].strip())
                value = float(row[1])
            except ValueError as exc:
                raise ValueError(f"{path}: line {line_no}: {exc}") from None
            if not value >= 0.0:
                raise ValueError(f"{path}: line {line_no}: value must be >= 0, got {row[1]!r}")
            if rows and ts <= rows[-1][1]:
                raise ValueError(f"{path}: line {line_no}: timestamp {row[0]!r} not increasing")
            rows.append((row[0].strip(), ts, value))
    return rows


def infer_bucket(times: list[datetime]) -> int:
    """Median spacing of consecutive timestamps, in whole seconds (robust to a few gaps)."""
    if len(times) < 2:
        raise ValueError("need at least 2 rows to infer the bucket; pass bucket explicitly")
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    return max(1, round(statistics.median(gaps)))


def detect_csv(
    input_path: str | Path,
    output_path: str | Path,
    bucket: str | None = None,
    threshold: float | None = None,
) -> int:
    """Score every row of `input_path` into `output_path`; returns the number of alerts."""
    rows = _read(Path(input_path))
    if not rows:
        raise ValueError(f"{input_path}: no data rows")
    seconds = parse_bucket(bucket) if bucket else infer_bucket([r[1] for r in rows])
    detector = SpikeDetector(bucket_seconds=seconds, threshold=threshold)
    alerts = 0
    with Path(output_path).open("w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["timestamp", "value", "anomaly_score", "alert"])
        last_bucket: int | None = None
        for text, ts, value in rows:
            b_idx = int(epoch_seconds(ts) // seconds)
            if last_bucket is not None and b_idx <= last_bucket:
                raise ValueError(
                    f"{input_path}: two rows fall in the same {seconds}s bucket at {text!r}; "
                    "aggregate them or pass a smaller bucket"
                )
            last_bucket = b_idx
            result = detector.update(ts, value)
            alerts += result.alert
            writer.writerow([text, _fmt(value), f"{result.score:.6f}", int(result.alert)])
    return alerts


def _fmt(value: float) -> str:
    """Write integral counts without a trailing '.0' (keeps NAB-style files diff-able)."""
    return str(int(value)) if value == int(value) else repr(value)
