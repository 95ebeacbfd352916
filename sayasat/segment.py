"""Segment: paragraphs and sentences with code-point offsets, and a language for each sentence.

Sentences come from razdel, which splits Kazakh and Russian news well (initials such as
"Қ.Қансейтов" stay inside their sentence). Offsets index the article's clean text, so
`text[start:end]` is the sentence. Sentences tile each paragraph: nothing but whitespace lies
between them. Quotes that span sentences are found on the whole text by the quote stage, so
segmentation never cuts them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from razdel import sentenize

from sayasat.resources import data_rows

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
UKRAINIAN_LETTERS = frozenset("їєґЇЄҐ")
_WORD = re.compile(r"[^\W\d_]+")
_KAZAKH_LETTER = re.compile(f"[{''.join(sorted(KAZAKH_LETTERS))}]")
# Word endings only one of the two languages has: Russian adjective, noun and verb inflections;
# Kazakh plural, case and verb suffixes. Weaker evidence than a Kazakh letter or a function word.
_RU_ENDING = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ость|ости|ение|ения|ться|тся|ешь|ишь|ает|ует|яет|ются|ался|"
                        r"ился|ый|ий|ая|ое|ые|ых|ую|ией|ция|ции|ном|ной)$")
_KK_ENDING = re.compile(r"(?:лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|ған|ген|қан|кен|ды|ді|ты|ті|ып|іп|уда|"
                        r"уде|мыз|міз|сыз|сіз|дағы|дегі)$")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    start: int
    end: int
    text: str
    lang: str


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words.split()) for lang, words in data_rows("lang_words.tsv", 2)}


def script_profile(text: str) -> tuple[int, int]:
    """(Cyrillic letters, Latin letters) in text."""
    return len(_CYR.findall(text)), len(_LAT.findall(text))


@lru_cache(maxsize=1 << 18)
def _word_evidence(w: str) -> tuple[float, float, float]:
    """(kk, ru, uk) evidence of one lower-case word (cached: the same words recur in every article)."""
    fw = _function_words()
    kk = float(w in fw["kk"]) + (1.5 if _KAZAKH_LETTER.search(w) else 0.0)
    ru = float(w in fw["ru"]) + (0.5 if kk < 1.5 and _RU_ENDING.search(w) else 0.0)
    kk += 0.5 if _KK_ENDING.search(w) else 0.0
    uk = float(w in fw["uk"]) + (2.0 if any(c in UKRAINIAN_LETTERS for c in w) else 0.0)
    return kk, ru, uk


def language_scores(text: str) -> dict[str, float]:
    """Evidence for kk, ru and uk: Kazakh-only letters weigh most; function words decide the rest."""
    kk = ru = uk = 0.0
    for w in _WORD.findall(text.lower()):
        a, b, c = _word_evidence(w)
        kk, ru, uk = kk + a, ru + b, uk + c
    return {"kk": kk, "ru": ru, "uk": uk}


def sentence_lang(text: str, default: str) -> str:
    """kk or ru for one sentence; a sentence with no evidence takes the article's language."""
    s = language_scores(text)
    if not _KAZAKH_LETTER.search(text):
        # no Kazakh letter at all: Kazakh only on clear evidence (function words, several endings)
        return "kk" if s["kk"] >= s["ru"] + 2 else ("ru" if s["ru"] > s["kk"] else default)
    if s["kk"] == s["ru"]:
        return default
    return "kk" if s["kk"] > s["ru"] else "ru"


def article_lang(text: str) -> str | None:
    """kk or ru for the body as a whole; None when it is neither (Latin-script, Ukrainian, ...)."""
    cyr, lat = script_profile(text)
    if cyr < 20 or cyr < lat:
        return None
    s = language_scores(text)
    if s["uk"] > max(s["kk"], s["ru"]):
        return None
    return "kk" if s["kk"] > s["ru"] else "ru"


def sentence_index(starts: list[int], pos: int) -> int:
    """Index of the sentence containing offset pos (or the nearest before it), given sorted sentence starts."""
    return max(0, bisect_right(starts, pos) - 1)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of a clean text (one paragraph per line)."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def segment(text: str, lang: str) -> list[Sentence]:
    """Sentences of every paragraph, in order, with their language."""
    out: list[Sentence] = []
    for p_idx, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        for s in sentenize(para):
            start, end = p_start + s.start, p_start + s.stop
            if start < end:
                out.append(Sentence(p_idx, start, end, text[start:end], sentence_lang(text[start:end], lang)))
    return out
