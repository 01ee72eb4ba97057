"""Boolean watch queries: AND, OR, NOT, parentheses, "quoted phrases", prefix*, NEAR/n.

    "Paracetix Junior" AND (fievre OR fever OR sirop) AND NOT (concours OR promo)
    paracetix NEAR/3 (vomi* OR boutons)

The grammar is the one media-monitoring tools share (Talkwalker, Brandwatch): adjacent terms are
ANDed, NOT binds tighter than AND, AND tighter than OR. Queries are parsed once when the
watchlist loads, into a small tree evaluated against the post's folded words, so a syntax error
is a configuration error with a position, never a failure on a post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from veille.agents.text import fold

_TOKEN = re.compile(r'\s*(?:(\()|(\))|"([^"]*)"|(NEAR/\d+)|([^\s()"]+))')
_WORD_SPLIT = re.compile(r"[^\w$*]+")


class QuerySyntaxError(ValueError):
    pass


def words_of(text: str) -> list[str]:
    """The folded words of a text, as queries see them (hashtag signs dropped, $ kept)."""
    return [w for w in _WORD_SPLIT.split(fold(text).replace("_", " ")) if w]


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[str, ...]  # a trailing '*' on the last word makes it a prefix

    def positions(self, words: Sequence[str]) -> list[int]:
        n = len(self.words)
        found = []
        for i in range(len(words) - n + 1):
            if all(_word_matches(pattern, words[i + k]) for k, pattern in enumerate(self.words)):
                found.append(i)
        return found

    def evaluate(self, words: Sequence[str]) -> bool:
        return bool(self.positions(words))


@dataclass(frozen=True, slots=True)
class Near:
    left: Phrase | Or
    right: Phrase | Or
    distance: int

    def evaluate(self, words: Sequence[str]) -> bool:
        left = _positions(self.left, words)
        if not left:
            return False
        right = _positions(self.right, words)
        return any(abs(a - b) <= self.distance for a in left for b in right)


@dataclass(frozen=True, slots=True)
class Not:
    operand: Node

    def evaluate(self, words: Sequence[str]) -> bool:
        return not self.operand.evaluate(words)


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple[Node, ...]

    def evaluate(self, words: Sequence[str]) -> bool:
        return all(operand.evaluate(words) for operand in self.operands)


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple[Node, ...]

    def evaluate(self, words: Sequence[str]) -> bool:
        return any(operand.evaluate(words) for operand in self.operands)


Node = Phrase | Near | Not | And | Or


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return pattern == word


def _positions(node: Phrase | Or, words: Sequence[str]) -> list[int]:
    if isinstance(node, Phrase):
        return node.positions(words)
    positions: list[int] = []
    for operand in node.operands:
        if not isinstance(operand, Phrase):
            raise QuerySyntaxError("NEAR takes words, phrases or an OR of them")
        positions.extend(operand.positions(words))
    return positions


def parse_query(query: str) -> Node:
    tokens = _tokenize(query)
    parser = _Parser(tokens, query)
    node = parser.parse_or()
    if parser.index != len(tokens):
        raise QuerySyntaxError(f"unexpected {tokens[parser.index][1]!r} in query {query!r}")
    return node


def _tokenize(query: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    query = query.rstrip()
    while position < len(query):
        match = _TOKEN.match(query, position)
        if not match or match.end() == position:
            raise QuerySyntaxError(f"cannot read query {query!r} at character {position}")
        position = match.end()
        opening, closing, phrase, near, word = match.groups()
        if opening:
            tokens.append(("(", "("))
        elif closing:
            tokens.append((")", ")"))
        elif phrase is not None:
            tokens.append(("phrase", phrase))
        elif near:
            tokens.append(("near", near))
        elif word in ("AND", "OR", "NOT"):
            tokens.append((word, word))
        else:
            tokens.append(("phrase", word))
    if not tokens:
        raise QuerySyntaxError("empty query")
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], query: str) -> None:
        self.tokens = tokens
        self.query = query
        self.index = 0

    def _peek(self) -> str | None:
        return self.tokens[self.index][0] if self.index < len(self.tokens) else None

    def _take(self) -> tuple[str, str]:
        if self.index >= len(self.tokens):
            raise QuerySyntaxError(f"query {self.query!r} ends too early")
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse_or(self) -> Node:
        operands = [self.parse_and()]
        while self._peek() == "OR":
            self._take()
            operands.append(self.parse_and())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def parse_and(self) -> Node:
        operands = [self.parse_not()]
        while self._peek() in ("AND", "NOT", "phrase", "("):
            if self._peek() == "AND":
                self._take()
            operands.append(self.parse_not())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def parse_not(self) -> Node:
        if self._peek() == "NOT":
            self._take()
            return Not(self.parse_not())
        return self.parse_near()

    def parse_near(self) -> Node:
        left = self.parse_atom()
        while self._peek() == "near":
            distance = int(self._take()[1].split("/")[1])
            right = self.parse_atom()
            if not isinstance(left, Phrase | Or) or not isinstance(right, Phrase | Or):
                raise QuerySyntaxError(f"NEAR/{distance} takes words or phrases in {self.query!r}")
            left = Near(left, right, distance)
        return left

    def parse_atom(self) -> Node:
        kind, value = self._take()
        if kind == "(":
            node = self.parse_or()
            if self._take()[0] != ")":
                raise QuerySyntaxError(f"missing ')' in query {self.query!r}")
            return node
        if kind == "phrase":
            words = tuple(words_of(value))
            if not words:
                raise QuerySyntaxError(f"{value!r} has no word to match in {self.query!r}")
            return Phrase(words)
        raise QuerySyntaxError(f"unexpected {value!r} in query {self.query!r}")
