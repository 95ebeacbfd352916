"""Claims: quantities, endorsements and evaluations, with who makes them."""

from __future__ import annotations

from dataclasses import dataclass

from sayasat.actors import Mention
from sayasat.quotes import Quote
from sayasat.segment import Sentence


@dataclass
class Claim:
    start: int
    end: int
    text: str
    kind: str
    quote: int | None = None
    target: int | None = None
    stance: str | None = None
    value: float | None = None
    bound: str | None = None
    unit: str | None = None
    value_text: str | None = None

    def fact_key(self) -> tuple | None:
        if self.kind == "quantity" and self.value is not None:
            return ("quantity", self.value, self.bound)
        return None


def find_claims(text: str, sents: list[Sentence], quotes: list[Quote], mentions: list[Mention],
                lang: str) -> list[Claim]:
    return []
