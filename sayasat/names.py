"""Personal names in Kazakh and Russian: folding, case endings, nominative forms, identity keys.

Kazakh adds case and possessive endings to names (Тоқаевтың, Жетпісбаевқа, Сәдуақасоваға); Russian
declines them (Веры Ким, Касым-Жомарта Токаева). An identity key folds Kazakh letters to Russian
ones (ә→а ғ→г қ→к ң→н ө→о ұ/ү→у һ→х і→и) and takes the surname's stem, so one person written in
either language and any case gets one key. Endings come off only when what is left still looks like a
name: "Вера" stays "Вера", "Диналар" would not become "Дин".
"""

from __future__ import annotations

import re
import sys
from functools import cache, lru_cache

from sayasat.resources import data_rows

FOLD = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІёЁ", "агкноуухиАГКНОУУХИеЕ")

KK_LETTERS = "әғқңөұүһі"


def kk_lettered(low: str) -> bool:
    """Whether a word in lower case holds a letter only Kazakh writes ("Ғасемпур", "құны"; not "Тейлор"): a
    Kazakh word, or a name spelled the Kazakh way."""
    return any(c in KK_LETTERS for c in low)

# Case and possessive endings that follow a name in Kazakh, longest first.
KK_SUFFIXES = sorted("""
ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті н да де та те нда нде дан ден тан тен нан нен
мен бен пен менен бенен пенен лар лер дар дер тар тер сы сі ы і сының сінің сына сіне сын сін сында сінде
сынан сінен ның ғы гі қы кі дағы дегі тағы тегі нікі дікі тікі
""".split(), key=len, reverse=True)
# the Kazakh case endings the stages test one by one (a name's, a title's, a unit's)
KK_GENITIVE = ("ның", "нің", "тың", "тің", "дың", "дің")
KK_DATIVE = ("ға", "ге", "қа", "ке")
KK_ACCUSATIVE = ("ты", "ті", "ды", "ді", "ны", "ні")
KK_INSTRUMENTAL = ("мен", "бен", "пен")
KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
KK_LOCATIVE = ("да", "де", "та", "те", "нда", "нде")  # "Астанада", "қызметінде"
KK_POSSESSIVE = ("ы", "і", "сы", "сі")  # the third person's: "министрі", "35-і"
KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")  # "депутаттар", "мамандардың"
KK_PARTICIPLE = ("ған", "ген", "қан", "кен")  # the past participle's: "өткен", "ұсынған"
KK_FINITE = ("ды", "ді", "ты", "ті", "ады", "еді", "йды", "йді")  # a past or present verb's: "ашты", "айтады"
KK_RELATIVE_ADJECTIVE = ("лық", "лік", "дық", "дік", "тық", "тік")  # "қазақстандық", "облыстық": no case ends so
# the parts of speech of the Russian dictionary that say a word is a verb: finite, infinitive, converb, short
# participle ("подвел", "превысить", "отвечая", "признан")
RU_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
STRONG_KK_SUFFIXES = frozenset("ның нің дың дің тың тің дан ден тан тен нан нен мен бен пен менен сының сінің "
                               "сынан сінен".split())
SURNAME_END = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ұлы|улы|қызы|кызы|uly|qyzy|ский|ская|цкий|цкая|"
                         r"баев|баева|бекова|беков|бай|бек|енко|юк|ук|ич)$")
STRONG_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ұлы|қызы|ский|ская|баев|баева|беков|бекова)$")
KK_KIN = ("ата", "апа", "әже", "аға", "әпке", "ағай", "апай")  # how a person is called after the given name:
# "Қуандық ата", "Клара апамыз", "Бақытжан ағай"
KK_COURTESY = ("мырза", "ханым")  # Mr, Mrs after a name: "Тоқаев мырза"
KK_PATRONYMIC_ENDS = ("ұлы", "улы", "қызы", "кызы")  # a Kazakh patronymic, also written as a surname
PATRONYMIC_END = re.compile(rf"(?:ович|евич|овна|евна|ична|{'|'.join(KK_PATRONYMIC_ENDS)})$")


def fold(s: str) -> str:
    return s.lower().translate(FOLD)


@lru_cache(maxsize=1 << 18)
def fold_word(s: str) -> str:
    """fold() for single words, cached: names are looked up over and over."""
    return s.lower().translate(FOLD)


@cache
def _name_list(file: str) -> frozenset[str]:
    return frozenset(fold(word) for (word,) in data_rows(file, 1))


@cache
def given_names() -> frozenset[str]:
    return _name_list("given_names_kaznerd.txt") | _name_list("given_names_curated.txt") \
        | _name_list("given_names_more.txt")


def is_curated_given(word: str) -> bool:
    """In the hand-written list only: the CRF uses this one, since the KazNERD-derived list would tell
    it the answer on the very sentences it is trained on."""
    return fold_word(word) in _name_list("given_names_curated.txt")


def is_woman_or_genitive(word: str) -> bool:
    """A woman's name that is also a man's genitive ("Дамира", "Жанара"; data/given_names_women_or_genitive.txt):
    `ru_given` reads it as the man's, a feminine verb or title as hers."""
    return fold_word(word) in _name_list("given_names_women_or_genitive.txt")


@cache
def common_word_names() -> frozenset[str]:
    return _name_list("given_names_common_words.txt")


def is_kk_common_word(word: str) -> bool:
    """A Kazakh ordinary word that the Russian dictionary also lists as a name ("Жаңа", "Әлем")."""
    return fold_word(word) in _name_list("kk_common_words_named.txt")


# the first parts of Kazakh compound given names: Ер-мұрат, Ер-болат, Ай-дана, Нұр-ислам, Гүл-мира
_GIVEN_PREFIXES = ("ер", "нур", "бек", "ай", "гул", "жан", "ак", "сул")


@lru_cache(maxsize=1 << 16)
def is_given(word: str) -> bool:
    """In a given-name list, or a Kazakh compound of a first part and a listed name of four letters or more
    (Ермұрат, Ерболат, Айдана): the lists cannot hold every such compound."""
    w = fold_word(word)
    if w in given_names() or ("ь" in w and w.replace("ь", "") in given_names()):
        return True  # a Kazakh name in Russian spelling: "Айгуль" is Айгүл
    if (y := _with_yot(w)) != w and y in given_names():
        return True  # "Меиржан", "Мейіржан" are the listed Мейржан
    return any(w.startswith(p) and len(w) - len(p) >= 4 and w[len(p):] in given_names() for p in _GIVEN_PREFIXES)


_YOT_VOWEL = re.compile(r"(?<=й)[иы](?=[^аеёиоуыэюя])")
_VOWEL_I = re.compile(r"(?<=[аеоуыэюя])и(?=[^аеёиоуыэюяй])")


def _with_yot(w: str) -> str:
    """A folded Kazakh name with the glide the lists write: Russian texts spell "Мейржан" also "Меиржан",
    "Кайрат" also "Каират", and Kazakh ones write a vowel after it ("Мейіржан", "Қайыржан")."""
    return _VOWEL_I.sub("й", _YOT_VOWEL.sub("", w))


def is_surname_shaped(word: str, strong: bool = False) -> bool:
    rx = STRONG_SURNAME_END if strong else SURNAME_END
    return len(word) >= 4 and bool(rx.search(word.lower()))


VOWELS = frozenset("аәеёиоөуұүыіэюя")
# Kazakh-voiceless for suffix choice; Russian-origin -в takes voiceless endings too (Тоқаевтың, Жетпісбаевқа)
VOICELESS = frozenset("кқпстфхцчшщв")


def suffix_fits(stem: str, suffix: str) -> bool:
    """Kazakh suffixes agree with the sound they follow: Алма+ты is impossible (after a vowel: Алманы)."""
    last, first = stem[-1:].lower(), suffix[:1]
    if suffix == "н":
        # the accusative after a possessive only ("ағасын"): "Тілеубердин" is a surname in -ин, not "Тілеуберди"
        return last in "ыі"
    if first in "тпқк":
        return last in VOICELESS
    if first == "н":
        return last in VOWELS or last in "мнң"
    if first in "дғгб":
        return last not in VOICELESS
    if first == "с":
        return last in VOWELS
    if first in "ыі":
        return last not in VOWELS
    return True


@lru_cache(maxsize=1 << 18)
def kk_base(word: str) -> str:
    """A Kazakh name without its case/possessive ending (Тоқаевтың → Тоқаев, Вера → Вера, Алматы stays)."""
    if len(word) < 4 or is_given(word) or is_surname_shaped(word, strong=True):
        return word
    low = word.lower()
    for suf in KK_SUFFIXES:
        stem = word[: len(word) - len(suf)]
        if low.endswith(suf) and len(stem) >= 3 and suffix_fits(stem, suf):
            if is_given(stem) or is_surname_shaped(stem):
                return stem
    for suf in KK_SUFFIXES:
        stem = word[: len(word) - len(suf)]
        if suf in STRONG_KK_SUFFIXES and low.endswith(suf) and len(stem) >= 4 and suffix_fits(stem, suf):
            return stem
    return word


# Kazakh names that end in what looks like an accusative, a past tense of a verb in the name: "Құдайберді",
# "Жанберді" (in Russian spelling "-берды"; a Latin "i" for "і" in some scrapes), "Сатыбалды", "Жанкелді"
_KK_NAME_LOOKS_CASED = ("берді", "берды", "бердi", "балды", "келді", "келды")


@lru_cache(maxsize=1 << 16)
def kk_surname_base(word: str) -> str:
    """`kk_base` for a word known to stand after a given name: there it is a surname, so an accusative or a
    dative comes off a stem of four letters or more that `kk_base` keeps whole for want of a surname's
    ending ("Бекзат Мақсұтханды" is Мақсұтхан, "Айдос Сарымға" is Сарым). The ending must hold a Kazakh
    letter (-ды, -ға), or the stem must ("Сәкенге"): a foreign surname in Cyrillic may end in -ге or -ке."""
    base = kk_base(word)
    low = word.lower()
    if base != word or low.endswith(_KK_NAME_LOOKS_CASED):
        return base
    for suf in KK_GENITIVE:
        stem = word[: len(word) - len(suf)]
        if low.endswith(suf) and len(stem) == 3 and suffix_fits(stem, suf):
            return stem  # "Денис Теннің", "Виктор Цойдың": a surname of three letters, which `kk_base` keeps whole;
            # no name ends in -ң, so the genitive is sure
    for suf in KK_ACCUSATIVE + KK_DATIVE:
        stem = word[: len(word) - len(suf)]
        if suf in ("ге", "ке") and not kk_lettered(stem.lower()) and stem[-1:].lower() not in "иеэюь" \
                and not (suf == "ге" and _front_after_sonorant(stem.lower())):
            continue  # "Шнайке", "Ланге", "Шмидтке": written in Russian letters, it may be a foreign name's own
            # ending; not after a vowel or a soft sign ("Мелониге", "Абэге", "Меркельге"), nor -ге after a sonorant
            # that a front vowel comes before, as Kazakh harmony asks ("Синнерге", "Йенсенге")
        if low.endswith(suf) and len(stem) >= (4 if kk_lettered(suf) or stem[-1:].lower() not in "иеэ" else 3) \
                and suffix_fits(stem, suf):
            return stem  # (a stem in -ю of three letters is a foreign name's own ending: "Ханс Клюге")
    return word


def _front_after_sonorant(stem: str) -> bool:
    """Whether a lower-case stem ends in a sonorant after a front vowel, which the Kazakh dative takes as -ге:
    "синнер", "йенсен" ("Ланге", "Шнайке" have a back vowel, and are foreign names as written)."""
    vowels = [c for c in stem if c in VOWELS]
    return stem[-1:] in "рлмнй" and bool(vowels) and vowels[-1] in "еиэөүіәё"


@cache
def _morph():
    """The pymorphy3 analyser; also aliases pymorphy2 to it, which natasha imports and which breaks with
    setuptools >= 82."""
    import pymorphy3

    sys.modules.setdefault("pymorphy2", pymorphy3)
    return pymorphy3.MorphAnalyzer()


_DICTIONARY_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")


@lru_cache(maxsize=1 << 17)
def parse(word: str) -> tuple:
    """pymorphy3's analyses of a word in Cyrillic or Latin letters; none for anything else (pymorphy3
    raises on letters without a Unicode name, and knows no other script). Cached, as names repeat
    through a corpus; a tuple, so no caller can change what the next one reads."""
    return tuple(_morph().parse(word)) if _DICTIONARY_WORD.fullmatch(word) else ()


@lru_cache(maxsize=1 << 17)
def ru_known(word: str) -> bool:
    """Whether the Russian dictionary holds a lower-case word as written (no guessing): a dictionary lookup,
    far cheaper than `parse`."""
    return _morph().word_is_known(word)


@lru_cache(maxsize=1 << 16)
def ru_pos(word: str) -> str | None:
    """The part of speech of the Russian dictionary's likeliest reading of a word it knows ("" when that
    reading has none); None for a word it only guesses. Cached: a Parse looks its word up again each time
    `is_known` is read."""
    parses = parse(word)
    return (parses[0].tag.POS or "") if parses and parses[0].is_known else None


@lru_cache(maxsize=1 << 17)
def dictionary_tags(word: str) -> frozenset[str]:
    """What the Russian dictionary (pymorphy3's OpenCorpora data, shipped in its wheel) says a capitalised
    word folded to Russian letters can be: "name", "surname", "patronymic", "place", or "common" when it
    knows the word only as an ordinary one. Many Kazakh given names are in it under their Russian spelling
    (Ерлан, Айгуль, Нурлан), which generalises beyond any list written here."""
    folded = fold_word(word)
    parses = parse(folded[:1].upper() + folded[1:])
    if not parses or not parses[0].is_known:
        return frozenset()
    tags = set()
    plural_of_name = folded.lower().endswith(("ов", "ев", "ёв"))
    for p in parses:
        g = p.tag.grammemes
        if plural_of_name and "Name" in g and "plur" in g:
            tags.add("surname")  # "Шаханов", read as the genitive plural of "Шахан": a surname the dictionary
            continue  # lacks, for no one names a person in the genitive plural of a given name
        tags |= {t for k, t in (("Name", "name"), ("Surn", "surname"), ("Patr", "patronymic"), ("Geox", "place"))
                 if k in g}
    return frozenset(tags or {"common"})


RU_GIVEN_ENDINGS = (("ой", "а"), ("ей", "я"), ("ом", ""), ("ем", ""), ("у", ""), ("ю", ""), ("а", ""),
                    ("я", ""), ("е", ""), ("ы", "а"), ("и", "я"), ("у", "а"), ("ю", "я"), ("е", "а"),
                    # a name in -й declines so: "Абая", "Абаю", "Абаем", "об Абае" (Абай), "Наурызбаем"
                    ("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"))
# a woman's given name by its ending, folded ("ұ", "ү", "ғ" read "у", "у", "г"). A name in -жан is a man's
# unless its first part is a woman's: "Айжан", "Аружан", "Гүлжан", "Тоғжан", "Ұлжан", "Маржан" (Бақытжан,
# Ғалымжан, Мейржан are men's)
FEMALE_GIVEN = re.compile(r"(?:а|я|гүл|гуль|гул|нур|ну|сулу|сұлу|ерим|ерім|айым|"
                          r"(?:ай|ару|ая|бал|гул|гуль|кул|куль|тог|ул|мар)жан)$")


def ru_given(word: str, oblique: bool = False) -> tuple[str, bool] | None:
    """(nominative, was nominative) for a Russian-text given name in the lexicon, else None. `oblique`: the
    word is known to be declined, so a name it also is in the nominative does not count (Александра)."""
    parts = word.split("-")
    if is_given(word) and not oblique:
        return word, True
    named = [p for p in parse(word) if "Name" in p.tag.grammemes]
    if named and all("Fixd" in p.tag.grammemes and p.normal_form == word.lower() for p in named):
        return None  # "Николя", "Франсуа": the same in every case, so no case to read, and no Никол in it
        # ("Анне" is also Анна's dative)
    for end, add in RU_GIVEN_ENDINGS:
        last = parts[-1]
        if last.lower().endswith(end) and len(last) > len(end) + 2:
            cand_last = last[: len(last) - len(end)] + add
            # hyphenated names decline every part: Касым-Жомарта → Касым-Жомарт
            cand = "-".join([p[: len(p) - len(end)] + add if p.lower().endswith(end) and len(parts) > 1
                             and p is not last else p for p in parts[:-1]] + [cand_last])
            if is_given(cand):
                return cand, False
    return None


def ru_given_woman(word: str) -> str | None:
    """The nominative of a woman's name in -а/-я declined as written ("Жанаре" of Жанара), when a list has it:
    beside a woman's surname ("Жанаре Балгабаевой") the man's "Жанар" that `ru_given` prefers is not meant."""
    for end, add in RU_GIVEN_ENDINGS:
        if add in ("а", "я") and word.lower().endswith(end) and len(word) > len(end) + 2 \
                and (is_given(cand := word[: len(word) - len(end)] + add) or is_woman_or_genitive(cand)):
            return cand
    return None


def is_unisex_given(given: str) -> bool:
    """A given name women and men both bear (data/given_names_unisex.txt: "Ардак", "Бақыт"): it says no gender."""
    return fold(given) in _name_list("given_names_unisex.txt")


def is_female_given(given: str) -> bool:
    """A woman's given name: by its ending (`FEMALE_GIVEN`) unless a man's that ends so (data/given_names_men.txt:
    "Никита", "Илья"), or listed among those that end otherwise (data/given_names_women.txt: "Ляззат", "Сәуле")."""
    low = fold(given)
    return (bool(FEMALE_GIVEN.search(low)) and not low.endswith("бек")
            and low not in _name_list("given_names_men.txt")) or low in _name_list("given_names_women.txt")


def double_surname(word: str) -> list[str] | None:
    """The two parts of a double surname, each a capitalised word of three letters or more ("Петрова-Водкина",
    "Немировичем-Данченко"), which decline each on its own; None for any other word."""
    parts = word.split("-")
    if len(parts) == 2 and all(len(p) > 2 and p[:1].isupper() and p[1:].islower() for p in parts):
        return parts
    return None


def ru_surname_nominative(surname: str, female: bool | None, inflected: bool) -> str:
    """De-inflect an -ов/-ев/-ин surname given the gender and whether its given name was declined."""
    low = surname.lower()
    if not inflected:
        return surname
    if parts := double_surname(surname):
        # a double surname declines in both parts: "Петровой-Водкиной" is Петрова-Водкина
        return "-".join(ru_surname_nominative(p, female, inflected) for p in parts)
    rules_m = (("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("ова", "ов"), ("ева", "ев"), ("ина", "ин"),
               ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин"))
    if low.endswith(("ичем", "ича", "ичу", "иче")):
        return surname[: len(surname) - len(low) + low.rindex("ич") + 2]
    if low.endswith(("овной", "евной", "овну", "евну", "овны", "евны")):
        return surname[: low.rindex("вн") + 2] + "а"
    rules_m += (("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"), ("цкого", "цкий"),
                ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"))
    rules_f = (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина"),
               ("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"))
    for end, repl in (rules_f if female else rules_m):
        if low.endswith(end):
            if repl in ("ский", "цкий") and (known := next(
                    (p.normal_form for p in parse(surname) if "Surn" in p.tag.grammemes and p.is_known
                     and "sing" in p.tag.grammemes and p.normal_form.endswith(("ской", "цкой"))), None)):
                return cap(known)  # "Сергеем Донским", "Трубецкого": the dictionary's Донской, Трубецкой
            return surname[: len(surname) - len(end)] + repl
    return adjective_nominative(surname, bool(female))


_ADJ_LONG_OBLIQUE = ("ого", "его", "ому", "ему", "ой", "ей", "ую", "юю")
_ADJ_OBLIQUE = {False: ("ого", "его", "ому", "ему", "ым", "им", "ом", "ем"), True: ("ой", "ей", "ую", "юю")}


def adjective_nominative(surname: str, female: bool) -> str:
    """The nominative of a surname declined as an adjective or a participle the dictionary knows only as such
    ("Яна Непомнящего" is Непомнящий, "Андрея Белого" Белый, "Анны Непомнящей" Непомнящая): its likeliest
    reading must be one, in the singular and a case other than the nominative, of the name's gender; a word
    the dictionary only guesses so must end in a long ending no foreign or Kazakh name ends in ("-щего", not
    "Карим"). A surname the dictionary knows as one is read by `_ru_surname` ("Толстого" is Толстой)."""
    low = surname.lower()
    if not low.endswith(_ADJ_OBLIQUE[female]):
        return surname
    parses = parse(surname)
    top = parses[0] if parses else None
    if any("Surn" in p.tag.grammemes and p.is_known for p in parses):
        return surname  # "Толстым" is Толстой's, not "толстый"
    if top is None or top.tag.POS not in ("ADJF", "PRTF") \
            or not (top.is_known or (low.endswith(_ADJ_LONG_OBLIQUE) and len(low) >= 7)):
        return surname
    gender = "femn" if female else "masc"
    for p in parses:
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.gender == gender and "sing" in p.tag.grammemes \
                and "nomn" not in p.tag.grammemes and (inf := p.inflect({"nomn", "sing", gender})):
            word = inf.word if "ё" in surname.lower() else inf.word.replace("ё", "е")
            return cap(word)
    return surname


# what a Russian noun or surname adds to its nominative in the other cases (Лофнер-у, Белов-а, Анн-ы)
_RU_CASE_ADD = frozenset(["а", "у", "ом", "ем", "е", "ым", "им", "ой", "ей", "ою", "ю", "ы", "и", "я"])
_RU_ADJ_CASE = frozenset(["ого", "его", "ому", "ему", "им", "ым", "ом", "ем", "ой", "ую"])


@lru_cache(maxsize=1 << 16)
def case_form(form: str, base: str) -> bool:
    """Whether the name `form` can be `base` in another Russian case: Лофнеру of Лофнер, Белова of Белов,
    Анны of Анна, Хорошевского of Хорошевский. Only the longer form is read as the declined one, so
    Александр is no case of Александра. It lets an article's own nominative settle an ambiguous form."""
    f, b = fold(form).lower(), fold(base).lower()
    if f == b:
        return True
    if b.endswith(("ий", "ый", "ой")) and len(b) > 4:
        return f.startswith(b[:-2]) and f[len(b) - 2:] in _RU_ADJ_CASE
    if b.endswith(("ая", "яя")) and len(b) > 4:
        return f.startswith(b[:-2]) and f[len(b) - 2:] in ("ой", "ую", "ей", "юю")
    stem = b[:-1] if b[-1:] in "аяйь" else b
    return len(stem) >= 3 and f.startswith(stem) and f[len(stem):] in _RU_CASE_ADD


@lru_cache(maxsize=1 << 17)
def surname_key(surname: str) -> str:
    """Folded stem of a nominative surname: Садвакасова/Садвакасов → садвакасов, Тоқаев → токаев."""
    k = fold(surname)
    k = re.sub(r"(ов|ев|ин)а$", r"\1", k)
    k = re.sub(r"ская$", "ский", k)
    return k


ROMAN = re.compile(r"[IVX]+")  # a regnal number: "Карл III", "Лев XIV"


def cap(word: str) -> str:
    """Capitalise an all-caps or lower-case name token, keeping hyphenated parts (КАСЫМ-ЖОМАРТ); a regnal
    number in Roman numerals stays as written ("Абдалла II", "Карл III")."""
    if ROMAN.fullmatch(word):
        return word
    if word.isupper() or word.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
    return word
