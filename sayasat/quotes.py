"""Quotes: direct, indirect and interview quotes in Kazakh and Russian news, with their speakers."""

from __future__ import annotations

from dataclasses import dataclass

from sayasat.actors import Mention
from sayasat.segment import Sentence


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str
    speaker: int | None  # index into the article's mentions
    speaker_text: str | None
    cue: str | None
    attribution: str


def find_quotes(text: str, sents: list[Sentence], mentions: list[Mention], lang: str) -> list[Quote]:
    return []
