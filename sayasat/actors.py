"""Actors: persons, parties, organisations, state bodies and media mentioned in an article.

Three sources of mentions, merged with the longer span winning on overlap:
- the gazetteer (`data/actors.tsv`): parties under all their names (Nur Otan is AMANAT), state
  bodies, organisations, media, and well-known persons, matched on folded text with case endings;
- names by rule, in both languages: a given name from the lexicons followed by a surname or a
  patronymic, initials before a surname ("Қ.Қансейтов"), and a lone surname already named in full;
- natasha's Russian NER for persons, with its known faults filtered: capitalised common words
  ("Мажилиса"), lower-case words inside a name, single given names.
Office references ("Елбасы", "глава государства") become mentions of the holder on the article's
date (`data/offices.tsv`). Each person mention carries the nominative given name and surname, so the
corpus stage can give one actor id to every form of one person in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache, lru_cache

from sayasat import dates, names, numbers, runer
from sayasat.patterns import by_first_letter, required_literal
from sayasat.resources import data_rows, data_stems, data_words, outlet_named, positions
from sayasat.segment import Sentence, sentence_index
from sayasat.spans import Spans, starts_within

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW = "a-zа-яёәғқңөұүһі"
_WORD_TOKEN = rf"[{_UP}{_LOW}0-9]+(?:[-’'][{_UP}{_LOW}0-9]+)*"
_TOKEN = re.compile(rf"{_WORD_TOKEN}|[.«»\"“”,;:!?()–—-]")  # the cut persons by rule keep to (_name_tokens)
_CAP_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"  # a capitalised word: "Ерлан", "Касым-Жомарт"
_PLAIN_NAME = re.compile(_CAP_WORD)
_NAME_TOKEN = re.compile(rf"{_CAP_WORD}|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?")
# (a double given name's two initials joined by a hyphen are one: "К.-Ж.К. Токаева", "Қ.-Ж.Тоқаев")
_INITIALS_SURNAME = re.compile(rf"(?<![\w.-])((?:[{_UP}]\.(?:-[{_UP}]\.)?\s?){{1,2}})({_CAP_WORD})")
# a surname and the initials of the given name and patronymic after it, as official releases write people
# ("Ашимбаева М.С.", "Балаева А.Г.", "Бектенов О.А.")
_SURNAME_INITIALS = re.compile(rf"(?<![\w.-])({_CAP_WORD})[ \u00a0]([{_UP}])\.[ \u00a0]?[{_UP}]\.")
# a person's two initials alone, as transcripts label who speaks after naming them once ("Е. К.:", "Е.Қ.:");
# not initials before a surname ("Н.Ә.Назарбаев", "А. К. Петров")
_INITIALS_ONLY = re.compile(rf"(?<![\w.])([{_UP}])\.\s?([{_UP}])\.(?!\s?\w)")
# a given name, a foreign surname's particles and its last word: "Урсула фон дер Ляйен", "Шарль де Голль"
_PARTICLE_NAME = re.compile(rf"(?<![\w-])({_CAP_WORD})[ \u00a0]"
                            rf"((?:(?:фон|дер|де|ван|дю|ди|да|ле|ла|дель|бин|бен|ибн|Ле|Ла|Де|Ди|Дю|Дель)"
                            rf"[ \u00a0]){{1,2}})"
                            rf"({_CAP_WORD})(?![\w-])")  # "Марин Ле Пен", "Роберт Де Ниро" write it capitalised
# an Arab name in Kazakh text: one or two given names, "son of" and the father's (and the family's after "Әл"),
# its last word in the case: "Мохд Азри бин Абдул Рахман", "шейх Тамим бин Хамад Әл Танимен"
_KK_SON_OF_NAME = re.compile(rf"(?<![\w-])({_CAP_WORD})(?:[ \u00a0]({_CAP_WORD}))?[ \u00a0](бин|бен|ибн)"
                             rf"((?:[ \u00a0](?!(?:Әл|Аль|Ал)[ \u00a0-]){_CAP_WORD}){{0,2}})"
                             rf"((?:[ \u00a0](?:Әл|Аль|Ал|әл|аль))?[ \u00a0-]({_CAP_WORD}))(?![\w-])")
# a Kyrgyz or Azerbaijani name of a given name, the father's and "son of" or "daughter of" as a word of its own,
# which with the father's name makes the surname: "Эмиль Каныбек уулу", "Рамиз Мехти оглы", "Айжан Асан кызы" (Kazakh
# writes "ұлы", "қызы" joined to the father's name; apart, after a genitive, they are kin: "Камал Хасанның қызы")
_SON_OF_WORD_NAME = re.compile(rf"(?<![\w-])({_CAP_WORD})[ \u00a0]({_CAP_WORD})[ \u00a0](уулу|кызы|оглы|гызы)(?![\w-])")
# a Kazakh demonym ("иранлық", "ресейлік"), then two capitalised words: a foreigner's given name and surname
_KK_DEMONYM_NAME = re.compile(rf"(?<![\w-])([{_LOW}]{{3,}}(?:лық|лік|дық|дік|тық|тік))[ \u00a0]({_CAP_WORD})[ \u00a0]"
                              rf"({_CAP_WORD})(?![\w-])")
# a word (a title, `_rule_persons` checks) before two capitalised words, in Kazakh or Russian text: "бапкері Бадди
# Макгирт", "Промоутер Боб Арумның", "гроссмейстер Гата Камский"; the names are looked ahead at, so one title's
# name may follow another's
_TITLED_NAME = re.compile(rf"(?<![\w-])([{_UP}{_LOW}][{_LOW}-]{{2,}})[ \u00a0](?=({_CAP_WORD})[ \u00a0]"
                          rf"({_CAP_WORD})(?:[ \u00a0]({_CAP_WORD}))?(?![\w-]))")
# an acronym next, which a capitalised word before it names ("Рогун СЭС-інің", "Екібастұз ГРЭС-і")
_ACRONYM_AFTER = re.compile(rf"[ \u00a0][{_UP}]{{2,}}(?![{_LOW}])")
_KK_LETTER = re.compile(f"[{names.KK_LETTERS}{names.KK_LETTERS.upper()}]")
# a locative or an ablative after a consonant: where, or from where ("Лейпцигте", "Берлиннен"), no surname's case
_KK_WHERE_ENDS = "да|де|та|те|дан|ден|тан|тен|нан|нен"
_KK_WHERE_CASE = re.compile(rf"(?<=[^аәеиоөұуүыіэюя\W])(?:{_KK_WHERE_ENDS})$")
# surname, given name, patronymic in the nominative, as lists and decrees print them
_FULL_NAME_UNKNOWN_GIVEN = re.compile(rf"(?<![\w-])({_CAP_WORD})[ \u00a0]({_CAP_WORD})[ \u00a0]"
                                      rf"([{_UP}][{_LOW}]+(?:ович|евич|овна|евна|ична))(?![\w-])")
# a decree's line in the official order, the surname of any shape: "Мамыт Айгерім Ержанқызы ... тағайындалсын"
_KK_DECREE_NAME = re.compile(rf"(?:^|(?<=\n))({_CAP_WORD})[ \u00a0]({_CAP_WORD})[ \u00a0]([{_UP}][{_LOW}]+(?:ұлы|қызы))"
                             r"(?=[ \u00a0,])(?=[^.\n]{0,300}(?:тағайындалсын|босатылсын|марапатталсын|сайлансын|"
                             r"бекітілсін|берілсін)[.\n])")
# a surname written so can only be a man's ("Назарбаев"; "Назарбаева" may be his genitive or a woman)
_MALE_SURNAME_END = ("ов", "ев", "ин", "ын", "ский", "цкий", "улы")
_FEMALE_SURNAME_END = ("ова", "ева", "ёва", "ина", "ына")
_RU_HIS_NOMINATIVE = ("ов", "ев", "ёв", "ин", "ын")  # a Russian-declined man's surname as its nominative ends
_RU_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична)$")  # a Russian patronymic in the nominative
_PARTICLES = frozenset(["де", "ван", "фон", "аль", "эль", "ибн", "бин", "бен", "ди", "да", "дер", "ле", "ла", "дель",
                        "дю", "ас", "ад", "ат"])


@dataclass
class Mention:
    start: int
    end: int
    surface: str
    kind: str
    lang: str
    actor: str | None = None  # a gazetteer actor id when known
    given: str | None = None  # nominative forms, as written in the mention's language
    patronymic: str | None = None
    surname: str | None = None
    role: str | None = None
    source: str = "rule"
    initial: str | None = None  # "Қ" of "Қ.Қансейтов", to match a given name met elsewhere
    latin: str | None = None  # the Latin spelling the text gives in parentheses ("Bilal Hussein")

    def identity(self) -> dict:
        return {"kind": self.kind, "actor": self.actor, "given": self.given, "patronymic": self.patronymic,
                "surname": self.surname, "lang": self.lang, "latin": self.latin}


# ---------------------------------------------------------------- gazetteer

@dataclass(frozen=True)
class Entry:
    actor_id: str
    kind: str
    name_kk: str
    name_ru: str
    name_en: str
    aliases: tuple[str, ...]


@cache
def gazetteer() -> dict[str, Entry]:
    out = {}
    for aid, kind, kk, ru, en, aliases in data_rows("actors.tsv", 6):
        out[aid] = Entry(aid, kind, kk, ru, en, tuple(a for a in aliases.split("|") if a))
    return out


_RU_END = r"(?:а|я|у|ю|ом|ем|е|и|ы|ой|ей|ою|ая|ую|ое|ые|ых|ым|ыми|ими|ами|ями|ах|ях|ов|ев)"
_KK_END = "(?:ы|и|сы|си)?(?:" + "|".join(sorted({names.fold(s) for s in names.KK_SUFFIXES}, key=len,
                                                  reverse=True)) + ")"


_ALIAS_SPACE = r"[»\"”]?\s+[«\"“]?"
_ALIAS_MARKS = re.compile(r"[«»\"“”]")

# a one-word Russian name that declines by its final vowel, long enough that its stem says which
_RU_VOWEL_END = re.compile(r"[А-ЯЁа-яё](?:[а-яё]|-[А-ЯЁа-яё]){4,}[оая]")


# a Russian body's name whose head noun comes first and alone declines, its complement fixed: "Агентство по
# противодействию коррупции", "Комитет национальной безопасности", "Администрация Президента"
# (the head's ending, the letters of it that go, the endings of its other cases)
_RU_HEAD_CASES = (("ство", 1, ("а", "у", "ом", "е")), ("тет", 0, ("а", "у", "ом", "е")),
                  ("ция", 1, ("и", "ю", "ей")), ("рия", 1, ("и", "ю", "ей")))


def _ru_head_cases(name: str) -> list[str]:
    """The other cases of a Russian body's name whose first word is its head noun (-ство, -тет, -ция/-рия)."""
    head, _, rest = name.partition(" ")
    if not rest or not re.fullmatch(r"[А-ЯЁ][а-яё]+", head):
        return []
    for ending, cut, cases in _RU_HEAD_CASES:
        if head.endswith(ending):
            return [f"{head[:len(head) - cut]}{c} {rest}" for c in cases]
    return []


def _ru_adjective_cases(name: str) -> list[str]:
    """The other cases of a Russian body's name that opens with adjectives agreeing with its head noun, the rest
    fixed: "Народная партия Казахстана" is "Народной партии Казахстана", "Народную партию Казахстана", ...
    (the dictionary declines the words; a name it cannot read so gives none). Only a name of three words or
    more: two ("Конституционный суд", "Народная партия") name another country's body as well, which a
    Kazakh reader's news names in its cases too ("Монгольской народной партии", "Конституционного суда" of
    Russia), where the nominative alone was the reach of the two-word alias."""
    words = name.split()
    if len(words) < 3:
        return []
    adjectives = []
    for w in words:
        p = next((p for p in names.parse(w.lower()) if p.is_known and p.tag.POS == "ADJF"
                  and {"nomn", "sing"} <= p.tag.grammemes), None)
        if p is None:
            break
        adjectives.append(p)
    k = len(adjectives)
    if not adjectives or k >= len(words):
        return []
    noun = next((p for p in names.parse(words[k].lower()) if p.is_known and p.tag.POS == "NOUN"
                 and {"nomn", "sing"} <= p.tag.grammemes), None)
    if noun is None or any(a.tag.gender != noun.tag.gender for a in adjectives):
        return []
    out = []
    for case in ("gent", "datv", "accs", "ablt", "loct"):
        head = noun.inflect({case})
        extra = {"inan"} if case == "accs" and noun.tag.gender == "masc" else set()
        forms = [a.inflect({case} | extra) for a in adjectives]
        if head is None or None in forms:
            continue
        pairs = list(zip([f.word for f in forms] + [head.word], words[:k + 1], strict=True))
        if any(not d.startswith(w.lower()[:-2]) for d, w in pairs):
            return []  # the dictionary went to another form of the word ("Высшая" to "Высочайшей")
        out.append(" ".join([d[:1].upper() + d[1:] if w[:1].isupper() else d for d, w in pairs] + words[k + 1:]))
    return [o for o in out if o != name]


def _may_be_common_word(name: str) -> bool:
    """Whether a canonical name is one word written as a common word is ("Ауыл", "Байтақ"): matched alone only
    where something says it is the name (`_quoted_party_mentions`)."""
    return " " not in name and name[1:].islower()


@cache
def _gazetteer_regex() -> tuple[re.Pattern, dict[str, str]]:
    """One alternation over every alias (folded), longest first; the last word may take case endings."""
    alias_to_id: dict[str, str] = {}
    for e in gazetteer().values():
        # canonical names are matched only when they cannot be a common word ("Ауыл" is also "village")
        forms = list(e.aliases) + [n for n in (e.name_kk, e.name_ru) if not _may_be_common_word(n)]
        for f in forms:
            if e.kind == "person" and " " not in f.strip() and "-" not in f:
                continue  # a lone surname is matched by the person rules, which check the given name
            alias_to_id.setdefault(_alias_key(f), e.actor_id)
            if e.kind != "person" and _RU_VOWEL_END.fullmatch(f.strip()):
                # a one-word Russian name declines by its last vowel: "Правительства", "Правительству",
                # "Акорде", "Генпрокуратуру" (a many-word one declines its head noun when it comes first,
                # `_ru_head_cases`, or its adjectives with it when they open it, `_ru_adjective_cases`)
                alias_to_id.setdefault(_alias_key(f.strip()[:-1]), e.actor_id)
            for declined in (_ru_head_cases(f.strip()) + _ru_adjective_cases(f.strip())) if e.kind != "person" \
                    else ():
                alias_to_id.setdefault(_alias_key(declined), e.actor_id)
    # the endings written once after the alternation, not after each alias: the same tries in the same order
    # (an alias with each ending, then without, then the next alias), and a pattern a tenth the size to compile
    # a name's words may be parted by the quotation marks of its proper part: "«Ауыл» партиясы"
    alts = by_first_letter([re.escape(alias).replace(r"\ ", _ALIAS_SPACE)
                            for alias in sorted(alias_to_id, key=len, reverse=True)])
    rx = re.compile(rf"(?<![\w])(?:{alts})(?:-?{_RU_END}|-?{_KK_END})?(?![\w])")
    return rx, alias_to_id


@cache
def _person_entries_by_surname() -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for e in gazetteer().values():
        if e.kind != "person":
            continue
        for full in (e.name_kk, e.name_ru, e.name_en):
            parts = full.split()
            if len(parts) >= 2:
                out.setdefault(names.surname_key(parts[-1]), [])
                if e not in out[names.surname_key(parts[-1])]:
                    out[names.surname_key(parts[-1])].append(e)
    return out


def gazetteer_person(given: str | None, surname: str | None) -> Entry | None:
    """The gazetteer person with this surname whose given name agrees (by initial) when one is given."""
    if not surname:
        return None
    cands = _person_entries_by_surname().get(names.surname_key(surname), [])
    if given:
        g = names.fold(given)[:1]
        cands = [e for e in cands if names.fold(e.name_ru)[:1] == g or names.fold(e.name_kk)[:1] == g]
    return cands[0] if len(cands) == 1 else (cands[0] if cands and given else None)


@cache
def _person_entries_by_patronymic() -> dict[tuple[str, str], Entry]:
    """("касым-жомарт", "кемелевич") → Tokayev: how Russian and Kazakh address a person formally."""
    out = {}
    for e in gazetteer().values():
        if e.kind == "person":
            for alias in e.aliases:
                parts = alias.split()
                if len(parts) == 2 and names.PATRONYMIC_END.search(parts[1].lower()):
                    out[(names.fold(parts[0]), names.fold(parts[1]))] = e
    return out


def fold_text(text: str) -> str:
    """`names.fold` of a whole text, offsets kept. After lower-casing only FOLD's lower-case letters are
    left to map, and replacing those few one by one is several times faster on a long text than
    str.translate, which looks every character up."""
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two code points; keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for a, b in _LOWER_FOLD:
        if a in low:
            low = low.replace(a, b)
    return low


# FOLD's pairs whose letter is lower-case (what is left of it after str.lower); none maps to another's letter
_LOWER_FOLD = tuple((chr(a), chr(b)) for a, b in names.FOLD.items() if chr(a).islower())


def _gazetteer_mentions(text: str, folded: str, lang_at) -> list[Mention]:
    rx, alias_to_id = _gazetteer_regex()
    out = []
    foreign: set[str] = set()  # the bodies the article names as another country's
    for m in rx.finditer(folded):
        start, end = m.start(), m.end()
        if start and text[start - 1] in "«\"“" and _ALIAS_MARKS.search(text, start, end):
            start -= 1  # "«Ауыл» партиясы" whole, with both of its marks
        elif end < len(text) and text[end] in "»\"”" and _ALIAS_MARKS.search(text, start, end):
            end += 1  # "партия «Ауыл»"
        surface = text[start:end]
        first = text[m.start()]
        if not first.isupper() and not first.isdigit() and " " not in surface.strip():
            continue  # a one-word name is capitalised ("ауыл" is a village, not the party); Kazakh text may
            # write a multi-word one in lower case ("халықтық коалицияны")
        aid = _alias_id(m.group(0), alias_to_id)
        if aid is None:
            continue
        e = gazetteer()[aid]
        if e.kind == "state_body" and not first.isupper():
            continue  # "ұлттық банктер": national banks in general; a body's name is capitalised
        if e.kind == "state_body" and (_foreign_after(text, m.end()) or _foreign_before(text, m.start())
                                       or _foreign_adjective(text, m.start()) or _name_goes_on(text, m.end())):
            # "Верховный суд США", "Генпрокуратура России", "японского МИДа": another country's body;
            # "Министерство сельского хозяйства и пищевой промышленности": a longer name, another body
            foreign.add(aid)
            continue
        lang = lang_at(m.start())
        men = Mention(start, end, surface, e.kind, lang, actor=aid, source="gazetteer")
        if e.kind == "person":
            men.given, men.surname = _entry_name(e, lang)
        out.append(men)
    out.extend(_quoted_party_mentions(text, folded, lang_at, out))
    # "поддержку Министерства культуры РФ. В Министерстве культуры прошли ...": in an article that never names
    # Kazakhstan (`_HOME_NAMED`), a body it places in another country is that country's wherever it names it
    # (Kazakhstan's papers mean their own when they name one bare, "Ресей Үкіметі ... Үкімет отырысы")
    if not foreign or _HOME_NAMED.search(text):
        return out
    return [men for men in out if men.actor not in foreign]


def body_in(text: str) -> tuple[Entry, int, int] | None:
    """The first state body the gazetteer knows in a short text, whichever country's ("глава МИД Венгрии"),
    with where it stands: what a head's title names."""
    rx, alias_to_id = _gazetteer_regex()
    for m in rx.finditer(names.fold(text)):
        aid = _alias_id(m.group(0), alias_to_id)
        if aid is not None and gazetteer()[aid].kind == "state_body" and text[m.start()].isupper():
            return gazetteer()[aid], m.start(), m.end()
    return None


@cache
def _quoted_party_regex() -> tuple[re.Pattern, dict[str, str]]:
    """The parties whose one-word name is also a common word ("Ауыл" is a village, "Байтақ" vast): matched
    alone only in guillemets, with any case ending inside them or after ("«Байтак»", "«Ауыла»",
    "«Байтақтың»")."""
    key_to_id = {names.fold(n).lower(): e.actor_id for e in gazetteer().values() if e.kind == "party"
                 for n in (e.name_kk, e.name_ru) if _may_be_common_word(n)}
    alts = "|".join(sorted(map(re.escape, key_to_id), key=len, reverse=True))
    return re.compile(rf"«({alts})(?:-?{_RU_END}|-?{_KK_END})?»(?:-?{_KK_END})?(?![\w])", re.I), key_to_id


# what makes a word in guillemets some other thing's name: a company's form, a paper, a place
_NOT_PARTY_BEFORE = re.compile(r"(?i)(?:тоо|ао|ат|кх|шқ|жшс|пк|спк|ип|жк|газет\w*|журнал\w*|телеканал\w*|"
                               r"кафе|ресторан\w*|компани\w*|кооператив\w*|хозяйств\w*|қожалығ\w*|"
                               r"мейрамхана\w*|санатори\w*|ансамбл\w*|клуб\w*|шахт\w*|ауыл\w*|сел\w*|"
                               r"поселк\w*|посёлк\w*|фильм\w*|песн\w*|роман\w*|операци\w*)\s*$")


def _quoted_party_mentions(text: str, folded: str, lang_at, found: list[Mention]) -> list[Mention]:
    """A party whose name is a common word, named alone in guillemets ("Respublica опирается на бизнес,
    «Байтак» – на экологическую повестку"), in an article about parties: one that names a party, or the word
    "партия"/"партиясы". Not after a company's form, a paper's or a place's noun ("КХ «Ауыл»", "газета
    «Ауыл»"), and not where a longer gazetteer name holds it already."""
    if not (any(m.kind == "party" for m in found) or re.search(r"(?i)парти", text)):
        return []
    rx, key_to_id = _quoted_party_regex()
    taken = [(m.start, m.end) for m in found]
    out = []
    for m in rx.finditer(folded):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in taken) or _NOT_PARTY_BEFORE.search(text[max(0, start - 30):start]):
            continue
        if not text[start + 1].isupper():
            continue
        aid = key_to_id[m.group(1).lower()]
        e = gazetteer()[aid]
        out.append(Mention(start, end, text[start:end], e.kind, lang_at(start), actor=aid, source="gazetteer"))
    return out


# what says an article is Kazakhstan's: the country, its capitals, its President's residence and parliament
_HOME_NAMED = re.compile(r"(?i)казахстан|қазақстан|астан|алмат|акорд|ақорда|мажилис|мәжіліс|(?<![\w])(?:РК|ҚР)(?![\w])")


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a Russian body's name is followed by more of its own name ("... хозяйства и пищевой
    промышленности"): "и" and a word in the genitive, lower case."""
    m = re.match(r"\s+и\s+([а-яё]+)", text[end:end + 40])
    return bool(m) and any(p.tag.case == "gent" for p in names.parse(m.group(1)))


_NEXT_WORD = re.compile(r"\s+([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)")
_HOME = frozenset(["казахстана", "казахстан", "рк", "республики", "қазақстан", "қр"])


def _foreign_after(text: str, end: int) -> bool:
    """Whether a state body's name is followed by another country's ("Верховный суд США", "Нацбанка
    России"): the gazetteer's bodies are Kazakhstan's."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1).lower() not in _HOME and "place" in names.dictionary_tags(m.group(1)) \
        and "name" not in names.dictionary_tags(m.group(1))


def _ru_foreign_adjectives() -> tuple[str, ...]:
    return data_stems("ru_foreign_adjectives.txt")


def _foreign_adjective(text: str, start: int) -> bool:
    """Whether a state body's name follows another country's adjective ("российского МИДа", "японского МИДа",
    data/ru_foreign_adjectives.txt): the gazetteer's bodies are Kazakhstan's."""
    return word_before(text, start).lower().startswith(_ru_foreign_adjectives())


@cache
def _kk_foreign_countries() -> frozenset[str]:
    return frozenset(names.fold_word(w) for w in data_words("kk_foreign_countries.txt"))


# Kazakh nouns of kinship with the possessive: "оның анасы" (his mother), "әкесі" (his father)
_KK_KIN_OF = frozenset("анасы әкесі әйелі күйеуі жұбайы зайыбы ұлы қызы баласы ағасы інісі апасы әпкесі қарындасы "
                       "сіңлісі немересі шешесі".split())


def _kk_place_genitive(word: str) -> bool:
    """A Kazakh town or a country in the genitive ("Теміртаудың", "Ресейдің")."""
    base = names.kk_base(word)
    return base != word and (_kz_city(base) or _kk_country(base))


def _kk_country(word: str) -> bool:
    """A foreign country as Kazakh text names it: a place the Russian dictionary knows, or one of
    data/kk_foreign_countries.txt ("Иран" of "иранлық", "Ресей")."""
    return "place" in names.dictionary_tags(names.cap(word)) or names.fold_word(word) in _kk_foreign_countries()


_KK_PLACE_CASES = tuple(sorted({*names.KK_DATIVE, *names.KK_LOCATIVE, *names.KK_ABLATIVE},
                                key=len, reverse=True))


def _kk_place_in_case(word: str, cases: tuple[str, ...] = _KK_PLACE_CASES) -> bool:
    """A town or a country in a Kazakh case of where, whither or whence ("Астанаға", "Бурабайда", "Ресейден"),
    its stem a place a list or the dictionary knows: no word of a person's name. `cases`: the endings tried."""
    low = word.lower()
    return word[:1].isupper() and any(
        low.endswith(end) and len(word) - len(end) >= 3
        and (_kz_city(stem := word[:len(word) - len(end)]) or _kk_country(stem)) for end in cases)


def _foreign_before(text: str, start: int) -> bool:
    """Whether a state body's name follows another country's in Kazakh ("Ресей Үкіметі", "Қытайдың Ұлттық
    банкі", data/kk_foreign_countries.txt): the gazetteer's bodies are Kazakhstan's."""
    word = word_before(text, start)
    return bool(word) and word[:1].isupper() and (
        names.fold_word(word) in _kk_foreign_countries()
        or names.fold_word(names.kk_base(word)) in _kk_foreign_countries())


def _entry_name(e: Entry, lang: str) -> tuple[str, str]:
    """(given, surname) of a gazetteer person in the mention's language; an East Asian name ("Си Цзиньпин") is
    the family name first, kept whole as `_east_asian` keeps it, with no given name."""
    parts = (e.name_kk if lang == "kk" and e.name_kk else e.name_ru).split()
    if (east := _east_asian(parts)) is not None:
        return None, east
    return parts[0], parts[-1]


def _alias_key(name: str) -> str:
    """A name as the gazetteer's regex and table hold it: folded, without quotation marks ("ҰКП «Атамекен»"
    is "укп атамекен"; the regex lets the marks stand between its words)."""
    return " ".join(_ALIAS_MARKS.sub(" ", names.fold(name)).split())


def _alias_id(matched: str, alias_to_id: dict[str, str]) -> str | None:
    matched = _alias_key(matched)
    if matched in alias_to_id:
        return alias_to_id[matched]
    for alias in sorted(alias_to_id, key=len, reverse=True):
        if matched.startswith(alias):
            return alias_to_id[alias]
    return None


# ---------------------------------------------------------------- offices

@cache
def offices() -> list[tuple[re.Pattern, str, date | None, date | None, str, bool]]:
    """(pattern, actor, from, to, literal, bare): `literal` is plain text every match contains ("Елбасы",
    " государства"; empty for a pattern with a choice at its top level), to skip an article that lacks it;
    `bare` marks a title that names its holder only in an article that names him otherwise too."""
    out = []
    for pattern, aid, start, end, when in data_rows("offices.tsv", 5):
        # no lookbehind at the start: a pattern that starts with a literal is then searched for by it, several
        # times faster; `_office_mentions` checks that no letter comes before a match
        out.append((re.compile(rf"(?:{pattern})(?![\w])"), aid,
                    date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None,
                    required_literal(pattern), when == "named"))
    return out


# the document of an office's holder, capitalised after the office as Kazakh writes it ("Жарлығымен",
# "Өкімімен", "Жолдауында"): the next capitalised word is no name the office titles
_OFFICE_DOCUMENT = re.compile(r"\s+(?:Жарлығ|Өкім|Қаулы|Жолдау|Үндеу|Указ|Распоряжени|Послани)\w*")


def _office_mentions(text: str, published: datetime | None, lang_at) -> list[Mention]:
    day = published.date() if published else None
    out = []
    for rx, aid, start, end, literal, bare in offices():
        if day is None:
            continue  # no article date: the holder of an office is unknown
        if (start and day < start) or (end and day > end) or literal not in text:
            continue
        for m in rx.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
                continue  # inside a word or a compound ("Вице-премьер-министр", "экс-Президент")
            lang = lang_at(m.start())
            if lang == "kk" and (m.group(0)[0].islower() or _foreign_before(text, m.start())):
                continue  # Kazakh writes its own offices with a capital: "премьер-министр" is another country's,
                # as is "Өзбекстан Президенті"
            nxt = text[m.end():m.end() + 40]
            # "Президент Қасым-Жомарт Тоқаев": the name is the mention, the office its role, unless the name's
            # role proves to be none of it ("Указом Главы государства Жумангарин Серик Макашевич освобожден":
            # the decree's author; `_titling_offices`)
            titling = re.match(rf"\s+(?:[{_UP}]\.\s?)*{_CAP_WORD}\s+[{_UP}][{_LOW}]+", nxt) \
                and not _OFFICE_DOCUMENT.match(nxt)  # "Мемлекет басшысының Жарлығымен Нұралы Әлиев": his decree
            given, surname = _entry_name(gazetteer()[aid], lang)
            out.append(Mention(m.start(), m.end(), m.group(0), "person", lang, actor=aid, given=given,
                               surname=surname,
                               source="titling_office" if titling else "bare_office" if bare else "office"))
    return out


@cache
def _office_context() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """{where: (stems, whole words)} of data/office_not_holder.txt."""
    rows = list(data_rows("office_not_holder.txt", 2))
    return {where: (tuple(s for w, s in rows if w == where and not s.endswith("$")),
                    frozenset(s[:-1] for w, s in rows if w == where and s.endswith("$")))
            for where in ("before", "after", "skip")}


def word_before(text: str, pos: int, floor: int = 0) -> str:
    """The last word, by white space, of the 40 characters before `pos` (none before `floor`); "" if none."""
    words = text[max(floor, pos - 40):pos].split()
    return words[-1] if words else ""


# the case endings a Kazakh office's last word takes ("басшысын", "Президентінің", "Президентке")
_KK_OFFICE_CASES = ("ның", "нің", "на", "не", "ны", "ні", "нан", "нен", "мен", "пен", "бен", "ға", "ге", "қа",
                    "ке", "нда", "нде", "ын", "ін")


def _holder(text: str, m: Mention) -> bool:
    """Whether a bare title names its holder, not the office or an institution ("выборы Президента",
    "Президент сайлауы"; data/office_not_holder.txt)."""
    after = text[m.end:m.end + 40].split()
    skip, _ = _office_context()["skip"]
    if len(after) > 1 and after[0].lower().startswith(skip):
        after = after[1:]  # "Премьер-министрдің бірінші орынбасары": the word after the ordinal tells
    # a word after the office makes a compound with it only when the office is not declined: "Президент
    # сайлауы" (the election), not "Мемлекет басшысын сайлаудағы жеңісімен құттықтады" (congratulated him)
    last = m.surface.split()[-1]
    declined = m.lang == "kk" and last.lower().endswith(_KK_OFFICE_CASES)
    for where, word in (("before", word_before(text, m.start)), ("after", "" if declined or not after else after[0])):
        stems, whole = _office_context()[where]
        word = word.lower().strip(",.;:«»\"()")
        if word and (word.startswith(stems) or word in whole):
            return False
    return True


# ---------------------------------------------------------------- persons by rule

# a _TOKEN token that begins with a capital: one starts where no letter or digit comes before it, nor one of
# - ’ ' that follows a letter or digit (_TOKEN would have taken it into the token before)
_CAPITALISED_TOKEN = re.compile(rf"(?<![{_UP}{_LOW}0-9])(?<![{_UP}{_LOW}0-9][-’'])(?=[{_UP}]){_WORD_TOKEN}")


def _name_tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens of `text` (as _TOKEN cuts it) that are name-shaped words (_NAME_TOKEN), found without
    cutting the whole text into tokens: a name's words are all capitalised."""
    return [(m.start(), m.end(), m.group(0)) for m in _CAPITALISED_TOKEN.finditer(text)
            if _NAME_TOKEN.fullmatch(m.group(0))]


def _nominative(word: str, lang: str) -> str:
    return names.kk_base(word) if lang == "kk" else word


def _char_before(text: str, pos: int) -> str:
    """The last character before `pos` that is no white space, or "" (the text before `pos` is not copied)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1:pos]


def _kk_bare_surname_first(word: str) -> bool:
    """A Kazakh surname with no ending of a surname ("Сатыбалды", "Бапи", "Нұрбек"), as the official order
    writes it first, before a given name and a father's name: a word in the nominative that is no title,
    place, body or common word."""
    low = word.lower()
    return names.kk_base(word) == word and low not in _KK_ADDRESS and not _known_non_name(word) \
        and not _is_position(word) \
        and not names.is_kk_common_word(word) and not _body(word) and not _kz_city(word) and not _kk_country(word) \
        and not low.endswith(("ім", "ым", "міз", "мыз", "ңыз", "ңіз")) and not _KK_POSSESSIVE_CASED.search(low)
    # ("Әріптесім", "Президентіміз": a noun with a possessive of the first person; "Елбасы": of the third)


def _surname_first_here(word: str) -> bool:
    """Whether a word may open the official order (surname, given name, father's name): any word but a common
    one, and a Korean or Chinese family name even when it is a common word too ("Пак Владимир Александрович",
    "пак" being pack ice), as Kazakhstan's Koreans are named in courts and decrees."""
    return not _known_non_name(word) or word in _east_asian_surnames()


def _person_from_tokens(toks: list[str], lang: str, inside: bool = False) \
        -> tuple[str | None, str | None, str | None] | None:
    """(given, patronymic, surname) in the nominative for a 2-3 token name, or None. `inside`: the first token
    stands inside its sentence, where a capital marks a name (Kazakh text capitalises a sentence's first word,
    "Құрметті", "Бірақ", "Әріптесім", whatever it is)."""
    words = [names.cap(t) for t in toks]
    if lang == "ru":
        g = names.ru_given(words[0])
        if _declined_before_name(words, g):
            return None  # see `_declined_before_name`
        if len(words) == 3 and _surname_first_here(words[0]) \
                and (g is None and names.is_surname_shaped(words[0], strong=True)
                     or words[2].lower().endswith(("вич", "вна", "ична"))) \
                and names.PATRONYMIC_END.search(words[2].lower()) and (g1 := names.ru_given(words[1])) \
                and not names.PATRONYMIC_END.search(words[1].lower()):
            # the official order: "Ахметова Алия Ерловна"; "Ким Вера Сергеевна", whose surname is a given name too
            return g1[0], words[2], words[0]
        if len(words) == 3 and g is None and names.is_surname_shaped(words[0], strong=True) \
                and _RU_PATRONYMIC.search(words[2].lower()) \
                and not names.is_surname_shaped(words[1]) and not names.PATRONYMIC_END.search(words[1].lower()) \
                and not _known_non_name(words[1]):
            # the official order with a given name the dictionary does not know: "Сатқалиев Алмасадам Майданович"
            return words[1], words[2], words[0]
        if len(words) == 3 and not _known_non_name(words[0]) and not _kz_city(words[0]) \
                and (_SONS_SURNAME.search(words[2])
                     or (_SONS_SURNAME.search(words[0]) and _RU_PATRONYMIC.search(words[2].lower()))) \
                and not names.PATRONYMIC_END.search(words[1].lower()) \
                and (_SONS_SURNAME.search(words[0]) or names.is_given(words[1]) or names.ru_given(words[1])):
            # the official order with a Kazakh patronymic, which closes a name only there (it stands second in
            # "Мухтар Бескенулы Тлеуберди"): "Тлеуберди Мухтар Бескенулы"; a son's surname first, whatever the
            # patronymic: "Алимханулы Жанибек Ерланович" (not a city: "учитель из Кызылорды Бауыржан Алтынбекулы")
            return g1[0] if (g1 := names.ru_given(words[1])) else words[1], words[2], words[0]
        if len(words) == 3 and _surname_first_here(words[0]) and (m := _RU_PATRONYMIC_DECLINED.search(words[2])) \
                and (g1 := names.ru_given(words[1])) and (g is None or names.is_surname_shaped(words[0], True)
                                                          or not g1[1]):
            # the official order declined: "назначить Кошанова Ерлана Жакановича", "с Ким Верой Сергеевной"
            female = m.group(1) is None
            patr = words[2][:m.start()] + ("вич" if not female else m.group(2) + "на")
            given = g1[0]
            if female and not names.is_female_given(given) and (woman := names.ru_given_woman(words[1])):
                given = woman  # "осудил Ли Валентину Сергеевну": her patronymic makes "Валентину" Валентина's
            return given, patr, names.ru_surname_nominative(words[0], female, True)
        if g is None and len(words) == 2 and names.ROMAN.fullmatch(words[1]) \
                and "name" in names.dictionary_tags(words[0]):
            # a monarch's or a pope's name and number: "Льва XIV", "Карлом III", whose names the lists need not
            # have; the dictionary declines them ("Льва" is Лев)
            return _foreign_given(words[0], True, False), None, words[1]
        if g is None and len(words) == 2 and names.is_surname_shaped(words[0], strong=True) \
                and not _known_non_name(words[0]) and (g1 := names.ru_given(words[1])) is not None \
                and not names.is_surname_shaped(words[1]) and "surname" not in names.dictionary_tags(words[1]) \
                and not (_RU_SEE.search(words[0]) and "surname" not in names.dictionary_tags(words[0])):
            # the official order without the father's name, as lists and courts print it: "Ахметов Ерлан",
            # "Ковальский Геннадий", "Ахметова Ерлана" (declined as the given name is); an adjective in -ский the
            # dictionary knows as no surname is a bishop's see ("Епископ Каскеленский Геннадий")
            female = names.is_female_given(g1[0])
            if female or not g1[1] or not words[0].lower().endswith(_FEMALE_SURNAME_END):
                # (not a woman's surname before a man's name in the nominative: "романе Ильфа и Петрова Остап
                # распределяет" is the writer's genitive, then the hero)
                return g1[0], None, names.ru_surname_nominative(words[0], female, not g1[1] or female)
        if g is None:
            return None
        if g[1] and words[-1].lower().endswith(_ADJECTIVE_OBLIQUE) and (oblique := names.ru_given(words[0], True)):
            g = oblique  # "Александра Вертинского" is a man's genitive, not Alexandra
        if not g[1] and words[-1].lower().endswith(("овна", "евна", "ична")):
            g = words[0], True  # a woman's patronymic in the nominative: so is her name ("Евгения Степановна")
        given, nominative = g
        # a surname in -овой/-иной is a woman's, declined even beside a given name that is not ("Айгуль
        # Шамшиевой", "Гульнар Сейтмагамбетовой")
        her = words[-1].lower().endswith(_RU_HER_OBLIQUE) and not (
            nominative and _female_given(words[0]) is False and any(
                {"masc", "nomn"} <= p.tag.grammemes and p.is_known for p in names.parse(words[-1])))
        # ("Андрей Луговой", "Андрей Мостовой": a man's surname that is an adjective, beside his name in the
        # nominative)
        if her and not nominative and not names.is_female_given(given) and (woman := names.ru_given_woman(words[0])):
            given = woman  # "Жанаре Балгабаевой": Жанара, not the man's Жанар
        elif not nominative and names.is_female_given(given) and given[-1:].lower() not in names.VOWELS \
                and (woman := names.ru_given_woman(words[0])):
            given = woman  # "Гульнару Есенову": Гульнара, for a woman's name in a consonant (Гульнар) does not
            # decline
        female = names.is_female_given(given) or her
        # a man's given name Russian does not decline ("Гани", "Али") says nothing of the case: his surname does
        # ("министру Гани Бейсембаеву")
        fixed = not female and given[-1:].lower() in "иуоеыэ"
        # a woman's surname is read from its own ending whatever her name's: "Лязат Актаеву" (accusative),
        # "Айгерим Актаевой"; her nominative "Актаева" has none of the oblique endings
        rest = [names.ru_surname_nominative(w, female, not nominative or her or fixed or female) for w in words[1:]]
        if not nominative and not female and rest[-1] == words[-1]:
            rest[-1] = _declined_like(words[0], given, _ru_surname(words[-1], False, declined=True))
        if fixed and len(rest) == 1 and rest[0] == words[-1] and (a := _a_surname_genitive(words[0], words[-1])):
            rest[0] = a  # "Фумио Кисиды": see `_a_surname_genitive`
        if fixed and len(rest) == 1 and (a := _japanese_oblique(words[0], words[-1])):
            rest[0] = a  # "Сигэру Исибу": see `_japanese_oblique`
        if len(rest) == 2 and not any(names.PATRONYMIC_END.search(w.lower()) for w in rest) \
                and "name" in names.dictionary_tags(words[1]) and not names.is_surname_shaped(words[1], True) \
                and "common" not in (tags := names.dictionary_tags(words[2])) \
                and ("place" not in tags or "surname" in tags):
            rest = rest[1:]  # "Мария Долорес Гарсиа", "Хосе Мануэль Баррозу": a second given name, then the surname
            # (also when the dictionary knows it as a surname too: "Марии Корине Мачадо" is Мачадо)
        ending = words[0][len(given):] if not nominative and words[0].startswith(given) else ""
        if len(rest) == 2 and ending and not female and words[1].endswith(ending) \
                and words[2][-1:].lower() in _RU_UNDECLINED_END and not words[2].endswith(ending) \
                and not any(names.PATRONYMIC_END.search(w.lower()) for w in words[1:]):
            rest = rest[1:]  # "с Амиром Ханом Муттаки": a second given name in the first's case (which the
            # dictionary may read as a noun, "хан"), then a surname that never declines
    else:
        if len(words) > 1 and _kk_case_marked(words[0]):
            return None  # see `_kk_case_marked`
        cut = next((k for k in range(1, len(words)) if (_place_only(base := names.kk_base(words[k]))
                                                         and not names.is_surname_shaped(base, strong=True))
                    or ({words[k].lower(), base.lower()} & _kz_cities() and not names.is_surname_shaped(base))),
                   len(words))
        # "Нұрлан Қайратұлы Қазақстан Республикасының", "Наурызбай Тағанұлы Түркістан облысына" (a city the
        # dictionary does not know; "Сатпаев" is a town and a surname, and a word the dictionary reads only as a
        # place is a surname of a strong shape after a given name: "Кристина Понамарева"): a place is no part of
        # a name
        words = words[:cut]
        if len(words) == 3 and ((names.is_surname_shaped(words[0]) and not names.is_given(words[0]))
                                or (inside and _kk_bare_surname_first(words[0]))) \
                and names.is_given(words[1]) and names.PATRONYMIC_END.search(names.kk_base(words[2]).lower()):
            # the official order, only its last word declined: "Бекбосынов Нұрлан Қайратұлы", "Әлімқұлова Гүлнар
            # Серікқызына" (a given name and a father's name after it make a surname of a weaker shape one too:
            # "Жұмаңғарин Серік Мақашұлы", and of none, a given name's that is the family's: "Сатыбалды Дархан
            # Амангелдіұлы", `_kk_bare_surname_first`)
            return words[1], names.kk_base(words[2]), words[0]
        if len(words) == 3 and _ru_patronymic_closes(names.kk_base(words[0]), words[1], names.kk_base(words[2])) \
                and _surname_first_here(words[0]):
            return words[1], names.kk_base(words[2]), words[0]  # see `_ru_patronymic_closes`
        given = names.kk_base(words[0])
        if not names.is_given(given):
            foreign = len(words) == 2 and _foreign_given_only(words[0]) and _foreign_surname(words[1])
            given = words[0] if names.is_given(words[0]) or foreign else None
        if given is None:
            return None
        rest = [names.kk_surname_base(w) for w in words[1:]]
    patronymic = surname = None
    for w in rest:
        if names.PATRONYMIC_END.search(w.lower()) and patronymic is None and len(rest) > 1 and surname is None:
            patronymic = w
        elif names.PATRONYMIC_END.search(w.lower()) and len(rest) == 1 and w.lower().endswith(
                ("ович", "евич", "овна", "евна", "ична", "ұлы", "қызы")) and not names.is_surname_shaped(w, True) \
                and names.dictionary_tags(w) != {"surname"} and not _his_patronymic_her_name(given, w) \
                and _named_patronymic(w):
            # "Виктор Шендерович": a surname; "Людмилу Зенькович": a man's patronymic, no woman's; "Новак
            # Джокович", "Горан Иванишевич": no given name "Джок", "Иваниш" makes them a father's
            patronymic = w
        else:
            surname = surname or w
    return given, patronymic, surname


def _declined_before_name(words: list[str], g: tuple[str, bool] | None) -> bool:
    """Three Russian-text words of which the first is a given name in a case and the next a given name in the
    nominative before a surname: "школы им. Абая Нурлан Ахметов" names Нурлан Ахметов, after an eponym (or
    whose: "сына Ерлана Нурлан Ахметов"); no one is named "Абай Нурлан Ахметов"."""
    return g is not None and not g[1] and len(words) == 3 and (g1 := names.ru_given(words[1])) is not None \
        and g1[1] and names.is_surname_shaped(words[2], strong=True)


def _foreign_given_only(word: str) -> bool:
    """A given name no Kazakh list has that the Russian dictionary knows as one and as nothing else
    ("Дэвид", "Урсула", "Эммануэль"): in Kazakh text, before a foreign surname, a foreigner's name. Not a
    Kazakh word the dictionary also lists as a name ("Ал", "Алтын", "Жаңа")."""
    return len(word) >= 4 and not names.kk_lettered(word.lower()) \
        and names.dictionary_tags(word) == {"name"} and not names.is_kk_common_word(word) \
        and names.fold_word(word) not in names.common_word_names()


def _foreign_surname(word: str) -> bool:
    """A surname as foreign names in Kazakh text write it, case ending and all ("Тейлорға", "Макронмен"): no
    Kazakh letter in its stem, no place, no noun in the possessive of a compound ("Сауд Арабиясының",
    "Атам Трабзонға") nor in a Russian case ("Лада Гранта", a car), and in Cyrillic: a Latin word after a name
    ("Клэй Нефф Reuters агенттігіне") names an outlet or a brand."""
    base = names.kk_surname_base(word)
    if _latin(base):
        return False
    if _known_non_name(base) and "nomn" not in _known(base)[0].tag.grammemes:
        return False  # "Лада Гранта": a Russian noun in a Russian case ("Макрон", in the nominative, may be one)
    return len(base) >= 3 and not names.kk_lettered(base.lower()) and not _place_only(base) \
        and not _kz_city(base) and names.fold_word(base) not in _kk_foreign_countries() \
        and not _KK_POSSESSIVE_CASED.search(word.lower())


def _named_by_title(given: str, sur: str) -> bool:
    """After a title, a given name the dictionary knows only as one and a short foreign word the dictionary
    reads as a Russian noun's case ("епископы Томаш Пета": "пета" is no car's name here, as "Лада Гранта" is
    with no title before it)."""
    base = names.kk_surname_base(sur)
    return _foreign_given_only(given) and len(base) >= 3 and not names.kk_lettered(base.lower()) \
        and not _place_only(base) and not _kz_city(base) and not _KK_POSSESSIVE_CASED.search(sur.lower())


# the possessive of the third person after a vowel, with a case ending or none: a compound's second noun
_KK_POSSESSIVE_CASED = re.compile(r"(?<=[аәеиоөұуүыіэюя])(?:сы|сі)(?:ның|нің|на|не|нда|нде|нан|нен|н|мен)?$")


@cache
def _gazetteer_patronymics() -> frozenset[str]:
    """The patronymics (folded) of the gazetteer's persons, whose fathers' names the lists need not have
    ("Кемелевич", Tokayev's)."""
    return frozenset(p for _, p in _person_entries_by_patronymic())


def _named_patronymic(word: str) -> bool:
    """Whether a man's word in -ович/-евич can be a patronymic: its stem is a given name the lists or the
    dictionary know ("Ерланович", "Николаевич" of Николай), the dictionary knows the patronymic itself, the
    stem is written with Kazakh letters, or a person of the gazetteer has it ("Кемелевич"). A Serbian or
    Belarusian surname is none of these ("Джокович", "Иванишевич", "Статкевич"); a Kazakh father's name no list
    has is read so only beside the person's full name (`_coref`)."""
    if not word.lower().endswith(("ович", "евич")):
        return True
    stem = word[:-4]
    return any(names.is_given(s) or names.ru_given(s) is not None for s in (stem, stem + "й", stem + "ь")) \
        or names.kk_lettered(stem.lower()) or names.fold(word) in _gazetteer_patronymics() \
        or any("Patr" in p.tag.grammemes and p.is_known for p in names.parse(word))


def _his_patronymic_her_name(given: str, word: str) -> bool:
    """A man's patronymic after a woman's given name, which makes it her surname ("Людмилу Зенькович")."""
    return word.lower().endswith(("вич", "ұлы", "улы")) and _is_female(given) and not _his_nominative(given, word)


def _latin(s: str) -> bool:
    return bool(re.search("[A-Za-z]", s))


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO"})


@lru_cache(maxsize=1 << 14)
def _function_word(word: str, adverbs: bool = False) -> bool:
    """A preposition, conjunction, particle or pronoun ("Из", "Но", "Он"), by its likeliest analysis; with
    `adverbs`, an adverb too: never a surname."""
    pos = _FUNCTION_POS | {"ADVB"} if adverbs else _FUNCTION_POS
    return any(pos & set(p.tag.grammemes) for p in names.parse(word)[:1])


_KK_LOCATIVE_ADJ = re.compile(r"(?:да|де|та|те|нда|нде)ғы$|(?:да|де|та|те|нда|нде)гі$")


def _kk_case_marked(word: str) -> bool:
    """A Kazakh word with a case ending, not a given name before a surname: in a name only the last word
    declines ("Ерлан Қошановқа"), so "Сайлауда Нұрлан Әуесбаев" (in the election, N. A.) and "Жарлыққа Тоқаев
    қол қойды" (Tokayev signed the decree) open with no given name. The ending must come off as
    `names.kk_base` takes it, or be a dative no name ends in (-ққа, -кке); a listed given name stays."""
    if names.is_given(word):
        return False
    return names.kk_base(word) != word or word.lower().endswith(("ққа", "кке"))


def _kk_compound(word: str) -> bool:
    """The second word of a Kazakh noun compound, not a surname: it carries the possessive ending -сы/-сі that
    ties it to the word before ("Ислам Республикасы", "Сайлау комиссиясы"), or is a locative adjective
    ("Сайлауды Қазақстандағы"). A bare -ы/-і is no sign: names end so too (Төреәлі, Пупар-Лафаржді)."""
    low = word.lower()
    if names.is_surname_shaped(word, strong=True) or names.is_given(word):
        return False
    return low.endswith(("сы", "сі")) or bool(_KK_LOCATIVE_ADJ.search(low))


def _kk_two_surnames(second: str, third: str, given: str | None = None) -> bool:
    """Whether the second and third words after a given name are two surnames, so two persons: "Ерсұлтан
    Бекжанов Сарабековтің ұсынысын қолдады" (Bekzhanov supports Sarabekov's proposal). Kazakh names carry one
    surname; a patronymic third ("Сейдірұлы") or a given name second keep one person. A second word of no
    surname's shape is one when the gazetteer knows the given name with it: "Ерлан Қарин Тоқаевтың сапары"
    (Karin on Tokayev's visit). A foreign given name of a surname's ending ("Збигнев Бжезинский") is none."""
    return not names.is_given(second) and not _foreign_given_only(second) \
        and names.is_surname_shaped(third, strong=True) \
        and not names.PATRONYMIC_END.search(third.lower()) \
        and (names.is_surname_shaped(second, strong=True)
             or (given is not None and gazetteer_person(given, second) is not None))


# the nouns a place's own name follows ("микрорайона Самал", "улицы Абая", "села Жибек Жолы", "области Абай")
_RU_NAMED_PLACE_NOUNS = "микрорайон|улиц|проспект|площад|сел|поселк|посёлк|аул|станиц|деревн|област"
_RU_NAMED_PLACE = re.compile(rf"(?:{_RU_NAMED_PLACE_NOUNS})\w{{0,3}}")


# the nouns of a country's part or a settlement that its name follows, a word alone read as a surname being the
# place's: "аймака Баян-Улгий", "провинции Синьцзян", "штата Айова", "села Мичурино" (in a case ending only)
_RU_PLACE_KIND = re.compile(rf"(?:аймак|провинци|штат|округ|уезд|район|город|{_RU_NAMED_PLACE_NOUNS})"
                            r"(?:[аеуиыяюоь]|ом|ем|ов|ей|ью|ам|ям|ах|ях|ами|ями)?")


# the word of a state after its name: "Қазақстан Республикасы", "Ресей Федерациясы"
_KK_STATE_AFTER = re.compile(r"[ \u00a0]+(?:Республикасы|Федерациясы|Корольдігі|Штаттары|Әмірлігі)")


def _rule_persons(text: str, lang_at) -> list[Mention]:
    out: list[Mention] = []
    # initials + surname: "Қ.Қансейтовпен", "Н.Ә.Назарбаев"
    for m in _INITIALS_SURNAME.finditer(text):
        lang = lang_at(m.start())
        sur = _initialled_surname(text, m.start(), m.group(2)) if lang == "ru" else _nominative(m.group(2), lang)
        if _latin(m.group(1)) != _latin(m.group(2)) or _function_word(m.group(2)) or (
                _known_non_name(m.group(2)) and not names.is_surname_shaped(sur)):
            continue  # "до 10 G. Из-за ...", "Мамин А.У. Выступил ...": a preposition, a verb, not "G. Из"
        out.append(Mention(m.start(), m.end(), m.group(0), "person", lang, surname=sur, initial=m.group(1)[0]))
    out += [Mention(m.start(), m.end(), m.group(0), "person", lang_at(m.start()), source="initials")
            for m in _INITIALS_ONLY.finditer(text)]
    for m in _PARTICLE_NAME.finditer(text):
        # "Урсула фон дер Ляйенмен" in Kazakh: the particles are the surname's, its last word takes the case
        # (Russian text has natasha for it)
        given, sur = m.group(1), m.group(3)
        # (a short given name no list has after a title: "премьер-министрі Барт де Вевер")
        titled = _is_position(word_before(text, m.start()).strip(",«»")) and not _known_non_name(given) \
            and not names.kk_lettered(given.lower()) and not _is_position(given)
        if lang_at(m.start()) == "kk" and (names.is_given(given) or _foreign_given_only(given) or titled) \
                and _foreign_surname(sur):
            out.append(Mention(m.start(), m.end(), m.group(0), "person", "kk", given=given,
                               surname=" ".join([*m.group(2).split(), names.kk_surname_base(sur)]), source="rule"))
    for m in _KK_SON_OF_NAME.finditer(text) if _KK_LETTER.search(text) else ():
        # (Russian text has natasha for it)
        last = m.group(6)
        if lang_at(m.start()) != "kk" or not _foreign_surname(last) or _is_position(m.group(1)):
            continue
        first = 2 if m.group(2) and names.is_surname_shaped(names.kk_base(m.group(1)), strong=True) else 1
        # ("Тоқаев Мұхаммед бин Салманмен": a surname before is another person's)
        # the family's name after its particle, or the father's, after "son of" when nothing else follows ("бин
        # Салман"), as the Russian reading has it
        particle = m.group(5)[:-len(last)].strip(" \u00a0-") or (m.group(3) if not m.group(4) else "")
        base = names.kk_surname_base(last)
        out.append(Mention(m.start(first), m.end(), text[m.start(first):m.end()], "person", "kk",
                           given=m.group(first), surname=f"{particle} {base}" if particle else base, source="rule"))
    for m in _SON_OF_WORD_NAME.finditer(text):
        # "Депутат Жогорку Кенеша Эмиль Каныбек уулу": the surname is the father's name and "son of" (natasha's
        # span with the lower-case word was no name, and the rules took the father's name for the surname)
        lang = lang_at(m.start())
        word, father = m.group(1), m.group(2)
        read = names.ru_given(word) if lang == "ru" else None
        given = names.kk_base(word) if lang == "kk" else read[0] if read else _foreign_given(word, False, False)
        if any(_is_position(w) or _body(w) for w in (word, father)) or names.is_surname_shaped(father, strong=True):
            continue  # (any given name: "Талант Мамыт уулу" is a name though "талант" is a word)
        out.append(Mention(m.start(), m.end(), m.group(0), "person", lang, given=given,
                           surname=f"{father} {m.group(3)}", source="rule"))
    for m in _KK_DEMONYM_NAME.finditer(text):
        # "иранлық Камран Ғасемпурды", "америкалық Дэвид Тейлорға": a foreigner by country, then a given name and
        # a surname that no Kazakh list has
        given, sur = m.group(2), m.group(3)
        country = m.group(1)[:-3]
        if lang_at(m.start()) != "kk" or _is_position(given) or _is_position(sur) or not _kk_country(country):
            continue
        base = names.kk_surname_base(sur)
        if _place_only(base) or _known_non_name(base) or _known_non_name(given):
            continue
        out.append(Mention(m.start(2), m.end(), text[m.start(2):m.end()], "person", "kk", given=given,
                           surname=base, source="rule"))
    for m in _TITLED_NAME.finditer(text) if _KK_LETTER.search(text) else ():  # Kazakh text only
        # "Боксшының бапкері Бадди Макгирт", "Промоутер Боб Арумның сөзінше": after a title, a given name no list
        # has and a surname with no Kazakh letter are a foreigner's name (the dictionary may not know "Бадди",
        # and "Боб" is too short for `_foreign_given_only`)
        title, given, sur = m.group(1), m.group(2), m.group(3)
        if lang_at(m.start()) == "kk" and _is_position(title) and _kk_given_shaped(given) \
                and _kk_unlisted_surname(sur):
            # "тарих ғылымдарының докторы Бүркітбай Аяған": after a title, a Kazakh given name by its last part
            # (-бай, -бек) that no list has, and a surname with no Russian ending, as Kazakh surnames now are
            out.append(Mention(m.start(2), m.end(3), text[m.start(2):m.end(3)], "person", "kk", given=given,
                               surname=names.kk_surname_base(sur), source="rule"))
            continue
        if lang_at(m.start()) != "kk" or not (_is_position(title) or _kk_demonym(title)) or names.is_given(given) \
                or len(given) < 3 \
                or _latin(given + sur) \
                or names.kk_lettered(given.lower()) or _known_non_name(given) or _is_position(given) \
                or _is_position(sur) or _body(given) or names.is_kk_common_word(given) \
                or _kk_country(given) or not (_foreign_surname(sur) or _named_by_title(given, sur)) \
                or (m.group(4) and _ru_patronymic_closes(given, sur, names.kk_base(m.group(4)))) \
                or _east_asian([given, sur], "kk") is not None:
            continue  # (the official order, "шебері Ильин Илья Александрович", the other rules' to read; an East
            # Asian name family name first, "елшісі Хань Чуньлинь", `_east_asian`'s)
        end, base = m.end(3), names.kk_surname_base(sur)
        if m.group(4) and base == sur and _foreign_surname(m.group(4)) and not _is_position(m.group(4)) \
                and not names.is_given(m.group(4)) and not _KK_WHERE_CASE.search(m.group(4).lower()) \
                and not _kk_country(m.group(4)) \
                and not _ACRONYM_AFTER.match(text, m.end(4)) \
                and not _named_in_full(text, names.kk_surname_base(m.group(4)), m.start(4)) \
                and not _kk_foreign_then_genitive(
                    [given, sur, m.group(4)], [given, sur, names.kk_surname_base(m.group(4))]) \
                and not _kk_surname_then_another([given, sur, names.kk_surname_base(m.group(4))]) \
                and not _kk_named_then_place([given, sur, m.group(4)], text[m.end(4):m.end(4) + 40]) \
                and not names.is_surname_shaped(sur, strong=True):
            # "Елшісі Луис Фернанду Соуза": a second given name, then the surname, which takes the case (not a
            # place before an acronym: "Президенті Эмомали Рахмон Рогун СЭС-інің құрылысын", nor a city or a
            # country as the subject: "Премьер-министрі Джорджа Мелони Рим ... дауыс беретінін айтты"; nor a
            # place's name before its follower word: "әкімі Асайын Байханов Усолка шағын ауданында"; nor after a
            # surname of a strong shape, which ends the name: "алпинист Максут Жумаев Эверестке шықты")
            end, base = m.end(4), names.kk_surname_base(m.group(4))
        out.append(Mention(m.start(2), end, text[m.start(2):end], "person", "kk", given=given, surname=base,
                           source="rule"))
    for m in _TITLED_NAME.finditer(text):
        # "Гроссмейстер Гата Камский вернулся": after a title in the nominative, a capitalised word no list or
        # dictionary knows as a given name or a common word, and a surname of a strong Russian shape in the
        # nominative, are a person the dictionary reads as a place and an adjective ("Гата", "Камский")
        title, given, sur = m.group(1), m.group(2), m.group(3)
        if lang_at(m.start()) != "ru" or not names.is_surname_shaped(sur, strong=True) \
                or sur.lower().endswith(names.KK_PATRONYMIC_ENDS) or not _is_position(title) \
                or not _nominative_title(title) or len(given) < 3 or names.is_given(given) \
                or names.ru_given(given) is not None or _latin(given + sur) or _is_position(given) \
                or "common" in names.dictionary_tags(given) or _ru_adjective(given) or _body(given) \
                or (nxt := _NEXT_LOWER_WORD.match(text, m.end(3))) and names.ru_pos(nxt.group(1) or "") == "NOUN":
            continue  # (not an adjective before its noun: "Директор Гата Камский завод")
        out.append(Mention(m.start(2), m.end(3), text[m.start(2):m.end(3)], "person", "ru", given=given,
                           surname=sur, source="rule"))
    for m in _FULL_NAME_UNKNOWN_GIVEN.finditer(text):
        # "Дайрабаев Жигули Сабитович" in a list of candidates: a surname, a given name no list has and a
        # patronymic; natasha may miss it, and the given-name rules cannot start without a known given name
        sur, given, patr = m.group(1), m.group(2), m.group(3)
        if lang_at(m.start()) != "ru" or not names.is_surname_shaped(sur, strong=True) or names.is_given(given) \
                or _function_word(given) or names.ru_given(sur) is not None:
            continue
        female = patr.lower().endswith(("овна", "евна", "ична"))
        out.append(Mention(m.start(), m.end(), m.group(0), "person", "ru", given=given, patronymic=patr,
                           surname=_ru_surname(sur, female=female), source="rule"))
    for m in _KK_DECREE_NAME.finditer(text):
        # "Мамыт Айгерім Ержанқызы ... меңгерушісі болып тағайындалсын": a decree's line opens with the surname, the
        # given name and the father's, whatever the surname's shape (Kazakh ones without "-ов": Мамыт, Сейітқали)
        sur, given, patr = m.group(1), m.group(2), m.group(3)
        if lang_at(m.start()) != "kk" or not names.is_given(given) or names.is_given(sur) or _is_position(sur) \
                or sur.lower() in _KK_SENTENCE_ADVERBS | _KK_ROLE_STOP or _known_non_name(sur):
            continue
        out.append(Mention(m.start(1), m.end(3), text[m.start(1):m.end(3)], "person", "kk", given=given,
                           patronymic=patr, surname=sur, source="rule"))
    for m in _SURNAME_INITIALS.finditer(text):
        word, lang = m.group(1), lang_at(m.start())
        if not names.is_surname_shaped(_nominative(word, lang)) or _known_title(word):
            continue
        female = None if lang == "kk" else _ru_nominative_here(text, m.start())
        sur = _nominative(word, lang) if lang == "kk" else _ru_surname(word, female=female)
        # the surname is the mention, as natasha's "Назарбаев Н.А." is (`_natasha_person`)
        out.append(Mention(m.start(), m.end(1), word, "person", lang, surname=sur, initial=m.group(2)))
    # given name + 1-2 capitalised words, each the token right after the one before (one space between)
    toks = _name_tokens(text)

    def joined(k: int) -> bool:
        """Whether token k + 1 follows token k with one space between, or a pilgrim's honorific after the
        given name ("Наурызбай қажы Тағанұлы", "Наурызбай кажы Таганулы")."""
        if k + 1 >= len(toks):
            return False
        if _KK_LOCATIVE_ADJECTIVE.search(toks[k + 1][2]) \
                or (k > i and text[toks[i][1]:toks[i + 1][0]].strip() in _HONORIFICS):
            return False  # "Наурызбай қажы Тағанұлы Алматыдағы мешітте" ("in Almaty", no name's word), "...
            # Тағанұлы Қазақстан мұсылмандары": a pilgrim's name has one word after the honorific
        gap = text[toks[k][1]:toks[k + 1][0]]
        return gap in (" ", "\u00a0") or (k == i and gap.strip() in _HONORIFICS and gap.count(" ") == 2
                                          and names.is_given(toks[k][2]))

    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        j = i
        while j - i < 2 and joined(j):
            j += 1
        if j > i and bare_title(w) and not names.is_given(w):
            i += 1  # "Зейнеткер Раиса Петровна шағымданды": a title (pensioner) before a given name and a
            continue  # patronymic, no surname of the official order ("Майоров Иван Петрович" is one)
        if j == i and w in _east_asian_surnames() and (one := _EAST_ASIAN_ONE_AFTER.match(text, e)) \
                and (x := _east_asian([w, one.group(1)], lang_at(s))):  # "Ван И": see `_EAST_ASIAN_ONE`
            out.append(Mention(s, one.end(), text[s:one.end()], "person", lang_at(s), surname=x, source="rule"))
            i += 1
            continue
        if j - i == 2 and lang_at(s) == "ru" and names.is_given(toks[i + 1][2]) \
                and _RU_NAMED_PLACE.fullmatch(word_before(text, s).lower()) \
                and not _ru_patronymic_any_case(toks[j][2]):
            i += 1  # "Жительница микрорайона Самал Гульмира Ташенова", "Аким области Абай Берик Уали": the first
            # word names the place (not a surname before a given name and a patronymic, as the official order
            # prints them: "области Кульжанову Гульнар Маратовну")
            continue
        if j > i:
            lang = lang_at(s)
            east = next((x for k in range(j, i, -1)
                         if (x := _east_asian([names.cap(t[2]) for t in toks[i:k + 1]], lang))), None) \
                if _east_asian_family(toks[i][2]) else None
            k = i + len(east.split()) - 1 if east else i
            if east and not _quoted_whole(text, s, toks[k][1]):  # "Си Цзиньпином", "Ли Цянмен": see `_east_asian`
                end = toks[k][1]
                if k == i + 1 and east == f"{toks[i][2]} {toks[k][2]}" \
                        and (one := _EAST_ASIAN_ONE_AFTER.match(text, end)):
                    end, east = one.end(), f"{east} {one.group(1)}"  # "Ли Куан Ю": a one-letter last syllable
                out.append(Mention(s, end, text[s:end], "person", lang, surname=east, source="rule"))
                i = k + 1
                continue
            if _east_asian_then_surname(toks[i][2], toks[i + 1][2], lang):
                out.append(Mention(s, e, w, "person", lang, surname=w, source="rule"))
                i += 1
                continue
            if lang == "kk" and j - i == 1 and (sur := names.kk_surname_base(toks[j][2])) != toks[j][2] \
                    and _kk_given_then_anothers(_kk_named(text).pairs, toks[i][2], sur):
                i += 1  # see `_kk_given_then_anothers`: each word is another's, for the other rules to read
                continue
            if lang == "kk" and j - i == 2 and _kk_surname_then_another([names.kk_base(t[2]) for t in toks[i:j + 1]]):
                j -= 1  # see `_kk_surname_then_another`: the third word is another person
            parsed = _person_from_tokens([t[2] for t in toks[i:j + 1]], lang,
                                         inside=_char_before(text, s) not in ("", ".", "!", "?", ":", "«", "–", "—"))
            if parsed is not None:
                given, patr, sur = parsed
                third = names.kk_base(toks[j][2]) if lang == "kk" else toks[j][2]
                # a declined name before a given name in the nominative is two persons: "пресс-секретарь
                # Владимира Путина Дмитрий Песков"
                two = lang == "ru" and given != names.cap(toks[i][2]) and (g3 := names.ru_given(third)) is not None \
                    and g3[1]
                # "Режеп Тайип Ердоған": a known person's surname after a middle name the lists lack (the gazetteer
                # spells it "Тайып")
                middle = lang == "kk" and sur and j - i == 2 and patr is None and not names.is_surname_shaped(sur) \
                    and gazetteer_person(given, third) is not None
                if middle:
                    sur = third
                elif lang == "kk" and sur and j - i == 2 and patr is None:
                    # "Ерлан Қарин Тоқаевтың", "Мереке Құлкенов Оралхан ағаның": two persons
                    two = _kk_two_surnames(sur, third) or _kk_name_then_given([given, sur, third]) \
                        or _kk_foreign_then_genitive([t[2] for t in toks[i:j + 1]],
                                                     [given, names.kk_surname_base(toks[i + 1][2]), third]) \
                        or _kk_named_then_place([t[2] for t in toks[i:j + 1]], text[toks[j][1]:toks[j][1] + 40])
                    # ("Ерлан Қарин Абай облысына": the region's name, `_kk_named_then_place`)
                if sur and j - i == 2 and patr is None and not two and names.is_given(third) and joined(j) \
                        and names.is_surname_shaped(_nominative(toks[j + 1][2], lang), strong=True):
                    two = True  # "Қасым-Жомарт Тоқаев Нұрсұлтан Назарбаевтың": the next person's given name
                if lang == "ru" and sur and j - i == 2 and patr is None and joined(j) and joined(j + 1) \
                        and names.ru_given(toks[j + 1][2]) and _RU_PATRONYMIC.search(toks[j + 2][2].lower()):
                    two = True  # "Олжаса Бектенова Ермеков Данияр Муратович": the next one's surname, as decrees
                    # print names (`_two_names`)
                # the third word is no part of the name read ("Серік Жұманов Еңбек және халықты әлеуметтік
                # қорғау министрі": "Еңбек", labour, is the ministry's)
                unused = sur == _nominative(toks[i + 1][2], lang) != _nominative(toks[j][2], lang) \
                    and not names.is_given(third)
                if sur and j - i == 2 and patr is None and not middle and (two or unused
                                                                           or not names.is_surname_shaped(sur)
                                                            or not (names.is_surname_shaped(third)
                                                                    or names.is_given(third))):
                    # "Вера Ким Президент...", "Қасым-Жомарт Тоқаев Ұлттық құрылтайдың": keep the first two words
                    # only
                    j -= 1
                    parsed = _person_from_tokens([t[2] for t in toks[i:j + 1]], lang)
                    given, patr, sur = parsed if parsed else (None, None, None)
                if lang == "kk" and j - i == 2 and patr is not None and sur == third \
                        and (names.is_kk_common_word(third) or _kk_country(toks[j][2])
                             or _KK_STATE_AFTER.match(text, toks[j][1])
                             or _kk_follower_next(text[toks[j][1]:toks[j][1] + 40])):
                    # "Зарина Мұхаметқалиқызы Жаңа Семей шағын ауданында": after her father's name, "Жаңа" (new)
                    # opens a place's name, as a country does ("Серік Мақашұлы Қазақстан Республикасы ..."), and
                    # a street's ("Раиса Петровна Камзин көшесіндегі үйде")
                    j -= 1
                    parsed = _person_from_tokens([t[2] for t in toks[i:j + 1]], lang)
                    given, patr, sur = parsed if parsed else (None, None, None)
                if lang == "kk" and sur and patr is None and _kk_compound(sur):
                    given = None  # "Ислам Республикасы", "Кеңес Одағы": a noun compound, no person
                if given and (sur or patr):
                    out.append(Mention(s, toks[j][1], text[s:toks[j][1]], "person", lang, given=given,
                                       patronymic=patr, surname=sur, source="rule"))
                    i = j + 1
                    continue
        i += 1
    return out


def _initialled_surname(text: str, start: int, word: str) -> str:
    """The nominative of a Russian-text surname after initials ("А. Петровым", "А. Ж. Турсынбекову"), which
    give no gender: a case only a man's -ов/-ев/-ин has ("Петровым", "о Петрове") or a woman's ("Петровой") says
    it; "Петрова" is hers where a nominative can stand ("Министр А. Петрова заявила"), his genitive elsewhere
    ("министра А. Петрова"); the -у of a man's dative and a woman's accusative is read as his, the likelier in
    news ("приговор А. Ж. Турсынбекову")."""
    low = word.lower()
    female = None
    if low.endswith(_FEMALE_SURNAME_END):
        # the title before it says its case, by its head, the first title word ("Заместитель акима", not the
        # complement's genitive, nor the name Акима)
        titles = [w for w in _clause_words_before(text, start, 80)[-5:] if _is_position(w.strip("«»\"“”"))]
        female = _nominative_title(titles[0]) if titles else _ru_nominative_here(text, start)
    elif low.endswith(_RU_HER_OBLIQUE):
        female = True
    sur = _ru_surname(word, female)
    if sur == word and low.endswith((*_RU_HIS_OBLIQUE, "ову", "еву", "ину")) and len(low) >= 7:
        sur = names.ru_surname_nominative(word, False, True)  # "Калиевым": a surname the dictionary does not know
    return sur


def _ru_nominative_here(text: str, start: int) -> bool:
    """Whether a Russian word at `start` stands where a nominative can: after a word with a nominative reading,
    a conjunction or a sentence's start, not after a preposition or a word only in an oblique case. It reads
    "Балаева А.Г." (a woman, after "Министр культуры и информации") apart from "Ашимбаева М.С." (a man's
    genitive, after "Председателя Сената"): initials give no gender."""
    before = word_before(text, start).strip("«»\"“”,")
    if not before or text[start - 2:start].strip() in (".", "!", "?", ":", ";", "—", "–"):
        return True
    parses = names.parse(before.lower())
    if any(p.tag.POS == "PREP" for p in parses[:1]):
        return False
    return not parses or any("nomn" in p.tag.grammemes or p.tag.POS in ("CONJ", "VERB") for p in parses)


# the floor, and one's turn, given to a speaker: "Сөз ... берілді", "Кезек ... келді" (the sentence's subject)
_KK_FLOOR = frozenset(["сөз", "кезек"])


# the words of address before a name that open a Kazakh letter or speech ("Құрметті Олжас Абайұлы!", as Russian
# "Уважаемый"), none of the name
_KK_ADDRESS = frozenset("құрметті қымбатты ардақты аяулы қадірлі".split())


# the units of Kazakhstan's administration, in the nominative, that open a local office's title ("аудан әкімі")
_KK_UNITS = frozenset("облыс аудан қала ауыл ауылдық кент округ".split())


# those units' nouns in the possessive ("облысы", "ауданы", "қаласы"), which a name before them completes
_KK_UNIT_POSSESSIVES = frozenset(u + end for u in _KK_UNITS for end in ("ы", "і", "сы", "сі"))


# words that open a Kazakh sentence before a name and are none of it: linking words, and when it happened ("Кешке
# Медеубаев босатылды", in the evening; "Таңертең", "Түнде", "Кеше", "Биыл")
_KK_SENTENCE_ADVERBS = frozenset("сондай-ақ сонымен алайда бірақ ал ол осы бұл мұнда кейін қазір бүгін сол "
                                  "яғни әрине демек сонда кешке таңертең түнде түсте кеше ертең биыл былтыр енді "
                                  "сосын содан кейіннен".split())


def _kk_surnames(text: str, sents: list[Sentence]) -> list[Mention]:
    """A Kazakh surname alone, of unmistakable shape: "Жақыпованың", "Әбдірахмановтың" (no Kazakh common word
    ends in a Russian-style -ов/-ева, so a sentence start is no exception)."""
    out = []
    for sent in sents:
        if sent.lang != "kk":
            continue
        for m in _NAME_TOKEN.finditer(sent.text):
            w = m.group(0)
            if not w[1:].islower() or (m.start() > 0 and sent.text[m.start() - 1] not in " \u00a0"):
                continue
            base = names.kk_base(w)
            if names.is_surname_shaped(base, strong=True) and not names.is_given(base) and not _never_a_name(base):
                out.append(Mention(sent.start + m.start(), sent.start + m.end(), w, "person", "kk", surname=base,
                                   source="single"))
    return out


def _kk_name_followers() -> tuple[str, ...]:
    return data_stems("kk_name_followers.txt")


_KK_AND = frozenset("пен мен бен және".split())
# a Kazakh adjective of place, "in X" ("Алматыдағы", "Шымкенттегі"): no name ends so
_KK_LOCATIVE_ADJECTIVE = re.compile(r"(?:да|де|та|те)(?:ғы|гі)$")
_HONORIFICS = frozenset("қажы кажы хаджи".split())  # between a given name and the rest: "Наурызбай қажы Тағанұлы"
# the interviewer's label a transcript opens its questions with, shortened: "Корр.: Вы сократили прием ...?"
_INTERVIEWER_ABBREVIATIONS = frozenset("корр кор тілш ред".split())
# between a name and its place's noun: a title ("Төле би ауданы"), "small" of a microdistrict ("Самал шағын ауданы")
_KK_BETWEEN = frozenset("би батыр хан шағын".split())


_KK_PLURAL_POSSESSIVE = ("лары", "лері", "дары", "дері", "тары", "тері")
_KK_POSSESSIVE = (*names.KK_POSSESSIVE, *_KK_PLURAL_POSSESSIVE)
_KK_GENITIVE_LEN = max(map(len, names.KK_GENITIVE))


def _kk_place_word(word: str, plural: bool = False) -> bool:
    """A follower word (data/kk_name_followers.txt) with the possessive ending that ties it to the name before
    it: "көшесінде", "ауданы", "сыйлығын", "ауылдарының" (with `plural`, the plural ending only). Without it
    the word is a noun of its own ("Аймағамбетов мектеп табалдырығын аттады", "Мамин қала тұрғындарына"),
    and the name a person's. A compound of two follower words carries the ending on its last: "мектеп-лицейінің";
    an adjective made of one makes a place too: "облыстық", "аудандық"."""
    ends = _KK_PLURAL_POSSESSIVE if plural else _KK_POSSESSIVE
    if "-" in word and word.startswith(_kk_name_followers()):
        word = word.rsplit("-", 1)[1]
    # (or an adjective of the place's noun: "Жамбыл облыстық филиалы", "Абай аудандық соты")
    return any(word[len(stem):].startswith(ends) or (not plural and word[len(stem):] in names.KK_RELATIVE_ADJECTIVE)
               for stem in _kk_name_followers() if word.startswith(stem))


def _kk_follower_next(after: str) -> bool:
    """Whether the text after a name opens with a follower word that makes the name a place's ("облысына",
    "көшесіндегі"), perhaps after "шағын" ("Усолка шағын ауданында")."""
    nxt = [w for w in after.split()[:2] if w.lower() not in _KK_BETWEEN][:1]
    return bool(nxt) and _kk_place_word(nxt[0].lower().strip(",.;:"))


def _kk_named_then_place(toks: list[str], after: str) -> bool:
    """Whether three Kazakh words are a given name, a surname and the name of a place a follower word after
    them makes ("Ерлан Қарин Абай облысына", "Асайын Байханов Усолка шағын ауданында"): the last word is no
    surname, the second is one in the nominative."""
    first, second, third = (names.cap(t) for t in toks)
    return _kk_follower_next(after) and second == names.kk_base(second) \
        and (names.is_given(first) or names.is_surname_shaped(second, True)) and names.is_surname_shaped(second) \
        and not names.is_surname_shaped(names.kk_base(third), True)


# a region or town in the possessive that a body's branch is "for" (бойынша): "Ақмола облысы бойынша департаменті"
_KK_REGION_UNITS = frozenset(["облысы", "қаласы", "ауданы", "өңірі"])
_KK_LIKE = frozenset(["секілді", "сияқты", "тәрізді"])  # "such as": a list's examples of what follows


def _kk_place_after(text: str, end: int) -> bool:
    """The Kazakh name ending at `end` is (part of) the name of a place or an institution: a follower word
    comes next (`_kk_place_word`), after any title and any further names of a list ("Байтұрсынов пен Қонаев
    көшелерінде", "Бақбақты, Бірлік, Ақдала ауылдарының", "Назарбаев сыйлығын", "Төле би ауданы"). A list
    joined by commas needs a plural follower: "Самат Оспанов, Алексей Омельницкий, Павлодар облысынан" signs
    a report, and only Павлодар is the region. A name in the genitive owns what follows ("Елдостың
    орталығында"), and a capitalised word without a joint ("Тоқаев Алматы қаласына") starts something else:
    the name stays a person's."""
    if text[max(0, end - _KK_GENITIVE_LEN):end].lower().endswith(names.KK_GENITIVE):  # lower-casing is letter by letter
        return False
    after_name, comma = True, False
    tokens = re.findall(r"[^\s,;]+|[,;]", text[end:end + 200])[:12]
    for i, t in enumerate(tokens):
        low = t.lower()
        if after_name:
            if t in ",;" or low in _KK_AND:
                after_name, comma = False, comma or t in ",;"
            elif low in _KK_LIKE:
                # "Құрманғазы, Бейбарыс, Уәлиханов секілді сегіз көше": examples of what the follower counts
                return any(w.startswith(_kk_name_followers()) for w in map(str.lower, tokens[i + 1:i + 3]))
            elif low not in _KK_BETWEEN:
                return _kk_place_word(low, plural=comma)
        elif t[:1].isupper():
            after_name = True
        else:
            return False
    return False


_KK_NAME_AT_START = re.compile(rf",\s|\s[—–]\s|(?<={'|'.join(names.KK_GENITIVE)})\s+(?:айтуынша|сөзінше|пікірінше)\b"
                               rf"|\s+(?:{'|'.join(names.KK_KIN)})")  # "Қуандық ата", "Клара апамыз", "Әлжан әжеміз"


# the case endings a kinship word may carry: the stages' own (`names.KK_GENITIVE` ...), with the dative and the
# accusative after a possessive ("атасына", "апасын")
_KK_KIN_CASES = (*names.KK_GENITIVE, *names.KK_DATIVE, "на", "не", *names.KK_ACCUSATIVE, "н", *names.KK_INSTRUMENTAL,
                 *names.KK_ABLATIVE, *names.KK_LOCATIVE)
# a kinship word after a name, with its possessive and case ("Абай атамыздың", "Күләш апайдың"), a whole word
# ("Темір ағаштан" is iron and wood)
_KK_KIN_WORD = re.compile(rf"\s+(?:{'|'.join(names.KK_KIN)})(?:мыз|міз|м|ң|ңыз|ңіз|сы|сі|ы|і)?"
                          rf"(?:{'|'.join(_KK_KIN_CASES)})?(?![\w-])", re.I)


def _kk_given_names(text: str, sents: list[Sentence]) -> list[Mention]:
    """A Kazakh given name alone inside a sentence ("кездесуге Раушан да келді", "Денистің әні"): the capital
    marks the name there, so words that are also common nouns (Азамат, Бірлік) count too. A sentence's
    first word counts only when it is addressed, defined or cited (`_KK_NAME_AT_START`). A name followed by a
    word that makes it a place ("Абай ауданы") is left out in the end (`_kk_place_after`). Names come
    from the given-name lists and from the Russian dictionary's name tags (Kazakh names in Russian
    spelling)."""
    out = []
    for sent in sents:
        if sent.lang != "kk":
            continue
        st = sent.text
        for m in _NAME_TOKEN.finditer(st):
            w = m.group(0)
            before = st[:m.start()].rstrip()
            if not w[1:].islower():
                continue
            # (a live report's time opens an entry: "10:12 Сөз ... берілді"; the sentence's first word follows it)
            if not before or before[-1] in "«\"“(–—-.:!?" or dates.clock_only(before):
                # a sentence's (or a quotation's) first word is capitalised anyway, unless it is addressed
                # or defined ("Азамат, сіз эфирдесіз", "Арнұр — екінші курс студенті"), cited as a source
                # ("Нияздың айтуынша") or called by a kinship word ("Қуандық ата")
                at_start = _KK_NAME_AT_START.match(st, m.end())
                if not at_start:
                    continue
                base = names.kk_base(w)
                dash = at_start.group(0).strip()[:1] in "—–"
                if (at_start.group(0)[:1] == "," or dash) and base != w \
                        or dash and names.fold_word(base) in names.common_word_names():
                    continue  # one addressed or defined is named bare ("Саясаттың, мемлекеттің дамуы" is no one);
                    # a word that is also a name, defined, is the word ("Сайлау – ең маңызды науқан")
                if at_start.group(0).rstrip().endswith(("нша", "нше")) \
                        and names.fold_word(base) in names.common_word_names():
                    continue  # cited, a word that is also a name is the word: "Ғалымның пікірінше" (the scientist's)
                # (a place's name too is a person's when a kinship word calls it: "Абай атамыз «...» деген")
                kin = bool(_KK_KIN_WORD.match(st, m.end()))
                if names.is_given(base) and ("place" not in names.dictionary_tags(base) or kin) \
                        and not names.is_kk_common_word(base) and w.lower() not in _KK_SENTENCE_ADVERBS:
                    out.append(Mention(sent.start + m.start(), sent.start + m.end(), w, "person", "kk", given=base,
                                       source="given"))
                continue
            words_before = before.split()
            # the word before is part of this name when it is capitalised (and not the sentence's first) and
            # nothing but a space is between: "Жорабаева, Қарақат пен" is a list, Қарақат a name of its own
            # ("«Әзірет Сұлтан» мешітінде": the guillemets open a name of two words, a mosque's)
            prev_is_name = len(words_before) > 1 and words_before[-1].lstrip("«\"“")[:1].isupper() \
                and before[-1].isalpha()
            after = st[m.end():].split(maxsplit=1)
            nxt = after[0] if after else ""
            if prev_is_name or nxt[:1].isupper():
                continue  # part of a longer name (the CRF's); a place's name is left out later (_not_places)
            if w.lower() in _kk_title_nouns() and _is_position(nxt.strip(",.;:»\"")):
                continue  # "Олимпиада чемпионы Денис Тен": a title's own noun, capitalised, not the woman's name
            base = names.kk_base(w)
            if _kk_town_in_case(text, w, base):
                continue
            tags = names.dictionary_tags(base)
            if names.is_given(base) or ("name" in tags and "place" not in tags and not names.is_kk_common_word(base)):
                out.append(Mention(sent.start + m.start(), sent.start + m.end(), w, "person", "kk", given=base,
                                   source="given"))
    return out


def _kk_town_in_case(text: str, word: str, base: str) -> bool:
    """Whether a lone given name in a case is a town's or a region's ("Петропавлда жүр, Жамбылда жүр",
    "Павлодардың картобы, Жамбылдың пиязы"): a place of data/dateline_places.txt, unless the article names a
    person of that given name in full ("Жамбыл Жабаев ... Жамбылдың өлеңдері")."""
    return base != word and _kz_city(base) and not any(g == names.fold_word(base) for g, _ in _kk_named(text).pairs)


def _never_a_name(base: str) -> bool:
    """The Russian dictionary knows the word, as a place or a common word, and never as a name ("Молдова",
    "Городская"), and no given-name list has it."""
    tags = names.dictionary_tags(base)
    return bool(tags) and not tags & {"name", "surname", "patronymic"} and not names.is_given(base)


def _ru_patronymic_closes(first: str, second: str, third: str) -> bool:
    """Whether three words of Kazakh text (their case endings off) are the official order closed by a Russian
    father's name, whatever the surname's shape: "Ким Виктор Алексеевич", "Ильин Илья Александрович", "Ли Вера
    Сергеевнаға" (a first word no given name, a listed given name, a Russian patronymic)."""
    return not names.is_given(first) and names.is_given(second) and _RU_PATRONYMIC.search(third.lower()) is not None


# Kazakhstan's own name as Kazakh spells it, which the Russian dictionary cannot know (it knows "Казахстан"), and
# the texts name most: "Жансая Қазақстанның ... шахматында" is Жансая, then the country
_HOME_COUNTRY = frozenset({"казакстан"})


def _place_only(base: str) -> bool:
    """The Russian dictionary knows the word as a place and never as a name ("Алматы", "Киев"), and no
    given-name list has it (Абай is a town and a name); or it is Kazakhstan's Kazakh name."""
    return (_never_a_name(base) and "place" in names.dictionary_tags(base)) or names.fold_word(base) in _HOME_COUNTRY


_KK_PLURAL_NOUN = re.compile(rf"(?:{'|'.join(names.KK_PLURAL)})(?:ы|і|ың|ің|ымыз|іміз)?$")


def _kk_plural_noun(word: str) -> bool:
    """A Kazakh plural ("Депутаттар", "Тұрғындары"): a group, never one person's name. A given name may
    end so, on a short stem ("Айдар", "Ильдар", "Сардар"): a plural's stem is a noun of four letters or more."""
    m = _KK_PLURAL_NOUN.search(word.lower())
    return m is not None and m.start() >= 4 and not names.is_given(names.kk_base(names.cap(word)))


def _crf_persons(text: str, sents: list[Sentence]) -> list[Mention]:
    """Kazakh persons from the CRF tagger (sayasat.kkner), with nominative given name and surname."""
    from sayasat import kkner

    full_given = {names.fold_word(m.group(1)) for m in re.finditer(
        rf"\b([{_UP}][{_LOW}]+)\s+[{_UP}][{_LOW}]+(?:ов|ев|ова|ева|ұлы|қызы)\w*", text)}
    out = []
    kk = [sent for sent in sents if sent.lang == "kk"]
    for sent, found in zip(kk, kkner.person_spans_many([sent.text for sent in kk]), strict=True):
        for s, e, toks in (part for span in found for part in _crf_parts(sent.text, *span)):
            while toks and (toks[0][:1].islower() or toks[0].lower() in _KK_SENTENCE_ADVERBS
                            or toks[0].lower() in _KK_ADDRESS or _kk_plural_noun(toks[0])):
                # "Сондай-ақ Тоқаев", "Депутаттар Тоқаевтың бастамасын": the word that opens the sentence; "–
                # деді Ластаев": a verb before the name is none of it
                s = sent.text.index(toks[1], s + len(toks[0])) if len(toks) > 1 else e
                toks = toks[1:]
            if len(toks) > 1 and _is_position(toks[0]) and not names.is_given(names.cap(toks[0])):
                # "Депутат Саировтың сауалын", "Министр Бейсембаевтың сөзінше", "Сенат Төрағасы Әшімбаев М.С.": a
                # title before the name, bare or a compound's head, is its role, no given name
                s = sent.text.index(toks[1], s + len(toks[0]))
                toks = toks[1:]
            if len(toks) > 1 and _kk_case_marked(toks[0]):  # "Жарлыққа Тоқаев": see `_kk_case_marked`
                rest = names.kk_base(names.cap(toks[1]))
                if len(toks) == 2 and not (names.is_surname_shaped(rest) or names.is_given(rest)):
                    continue  # "Кеңестер Одағы": a noun phrase, no name left
                s = sent.text.index(toks[1], s + len(toks[0]))
                toks = toks[1:]
            if len(toks) > 1 and _east_asian_then_surname(toks[0], toks[1], "kk"):
                out.append(Mention(sent.start + s, sent.start + s + len(toks[0]), toks[0], "person", "kk",
                                   surname=toks[0], source="crf"))
                s = sent.text.index(toks[1], s + len(toks[0]))
                toks = toks[1:]
            prev = sent.text[:s].split()[-1:]
            if len(toks) > 1 and prev and prev[0] in _east_asian_surnames() and _east_asian([prev[0], toks[0]], "kk"):
                # "Ван Иді Тоқаев қабылдады": the first word ends a Chinese name the rules read ("Ван И")
                s = sent.text.index(toks[1], s + len(toks[0]))
                toks = toks[1:]
            while len(toks) > 1 and _kk_place_in_case(toks[-1]):
                # "Ли Цян Астанаға ... келді", "Тоқаев Бурабайда": where to or where, after the name, no part of it
                e = len(sent.text[:e - len(toks[-1])].rstrip())
                toks = toks[:-1]
            words = [names.cap(t) for t in toks if re.match(r"[^\W\d_]", t)]
            if not words or not all(w[:1].isupper() for w in words):
                continue
            if len(words) > 1 and _INITIAL_BEFORE.search(sent.text, 0, s):
                continue  # "Судья Ғ.Төлеубаев Бекмұратовты": after an initial a surname, and the next name
                # another person's (the initial's rule takes the first, the surname rules the rest)
            if (east := _east_asian(words, "kk")) is not None:  # "Ли Цянмен": see `_east_asian`
                if _quoted_whole(sent.text, s, e):
                    continue
                out.append(Mention(sent.start + s, sent.start + e, text[sent.start + s:sent.start + e], "person",
                                   "kk", surname=east, source="crf"))
                continue
            if len(words) == 3 and len(toks) == 3 and (names.is_surname_shaped(lone := names.kk_base(words[0]), True)
                                                       or names.fold_word(lone) in _kk_named(text).surnames) \
                    and not names.is_given(lone) and not names.PATRONYMIC_END.search(names.kk_base(words[2]).lower()) \
                    and (names.is_given(names.kk_base(words[1])) or _foreign_given_only(words[1])):
                # "Тоқаев Джорджа Мелониге алғыс айтты": a surname alone, the sentence's subject, then another's
                # given name and surname (the official order has a patronymic third: "Көлгінов Алтай Сейдірұлы")
                out.append(Mention(sent.start + s, sent.start + s + len(toks[0]), toks[0], "person", "kk",
                                   surname=lone, source="crf"))
                s = sent.text.index(toks[1], s + len(toks[0]))
                toks, words = toks[1:], words[1:]
            first = names.kk_base(words[0])
            # after a given name a surname follows, its case ending off: "Бекзат Мақсұтханды"
            # (after a foreign given name too, in a name of two words: "Сусуму Китагаваға")
            base_of = names.kk_surname_base if names.is_given(first) or (
                len(words) == 2 and not names.kk_lettered(words[0].lower())
                and not names.is_surname_shaped(first, strong=True)) else names.kk_base
            bases = [first] + [base_of(w) for w in words[1:]]
            if len(bases) > 1 and not _place_only(bases[0]) and all(_place_only(b) for b in bases[1:]) \
                    and names.is_given(bases[0]):
                # "Жансая Қазақстанның әйелдер шахматында": a given name, then the country; the name ends before it
                e = s + len(toks[0])
                toks, bases = toks[:1], bases[:1]
            if any(_place_only(b) for b in bases):
                continue  # "Алматы Ростов", "Әзірбайжан Премьер-министрі": a place is no part of a person's name
            if len(bases) > 2 and len(toks) == len(bases) and _kz_city(bases[-1]) \
                    and not names.is_surname_shaped(bases[-1]):
                # "Ержан Байғарин Талдықорғанды басқарған": a city the dictionary does not know, after the name
                e = len(sent.text[:e - len(toks[-1])].rstrip())
                toks, bases = toks[:-1], bases[:-1]
            if len(bases) == 3 and len(toks) == 3 and toks[1] == bases[1] and names.is_surname_shaped(toks[1]) \
                    and (_KK_LOCATIVE.search(toks[2].lower()) or _KK_VOWEL_LOCATIVE.search(toks[2].lower())
                         or (bases[2] != toks[2] and toks[2].lower().endswith(names.KK_DATIVE + names.KK_ABLATIVE))) \
                    and not names.is_surname_shaped(bases[2], strong=True):
                # "Ерлан Қарин Алматыда", "Қасым-Жомарт Тоқаев Бурабайда өткен ...", "Максут Жумаев Эверестке
                # шықты": a name whose surname is in the nominative, then where, whither or whence (a name's case
                # is on its last word: "... Назарбаевта")
                e = len(sent.text[:e - len(toks[-1])].rstrip())
                toks, bases = toks[:-1], bases[:-1]
            if len(bases) == 1 and names.fold_word(bases[0]) in names.common_word_names() \
                    and names.fold_word(bases[0]) not in full_given:
                continue  # "Бірлік" alone is "unity"; it is a person only when the article names one in full
            if len(bases) == 1 and _kk_town_in_case(text, names.cap(toks[0]), bases[0]):
                continue
            if len(bases) > 1 and not any(names.is_given(b) or names.is_surname_shaped(b, strong=True) or
                                          names.PATRONYMIC_END.search(b.lower()) for b in bases) \
                    and any(_known_non_name(b) for b in bases):
                continue  # "Саяси Доктрина": a capitalised common noun, no sign of a name
            # two persons: "Ерлан Қарин Тоқаевтың" (another's surname third), "Мереке Құлкенов Оралхан ағаның
            # қазасы" (another's given name third, the one spoken of)
            named = None
            if len(bases) == 2 and len(toks) == 2 and names.is_surname_shaped(bases[0], strong=True) \
                    and not names.is_given(bases[0]) and _kk_two_surnames(bases[0], bases[1]):
                # two surnames, two persons: "Тоқаев Мирзиёевпен және Жапаровпен келіссөз жүргізді" (Kazakh names
                # carry one surname)
                named = {"surname": bases[1]}
            elif len(bases) == 2 and len(toks) == 2 and toks[1] != bases[1] \
                    and _kk_given_then_anothers(_kk_named(text).pairs, bases[0], bases[1]):
                named = {"surname": bases[1]}  # see `_kk_given_then_anothers`
            elif len(bases) == 3 and len(toks) == 3:
                if (names.is_given(bases[0]) or (not names.is_surname_shaped(bases[0])
                                                 and not _known_non_name(bases[0]))) \
                        and _kk_two_surnames(bases[1], bases[2], bases[0]):
                    named = {"surname": bases[2]}  # (a given name no list has before them: "Әлдияр Сейітов
                    # Қалиақпаровқа 11 жыл сұраған", two surnames)
                elif _kk_name_then_given(bases):
                    named = {"given": bases[2]}
                elif _kk_surname_then_another(bases):
                    named = {"given" if names.is_given(bases[2]) and not names.is_surname_shaped(bases[2], True)
                             else "surname": bases[2]}
                elif _kk_foreign_then_genitive(toks, bases):
                    # (a given name there is one: "бапкері Горан Иванишевич Еленаның", of Елена Рыбакина)
                    named = {"given" if names.is_given(bases[2]) and not names.is_surname_shaped(bases[2], True)
                             else "surname": bases[2]}
                elif names.is_given(bases[0]) and not names.is_given(bases[1]) \
                        and names.fold_word(bases[2]) in _kk_named(text).surnames \
                        and (toks[2] != bases[2] or (not names.PATRONYMIC_END.search(bases[1].lower()) and any(
                            b == names.fold_word(bases[2]) and a != names.fold_word(bases[0])
                            for a, b in _kk_named(text).pairs))):
                    # "бапкері Евгений Владимиров Абдумаликтің ...": a third word in a case is the surname of
                    # another person the article names ("Жансая Абдумалик"), whom he speaks of; in the
                    # nominative, of one the article names with another given name, the subject of what is said
                    # ("шәкірті, прозаик Дидар Амантай Ысқақов соңғы күндеріне дейін ... жұмыс істегенін", of
                    # Қалихан Ысқақов)
                    named = {"surname": bases[2]}
            if named:
                last = sent.text.index(toks[-1], s + sum(map(len, toks[:-1])))
                out.append(Mention(sent.start + last, sent.start + e, text[sent.start + last:sent.start + e],
                                   "person", "kk", source="crf", **named))
                e = sent.text.index(toks[-2], s + sum(map(len, toks[:-2]))) + len(toks[-2])
                bases = bases[:-1]
            given = patr = sur = None
            if len(bases) == 1:
                if names.is_given(bases[0]) or not names.is_surname_shaped(bases[0]):
                    given = bases[0]
                else:
                    sur = bases[0]
            elif len(bases) == 3 and ((not names.is_given(bases[0]) and names.is_surname_shaped(bases[0], strong=True)
                                       and names.PATRONYMIC_END.search(bases[2].lower()))
                                      or _ru_patronymic_closes(*bases)):
                sur, given, patr = bases  # the official order: "Көлгінов Алтай Сейдірұлы", "Ильин Илья Александрович"
            elif len(bases) == 2 and toks == bases and not names.is_given(bases[0]) \
                    and names.is_surname_shaped(bases[0], strong=True) and names.is_given(bases[1]) \
                    and not names.is_surname_shaped(bases[1]):
                sur, given = bases  # the official order without a father's name, as lists print it ("– Нұржанов
                # Данияр, 1979 ж.т., жеке кәсіпкер"), both words in the nominative
            else:
                given, sur = bases[0], bases[-1]
                if len(bases) >= 3 and names.PATRONYMIC_END.search(bases[1].lower()):
                    patr = bases[1]
                elif len(bases) == 2 and names.PATRONYMIC_END.search(sur.lower()) and not \
                        names.is_surname_shaped(sur, strong=True) and _named_patronymic(sur):
                    patr, sur = sur, None  # ("Ян Блаховичті": no given name "Блах" makes a father's name of it)
            out.append(Mention(sent.start + s, sent.start + e, text[sent.start + s:sent.start + e], "person", "kk",
                               given=given, patronymic=patr, surname=sur, source="crf"))
    return out


# two capitalised words in a row, overlapping ("Евгений Владимиров Абдумаликтің" holds two pairs)
_CAPITAL_PAIR = re.compile(rf"(?<![\w-])(?=([{_UP}][{_LOW}]+)[ \u00a0]+([{_UP}][{_LOW}]+))")


@dataclass(frozen=True)
class _KkNamed:
    """The persons a Kazakh article names by a given name and a surname ("Жансая Абдумалик", "Омар Ягиге"),
    folded and case endings off, read in one pass over its capitalised pairs."""

    pairs: frozenset[tuple[str, str]]  # (given name, surname), the given name a Kazakh list's or a foreign one
    # the dictionary knows ("Арина Соболенко")
    surnames: frozenset[str]  # the surnames after a given name the Kazakh lists know (not "Ашраф Ғани", a second
    # given name and a surname)


@lru_cache(maxsize=4)
def _kk_named(text: str) -> _KkNamed:
    """`_KkNamed` of an article, read once whichever of the person rules and the tagger's reading asks first."""
    pairs, surnames = set(), set()
    for m in _CAPITAL_PAIR.finditer(text):
        given = m.group(1)
        listed = names.is_given(given)
        if listed or _foreign_given_only(given):
            sur = names.fold_word(names.kk_surname_base(m.group(2)))
            pairs.add((names.fold_word(given), sur))
            if listed:
                surnames.add(sur)
    return _KkNamed(frozenset(pairs), frozenset(surnames))


def _kk_given_then_anothers(pairs: frozenset[tuple[str, str]], given: str, surname: str) -> bool:
    """Whether a Kazakh given name and a surname in a case are two persons the article names in full: the given
    name one's, with another surname, and the surname another's, with another given name ("Елена Рыбакина ...
    Арина Соболенко ... Елена Соболенконы жеңген": Elena beat Sobolenko)."""
    g, sur = names.fold_word(given), names.fold_word(surname)
    return any(a == g and b != sur for a, b in pairs) and any(b == sur and a != g for a, b in pairs)


# "Бүркітбай", "Оразбек", "Ахметқал", "Төрежан", "Мұхамедқали": the last part of many Kazakh men's names
_KK_GIVEN_LAST_PARTS = ("бай", "бек", "қал", "жан", "ғали", "қали")


def _kk_given_shaped(word: str) -> bool:
    """A Kazakh man's given name no list has, by its last part ("Бүркітбай", "Төлеубек", "Ахметқал"), that is no
    word the dictionary or the lists know otherwise (a listed name is read by the other rules)."""
    low = word.lower()
    return len(word) >= 6 and low.endswith(_KK_GIVEN_LAST_PARTS) and "-" not in word \
        and not names.is_given(word) and not names.dictionary_tags(word) and not names.is_kk_common_word(word) \
        and not _is_position(word) and not _body(word)


def _kk_unlisted_surname(word: str) -> bool:
    """A capitalised word that may be a Kazakh surname without a Russian ending ("Аяған", "Жақыпқа"): no given
    name, place, title, body, nor word the dictionary or the Kazakh lists know."""
    base = names.kk_surname_base(word)
    return len(base) >= 4 and not names.is_given(base) and not names.dictionary_tags(base) \
        and not names.is_kk_common_word(base) and not _is_position(base) and not _body(base) \
        and not _kz_city(base) and not _kk_country(base)


_WORD_AT = re.compile(r"[\w-]+")


def _named_in_full(text: str, surname: str, at: int) -> bool:
    """Whether the text names someone of this surname, as written, after another capitalised word: "Эммануэль
    Макрон мен ..." makes "Кая Каллас Макронның" two persons, Kallas and Macron's. Not when the word at `at` is
    the surname alone, in the nominative: nothing declined to tell."""
    if (word := _WORD_AT.match(text, at)) and word.group(0) == surname:
        return False  # the word is written in the nominative here: nothing declined to tell
    rx = re.compile(rf"(?<![\w-])[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?[ \u00a0]{re.escape(surname)}(?![\w-])")
    return rx.search(text) is not None


def _kk_foreign_then_genitive(toks: list[str], bases: list[str]) -> bool:
    """Whether a foreigner's given name and surname are followed by another's surname in the genitive: "Маркус
    Зёдер Мерцтің кандидатурасын қолдады" (Söder backs Merz's candidacy; "Кая Каллас Лавровтың сөзін", a
    surname the dictionary knows). The second word, a surname in the nominative, is no name of another kind
    ("Мартин Лютер Кингтің": "Лютер" is a name too)."""
    return (names.is_given(bases[0]) or _foreign_given_only(bases[0])
            or names.dictionary_tags(bases[0]) <= {"name"}) \
        and toks[1] == bases[1] \
        and toks[2] != bases[2] and toks[2].lower().endswith(names.KK_GENITIVE) \
        and not names.is_given(bases[1]) and not names.dictionary_tags(bases[1]) - {"surname"} \
        and _foreign_surname(toks[1]) and _foreign_surname(toks[2])


def _kk_name_then_given(bases: list[str]) -> bool:
    """Whether three words the tagger ran together are a given name and a surname, then a given name alone: the
    third is neither a patronymic nor surname-shaped, and the second is a surname by its ending (the official
    order "Көлгінов Алтай Сейдірұлы" puts the surname first, and "Қасым-Жомарт Кемелұлы Тоқаев" a patronymic
    second). A first word no list has as a given name will do if it has no surname's shape and is no common
    word ("Стефано Вуков Елена «...» атап өтті": the coach, then the player he speaks of)."""
    first, second, third = bases
    return (names.is_given(first) or not names.is_surname_shaped(first) and not _known_non_name(first)) \
        and names.is_given(third) and names.is_surname_shaped(second, strong=True) \
        and not names.is_given(second) and not names.is_surname_shaped(third) \
        and not names.PATRONYMIC_END.search(third.lower())


_KK_CASE_ENDS = (*names.KK_GENITIVE, *names.KK_DATIVE, *names.KK_ACCUSATIVE, *names.KK_INSTRUMENTAL,
                 *names.KK_ABLATIVE, *names.KK_LOCATIVE)


def _crf_parts(text: str, s: int, e: int, toks: list[str]) -> list[tuple[int, int, list[str]]]:
    """A tagged span cut where one name must end: at a word with Latin letters when the span has Cyrillic ones
    too (a name is written in one script: "Ербол Мырзабосынов Telegram-арнасында Асаубаева", in his Telegram
    channel, is two names around a channel's), and after a surname in a case before the span's last word (Kazakh
    declines a name's last word only: "Қасым-Жомарт Тоқаевтың Жарлығымен Сапарбаев", by Tokayev's decree,
    Сапарбаев is another). A third word is no part of the name before a thing it names ("Дэвис кубогының") or a
    word of respect ("Қалихан ағаны": another person)."""
    latin = [_latin(t) for t in toks]
    mixed = any(latin) and not all(latin)
    parts: list[list[tuple[int, int, str]]] = [[]]
    at = s
    for k, tok in enumerate(toks):
        start = text.index(tok, at)
        at = start + len(tok)
        if mixed and latin[k]:
            parts.append([])
            continue
        parts[-1].append((start, at, tok))
        base = names.kk_surname_base(tok)
        if k < len(toks) - 1 and base != tok and tok.lower().endswith(_KK_CASE_ENDS) \
                and names.is_surname_shaped(base, strong=True) and not names.is_given(base):
            parts.append([])
    if len(parts[-1]) >= 3 and (nxt := _KK_NEXT_WORD.match(text, e)) and _kk_place_word(nxt.group(1).lower()):
        parts[-1] = parts[-1][:-1]  # "Александр Бублик Дэвис кубогының": the last word names the cup, no one here
        if len(parts[-1]) >= 3 and names.is_given(parts[-1][-1][2]):
            parts[-1] = parts[-1][:-1]  # "Лидия Хван Махамбет Өтемісов атындағы көшеде": a full name the street is
            # named after
    if len(parts[-1]) >= 3 and _KK_RESPECT_AFTER.match(text, e):
        parts[-1:] = [parts[-1][:-1], parts[-1][-1:]]  # "Мереке Құлкенов Қалихан ағаны": the last word is the
        # given name of the one spoken of with respect, another person
    if len(parts) == 1 and len(parts[0]) == len(toks):
        return [(s, e, toks)]
    return [(p[0][0], p[-1][1], [t for _, _, t in p]) for p in parts if p]


_KK_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
# a Kazakh word of respect after a given name, in any case: "Қалихан ағаны", "Бибігүл апаның", "Абай атамыз"
# (its own case and possessive endings only: "атады", "атап өтті" are verbs; group 1 a case of one spoken of)
KK_RESPECT_WORDS = "|".join((*names.KK_KIN, "көке"))  # the words a person is called by after the name, and "uncle"
_KK_RESPECT_AFTER = re.compile(rf"[ \u00a0]+(?:{KK_RESPECT_WORDS})(?:(ны|ның|ға|ге|мен|дан|ден|сын|сына|сының)"
                               r"|да|де|сы|м|мыз|мыздың|ң|й|йдың|йды|йға)?(?![\w-])")


def kk_respected_case(text: str, end: int) -> bool:
    """Whether a Kazakh name ending at `end` is followed by a word of respect in an object's case or the
    genitive ("Қалихан ағаны", "Бибігүл апаның"): the name, written as a nominative, is then no subject."""
    m = _KK_RESPECT_AFTER.match(text, end)
    return m is not None and m.group(1) is not None


def _kk_surname_then_another(bases: list[str]) -> bool:
    """Whether three Kazakh-text words read as a given name, a Russian patronymic and a surname are a foreigner's
    given name and surname, then another person: the middle word in -ович/-евич is no father's name ("ФИДЕ
    президенті Аркадий Дворкович Асаубаеваны ... атады": see `_named_patronymic`), or a man's patronymic stands
    before a woman's surname ("Аркадий Петрович Асаубаеваны")."""
    middle = bases[1].lower()
    return middle.endswith(("ович", "евич")) and (
        not _named_patronymic(bases[1]) or bases[2].lower().endswith(_FEMALE_SURNAME_END))


_INITIAL_BEFORE = re.compile(rf"(?<![\w.])[{_UP}]\.[ \u00a0]?$")


def _lone_surnames(text: str, known: list[Mention], lang_at) -> list[Mention]:
    """A surname alone ("Жетпісбаев", "Токаева") when the article names that person in full too."""
    keys = dict(_gazetteer_surnames())
    held: dict[str, list[Mention]] = {}  # the persons named in full, by surname key
    for m in known:
        if m.kind == "person" and m.surname:
            k = names.surname_key(m.surname)
            keys[k] = m
            held.setdefault(k, []).append(m)
    bearers = {k: {(names.fold(m.given or ""), m.actor) for m in ms} for k, ms in held.items()}
    out = []
    for m in _NAME_TOKEN.finditer(text):
        w = m.group(0)
        lang = lang_at(m.start())
        for k in _surname_keys(w, lang):
            if k in keys and (len(k) >= 4 or (k in bearers and len(keys[k].surname) == 3 and (
                    w == keys[k].surname or (lang == "kk" and names.kk_surname_base(w) == keys[k].surname)))):
                # a surname of three letters only as the article writes it in full ("Омару Яги ... Яги, родившийся
                # в Аммане"), in Kazakh with a case ending ("Ирина Ким ... Кимнің айтуынша"): a shorter key
                # would find it in other words
                src = keys[k]
                if _written_his(w, lang) and all(_hers(b) for b in held.get(k, [src])):
                    break  # "Кастеев учился ...", "Әуезовтің" are a man, not "Гульжахан Кастеева" the article names
                if lang == "ru" and w.lower().endswith("ая") and not any(_hers(b) for b in held.get(k, [src])):
                    break  # "«Шведская спичка»": an adjective in a woman's nominative, which no man's case is
                    # ("Густав Шведский")
                if len(bearers.get(k, ())) > 1:  # "Жапаров" after Садыр and Акылбек: `_coref` chooses
                    out.append(Mention(m.start(), m.end(), w, "person", lang, surname=src.surname, source="coref"))
                    break
                out.append(Mention(m.start(), m.end(), w, "person", lang, actor=src.actor, given=src.given,
                                   patronymic=src.patronymic, surname=src.surname, source="coref"))
                break
    return out


def _kk_lone_given(text: str, known: list[Mention], lang_at) -> list[Mention]:
    """A Kazakh given name alone that no list holds, when the article names that person in full: "– деді
    Бибісара марапаттау рәсімінен кейін" after "шахматшы Бибісара Асаубаева" (a listed one is found by
    `_kk_given_names`, and `_coref` joins it). Inside a sentence only, where the capital marks a name, and
    not before another capitalised word (a longer name's)."""
    bearers: dict[str, list[Mention]] = {}
    for m in known:
        if m.kind == "person" and m.lang == "kk" and m.given and m.surname and len(m.given) >= 4 \
                and not names.is_given(m.given):
            bearers.setdefault(m.given, []).append(m)
    out = []
    if not bearers:
        return out
    for m in _NAME_TOKEN.finditer(text):
        w = m.group(0)
        given = w if w in bearers else names.kk_base(w)
        if given not in bearers or lang_at(m.start()) != "kk":
            continue
        before = text[:m.start()].rstrip()
        if not before or before[-1] in ".!?…«\"“(:" or text[m.end():m.end() + 2].lstrip()[:1].isupper():
            continue
        src = bearers[given][0]
        if len({(b.surname, b.actor) for b in bearers[given]}) == 1:
            out.append(Mention(m.start(), m.end(), w, "person", "kk", actor=src.actor, given=src.given,
                               surname=src.surname, source="coref"))
    return out


@cache
def _gazetteer_surnames() -> dict[str, Mention]:
    """The surname keys that name one gazetteer person only, each with that person (read, never changed)."""
    out = {}
    for k, entries in _person_entries_by_surname().items():
        if len(entries) == 1:
            given, surname = _entry_name(entries[0], "ru")
            out[k] = Mention(0, 0, "", "person", "ru", actor=entries[0].actor_id, given=given, surname=surname)
    return out


# a Russian case ending a consonant-stem surname takes ("Трампа", "Лофнеру", "Крамником")
_RU_NOUN_CASE = re.compile(r"(?:ом|ем|у|ю|а|я|е)$")
_NOT_CONSONANT = "аеёиоуыэюяйь"  # what such a stem cannot end in, once the ending is off


@lru_cache(maxsize=1 << 16)
def _surname_keys(word: str, lang: str) -> tuple[str, ...]:
    """The surname keys a name token may stand for: its base form's (Kazakh endings off, or a Russian
    surname in the nominative), its own, and in Russian its stem without a case ending ("Вагнера" may be
    the Вагнер the article names in full)."""
    name = names.cap(word)
    if lang == "kk":
        # (a short stem keeps its case ending in `kk_base`: "Кимнің" is Ким's only as the surname's base)
        return names.surname_key(names.kk_base(name)), names.surname_key(name), \
            names.surname_key(names.kk_surname_base(name))
    keys = (names.surname_key(names.ru_surname_nominative(name, False, True)), names.surname_key(name))
    bare = _RU_NOUN_CASE.sub("", name)
    if bare != name and bare[-1:].lower() not in _NOT_CONSONANT:
        keys += (names.surname_key(bare),)
    return keys


# ---------------------------------------------------------------- natasha (Russian)

_INNER_CAPITAL = re.compile(rf"[\s-][«\"“(]?[{_UP}]")
_FIRST_WORD = re.compile(rf"[«\"“(–—-]*\s*([{_UP}][{_LOW}]+)")


def _may_be_name(sentence: str) -> bool:
    m = _FIRST_WORD.match(sentence)
    return bool(m) and not _known_non_name(m.group(1))


def _natasha_persons(text: str, sents: list[Sentence]) -> list[Mention]:
    """natasha's PER spans over the article's Russian sentences (its model, batched by `runer`)."""
    out: list[Mention] = []
    # run on the Russian sentences that can hold a name (natasha tags Kazakh sentence-initial words as
    # persons): a capital after the first word, or a first word that is no dictionary word
    ru = [s for s in sents if s.lang == "ru" and (_INNER_CAPITAL.search(s.text) or _may_be_name(s.text))]
    found = runer.spans([_capitals_lowered(s.text) for s in ru]) if ru else []
    for sent, spans in zip(ru, found, strict=True):
        if _list_of_places(sent.text, spans):
            continue
        for s, e, kind in spans:
            start, end = sent.start + s, sent.start + e
            if kind != "PER" and not _person_not_place(text[start:end], before := word_before(text, start, sent.start)):
                if (start := _name_after_place(text, start, end, before)) is None:
                    continue
            surface = text[start:end]
            latin = re.search(r"\s*\(([A-Z][A-Za-z'’.-]+(?:\s+[A-Za-z][A-Za-z'’.-]+){0,3})\)\s*$", surface)
            if latin:  # "Билал Хассеин (Bilal Hussein)": the Latin form is a second mention of the same person
                end = start + latin.start()
            # natasha runs names in a list or a bracket together ("Хитли (Гецлаф", "Овечкин, Фёдоров"):
            # each part is a name of its own
            parts = [(start + p.start(), start + p.end()) for p in _SPAN_PART.finditer(text[start:end])]
            parts = [q for ps, pe in parts for q in _two_names(text, ps, pe)]
            for k, (ps, pe) in enumerate(parts):
                if (lead := _RU_COURTESY_LEAD.match(text, ps, pe)) and len(text[lead.end():pe].split()) >= 2:
                    ps = lead.end()  # "Сэр Кир Стармер": the courtesy title opening a sentence is no given name
                    # ("Леди Гага" is one name)
                surface = text[ps:pe]
                words = surface.replace("\u00a0", " ").split()
                if not words or any(w[:1].islower() and not _particle(w) for w in words):
                    continue
                if len(words) >= 4 and _body(" ".join(words[:2])):
                    # "секретарь партии Нур Отан Бауыржан Байбек": a body's two-word name, unquoted, run into the
                    # name after it (the gazetteer matches the body)
                    ps = ps + surface.index(words[2], len(words[0]) + len(words[1]))
                    surface, words = text[ps:pe], words[2:]
                if len(words) >= 3 and _RU_NAMED_PLACE.fullmatch(word_before(text, ps, sent.start).lower()) \
                        and names.ru_given(words[1]) is not None and not _ru_patronymic_any_case(words[2]):
                    # "Аким области Абай Берик Уали": a place's own name (a region named for someone, "область
                    # Абай"; "микрорайона Самал") run into the name after it
                    ps = ps + surface.index(words[1], len(words[0]))
                    surface, words = text[ps:pe], words[1:]
                if len(words) == 1 and (e := _named_body(words[0])) is not None:
                    # "Унзила Шапак (Ауыл)": a party natasha runs into a person's name, which the gazetteer
                    # does not match alone ("ауыл" is a village)
                    out.append(Mention(ps, pe, surface, e.kind, "ru", actor=e.actor_id, source="gazetteer"))
                    continue
                before = word_before(text, ps, sent.start)  # a title's?
                if len(words) == 1 and _town_after_preposition(words[0], before):
                    continue
                if len(words) == 2 and _is_position(words[0]) and _place_only(words[1]):
                    continue  # "Аким Экибастуза Адильбек Бегимов": a title and its town, though "Аким" is a name too
                men = _natasha_person(surface, words, ps, pe, _at_start(text, sent.start, ps, pe),
                                      bool(before) and _is_position(before))
                if not men:
                    continue
                out.append(men)
                if latin and k == len(parts) - 1:
                    ls, le = start + latin.start(1), start + latin.end(1)
                    out.append(Mention(ls, le, text[ls:le], "person", "ru", given=men.given, patronymic=men.patronymic,
                                       surname=men.surname, source="natasha", latin=text[ls:le]))
                    men.latin = text[ls:le]
    return out


# a courtesy title before a name, which natasha may run into it when it opens a sentence ("Сэр Кир Стармер")
# (a role's last word only when it is never a title's own: "первая леди Мишель Обама")
_RU_COURTESY = frozenset("сэр господин госпожа мистер миссис мисс мадам месье синьор сеньор".split())
_RU_COURTESY_LEAD = re.compile(rf"(?i:{'|'.join(sorted(_RU_COURTESY | {'леди', 'лорд'}))})[ \u00a0]+(?=[{_UP}])")
# a word in capitals of four letters or more (hyphenated too): a surname as some outlets print one
_ALL_CAPITALS = re.compile(rf"(?<![\w-])[{_UP}]{{4,}}(?:-[{_UP}]{{2,}})?(?![\w-])")


def _capitals_lowered(sentence: str) -> str:
    """A sentence as natasha is given it: a surname in capitals ("Аким области Бейбут ИСАБАЕВ", "Данияр
    АДИЛБЕКОВ"), which its model, trained on words as usually written, does not tag, written as a name is
    (an acronym has no surname's shape and stays). Same length, so its spans are the sentence's."""
    if not _ALL_CAPITALS.search(sentence):
        return sentence
    words = list(_ALL_CAPITALS.finditer(sentence))
    named = [names.is_surname_shaped(c := names.cap(w.group(0)), strong=True) or names.is_given(c) for w in words]
    # a word in capitals right before one so read is the name's first ("БЕЙБУТ ИСАБАЕВ", a given name no list has)
    named = [ok or (k + 1 < len(words) and named[k + 1] and sentence[w.end():words[k + 1].start()] == " ")
             for k, (w, ok) in enumerate(zip(words, named, strict=True))]
    out = list(sentence)
    for w, ok in zip(words, named, strict=True):
        if ok:
            out[w.start():w.end()] = names.cap(w.group(0))
    return "".join(out)


# who an opinion or words are ascribed to, one capitalised word after it and no second: "По словам Данна,",
# "по мнению Смита", "согласно Марку" (a fuller name is natasha's and the rules')
_RU_ASCRIBED = re.compile(r"(?<![\w])(?i:по\s+словам|по\s+мнению|по\s+оценке|по\s+признанию|по\s+утверждению|"
                          r"согласно)\s+(?P<w>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)(?=\s*[,.;:!?)]|\s+[а-яё])")


def _ru_ascribed_persons(text: str, sents: list[Sentence]) -> list[Mention]:
    """A surname natasha misses after "по словам", "по мнению", "согласно": who is quoted there is a person
    unless the word is a dictionary word, a body, a place or an outlet ("по словам Минздрава", "по мнению
    Кремля", "согласно Конституции")."""
    out = []
    for sent in sents:
        if sent.lang != "ru":
            continue
        for m in _RU_ASCRIBED.finditer(sent.text):
            w = m.group("w")
            if _known_non_name(w) or _named_body(w) or _kz_city(w):
                continue  # (an outlet, "по данным Азаттыка", `_natasha_person` turns away)
            start = sent.start + m.start("w")
            if (men := _natasha_person(w, [w], start, start + len(w), at_start=False)) is not None:
                out.append(men)
    return out


# a surname of a son or daughter in one word: "Алимханулы", "Жолдасқызы" ("Алиев оглы" is two)
_SONS_SURNAME = re.compile(rf"^[{_UP}][{_LOW}]{{2,}}(?:улы|ұлы|оглы|уулу|кызы|қызы)$")
# a Russian woman's surname in the genitive, dative, instrumental or prepositional: "Рыбакиной", "Ивановой"
# a Russian-shaped surname in an oblique case, a man's or a woman's ("Усенбаевой", "Карашукееву", "Ивановым")
_RU_SURNAME_OBLIQUE = re.compile(rf"^[{_UP}][{_LOW}]{{2,}}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой)$")
_HER_SURNAME_OBLIQUE = re.compile(rf"^[{_UP}][{_LOW}]{{2,}}(?:ин|ын|ов|ев|ёв|ск|цк)ой$")


def _two_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One natasha span as the names it holds. natasha runs a name into an official's full name that follows
    it with no mark between, as decrees print them ("распоряжением Премьер-министра Олжаса Бектенова Ермеков
    Данияр Муратович назначен"): a closing surname, given name and patronymic (or given name, patronymic and
    surname) after a name of two words or more is a name of its own, and so is a given name and surname after
    another given name and surname."""
    words = [(w.start() + start, w.end() + start, w.group(0)) for w in re.finditer(r"\S+", text[start:end])]
    if 4 <= len(words) <= 6 and _east_asian_family(words[0][2]) is not None:
        # two East Asian names side by side, each family name first: "отец Кима Чен Ира Ким Ир Сен"
        for k in (2, 3):
            if k <= len(words) - 2 and words[k][2] in _east_asian_surnames() \
                    and _east_asian([w[2] for w in words[:k]]) and _east_asian([w[2] for w in words[k:]]):
                return [(start, words[k - 1][1]), (words[k][0], end)]
    if len(words) >= 5:
        k = len(words) - 3
        tail = [w[2] for w in words[k:]]
        # (a surname of no Russian shape, "Касым-Жомарта Токаева Нуртлеу Ерлан Серикович": a given name and a
        # patronymic after it are the official order all the same)
        if (_RU_PATRONYMIC.search(tail[2].lower()) and names.ru_given(tail[1])
            and (names.is_surname_shaped(tail[0]) or (tail[0][:1].isupper() and not _particle(tail[0])))) \
                or (_RU_PATRONYMIC.search(tail[1].lower()) and names.ru_given(tail[0])
                    and names.is_surname_shaped(tail[2])):
            return [(start, words[k - 1][1]), (words[k][0], end)]
    if len(words) == 4 and all((names.is_surname_shaped(w[2], strong=True)
                                or (i % 2 == 1 and bool(_RU_SURNAME_OBLIQUE.search(w[2])))) != (i % 2 == 0)
                               for i, w in enumerate(words)) \
            and not names.PATRONYMIC_END.search(words[3][2].lower()) \
            and (names.ru_given(words[0][2]) or names.ru_given(words[2][2])):
        # given name and surname twice: "Указом Главы государства Касым-Жомарта Токаева Ербол Карашукеев назначен",
        # "«Казахфильма» имени Шакена Айманова Акан Сатаев" (a name one list lacks is still the second's); the
        # second in a case of its own: "письма Алихана Букейханова Ахмету Байтурсынову" (his letters to him)
        return [(start, words[1][1]), (words[2][0], end)]
    if len(words) == 3 and names.ru_given(words[1][2]) and not _RU_PATRONYMIC.search(words[2][2].lower()) \
            and names.is_surname_shaped(words[0][2], strong=True) \
            and (names.is_surname_shaped(words[2][2], strong=True) or _RU_SURNAME_OBLIQUE.search(words[2][2])):
        # a surname, then another's given name and surname (no patronymic closes it): "Указом Президента
        # Касым-Жомарта Токаева Ербол Карашукеев", where natasha leaves the first given name out; the second
        # in a case of its own: "актрисе театра имени Ауэзова Нуржамал Усенбаевой" (an eponym, then she)
        return [(start, words[0][1]), (words[1][0], end)]
    if len(words) >= 4 and (names.ru_given(words[-2][2]) or _name_reading(words[-2][2])) \
            and names.is_surname_shaped(words[-1][2], strong=True) and not _particle(words[-3][2]) \
            and not _RU_PATRONYMIC.search(words[-3][2].lower()) and not names.is_surname_shaped(words[-3][2]):
        # another's given name and surname after a name of two words or more: "в Кубке Билли Джин Кинг Ярослава
        # Шведова", the cup's eponym and the captain
        return [(start, words[-3][1]), (words[-2][0], end)]
    if len(words) == 3 and _HER_SURNAME_OBLIQUE.search(words[0][2]) and not _RU_PATRONYMIC.search(words[2][2].lower()) \
            and not names.is_surname_shaped(words[1][2], strong=True):
        # a woman's surname in an oblique case, then another's given name and surname: "Тренер Рыбакиной Стефано
        # Вуков" (no given name ends in -иной, -овой; the official order "Ивановой Анны Сергеевны" ends in a
        # patronymic)
        return [(start, words[0][1]), (words[1][0], end)]
    if len(words) == 3 and _SONS_SURNAME.search(words[0][2]) \
            and not any(_SONS_SURNAME.search(w[2]) or _RU_PATRONYMIC.search(w[2].lower()) for w in words[1:]) \
            and not _particle(words[1][2]):
        # a son's or daughter's surname, which never declines and is never a given name, then another's given
        # name and surname: "Тренер Алимханулы Бадди Макгирт" (the official order "Алимханулы Жанибек
        # Ерланович" ends in a patronymic)
        return [(start, words[0][1]), (words[1][0], end)]
    if len(words) == 3 and re.fullmatch(rf"[{_UP}]\.", words[1][2]) \
            and names.is_surname_shaped(words[0][2], strong=True) and names.is_surname_shaped(words[2][2], strong=True):
        # a surname, then another's initial and surname: "бывший заместитель Сейткалиева Д. Жумабеков"
        return [(start, words[0][1]), (words[1][0], end)]
    return [(start, end)]


@cache
def _bodies_by_name() -> dict[str, Entry]:
    """The gazetteer's parties and organisations by their one-word canonical name, folded."""
    return {names.fold(n): e for e in gazetteer().values() if e.kind in ("party", "organization")
            for n in (e.name_kk, e.name_ru) if n and " " not in n}


def _named_body(word: str) -> Entry | None:
    """The party or organisation a capitalised word natasha tags as a person names, if any."""
    return _bodies_by_name().get(names.fold(word))


_LIST_SEPARATOR = re.compile(r"\s[•·|]\s")


def _list_of_places(sentence: str, spans: list[tuple[int, int, str]]) -> bool:
    """A bulleted list whose items natasha mostly tags as places ("• Чили • Коста Рика • Эквадор"): an item
    it tags a person there is a country it does not know."""
    if len(_LIST_SEPARATOR.findall(sentence)) < 3:
        return False
    # a place in brackets is a person's country ("• Марк Шилд (Австралия) • Тору Камикава (Япония)"), no item
    items = [kind for s, _, kind in spans if kind == "PER" or not sentence[:s].rstrip().endswith("(")]
    return items.count("LOC") > items.count("PER")


@cache
def _kz_cities() -> frozenset[str]:
    """The places of data/dateline_places.txt and the sites of data/kz_sites.txt (oil fields, resorts)."""
    return data_words("dateline_places.txt") | data_words("kz_sites.txt")


def _kz_city(word: str) -> bool:
    """A city of Kazakhstan or a capital nearby (data/dateline_places.txt), as written or in a Russian case
    ("Жезказгана", "Шымкенте"): the Russian dictionary knows few of them."""
    low = word.lower()
    return low in _kz_cities() or any(low.endswith(end) and low[:-len(end)] in _kz_cities()
                                      for end in ("а", "е", "у", "ом")) \
        or any(low.endswith(end) and low[:-len(end)] + "а" in _kz_cities() for end in ("ы", "е", "у", "ой"))
    # (a city in -а declines as a noun in -а does: "из Кызылорды", "в Кызылорде")


def _ru_name_heads() -> tuple[str, ...]:
    return data_stems("ru_name_heads.txt")


def _person_not_place(surface: str, word_before: str) -> bool:
    """A span natasha tags a place or an organisation that is a person's name: a known given name and a
    surname ("архиепископ Лонгин Клинский"), or one word the dictionary knows first as a surname ("о
    Свиридове"). After a word that heads a place's or a thing's name ("городе Грозном", "аэропорту Рейган",
    data/ru_name_heads.txt) it stays what natasha says."""
    words = surface.split()
    if not 1 <= len(words) <= 3 or not all(_PLAIN_NAME.fullmatch(w) for w in words):
        return False
    if word_before.lower().startswith(_ru_name_heads()):
        return False
    last = _known(words[-1])
    if last and {"Geox", "Orgn"} & last[0].tag.grammemes:
        return False
    if len(words) == 1:
        # (after a preposition of place a town it also is: "был поврежден над Грозным")
        return bool(last) and "Surn" in last[0].tag.grammemes and not _town_after_preposition(words[0], word_before)
    first = _known(words[0])
    given = names.ru_given(words[0]) is not None or bool(first and "Name" in first[0].tag.grammemes)
    return given and (not last or any("Surn" in p.tag.grammemes for p in last)
                      or names.is_surname_shaped(words[-1]))


def _ru_patronymic_any_case(word: str) -> bool:
    """A Russian patronymic in any case ("Маратовна", "Маратовну", "Ивановича")."""
    return bool(_RU_PATRONYMIC.search(word.lower()) or _RU_PATRONYMIC_DECLINED.search(word.lower()))


def _name_after_place(text: str, start: int, end: int, word_before: str) -> int | None:
    """Where the person's name starts in a place natasha runs into it, after a place's noun: "фермер из села
    Жанаауыл Абдурашид Юлдашев" (one span, a place), or None: the village's name, then a given name and a
    surname of a strong shape, which no place's name has."""
    words = text[start:end].split()
    if len(words) != 3 or not _RU_NAMED_PLACE.fullmatch(word_before.lower()) \
            or not all(_PLAIN_NAME.fullmatch(w) for w in words) or not names.is_surname_shaped(words[2], strong=True) \
            or not (names.ru_given(words[1]) is not None or "common" not in names.dictionary_tags(words[1])):
        return None
    return start + text[start:end].index(words[1], len(words[0]))


# the prepositions of where, after which a word the dictionary knows as a town and a surname is the town
_RU_PLACE_PREPOSITIONS = frozenset("в во на над под из близ около возле вблизи".split())


def _town_after_preposition(word: str, word_before: str) -> bool:
    """A word the dictionary knows as a town (and as a surname) after a preposition of where: "поврежден над
    Грозным", "в Грозном" name the town, whatever natasha tags."""
    return word_before.lower() in _RU_PLACE_PREPOSITIONS and any("Geox" in p.tag.grammemes for p in _known(word))


_TRAILING_INITIALS = re.compile(rf"\s+([{_UP}])\.\s?(?:[{_UP}]\.)?\s*$")
# a Russian patronymic in a case other than the nominative: "Жакановича", "Сергеевной", "Ильиничне"
_RU_PATRONYMIC_DECLINED = re.compile(r"(?:(ви)ч(?:а|у|ем|е)|(ов|ев|ин)н(?:ы|е|у|ой))$")
_RU_PLURAL_CASE = re.compile(r"(?:ам|ами|ах|ям|ями|ях)$")
_RU_PLURAL_END = re.compile(r"(?:ских|цких|ями|ами|ям)$")  # "-ским" is also a singular instrumental
_SPAN_PART = re.compile(r"[^\s(),;•·|/][^(),;•·|/]*[^\s(),;•·|/]|[^\s(),;•·|/]")
_OPENERS = frozenset("«\"“„•\n")


# a surname's initial after a given name, as crime news keeps a private person anonymous ("Гульнара С.
# рассказала", "Жәбірленуші Гүлнара С. көлігінен ...")
_INITIAL_AFTER = re.compile(rf"[ \u00a0]([{_UP}])\.(?=[\s,;:)]|$)")


def _initial_after_given(text: str, chosen: list[Mention]) -> None:
    """Take the initial after a person named by a given name alone into the mention ("Гульнара С."): the name as
    written is both, and the words after it are the sentence's (its verb), not a new sentence's."""
    for m in chosen:
        if m.kind == "person" and m.given and not m.surname and not m.patronymic \
                and (ini := _INITIAL_AFTER.match(text, m.end)):
            m.end = ini.end()
            m.surface = text[m.start:m.end]


def _at_start(text: str, sent_start: int, pos: int, end: int | None = None) -> bool:
    """Whether `pos` opens a sentence, a line, a quotation or a list item: where any Russian word is
    capitalised, so a capital says nothing about a name. So does a colon before words that the sentence's end
    closes ("Вердикт: Полуправда.", a label's value); not before a list ("Вратари: Уорд — Набоков")."""
    before = text[sent_start:pos].rstrip(" \t\u00a0")
    if before.endswith(":") and end is not None and re.match(r"[.!?…](?:\s|$)|\s*$", text[end:end + 2]):
        return True
    return not before or before[-1] in _OPENERS or not re.search(r"\w", before)


def _particle(word: str) -> bool:
    """A lower-case part of a foreign name: "де", "бин", or a prefix joined by a hyphen ("аль-Хадж")."""
    low = word.lower()
    return low in _PARTICLES or ("-" in low and low.split("-", 1)[0] in _PARTICLES)


@lru_cache(maxsize=1 << 16)
def _known(word: str) -> tuple:
    """pymorphy3's analyses of a word its dictionary knows; none for a word it only guesses ("Мажилиса",
    "Леко"), about which nothing below may be concluded. Cached: a Parse looks its word up in the
    dictionary again each time `is_known` is read."""
    parses = names.parse(word)
    return parses if parses and parses[0].is_known else ()


@lru_cache(maxsize=1 << 16)
def _known_non_name(word: str) -> bool:
    """A dictionary word that is never a name ("Для", "Из", "Но", "Мажилиса" is unknown, so not this)."""
    parses = _known(word)
    return bool(parses) and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)


@lru_cache(maxsize=1 << 16)
def _known_title(word: str) -> bool:
    """A title the dictionary knows as a common word, not a name: "Председатель", "Вице-министр" (by its
    head, "министр": the dictionary lacks most "вице-" and "экс-" compounds)."""
    head = word.split("-", 1)[1] if word.lower().startswith(("вице-", "экс-")) else word
    return _is_position(word) and _known_non_name(head)


def _unknown_title(word: str) -> bool:
    """A compound title the dictionary lacks ("Экоактивистка", "Зоозащитница", "Трансплантолог"), which
    natasha may read as a name: a title's stem, and neither shaped like a surname nor a given name."""
    return _is_position(word) and not _known(word) and not names.is_surname_shaped(word) \
        and not names.is_given(word)


def _known_non_person(word: str) -> bool:
    """A dictionary word whose likeliest reading is a place, an organisation or no noun at all
    ("Бенин", "Феррари", "Подана"): not a person even when capitalised mid-sentence."""
    parses = _known(word)
    if not parses:
        return False
    grams = parses[0].tag.grammemes
    # (a neuter thing's noun in every reading is no surname: "в нынешнем Послании подчеркнул"; a short one may
    # be a name's syllable: "– заявил Си", a note's name too)
    return bool({"Geox", "Orgn"} & grams) or "NOUN" not in grams \
        or (len(word) >= 5 and all({"NOUN", "inan", "neut"} <= p.tag.grammemes for p in parses))


def _known_function_word(word: str) -> bool:
    """A function word or adverb the dictionary knows ("Леко", which it only guesses an adverb, is not)."""
    return bool(_known(word)) and _function_word(word, adverbs=True)


# capitals after a small letter, two or more: an organisation's acronym ("КазТАГ", "ЕАЭС" is all capitals and
# another matter); a name has one capital inside at most ("МакКейн", "ДиКаприо")
_ACRONYM_INSIDE = re.compile(r"[а-яёәғқңөұүһіa-z][А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{2}")
_RU_GENERATION = re.compile(r"-(младш|старш)(ий|его|ему|им|ем)$")  # "Спенс-младший", "Буш-старший"
_GENERATION_CASE_ENDS = {"его": ("а", "я"), "ему": ("у", "ю"), "им": ("ом", "ем")}  # its case's ends on a name
# a Kazakh word of respect joined to a given name in Russian text: "Нургиса-ага", "Бибигуль-апа", "Абай-ата"
_RU_HONORIFIC = re.compile(rf"-(?:{KK_RESPECT_WORDS}|ага|агай|аже|апке)$")  # (and their Russian spellings)


# an adjective of place in any case of a man's title: "Каскеленский", "Астанайского", "Уральским"
_RU_SEE = re.compile(r"(?:[сц]к)(?:ий|ой|ого|ому|им|ом)$")


def _natasha_person(surface: str, words: list[str], start: int, end: int, at_start: bool = True,
                    after_title: bool = False) -> Mention | None:
    """A person from one natasha PER span. Away from a sentence's start a capital already marks a name,
    so a capitalised dictionary word there ("Куниц", "Де" in "Франк Де Блекере") is kept; at the start
    ("Для представителей", "Из Москвы") it is the dictionary word."""
    if words and (gen := _RU_GENERATION.search(words[-1])) and gen.start() > 2:
        # "Эррола Спенса-младшего": the name is read without the word of generation, which then joins the
        # surname in the nominative ("Спенс-младший"); a lone "Спенс" is joined to it (`_join_full_name`)
        cut = len(words[-1]) - gen.start()
        m = _natasha_person(surface[:-cut], [*words[:-1], words[-1][:-cut]], start, end - cut, at_start,
                            after_title)
        if m is None or not m.surname:
            return None
        if (ends := _GENERATION_CASE_ENDS.get(gen.group(2))) is not None:
            # the word of generation says the case, which a foreign name no dictionary knows keeps as written:
            # "Эррола Спенса-младшего" is Эррол Спенс
            if m.given and m.given == names.cap(words[0]) and (g := _case_stripped(m.given, ends)):
                m.given = g
            if m.surname == names.cap(words[-1][:-cut]) and (s := _case_stripped(m.surname, ends)):
                m.surname = s
        m.end, m.surface, m.surname = end, surface, f"{m.surname}-{gen.group(1)}ий"
        return m
    if len(words) == 1 and (honour := _RU_HONORIFIC.search(words[0])) and _PLAIN_NAME.fullmatch(given := words[0][
            :honour.start()]) and names.dictionary_tags(given) <= {"name"}:
        # "«Нургиса-ага писал так...»": a given name with a word of respect, as a pupil speaks of his teacher;
        # the person is the one the article names with it (`_coref`)
        listed = names.ru_given(given)
        return Mention(start, end, surface, "person", "ru", given=listed[0] if listed else given, source="natasha")
    tail = _TRAILING_INITIALS.search(surface)
    if tail and len(words) > 1 and tail.start() > 0:
        # "Назарбаев Н.А.", "Токаев К.К.": a surname and the initials of the given name and patronymic
        sur = surface[:tail.start()].strip()
        if _PLAIN_NAME.fullmatch(sur) and tail.group(0).count(".") == 1 \
                and (g := names.ru_given(sur)) is not None and g[1] and not names.is_surname_shaped(sur):
            # "жительница Шымкента Гульмира С.", "задержанный Марат А.": a given name and one initial, the
            # surname's, as crime news hides who someone is
            return Mention(start, start + len(sur), sur, "person", "ru", given=g[0], source="natasha")
        if _PLAIN_NAME.fullmatch(sur):
            return Mention(start, start + len(sur), sur, "person", "ru", surname=_ru_surname(sur),
                           initial=tail.group(1), source="natasha")
    if _INITIALS_SURNAME.fullmatch(surface):
        return None  # "Б. Калиевым": initials and a surname are the rules' (`_initialled_surname`)
    if len(words) == 1 and words[0].lower() in _HONORIFICS:
        return None  # "Кажы обратился к верующим": the pilgrim's word of honour alone, as one says "the mufti"
    if len(words) == 1 and words[0].lower().rstrip(".") in _INTERVIEWER_ABBREVIATIONS:
        return None  # "Корр.: ...?": the correspondent's label, no one's name
    if any(not re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?", w) for w in words) or _INITIALS_ONLY.fullmatch(surface):
        return None  # "Раскассэ (Rascasse)": not a name as written; "Е. К.": initials, see `_initials_only`
    if outlet_named(surface) or any(_ACRONYM_INSIDE.search(w) for w in words):
        # "Ранее КазТАГ сообщал", "сказал Азаттыку", "Tengrinews": an outlet (in any case) or a mixed-case
        # acronym, no one's name
        return None
    if len(words) > 1 and words[-1].isupper() and len(words[-1]) > 1 and names.ru_given(words[0]) is None \
            and words[-1].capitalize() not in _east_asian_surnames():
        # "начальник Карасайского РОП", "Медеуского УП": a place's adjective before a police unit's acronym,
        # which natasha reads as a name; after a given name, capitals are a surname as a list prints it
        # ("Дархан ИБРАЕВ")
        return None
    if len(words) > 1 and outlet_named(words[-1]):
        # "В акимате Алматы Азаттыку ответили": the outlet spoken to ends the span; the rest is judged alone
        rest = surface[:surface.rindex(words[-1])].rstrip()
        return _natasha_person(rest, words[:-1], start, start + len(rest), at_start, after_title)
    # a compound title opens the span ("Юрист-конституционалист Зауре Нуртаева", "Эксперт-международник ..."),
    # or natasha takes in the word that opens the sentence ("Всё-таки Проди", "Из Москвы"): no name, and the
    # rest is judged on its own, now away from the start
    title = ("-" in words[0] and words[0].split("-")[1][:1].islower() and _is_position(words[0])) \
        or _unknown_title(words[0])  # "Зоозащитница Алия Ким"
    if len(words) > 1 and (title or (at_start and _function_word(words[0], adverbs=True))):
        rest = start + surface.index(words[1], len(words[0]))
        return _natasha_person(surface[rest - start:], words[1:], rest, end, False, after_title=title)
    if len(words) == 2 and after_title and _RU_SEE.search(words[0]) and names.ru_given(words[0]) is None \
            and not names.dictionary_tags(words[0]) & {"surname", "name"} and names.ru_given(words[1]) is not None:
        # "Епископ Каскеленский Геннадий": after a title, an adjective of place (a bishop's see) before a given
        # name is the title's, not a surname first (a surname the dictionary knows is: "Ковальский Геннадий")
        rest = start + surface.index(words[1], len(words[0]))
        return _natasha_person(surface[rest - start:], words[1:], rest, end, False, after_title=True)
    if len(words) > 1 and names.dictionary_tags(words[0]) == {"common"} and not names.is_given(words[0]) \
            and not _east_asian_family(words[0]) and len(words[0]) > 3 \
            and ("name" in names.dictionary_tags(words[1]) or names.is_given(words[1])
                 or _east_asian_family(words[1])):
        # "премьер Госсовета Ли Цян", "Либертарианец Йоханнес Кайзер": a word the dictionary knows only as a
        # common noun (the body a title names, a party's man) before a given name is no part of the name
        rest = start + surface.index(words[1], len(words[0]))
        return _natasha_person(surface[rest - start:], words[1:], rest, end, False,
                               after_title=after_title or _is_position(words[0]))
    words = [names.cap(w) if not _particle(w) else w for w in words]
    if len(words) > 1 and _particle(words[0]) and words[0][:1].islower():
        # "заявила фон дер Ляйен", "сказал де Голль": the surname alone, its particles first
        return Mention(start, end, surface, "person", "ru", surname=" ".join([*words[:-1], _ru_surname(words[-1])]),
                       source="natasha")
    if (east := _east_asian(words) or _syllable_name(words)) is not None:
        return Mention(start, end, surface, "person", "ru", surname=east, source="natasha")
    g = names.ru_given(words[0])
    if _declined_before_name(words, g):
        # "школы им. Абая Нурлан Ахметов": a name in a case (an eponym's, or whose) before a given name in the
        # nominative and a surname; the person is the last two
        rest = start + surface.index(words[1][1:], len(words[0])) - 1
        return _natasha_person(surface[rest - start:], surface[rest - start:].split(), rest, end, False)
    if (g is None and len(words) >= 3 and not names.PATRONYMIC_END.search(words[2].lower())
            and ((_body(words[0])
                  and (names.ru_given(words[1]) is not None or names.is_surname_shaped(words[-1], strong=True)
                       or len(words) == 3))
                 or (names.ru_given(words[1]) is not None
                     and (_kz_city(words[0]) or (after_title and _known_non_name(words[0]))))
                 or (_kz_city(words[0]) and names.is_surname_shaped(_ru_surname(words[-1]), strong=True)
                     and not names.is_surname_shaped(_ru_surname(words[1]), strong=True))
                 or (_known_title(words[0]) and not _known_non_name(words[1]))
                 # a bare title that is a given name too ("Аким Ерлан Сыдыков выступил"), before a given name and
                 # a surname
                 or (len(words) == 3 and _is_position(words[0]) and bare_title(words[0])
                     and not names.is_surname_shaped(words[1]) and names.is_surname_shaped(words[2], strong=True))
                 or (len(words) == 3 and names.ru_given(words[1]) is not None
                     and names.is_surname_shaped(words[2], strong=True) and not names.is_surname_shaped(words[0])
                     and "name" not in names.dictionary_tags(words[0])))):
        # natasha takes in a title's last word before a name ("Председатель Мажилиса Ерлан Кошанов",
        # "Заместитель Председателя Правительства Серик Жумангарин", "аким города Жезказгана Жаркынбек
        # Амантаев"; before a given name no list has, a body's: "Депутат Мажилиса Магеррам Магеррамов", and
        # before two words, whatever they are: "Депутат Мажилиса Тлеубике Шапак"), or a
        # region no list has ("профсоюза нефтяников Мангистау Ерлан Жумагалиев": a word that is
        # neither a name nor shaped like a surname before a given name and a surname): the name starts at the
        # given name. A
        # surname before it ("Кошанов Ерлан Жаканович"; "цитирует Хвана Чжан Епа") stays.
        rest = start + surface.index(words[1][1:], len(words[0])) - 1  # `words` are capitalised: find the rest
        return _natasha_person(surface[rest - start:], surface[rest - start:].split(), rest, end, False)
    if len(words) == 1:
        w = words[0]
        if len(w.rstrip(".")) == 1:
            return None  # "гражданин К.": an initial alone keeps a private person anonymous, it names no one
        head, _, after = w.rpartition("-")
        if head and after.islower() and not _particle(w):
            if after in _RU_HYPHEN_PARTICLES:  # "Кудрину-то": the sentence's particle, not the name's
                return _natasha_person(head, [head], start, start + len(head), at_start, after_title)
            if after not in _NAME_AFTER_HYPHEN:
                return None  # "Яндекс-кошельков", "Мураками-бум": a compound noun, whatever its first part names
        if _known_title(w) or (_is_position(w) and not names.is_surname_shaped(w) and _RU_PLURAL_CASE.search(w)):
            # "– подчеркнул Президент": a title, the office's holder if anyone (`offices`); "Акимам
            # необходимо": a title in the plural, which the dictionary does not know ("Акимов" is a surname)
            return None
        if at_start and bare_title(w):
            return None  # "Аким поручил ...": a title that opens the sentence, though "Аким" is also a given name
        if _unknown_title(w):
            return None  # "Экоактивистка, основательница ..."
        if _known_non_name(w) and (at_start or _known_non_person(w)):
            return None  # a capitalised common word at a sentence start ("Для", "Но"), a place, a brand
        if _kz_city(w) and not names.is_surname_shaped(w) and not names.is_given(w):
            return None  # "Алматы", "Шымкента": a city the dictionary does not know ("Сатпаев" is a surname too)
        if g is not None:
            return Mention(start, end, surface, "person", "ru", given=g[0], source="natasha")
        if _clipped_body(w):
            return None  # "По данным Нацфронта", "сотрудники Рыбохраны": a body's clipped compound name
        if names.dictionary_tags(w) == {"name"}:  # "Егора": a given name the lexicon lacks, not a surname
            return Mention(start, end, surface, "person", "ru", given=_foreign_given(w, False, False),
                           source="natasha")
        if len(w) >= 7 and not _known(w) and _RU_PLURAL_END.search(w.lower()):
            return None  # "Викиновостям", "Королёвских": a plural form the dictionary does not know, no one person
        return Mention(start, end, surface, "person", "ru", surname=_ru_surname(w, alone=True), source="natasha")
    if (g is not None or len(words) == 3) and not _PARTICLES.intersection(words[1:-1]):
        # (a particle inside is the surname's: "Мухаммедом бен Сальманом", read below)
        parsed = _person_from_tokens(words, "ru")
        if parsed:
            given, patr, sur = parsed
            return Mention(start, end, surface, "person", "ru", given=given, patronymic=patr, surname=sur,
                           source="natasha")
    if (_known_function_word(words[-1]) and not (len(words) == 2 and words[-1] in _east_asian_surnames()
                                                 and "name" in names.dictionary_tags(words[0]))) \
            or all(_known_non_name(w) for w in words):
        return None  # "Из Москвы", or common words only; "Фелипе Масса" passes though "масса" is a noun, and
        # "Лидия Ли" though "ли" is a particle
    if len(words) == 2 and words[1].lower().endswith(_FEMALE_SURNAME_END) and (
            (not _known(words[0]) and words[0].endswith("а")) or words[0][-1].lower() not in _NOT_CONSONANT):
        # a woman's name in the nominative, not a man's genitive: "Гульдара Нурымова", a given name no list or
        # dictionary knows, in -а (men's names in the genitive are those the lists know, "Ерлана Карина");
        # "Жанат Курмангалиева", a given name in a consonant, which a man's surname declines with ("Жаната
        # Курмангалиева"), whatever the dictionary's likeliest reading of it
        return Mention(start, end, surface, "person", "ru", given=words[0], surname=words[1], source="natasha")
    if (hers := _her_adjective_accusative(words)) is not None:
        return Mention(start, end, surface, "person", "ru", given=hers[0], surname=hers[1], source="natasha")
    if len(words) == 2 and (japanese := _japanese_oblique(words[0], words[1])):
        return Mention(start, end, surface, "person", "ru", given=words[0], surname=japanese, source="natasha")
    # a foreign or rare name ("Ху Цзиньтао", "Кими Райкконена"): first word given, last surname
    surname = _ru_surname(words[-1], _female_given(words[0]))
    # a son's surname that never declines ("Несипбека Айтулы", "Ильхама Алиев оглы") says a man is named, whose
    # given name then declines as a man's does, as beside a declined surname
    son = words[-1].lower().endswith(("улы", "ұлы", "оглы", "уулу")) and len(words[-1]) > 5
    if _his_nominative(words[0], words[-1]) and surname == words[-1]:
        given = words[0]  # "Софы Сматаев": no woman's "Софа" in the genitive beside a man's nominative
    else:
        given = _foreign_given(words[0], declined=surname != words[-1] or son, dropped_a=words[-1] == surname + "а")
    if given == words[0] and len(words) == 2 and words[-1].lower().endswith(_RU_HER_OBLIQUE) \
            and surname != words[-1] and _female_given(given) is None and not names.is_given(given) \
            and (ending := next((e for e in ("ой", "ы", "е") if given.endswith(e)), None)) \
            and len(given) - len(ending) >= 3 and given[-len(ending) - 1] not in _NOT_CONSONANT:
        # "с Биботой Асаубаевой": beside her declined surname, a woman's name no list or dictionary knows is in
        # her surname's case, as a name in -а declines ("Бибота")
        given = given[:-len(ending)] + "а"
    if given == words[0] and surname != words[-1] and not any("Name" in p.tag.grammemes for p in names.parse(given)):
        g2, s2 = _both_declined(words[0], words[-1])
        if g2 != given and s2 == surname:
            given = g2  # "интервью Такеру Карлсону": a given name no dictionary knows, in the surname's case
    if given == words[0] and len(words) == 2 and given.endswith("ом") \
            and (words[1][-1:] in _RU_UNDECLINED_END or (surname != words[1] and words[1].endswith(("ом", "ем")))) \
            and len(given) >= 5 and given[-3] not in _NOT_CONSONANT \
            and not any("nomn" in p.tag.grammemes for p in names.parse(given) if "Name" in p.tag.grammemes):
        given = given[:-2]  # "Тоддом Боэли", "Джейкобом Элорди": beside a surname that never declines, the
        # instrumental shows on the given name only, and no given name ends so in the nominative; beside one read
        # in the instrumental, the given name is in it too ("Орсоном Уэллсом")
    if given != words[0] and surname != words[-1] and not _cases_agree(words[0], words[-1]):
        given, surname = words[0], words[-1]  # "Хикару Накамура": no dative beside a genitive, so neither
    if surname == words[-1] and given != words[0] and not _female_given(given):
        # "Рихарда Вагнера", "Бориса Стругацких"
        surname = _declined_like(words[0], given, _ru_surname(words[-1], False, declined=True))
        if surname == words[-1] and len(words) == 2 and surname[-1].lower() not in _NOT_CONSONANT \
                and words[0][-1:].lower() in "ая":
            # "Кая Каллас назвала": a man's surname in a consonant declines with his name ("Кая Калласа"); one
            # that does not is a woman's, and the given name as written is hers
            given = words[0]
    elif surname == words[-1] and given == words[0] and len(words) == 2:
        given, surname = _both_declined(given, surname)  # "Олафом Шольцем", "Джареду Лофнеру"
    elif given == words[0] and len(words) > 2 and words[1].lower() in ("бен", "бин", "ибн"):
        # "Тамимом бен Хамадом (Аль Тани)": the father's name after "son of" declines with the given name
        given, father = _both_declined(given, words[2])
        if len(words) == 3 and surname == words[-1]:
            surname = father
    if surname == words[-1]:
        surname = _ia_surname(surname)  # "мексиканца Хайме Мунгию", "Лаврентия Берии"
    if surname == words[-1] and len(words) == 2 and (a := _a_surname_genitive(words[0], surname)):
        given, surname = words[0], a  # "Фумио Кисиды", "Паулу Соузы": see `_a_surname_genitive`
    if surname == words[-1] and given != words[0] and _female_given(given):
        surname = _her_surname_declined(words[0], surname)  # "Джессики Пегулы", "Джессикой Пегулой"
    patr = words[1] if len(words) == 3 and names.PATRONYMIC_END.search(words[1].lower()) else None
    lead = len(words) - 1
    while lead > 1 and words[lead - 1].lower() in _PARTICLES:
        lead -= 1  # "Марин Ле Пен", "Массимо Де Сантис": the particle belongs to the surname
    if lead < len(words) - 1 and surname == words[-1] and (ending := next(
            (e for e in ("ой", "ы") if surname.endswith(e)), None)) and len(surname) - len(ending) >= 3 \
            and surname[-len(ending) - 1] not in _NOT_CONSONANT:
        # "с Жоао Пауло да Силвой", "Лулы да Силвы": a surname in -а after a particle declines as a woman's noun
        # does, for him too (no nominative after "да", "дос", "ди" ends in -ой or -ы)
        surname = surname[:-len(ending)] + "а"
    surname = " ".join([*words[lead:-1], surname])
    return Mention(start, end, surface, "person", "ru", given=given, patronymic=patr, surname=surname,
                   source="natasha")


def _her_adjective_accusative(words: list[str]) -> tuple[str, str] | None:
    """A woman's name in the accusative with a surname declined as an adjective ("арестовал Юлию Навальную"):
    "-ую" is hers only, so her given name is the dictionary's woman's reading ("Юлию" is also Юлий's dative).
    (given, surname) in the nominative, or None."""
    if len(words) != 2 or not words[1].lower().endswith("ую") or len(words[1]) < 6:
        return None
    reading = next((p for p in names.parse(words[0]) if {"Name", "femn", "accs", "sing"} <= p.tag.grammemes
                    and p.is_known), None)
    nominative = reading.inflect({"nomn"}) if reading is not None else None
    return (names.cap(nominative.word), words[1][:-2] + "ая") if nominative else None


# the lower-case parts a hyphen joins to a name: a Russian particle, which is no part of it ("Кудрину-то"), and
# the parts of Turkic, Persian and Arabic names and honorifics, which are ("Мамед-заде", "Туркмен-баши")
_RU_HYPHEN_PARTICLES = frozenset(["то", "ка", "таки", "либо", "нибудь", "де"])
_NAME_AFTER_HYPHEN = frozenset(["заде", "оглы", "оглу", "кызы", "улы", "ұлы", "қызы", "бек", "хан", "паша", "ага",
                                "баши", "шах", "али", "бей"])


def _clipped_body(word: str) -> bool:
    """A body's or a company's compound name of a clipped part and a common noun ("Нацфронта", "Рыбохраны",
    "Росгеология"; `ru_clipped_prefixes.txt`), which natasha may tag a person. A word shaped like a surname
    is not one ("Мингазов", "Белоусов": the rest is a noun there too)."""
    low = word.lower()
    if names.is_surname_shaped(word) or "-" in low:
        return False
    for prefix in data_stems("ru_clipped_prefixes.txt"):
        rest = low[len(prefix):]
        if low.startswith(prefix) and len(rest) >= 4 and _known_non_name(rest) \
                and "NOUN" in _known(rest)[0].tag.grammemes:
            return True
    return False


# a declined given name's ending, the case it marks, and how a surname in that case ends and what it
# ends in the nominative: "Джареду Лофнеру", "Владимиром Крамником", "Олафом Шольцем", "Игоря Гоголя"
_GIVEN_CASE = {"а": "gen", "я": "gen", "у": "dat", "ю": "dat", "ом": "ins", "ем": "ins", "ём": "ins"}
# (a man's surname in -а declines as a woman's noun does: "Владимира Варнавы" is Варнава)
_SURNAME_IN_CASE = (("ом", "ins", ""), ("ем", "ins", "ь"), ("у", "dat", ""), ("ю", "dat", "ь"), ("а", "gen", ""),
                    ("я", "gen", "ь"), ("ы", "gen", "а"))
_HUSHING = "жшчщц"
_ADJECTIVE_OBLIQUE = ("ского", "цкого", "скому", "цкому", "ским", "цким")
_ADJECTIVE_ENDS = ("ого", "его", "ому", "ему", "ым", "им", "ой", "ей")


def _declined_like(given_word: str, given: str, surname: str) -> str:
    """The nominative of a man's surname the dictionary cannot decline ("Лофнеру", "Маковского", "Шольцем"),
    read off the given name beside it, which is in the same case: "Джареду Лофнеру" is dative because
    "Джареду" is. A surname the dictionary knows as written in the nominative stays ("Ивану Шойгу")."""
    low = surname.lower()
    shared = len(given) - 1 if given_word.startswith(given[:-1]) and not given_word.startswith(given) else len(given)
    case = _GIVEN_CASE.get(given_word[shared:].lower())
    if case == "dat" and given[-1:].lower() in "ая":
        case = "gen"  # "Вспомним Мустафу Шокая": a man's name in -а takes -у in the accusative, which is the
        # genitive of his surname ("Мустафе Шокаю" is the dative)
    if given_word != given and case == "ins" and low.endswith(("иным", "ыным")) and len(low) > 6:
        return surname[:-2]  # "Григорием Карасиным": a surname in -ин, not an adjective in -ым
    if given_word != given and ((case == "gen" and low.endswith(("у", "ию"))) or (case == "ins" and low.endswith(
            ("ой", "ией")))) and not names.ru_known(low) and len(low) >= 5 \
            and (low.endswith(("ию", "ией")) or low[-3 if case == "ins" else -2] not in _NOT_CONSONANT):
        # a man's surname in -а, -ия declined as a noun is ("победил Майкла Зерафу", "бой с Эриком Бумапой",
        # "Мигеля Гарсию"): his accusative takes -у, his instrumental -ой, which no man's surname in a consonant
        # or an adjective's takes
        return surname[:-1] + ("я" if low.endswith("ию") else "а") if case == "gen" \
            else surname[:-2] + ("я" if low.endswith("ией") else "а")
    if given_word != given and low.endswith(_ADJECTIVE_ENDS) and not names.PATRONYMIC_END.search(low):
        return names.adjective_nominative(surname, False)  # "Яна Непомнящего"; "Долгорукому" if unknown
    if given_word == given or names.PATRONYMIC_END.search(low) or low.endswith(_ADJECTIVE_ENDS) \
            or any("Surn" in p.tag.grammemes and "nomn" in p.tag.grammemes and p.is_known
                   for p in names.parse(surname)):
        return surname  # also a patronymic ("Евгения Степановна") or a declined adjective ("Долгорукому")
    if case == "gen" and low.endswith("и") and len(low) >= 5 and low[-2] in "кгх" \
            and low[-3] not in "с" + _NOT_CONSONANT and low[-3] != low[-2]:
        return surname[:-1] + "а"  # "Петра Мацинки" is Мацинка: after к, г, х Russian writes -и for the -ы of
        # the table's genitive
    for end, end_case, nominative in _SURNAME_IN_CASE:
        stem = surname[: len(surname) - len(end)]
        if case == end_case and low.endswith(end) and len(stem) >= 3 and nominative == "ь" \
                and stem[-1].lower() in "аеоуэ":
            return stem + "й"  # "Хамидом Карзаем" is Карзай
        if case == end_case and low.endswith(end) and len(stem) >= 3 and stem[-1].lower() not in _NOT_CONSONANT:
            if nominative == "ь" and stem[-1].lower() in _HUSHING:
                nominative = ""  # "Шольцем" is Шольц
            return stem + nominative
    return surname


def _case_stripped(word: str, ends: tuple[str, str]) -> str | None:
    """A foreign name without the hard or the soft form of one case's ending ("Шольцем" -> "Шольц", "Лофнеру"
    -> "Лофнер", "Гутеррешем" -> "Гутерреш"), or None when it does not end so after a consonant."""
    end = next((e for e in ends if word.endswith(e)), None)
    stem = word[: len(word) - len(end)] if end else ""
    if len(stem) < 3 or stem[-1].lower() in _NOT_CONSONANT:
        return None
    return stem + ("ь" if end == ends[1] and stem[-1].lower() not in _HUSHING else "")


def _both_declined(given: str, surname: str) -> tuple[str, str]:
    """A foreign name neither word of which the dictionary knows, both in the instrumental ("Олафом
    Шольцем") or the dative ("Джареду Лофнеру"): both lose the ending. The genitive is left alone, as
    a woman's name ends so in the nominative ("Джессика Альба"), and so is a given name the dictionary
    knows in the nominative ("Хазем Касем" is no "Хазь Кась")."""
    if any("Name" in p.tag.grammemes and "nomn" in p.tag.grammemes for p in _known(given)):
        return given, surname
    for ends in (("ом", "ем"), ("у", "ю")):
        g, s = _case_stripped(given, ends), _case_stripped(surname, ends)
        if g and s:
            return g, s
    soft = given[:-1] + "ь"
    if given.endswith("я") and len(given) > 4 and given[-2] not in _NOT_CONSONANT and len(surname) > 3 \
            and not surname.lower().endswith(("ова", "ева", "ёва", "ина", "ына", "ой", "ей")) \
            and (names.is_given(soft) or any("Name" in p.tag.grammemes for p in _known(soft))):
        # the genitive of a name in -ь, which only a man's declines ("Эммануэля Макрона", "Рафаэля Гросси"
        # is no woman's: Эммануэль, Мишель as hers never change), and of his surname: in a consonant
        # ("Макрона"), in -а ("Даниэля Ортеги", "Мишеля Варнавы"), or one that never declines ("Барнье")
        low = surname.lower()
        if low.endswith("а") and low[-2] not in _NOT_CONSONANT:
            return soft, surname[:-1]
        if low.endswith("ы") or (low.endswith("и") and low[-2] in "кгхжшчщ"):
            return soft, surname[:-1] + "а"
        if low[-1] in _RU_UNDECLINED_END:
            return soft, surname
    return given, surname


def _her_surname_declined(given_word: str, surname: str) -> str:
    """The nominative of a woman's foreign surname in -а the dictionary does not know, declined as her given
    name is: "Джессики Пегулы" and "Джессикой Пегулой" are Пегула. Only the genitive in -ы and the
    instrumental in -ой, which no nominative of a surname ends in; her accusative in -у is left, as
    surnames that do not decline end so ("Майю Санду"), and so is a genitive in -и ("Джорджи Мелони")."""
    low, given_low = surname.lower(), given_word.lower()
    for given_end, end in (("ы", "ы"), ("и", "ы"), ("ой", "ой"), ("ей", "ой")):
        if given_low.endswith(given_end) and low.endswith(end) and len(low) - len(end) >= 3 \
                and low[-len(end) - 1] not in _NOT_CONSONANT and not names.ru_known(low):
            return surname[: len(surname) - len(end)] + "а"
    return surname


def _ia_surname(word: str) -> str:
    """The nominative of a surname in -ия the dictionary does not know, written in another case: "Мунгию",
    "Берии", "Шенгелией" (Georgian and Spanish names decline like "линия"). No surname ends so in the
    nominative; a man's in -ий declines to -ия, -ию, -ием only where the dictionary knows it."""
    low = word.lower()
    end = next((e for e in ("ию", "ии", "ией") if low.endswith(e)), None)
    if end is None or len(word) - len(end) < 3 or names.ru_known(low):
        return word
    return word[: len(word) - len(end)] + "ия"


def _a_surname_genitive(given: str, surname: str) -> str | None:
    """The nominative of a foreign surname in -а written in the genitive after a given name that never
    declines ("Фумио Кисиды", "Хикару Накамуры", "Паулу Соузы" are Кисида, Накамура, Соуза): no foreign
    surname ends in a consonant and -ы in the nominative, and "Паулу", "Хикару" are no dative beside a
    genitive. Not a Kazakh surname that ends so ("Абайкызы", "Сатыбалды", a given name as well), nor a
    surname the dictionary knows."""
    low = surname.lower()
    if given[-1:].lower() not in "оуэе" or not low.endswith("ы") or len(low) < 4 or low[-2] in _NOT_CONSONANT \
            or low.endswith(("улы", "ұлы", "кызы", "қызы")) or names.is_given(surname) or _known(surname):
        return None
    return surname[:-1] + "а"


# a word of Japanese syllables as Russian writes them (Polivanov's system): a consonant or "дз" before each
# vowel, or a syllabic "н" ("Синдзо", "Хикару", "Накамура", "Исиба"); no cluster, no other final consonant
_JAPANESE_SHAPE = re.compile(r"(?:(?:дз|[кгсзтдцнхбпмрвфшчжй])?[аиуэоеёюя]|н(?![аиуэоеёюя])ъ?)+", re.IGNORECASE)


def _japanese_oblique(given: str, surname: str) -> str | None:
    """The nominative of a Japanese surname in -а written in a case after a given name, which never declines
    ("обыграл Хикару Накамуру", "поддержал Сигэру Исибу", "с Рю Нагаямой", "Фумио Кисиде" are Накамура, Исиба,
    Нагаяма, Кисида; the genitive is `_a_surname_genitive`'s): no Japanese surname ends in a consonant, so the -у
    is no dative of "Накамур" (as "Такеру Карлсону" is Карлсон's), and "Хикару" no dative of a "Хикар". Both
    words are of Japanese syllables, the surname's nominative too; not a surname the dictionary knows, nor a
    given name the lists or the dictionary know only in another form ("Тадею Погачару": Тадей's dative)."""
    low = surname.lower()
    ending = next((e for e in ("ой", "у", "е") if low.endswith(e)), None)
    listed = names.ru_given(given)
    if ending is None or len(surname) - len(ending) < 3 or _known(surname) \
            or (listed is not None and (listed[0] != given or not listed[1])) \
            or any(p.is_known and "Name" in p.tag.grammemes and "nomn" not in p.tag.grammemes
                   for p in names.parse(given)[:1]):
        return None
    nominative = surname[:-len(ending)] + "а"
    if not (_JAPANESE_SHAPE.fullmatch(given) and _JAPANESE_SHAPE.fullmatch(nominative)) \
            or given.lower().endswith("е") or names.is_surname_shaped(nominative):
        # ("Исе Ямадаеву": Иса's dative, and a surname in -ев; Russian writes a Japanese final e as "э")
        return None
    return nominative


def _instrumental_surname(text: str, m: Mention) -> bool:
    """A foreign surname in the instrumental after a given name in a vowel that never declines ("с
    генеральным секретарем ООН Антониу Гутеррешем"): nothing in the name says its case ("Али Салем заявил" is
    the nominative), so only a preposition or the title before it can, and then the ending comes off. Whether
    it came off."""
    if not (m.kind == "person" and m.lang == "ru" and m.given and m.surname and not m.patronymic
            and m.given[-1:].lower() in _RU_UNDECLINED_END and len(m.surface.split()) == 2
            and m.surface.endswith(m.surname)):
        return False
    if _instrumental_cue(text, m):
        written, m.surname = m.surname, _case_stripped(m.surname, ("ом", "ем")) or m.surname
        return m.surname != written
    return False


def _instrumental_cue(text: str, m: Mention) -> bool:
    """Whether what stands before a name puts it in the instrumental: the preposition "с", or its title read so
    ("с генеральным секретарем ООН", "премьер-министром Италии")."""
    before = word_before(text, m.start).lower().strip(",«")
    title = next((w for w in reversed((m.role or "").split()) if _is_position(w)), None)
    return before in ("с", "со") or bool(title and any("ablt" in p.tag.grammemes for p in names.parse(title)[:1]))


def _two_words_as_written(m: Mention) -> list[str] | None:
    """The two words of a Russian person's name read as written, given name then surname, with no gazetteer
    actor: what `_her_instrumental` and `_her_accusative` may re-read in another case. None for any other."""
    words = m.surface.split()
    if m.kind == "person" and m.lang == "ru" and len(words) == 2 and m.given == words[0] and not m.actor \
            and m.surname == words[1]:
        return words
    return None


def _her_instrumental(text: str, m: Mention) -> bool:
    """A woman's name in -а/-я no list or dictionary knows, in the instrumental beside a surname that never
    declines for her, after a preposition or a title that says the case: "с верховным представителем ЕС Каей
    Каллас" is Кая, "премьер-министром Италии Джорджей Мелони" Джорджа. A man's surname in a consonant would
    decline with his name ("Калласом"); without the cue a name in "-ей" is a nominative ("Гергей Ковач").
    Whether it was re-read."""
    words = _two_words_as_written(m)
    if words is None or not (words[0].endswith(("ей", "ой")) and len(words[0]) >= 4):
        return False
    low = m.surname.lower()
    if names.is_given(m.given) or low.endswith(_RU_HIS_NOMINATIVE) \
            or (low[-1] in _NOT_CONSONANT and low[-1] not in _RU_UNDECLINED_END) \
            or any("Name" in p.tag.grammemes and p.is_known and {"nomn", "sing"} <= p.tag.grammemes
                   for p in names.parse(m.given)) or not _instrumental_cue(text, m):
        return False
    stem = m.given[:-2]
    m.given = stem + ("а" if words[0].endswith("ой") or stem[-1] in "жшчщц" else "я")
    return True


def _her_accusative(text: str, m: Mention) -> bool:
    """A woman's surname in the accusative ("-ову", "-еву", "-ину") after a title only a woman holds, in that case,
    beside a given name no list knows, kept as written: "журналистку Айтолкын Жаксыбаеву" is Жаксыбаева (a man's
    dative reads the same, and nothing else told them apart). Whether it was re-read."""
    words = _two_words_as_written(m)
    if words is None or not words[1].lower().endswith(("ову", "еву", "ёву", "ину", "ыну")):
        return False
    before = _clause_words_before(text, m.start, 40)[-1:]
    if not before or not _her_title(before[0]) or "accs" not in _title_cases(before[0]):
        return False
    m.surname = words[1][:-1] + "а"
    return True


def _prepositional_misread(text: str, m: Mention) -> bool:
    """A foreign surname in -е the dictionary read as a known surname's prepositional ("Ги Буше" as Буш's)
    after a given name that never declines: the prepositional needs a preposition, which the clause before the
    name then has ("о бывшем президенте США Джо Байдене"), or the title's own prepositional ("наставнике"); with
    neither ("Наставник омичей Ги Буше остался недоволен") the surname is as written. Whether it was re-read."""
    words = m.surface.split()
    if not (m.kind == "person" and m.lang == "ru" and len(words) == 2 and m.given == words[0] and not m.actor
            and m.given[-1:].lower() in _RU_UNDECLINED_END and words[1].endswith("е") and m.surname == words[1][:-1]):
        return False
    for w in _clause_words_before(text, m.start, 80)[-6:]:
        parses = names.parse(w.lower().strip("«»\"“”"))
        if parses and (parses[0].tag.POS == "PREP" or "loct" in parses[0].tag.grammemes):
            return False
    m.surname = words[1]
    return True


# what ends a clause before a name: a stop, a comma, a colon, a bracket, a guillemet, a dash, a line's end
_CLAUSE_BREAK = re.compile(r"[.,;:!?()«»\n—–]")


def _clause_words_before(text: str, start: int, reach: int) -> list[str]:
    """The words of the clause that runs up to `start`, looked for within `reach` characters back: where a
    title or a verb before a name stands ("Директор фестиваля Альберто Барбера", "Как отметила вице-министр
    ... Евгения Богатырева")."""
    return _CLAUSE_BREAK.split(text[max(0, start - reach):start])[-1].split()


def _nominative_after_title(text: str, m: Mention) -> str | None:
    """A foreign name read as a genitive right after a title in the nominative and its own complement
    ("Директор фестиваля Альберто Барбера отметил", "Премьер-министр Италии Джорджа Мелони"): the title gives
    the case, so what was read as a genitive is as written: a surname in -а/-я beside a given name that does
    not decline, a given name in -а beside a surname that does not ("Мелони"). Not after a bare title, whose
    genitive says whose it is ("Помощник Джорджа Клуни"). The title, when it was re-read so."""
    words = m.surface.split()
    if not (m.kind == "person" and m.lang == "ru" and len(words) == 2 and m.given and m.surname and not m.actor):
        return None
    surname_read = m.given == words[0] and m.surname != words[1] and words[1][-1:] in "ая"
    # (or already re-read by her verb, `_her_verb`: a given name the dictionary knows no woman's nominative of)
    given_read = (m.given != words[0] or not _female_reading(words[0])) and words[0][-1:] in "ая" \
        and m.surname == words[1] and words[1][-1:] in "иоеуюэ"
    if not (surname_read or given_read):
        return None
    before = _clause_words_before(text, m.start, 80)[-4:]
    k = next((k for k in range(len(before) - 1, -1, -1) if _is_position(before[k])), None)  # "Директор фестиваля"
    if k is None or k == len(before) - 1 or not _nominative_title(before[k]) or names.ru_pos(before[k]) != "NOUN" \
            or _thing_first(before[k]):
        return None  # ("премьера оперы Латыфа Хамиди": a premiere, no title, and the name in the genitive)
    m.given, m.surname = words
    while k and _ru_title_modifier(before[k - 1]):
        k -= 1  # "Бывший премьер-министр Италии"
    return " ".join(before[k:])


def _his_genitive(m: Mention) -> bool:
    """A man's name in the genitive or accusative read as a woman's nominative, when a name no list knows ends
    in -а ("министра транспорта Узбекистана Ильхома Махкамова"): the title before it, a man's noun with no
    nominative reading, gives its case, and both words lose the -а; before a surname that never declines the
    given name alone ("бывшего мэра Стамбула Экрема Имамоглу"). A name in -ы is a genitive of one in -а,
    whoever bears it ("лидера талибов Хайбатуллы Ахундзады"), and a surname alone in a consonant and -а that
    no dictionary knows is a man's in that case ("боксера Усика"). Whether they did."""
    words = m.surface.split()
    if not (m.kind == "person" and m.lang == "ru" and not m.actor and words and m.surname == words[-1]):
        return False
    if len(words) == 1 and not m.given and _his_genitive_surname(words[0]) and _masculine_oblique_title(m.role):
        m.surname = words[0][:-1]
        return True
    if not (len(words) == 2 and m.given == words[0]):
        return False
    if all(_genitive_of_a(w) for w in words) and _masculine_oblique_title(m.role):
        m.given, m.surname = words[0][:-1] + "а", words[1][:-1] + "а"
        return True
    if not words[0].endswith("а"):
        return False
    fixed = words[1][-1:] in _RU_UNDECLINED_END and not _female_reading(words[0])
    # ("премьер-министра Навафа Салама": a foreign surname no dictionary knows, in a consonant and -а, or knows
    # only in a case, "чемпиона Белала Мухаммада"; no woman's name ends so in the genitive)
    foreign = len(words[1]) > 4 and words[1].endswith("а") and words[1][-2] not in _NOT_CONSONANT \
        and not any("nomn" in p.tag.grammemes for p in _known(words[1])) and not _female_reading(words[0]) \
        and words[0][-2] not in _NOT_CONSONANT
    if not ((words[1].endswith(("ова", "ева", "ина")) or fixed or foreign) and not names.is_given(words[0])
            and not names.is_woman_or_genitive(words[0])):
        return False
    if _masculine_oblique_title(m.role):
        m.given, m.surname = words[0][:-1], words[1] if fixed else words[1][:-1]
        return True
    return False


def _masculine_oblique_title(role: str | None) -> bool:
    """Whether a Russian role's head, its first title word, is a man's noun with no nominative reading
    ("чемпиона", "министра"; "Адвокат активиста Жанара Балгабаева": the lawyer's case)."""
    title = next((w for w in (role or "").split() if _is_position(w)), None)
    parses = [p for p in names.parse(title) if p.tag.POS == "NOUN"] if title else []
    return bool(parses) and all("masc" in p.tag.grammemes and not {"nomn", "plur"} & p.tag.grammemes
                                for p in parses)


def _genitive_of_a(word: str) -> bool:
    """A name in -ы after a consonant that the dictionary knows in no nominative ("Хайбатуллы", "Ахундзады"):
    the genitive of a name in -а."""
    return len(word) > 4 and word.endswith("ы") and word[-2] not in _NOT_CONSONANT \
        and not any("nomn" in p.tag.grammemes and "plur" not in p.tag.grammemes for p in _known(word))


def _his_genitive_surname(word: str) -> bool:
    """A surname alone in a consonant and -а that the dictionary knows in no nominative, nor is it a woman's
    Russian shape ("Усика", "усик"'s genitive to it; not "Петрова")."""
    low = word.lower()
    return len(low) > 4 and low.endswith("а") and low[-2] not in _NOT_CONSONANT \
        and not any("nomn" in p.tag.grammemes for p in _known(word)) \
        and not low.endswith(("ова", "ева", "ёва", "ина", "ына", "ская", "цкая"))


# a foreign name that ends so never declines: "Имамоглу", "Абдельатти", "Антониу", "Тодд ... Боэли"
_RU_UNDECLINED_END = frozenset("оуиеэю")


def _is_female(given: str) -> bool:
    """A given name's gender: the dictionary's when it knows the name ("Иса" is a man's), else its ending."""
    female = _female_given(names.cap(names.fold(given)))
    return names.is_female_given(given) if female is None else female


def _east_asian_surnames() -> frozenset[str]:
    return data_words("east_asian_surnames.txt")


def _east_asian_family(word: str) -> str | None:
    """The East Asian family name a word is, in the nominative or with a Russian case ending ("Кима")."""
    if word in _east_asian_surnames():
        return word
    end = _RU_NOUN_CASE.search(word)
    return word[: end.start()] if end and word[: end.start()] in _east_asian_surnames() else None


def _east_asian(words: list[str], lang: str = "ru") -> str | None:
    """"Си Цзиньпин", "Ким Чен Ына", "Мун Чжэ Ином", "Ван И": the family name first, the given name's syllables
    after it (none a Russian given name or surname; one letter only as a syllable of its own, `_EAST_ASIAN_ONE`).
    The name is kept whole as written, its last syllable in the nominative, so that no syllable passes for a
    surname ("Ын") or the family name for a given name. Kazakh declines the last syllable with its own endings
    ("Ли Цянмен", "Си Цзиньпинге"), and the family name never."""
    family = _east_asian_family(words[0]) if lang == "ru" else (words[0] if words[0] in _east_asian_surnames()
                                                                 else None)
    if family is not None and family != words[0] and not words[-1].endswith(words[0][len(family):]):
        family = None  # "Кима Чен Ира": declined, the family name and the last syllable alike
    one = len(words) == 2 and words[1] in _EAST_ASIAN_ONE
    if not 2 <= len(words) <= 3 or family is None or len(words[-1]) > 11 \
            or any(_latin(w) for w in words) or any(_is_position(w) for w in words[1:]) \
            or any(names.is_surname_shaped(w, strong=True) for w in words[1:]) \
            or any(names.is_surname_shaped(names.kk_base(w) if lang == "kk" else names.ru_surname_nominative(
                w, None, True), strong=True) for w in words[1:]) \
            or ("name" in names.dictionary_tags(words[0]) and not all(_EAST_ASIAN_SYLLABLES.fullmatch(w.lower())
                                                                        for w in words[1:])) \
            or (len(words) == 2 and not one
                and (names.ru_given(words[1]) or names.is_given(words[1]) or (
                    "name" in names.dictionary_tags(words[1]) and any(
                    {"Name", "sing"} <= p.tag.grammemes and "voct" not in p.tag.grammemes
                    for p in names.parse(words[1]))))) \
            or (len(words) == 3 and (len(words[1]) > 4 or len(words[2]) > 6)) \
            or any(len(_VOWEL_RUNS.findall(w.lower())) > 3 or _no_east_asian_syllables(w.lower())
                   for w in words[1:]):
        return None  # no title after the family name ("Но Президент Касым-Жомарт Токаев": "Но" is "but"); two
        # words are no Russian given name and surname ("Ким Вера"; "Мао Нин" is, "Нин" being only
        # the plural or the vocative of Нина to the dictionary); three are three short
        # syllables ("Ким Чен Ын"), not a name and the next word; a given name has two syllables at most, three
        # with a case ending ("Цзиньпину"), never four ("Ян Непомнящий")
    if lang == "kk":
        last = next((words[-1][:-len(suf)] for suf in names.KK_SUFFIXES if words[-1].lower().endswith(suf)
                     and len(words[-1]) - len(suf) >= 2 and names.suffix_fits(words[-1][:-len(suf)], suf)
                     and (suf in names.STRONG_KK_SUFFIXES or suf in names.KK_DATIVE + names.KK_ACCUSATIVE)), words[-1])
    else:
        last = _ru_case_off(words[-1])
    if lang == "kk" and len(words) == 2 and words[-1][:1] in _EAST_ASIAN_ONE \
            and words[-1][1:].lower() in names.KK_SUFFIXES:
        last = words[-1][:1]  # "Ван Имен", "Ван Иді": a one-letter syllable with the case after it
    return " ".join([family, *words[1:-1], last])


def _syllable_name(words: list[str]) -> str | None:
    """"Мин Аун Хлайн", "Аун Сан Су Чжи": a name of three or four short words, those inside of three letters at
    most, as Burmese names are, with no family name to take first and no given name to drop: kept whole, its last
    word in the nominative ("Мин Аун Хлайна"). Not a name with a word the dictionary or the lists know as a
    given name or a surname ("Жан Поль Сартр"), nor one with a particle ("Франк Де Блекере", "Кейс ван дер
    Вег")."""
    if not 3 <= len(words) <= 4 or any(len(w) > 5 for w in words[:-1]) or len(words[-1]) > 7 \
            or any(len(w) > 3 or len(w) < 2 or w.lower() in _PARTICLES for w in words[1:-1]) \
            or any(_latin(w) or "-" in w for w in words) \
            or any({"name", "surname"} & names.dictionary_tags(w) or names.is_given(w) for w in words) \
            or not all(_VOWEL_RUNS.search(w.lower()) for w in words):
        return None
    return " ".join([*words[:-1], _ru_case_off(words[-1])])


def _ru_case_off(word: str) -> str:
    """A name's last word without a Russian noun's case ending, when a consonant stem of two letters or more
    remains ("Цзиньпина", "Хлайна"); else as written ("Су", "Чжэ": no stem, or a vowel's)."""
    stem = _RU_NOUN_CASE.sub("", word)
    return word if len(stem) < 2 or stem[-1].lower() in _NOT_CONSONANT else stem


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether a span is all that stands between guillemets: «Хан Шатыр» is a building, no Mr Khan."""
    return text[start - 1:start] == "«" and text[end:end + 1] == "»"


def _closes_a_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether a span of one word closes a short name in guillemets that other words open: «Тур де Франстың»,
    «Грот Венеры» name a race and a grotto, no Mr France or Venus. The name is of one to three words before
    the span, the first capitalised, with no verb's comma or stop, as a title's name is; a quotation is longer,
    and one that closes on a full name («Спасибо Ерлану Карину») names him."""
    if text[end:end + 1] != "»" or " " in text[start:end].strip():
        return False
    opened = text.rfind("«", max(0, start - 40), start)
    if opened < 0 or "»" in text[opened:start]:
        return False
    before = text[opened + 1:start].split()
    return 1 <= len(before) <= 3 and before[0][:1].isupper() and not re.search(r"[,.!?:;–—]", text[opened:start])


# a given name of one syllable written as one vowel: "Ван И" (Wang Yi), "Ли Е"; after a family name only, and
# never an initial ("Ли И. Сергеевич")
_EAST_ASIAN_ONE = frozenset({"И", "Е", "У", "Ю"})
# what a given name written in Palladius's or Kontsevich's syllables can be: syllables of an initial (one
# consonant or a digraph), vowels and a coda ("Цзиньпин", "Вэньтао", "Чжэ", "Ёль", with a case ending after:
# "Ына"), never a cluster such as "Браун" or "Айвз" begin with or hold. A family name that is also a given name
# ("Дэн", "Ким", "Ли") before a word of another shape is a Western name ("Дэн Браун", "Ким Кардашьян").
_EAST_ASIAN_SYLLABLES = re.compile(r"(?:(?:цз|чж|дж|чх|тх|пх|кх|кк|тт|пп|сс|чч|[бвгджзклмнпрстфхцчшщ])?"
                                   r"[аеёиоуыэюя]{1,3}(?:нь|ль|н|й|р|л|к|т|п|м)?)+(?:ом|ем|ой|ю|у|а|е)?")
_VOWEL_RUNS = re.compile(r"[аеёиоуыэюя]+")
# what neither Palladius's nor Kontsevich's syllables hold: the vowels "ое", "ае"; and inside a word of two
# syllables or more, "р" closing one (but Chinese "эр"; Korean writes a syllable a word, and "Ир" of "Ким Ир Сен"
# closes so): "Дин Хоермаер" is Dean Hoermaier, no Chinese name; "Ши Тао", "Ро Му Хён" are
_NO_EAST_ASIAN_VOWELS = re.compile(r"[ао]е")
_EAST_ASIAN_CLOSING_R = re.compile(r"(?<!э)р(?![аеёиоуыэюя])")


def _no_east_asian_syllables(word: str) -> bool:
    """Whether a lower-case word holds what no East Asian given name's syllables do (see above)."""
    return bool(_NO_EAST_ASIAN_VOWELS.search(word)) or (
        len(_VOWEL_RUNS.findall(word)) > 1 and bool(_EAST_ASIAN_CLOSING_R.search(word)))
_EAST_ASIAN_ONE_AFTER = re.compile(rf"[ \u00a0]([{''.join(sorted(_EAST_ASIAN_ONE))}])(?![\w-]|\.\w|"
                                   r"\.[ \u00a0]?[А-ЯЁA-Z]\.|\.[ \u00a0]?[А-ЯЁ][а-яё]+(?:вич|вна|ична)\b)")


@lru_cache(maxsize=1 << 14)
def _female_given(word: str) -> bool | None:
    """A given name's gender by the dictionary's likeliest reading of it as a name, when it knows one. A name
    the lexicon holds as written is read only as a nominative: "Гани" is a man's, not the genitive of the
    woman's "Ганя"; with no such reading, the lexicon's ending test says."""
    listed = names.is_given(word)
    reading = next((p for p in names.parse(word) if "Name" in p.tag.grammemes and p.is_known and (
        not listed or {"nomn", "sing"} <= p.tag.grammemes)), None)
    if reading is None and listed:
        return names.is_female_given(word)
    return None if reading is None or reading.tag.gender not in ("masc", "femn") else reading.tag.gender == "femn"


@lru_cache(maxsize=1 << 14)
def _foreign_given(word: str, declined: bool, dropped_a: bool) -> str:
    """The nominative of a rare or foreign given name. A reading the dictionary knows is trusted
    ("Виктории" is Виктория, "Льва" Лев). A guessed one only when the surname is declined too ("Раймона
    Паулса"): beside a nominative surname the guess is wrong ("Виген", "Алмасадам" are no plurals). With
    no guess, a man's genitive loses its -а as his surname does ("Гаррета Рейсмана"). Beside a surname
    that is not declined, a word the dictionary also knows as an indeclinable name stays ("Аркади", not
    "Аркадя")."""
    readings = [p for p in names.parse(word) if "Name" in p.tag.grammemes]
    known = [p for p in readings if p.is_known]
    if known and "nomn" in known[0].tag.grammemes:  # the likeliest known reading decides
        return word
    if not declined and (not known or any(p.is_known and "Fixd" in p.tag.grammemes for p in names.parse(word))
                         or any({"nomn", "sing", "masc"} <= p.tag.grammemes for p in known)):
        return word  # "Аркади Патаркацишвили": a name the dictionary also knows as indeclinable stays; so does one
        # it knows in the nominative as written ("Паата Бурчуладзе", not the genitive of "Паат")
    # (no vocative, which news never writes: "Илон" is no Илона called)
    reading = next((p for p in known or readings if "sing" in p.tag.grammemes
                    and not {"nomn", "voct"} & p.tag.grammemes), None)
    if reading is not None:
        inf = reading.inflect({"nomn"})
        return names.cap(inf.word) if inf else word
    if not known and dropped_a and word.endswith("а") and len(word) > 3:
        return word[:-1]
    return word


def _cases_agree(given: str, surname: str) -> bool:
    """Whether a given name and a surname the dictionary only guesses at may be in one case: a name declines as
    a whole, so "Хикару" read as a dative beside "Накамура" read as a genitive is no declined name at all, but
    one that does not decline ("Хикару Накамура" is as written)."""
    def cases(word: str, tag: str) -> set[str]:
        return {p.tag.case for p in names.parse(word) if tag in p.tag.grammemes and "sing" in p.tag.grammemes
                and p.normal_form != word.lower()}  # declined readings only: "Хикару" is also an indeclinable
    if any("Surn" in p.tag.grammemes and p.is_known for p in names.parse(surname)):
        return True  # a surname the dictionary knows is read as it says ("Ивлину де Ротшильду")
    g, s = cases(given, "Name"), cases(surname, "Surn")
    return not g or not s or bool(g & s)


def _body(word: str) -> bool:
    """A word that names a body the gazetteer knows ("Мажилиса", "Сената"): never a person's first name."""
    rx, alias_to_id = _gazetteer_regex()
    m = rx.fullmatch(names.fold(word))
    aid = _alias_id(m.group(0), alias_to_id) if m else None
    return aid is not None and gazetteer()[aid].kind != "person"


@lru_cache(maxsize=1 << 16)
def _ru_surname(word: str, female: bool | None = None, alone: bool = False, declined: bool = False) -> str:
    """Nominative of a Russian-text surname: pymorphy3's Surn analysis when it has one (of the given name's
    gender when known: "Аида Балаева" is Балаева, not the genitive of Балаев).

    A word the dictionary reads only as a family's plural is, `alone`, the family ("Ротшильдов" are the
    Ротшильды); after a man's `declined` given name, his surname in the singular ("Бориса Стругацких",
    "Аркадия и Бориса Ротенбергов"); beside a given name in the nominative or initials, a surname it does
    not know ("Олжас Бектенов" is not of the "Бектены"). A double surname declines in both parts, each read
    on its own ("Петрова-Водкина" is Петров-Водкин, "Немировичем-Данченко" Немирович-Данченко)."""
    if parts := names.double_surname(word):
        read = [_ru_surname(p, female, alone, declined) for p in parts]
        if read == parts and all(p.endswith(("ом", "ем")) and p[-3] not in _NOT_CONSONANT for p in parts):
            # "королем Виллемом-Александром": a double given name the dictionary reads as no surname, both parts
            # in a man's instrumental
            read = [p[:-2] for p in parts]
        elif not female:
            # "Сергеем Кудь-Сверчковым": a part the dictionary does not know, in a case only a man's -ов/-ин has
            read = [names.ru_surname_nominative(r, False, True) if r == p and p.lower().endswith(_RU_HIS_OBLIQUE)
                    else r for r, p in zip(read, parts, strict=True)]
        return "-".join(read)
    surn = [p for p in names.parse(word) if "Surn" in p.tag.grammemes]
    if surn and not any("sing" in p.tag.grammemes for p in surn) and not alone:
        guessed_longer = not surn[0].is_known and len(surn[0].normal_form) > len(word)
        return names.cap(surn[0].normal_form) if declined and not female and not guessed_longer else word
    if surn and alone and not any("sing" in p.tag.grammemes or p.is_known for p in surn) \
            and word.lower().endswith(("ов", "ев", "ёв", "ин", "ын")):
        return word  # "Бектенов провел заседание": a man's surname the dictionary only guesses a family's plural of
    surn = [p for p in surn if "sing" in p.tag.grammemes] or surn  # one person: "Ратманским" is no "Ратманские"
    if female is not None:
        surn = [p for p in surn if p.tag.gender == ("femn" if female else "masc")] or surn
    p = surn[0] if surn else None
    if p is not None and "nomn" not in p.tag.grammemes:
        inf = p.inflect({"nomn", p.tag.gender} - {None}) or p.inflect({"nomn"})
        if inf and (p.is_known or len(inf.word) <= len(word)):
            return names.cap(inf.word)  # (no surname's nominative is longer than its cases: a guess that makes
            # "Ортегойя" of "Даниэлем Ортегой" is left to the given name's case, `_declined_like`)
    if p is None and (m := _RU_ICH_CASE.search(word)) and not female:
        return word[:m.start() + 2]  # "о Марко Поповиче", "Вучичу": a man's -ич, which a woman's never declines
    return word


# the endings of a man's -ов/-ев/-ин surname in a case no woman's nominative or case shares ("Петровым", "о Петрове")
_RU_HIS_OBLIQUE = ("овым", "евым", "иным", "ове", "еве")
# the endings of a woman's -ова/-ева/-ина surname in a case no man's has ("Петровой", "Ильиной")
_RU_HER_OBLIQUE = ("овой", "евой", "ёвой", "иной", "ыной")
# a surname in -ич in a man's oblique case ("Поповича", "Вучичу", "Джоковичем", "о Поповиче"), after a stem of three
# letters or more
_RU_ICH_CASE = re.compile(r"(?<=[^\W\d_]{3})ич(?:ем|а|у|е)$")


# ---------------------------------------------------------------- roles

_LATIN_FIELD = re.compile(r"^[a-z]{2,4}-(?=[а-яё])")


def _title_form(word: str) -> str:
    """A word as titles are looked up: lower case, without quotation marks and a "экс-"/"вице-" prefix
    ("вице-президента" is a form of "президент"), or a field's Latin letters ("IT-эксперт", "PR-менеджер")."""
    w = word.lower().strip("«»\"“”,").removeprefix("экс-").removeprefix("вице-")
    if w[:1].isascii() and "-" in w:  # (the test first: most words are Cyrillic, and this runs for every word)
        w = _LATIN_FIELD.sub("", w)
    if w.endswith(_KK_VOICED_ENDS) and not w.startswith(positions()[0]) and (m := _KK_VOICED_POSSESSIVE.search(w)):
        # a Kazakh possessive voices a title's last к, қ: "синоптигі", "академигінің" are forms of синоптик,
        # академик (stems listed voiced, "бастығ", stay)
        return w[:m.start()] + _UNVOICED[m.group(1)] + m.group(2)
    if w.endswith(_KK_ST_ENDS) and not w.startswith(positions()[0]) and (m := _KK_ST_POSSESSIVE.search(w)) \
            and (full := f"{w[:m.start()]}ист{m.group(1)}").startswith(positions()[0]):
        return full  # a Kazakh possessive drops a title's last т after с: "бас экономисі", "BBC журналисі" are
        # forms of экономист, журналист (not "кісі", a person, whose stem is no title)
    return w


# the possessive's case endings after a title's voiced last consonant; `_KK_VOICED_ENDS` is the quick test
# (one C-level endswith) before the pattern, which finds where the consonant is
_KK_POSSESSIVE_CASE_ENDS = ("н", "на", "не", "ның", "нің", "нда", "нде", "нан", "нен", "мен")
_KK_VOICED_POSSESSIVE = re.compile(rf"([гғ])([ыі](?:{'|'.join(_KK_POSSESSIVE_CASE_ENDS)})?)$")
_UNVOICED = {"г": "к", "ғ": "қ"}
_KK_ST_POSSESSIVE = re.compile(rf"ис([ыі](?:{'|'.join(_KK_POSSESSIVE_CASE_ENDS)})?)$")
_KK_ST_ENDS = tuple(f"ис{v}{e}" for v in "ыі" for e in ("", *_KK_POSSESSIVE_CASE_ENDS))
_KK_VOICED_ENDS = tuple(f"{c}{v}{e}" for c in "гғ" for v in "ыі" for e in ("", *_KK_POSSESSIVE_CASE_ENDS))


@cache
def demonyms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words of nationality (data/demonyms.tsv): each noun's stem with the stems of its adjectives ("британц",
    ("британск",)); a Kazakh row has one word for both ("британдық", ("британдық",))."""
    return tuple((noun, tuple(adj.split(","))) for noun, adj in data_rows("demonyms.tsv", 2))


@cache
def _kk_demonyms() -> frozenset[str]:
    """The Kazakh words of nationality: the rows of `demonyms` whose noun is its only adjective."""
    return frozenset(noun for noun, adj in demonyms() if adj == (noun,))


def _kk_demonym(word: str) -> bool:
    """A Kazakh word of nationality, as it stands before a foreigner's name ("британдық Дензел Бентлиді"): a
    title's place for the name rule."""
    return word.lower() in _kk_demonyms()


def _is_position(word: str) -> bool:
    """A title's word ("Председатель", "депутата", "төрағасы"), by its stem in data/positions.txt."""
    w = _title_form(word)
    stems, not_titles = positions()
    if not w.startswith(stems) or w.startswith(not_titles):
        return False  # most words: one C-level test instead of one per stem
    # the word, or a hyphenated one's head ("генерал-майор", "генерал-лейтенанта"); a Kazakh noun or adjective of
    # the office is none ("Министрлік", the ministry, "Әкімдік", "президенттік")
    return any(form.startswith(p) and len(form) - len(p) <= 3 and form[len(p):] not in names.KK_RELATIVE_ADJECTIVE
               for form in {w, w.split("-", 1)[0]} for p in stems)


@lru_cache(maxsize=1 << 14)
def position_stem(word: str) -> str | None:
    """The title stem a word is a form of, folded ("Әкімнің" and "акима" give "аким"), or None.

    A Kazakh title's possessive stem ("министрі", "төрағасы", listed so that its case forms are titles)
    gives the bare title's stem: "деді министр" names the person whose role is "экономика министрі"."""
    if not _is_position(word):
        return None
    w = _title_form(word)
    found = [p for p in positions()[0] if w.startswith(p) or w.split("-", 1)[0].startswith(p)]
    stem = max(found, key=len)
    bare = [p for p in found if stem[len(p):] in _KK_POSSESSIVE]
    return names.fold(max(bare, key=len) if bare else stem)


def _office_governs_title(text: str, office: Mention | None, m: Mention) -> bool:
    """Whether an office mention in the genitive stands before the person `m` with only lower-case words between
    (no mark, no verb): the title of `m` it is whose ("Қазақстан Президентінің баспасөз хатшысы", "пресс-
    секретарь Президента Казахстана по вопросам печати")."""
    if office is None or office.source not in _OFFICE_SOURCES or not office.start < office.end <= m.start:
        return False
    between = text[office.end:m.start].split()
    if not between or len(between) > 4 or not all(w.isalpha() and w.islower() for w in between):
        return False
    if office.lang == "kk":
        return office.surface.lower().endswith(names.KK_GENITIVE) and _is_position(between[-1])
    return "gent" in _title_cases(office.surface.split()[0]) and not any(_ru_verb(w) for w in between)


def _kk_subject_office(word: str, actor: str | None) -> bool:
    """Whether `word` is a Kazakh office written bare and capitalised ("Президент"), which names its holder
    (`data/offices.tsv`), and `actor` is none of its holders."""
    if not word[:1].isupper() or not bare_title(word):
        return False
    holders = {aid for rx, aid, *_ in offices() if rx.fullmatch(word)}
    return bool(holders) and actor not in holders


def bare_title(word: str) -> bool:
    """A title as the dictionary form of its stem, in no case and with no possessive ("Аким", "Депутат",
    "министр", "представитель", whose stem drops the soft sign; not "акима", "Министрдің", "министрі",
    "акимате")."""
    low = names.fold(word.lower())
    return position_stem(word) == (low[:-1] if low.endswith("ь") else low)


_KK_PLURAL_POSSESSIVE = tuple(p + e for p in names.KK_PLURAL for e in ("ы", "і"))  # "ата-аналары", "мүшелері"


def _kk_plural_subject(word: str, token: str, next_word: str, earlier: list[str]) -> bool:
    """Whether a Kazakh plural before a title heads a phrase of its own: "Тұрғындар Павлодар қаласының әкімі
    X-ке шағымданды", "оқушылардың ата-аналары Павлодар қаласының әкімі" (the sentence's subject, before a
    new name), not one person's title. A plural inside a title is followed by its head ("Төтенше жағдайлар
    министрі"), a name's plural is in guillemets or after a capital ("«Жастар Рухы»", "Қарулы Күштер Бас
    штабы"), a company's before its form ("... станциялары ЖШС")."""
    low = word.lower()
    return len(low) > 5 and low.endswith(names.KK_PLURAL + _KK_PLURAL_POSSESSIVE) and next_word[:1].isupper() \
        and not next_word.isupper() and not token.startswith("«") \
        and not (word[:1].isupper() and _kk_capital_within(earlier))


# an ordinal ("бірінші", "екінші", "оныншы")
_KK_ORDINAL = re.compile(r"(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|алпыс|жетпіс|"
                         r"сексен|тоқсан|жүз|мың)(?:ыншы|інші|ншы|нші)")


def _kk_title_word(word: str, capital_before: bool, next_word: str = "") -> bool:
    """Whether a word before a Kazakh title's last word is part of the title: a name or a capitalised word
    ("«Amanat» партиясы", "ҚР Парламенті") unless it bears the dative ("Нұр-Сұлтанға"); a genitive, a
    possessive or an adjective ("Мәжілісінің депутаты", "ауданы", "бірінші", "қазіргі"); another title word
    ("министрінің орынбасары"); or a bare noun between a capitalised word and the title ("Ұлттық экономика
    министрі"). A postposition, an adverb, a verb ("Бұл туралы", "деп атап өтті", "Тіпті"), a participle
    ("келген"), an accusative or any other case ends the title."""
    low = word.lower()
    if _kk_accusative_title(word.strip("«»\"“”,")):
        return False  # "Жекпе-жек шеберін Президент Тоқаев құттықтады", "Чемпионды министр": the one
        # congratulated, the object, then the subject's title
    if word[:1].isupper() and (low in _kz_cities() or (
            len(low) > 6 and low.endswith(names.KK_PARTICIPLE) and next_word.lower().startswith(_KK_PLACE_NOUNS))):
        # "Талдықорған қаласының әкімі", "Жезқазған": a city in -ған is no participle, nor a district's name
        # before its noun or adjective ("Жаңақорған аудандық ауруханасының"; not the pronoun "Оған")
        return True
    if low in _kk_title_nouns():
        return True  # "облыс әкімі", "партия жетекшісі", "еңбек сіңірген қайраткері" (a participle in a fixed title)
    if low in _KK_ROLE_STOP or low in _KK_SENTENCE_ADVERBS or low.endswith(names.KK_PARTICIPLE):
        return False
    if _KK_ORDINAL.fullmatch(next_word.lower()) and not word[:1].isupper() and not low.endswith(names.KK_GENITIVE):
        return False  # an ordinal opens the title unless a genitive or a name governs it ("әкімінің бірінші
        # орынбасары"): "міндетін атқару бірінші проректор" (acting as rector, the first vice-rector)
    if next_word and not word[:1].isupper() and not _kk_case_ended(low) \
            and not low.endswith(names.KK_POSSESSIVE) \
            and ((next_word.lower().endswith(("ы", "і"))
                  and (not next_word.lower().endswith(names.KK_ACCUSATIVE + ("ғы", "гі", "қы", "кі"))  # "жөніндегі"
                       or (next_word.lower().endswith(("ғы", "гі")) and _is_position(next_word))  # "полковнигі"
                       # a title's possessive that ends as an accusative does: "мәслихат депутаты"
                       or (_is_position(next_word) and not _kk_accusative_title(next_word))))
                 or next_word.lower().endswith(("ының", "інің"))):
        # a bare noun before a noun in the possessive is its compound's: "құрылыс бөлімі басшысы", "педагогика
        # ғылымдарының докторы" (the possessive in the genitive), a plural one too: "балалар ауруханасының
        # дәрігері", "жастар ісі жөніндегі"
        return True
    if word[:1].isupper() or _KK_PARTICLE_NAME.match(word):
        # not in the dative, nor in a place or source case ("Үкіметте", "Ресейден"): another part of the clause
        # "Төраға орынбасары": a title's own stem ending as a dative does is in the nominative
        # ("Ақордада Өзбекстан Президенті", in Akorda; "Тұрғындармен қала әкімі", with the residents)
        return (not low.endswith(names.KK_DATIVE) or low in positions()[0]) and not _kk_place_case(word) \
            and not _KK_PLURAL_INSTRUMENTAL.search(low)
    if low.endswith(names.KK_GENITIVE) or _is_position(word):
        return True
    if low.endswith(("ы", "і")):
        return not low.endswith(("ны", "ні", "ды", "ді"))  # "орынды", "мақұлдады"
    if low.endswith(names.KK_RELATIVE_ADJECTIVE):
        return True  # "қазақстандық балуан", "облыстық мәслихат хатшысы": an adjective of relation
    return capital_before and not _KK_CASE_END.search(low)


def _kk_accusative_title(word: str) -> bool:
    """A Kazakh title in the accusative: a listed title as a whole word and the ending that fits it
    ("жазушыны", "директорды", "әкімді"), not a possessive that looks like one ("депутаты" is депутат+ы); or a
    title's possessive in the accusative ("жекпе-жек шеберін", "әкімін": the possessive's -ы/-і, then -н)."""
    low = word.lower()
    if low.endswith(("ын", "ін")) and len(low) > 4 and _is_position(low[:-1]):
        return True
    return any(low.endswith(suf) and (stem := low[:-len(suf)]) in positions()[0] and names.suffix_fits(stem, suf)
               for suf in names.KK_ACCUSATIVE)


def _kk_case_ended(low: str) -> bool:
    """Whether a lower-case Kazakh word ends in a case ending after a stem of two letters or more: "нан"
    (bread) in "нан зауытының директоры" is all stem, "Алматыдан" a place in the ablative."""
    m = _KK_CASE_END.search(low)
    return m is not None and m.start() >= 2


# a name whose Arabic article is written in lower case: "әл-Фараби атындағы ҚазҰУ", "аль-Фараби"
_KK_PARTICLE_NAME = re.compile(rf"(?:әл|аль|ал|эль|ибн)-[{_UP}]")


# the titles won in a contest, whose field a Kazakh title names in the ablative: "бокстан әлем чемпионы"
_KK_CONTEST_TITLES = frozenset({"чемпион", "призер", "жулдегер", "женимпаз"})


def _kk_contest_field(word: str, later: list[str]) -> bool:
    """Whether a lower-case word before a champion's or a medallist's title names the sport, in the ablative,
    or is the bare word before that ("ауыр атлетикадан олимпиада чемпионы", "еркін күрестен әлем чемпионатының
    жүлдегері"): any other ablative ("Ресейден") ends a title."""
    head = later[-1].strip("«»\"“”,") if later else ""
    if not word[:1].islower() or position_stem(head) not in _KK_CONTEST_TITLES:
        return False
    if word.endswith(names.KK_ABLATIVE):
        return True
    nxt = later[0].strip("«»\"“”,")
    return nxt[:1].islower() and nxt.endswith(names.KK_ABLATIVE) and not _KK_CASE_END.search(word) \
        and word.lower() not in _KK_ROLE_STOP and not _is_position(word)


# a place's nouns and adjectives in Kazakh: district, region, town, village, settlement
_KK_PLACE_NOUNS = ("аудан", "облыс", "қала", "ауыл", "кент")


def _kk_quoted_name_start(words: list[re.Match], last: int) -> int | None:
    """The index of the word that opens a name in guillemets of two to six words closed by word `last`
    ("«Халықаралық бағдарламалар орталығы»"), if one does, with no sentence's punctuation inside."""
    token = words[last].group(0)
    if not token.endswith("»") or token.startswith("«"):
        return None
    for k in range(last - 1, max(-1, last - 6), -1):
        token = words[k].group(0)
        if "»" in token or token.endswith((",", ".", ":")):
            return None
        if token.startswith("«"):
            return k
    return None


def _kk_unit_of(later: list[str]) -> bool:
    """Whether the words of a Kazakh title after a body's name begin with a unit of it in the genitive, one
    of the bodies' nouns ("Тіл саясаты комитетінің төрағасы", "Көші-қон қызметі комитетінің"), within three
    words, all before the title's last word."""
    for word in later[:-1][:3]:
        low = word.strip("«»\"“”,").lower()
        if low.endswith(names.KK_GENITIVE):
            return any(low[:-len(g)] in data_words("kk_body_heads.txt") for g in names.KK_GENITIVE if low.endswith(g))
    return False


def _kk_title_nouns() -> frozenset[str]:
    return data_words("kk_title_nouns.txt")


def _kk_capital_within(before: list[str], after: list[str] = (), reach: int = 6) -> bool:
    """Whether a capitalised word opens the compound a title's bare noun is part of (`_kk_capital_opening`)."""
    return _kk_capital_opening(before, after, reach) is not None


def _kk_capital_opening(before: list[str], after: list[str] = (), reach: int = 6) -> int | None:
    """The index in `before` of the capitalised word that opens the compound a title's bare noun is part of:
    within `reach` words before it, with only lower-case title words between ("Денсаулық сақтау", "Еңбек және
    халықты әлеуметтік қорғау"; six words reach "Сыртқы істер және сыртқы экономикалық байланыстар"). `after`
    are the words from the bare noun on, which a list of fields needs. A figure or a numeral ends the search (no
    office's name counts): "Өткен үш ай және жеті күн Президент" is a time, no title; "«Хабар 24»" is a name.
    `_role` also reads it back three words from a title cut at its length limit inside a name ("Еңбек | және
    халықты ...")."""
    quoted = False  # inside a name in guillemets, walking back: "«Хабар 24» телеарнасы"
    for k in range(len(before) - 1, max(-1, len(before) - 1 - reach), -1):
        word = before[k]
        w = word.strip("«»\"“”")
        quoted = (quoted or "»" in word) and "«" not in word
        listed = word.endswith(",") and _kk_ministry_list(word, before[:k], [*before[k + 1:], *after])
        if (word.endswith((",", ".", ":")) and not listed) or w.lower() in _KK_ROLE_STOP and w.lower() != "және" \
                or (not quoted and "«" not in word and (w.isdigit() or w.lower() in numbers.kk_number_words())):
            return None  # (a comma inside a ministry's list of fields goes on: "Цифрлық даму, инновациялар және")
        if w[:1].isupper():
            return None if w.lower().endswith(names.KK_DATIVE) else k
    return None



def _kk_verbal_noun(word: str) -> bool:
    """A Kazakh verbal noun in -у, not capitalised ("қорғау", "беру", "тергеу"): it governs the accusative or the
    dative before it inside a name ("халықты әлеуметтік қорғау", "Әуеапатын тергеу")."""
    return not word[:1].isupper() and word.lower().endswith(("у", "ю"))


def _kk_ministry_word(word: str, earlier: list[str], later: list[str]) -> bool:
    """A word of a ministry's name that `_kk_title_word` alone would stop at: "және" joining two of its
    parts ("Ғылым және жоғары білім министрі"), or the object of a verbal noun in -у ("халықты әлеуметтік
    қорғау", "қаржы нарығын реттеу" after a possessive, "депозиттерге кепілдік беру" in the dative, "жұмыспен
    қамту" in the instrumental), when a capitalised word opens the name ("Еңбек және ...", "Қазақстанның
    депозиттерге кепілдік беру қоры"), or the dative "қарсы" (against) governs ("Сыбайлас жемқорлыққа қарсы
    іс-қимыл агенттігінің")."""
    low = word.lower()
    if not _kk_capital_within(earlier, [word, *later]) or (low in _KK_ROLE_STOP and low != "және"):
        return False
    if low == "және":
        return True
    if earlier and earlier[-1].lower() == "және" and word.islower() and later \
            and later[0].lower().endswith(("ының", "інің", "сының", "сінің")):
        return True  # "Облыстық кәсіпкерлік және сауда басқармасының": a bare noun ("сауда", trade, ends as a
        # locative does) after "және", before its compound's possessive
    # (the verbal noun in lower case: "Бас жүлдені Маңғыстау облысы ...", a prize given, ends in -у as a place)
    return (low.endswith(names.KK_ACCUSATIVE + names.KK_DATIVE)
            or (len(low) > 4 and low.endswith((*names.KK_INSTRUMENTAL, "ын", "ін")))) \
        and (any(_kk_verbal_noun(w) for w in later[:2])
             or (low.endswith(names.KK_DATIVE) and bool(later) and later[0].lower() == "қарсы"))


# the verb of saying a Kazakh quotation's speaker follows: "«...», – деді мәдениет және ақпарат вице-министрі"
_KK_SAID_BEFORE_NAME = ("деді", "дейді", "деген", "деп жазды", "деп атап өтті", "деп мәлімдеді")


def _kk_field_noun(token: str) -> bool:
    """A lower-case Kazakh noun with no case, plural or possessive ending, as a ministry's field is named
    ("өнеркәсіп", "ғылым"): "өнеркәсіп және құрылыс министрі" (not "жұмысшылар және ауыл әкімі", the workers)."""
    word = token.strip("«»\"“”")
    return len(word) > 3 and word.isalpha() and word.islower() and names.kk_base(word) == word \
        and not word.endswith(names.KK_PLURAL) and not _KK_POSSESSIVE_CASED.search(word) \
        and word not in _KK_ROLE_STOP


def _kk_ministry_list(token: str, earlier: list[str], later: list[str]) -> bool:
    """Whether a word before a comma is in a ministry's name that lists its fields: "Цифрлық даму,
    инновациялар және аэроғарыш өнеркәсібі министрі". The list goes on in lower case to "және", and a
    capitalised word opens the name within the two words before the comma, three before a verbal noun ("Сонымен
    қатар, Экология және ..." is an adverb, then a name)."""
    word = token.strip("«»\"“”")
    if not word.endswith(",") or not later or not later[0][:1].islower():
        return False
    word = word.rstrip(",")
    head = [w.strip("«»\"“”") for w in later[:3]]
    if "және" not in head or not all(w.islower() for w in head[:head.index("және")]):
        return False
    # (three words when the last is a verbal noun with its object: "Су ресурстарын реттеу, қорғау және ...")
    opening = [*earlier[-2 if _kk_verbal_noun(word) else -1:], word]
    return any(w[:1].isupper() and w.lower() not in _KK_ROLE_STOP and w.lower() not in _KK_SENTENCE_ADVERBS
               for w in opening) and not any(w.endswith((",", ".", ":")) for w in opening[:-1]) \
        and word.lower() not in _KK_ROLE_STOP


# the locative: "отырыста", "жиынында" ("Елорда", "Ақорда" are the noun "орда", the nominative)
_KK_LOCATIVE = re.compile(r"^(?!.*орда$).*(?:(?<=[^аәеиоөұуүыіэюя\W])(?:да|де|та|те)|нда|нде)$")
# the locative after a vowel, on a word of four letters or more before it ("Мерекеде", "Сессияда"): at a
# sentence's start, where the name of a woman in -да ("Айда") is no word of four letters before it
_KK_VOWEL_LOCATIVE = re.compile(r"^\w{4,}(?<=[аәеиоөұуүыіэюя])(?:да|де)$")
_KK_PLACE_CASE = re.compile(rf"(?<=[^аәеиоөұуүыіэюя\W])(?:{_KK_WHERE_ENDS}|мен|бен|пен)$")  # `_KK_WHERE_CASE` and
# the instrumental; after a vowel, a body's only ("Ақордада"; "Канада" is a place's nominative)
_KK_BODY_CASE_AFTER_VOWEL = re.compile(r"(?<=[аәеиоөұуүыіэюя])(?:да|де|дан|ден|мен)$")
# a plural noun in the instrumental ("Тұрғындармен", with the residents): whom one met, no word of a title
_KK_PLURAL_INSTRUMENTAL = re.compile(rf"(?:{'|'.join(names.KK_PLURAL)})мен$")


def _kk_place_locative(word: str) -> bool:
    """A country or a town in the Kazakh locative ("Флоридада", "Брюссельде", "Венада"): where, never a word
    of a title (which names its place in the genitive, or with -дағы: "Қазақстанның Ресейдегі елшісі")."""
    low = word.lower()
    if not word[:1].isupper() or not (_KK_LOCATIVE.search(low) or _KK_VOWEL_LOCATIVE.search(low)) \
            or _kk_country(word) or _kz_city(word):
        return False  # "Канада", "Флорида": a place that ends so in the nominative
    return _kk_place_in_case(word, names.KK_LOCATIVE)


def _kk_place_case(word: str) -> bool:
    """A body or a place in the locative, ablative or instrumental ("Үкіметте", "Ақордада", "Ресейден", "Парламентпен"):
    where or whence, no part of a title after it. The stem must be a body the gazetteer knows or a place
    the dictionary knows, as names end so too ("Өскемен", "Елорда", "Канада")."""
    m = _KK_PLACE_CASE.search(word.lower())
    if not m:
        vowel = _KK_BODY_CASE_AFTER_VOWEL.search(word.lower())
        return bool(vowel) and _body(word[: vowel.start()])
    stem = word[: m.start()]
    return _body(stem) or "place" in names.dictionary_tags(stem)


_KK_ROLE_STOP = frozenset("туралы бойынша арқылы үшін қатысты байланысты сәйкес кейін бұл осы сол ол ал және "
                          "сондай-ақ бүгін кеше деді деп атап өтті айтты мәлімдеді жеткізді хабарлады түсіндірді "
                          "қосты етті берді болды тіпті дейді деген тек олар жылы жылғы бұдан одан бөлек "
                          "қатар біз сіз сен оның олардың біздің менің сіздің сенің атағы ордені тағы "
                          "дейін бері соң соңынан артынан ілесе жоқ мұны бұны оны соны алғаш "
                          # the personal pronouns in the cases of one given to, acted on or with ("Оған ...
                          # комиссияның төрағасы, депутат Дмитрий Котельников қарсы пікір білдірді": to her)
                          "оған онымен оларға оларды олардан олармен маған мені менімен бізге бізді бізден бізбен "
                          "саған сені сізге сізді сізден сізбен".split())
# "2023 жылы", "Бұдан бөлек", "Сонымен қатар", "Біз ...", "оның баспасөз хатшысы" (whose, none of the title),
# "Тағы бір тұрғын" (another); "Бұған дейін цифрлық даму министрі" (before this: a postposition); "Соңынан ілесе
# аралас жекпе-жек шебері" (following him: an adverb and a converb that open the sentence); "Парламентте өкілдігі
# жоқ ЖСДП төрағасы" (a clause's predicate, "has none"); "Мұны алғаш рет ... қорының негізін қалаушы" (this, the
# object, and "for the first time", an adverb: the sentence's, before the subject's title);
# "«Еңбек Ері» атағы ... басшысына берілді": the award given, the sentence's subject
# case endings a word in a title's chain cannot carry (locative, dative, ablative, instrumental, accusative)
_KK_CASE_END = re.compile(r"(?:ын|ін|да|де|та|те|нда|нде|ға|ге|қа|ке|на|не|дан|ден|тан|тен|нан|нен|мен|бен|пен|"
                          r"ды|ді|ты|ті|ны|ні)$")


@lru_cache(maxsize=1 << 14)
def _ru_verb(word: str) -> bool:
    """A finite verb, an infinitive or a short participle, by the dictionary's likeliest reading ("принял",
    "заявил", "возложено": each a predicate)."""
    return names.ru_pos(word.strip(",.;:«»\"“”")) in ("VERB", "INFN", "PRTS")


def _ru_adjective(word: str) -> bool:
    """An adjective, by the dictionary's likeliest reading ("Государственный", "бывшего"; no participle such as
    "начатую", no adverb such as "ранее")."""
    return names.ru_pos(word) == "ADJF"


def _ru_title_modifier(word: str) -> bool:
    """A word that belongs to the title after it: an adjective, or a present active participle, which titles
    use as one ("Управляющий директор", "исполняющего обязанности", "действующий президент"); a past or passive
    participle describes ("переданная в музей", "начатую"). A pronoun's adjective is no part of a title:
    "Еще один житель", "другого предпринимателя", "этот депутат" name the title alone. "Заслуженный", a past
    passive participle, opens the honorary titles ("заслуженная артистка Казахстана", "заслуженный тренер"),
    and a multiple opens a champion's ("Семикратный чемпион мира")."""
    if word.lower().startswith("заслуженн") or re.search(r"\wкратн(?:ый|ая|ого|ой|ому|ую|ым|ом)$", word.lower()):
        return True  # ("Семикратный чемпион мира": a multiple the dictionary may not know)
    if _ru_adjective(word):
        return "Apro" not in names.parse(word)[0].tag.grammemes
    parses = names.parse(word)
    if parses and parses[0].is_known and parses[0].tag.POS == "NOUN" \
            and any(p.tag.POS == "ADJF" and "Apro" not in p.tag.grammemes for p in parses[1:3]):
        return True  # "старший корреспондент", "участковый инспектор": a noun too, but an adjective before a title
    return bool(parses) and parses[0].is_known and parses[0].tag.POS == "PRTF" \
        and "pres" in parses[0].tag.grammemes and "actv" in parses[0].tag.grammemes


def _modifier_agrees(modifier: str, title: str) -> bool:
    """Whether a Russian adjective or participle right before a title can be in the title's case: "подконтрольный
    совладельцу банка" (a holding controlled by the co-owner) is none of his title, "бывшего совладельца" is
    ("исполняющим обязанности главы" is read by the words of acting). A word either the dictionary cannot read
    in a case says nothing against it."""
    cases = {p.tag.case for p in names.parse(modifier.lower()) if p.tag.POS in ("ADJF", "PRTF")}
    title_cases = _title_cases(title)
    return not cases or not title_cases or bool(cases & title_cases)


@lru_cache(maxsize=1 << 14)
def _agrees(title: str, name: str, genitive: bool = False, declined: bool = False, ending: str = "") -> bool:
    """Whether a Russian title and the name after it can be in one case. A name of several words is in a case
    all its known words can be in ("Анита Аман": Анита's nominative); a lone word in the cases of its
    likeliest reading's word ("Путина": Путин's genitive or accusative, no woman's nominative). Unknown or
    indeclinable names ("Ерболат", "Франсуа") agree with any title. `genitive`: the title is a noun's
    dependant, so in the genitive only. `declined`: the name is written other than its nominative (the
    recogniser's normal form), so in no nominative: "Пресс-секретарь Токаева" is Tokayev's spokesman.
    `ending`: what the written name adds to that normal form, which gives the case of a name the dictionary
    does not know ("Си Цзиньпина": "-а", the genitive, not "министру"'s dative)."""
    sets = []
    words = name.split()
    if len(words) > 1 and words[-1].lower().endswith((*_RU_HER_OBLIQUE, "ской", "цкой")):
        # a woman's surname in an oblique case, whatever the dictionary says of her given name, which Russian
        # leaves undeclined when it ends in a consonant ("министру Акмарал Альназаровой": no man's nominative)
        sets.append({"gent", "datv", "ablt", "loct"})
        words = [w for w in words[:-1] if any("femn" in p.tag.grammemes for p in _known(w.strip(",.;:«»\"“”")))] \
            + words[-1:]
    for k, word in enumerate(words):
        if _RU_PATRONYMIC.search(word.lower()):
            sets.append({"nomn"})  # "Жумангарин Серик Макашевич": a patronymic undeclined is in the nominative
            continue
        if k < len(words) - 1 and _his_nominative(word, words[-1]):
            continue  # "писатель Софы Сматаев": no woman's genitive beside his nominative surname
        if _particle(word) or (k and _particle(words[k - 1])):
            continue  # "эмиром Катара Тамимом бин Хамадом Аль Тани": a particle's word may stay as written ("Тани"
            # is no Таня's genitive)
        # a person is one: "Ерболатов" read as the plural of the given name Ерболат is no case of this name
        # (nor a vocative, which the news does not write: "Илон" is no Илона called)
        readings = [p for p in _known(word.strip(",.;:«»\"“”")) if {"Name", "Surn"} & p.tag.grammemes
                    and not {"plur", "voct"} & p.tag.grammemes]
        if not readings and k == len(words) - 1 and k and len(word) > 5 and word.lower().endswith(_RU_HIS_NOMINATIVE) \
                and not names.is_given(word):
            sets.append({"nomn"})  # "Указом Главы государства Ерлан Аккенженов назначен": a surname no dictionary
            # knows, in a man's ending as written, is his nominative (his accusative is "-ова"), no genitive's
            continue
        if not readings or "Fixd" in readings[0].tag.grammemes \
                or (names.is_female_given(word) and not word.lower().endswith(("а", "я"))):
            continue  # "Лязат", "Айгерим": a woman's name in a consonant, which Russian leaves undeclined
        if names.is_given(word) and not any("nomn" in p.tag.grammemes for p in readings):
            continue  # "Гани": a name of the lexicon that the dictionary reads only as another's case ("Ганя")
        if len(name.split()) == 1:
            first = readings[0]
            readings = [p for p in readings if p.normal_form == first.normal_form and p.tag.gender == first.tag.gender]
        sets.append({p.tag.case for p in readings})
    if not sets and not declined:
        return True
    name_cases = set.intersection(*sets) if sets else set(_RU_ENDING_CASES.get(ending, _OBLIQUE))
    if declined:
        name_cases -= {"nomn"}
        if not name_cases:
            return False
    low = title.lower().strip(",.;:«»\"“”")
    # a title that is a participle or an adjective as a noun ("Управляющий", "заведующая") is a person's: not
    # the accusative of a thing ("Управляющие дворца Путина" names no one's title)
    readings = _noun_readings(low) or [p for p in names.parse(low) if p.tag.POS in ("ADJF", "PRTF")
                                       and "inan" not in p.tag.grammemes]
    title_cases = {p.tag.case for p in readings}
    if genitive and any({"gent", "sing"} <= p.tag.grammemes for p in readings):
        title_cases = {"gent"}  # "Указом Главы государства": not the plural's nominative
    return not title_cases or not name_cases or bool(name_cases & title_cases)


_OBLIQUE = ("gent", "datv", "accs", "ablt", "loct")
# the cases a man's name in a consonant is in by what Russian adds to it: "Цзиньпина", "Цзиньпину", "Цзиньпином"
_RU_ENDING_CASES = {"а": ("gent", "accs"), "я": ("gent", "accs"), "у": ("datv",), "ю": ("datv",),
                    "ом": ("ablt",), "ем": ("ablt",), "ём": ("ablt",), "е": ("loct",)}


def _governs(word: str) -> bool:
    """Whether a word before a title makes the title its genitive: a common noun ("Указом Главы государства
    Жумангарин Серик Макашевич освобожден": the decree's author, not his title; "по поручению Президента").
    A place or a name before it does not ("в Астане главы МИД ...": the plural's nominative)."""
    word = word.strip(",.;:«»\"“”")
    readings = names.parse(word.lower())
    return bool(readings) and readings[0].tag.POS == "NOUN" and not _is_position(word) \
        and not {"Geox", "Name", "Surn", "Orgn", "Abbr"} & readings[0].tag.grammemes and not word[1:2].isupper()


def _her_title(word: str) -> bool:
    """A title only a woman holds, by the dictionary's every reading of it as a noun ("переводчица",
    "актриса", "журналистка"); "министр", "врач" name either."""
    nouns = [p for p in _noun_readings(word.lower().strip(",.;:«»\"“”")) if p.is_known]
    return bool(nouns) and all(p.tag.gender == "femn" for p in nouns)


def _noun_readings(word: str) -> list:
    """The dictionary's readings of a word as a noun: a title's case and number come from them."""
    return [p for p in names.parse(word) if p.tag.POS == "NOUN"]


def _nominative_title(title: str) -> bool:
    """Whether a Russian title can be in the nominative ("Министр", "Сенаторы"; not "Председателя")."""
    nouns = _noun_readings(title.lower().strip(",.;:«»\"“”"))
    # a title read as a title, not as a name it also spells ("акима" is not the woman's name Акима; the
    # dictionary knows "аким" only as a man's name, whose cases are the title's)
    nouns = [p for p in nouns if not {"Name", "Surn", "Patr"} & p.tag.grammemes] \
        or [p for p in nouns if "masc" in p.tag.grammemes] or nouns
    return not nouns or any("nomn" in p.tag.grammemes for p in nouns)


_RU_ACTING = frozenset(["и.о.", "врио", "вр.и.о."])  # acting, as `_role` splits words: "И.о. акима", "Врио губернатора"


def _acting_before(words: list[re.Match], k: int) -> bool:
    """Whether the words before the title `words[k]` say its holder acts for it ("И.о. акима", "Врио
    губернатора", "исполняющий обязанности главы"): the title is then in their genitive, whatever the name's case."""
    low = words[k - 1].group(0).lower() if k else ""
    return low in _RU_ACTING or (low == "обязанности" and k > 1
                                 and words[k - 2].group(0).lower().startswith("исполняющ"))
_RU_ROLE_STOP = frozenset("с со к ко перед для среди между у о об про".split())


def _outside_brackets(before: str) -> int:
    """Where the text before a name last leaves a quotation or a bracket with a comma ("«... выборов глав
    регионов», отставка губернатора"), or enters one it is still in ("представителя Сбербанка (по оценке
    аналитика"): a title before that is not this name's. A title that runs through a quotation or a
    bracket stays ("лидер партии «Dog with two tails» (Венгрия) Георг Жено")."""
    opened: list[int] = []
    edge = 0
    for i, c in enumerate(before):
        if c in "«(":
            opened.append(i + 1)
        elif c in "»)":
            if opened:
                opened.pop()
            if c == "»" and not before[i + 1:].strip():
                opened.clear()  # "АО «Национальная компания «Казахстан темир жолы» Талгат Жаксылыков": a name
                # inside a name closes both with one mark, as Russian typesetting has it, right before the person
            if before[i + 1:].lstrip()[:1] in (",", ";"):
                edge = i + 1
    return max([edge, *opened[-1:]])


_RU_CLAUSE = re.compile(r",\s+(?:однако|но|а|зато|хотя|тогда как|и|или)\s")  # a comma and a conjunction


# the abbreviations of a place's kind inside a Russian title: "начальник ДП г. Алматы", "аким Шетского р-на",
# "директор школы им. Абая", and "И.о. акима" (acting): their full stop ends no sentence part
_RU_PLACE_ABBREVIATION = re.compile(r"(?<![\w-])(?:г|гг|обл|р-на|р-н|им|ул|пос|с|п|[Ии]\.[ \u00a0]?о)\.(?=\s)"
                                    # and the initials of a name a body bears ("университета имени М. Х. Дулати")
                                    r"|(?<![\w-])[А-ЯЁA-Z]\.(?=[ \u00a0]?[А-ЯЁA-Z])")


_OFFICE_SOURCES = ("office", "bare_office", "titling_office")  # a mention that is a title ("Президента")


# an age right before a name, after the title ("водитель автобуса 54-летний Серик Ахметов", "жүргізушісі 54
# жастағы Серік Ахметов")
_AGE_BEFORE = re.compile(r"[ \u00a0]\d{1,3}(?:-летн(?:ий|яя|его|ей|ему|им|юю|ем)|[ \u00a0]+(?:жастағы|жасар))"
                         r"[ \u00a0]+\Z")
# the words of an age before a title ("19 жастағы студент Арман"), where a Kazakh title begins after them
_KK_AGE_WORDS = frozenset(["жастағы", "жасар", "жасында"])


def _role(text: str, m: Mention, sent_start: int, floor: int = 0) -> str | None:
    """The title written right before a person's name ("депутат Мажилиса от AMANAT", "... төрағасы"),
    looked for after `floor` (where the person before ends) within the sentence."""
    if m.source in _OFFICE_SOURCES:
        return None  # the mention is a title ("Президентке"): a title before it is someone else's ("Әкім
        # Президентке баяндады", the akim reported) or a phrase's ("Кандидатом на выборы главы государства")
    start = max(sent_start, floor)
    before = text[start:m.start]
    if age := _AGE_BEFORE.search(before):
        before = before[:age.start() + 1]  # "водитель автобуса 54-летний Серик Ахметов": his age is no title
    if not before.strip() or before[-1:] not in (" ", "\u00a0"):
        return None
    words = list(re.finditer(r"[«»\"“”]?[\w.-]+[«»\"“”,]?", before))[-12:]
    if not words:
        return None
    if m.lang == "kk":
        object_case = m.surface.lower().endswith(names.KK_ACCUSATIVE)
        dative = m.surface.lower().endswith(names.KK_DATIVE)
        subject = bool(m.surname) and m.surface.split()[-1] == m.surname  # the name in the nominative
        last = words[-1].group(0).strip("«»\"“”,")
        if not _is_position(last) or (last.lower().endswith(names.KK_PLURAL)
                                      and position_stem(last) != _title_form(last)):
            # "Салдарынан дәрігерлер Сергейдің ...": doctors, no title of the one person ("промоутер" ends as
            # a plural does, and is its own stem)
            return None
        if _kk_accusative_title(last):
            return None  # "қуғынға ұшыраған жазушыны Фадеевтің араша түсуі": the writer is the object, with a
            # case of his own; a title before a name leaves the case to the name ("жазушы Фадеевтің")
        if len(words) == 1 and start == sent_start and not before[:words[0].start()].strip() \
                and (object_case or dative) and _kk_subject_office(last, m.actor):
            return None  # "Президент Владимир Путинге ... алғыс айтты": an office that opens the sentence bare is
            # its subject, the head of state, who thanked the one named in the dative; its holder named so
            # keeps it ("Президент Тоқаевқа хат жолдады")
        first = len(words) - 1
        while first > 0 and len(words) - first < 8:
            earlier, later = [w.group(0) for w in words[:first - 1]], [w.group(0) for w in words[first:]]
            raw = words[first - 1].group(0)
            listed = _kk_ministry_list(raw, earlier, later)  # "Цифрлық даму, инновациялар және ..."
            if raw.endswith((",", ".")) and not (raw.endswith(",") and _is_position(raw)) and not listed:
                break  # a comma ends the title, unless a title stands before it too: "Құрылтай мүшесі, экономист"
            word = raw.strip("«»\"“”,")
            nxt = later[0].strip("«»\"“”,")
            between = before[words[first - 1].end():words[first].start()].strip()
            # (the word opens the sentence: four rules below read it)
            opens_sentence = start == sent_start and (not (stamp := before[:words[first - 1].start()].strip())
                                                      or dates.clock_only(stamp))
            if word.lower() in _KK_AGE_WORDS:
                if first >= 3 and words[first - 2].group(0).isdigit() \
                        and words[first - 3].group(0).lower().endswith(names.KK_GENITIVE):
                    first -= 2  # "Алматының 34 жастағы тұрғыны": whose resident, the age between
                    continue
                break  # "19 жастағы студент Арман": his age, no word of the title
            if raw.isdigit() and before[:words[first - 1].start()].endswith(":"):
                break  # "11:20 Саясаттанушы ...": a live report's time, no word of the title
            if ":" in between or "(" in between or ")" in between:
                break  # "Борттағы экипаж: командир Олег Новицкий": a list after a colon, each with its title; a
                # bracket closes or opens another's words ("Марат Сұлтанғазиев (AMANAT), ... директоры")
            if not subject and word.lower().endswith(("ы", "і")) and not bare_title(word) and _is_position(word) \
                    and not word.lower().endswith(names.KK_GENITIVE) and not raw.endswith(",") and nxt[:1].isupper():
                break  # "Неміс министрі Президент Қасым-Жомарт Тоқаевпен де кездесті", "Мемлекет басшысы
                # Германияның федералдық канцлері Фридрих Мерцті шақырды": a title in its possessive, the
                # nominative, is the subject's, before the title of the one named in an object's case (one
                # title would hold it in the genitive: "министрінің орынбасары"; two titles of one person are
                # parted by a comma or "әрі", and the second opens with a capital here)
            if between in ("–", "—") and word.lower() in _KK_KIN_OF:
                break  # "Оның анасы – режиссер Мира Наир": who she is to him, then her title
            if word.lower().endswith(names.KK_ACCUSATIVE) and word[:1].isupper() and len(word) > 5 \
                    and _kk_country(word[:-2]):
                break  # "Ресейді президент әкімшілігі басшысының орынбасары ... таныстырды": the country he
                # represented, the verb's object, no word of his title
            if listed:
                first -= 1
                continue
            if (opening := _kk_quoted_name_start(words, first - 1)) is not None:
                first = opening  # "«Халықаралық бағдарламалар орталығы» АҚ басқарма төрағасы": a name in
                continue  # guillemets is one word of the title, whatever its words' cases look like
            if opens_sentence and not _is_position(word) \
                    and not _body(word) and word.lower() not in _kk_title_nouns() \
                    and ((word.lower().endswith(names.KK_ACCUSATIVE)
                          and not (later[0][:1].islower() and any(_kk_verbal_noun(w) for w in later[:2])))
                         or _KK_LOCATIVE.search(word.lower())
                         or (len(word) > 6 and word.lower().endswith(("ын", "ін"))
                             and not _kk_verbal_noun(later[0]))
                         or _KK_VOWEL_LOCATIVE.search(word.lower())
                         or (len(word) > 6 and word.lower().endswith(names.KK_INSTRUMENTAL)
                             and names.kk_base(word.lower()) != word.lower() and not _kz_city(word)
                             and not names.is_given(word))) \
                    and "place" not in names.dictionary_tags(word):
                # "Құжатты Ұлттық экономика министрі", "Отырыста Мәжіліс депутаты", "Грамоталарын Түркия
                # Республикасының Елшісі", "Баяндамамен ... министрі" (with a report, the instrumental; not a
                # town's name that ends so: "Өскемен қалалық мәслихатының депутаты") (the
                # accusative, after a possessive too, unless a verbal noun's object:
                # "Әуеапатын тергеу жөніндегі комиссияның төрағасы", "Бәсекелестікті қорғау және дамыту
                # агенттігінің төрағасы"; not across a capital: "Ұшырылымды Цифрлық даму министрлігінің ...
                # төрағасы", the launch he watched): the sentence's first word, capitalised as such, in a case
                # no title's word is in ("Канада Премьер-министрі", "Алматы облысының әкімі": a place ends so in
                # the nominative; "Команда капитаны": a title's noun)
                break
            if word.lower() == "және" and first >= 2 and _kk_field_noun(words[first - 2].group(0)) \
                    and ((lead := before[:words[first - 2].start()].rstrip()).endswith(",")
                         or (start == sent_start and not lead) or lead.endswith(_KK_SAID_BEFORE_NAME)):
                first -= 2  # "..., өнеркәсіп және құрылыс министрі Е. Нағаспаев": a list's item, its ministry's
                continue  # two fields joined in lower case, from the comma on, or from the verb of saying
                # before the speaker ("– деді мәдениет және ақпарат вице-министрі Ербол Тілешов")
            if _kk_place_locative(word):
                break  # "Кремльде АҚШ президентінің арнайы өкілі", "Флоридада ... хатшысы": where he was
                # received or met, no word of the title
            dashed = between in ("–", "—", "-")
            if dashed and (_kk_plural_noun(word) or not _is_position(word)):
                break  # "Кандидаттар – қазіргі әкім Марат Сұлтанғазиев": the group he is one of, then his title;
                # "Тізімнің екінші нөмірі – Мәжіліс депутаты": what he is, then his title (a title before the
                # dash is a second post: "Премьер-министрдің орынбасары – Сыртқы істер министрі")
            if _is_position(word) and nxt[:1].isupper() and not nxt.lower().endswith(names.KK_GENITIVE) \
                    and not _is_position(nxt) and not words[first - 1].group(0).endswith(",") and not dashed \
                    and not _body(f"{word} {nxt}"):  # (a body the title names: "Президент Әкімшілігі басшысы")
                break  # "Мемлекет басшысы Еңбек ... министрі X-ны қабылдады": another person's title ("Премьер-
                # министрдің орынбасары – Сыртқы істер министрі": one person's two posts, joined by a dash)
            if _is_position(word) and not word.lower().endswith(names.KK_GENITIVE) and nxt in _KK_UNITS:
                break  # "Облыс әкімі аудан әкімі Мұхтар Оразбаевқа тапсырды": the governor's title, then his
            if word.lower() == "болып":
                break  # "Финалдың үздік ойыншысы болып қақпашы X танылды": what he was named as, then his title
            if opens_sentence and word[:1].isupper() \
                    and word.lower().endswith(("у", "ю")) and len(word) > 4 and nxt[:1].isupper() \
                    and not _is_position(word) and not _kz_city(word) and word.lower() not in _kk_title_nouns():
                break  # "Кездесу Мәжіліс депутаты Снежанна Имашеваның бастамасымен өтті": a verbal noun that
                # opens the sentence is its subject (the meeting), not a word of a title before a name
            if opens_sentence and word.lower() in _KK_FLOOR:
                break  # "Сөз Президент Әкімшілігінің басшысы Айбек Дәдебайға берілді": the floor, given to him
            if opens_sentence and bare_title(word) \
                    and nxt[:1].islower() and m.surface.lower().endswith(names.KK_ACCUSATIVE + names.KK_DATIVE) \
                    and any(w.strip("«»\"“”,").lower().endswith(names.KK_GENITIVE) for w in later[:-1]):
                break  # "Әкім облыстық энергетика басқармасының басшысы Қайрат Сейтқалиға ... тапсырды": the bare
                # title that opens the sentence is its subject, who instructs the one named, when the title after
                # has its own possessor ("Министр кеңесшісі", the minister's adviser, has none)
            if word.lower() in data_words("kk_body_heads.txt") and nxt.lower().endswith(names.KK_GENITIVE) \
                    and ((nxt[:1].isupper() and _kk_place_genitive(nxt)
                          and (object_case or word.lower().endswith(("ы", "і"))))  # not "Орталық Азияның"
                         or (object_case and names.kk_base(nxt.lower()) in _KK_UNITS)):
                break  # "... ауданаралық соты Теміртаудың бұрынғы әкімі Ержан Ахмеджановты ... айырды": the court,
                # then a town's official, its object ("Парламенті Мәжілісінің" is one body's name); a town's or a
                # region's bare noun too ("қалалық соты қаланың бұрынғы әкімі Ержан Жақыпбековті"); a town's
                # name whatever the case of the one named ("сот алқасы Шымкенттің бұрынғы әкімі Мұрат Әйтенов пен
                # оның екі орынбасарына", the and-ed ones' case on the last)
            if word.lower() in data_words("kk_body_heads.txt") and not nxt.lower().endswith(names.KK_GENITIVE) \
                    and ((nxt[:1].isupper() and not (subject and _kk_unit_of(later)))
                         or ((object_case or word.lower() == "соты" or (dative and nxt in _KK_UNITS))
                             and not _is_position(nxt))):
                # ("Павлодар қалалық соты облыс әкімінің бұрынғы орынбасары Руслан Жұмабаевқа үкім шығарды": a
                # region's bare noun after the court opens the title of the one it sentenced, in the dative, and
                # so does any bare noun after "соты": "... соты энергетика министрлігінің бұрынғы вице-министрі
                # Қайрат Өскенбаевқа үкім шығарды"; the one it acquitted accused by another, in the nominative:
                # "... ауданаралық соты қалалық мәслихат депутаты Тимур Әбілов ... айыптаған журналисті ақтады")
                break  # "Қарағанды облыстық соты Шет ауданының бұрынғы әкімі Серік Омаровты ... айырды": the
                # court is the sentence's subject, the title after it begins with a new name, or with any word
                # but a title's when the person is the object ("қылмыстық соты энергетика министрінің бұрынғы
                # орынбасары Жанат Нұрғалиевті"; "компаниясы бақылау кеңесінің төрағасы Сайдулла Қожабаев" is
                # one title; in an office's name the body goes on in the genitive: "Парламенті Мәжілісінің"; a
                # body's unit in the genitive before the title of a person in the nominative is the body's own:
                # "Мәдениет және ақпарат министрлігі Тіл саясаты комитетінің төрағасы Ербол Тлешов")
            if word.lower() in data_words("kk_body_heads.txt") and word.lower().endswith(("ы", "і")) \
                    and len(later) == 1 and (not nxt.lower().endswith(("ы", "і"))
                                             or nxt.lower().endswith(("шы", "ші"))):  # ("жүргізуші": who does)
                break  # "Сыртқы істер министрлігі тележүргізуші Владимир Соловьевтің сөздеріне ...": the ministry is
                # the sentence's subject; a title of the body's would be in its possessive ("министрлігінің
                # вице-министрі"), not bare as "тележүргізуші", "вице-министр" are
            if _kk_contest_field(word, later):
                first -= 1
                continue
            if word.lower() == "атындағы" and earlier and (earlier[-1][:1].isupper()
                                                        or _KK_PARTICLE_NAME.match(earlier[-1])):
                first -= 1  # "әл-Фараби атындағы ҚазҰУ зерттеушісі": a body named after a person
                continue
            if word.lower() == "сол" and nxt.lower() in ("кездегі", "уақыттағы", "кезеңдегі"):
                first -= 1  # "сол кездегі энергетика министрі": the then minister ("сол" alone is "that")
                continue
            if word.lower() == "бойынша" and earlier and earlier[-1].lower() in _KK_REGION_UNITS | _KK_UNITS:
                first -= 1  # "Ақмола облысы бойынша департаменті бастығы": a body's branch for a region (or for
                # the region the text is about, "облыс бойынша департаментінің басшысы")
                continue
            if word.lower() in ("міндетін", "міндеттерін") and nxt.lower().startswith("атқарушы"):
                first -= 1  # "Облыс әкімінің міндетін атқарушы": the acting one, whose title is the possessor's
                continue
            token = words[first - 1].group(0).rstrip(",")
            if _kk_plural_subject(word, token, nxt, earlier):
                break
            if word[:1].islower() and word.lower().endswith(names.KK_PLURAL) and _is_position(word) \
                    and not nxt.lower().endswith(names.KK_GENITIVE + names.KK_POSSESSIVE):
                break  # "отырысында депутаттар энергетика министрі ... есебін тыңдады": the deputies, the subject,
                # before another's title ("Ардагерлер кеңесінің төрағасы": a plural before its compound's head)
            quoted = token[:1] == "«" and token[-1:] == "»" and word[:1].isupper()  # "«Береке» шаруа қожалығының":
            # a name in guillemets, whatever case its last letters look like
            if not quoted and not _kk_title_word(word, _kk_capital_within(earlier, [word, *later]), nxt) \
                    and not _kk_ministry_word(word, earlier, later):
                break
            first -= 1
        if first > 0 and len(words) - first >= 8 and words[first].group(0)[:1].islower() and (
                opening := _kk_capital_opening([w.group(0) for w in words[:first]],
                                               [w.group(0) for w in words[first:]], reach=3)) is not None:
            first = opening  # "Еңбек және халықты әлеуметтік қорғау министрлігі Көші-қон комитетінің
            # төрағасы": a ministry's long name, whose capital opens the title, not "және"
        if first > 0 and len(words) - first >= 8 and words[first].group(0).lower() in _KK_UNIT_POSSESSIVES \
                and words[first - 1].group(0)[:1].isupper() and not words[first - 1].group(0).endswith((",", ".")) \
                and _kk_title_word(words[first - 1].group(0).strip("«»\"“”"), False):
            first -= 1  # a long title's region or town is its first words: "Маңғыстау облысы ... мұғалімі"
        while first < len(words) - 1 and words[first].group(0).lower() in _KK_AND:
            first += 1  # "..., және Талғардағы тарих мұғалімі": the list's last joined by "and", no word of the title
        span = _own_office(before[words[first].start():].strip(" ,\u00a0—–-"))
        if span.count("«") > span.count("»"):
            span = span.replace("«", "", span.count("«") - span.count("»")).lstrip()  # "«Президент Трамп ...»,
            # – деді": the quotation's mark, no part of the title
        return span if span and not span.endswith(":") else None
    clause = max([c.end() for c in _RU_CLAUSE.finditer(before)] + [_outside_brackets(before)])
    # a title in an earlier clause is not this person's: "объявил о переизбрании на пост главы государства,
    # однако лидер оппозиции Леван Гачечиладзе" gives "лидер оппозиции"
    # (not a word in guillemets alone, a film's or a book's name: "за «Пианиста» Романа Поланского"; a title of
    # several words may be quoted, "«Классический чемпион мира» Владимир Крамник")
    titles = [k for k, w in enumerate(words) if w.start() >= clause and _is_position(w.group(0))
              and not (w.group(0)[:1] == "«" and w.group(0)[-1:] == "»")]
    # a verb after a title ends its sentence part: "Глава государства принял Посла Франции Сильви Берманн"
    # (not a word of a name in guillemets: "руководитель кризисного центра «Не молчи» Дина Тансари")
    titles = [k for k in titles if not any(_ru_verb(w.group(0)) and not _in_guillemets(before, w)
                                           for w in words[k + 1:])]
    # nor a word read first as a thing of another word ("премьера", a premiere, before "премьер"'s genitive) with
    # only lower-case words between it and the name: "прошла премьера новой постановки оперы Ахмета Жубанова"
    # ("премьера Бектенова", "премьера Великобритании Кира Стармера" stay titles)
    # (a name in guillemets among them is the thing's: "премьера спектакля «Абай» в постановке режиссера")
    titles = [k for k in titles if not (k + 1 < len(words) and _thing_first(words[k].group(0).strip("«\"“,"))
                                        and all(w.group(0)[:1].islower() or _in_guillemets(before, w)
                                                for w in words[k + 1:]))]
    # nor a participle or a gerund after a comma ("коллекция ... художника, переданная в музей сыном Моне"),
    # "первый" is a title's first word ("первый заместитель", "Первого Президента"), not one before a common noun
    # ("в первый год работы со времен Гордона Брауна")
    titles = [k for k in titles if not (_ordinal(words[k].group(0).strip("«\"“,"))
                                        and k + 1 < len(words) and words[k + 1].group(0)[:1].islower()
                                        and not _is_position(words[k + 1].group(0)))]
    # nor the one whose decree or order it is, before a given name written in the nominative ("Указом Главы
    # государства Сатыбалды Дархан Амангельдыулы освобожден": a name in the official order may look as declined
    # as the title is; "распоряжением Премьер-министра Олжаса Бектенова" is his own, the name declined)
    # (or a surname alone in the nominative: "Указом Главы государства Аксакалов назначен")
    if (m.given and m.given in m.surface.split()) or (m.surname and m.surface == m.surname):
        titles = [k for k in titles if not (k and words[k - 1].group(0).lower().strip("«\"“") in _RU_DOCUMENT_BY)]
    # nor a bracket closed after it ("Йоахим Лёв (второй тренер) и Андреас Кёпке"): the title ended before
    titles = [k for k in titles if not any(
        (words[n - 1].group(0).endswith(",")
         and names.ru_pos(words[n].group(0).strip(",.;:«»\"“”")) in ("PRTF", "GRND"))
        for n in range(k + 1, len(words)))
        and before[words[k].end():].count(")") <= before[words[k].end():].count("(")]
    # "в беседе с журналистами аким Алматы": a title's word after a preposition is whom it was said to,
    # when another title follows; alone it is the person's ("с президентом России Владимиром Путиным")
    # (not when the title after it is in its case, an apposition: "с эмиром Катара шейхом Тамимом")
    # (nor when every title after it may be its complement in the genitive: "с помощником Президента Ерланом
    # Кариным")
    free = [k for k in titles if not (k and words[k - 1].group(0).lower() in _RU_ROLE_STOP and not all(
        _title_cases(words[k].group(0)) & _title_cases(words[k2].group(0)) - {"nomn"} for k2 in titles if k2 > k)
        and not all("gent" in (cases := _title_cases(words[k2].group(0))) and "nomn" not in cases
                    for k2 in titles if k2 > k))]
    # the first title in the name's case: "Пресс-секретарь Путина Дмитрий Песков" gives Putin, in the
    # genitive, none; "сообщил журналистам заместитель руководителя ведомства Андрей ..." the second
    # a surname whose initials follow it was read in its case from where it stands (`_ru_nominative_here`):
    # "Министр ... Балаева А.Г." is a woman in the nominative, whatever the dictionary likes best for "Балаева"
    nominative = m.initial is not None and not m.given and m.surname == m.surface
    def fits(k: int) -> bool:
        if _acting_before(words, k):
            return True  # "Врио губернатора Иван Петров", "исполняющим обязанности главы МИД ... Амиром Ханом
            # Муттаки": the title is in the genitive of the words of acting
        if his and _her_title(words[k].group(0)):
            return False  # "Переводчица Краснахоркаи ... Оксана Якименко": a woman's title, the name after it
            # a man's in the genitive (Ласло Краснахоркаи), whose translator she is
        if nominative:
            return _nominative_title(words[k].group(0))
        return _agrees(words[k].group(0), agreeing, k > 0 and _governs(words[k - 1].group(0)), declined,
                       written[len(surname):] if declined else "")

    written = m.surface.split()[-1].lower() if m.surface.split() else ""
    surname = m.surname.split()[-1].lower() if m.surname else ""  # "Си Цзиньпина": the surname's last word
    # a given name in -а/-я the names were read to be hers as written, which the dictionary knows only as a man's
    # genitive, says nothing of the case: "Глава европейской дипломатии Кая Каллас" (not Кай's)
    agreeing = m.surface
    if m.given and len(parts := m.surface.split()) == 2 and m.given == parts[0] and parts[0][-1:] in "ая" \
            and m.surname == parts[1] and not _female_reading(parts[0]):
        agreeing = parts[1]
    if m.surname and agreeing.split() and agreeing.split()[-1] == m.surname \
            and (read := [p for p in _known(m.surname) if {"Name", "Surn"} & p.tag.grammemes]) \
            and all(p.normal_form != m.surname.lower() and "nomn" not in p.tag.grammemes for p in read):
        # a surname kept as written that the dictionary reads only as another's oblique case ("Наставник омичей Ги
        # Буше", not Буш's prepositional: `_prepositional_misread`) says nothing of the name's case
        agreeing = agreeing.rsplit(maxsplit=1)[0] if " " in agreeing else ""
    # a man for sure: a given name the dictionary and the lists know as a man's only, no woman's surname
    his = bool(m.given) and m.given[-1:].lower() not in "аяыи" and _female_given(names.cap(m.given)) is False \
        and not names.is_female_given(m.given) and not (m.surname or "").lower().endswith(_FEMALE_SURNAME_END)
    declined = bool(m.surname) and m.initial is None and written != surname \
        and written.startswith(surname[:3]) and "-" not in written

    # a free title in another case is another person's ("главные редакторы ... на встрече с президентом
    # Владимиром Путиным"): the one after the preposition is then his
    chosen = [k for k in free if fits(k)] or [k for k in titles if fits(k)]
    if before.rstrip().endswith(",") and not declined and not written.endswith(("ом", "ем", "ым", "им")):
        # "Обращаясь к послу Японии, Токаев напомнил", "Выступая перед депутатами, Ерлан Карин": a title after a
        # preposition in a clause closed before a name in the nominative is whom he spoke to, no title of his
        # ("с генсеком ООН, Антониу Гутеррешем" is his, the name in the title's case)
        chosen = [k for k in chosen if not (k and words[k - 1].group(0).lower() in _RU_ROLE_STOP)]
    for k2 in chosen[1:]:
        if k2 >= 3 and words[k2 - 1].group(0) == "и" and all(
                w.group(0)[:1].isupper() and not _known_non_name(w.group(0).strip(",«»\""))
                for w in words[k2 - 3:k2 - 1]):
            # "капитан клуба Тоттенхэм Хотспур Ледли Кинг и защитник Арсенала Киран Гиббс": a name (no
            # dictionary word) before "и" ends another person's title, missed or not; the title after is this one's
            chosen = [k for k in chosen if k >= k2]
    if len(chosen) > 1 and not _ru_singular(words[chosen[0]].group(0)) \
            and (single := next((k for k in chosen[1:] if _ru_singular(words[k].group(0))), None)) is not None:
        # "на вопрос журналистов о визите министра иностранных дел Ермека Кошербаева": a title in the plural
        # names a group, the singular one after it is his
        chosen = [k for k in chosen if k >= single]
    if len(chosen) > 1 and (one := _title_cases(words[chosen[0]].group(0))) \
            and (other := _title_cases(words[chosen[-1]].group(0))) and not one & other \
            and "nomn" not in one and "gent" not in other:
        # "назначил временным премьер-министром бывшую председательницу Верховного суда Сушилу Карки": two
        # titles in no one case, the name's own unread; the nearer is hers, the first what she was made (a
        # title in the genitive after another is its complement: "Заместитель председателя Нацбанка")
        chosen = chosen[-1:]
    if chosen and not _nominative_title(words[chosen[0]].group(0)):
        # "Представляя нового акима активу области, руководитель Администрации Айбек Дадебай": a title in an
        # oblique case, then one in the nominative after a comma, which is the name's (a comma inside one
        # title, "министр цифрового развития, инноваций ...", is followed by no title)
        chosen = [k for k in chosen if words[k - 1].group(0).endswith(",")
                  and _nominative_title(words[k].group(0))][-1:] or chosen
    for k in chosen[:1]:
        head = k
        # (no modifier across a dash: "Вторым номером идет ..., третьим – предприниматель из Шымкента")
        while k and not before[words[k - 1].end():words[k].start()].strip() \
                and ((_ru_title_modifier(mod := words[k - 1].group(0).strip("«\"“,"))
                      and (k != head or _modifier_agrees(mod, words[head].group(0))))
                     or (words[k - 1].group(0) == "и" and k > 1 and _ru_adjective(words[k - 2].group(0)))
                     or _acting_before(words, k)
                     or (words[k - 1].group(0).lower() == "временно"
                         and words[k].group(0).lower().startswith("исполняющ"))):
            k -= 1  # "Государственный советник", "бывший аким", "Чрезвычайного и Полномочного Посла", "временно
            # исполняющий обязанности акима", "И.о. акима"
        if k and words[k - 1].group(0).lower().strip("«\"“") in _RU_KIN \
                and not _nominative_title(words[head].group(0)):
            return None  # "сын поэта Даурен Кодар", "вдова писателя", "зять американского президента": the title
            # is the kin's, not this person's
        span = before[words[k].start():].strip(" ,\u00a0—–-")
        # "многие эксперты, в том числе Досым Сатпаев": one of the group the title names, without the words
        # that say so
        span = _RU_AMONG.sub("", span)
        parts = re.split(r"[ \u00a0][—–][ \u00a0]", span)
        if len(parts) > 1 and not any(_is_position(w) and _ru_singular(w) for w in parts[0].split()):
            # "трое бывших сотрудников ... — старший корреспондент Невилл Терлбек": a group's title in the plural,
            # then after a dash this one's ("вице-премьер – министр иностранных дел" is one person's two posts)
            span = parts[-1]
        parts = span.split(", ")
        if len(parts) > 1 and (not any(_is_position(w) and _ru_singular(w) for w in parts[0].split())
                               or _RU_AMONG_LEAD.match(parts[-1])) \
                and any(_is_position(w) and _ru_singular(w) for w in parts[-1].split()):
            # "Одна из потерпевших, жительница Алматы Динара": the group, then her own title (without the words
            # that say she is one of it: "западные руководители, в том числе генсек ООН Пан Ги Мун"; after them
            # whatever the group's noun: "военные атташе 12 государств, в том числе полковник Ли Вэйдун", where
            # "атташе" does not decline)
            span = _RU_AMONG_LEAD.sub("", parts[-1])
        if re.search(r"[.!?;:]\s|:$", _RU_PLACE_ABBREVIATION.sub("", span)):
            return None  # another sentence part, or a colon before a list of names
        span_words = span.split()
        if names.ru_pos(span_words[-1]) == "PREP":
            return None  # "для королей ..., принца Уэльского, для Вандербильтов": the title is another's
        if len(span_words) > 2 and span_words[-2].lower() in _RU_NOT_A_POSTS_PREPOSITION \
                and span_words[-1][:1].islower():
            return None  # "премьера в первый год работы со времен Гордона Брауна": the name is the phrase's,
            # "со времен"; a post's own phrase has "по", "при", "в", "от" ("председатель комитета по бюджету")
        if all(_ru_adjective(w.strip("«»\"“”,")) for w in span_words):
            return None  # "Первый — Аскар Жумагалиев, председатель ...": an ordinal of a list, no title
        # (a name inside a name, closed once, stays as written: "АО «НК «Қазақстан Ғарыш Сапары»")
        nested = span.endswith("»") and not span.startswith("«") and span.count("«") > span.count("»")
        if not nested and (span.count("«") != span.count("»")
                           or (span[:1] == "«" and span[-1:] == "»" and span.count("«") == 1)):
            span = span.strip("«»")  # "«Классический чемпион мира» Владимир Крамник": the title, unquoted
        return span.lstrip("\"“") or None
    return None


def _thing_first(word: str) -> bool:
    """A title's form whose likeliest reading is an inanimate noun of another word: "премьера" (a premiere,
    then премьер's genitive). Not a title whose one word also names a thing ("главы", a chapter's)."""
    parses = names.parse(word.lower())
    if not parses or not {"NOUN", "inan"} <= parses[0].tag.grammemes:
        return False
    return any("anim" in p.tag.grammemes and p.normal_form != parses[0].normal_form for p in parses[1:])


def _title_cases(word: str) -> frozenset[str]:
    """The cases the dictionary reads a Russian title's word in ("председательницу": accusative only)."""
    return frozenset({"nomn", *_OBLIQUE}) & {p.tag.case for p in _noun_readings(word.lower().strip(",.;:«»\"“”"))}


def _ordinal(word: str) -> bool:
    """An ordinal numeral's adjective ("первый", "Первого"), as the dictionary likes best."""
    parsed = names.parse(word)
    return bool(parsed) and "Anum" in parsed[0].tag.grammemes


# the document whose author a title in the genitive after it names: "Указом Главы государства", "распоряжением
# Премьер-министра"
_RU_DOCUMENT_BY = frozenset(["указом", "распоряжением", "постановлением", "приказом", "решением"])
# prepositions that open no part of a title: after one, a lower-case noun governs the name ("со времен", "после
# отставки", "до прихода")
_RU_NOT_A_POSTS_PREPOSITION = frozenset(["со", "с", "после", "до", "для", "ради", "вместо", "кроме", "среди", "у",
                                         "благодаря", "против", "вопреки"])


def _in_guillemets(text: str, word: re.Match) -> bool:
    """Whether a word is inside a short name in guillemets that closes before the text's end ("«Не молчи» Дина
    Тансари"); not in a quotation still open ("«Это не значит ..., — пояснила Алла Бут")."""
    opened = text.rfind("«", 0, word.start() + 1)
    closed = text.find("»", word.start())
    return opened > text.rfind("»", 0, word.start()) and closed != -1 and closed - opened < 60


def _ru_singular(word: str) -> bool:
    """Whether a Russian word may be singular: its likeliest reading is not plural."""
    parses = names.parse(word.strip(",.;:«»\"“”").lower())
    return not parses or "plur" not in parses[0].tag.grammemes


# the words that make one named a member of a group just named ("в том числе", "включая")
_RU_AMONG_WORDS = (r"в[ \u00a0]+том[ \u00a0]+числе|в[ \u00a0]+частности|например|включая|среди[ \u00a0]+них|"
                   r"такие[ \u00a0]+как")
# ... at a title's start, after the group's title and a comma: "западные руководители, в том числе генсек ООН"
_RU_AMONG_LEAD = re.compile(rf"(?i)^(?:{_RU_AMONG_WORDS})[ \u00a0]+")
# ... right before the name: "многие эксперты, в том числе Досым Сатпаев"
_RU_AMONG = re.compile(rf"(?i),?[ \u00a0]+(?:{_RU_AMONG_WORDS}|среди[ \u00a0]+которых|как[ \u00a0]+например)\Z"
                       r"|,[ \u00a0]+как\Z")  # "такие сильные шахматисты, как Вишванатан Ананд"


# who a person is, written after the name between commas or before a colon or the paragraph's end: "Айдос
# Сарым, депутат Мажилиса Парламента РК:", "Гульнара Есенова, учительница начальных классов", "Нұрлан
# Ахметов, Мәжіліс депутаты:". No full stop inside: "Как считает Сарым, депутат должен ... ." is a clause.
# A list prints it after a dash: "1. Кошанов Ерлан Жаканович – Председатель Мажилиса Парламента РК;".
_APPOSITION = re.compile(r"(?:,|[ \u00a0][—–-])[ \u00a0]+([^,.:;()\n!?—–]{2,120}?)"
                         r"(?=[ \u00a0]*(?:[,:;)]|[ \u00a0][—–][ \u00a0]|\.?[ \u00a0]*(?:\n|$)))")


_DASH_THEN = re.compile(r"[ \u00a0]*[—–][ \u00a0]+")
_RU_NOW = frozenset(["ныне", "теперь", "сейчас", "тогда", "впоследствии", "позднее", "позже", "ранее", "прежде"])
_APPOSITION_SENTENCE_END = re.compile(r",[ \u00a0]+([^,.:;()\n!?—–]{2,80}?)\.[ \u00a0]+(?=[A-ZА-ЯЁ«])")
_PREDICATE_POS = frozenset({"VERB", "INFN", "PRTS", "ADJS", "PRED", "GRND", "CONJ"})


# the post a person is named to, right after the name: Russian in the instrumental up to the clause's end
# ("назначить Аккенженова Ерлана Сериковича министром энергетики,"); Kazakh before "болып" ("Бекбосынов Нұрлан
# Қайратұлы Су ресурстары вице-министрі болып тағайындалды")
_RU_AS_TITLE = re.compile(r"[ \u00a0]+([^,.:;()\n!?]{2,150}?)(?=[ \u00a0]*(?:[,.:;()\n!?]|$))")
_KK_AS_TITLE = re.compile(r"[ \u00a0]+([^,.:;()\n!?]{2,150}?)[ \u00a0]+(?:болып|лауазымына|лауазымынан|қызметіне|"
                          r"қызметінен|қызметін)(?![\w])")
# a decree's verb in the passive: "X назначен министром транспорта", "акимом области назначен X"
_RU_APPOINTED = r"(?:назначен|переназначен|утвержд[её]н|избран|освобожд[её]н)[аы]?"
_RU_APPOINTED_AFTER = re.compile(rf"[ \u00a0]+(?:был[аи]?[ \u00a0]+)?{_RU_APPOINTED}(?=[ \u00a0])", re.I)
# the post before the verb and the name: in the instrumental ("Послом Казахстана в Японии назначен X") or after
# "на должность", "от должности" in the genitive ("от должности акима области освобожден X")
# (or "стал": "Министром финансов вновь стал X")
_RU_APPOINTED_OR_BECAME = rf"(?:{_RU_APPOINTED}|стал[аи]?)"
_RU_APPOINTED_BEFORE = re.compile(rf"[ \u00a0]+(?:(?:вновь|снова|также|впервые|временно)[ \u00a0]+)?"
                                  rf"{_RU_APPOINTED_OR_BECAME}[ \u00a0]+\Z", re.I)
# a list of posts after one verb, each name after its post and a dash: "Министром финансов стал Мади Такиев,
# министром юстиции – Ерлан Сарсембаев"
_RU_LISTED_POST = re.compile(r"[ \u00a0]+[–—][ \u00a0]+\Z")
_RU_APPOINTED_IN = re.compile(rf"(?<![\w-]){_RU_APPOINTED_OR_BECAME}(?![\w-])", re.I)


def _role_as(text: str, m: Mention, person_starts: list[int]) -> str | None:
    """The post right after a person's name that the sentence names them to or as (`_RU_AS_TITLE`,
    `_KK_AS_TITLE`), past a decree's verb in Russian ("Марат Карабаев назначен министром транспорта"): its
    first title (after its adjectives) in the instrumental, up to a verb, in Russian; a phrase ending with a
    title in Kazakh. Not when another person stands inside (`person_starts` holds no office's title: "помощником
    Президента" is the post)."""
    if m.lang != "kk":
        opening = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        if (dash := _DASH_THEN.match(text, m.end)) and _RU_APPOINTED_IN.search(text, opening, m.start):
            # "Сатыбалдин Тимур Асылбекович назначен председателем ..., Жумабаева Айгерим Маратовна – заместителем
            # председателя": in a list of appointments the verb left out after a dash
            return _post_named(text, dash.end(), len(text), person_starts, True)
        space = _SPACES.match(text, m.end)
        if not space:
            return None  # a comma, a full stop after the name: no post said
        at, instrumental = space.end(), True
        if (v := _RU_APPOINTED_AFTER.match(text, m.end)) and (space := _SPACES.match(text, v.end())):
            at = space.end()
            if (post := _RU_TO_POST.match(text, at)):
                at, instrumental = post.end(), False
        elif (post := _RU_TO_POST.match(text, at)):
            # "Освободить Мамыт Айгерим Ержановну от должности заведующего Отделом": the post right after the name
            at, instrumental = post.end(), False
        return _post_named(text, at, len(text), person_starts, instrumental)
    a = _KK_AS_TITLE.match(text, m.end)
    if not a or starts_within(person_starts, a.start(1), a.end(1)):
        return None
    words = list(re.finditer(r"\S+", a.group(1)))
    last = words[-1].group(0).strip("«»\"“”")
    # what the sentence says between the name and the post is no part of it: "Бердібек Сапарбаев басқа
    # жұмысқа ауысуына байланысты Жамбыл облысы әкімі лауазымынан босатылды" (`_KK_NOT_IN_TITLE`)
    first = max((k + 1 for k, w in enumerate(words[:-1]) if _KK_NOT_IN_TITLE.search(w.group(0))), default=0)
    if any(w.group(0).lstrip("«\"“")[:1].isupper() for w in words[:first]) \
            or (bare_title(last) and any(w.group(0).lstrip("«\"“")[:1].isupper() for w in words[first:-1])):
        # "Шарль Мишель Еуропалық одақ (Қазақстан экономикасына) ең ірі инвестор болып қала беретінін атап
        # өтті": a name in what is said between is the post's own subject (the Union remains the investor); a
        # name that governs a post makes it possessive ("Мәжіліс төрағасы болып"), never a bare "инвестор"
        return None
    if words[first].group(0).lower() in names.KK_COURTESY:
        first += 1  # "Тоқаев мырза Қазақстан Президенті болып": the courtesy word is no title's
    ok = len(words) - first <= 10 and _is_position(last) and not last.lower().endswith(names.KK_PLURAL)
    return a.group(1)[words[first].start():].strip() if ok else None


# a word no Kazakh post's name holds, in lower case (a place's name is capitalised): in the dative, ablative or
# locative ("жұмысқа", "ауысуына"; "және" is "and": "Су ресурстары және ирригация вице-министрі"), a
# postposition ("байланысты", "бұған дейін") or the year it happened ("2022 жылы"); the accusative may
# ("халықты әлеуметтік қорғау министрі")
_KK_NOT_IN_TITLE = re.compile(r"^(?!және$)[а-яәғқңөұүһі-]+(?:ға|ге|қа|ке|на|не|дан|ден|тан|тен|нан|нен|да|де|та|те)$|"
                              r"^(?:байланысты|бойынша|сәйкес|орай|қатысты|дейін|кейін|бері|бұрын|соң|жылы)$")
_SPACES = re.compile(r"[ \u00a0]+")
_RU_POST = re.compile(r"[^,.:;()\n!?]{2,150}?(?=[ \u00a0]*(?:[,.:;()\n!?]|$))")
# "на должность", "от должности", "на пост": the post after it is in the genitive
_RU_TO_POST = re.compile(r"(?<![\w])(?:на|от|с)[ \u00a0]+(?:должност[иь]|поста?)[ \u00a0]+", re.I)


_RU_WHEN = re.compile(r"(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|ма[йяе]|конце|"
                      # in what body's new line-up: "Министром иностранных дел в новом кабинете стал X"
                      r"начале|середине|течение|ходе|связи|соответствии|составе|кабинете|новом|обновленном|\d.*")


def _instrumental_title(word: str) -> bool:
    """A title's word in the instrumental singular, as a post one is named to is ("министром", "акимом"; a
    participle used as a noun too: "заведующим отделом", "управляющим директором")."""
    return _is_position(word) and any(p.tag.case == "ablt" and "sing" in p.tag.grammemes
                                      and (p.tag.POS == "NOUN" or "Subx" in p.tag.grammemes)
                                      for p in names.parse(word.lower()))


def _post_named(text: str, start: int, end: int, person_starts: list[int], instrumental: bool) -> str | None:
    """The Russian post written from `start` (its first word) within `text[:end]`, one clause: its title
    (after up to two adjectives) in the instrumental ("первым вице-министром энергетики") or, after "на
    должность", in any case ("ректора университета"), up to a verb; none when another person stands inside or
    no title heads it."""
    a = _RU_POST.match(text, start, end) if start < end else None  # endpos: `$` is the post's end
    if not a or starts_within(person_starts, a.start(), a.end()):
        return None
    words = list(re.finditer(r"\S+", a.group(0)))
    k = _after_adjectives([w.group(0) for w in words])
    head = words[k].group(0)
    if not (_instrumental_title(head) if instrumental else _is_position(head)):
        return None
    cut = next((w.start() for w in words[k + 1:] if _ru_verb(w.group(0))), len(a.group(0)))
    # nor when or why it happened: "главным редактором газеты «Культура» в декабре 2011 года", "в конце июня",
    # "министра энергетики в связи с переходом на другую работу"
    when = next((n for n in range(k + 1, len(words)) if _RU_WHEN.fullmatch(words[n].group(0).lower())), None)
    if when is not None:
        prep = when - 1 > k and words[when - 1].group(0).lower() in ("в", "во", "с", "до", "после", "к", "на")
        cut = min(cut, words[when - 1 if prep else when].start())
    if len([w for w in words if w.start() < cut]) > 10:
        return None
    # "освобожден от должности Государственного советника и назначен ...": the "and" before the next verb too
    return re.sub(r"[ \u00a0]+(?:и|а|но)\Z", "", a.group(0)[:cut].strip(" \u00a0-–—")) or None


def _role_appointed(text: str, m: Mention, sent_start: int, person_starts: list[int]) -> str | None:
    """The Russian post written before a decree's verb and the name it names ("Указом Главы государства
    акимом Жамбылской области назначен Ербол Карашукеев", "На должность ректора избран X", "от должности
    акима области освобожден X", "Министром финансов вновь стал X"), or before a dash in the list such a verb
    opens (", министром юстиции – Ерлан Сарсембаев"): the title in the instrumental, or after "на
    должность"/"от должности", from the clause's start (its first such title: "Указом Главы государства" is the
    decree's) up to the verb."""
    if m.lang == "kk":
        return None
    b = _RU_APPOINTED_BEFORE.search(text, max(sent_start, m.start - 40), m.start) \
        or _RU_LISTED_POST.search(text, max(sent_start, m.start - 5), m.start)
    if not b:
        return None
    end = b.start()
    clause = _post_clause_start(text, sent_start, end)
    if b.re is _RU_LISTED_POST and not _RU_APPOINTED_IN.search(text, sent_start, clause):
        return None  # a dash after a post names its holder only in a list that a decree's verb opens
    if (to := list(_RU_TO_POST.finditer(text, clause, end))):
        return _post_named(text, to[-1].end(), end, person_starts, instrumental=False)
    for w in re.finditer(r"\S+", text[clause:end]):
        if _instrumental_title(w.group(0).strip("«»\"“”")):
            start = clause + w.start()
            for _ in range(2):  # "Первым вице-министром": its adjectives in the instrumental
                prev = re.search(r"(\S+)[ \u00a0]+\Z", text[clause:start])
                if not prev or not _ru_adjective(prev.group(1)) or not any(
                        p.tag.case == "ablt" for p in names.parse(prev.group(1).lower())[:1]):
                    break
                start = clause + prev.start(1)
            return _post_named(text, start, end, person_starts, instrumental=True)
    return None


def _post_clause_start(text: str, sent_start: int, end: int) -> int:
    """Where the clause that runs up to `end` starts: after the sentence's last comma, semicolon, colon or
    bracket before it, else at the sentence's start (a post named before a decree's verb stands in it)."""
    return max([c.end() for c in re.finditer(r"[,;:(]\s*", text[sent_start:end])], default=0) + sent_start


# Kazakh names the post a decree gives before "болып" (as) and the name right after it: "Қаржы министрі болып
# қайтадан Мади Тәкиев ... тағайындалды"
_KK_POST_BEFORE = re.compile(r"([^,.:;()\n!?]{2,150}?)[ \u00a0]+болып(?:[ \u00a0]+(?:қайтадан|қайта|тағы))?"
                             r"[ \u00a0]+\Z")
_KK_APPOINTED = re.compile(r"(?<![\w-])(?:тағайындал|сайлан|бекітіл)(?:ды|ған|ады)(?![\w-])")


def _kk_post_before(text: str, m: Mention, sent_start: int, sent_end: int) -> str | None:
    """The Kazakh post a decree gives, written before "болып" right before the name, when the sentence's verb
    after the name appoints or elects ("Премьер-министрдің бірінші орынбасары болып Роман Скляр, ... Ұлттық
    экономика министрі болып Серік Жұмангарин ... тағайындалды"): one clause's, up to ten words, ending with a
    title. A title between "болып" and the name is the name's own ("үздік ойыншысы болып қақпашы X танылды")."""
    if m.lang != "kk":
        return None
    clause = _post_clause_start(text, sent_start, m.start)
    a = _KK_POST_BEFORE.search(text[clause:m.start])
    if not a or not _KK_APPOINTED.search(text, m.end, sent_end):
        return None
    words = a.group(1).split()
    return a.group(1).strip() if len(words) <= 10 and _is_position(words[-1].strip("«»\"“”")) else None


def _after_adjectives(words: list[str]) -> int:
    """Where a Russian title's head stands in a phrase: after up to two adjectives, never past the last word."""
    k = 0
    while k < min(2, len(words) - 1) and _ru_adjective(words[k]):
        k += 1
    return k


def _own_office(span: str) -> str:
    """A Kazakh title that ends with an office's own name of two words ("Мемлекет басшысы") is that name alone
    unless a genitive before it says whose: "«AMANAT» партиясы облыстық филиалы Мемлекет басшысы Тоқаевтың
    бастамасын қолдайды" is the branch, the subject, before the President's title. One word ("Президенті") is
    no such name: "Қазақстан Президенті" is whole."""
    for rx, *_ in offices():
        for m in rx.finditer(span):
            before = span[:m.start()].rstrip()
            if m.end() == len(span) and " " in m.group(0) and before \
                    and not before.lower().endswith(names.KK_GENITIVE):
                return span[m.start():]
    return span


def _role_after(text: str, m: Mention, person_starts: list[int]) -> str | None:
    """The title written after a person's name (`_APPOSITION`), when none stands before it. Russian: the
    phrase opens with a title (after its adjectives: "бывший аким") in the name's case and number, and holds no
    verb; Kazakh: it ends with a title, the head of its compound ("Мәжіліс депутаты"). Not when it holds
    another person's name: "Олжас Бектенов, министр финансов Мади Такиев" lists two people."""
    a = _APPOSITION.match(text, m.end)
    ends_sentence = False
    if not a and m.lang == "ru":
        # "Вторая фигура — Ерлан Аккенженов, министр энергетики. С ним ...": a short title before the sentence's
        # end, inside a paragraph, with no word of a predicate (not "Как считает Сарым, депутат должен ...")
        a, ends_sentence = _APPOSITION_SENTENCE_END.match(text, m.end), True
    if not a:
        return None
    phrase = a.group(1).strip()
    words = phrase.split()
    if m.lang == "ru" and len(words) > 1 and words[0].lower() in _RU_NOW:
        words = words[1:]  # "Геннадий Головкин, ныне президент НОК,": the title he holds now
        phrase = " ".join(words)
    if ends_sentence and (len(words) > 6 or any(names.ru_pos(w.strip("«»\"“”")) in _PREDICATE_POS for w in words)):
        return None
    if not words or len(words) > 10 or starts_within(person_starts, a.start(1), a.end(1)):
        return None
    dash = _DASH_THEN.match(text, a.end(1))
    if dash and starts_within(person_starts, dash.end(), dash.end() + 1):
        return None  # "стал Тосимицу Мотэги, министром обороны — Синдзиро Коидзуми": the next one's post, the
        # verb left out
    if m.lang == "kk":
        last = words[-1].strip("«»\"“”")
        # (after a dash, a list's post, as long as the body's name makes it: "Әлмұханова Гүлжан Базарбекқызы –
        # Абай атындағы Қазақ ұлттық опера және балет театрының көркемдік жетекшісі;")
        ok = len(words) <= (10 if a.group(0).lstrip(" \u00a0")[:1] in "—–-" else 8) and _is_position(last) \
            and not _kk_plural_noun(last) \
            and not last.lower().endswith(names.KK_PLURAL)
        return phrase if ok else None
    k = _after_adjectives(words)  # "бывший аким", "главный редактор"
    head = words[k]
    nouns = _noun_readings(head.lower())
    # (a verb in a name in guillemets is the name's: "главный редактор справочника «Кто есть кто в Казахстане»";
    # words quoted from a small letter are a quotation's: "госсекретарь «подчеркнул приверженность ...»")
    unquoted = re.sub(rf"«[{_UP}][^«»]*»", " ", phrase).split()
    if not _is_position(head) or (nouns and all("plur" in p.tag.grammemes for p in nouns)) \
            or not _agrees(head, m.surface) or any(_ru_verb(w) for w in unquoted):
        return None
    return phrase


# ---------------------------------------------------------------- all together

def _coref(mentions: list[Mention]) -> None:
    """Fill what one mention of a person lacks from another in the same article."""
    persons = [m for m in mentions if m.kind == "person"]
    _assign_gazetteer(persons)
    alone = {names.fold(m.surname) for m in persons if m.surname and not m.given and m.surface == m.surname}
    # a surname alone in a case is one too ("Победа Джоковича" after "Новак Джокович"): a patronymic never stands
    # alone
    alone_any = alone | {names.fold(m.surname) for m in persons if m.surname and not m.given and not m.initial
                         and m.surface.split()[-1] != m.surname and names.case_form(m.surface, m.surname)}
    for m in persons:
        if m.given and m.patronymic and not m.surname and names.fold(m.patronymic) in alone_any:
            m.patronymic, m.surname = None, m.patronymic  # see `_may_be_patronymic`
    _surnames_in_case(persons)
    full = [m for m in persons if m.given and m.surname]
    _given_in_surnames_case(full)
    _nominatives(full)
    _nominatives_from_surnames(full, persons)
    _stem_of_two_cases(full, persons)
    _double_surname_alone(full)
    for m in persons:
        if m.surname and not m.given:
            _join_full_name(m, full, by=lambda f: f.surname, key=names.surname_key)
            if not m.given and not m.actor and not m.initial \
                    and (m.surface == m.surname or (m.lang == "kk" and names.kk_base(m.surface) == m.surname)) \
                    and (same := {(f.given, f.surname, f.actor) for f in full
                                  if names.fold_word(f.given) == names.fold_word(m.surname)}) and len(same) == 1:
                # "«Килиан сегодня был везде»" after "Килиан Мбаппе": a given name no list knows, read alone as a
                # surname, is the one person of that given name (in its Kazakh case too: "Жанибектің бапкері")
                m.given, m.surname, m.actor = next(iter(same))
        elif m.given and not m.surname and not m.patronymic and not m.actor and not m.initial:
            # "Егора" after "Егора Свиридова": a given name alone is the one person of that name; a word
            # the dictionary knows as a rare given name may be the article's surname ("Вагнера")
            _join_full_name(m, full, by=lambda f: f.given, key=names.fold_word)
            if not m.surname:
                _join_full_name(m, full, by=lambda f: f.surname, key=names.surname_key)
    _east_asian_family_alone(persons)
    # a two-word name whose second word is patronymic-shaped ("Қуанышбек Үсібәліұлы", "Касым-Жомарт
    # Кемелевич") is given + patronymic when the article names a person with that initial and a surname (in
    # its words: an office, "Үкімет басшысы", carries its holder's name, which the article need not write)
    for m in persons:
        if m.given and m.surname and not m.patronymic and _may_be_patronymic(m.surname, alone) \
                and names.fold(m.surname) not in alone_any and not _his_patronymic_her_name(m.given, m.surname):
            # (not one of another given name of that initial: "Ерлан Кошанов" leaves "Ержан Кайратулы" his surname)
            others = [x for x in persons if x is not m and x.surname and x.surname != m.surname
                      and x.source not in _OFFICE_SOURCES
                      and (names.fold(x.given) == names.fold(m.given) if x.given
                           else names.fold(x.initial or "")[:1] == names.fold(m.given)[:1])]
            if others or (m.surname.lower().endswith(("вич", "вна", "ична")) and _named_patronymic(m.surname)):
                # (a person of that given name is evidence for any: "Мухтар Бескенович" beside "Мухтар
                # Тлеуберди"; alone, a father's name must be a name: "Новак Джокович" is no patronymic)
                m.patronymic, m.surname = m.surname, None
    # "Қуанышбек Үсібәліұлы" (given + patronymic) is the "Қ.Қансейтов" (initial + surname) of the article
    for m in persons:
        if _given_and_patronymic_only(m):
            cands = {(x.surname, x.actor) for x in persons if x.surname and not x.given
                     and names.fold(x.initial or "")[:1] == names.fold(m.given)[:1]}
            cands |= _surnames_of_given(m.given, persons)
            if len(cands) > 1:
                # two of that given name ("Ерлан Қошанов" and "Ерлан Сыдықов"): the one named before is meant,
                # when only one is ("– ..., – деді Ерлан Жақанұлы", and the other listed after)
                cands = _surnames_of_given(m.given, [x for x in persons if x.end <= m.start]) or cands
            if len(cands) == 1:
                m.surname, actor = next(iter(cands))
                m.actor = m.actor or actor
                for x in persons:
                    if x.surname == m.surname and not x.given and x.initial:
                        x.given = m.given
    _assign_gazetteer(persons)
    _initials_only(persons)


def _east_asian_then_surname(word: str, nxt: str, lang: str) -> bool:
    """An East Asian family name alone before another person's surname ("Си Тоқаевпен кездесті"): two persons,
    not one name."""
    return word in _east_asian_surnames() and "name" not in names.dictionary_tags(word) \
        and names.is_surname_shaped(_nominative(names.cap(nxt), lang), strong=True)


def _east_asian_family_alone(persons: list[Mention]) -> None:
    """An East Asian family name alone ("заявил Си", "Ким подчеркнул") is the one person the article names in
    full with it ("Си Цзиньпин", kept whole as written by `_east_asian`), when it names one only."""
    for m in persons:
        word = m.surface
        if m.actor or m.patronymic or (m.given and m.surname) or " " in word:
            continue
        # in Russian in a case too: "импичмент Юна" after "Юн Сок Ёля", "в пользу Кима"
        family = word if word in _east_asian_surnames() else next(
            (stem for e in _CASE_ENDS if m.lang == "ru" and word.endswith(e)
             and (stem := word[:-len(e)]) in _east_asian_surnames()), None)
        if family is None or not {word, family} & {m.surname, m.given}:
            continue  # one word, read as a surname or (natasha may) as a given name: "Си"
        named = [x for x in persons if x.surname and x.surname.split()[0] == family and " " in x.surname
                 and not x.given]
        whole = {(x.surname, x.actor) for x in named}
        if len(whole) > 1:  # "Ким Мун Су", then "Ким признал поражение", then "Ким Чен Ын": the one named before
            whole = {(x.surname, x.actor) for x in named if x.end <= m.start}
        if len(whole) == 1:
            m.given, (m.surname, m.actor) = None, next(iter(whole))


def name_key(m: Mention) -> tuple[str, str]:
    """A person as the article names them, across spellings and cases: the folded given name and the surname's
    key ("Ерлан Тынымбайулы" whose surname is Карин and "Ерлан Карин" are one)."""
    return names.fold(m.given or ""), names.surname_key(m.surname or "")


def _given_written_before(text: str, mentions: list[Mention]) -> None:
    """Take into a surname found alone the word right before it that is its given name: the one the article
    writes with that surname elsewhere, which the lexicon need not know ("Түрікменстан Президенті Сердар
    Бердімұхамедов ... Сердар Бердімұхамедов Түрікменстан халық кеңесінің төрағасы Гурбангулы
    Бердімұхамедовтың": the son is then not read as the father, whose given name differs), or in Russian a word
    the dictionary does not know at all after a title's lower-case word (`_unknown_given`)."""
    full = {(names.fold(m.given), names.surname_key(m.surname)): m for m in mentions
            if m.kind == "person" and m.given and m.surname and m.source != "coref"}
    for i, m in enumerate(mentions):
        # a surname alone, or one `_lone_surnames` gave the given name of another of its bearers
        if m.kind != "person" or not m.surname or m.initial or (m.given and m.source != "coref"):
            continue
        if not full and not _may_take_unknown_given(m):
            continue
        before = _NAME_BEFORE.search(text, 0, m.start)
        if before is None or (i and mentions[i - 1].end > before.start()):
            continue
        word = before.group(1)
        f = full.get((names.fold(names.kk_base(word) if m.lang == "kk" else word), names.surname_key(m.surname)))
        if f is not None:
            mentions[i] = replace(m, start=before.start(1), surface=text[before.start(1):m.end], given=f.given,
                                  patronymic=f.patronymic, surname=f.surname, actor=f.actor)
        elif _may_take_unknown_given(m) and _unknown_given(text, before):
            mentions[i] = replace(m, start=before.start(1), surface=text[before.start(1):m.end], given=word)


def _may_take_unknown_given(m: Mention) -> bool:
    """A Russian surname found alone, of a strong shape, in the nominative as written (an unknown name in a case
    would keep its ending), with nothing else of a name: `_unknown_given` may give it the word before."""
    return m.lang == "ru" and not m.given and not m.patronymic and not m.actor and m.surface == m.surname \
        and names.is_surname_shaped(m.surname, strong=True)


def _unknown_given(text: str, before: re.Match) -> bool:
    """Whether the capitalised word `before` holds, right before a surname, is a given name no list holds: the
    dictionary does not know it at all, and a title's lower-case word stands before it ("Председатель правления
    аэропорта Сайран Акмолдаев", natasha's span the surname only). A known word stays out ("министр Кошанов";
    "Алматы Акмолдаев" is a place's), as does one at a sentence's start."""
    word = before.group(1)
    prev = re.search(r"([^\W\d_][\w-]*)[ \u00a0]+$", text[max(0, before.start() - 40):before.start()])
    return not (names.dictionary_tags(word) or _is_position(word) or _body(word) or _kz_city(word)
                or outlet_named(word) or names.is_surname_shaped(word) or prev is None
                or not prev.group(1)[:1].islower())


def _her_verb(text: str, mentions: list[Mention]) -> None:
    """Read a Russian "<given> <surname in -ова>" as a woman in the nominative when the sentence says so, though
    the dictionary reads the pair as a man's genitive: a verb in the feminine past after it, past a bracket or
    an apposition between commas ("Зауре Нуртаева (фамилия изменена) обратила внимание", "Евгения Козырева,
    руководитель бюро, сказала"), or a woman's title in the nominative right before it ("Правозащитница
    Евгения Козырева считает"). Зауре is a man's name Russian does not decline to the dictionary; Евгения,
    Валерия, Ярослава are a man's genitive as well as a woman's nominative."""
    for m in mentions:
        if m.kind != "person" or m.lang != "ru" or not m.given or not m.surname or m.actor:
            continue
        words = m.surface.split()
        last = words[-1]
        # "Арина Соболенко", "Яна Шевченко": a surname that is the same for him and her, as written, beside a
        # given name read as a man's genitive ("Арин", "Ян") that is also a woman's nominative
        # ("Анита Цой": a surname of three letters is no adjective's "-ой")
        no_gender = last == m.surname and words[0] != m.given and len(words) == 2 \
            and not (len(last) > 3 and last.lower().endswith(_GENDERED_SURNAME_END)) and _female_reading(words[0])
        # "Премьер Италии Джорджа Мелони предложила": a surname that never declines, beside a given name read as
        # a man's genitive the dictionary knows no woman's nominative of; only her verb can say it is hers
        by_verb = last == m.surname and len(words) == 2 and words[0][:-1] == m.given \
            and words[0][-1:].lower() in "ая" and last[-1:].lower() in _RU_UNDECLINED_END and not no_gender
        if len(words) == 2 and words[0] != m.given and names.is_given(words[0]) and names.is_female_given(words[0]) \
                and not names.is_given(m.given) and last.lower().endswith(_FEMALE_SURNAME_END) \
                and last[:-1] == m.surname:
            # "Жания Аубакирова": a woman's name the lists have, read by the dictionary as the genitive of a man's
            # name no list has ("Жаний"), is hers, with no word of the sentence needed
            m.surname, m.given = last, words[0]
            continue
        if not no_gender and not by_verb and (last == m.surname or not last.lower().endswith(_FEMALE_SURNAME_END)
                                              or last[:-1] != m.surname):
            continue
        if no_gender and _commoner_hers(words[0]):
            m.surname, m.given = last, words[0]  # "Арина Соболенко", "Марина Кравец": see `_commoner_hers`
            continue
        her_before = her_verb_before(text, m.start)
        if words[0] != m.given and not _female_reading(words[0]) and not names.is_woman_or_genitive(words[0]) \
                and not by_verb and not (words[0][-1:] in "ая" and not _name_reading(words[0])) and not her_before:
            continue  # the given name was read otherwise, and the word as written is no woman's name (a word the
            # dictionary knows as no name at all, "Мирра", is the sentence's to decide)
        raw = word_before(text, m.start)
        before = raw.strip(",.;:«»\"“”()")
        parses = names.parse(before) if before else ()
        if before.lower() in _KIN_WOMEN:
            continue  # "Вдова Евгения Козырева сказала": she is his widow, and the verb hers
        if before and not _is_position(before) and any(
                p.tag.POS == "NOUN" and {"nomn", "femn", "sing"} <= p.tag.grammemes for p in parses) \
                and not any("anim" in p.tag.grammemes for p in parses[:1]):
            continue  # "Встреча Гани Бейсембаева прошла": the verb is the noun's, the name its genitive
        # "Журналистка", "Правозащитница"; not a relation, which takes its genitive ("вдова Евгения Козырева")
        titled = _her_noun(parses)
        nxt = _NEXT_LOWER_WORD.match(text, m.end)
        verb = nxt and (nxt.group(1) or nxt.group(2)).lower()
        if names.is_woman_or_genitive(words[0]) and not titled:
            # "Юрист Жанара Балгабаева считает": a listed woman's name after a title in the nominative stands
            # in its case; at a sentence's start, before a verb in the present, it is the subject, no genitive
            titled = (bool(parses) and _is_position(before) and {"anim", "nomn"} <= parses[0].tag.grammemes) \
                or ((not raw or raw.endswith((".", "!", "?"))) and bool(verb) and any(
                    {"pres", "3per", "sing"} <= p.tag.grammemes for p in names.parse(verb)[:1])) \
                or _title_of_one_named_before(text, m, mentions)
        if (titled and not by_verb) or _WHO_SHE.match(text, m.end) or (verb and _past_gender(verb) == "femn") \
                or her_before:
            m.surname, m.given = last, words[0]  # "Евгения Козырева", not the man's Евгений Козырев


def _title_of_one_named_before(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a name opens its clause after a title in the nominative and whose title it is, in the genitive,
    of one the article has named with that title: "Адвокат активиста Жанара Балгабаева считает" after "...
    задержала гражданского активиста Максата Ильясулы" is the activist's lawyer, Жанара, not the lawyer of an
    activist Жанар Балгабаев (the activist is named already)."""
    words = list(re.finditer(r"\S+", text[max(0, m.start - 80):m.start]))
    if len(words) < 2 or words[-1].group(0)[-1:] in ",.;:»" or words[-2].group(0)[-1:] in ",.;:»":
        return False
    head, whose = words[-2].group(0), words[-1].group(0)
    lead = text[:max(0, m.start - 80) + words[-2].start()].rstrip()
    if lead and lead[-1] not in ".!?\n" or not (_is_position(head) and _is_position(whose)):
        return False
    if not any({"anim", "nomn"} <= p.tag.grammemes for p in names.parse(head)[:1]) \
            or not any("gent" in p.tag.grammemes for p in names.parse(whose)[:1]):
        return False
    stem = position_stem(whose)
    # (the roles are not attached yet: the title's word right before the one named earlier)
    return any(o.kind == "person" and o.end <= m.start - len(head) - len(whose)
               and stem in {position_stem(w.strip(",«»\"")) for w in text[max(0, o.start - 40):o.start].split()[-3:]}
               for o in mentions)


def her_verb_before(text: str, start: int) -> bool:
    """Whether a verb in the feminine past opens the clause of a name after it, its subject in the inverted
    order ("Как отметила вице-министр культуры и информации Евгения Богатырева", "Бронзу принесла Абиба
    Абужакынова"): right before the name or before its title, with no feminine noun in the nominative in the
    clause that the verb may be of ("сообщила пресс-служба ведомства Евгения ...", "Встреча прошла ...")."""
    words = _clause_words_before(text, start, 120)
    verbs = [k for k, w in enumerate(words) if names.ru_pos(w) == "VERB"]
    if not verbs or _past_gender(words[verbs[-1]]) != "femn":
        return False
    before, after = words[:verbs[-1]], words[verbs[-1] + 1:]
    if after and not _is_position(after[_after_adjectives(after)]):
        return False  # "Встреча прошла при участии Ерлана Карина": no title after the verb, the name is another's
    titles = [w for w in after if _is_position(w)]
    if titles and not _nominative_title(titles[-1]):
        return False  # "выступила представитель кандидата Ивана Петрова": the name is the last title's case
    return not any((p := names.parse(w)[:1]) and {"NOUN", "femn", "nomn", "sing"} <= {p[0].tag.POS, *p[0].tag.grammemes}
                   for w in before + after)


# the endings of Russian-style surnames, a man's and a woman's, that tell the two apart
_GENDERED_SURNAME_END = ("ов", "ев", "ёв", "ин", "ын", "ий", "ой", "ова", "ева", "ёва", "ина", "ына", "ая")


# the nouns of kinship, which take a genitive after them: "сын поэта", "вдова писателя" name no title of theirs
_RU_KIN = frozenset("сын сына сыну сыном дочь дочери дочерью жена жены жене женой муж мужа мужу мужем вдова вдовы "
                    "вдове вдовой брат брата брату братом сестра сестры сестре сестрой отец отца отцу отцом мать "
                    "матери матерью внук внука внуку внуком внучка внучки внучке внучкой супруга супруги супруге "
                    "супругой супруг супругу супругом племянник племянника племянница племянницы зять зятя зятю "
                    "зятем невестка невестки невестке невесткой тесть тестя тестю тестем свекор свёкор свекра "
                    "свёкра тёща теща тёщи тещи свекровь свекрови отчим отчима мачеха мачехи пасынок пасынка "
                    "падчерица падчерицы дядя дяди дяде дядей тётя тетя тёти тети дед деда деду дедом бабушка "
                    "бабушки дедушка дедушки кузен кузена кузина кузины".split())


# the women's nouns of kinship, which take a genitive after them: "дочь Александра Петрова" is his daughter
_KIN_WOMEN = frozenset("жена супруга дочь дочка мать мама сестра вдова внучка племянница невестка тёща теща "
                       "свекровь падчерица бабушка тётя тетя".split())


def _her_case_elsewhere(text: str, mentions: list[Mention]) -> None:
    """A Russian "<given in -а> <surname in -ова>" read as a man's genitive ("Мартина Навратилова" as Мартин
    Навратилов's; the dictionary knows no woman Мартина) is a woman's nominative when a verb in the feminine
    past follows it and the article writes the surname in a case only a woman's has ("По мнению Навратиловой"),
    with no other woman of that surname named in full (whose it could be: "Книга Бориса Петрова ... Ирина
    Петрова ... Петровой"). Her given name is then as written."""
    full = [m for m in mentions if m.kind == "person" and m.lang == "ru" and m.given and m.surname]
    hers = {m.surface.split()[-1][:-2].lower() + "а" for m in mentions
            if m.kind == "person" and m.lang == "ru" and m.surface.lower().endswith(_RU_HER_OBLIQUE)}
    hers -= {m.surname.lower() for m in full}
    for m in full:
        words = m.surface.split()
        if m.actor or len(words) != 2 or not words[0].endswith("а") or m.given != words[0][:-1] \
                or m.surname != words[1][:-1] or words[1].lower() not in hers \
                or not words[1].lower().endswith(_FEMALE_SURNAME_END):
            continue
        nxt = _NEXT_LOWER_WORD.match(text, m.end)
        if nxt and _past_gender((nxt.group(1) or nxt.group(2)).lower()) == "femn":
            m.given, m.surname = words[0], words[1]


def _his_or_hers_alone(text: str, mentions: list[Mention]) -> None:
    """A Russian surname alone in -ова, -ина when the article names in full a man and a woman of that surname
    ("Мухтар Ауэзов" and his granddaughter "Дильнара Ауэзова"): it is her nominative or his genitive or
    accusative, and the words around it say which. After a preposition or a noun that is no title ("письма
    Ауэзова", "ученик Ауэзова"), or before or after a verb that is not hers ("Ауэзова преследовали"), it is
    his; beside a verb in the feminine past or in the singular present ("Ауэзова отметила", "— сказала
    Ауэзова"), hers. Otherwise `_join_full_name` takes the one named last before."""
    persons = [m for m in mentions if m.kind == "person" and m.lang == "ru"]
    full = [m for m in persons if m.given and m.surname]
    for m in persons:
        low = m.surface.lower()
        if m.given or m.initial or " " in m.surface or not low.endswith(_FEMALE_SURNAME_END):
            continue
        his = [f for f in full if f.surname.lower() == low[:-1] and not _hers(f)]
        hers = [f for f in full if f.surname.lower() == low and _hers(f)]
        if not his or not hers:
            continue
        before = word_before(text, m.start).strip(",«»\"“”").lower()
        nxt = _NEXT_LOWER_WORD.match(text, m.end)
        verbs = [w for w in (before, nxt and (nxt.group(1) or nxt.group(2))) if w and _ru_verb(w)]
        if verbs:
            hers_verb = any(p.tag.POS == "VERB" and ({"femn", "past"} <= p.tag.grammemes
                                                     or {"pres", "3per", "sing"} <= p.tag.grammemes)
                            for w in verbs for p in names.parse(w)[:1])
            pick = hers if hers_verb else his
        elif before and not _is_position(before) and names.ru_pos(before) in ("PREP", "NOUN"):
            pick = his
        else:
            continue
        named = [f for f in pick if f.start < m.start] or pick
        m.given, m.patronymic, m.surname, m.actor = named[-1].given, named[-1].patronymic, named[-1].surname, \
            named[-1].actor


def _her_verb_alone(text: str, mentions: list[Mention]) -> None:
    """A woman's given name in the accusative or the dative beside a surname that is the same for him and her
    ("обыграла Арину Соболенко", "наградил Валентину Матвиенко") reads also as a man's dative or locative
    (Арин, Валентин), and nothing in the pair tells which: the article's verbs do. When the surname alone has
    a verb in the feminine past after it ("Соболенко признала", "Матвиенко поблагодарила") and never one in
    the masculine, the person is the woman, so that her lone mentions get her name too. A name the dictionary
    does not know as a name in -у after a consonant is her accusative so ("назначил Сушилу Карки ... — сказала
    Карки", "уступила Игу Свёнтек, а Свёнтек ... проиграла")."""
    persons = [m for m in mentions if m.kind == "person" and m.lang == "ru"]
    for m in persons:
        words = m.surface.split()
        unknown = words[0] == m.given and words[0][-1:] == "у" and words[0][-2:-1] not in _NOT_CONSONANT \
            and len(words[0]) >= 3 and "name" not in names.dictionary_tags(words[0]) and not names.is_given(words[0])
        if not m.given or m.actor or len(words) != 2 or words[1] != m.surname or (words[0] == m.given
                                                                                  and not unknown) \
                or (m.surname[-1:].lower() not in _RU_UNDECLINED_END
                    and not (unknown and m.surname[-1:].lower() not in _NOT_CONSONANT)) or _is_female(m.given):
            # (a surname in a consonant that stays so beside a given name in -у, "уступила Игу Свёнтек", would
            # decline with it for a man: "Игорю Свёнтеку")
            continue
        hers = [words[0][:-1].lower() + "а"] if unknown else sorted(
            {p.normal_form for p in names.parse(words[0]) if "Name" in p.tag.grammemes
             and "femn" in p.tag.grammemes and p.is_known})
        if len(hers) != 1 or any(f.surname == m.surname and _is_female(f.given) != _is_female(m.given)
                                 and words[0] != f.surface.split()[0] for f in persons if f.given):
            continue
        verbs = set()
        for x in persons:
            if x.surface != m.surname or x.given:
                continue
            # the verb after it, or the verb of speech before it after a quote ("», — сказала Карки")
            nxt = _NEXT_LOWER_WORD.match(text, x.end)
            said = _SAID_BEFORE.search(text, max(0, x.start - 30), x.start)
            verbs |= {_past_gender(word) for word in (nxt and (nxt.group(1) or nxt.group(2)), said and said.group(1))
                      if word}
        if verbs - {None, "neut"} == {"femn"}:
            m.given = names.cap(hers[0])
    for m in persons:
        # "В Пекине Рыбакина обыграла ...", "Теннисистка Рыбакина заявила": a surname alone in a woman's
        # nominative, read by the dictionary as a man's genitive (Рыбакин), before a verb in the feminine
        # past; not after a word that may govern a genitive ("Жалобу Петрова рассмотрела комиссия")
        if m.given or m.initial or m.actor or " " in m.surface or m.surname == m.surface \
                or not m.surface.lower().endswith(_FEMALE_SURNAME_END) or m.surname != m.surface[:-1]:
            continue
        nxt = _NEXT_LOWER_WORD.match(text, m.end)
        if not nxt or _past_gender(nxt.group(1) or nxt.group(2)) != "femn":
            continue
        raw = word_before(text, m.start)
        before = raw.strip("«»\"“”()")
        # (a woman's title in the nominative names her: "Теннисистка", "Министр"; a kinswoman takes his genitive,
        # "Жена Петрова рассказала")
        parses = names.parse(before) if before else ()
        titled = bool(parses) and before.lower() not in _KIN_WOMEN and (
            _her_noun(parses) or (_is_position(before) and "nomn" in parses[0].tag.grammemes))
        governs = bool(before) and raw[-1:] not in ",.;:!?—–-" and not titled and any(
            p.tag.POS in ("NOUN", "PREP", "NUMR") and not {"loct", "datv", "ablt"} & p.tag.grammemes
            for p in parses)
        if not governs:
            m.surname = m.surface


# a verb right before a name after a quote's closing mark and a dash: "», — сказала Карки"
_SAID_BEFORE = re.compile(r"[»\"”][ \u00a0]*,?[ \u00a0]*[–—-][ \u00a0]*([а-яё]+)[ \u00a0]+\Z")


def _past_gender(word: str) -> str | None:
    """The gender of a verb in the past or a short participle, as the dictionary likes best ("признала":
    "femn"), None for any other word: who did it, when the name cannot say."""
    parses = names.parse(word)[:1]
    return parses[0].tag.gender if parses and "past" in parses[0].tag.grammemes \
        and parses[0].tag.POS in ("VERB", "PRTS") else None


def _her_noun(parses: tuple) -> bool:
    """Whether a word's likeliest reading is a woman's noun in the nominative ("Журналистка", "Теннисистка"),
    which stands beside her name as its apposition."""
    return bool(parses) and {"NOUN", "anim", "femn", "nomn", "sing"} <= {parses[0].tag.POS, *parses[0].tag.grammemes}


def _commoner_hers(word: str) -> bool:
    """Whether the dictionary finds a word as a woman's given name in the nominative at least as often as a
    man's in another case ("Арина", "Марина", "Алина": Арин, Марин, Алин are rare; not "Яна", "Евгения",
    "Руслана", commoner as Ян's, Евгений's, Руслан's genitive): beside a surname the same for him and her,
    with no verb or title to say, the commoner reading is the name's."""
    readings = [p for p in names.parse(word) if "Name" in p.tag.grammemes and p.is_known]
    hers = max((p.score for p in readings if {"femn", "nomn", "sing"} <= p.tag.grammemes), default=0.0)
    his = max((p.score for p in readings if "masc" in p.tag.grammemes), default=0.0)
    return hers > 0 and hers >= his


def _name_reading(word: str) -> bool:
    """Whether the dictionary knows `word` as some given name, in any case."""
    return any("Name" in p.tag.grammemes and p.is_known for p in names.parse(word))


def _female_reading(word: str) -> bool:
    """Whether the dictionary knows `word` as a woman's given name in the nominative ("Евгения")."""
    return any("Name" in p.tag.grammemes and {"femn", "nomn", "sing"} <= p.tag.grammemes and p.is_known
               for p in names.parse(word))


# "Жанара Балгабаева, которая представляла жителей": the relative pronoun in the feminine is hers
_WHO_SHE = re.compile(r",[ \u00a0]+котор(?:ая|ой|ую)\b")


# past a bracket or an apposition between commas ("Евгения Козырева, руководитель бюро, сказала")
_NEXT_LOWER_WORD = re.compile(r"[ \u00a0]+(?:\([^()\n]{0,80}\)[ \u00a0]+)?([а-яё]+)"
                              r"|,[^,.!?\n]{1,100},[ \u00a0]+([а-яё]+)")


# a capitalised word and one space right before a position
_NAME_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?)[ \u00a0]$")


def _initials_only(persons: list[Mention]) -> None:
    """Give two initials alone ("Е. К.:" in a transcript) the one person the article names in full with
    them: given name and surname ("Ерлан Карин"). With none or two such persons they name no one, and the
    mention is dropped (`find_mentions` keeps no person without a name)."""
    full = [m for m in persons if m.given and m.surname and m.source != "initials"]
    for m in persons:
        if m.source != "initials":
            continue
        first, last = (names.fold(x) for x in _INITIALS_ONLY.fullmatch(m.surface).groups())
        same = [f for f in full if names.fold(f.given)[:1] == first and names.fold(f.surname)[:1] == last]
        if len({name_key(f) for f in same}) == 1:
            # "Ерлан Тынымбайулы" and "Ерлан Карин" are one person: the fullest mention gives the name
            f = max(same, key=lambda f: (f.actor is not None, f.patronymic is not None))
            m.given, m.patronymic, m.surname, m.actor = f.given, f.patronymic, f.surname, f.actor


def _may_be_patronymic(word: str, alone: set[str]) -> bool:
    """Whether a name's -вич/-вна/-ұлы word may be a patronymic. Not when the article writes it alone, as
    a surname is written and a patronymic never is, nor when the dictionary knows it only as a surname:
    "Виктор Шендерович ... Шендерович сказал"."""
    if not names.PATRONYMIC_END.search(word.lower()) or names.fold(word) in alone:
        return False
    tags = names.dictionary_tags(word)
    return not tags or "patronymic" in tags


def _nominatives(full: list[Mention]) -> None:
    """Read an ambiguous full name as a case of the one the article writes in the nominative: after
    "Александр Белов", "Александра Белова" is his genitive, not a woman's name."""
    written = [x for x in full if x.lang == "ru" and x.surface == f"{x.given} {x.surname}"]
    for m in full:
        if m.lang != "ru" or m.actor:
            continue
        words = m.surface.split()
        for x in written:
            if x.given != m.given and words[0][:2] == x.given[:2] and names.case_form(words[0], x.given) \
                    and names.case_form(words[-1], x.surname):
                m.given, m.surname, m.actor = x.given, x.surname, x.actor
                break
            if x.given == m.given == words[0] and m.surname == words[-1] != x.surname \
                    and len(words) == 2 and names.case_form(words[-1], x.surname):
                # a given name that does not decline ("Кими Райкконена" after "Кими Райкконен"): the surname's case
                m.surname, m.actor = x.surname, x.actor
                break


# the ending a man's -ов/-ев/-ин surname takes in a case, and the one his given name takes then
_SURNAME_CASE_TO_GIVEN = {"а": ("а",), "у": ("у",), "ым": ("ом", "ем"), "е": ("е",)}


def _given_in_surnames_case(full: list[Mention]) -> None:
    """Take off a Russian-text given name the case ending its surname lost, when the dictionary and the lists
    know the name neither as written nor so: "Магзуму Мирзагалиеву" is Магзум Мирзагалиев (the dative), as
    "Габиту Сыздыкбекову" is Габит, whom the dictionary knows."""
    for m in full:
        written = m.surface.split()
        if m.lang != "ru" or m.actor or len(written) != 2 or written[0] != m.given \
                or not written[1].startswith(m.surname) or not m.surname.lower().endswith(_MALE_SURNAME_END):
            continue
        ends = _SURNAME_CASE_TO_GIVEN.get(written[1][len(m.surname):], ())
        end = next((e for e in ends if m.given.endswith(e)), None)
        if end and len(m.given) - len(end) >= 3 and m.given[-len(end) - 1] not in _NOT_CONSONANT \
                and names.ru_given(m.given) is None and not names.is_given(m.given):
            m.given = m.given[:-len(end)]


def _surnames_in_case(persons: list[Mention]) -> None:
    """Read a Russian surname written alone in a case as the one the article writes alone in the nominative: a
    one-word name natasha cannot decline ("Вендел забил", then "с голом Вендела") is one person. Not a woman's
    surname ("Иванова" beside "Иванов" may be his wife)."""
    alone = [m for m in persons if m.lang == "ru" and not m.given and not m.actor and m.surname
             and m.surface == m.surname and " " not in m.surname]
    written = sorted({m.surname for m in alone})
    for m in alone:
        if m.surname.lower().endswith((*_FEMALE_SURNAME_END, "ская", "цкая")):
            continue
        base = next((a for a in written if a != m.surname and m.surname.startswith(a[:3])
                     and len(a) < len(m.surname) and names.case_form(m.surname, a)), None)
        if base is not None:
            m.surname = base


def _nominatives_from_surnames(full: list[Mention], persons: list[Mention]) -> None:
    """Read a declined full name the dictionary cannot decline by the surname the article writes alone in
    the nominative: after "журналиста Махамбета Абжана", "Сам Абжан назвал" says the surname is Абжан, so the
    name is Махамбет Абжан (the given name loses the same ending), not a person "Махамбета Абжана"."""
    alone = {m.surname for m in persons if m.lang == "ru" and not m.given and not m.actor and m.surname
             and m.surface == m.surname}
    for m in full:
        written = m.surface.split()
        if m.lang != "ru" or m.actor or len(written) != 2 or written[-1] != m.surname:
            continue
        if written[0] != m.given:
            # the given name read in its case, the surname as written: "писателя Смагула Елубая" after which
            # "сказал Елубай" gives the nominative of a surname in -ай (not a woman's: see below)
            if names.case_form(written[0], m.given) and m.surname.endswith(("я", "ю", "ем", "е")) and (base := next(
                    (a for a in alone if a != m.surname and a.endswith("й") and names.case_form(m.surname, a)
                     and m.surname.startswith(a[:-1])), None)) is not None:
                m.surname = base
            continue
        base = next((a for a in alone if a != m.surname and m.surname.startswith(a) and names.case_form(m.surname, a)),
                    None)
        ending = m.surname[len(base):] if base else ""
        # (not a woman's name: "Гульмира Ерсайынова" is the wife of "Ерсайынов", no case of him)
        if base and m.given.endswith(ending) and len(m.given) - len(ending) >= 3 and not names.is_given(m.given) \
                and not names.fold(m.surname).lower().endswith((*_FEMALE_SURNAME_END, "ская", "цкая")):
            m.given, m.surname = m.given[:-len(ending)], base


_CASE_ENDS = ("ом", "ем", "а", "у", "е")  # a man's foreign surname in a consonant, in a case: -а, -у, -ом, -е


def _case_stem(word: str) -> str | None:
    """A man's foreign surname without a case ending after a consonant ("Эбрарду" -> "Эбрард"), or None.
    Russian-shaped surnames (-ов, -ин) are the dictionary's to decline."""
    end = next((e for e in _CASE_ENDS if word.endswith(e)), None)
    stem = word[: len(word) - len(end)] if end else ""
    if len(stem) < 3 or stem[-1].lower() in _NOT_CONSONANT or stem.lower().endswith(_MALE_SURNAME_END):
        return None
    return stem


def _stem_of_two_cases(full: list[Mention], persons: list[Mention]) -> None:
    """A man's foreign surname the article writes only in cases, in two of them ("министру экономики Марсело
    Эбрарду", then "По словам Эбрарда"): the stem the two share, once each loses its ending, is the nominative,
    and both are one person. Not a woman's: "Джессика Пегула ... Пегулу" is hers in the accusative."""
    alone = [m for m in persons if m.lang == "ru" and not m.given and not m.actor and m.surname
             and m.surface == m.surname and " " not in m.surname]
    for m in full:
        written = m.surface.split()
        if m.lang != "ru" or m.actor or len(written) != 2 or written[-1] != m.surname or _hers(m) \
                or m.surname.endswith("а") or (names.ru_given(written[0]) or (None, False))[1]:
            continue  # (a man's surname in -а may be as written, "Андреа Стелла"; beside a given name in the
            # nominative the surname is in it too, "Иван Бодхидхарма")
        stem = _case_stem(m.surname)
        same = [a for a in alone if a.surname != m.surname and stem and _case_stem(a.surname) == stem]
        if same:
            for x in (m, *same):
                x.surname = stem


def _double_surname_alone(full: list[Mention]) -> None:
    """A double surname written alone, read as a given name and a surname ("Лопес Обрадор" after "Андрес Мануэль
    Лопес Обрадор"): the person the article names in full with both words."""
    for m in full:
        words = m.surface.split()
        if m.lang != "ru" or m.actor or len(words) != 2 or names.ru_given(words[0]):
            continue
        first = names.fold_word(words[0])
        owner = next((f for f in full if f is not m and f.surname == m.surname and f.given != m.given
                      and len(f.surface.split()) > 3 and first in map(names.fold_word, f.surface.split()[1:-1])),
                     None)
        if owner is not None:
            m.given, m.patronymic, m.actor = owner.given, owner.patronymic, owner.actor


def _join_full_name(m: Mention, full: list[Mention], by: Callable[[Mention], str | None],
                    key: Callable[[str], str]) -> None:
    """Give a mention that has only a surname (or only a given name) the full name the article gives.
    One person of that name: that one; two ("Барак Обама" and "Мишель Обама"): the one of the right
    gender, else the one named last before it, as a reader takes "Обама" after "Барак Обама". A Russian
    form the article does not write otherwise may be a case of the full name's ("Лофнеру")."""
    part = key((m.given if by(m) is None else by(m)) or "")
    same = [f for f in full if key(by(f) or "") == part]
    if not same and m.surname:
        # "Спенс" after "Эррол Спенс-младший": the surname without the word of generation
        same = [f for f in full if f.surname and _RU_GENERATION.search(f.surname)
                and key(_RU_GENERATION.sub("", f.surname)) == part]
    if not same and m.lang == "ru":
        last = m.surface.split()[-1]
        head = last[:2].lower()  # a cheap test first: most full names start otherwise
        same = [f for f in full if (b := by(f)) and b[:2].lower() == head and names.case_form(last, b)]
    if m.initial:
        same = [f for f in same if names.fold(f.given or "")[:1] == names.fold(m.initial)]
    if (m.surname or by(m) is None) and _written_his(m.surface.split()[-1], m.lang):
        # also a lone word read as a given name and joined by surname ("как Ашимов помогал")
        same = [f for f in same if not _hers(f)]
    people = {(f.given, f.surname, f.actor) for f in same}
    if len(people) > 1:
        before = [f for f in same if f.start < m.start]
        people = {(before[-1].given, before[-1].surname, before[-1].actor)} if before else set()
    if len(people) == 1:
        m.given, m.surname, actor = next(iter(people))
        if m.actor and actor is None and m.given \
                and names.fold(_entry_name(gazetteer()[m.actor], m.lang)[0]) != names.fold(m.given):
            m.actor = None  # "По мнению Ашимбаева" after "Данияр Ашимбаев": not the gazetteer's Маулен
        m.actor = m.actor or actor


def _written_his(word: str, lang: str) -> bool:
    """Whether a surname as written is a man's by its ending, in Kazakh once its case ending is off, in Russian
    also in a case only his declension has: "Кастеев", "Әуезовтің", "с Ашимовым" name no woman of that
    surname."""
    low = names.fold(names.kk_surname_base(word) if lang == "kk" else word).lower()
    return low.endswith(_MALE_SURNAME_END) or (lang == "ru" and low.endswith(_RU_HIS_OBLIQUE))


def _hers(m: Mention) -> bool:
    """A woman by her surname as read ("Гульжахан Кастеева", whose name the lists lack), or by a given name
    the dictionary or the lists know; a given name they do not know is read by its ending only when the surname
    has no man's ending ("Нургиса Тлендиев" is a man, whose "Тлендиев" alone is his)."""
    surname = (m.surname or "").lower()
    if surname.endswith(_FEMALE_SURNAME_END):
        return True
    if not m.given:
        return False
    known = _female_given(names.cap(names.fold(m.given)))
    if known and _his_nominative(m.given, m.surname or ""):
        return False
    if known is not None:
        return known
    return not surname.endswith(_MALE_SURNAME_END) and names.is_female_given(m.given)


# a man's surname or father's name as its nominative ends (not "-улы", which a foreign name may end in too:
# "Джессики Пегулы")
_HIS_NAME_ENDS = ("ов", "ев", "ин", "ын", "ский", "цкий", "ұлы", "ович", "евич")


def _his_nominative(given: str, surname: str) -> bool:
    """A man's surname in the nominative beside a given name the dictionary reads only as a case of a woman's
    ("Софы Сматаев", a Kazakh man's name it takes for the genitive of "Софа"), or his father's name ("Софы
    Сматаевич"): a name declines as a whole, so the given name is in the nominative too, and a man's. Only a
    name in "-ы" or "-и", as the genitive of a woman's in "-а" ends: "Людмилу Зенькович" is her accusative."""
    return given.lower().endswith(("ы", "и")) and surname.lower().endswith(_HIS_NAME_ENDS) \
        and _female_given(names.cap(names.fold(given))) is True and not _female_reading(given)


def _given_and_patronymic_only(m: Mention) -> bool:
    return m.kind == "person" and bool(m.given) and bool(m.patronymic) and not m.surname


def _surnames_of_given(given: str, persons: list[Mention]) -> set[tuple[str, str | None]]:
    """(surname, actor) of each person named with this given name and a surname."""
    return {(x.surname, x.actor) for x in persons
            if x.kind == "person" and x.given and x.surname and names.fold(x.given) == names.fold(given)}


def _kk_patronymic_as_surname(m: Mention, text: str) -> bool:
    """A Kazakh name whose last word is a patronymic read as the surname, as an interview addresses its guest
    at a question's start ("– Ерлан Серікұлы, ..."): -ұлы and -қызы serve as either."""
    return m.kind == "person" and m.lang == "kk" and bool(m.given) and not m.patronymic and not m.actor \
        and bool(m.surname) and m.surname.lower().endswith(names.KK_PATRONYMIC_ENDS) and _opens_a_question(m, text)


def _opens_a_question(m: Mention, text: str) -> bool:
    """Whether the mention opens a dash paragraph and a comma follows it, as a question addresses someone."""
    return text[m.end:m.end + 1] == "," and text[text.rfind("\n", 0, m.start) + 1:m.start].strip() in ("–", "—", "-")


def _addressed(m: Mention, text: str) -> bool:
    """A person addressed by a given name and a patronymic at a question's start ("– Ерлан Тынымбайулы, ..."),
    as an interview addresses its guest."""
    return m.kind == "person" and bool(m.given) and bool(m.patronymic) and _opens_a_question(m, text)


def unnamed_in_full(mentions: list[Mention], text: str) -> bool:
    """Whether a person is named by a given name and a patronymic only, whose surname the article may give
    elsewhere than in its text (`surnames_from_headline`); or so addressed, as an interview's guest is."""
    return any(_given_and_patronymic_only(m) or _kk_patronymic_as_surname(m, text) or _addressed(m, text)
               for m in mentions)


def surnames_from_headline(mentions: list[Mention], headline: list[Mention], text: str) -> None:
    """Give a person named by a given name and a patronymic only ("— Досым Асылбекович, ...", "– Ерлан
    Серікұлы, ...", as an interview addresses its guest) the surname of the one person of that given name in
    the headline or the lead ("Досым Сатпаев: «...»"), which are no part of the text. The guest so addressed
    is the headline's person even when the text names another of that given name later ("– Ерлан
    Тынымбайулы, ..." in an interview with Ерлан Карин, who speaks of "Ерлана Кошанова"), whose surname
    `_coref` gave the address for want of a better."""
    guests = {(names.fold(m.given), names.fold(m.patronymic)) for m in mentions if _addressed(m, text)}
    for m in mentions:
        if m.kind == "person" and m.given and m.patronymic and m.surname \
                and (names.fold(m.given), names.fold(m.patronymic)) in guests:
            cands = _surnames_of_given(m.given, headline)
            if len(cands) == 1 and names.fold(next(iter(cands))[0]) != names.fold(m.surname):
                m.surname, m.actor = next(iter(cands))
            continue
        if _given_and_patronymic_only(m):
            patronymic, cands = m.patronymic, _surnames_of_given(m.given, headline)
        elif _kk_patronymic_as_surname(m, text):
            patronymic = m.surname
            cands = {c for c in _surnames_of_given(m.given, headline)
                     if not c[0].lower().endswith(names.KK_PATRONYMIC_ENDS)}
        else:
            continue
        if len(cands) == 1:
            m.patronymic = patronymic
            m.surname, actor = next(iter(cands))
            m.actor = m.actor or actor


def _assign_gazetteer(persons: list[Mention]) -> None:
    for m in persons:
        if m.actor is None:
            e = gazetteer_person(m.given or m.initial, m.surname)  # "Н.Назарбаев", "Назарбаев Н.А."
            if e is None and m.given and m.patronymic and not m.surname:
                e = _person_entries_by_patronymic().get((names.fold(m.given), names.fold(m.patronymic)))
            if e is not None:
                m.actor = e.actor_id


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    # (an office over a recogniser's person of the same words: "на личном контроле Елбасы" is Nazarbayev, not
    # a person surnamed Елбасы)
    rank = {"gazetteer": 3, "rule": 2, "office": 1.5, "titling_office": 1.5, "bare_office": 1.5, "crf": 1,
            "natasha": 1, "coref": 1, "single": 0, "given": 0, "initials": 0}
    chosen: list[Mention] = []
    taken = Spans()
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), -rank[m.source], m.start)):
        if not taken.overlaps(m.start, m.end):
            chosen.append(m)
            taken.add(m.start, m.end)
    return sorted(chosen, key=lambda m: (m.start, m.end))


@cache
def _events_named() -> tuple[tuple[str, str], ...]:
    """(word, how the next word starts) of data/events_named.txt, folded; the second "" when none."""
    return tuple((names.fold(w.split()[0]), names.fold(" ".join(w.split()[1:])))
                 for w in data_words("events_named.txt"))


def _named_event(text: str, m: Mention) -> bool:
    """Whether a one-word person mention names a holiday or an event (data/events_named.txt): "посвященные
    Наурызу", "жертв Желтоксана", "Курбан айт". With a surname the word is a person's name (Наурыз
    Бекбосынов), so only a mention of one word with no actor counts."""
    if m.kind != "person" or m.actor or " " in m.surface.strip() or m.patronymic \
            or (m.given and m.surname):
        return False
    word = m.surface.strip()
    after = text[m.end:m.end + 30].split()
    nxt = names.fold(after[0]) if after else ""
    base = names.fold(names.kk_base(names.cap(word)) if m.lang == "kk" else word)
    for first, second in _events_named():
        if (base == first or (m.lang == "ru" and names.case_form(names.cap(word), names.cap(first)))) \
                and nxt.startswith(second):
            return True
    return False


def _not_places(text: str, mentions: list[Mention], named: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Without the person names that name a street, a district, a prize, a university ...: in Kazakh those
    before a follower word (`_kk_place_after`: "Абай ауданы", "Гумилев атындағы университет"), in Russian
    those after "имени" ("аэропорт имени Нурсултана Назарбаева"). An eponym is no mention of the person. A
    Kazakh name after a title is a person's: "министрі Нұржан Ноғаев, Түркістан, Қызылорда және Жамбыл
    облыстарының әкімдері" lists people; a given name alone is the place's still ("Аймақ басшысы Әйтеке би
    кентіндегі ауруханаға барды")."""
    if named is None:  # (the eponyms' spans, when the caller has them)
        named = _eponyms(text, mentions)
    # a shorter reading of the same words goes too: "Қожа Ахмет" of "Қожа Ахмет Ясауи атындағы"
    return [m for m in mentions if not (m.kind == "person" and any(s < m.end and m.start < e for s, e in named)
                                        and not (m.lang == "kk" and (m.surname or m.patronymic)
                                                 and _is_position(word_before(text, m.start))))]


def _eponyms(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The spans of the person names that name a thing after someone (`_eponym`)."""
    return [(m.start, m.end) for m in mentions if m.kind == "person" and _eponym(text, m)]


_EPONYM_PAIR = re.compile(rf"(?<![\w])(?:имени|им\.)\s+(?:[{_UP}][\w.-]*\s+){{1,3}}и\s+$")


def _eponym(text: str, m: Mention) -> bool:
    """A person's name that names a thing after them: see `_not_places`."""
    if m.lang == "kk":
        return _kk_place_after(text, m.end)
    before = word_before(text, m.start)
    if before == "и" and _EPONYM_PAIR.search(text, max(0, m.start - 60), m.start):
        return True  # "премии имени Аркадия и Бориса Стругацких"
    if " " not in m.surface and before[:1].isupper() \
            and word_before(text, m.start - len(before) - 1).lower() in ("имени", "им."):
        return True  # "имени Абылхана Кастеева", the surname read alone after the given name
    if not m.given and not m.initial and " " not in m.surface and _RU_PLACE_KIND.fullmatch(before.lower()) \
            and not _is_position(word_before(text, m.start - len(before) - 1).strip("«»\"(,")):
        return True  # "из монгольского аймака Баян-Улгий", "провинции Синьцзян": a place's kind, then its name
        # (not after a title whose place it is: "мэр города Лужков" is the mayor)
    if before.lower() not in ("имени", "им."):
        return False
    # "от имени Президента" (on behalf of) and "греческого имени Евстафий" (of the name) name no thing
    head = word_before(text, m.start - len(before) - 1).lower().strip("«»\"(,")
    return head != "от" and not _ru_adjective(head)


def find_mentions(text: str, sents: list[Sentence], lang: str, published: datetime | None) -> list[Mention]:
    """Every actor mention in an article's clean text, with a role where a title is attached."""
    starts = [s.start for s in sents]

    def sent_index(pos: int) -> int:
        return sentence_index(starts, pos)

    def lang_at(pos: int) -> str:
        return sents[sent_index(pos)].lang if sents else lang

    folded = fold_text(text)
    found = _gazetteer_mentions(text, folded, lang_at)
    found += _rule_persons(text, lang_at)
    if any(s.lang == "kk" for s in sents):
        found += _crf_persons(text, sents) + _kk_surnames(text, sents) + _kk_given_names(text, sents)
    if any(s.lang == "ru" for s in sents):
        found += _natasha_persons(text, sents) + _ru_ascribed_persons(text, sents)
    found += _office_mentions(text, published, lang_at)
    # a name that is all a pair of guillemets holds names a thing after a person: "на шахте «Костенко»", "ТРЦ
    # «Хан Шатыр»"
    found = [m for m in found if m.kind != "person" or not (_quoted_whole(text, m.start, m.end)
                                                            or _closes_a_quoted_name(text, m.start, m.end))]
    named_after = _eponyms(text, found)
    chosen = _resolve_overlaps(_not_places(text, found, named_after))
    # a surname alone inside an eponym dropped above is the eponym's still ("музей имени Абылхана Кастеева")
    eponyms = Spans(named_after)
    lone = [m for m in _lone_surnames(text, [m for m in chosen if m.given], lang_at)
            + _kk_lone_given(text, chosen, lang_at) if not eponyms.overlaps(m.start, m.end)]
    chosen = _resolve_overlaps(chosen + _not_places(text, lone))
    titling = [m for m in chosen if m.source == "titling_office"]  # see `_titling_offices`, after the roles
    # a body the title names stays a mention ("Үкімет басшысы Олжас Бектенов": the Government)
    chosen = sorted([m for m in chosen if m.source != "titling_office"] + _bodies_within(found, titling),
                    key=lambda m: (m.start, m.end))
    chosen = _two_surnames_apart([m for m in chosen if not _named_event(text, m)])
    _given_written_before(text, chosen)
    _initial_after_given(text, chosen)
    _her_verb(text, chosen)
    _her_case_elsewhere(text, chosen)
    _his_or_hers_alone(text, chosen)
    _her_verb_alone(text, chosen)
    _coordinated_case(text, chosen)
    # a person the gazetteer matched by a lone surname is kept only with a given name or a known actor
    _coref(chosen)
    chosen = [m for m in chosen if m.kind != "person" or m.actor or m.surname or m.patronymic
              or (m.given and m.source in ("natasha", "crf", "given"))]
    # a bare "Президент" is the head of state the article names otherwise ("Президент Касым-Жомарт Токаев
    # ... – подчеркнул Президент"); alone it may be another country's
    named = {m.actor for m in chosen if m.source != "bare_office"}
    # any office beside a word that makes it an institution names no one ("ҚР Президенті Әкімшілігінің
    # басшысы", "Администрации Президента РК"): the title is the next person's role
    dropped = [m for m in chosen if (m.source == "bare_office" and not (m.actor in named and _holder(text, m)))
               or (m.source == "office" and not _holder(text, m))]
    if dropped:
        # a body the dropped title held is mentioned still ("Үкімет басшысы" of no one named: "Үкімет")
        held = _bodies_within(found, dropped)
        chosen = sorted([m for m in chosen if m not in dropped] + held, key=lambda m: (m.start, m.end))
    renamed: dict[tuple, tuple] = {}  # a name re-read from where it stands: (given, surname) as read, then as re-read
    person_starts = [m.start for m in chosen if m.kind == "person"]
    named_starts = [m.start for m in chosen if m.kind == "person" and m.source not in _OFFICE_SOURCES]
    last_end = 0  # where the person before ends: a title is looked for after it ("президентом России
    # Владимиром Путиным и канцлером Германии Ангелой Меркель": Merkel's title is the second only)
    floor = 0  # where the person before that ends
    before_m: Mention | None = None  # the person before
    for m in chosen:
        if m.kind == "person" and sents:
            # a name right before, in another case, completes the title: "Адвокат Баталова Сергей Уткин",
            # "Пресс-секретарь Путина Дмитрий Песков" (the title names whose lawyer, whose secretary); so does an
            # office in the genitive, lower-case words between: "Қазақстан Президентінің баспасөз хатшысы Айбек
            # Смадияров", "пресс-секретарь Президента Казахстана по вопросам печати Айбек Смадияров"
            adjacent = last_end and (not text[last_end:m.start].strip()
                                     or _office_governs_title(text, before_m, m))
            sent = sents[sent_index(m.start)]
            sent_start = sent.start
            if m.source in _OFFICE_SOURCES:
                m.role = None  # "помощником Президента – секретарем Совета": the title names no post of his
            else:
                written = (m.given, m.surname)
                if _prepositional_misread(text, m) or _her_accusative(text, m):  # before its title is read, which
                    renamed[written] = (m.given, m.surname)  # it then agrees with
                # (a post a decree's verb gives right before the name is read before a title after it, which in
                # a list of appointments is the next name's: "Первым заместителем ... назначен Роман Скляр,
                # заместителем премьер-министра – ... – Серик Жумангарин")
                m.role = _kk_post_before(text, m, sent_start, sent.end) \
                    or _role(text, m, sent_start, floor if adjacent else last_end) \
                    or _role_appointed(text, m, sent_start, named_starts) \
                    or _role_after(text, m, person_starts) or _role_as(text, m, named_starts)
                if m.role is None and (title := _nominative_after_title(text, m)):
                    m.role = _role(text, m, sent_start, floor if adjacent else last_end) or title
                if m.role and m.lang == "ru" and (cut := m.role.rsplit(maxsplit=1))[-1].lower() in _RU_COURTESY:
                    m.role = cut[0] if len(cut) > 1 else None  # "Премьер Великобритании сэр Кир Стармер"
            floor, last_end, before_m = (floor if adjacent else last_end), m.end, m
    # an office whose genitive a title took in is no mention of its own, as one right before the name is not
    # (`_titling_offices`)
    chosen = [o for k, o in enumerate(chosen)
              if not (o.source in _OFFICE_SOURCES and k + 1 < len(chosen) and _office_governs_title(
                  text, o, chosen[k + 1]) and chosen[k + 1].role
                  and 0 <= text.rfind(chosen[k + 1].role, 0, chosen[k + 1].start) <= o.start)]
    persons = [m for m in chosen if m.kind == "person"]
    for m, n in zip(persons, persons[1:], strict=False):
        if m.role and named_by_next_title(text, m, n):
            m.role = None  # "пресс-секретарь Порошенко Святослав Цеголко": the title is the next one's
    _shared_titles(text, chosen)
    _foreign_head_of_state(text, chosen)
    for m in chosen:
        written = (m.given, m.surname)
        if _instrumental_surname(text, m) or _his_genitive(m) or _her_instrumental(text, m):
            renamed[written] = (m.given, m.surname)
    if renamed:
        # "с генсеком ООН Антониу Гутерришем. Гутерриш высоко оценил": the surname alone joins the full name
        # once its title has given its case; one joined to the name as first read follows it ("мэра Стамбула
        # Экрема Имамоглу ... Имамоглу")
        full = [m for m in chosen if m.kind == "person" and m.given and m.surname]
        for m in chosen:
            if m.kind == "person" and not m.actor and (m.given, m.surname) in renamed:
                m.given, m.surname = renamed[m.given, m.surname]
            elif m.kind == "person" and m.surname and not m.given and not m.actor:
                _join_full_name(m, full, by=lambda f: f.surname, key=names.surname_key)
    return _titling_offices(text, chosen, titling)


def _two_surnames_apart(mentions: list[Mention]) -> list[Mention]:
    """A two-word name read as a given name and a surname whose first word is the surname of another person the
    article names in full, and whose second is a third's: two persons side by side, the subject and the object
    ("Ердоған Тоқаевты Анкараға шақырды" after "Реджеп Тайып Ердоғанмен" and "Қасым-Жомарт Тоқаев"), each then
    joined to the full name (`_coref`)."""
    persons = [m for m in mentions if m.kind == "person"]
    pairs = {id(m) for m in persons if not m.actor and not m.patronymic and m.given and m.surname
             and len(m.surface.split()) == 2}
    if not pairs:
        return mentions
    # the surnames of the persons named in full, folded once (the article's names are compared with each pair)
    named_in_full = {}
    for p in persons:
        if p.surname and len(p.surface.split()) > 1:
            named_in_full.setdefault(names.fold(p.surname), p)
    with_given = [(names.fold(p.given), names.fold(p.surname), p) for p in persons if p.given and p.surname]
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split()
        first = named_in_full.get(names.fold(m.given)) if id(m) in pairs else None
        if first is None and id(m) in pairs and m.lang == "kk":
            # "Ердоғанға Тоқаев ... жеткізді": the first word in a case, which no given name before a surname takes
            first = next((named_in_full[b] for suf in names.KK_SUFFIXES if words[0].lower().endswith(suf)
                          and (b := names.fold(words[0][:-len(suf)])) in named_in_full), None)
        if first is not None and first is not m:
            given, surname = names.fold(m.given), names.fold(m.surname)
            second = next((p for g, s, p in with_given if p is not m and g != given
                           and (s == surname or (m.lang == "ru" and names.case_form(words[1], p.surname)))), None)
            if second is not None:
                # ("Эрдоган Токаева пригласил": Russian reads the object's case off the article's full name)
                out.append(Mention(m.start, m.start + len(words[0]), words[0], "person", m.lang,
                                   surname=first.surname, source=m.source))
                out.append(Mention(m.end - len(words[1]), m.end, words[1], "person", m.lang, surname=second.surname,
                                   source=m.source))
                continue
        out.append(m)
    return out


def _coordinated_case(text: str, mentions: list[Mention]) -> None:
    """Two Russian names joined by "и" are in one case: "оперы Ахмета Жубанова и Латыфа Хамиди" is Латыф, read
    as written beside a surname that never declines. When the first is a man's name read in the genitive,
    dative or instrumental, the second's given name in the same ending loses it, unless the dictionary knows a
    woman's nominative so written ("Ахмета Жубанова и Гульнара Хамиди" is left)."""
    persons = [m for m in mentions if m.kind == "person" and m.lang == "ru"]
    for a, b in zip(persons, persons[1:], strict=False):
        if text[a.end:b.start] not in (" и ", "\u00a0и ") or not (a.given and a.surname and b.given and b.surname):
            continue
        aw, bw = a.surface.split(), b.surface.split()
        if len(aw) != 2 or len(bw) != 2 or a.given == aw[0] or not aw[0].startswith(a.given) \
                or _female_given(a.given) or (b.given, b.surname) != (bw[0], bw[1]) \
                or bw[1][-1:].lower() not in _RU_UNDECLINED_END:
            continue
        ending = aw[0][len(a.given):]
        stem = bw[0][:-len(ending)] if ending in ("а", "у", "ом") and bw[0].endswith(ending) else ""
        if len(stem) >= 3 and stem[-1].lower() not in _NOT_CONSONANT and not _female_reading(bw[0]) \
                and not (names.is_given(bw[0]) and names.is_female_given(bw[0])):
            b.given = stem


def named_by_next_title(text: str, m: Mention, n: Mention) -> bool:
    """Whether person m stands right before person n, whose title ends with m's name ("пресс-секретарь
    Порошенко Святослав Цеголко", "Эксперт Карнеги Томас де Ваал"): m is whose the title is; it neither holds
    that title nor is the sentence's subject."""
    return bool(n.role) and text[m.end:n.start] == " " and n.role.endswith(m.surface)


def _foreign_head_of_state(text: str, mentions: list[Mention]) -> None:
    """"Глава государства" right after another country's president is named is that president: "Президент
    России Владимир Путин обвинил Киев ... Глава государства заявил об этом в Якутске". The office names
    Kazakhstan's holder (`data/offices.tsv`) unless, in the same paragraph, the last person named before it
    bears a president's title followed by another country's name (`_foreign_after`: not "Президент
    Ассоциации финансистов") and Kazakhstan's holder is not named since the sentence that names him
    ("Президент Казахстана ... и президент Турции ...": either may be meant). Russian only: a Kazakh title
    names the country before it ("Ресей Президенті"), and "Президент Әкімшілігінің басшысы" is no president."""
    persons = [m for m in mentions if m.kind == "person"]
    for k, m in enumerate(persons):
        if m.source != "office" or not _HEAD_OF_STATE.fullmatch(m.surface):
            continue
        prev = next((p for p in reversed(persons[:k]) if p.source not in _OFFICE_SOURCES), None)
        if prev is None or not prev.role or "\n" in text[prev.end:m.start] or m.start - prev.end > 400:
            continue
        head = prev.role.split()[0]
        if position_stem(head) != "президент" or not _foreign_after(prev.role, len(head)):
            continue
        since = text.rfind(".", 0, prev.start) + 1
        if any(p.actor == m.actor for p in persons[:k] if p.start >= since):
            continue
        m.actor, m.given, m.patronymic, m.surname = prev.actor, prev.given, prev.patronymic, prev.surname


# the head of state's office without a country ("глава государства")
_HEAD_OF_STATE = re.compile(r"[Гг]лав\w* государства")


def _shared_titles(text: str, mentions: list[Mention]) -> None:
    """A Russian title in the plural before names joined by "и" or listed with commas is every one's
    ("Министры иностранных дел Казахстана и России Мурат Нуртлеу и Сергей Лавров", "выступили депутаты Нуртай
    Сабильянов, Магеррам Магеррамов и Айдос Сарым"); it was read as the first one's only."""
    persons = [m for m in mentions if m.kind == "person"]
    for a, b in zip(persons, persons[1:], strict=False):
        if b.role or not a.role or a.lang != "ru" or b.lang != "ru" \
                or text[a.end:b.start] not in (" и ", "\u00a0и ", ", "):
            continue
        head = next((w for w in a.role.split() if _is_position(w)), None)
        if head and any({"plur", "nomn"} <= p.tag.grammemes for p in _noun_readings(_title_form(head))):
            b.role = a.role


def _bodies_within(mentions: list[Mention], titles: list[Mention]) -> list[Mention]:
    """The bodies among `mentions` that lie inside one of the title mentions ("Үкімет" of "Үкімет басшысы")."""
    return [b for b in mentions if b.kind != "person" and any(t.start <= b.start and b.end <= t.end for t in titles)]


def _titling_offices(text: str, chosen: list[Mention], titling: list[Mention]) -> list[Mention]:
    """An office right before a name is that name's title, no mention of its own ("Президент Касым-Жомарт
    Токаев"), unless the name's role does not take it in: "Указом Главы государства Жумангарин Серик
    Макашевич освобожден" (a genitive after a noun, and a name in the nominative) mentions the head of
    state, who signed the decree."""
    kept = []
    for m in titling:
        p = next((x for x in chosen if x.kind == "person" and x.start >= m.end), None)
        if p is None or text[m.end:p.start].strip() or p.actor == m.actor \
                or (p.role and 0 <= text.rfind(p.role, 0, p.start) <= m.start):
            continue
        m.source = "office"
        kept.append(m)
    if not kept:
        return chosen
    inside = _bodies_within(chosen, kept)
    return sorted([m for m in chosen if m not in inside] + kept, key=lambda m: (m.start, m.end))
