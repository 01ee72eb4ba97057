"""Alert labels and Alertmanager-style matchers (`label=value`, `!=`, `=~`, `!~`).

Routes, inhibit rules and silences all select alerts the same way, so one parser and one label
extraction serve all three: an operator who learnt the syntax for a silence can write a route.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# The labels an alert exposes to matchers. A closed set: a typo in a matcher label is a
# configuration error rather than a route that silently never matches.
LABELS = ("group", "kind", "severity", "language", "term", "series", "status")

_MATCHER = re.compile(r"^\s*([a-z_]+)\s*(=~|!~|!=|=)\s*(.*?)\s*$", re.DOTALL)


def dominant_language(alert: dict[str, Any]) -> str:
    """The language with most mentions in `evidence.languages` (`und` when unknown).

    Ties break alphabetically so the same alert always routes the same way.
    """
    languages = (alert.get("evidence") or {}).get("languages") or {}
    best = sorted(
        ((count, code) for code, count in languages.items() if isinstance(count, int | float)),
        key=lambda pair: (-pair[0], pair[1]),
    )
    return str(best[0][1]) if best else "und"


def alert_labels(alert: dict[str, Any]) -> dict[str, str]:
    """The label set of an alert; missing values are "" as in Alertmanager."""
    return {
        "group": str(alert.get("group") or ""),
        "kind": str(alert.get("kind") or ""),
        "severity": str(alert.get("severity") or ""),
        "language": dominant_language(alert),
        "term": str(alert.get("term") or ""),
        "series": str(alert.get("series") or ""),
        "status": str(alert.get("status") or ""),
    }


@dataclass(frozen=True, slots=True)
class Matcher:
    """One `label op value` condition; regexes are anchored like Alertmanager's."""

    label: str
    op: str
    value: str

    @classmethod
    def parse(cls, text: str) -> Matcher:
        """Parse `severity=critical`, `kind!=volume_spike`, `language=~fr|en`, `term!~test-.*`."""
        if not isinstance(text, str):
            raise ValueError(f"a matcher string like 'severity=critical', got {text!r}")
        found = _MATCHER.match(text)
        if not found:
            raise ValueError(
                f"a matcher like 'severity=critical' (operators =, !=, =~, !~), got {text!r}"
            )
        label, op, value = found.groups()
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r} in matcher {text!r}; known: {LABELS}")
        value = value.strip("\"'") if len(value) >= 2 and value[0] == value[-1] else value
        if op in ("=~", "!~"):
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"invalid regular expression in matcher {text!r}: {exc}") from None
        return cls(label, op, value)

    def matches(self, labels: dict[str, str]) -> bool:
        actual = labels.get(self.label, "")
        if self.op == "=":
            return actual == self.value
        if self.op == "!=":
            return actual != self.value
        hit = re.fullmatch(self.value, actual) is not None
        return hit if self.op == "=~" else not hit

    def __str__(self) -> str:
        return f"{self.label}{self.op}{self.value}"


def parse_matchers(texts: list[str]) -> list[Matcher]:
    return [Matcher.parse(text) for text in texts]


def matches_all(matchers: list[Matcher], labels: dict[str, str]) -> bool:
    """True when every matcher matches (an empty list matches everything)."""
    return all(matcher.matches(labels) for matcher in matchers)
