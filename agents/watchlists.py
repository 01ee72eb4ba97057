"""Watchlists: the brands, products and competitors a customer follows, compiled into one matcher.

Matching is one Aho-Corasick pass over a normalised copy of the text (case folded, accents
removed, punctuation turned into spaces), so 1,000 terms cost about what 10 do. Aliases are padded
with spaces, which makes every match respect word boundaries for free. `#Paracetix` matches the
alias `Paracetix`; an alias written `$ORV` matches only the cashtag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import ahocorasick
import yaml
from pydantic import Field, ValidationError, model_validator

from veille.agents.text import fold
from veille.settings import ConfigError, StrictModel, format_yaml_errors

_ID = r"^[a-z0-9][a-z0-9_-]{0,63}$"


class WatchTerm(StrictModel):
    id: str = Field(pattern=_ID, description="Stable id used in records and metric labels.")
    label: str = Field(min_length=1, max_length=120)
    role: Literal["brand", "product", "competitor", "company", "topic"] = "brand"
    aliases: list[str] = Field(min_length=1, description="Spellings, misspellings, #tags, $tags.")


class WatchGroup(StrictModel):
    group: str = Field(pattern=_ID)
    label: str | None = None
    terms: list[WatchTerm] = Field(min_length=1)


class FileConfig(StrictModel):
    """The YAML file a customer edits (`VEILLE_CONFIG`)."""

    watchlists: list[WatchGroup] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> FileConfig:
        seen: set[str] = set()
        for group in self.watchlists:
            for term in group.terms:
                if term.id in seen:
                    raise ValueError(f"term id {term.id!r} is used twice; ids must be unique")
                seen.add(term.id)
        return self


def load_file_config(path: Path | str | None) -> FileConfig:
    if path is None:
        return FileConfig()
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read configuration file {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"configuration file {path} is not valid YAML: {exc}") from None
    try:
        return FileConfig.model_validate(document or {})
    except ValidationError as exc:
        raise ConfigError(format_yaml_errors(path, exc)) from None


_NON_WORD = re.compile(r"[^\w$]+|\$(?!\w)|_")


def normalise(text: str) -> str:
    """Case-fold, strip accents, turn punctuation into single spaces, pad with spaces."""
    return " " + " ".join(_NON_WORD.sub(" ", fold(text)).split()) + " "


@dataclass(frozen=True, slots=True)
class Match:
    term: str
    group: str
    role: str


class WatchlistMatcher:
    """Compiled once per configuration; `match` is safe to call from any batch."""

    def __init__(self, groups: Sequence[WatchGroup]) -> None:
        self.terms: list[Match] = []
        self._automaton = ahocorasick.Automaton()
        keys: dict[str, set[int]] = {}
        for group in groups:
            for term in group.terms:
                index = len(self.terms)
                self.terms.append(Match(term.id, group.group, term.role))
                for alias in term.aliases:
                    for key in _alias_keys(alias):
                        keys.setdefault(key, set()).add(index)
        for key, indexes in keys.items():
            self._automaton.add_word(key, tuple(sorted(indexes)))
        if keys:
            self._automaton.make_automaton()
        self._empty = not keys

    @classmethod
    def from_config(cls, config: FileConfig) -> WatchlistMatcher:
        return cls(config.watchlists)

    def match(self, text: str) -> list[Match]:
        if self._empty:
            return []
        found: set[int] = set()
        for _end, indexes in self._automaton.iter(normalise(text)):
            found.update(indexes)
        return [self.terms[i] for i in sorted(found)]


def _alias_keys(alias: str) -> list[str]:
    """A multi-word alias also matches its hashtag: `Paracetix Junior` ~ `#ParacetixJunior`."""
    key = normalise(alias.lstrip("#"))
    if key.strip() == "":
        return []
    keys = [key]
    words = key.split()
    if len(words) > 1 and not words[0].startswith("$"):
        keys.append(" " + "".join(words) + " ")
    return keys
