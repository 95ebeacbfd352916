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

from sayasat.names import ru_known
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


_UTF8_NOT_CYRILLIC_LEAD = bytes(b for b in range(256) if not 0xD0 <= b <= 0xD3)
_UTF8_NOT_LATIN = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def script_profile(text: str) -> tuple[int, int]:
    """(Cyrillic letters, Latin letters) in text. Counted on its UTF-8 bytes, where each code point of
    U+0400-U+04FF starts with one of the bytes D0-D3 (which start nothing else) and A-Z, a-z are
    themselves: deleting every other byte is one pass in C, where a regex would make a match object of
    each letter."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _UTF8_NOT_CYRILLIC_LEAD)), len(data.translate(None, _UTF8_NOT_LATIN))


@lru_cache(maxsize=1 << 18)
def _word_evidence(w: str) -> tuple[float, float, float]:
    """(kk, ru, uk) evidence of one lower-case word (cached: the same words recur in every article)."""
    fw = _function_words()
    kk = float(w in fw["kk"]) + (1.5 if _KAZAKH_LETTER.search(w) else 0.0)
    ru = float(w in fw["ru"]) + (0.5 if kk < 1.5 and _RU_ENDING.search(w) else 0.0)
    kk += 0.5 if _KK_ENDING.search(w) else 0.0
    uk = float(w in fw["uk"]) + (2.0 if any(c in UKRAINIAN_LETTERS for c in w) else 0.0)
    return kk, ru, uk


def _summed(parts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(kk, ru, uk) summed over parts (words or sentences). Every weight is a multiple of 0.5, so the sums
    are exact in any order, and a text's evidence is the sum of its sentences'."""
    if not parts:
        return 0.0, 0.0, 0.0
    kk, ru, uk = map(sum, zip(*parts, strict=True))
    return kk, ru, uk


def _evidence(text: str) -> tuple[float, float, float]:
    """(kk, ru, uk) evidence of a text: the sums over its words."""
    return _summed(list(map(_word_evidence, _WORD.findall(text.lower()))))


def language_scores(text: str) -> dict[str, float]:
    """Evidence for kk, ru and uk: Kazakh-only letters weigh most; function words decide the rest."""
    return dict(zip(("kk", "ru", "uk"), _evidence(text), strict=True))


# a name in guillemets of at most five words: an order, a company, a party, a film
_QUOTED_NAME = re.compile(r"«(?:[^«»\s]+\s+){0,4}[^«»\s]+»")


# a quotation in guillemets, one level (an inner pair inside it is left to the outer one's removal)
_QUOTATION = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»")


def _sentence_lang(text: str, evidence: tuple[float, float, float], default: str) -> str:
    if "«" in text and _KAZAKH_LETTER.search(text):
        # a name quoted in the other language is no evidence of the sentence's ("Звание «Қазақстанның Еңбек
        # Ері» присвоено руководителю ...", "Орден «Құрмет» получили ..."), unless nothing else is
        bare = _QUOTED_NAME.sub(" ", text)
        bare_evidence = _evidence(bare)
        if bare != text and max(bare_evidence[:2]) > 0:
            text, evidence = bare, bare_evidence
        # so are words quoted at any length, when the sentence's own words outside them are enough to tell
        # ("Аким ... Нуралы Алиев в приветственном слове сказал: «Тұрақты даму – біздің басты мақсатымыз».")
        outside = _QUOTATION.sub(" ", text)
        if outside != text and len(_WORD.findall(outside)) >= 5:
            outside_evidence = _evidence(outside)  # (only when a quotation came off and enough words stay)
            if max(outside_evidence[:2]) >= 1 and min(outside_evidence[:2]) == 0:
                text, evidence = outside, outside_evidence
    kk, ru, _ = evidence
    if _KAZAKH_LETTER.search(text) and not _KAZAKH_LOWER_WORD.search(text) \
            and (rest := _without_kazakh_names(text)) != text:
        # Kazakh letters in capitalised names only ("вице-министром финансов назначен Дәурен Кенбеил"): a
        # Russian sentence when the other words have no Kazakh evidence and are Russian dictionary words
        # (its lower-case words: a list of names, "Олжас Керейхан, Дмитрий Пыхтин", says nothing)
        lower = " ".join(w for w in rest.split() if w[:1].islower())
        rest_kk, rest_ru, _ = _evidence(lower)
        if len(lower.split()) >= 2 and not _KAZAKH_LETTER.search(rest) and rest_kk == 0 \
                and (rest_ru > 0 or _russian_words(lower)):
            return "ru"
    if not _KAZAKH_LETTER.search(text):
        # no Kazakh letter at all: Kazakh only on clear evidence (function words, several endings)
        if kk >= ru + 2:
            return "kk"
        if ru > kk:
            return "ru"
        return "ru" if default == "kk" and kk < 1 and _russian_words(text) else default
    if kk == ru:
        return default
    return "kk" if kk > ru else "ru"


# a word in lower case with a Kazakh letter: the sentence keeps Kazakh evidence whatever its names are (most
# Kazakh sentences have one, so `_without_kazakh_names` is seldom needed)
_KAZAKH_LOWER_WORD = re.compile(rf"(?<![\w-])[а-яёәғқңөұүһі][\w-]*?{_KAZAKH_LETTER.pattern}")


def _without_kazakh_names(text: str) -> str:
    """The text without its capitalised words that have a Kazakh letter: names ("Дәурен Кенбеил", "Әлихан").
    The first word only before another capitalised one ("Дәурен Кенбеил назначен"): alone it may be a Kazakh
    sentence's first word ("Әкім ...")."""
    tokens = list(re.finditer(r"\S+", text))
    kept = []
    for k, t in enumerate(tokens):
        w = t.group(0).strip("«»\"“”,.:;!?()")
        name = w[:1].isupper() and bool(_KAZAKH_LETTER.search(w.lower())) and (
            k > 0 or (len(tokens) > 1 and tokens[1].group(0).strip("«»\"“”")[:1].isupper()))
        if not name:
            kept.append(t.group(0))
    return " ".join(kept) if len(kept) < len(tokens) else text


def _russian_words(text: str) -> bool:
    """Whether most words of a sentence with no Kazakh letter are in the Russian dictionary ("Работы должны
    занять две недели."): Russian in a Kazakh article, where the weak evidence above ties. A Kazakh
    sentence without its letters ("Арасында буаз малдар да бар.") has few such words."""
    words = [w for w in _WORD.findall(text.lower()) if len(w) >= 3]
    known = sum(map(ru_known, words))
    return len(words) >= 4 and known * 3 >= len(words) * 2


def sentence_lang(text: str, default: str) -> str:
    """kk or ru for one sentence; a sentence with no evidence takes the article's language."""
    return _sentence_lang(text, _evidence(text), default)


def _article_lang(text: str, evidence: tuple[float, float, float]) -> str | None:
    cyr, lat = script_profile(text)
    if cyr < 20 or cyr < lat:
        return None
    kk, ru, uk = evidence
    if uk > max(kk, ru):
        return None
    return "kk" if kk > ru else "ru"


def latin_kazakh(text: str) -> bool:
    """Whether a text Sayasat cannot read is Kazakh in the Latin alphabet ("Memleket basshysy ... jáne ..."):
    Latin letters outnumber Cyrillic ones and at least three of its words are Kazakh's (data/lang_words.tsv),
    so that a reject can say what the text is."""
    cyr, lat = script_profile(text)
    words = _function_words().get("kk_latin", frozenset())
    return lat > cyr and sum(w in words for w in re.findall(r"[^\W\d_]+", text[:20_000].lower())) >= 3


def article_lang(text: str) -> str | None:
    """kk or ru for the body as a whole; None when it is neither (Latin-script, Ukrainian, ...)."""
    return _article_lang(text, _evidence(text))


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


def _sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of every sentence, in order."""
    out = []
    for p_idx, (p_start, p_end) in enumerate(paragraphs(text)):
        for s in sentenize(text[p_start:p_end]):
            if s.start < s.stop:
                out.append((p_idx, p_start + s.start, p_start + s.stop))
    return out


def segment(text: str, lang: str) -> list[Sentence]:
    """Sentences of every paragraph, in order, with their language (`lang` where a sentence has no
    evidence of its own)."""
    return [Sentence(p, s, e, text[s:e], sentence_lang(text[s:e], lang)) for p, s, e in _sentence_spans(text)]


def segment_article(text: str) -> tuple[str | None, list[Sentence]]:
    """The article's language (`article_lang`) and its sentences (`segment`), the language evidence of
    each sentence counted once: the article's evidence is the sum of its sentences' (sentences tile the
    paragraphs, and only white space lies outside them). No sentences when the language is None."""
    spans = _sentence_spans(text)
    evidence = [_evidence(text[s:e]) for _, s, e in spans]
    lang = _article_lang(text, _summed(evidence))
    if lang is None:
        return None, []
    return lang, [Sentence(p, s, e, text[s:e], _sentence_lang(text[s:e], ev, lang))
                  for (p, s, e), ev in zip(spans, evidence, strict=True)]
