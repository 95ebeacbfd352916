"""Data files shipped with the package (lexicons, gazetteers, patterns), read the same way everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources


def data_text(name: str) -> str:
    return resources.files("sayasat").joinpath("data", name).read_text(encoding="utf-8")


def data_rows(name: str, n_columns: int) -> Iterator[tuple[str, ...]]:
    """Tab-separated rows of a data file, without its `#` header; short rows are padded with ''."""
    for line in data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        cells += [""] * (n_columns - len(cells))
        yield tuple(c.strip() for c in cells[:n_columns])


@cache
def data_words(name: str) -> frozenset[str]:
    """A data file of words, one a line, as a set to look words up in."""
    return frozenset(word for (word,) in data_rows(name, 1))


@cache
def data_stems(name: str) -> tuple[str, ...]:
    """A data file of stems, one a line, as one tuple for str.startswith."""
    return tuple(stem for (stem,) in data_rows(name, 1))


@cache
def positions() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stems of titles, stems that look like titles but are not: "кандидатуры" is no "кандидат"), from
    data/positions.txt, whose "!" lines are the latter. The recogniser reads roles by it, the cleaner an
    author's title."""
    rows = [row for (row,) in data_rows("positions.txt", 1)]
    return tuple(r for r in rows if not r.startswith("!")), tuple(r[1:] for r in rows if r.startswith("!"))


@cache
def outlets() -> dict[str, str]:
    """Outlets that credit themselves by name (`outlets.tsv`): the name as written, lower case, to the
    outlet's canonical name. The cleaner reads credits by it; the recogniser knows these are no persons."""
    return {name: canon for name, canon in data_rows("outlets.tsv", 2)}


@cache
def outlet_alternation() -> str:
    """The listed outlets' names as one regex alternation, longest first (to use case-insensitively)."""
    return "|".join(re.escape(n) for n in sorted(outlets(), key=len, reverse=True))


# the Russian noun endings a listed outlet's name takes in running text: "сказал Азаттыку", "в Казинформе",
# "Хабаром", "у Спутника"
_RU_OUTLET_ENDINGS = ("ом", "а", "у", "е")
RU_OUTLET_CASE = "(?:" + "|".join(_RU_OUTLET_ENDINGS) + ")?"


def outlet_named(surface: str) -> str | None:
    """The canonical outlet a word or phrase names, in any Russian case of a listed name, else None."""
    low = surface.lower()
    if low in outlets():
        return outlets()[low]
    for end in _RU_OUTLET_ENDINGS:
        if low.endswith(end) and low[:-len(end)] in outlets():
            return outlets()[low[:-len(end)]]
    return None
