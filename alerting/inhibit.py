"""Inhibition: a firing source alert mutes target alerts that share the `equal` labels.

Typical rule: a `negative_surge` on a term says more than the plain `volume_spike` of the same
term, so while the surge fires the spike is not notified. Like Alertmanager, inhibition is
evaluated at notification time against the alerts currently firing, and an alert never
inhibits itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from veille.alerting.config import InhibitRule
from veille.alerting.matchers import Matcher, matches_all, parse_matchers


@dataclass(frozen=True, slots=True)
class CompiledRule:
    source: list[Matcher]
    target: list[Matcher]
    equal: tuple[str, ...]


class Inhibitor:
    def __init__(self, rules: Iterable[InhibitRule]) -> None:
        self.rules = [
            CompiledRule(
                parse_matchers(rule.source_matchers),
                parse_matchers(rule.target_matchers),
                tuple(rule.equal),
            )
            for rule in rules
        ]

    def inhibited_by(
        self,
        alert_id: str,
        labels: dict[str, str],
        firing: Iterable[tuple[str, dict[str, str]]],
    ) -> str | None:
        """The id of a firing alert that inhibits this one, if any.

        `firing` is (alert id, labels) of every currently firing alert, whatever its route.
        """
        rules = [rule for rule in self.rules if matches_all(rule.target, labels)]
        if not rules:
            return None
        for source_id, source_labels in firing:
            if source_id == alert_id or source_labels.get("status", "firing") != "firing":
                continue
            for rule in rules:
                if matches_all(rule.source, source_labels) and all(
                    source_labels.get(name, "") == labels.get(name, "") for name in rule.equal
                ):
                    return source_id
        return None
