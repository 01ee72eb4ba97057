"""Route tree -> receivers, Alertmanager's way.

Depth-first: a node matches when its matchers match; its children are tried in order and the
first matching child wins unless it sets `continue: true`; when no child matches, the node
itself is the route. Unset settings are inherited from the parent, so the root carries the
defaults. Severity routing is just `matchers: ["severity=critical"]`.
"""

from __future__ import annotations

from dataclasses import dataclass

from veille.alerting.config import AlertingConfig, Route
from veille.alerting.matchers import Matcher, matches_all, parse_matchers

DEFAULTS = {"group_wait": 30.0, "group_interval": 300.0, "repeat_interval": 4 * 3600.0}


@dataclass(frozen=True, slots=True)
class ResolvedRoute:
    """A route with every inherited setting filled in; `id` is its path in the tree."""

    id: str
    receiver: str
    group_by: tuple[str, ...]
    group_wait: float
    group_interval: float
    repeat_interval: float
    send_resolved: bool


@dataclass(frozen=True, slots=True)
class _Node:
    route: ResolvedRoute
    matchers: list[Matcher]
    continue_: bool
    children: list[_Node]


class Router:
    def __init__(self, config: AlertingConfig) -> None:
        self._send_resolved = {r.name: r.send_resolved for r in config.receivers}
        self._root = self._compile(config.route, "0", None, None)

    def _compile(
        self, route: Route, path: str, parent: ResolvedRoute | None, override: bool | None
    ) -> _Node:
        receiver = route.receiver or (parent.receiver if parent else "")
        override = route.send_resolved if route.send_resolved is not None else override

        def inherit(name: str) -> float:
            own = getattr(route, name)
            if own is not None:
                return own
            return getattr(parent, name) if parent else DEFAULTS[name]

        resolved = ResolvedRoute(
            id=path,
            receiver=receiver,
            group_by=tuple(
                route.group_by
                if route.group_by is not None
                else (parent.group_by if parent else ("group", "kind"))
            ),
            group_wait=inherit("group_wait"),
            group_interval=inherit("group_interval"),
            repeat_interval=inherit("repeat_interval"),
            send_resolved=override if override is not None else self._send_resolved[receiver],
        )
        children = [
            self._compile(child, f"{path}.{i}", resolved, override)
            for i, child in enumerate(route.routes)
        ]
        return _Node(resolved, parse_matchers(route.matchers), route.continue_, children)

    def match(self, labels: dict[str, str]) -> list[ResolvedRoute]:
        """The routes an alert with these labels goes to (at least the root's)."""
        return self._match(self._root, labels) or [self._root.route]

    def _match(self, node: _Node, labels: dict[str, str]) -> list[ResolvedRoute]:
        if not matches_all(node.matchers, labels):
            return []
        found: list[ResolvedRoute] = []
        for child in node.children:
            hits = self._match(child, labels)
            found.extend(hits)
            if hits and not child.continue_:
                break
        return found or [node.route]
