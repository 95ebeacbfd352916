"""Number phrases in Kazakh and Russian: value, bound, the counted noun.

Handles digits with a decimal comma and space thousands separators ("7,5", "1 600", "50,0"),
multipliers with Kazakh case endings ("мыңнан", "млн-нан", "мыңға"), numbers written as words in any
case ("трех миллионов", "жүзге жуық"), Russian bounds before the number ("более", "свыше", "около",
"до") and Kazakh ones after it ("астам", "жуық", "дейін"), percentages and money. Dates, years, clock
times, ordinals, list numbering, durations and numbers glued to names ("Toqaev2022", "COVID-19") are
not quantities. Lexicons: `data/numbers.tsv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache

from sayasat import names
from sayasat.names import KK_SUFFIXES
from sayasat.resources import data_rows

_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)?|[%‰₸$€₽]|"
                    r"[^\W\d_]+(?:[-.][^\W\d_]+)*\.?|\S")
_ADJ_RU = re.compile(r"(?:ых|их|ого|его|ые|ие|ый|ий|ая|яя|ой|ей|ым|им|ую|юю|ое|ее)$")
_ADJ_KK = re.compile(rf"(?:{'|'.join(names.KK_RELATIVE_ADJECTIVE)}|ғы|гі|қы|кі|лы|лі|ды|ді|ты|ті|сыз|сіз)$")
_FUNCTION = frozenset("и в во на с со по к о об от до за из для что как а но или же ли не мен мен бен пен және да де "
                      "та те үшін бойынша туралы арқылы қана ғана бұл осы сол ол олар ма ме ба бе па пе "
                      "только лишь уже еще ещё всего также тоже "  # "почти 9 тысяч только на дорогу"
                      "екен екені екенін екендігі екендігін".split())  # "40 мыңға жуық екенін айтты": a copula
_RU_POSSESSIVE = frozenset("его её ее их".split())  # "30 его служащим": the noun after counts
ABBREVIATIONS = frozenset(["тыс", "млн", "млрд", "трлн"])  # multiply a number; never start one
# "тысячи людей", "десятки тысяч", "бірнеше мың": amounts, not numbers (a singular "тысяча", "мың" is one)
VAGUE_MULTIPLIERS = frozenset(["тысячи", "тысяч", "тысячам", "тысячами", "тысячах", "миллионы", "миллионов",
                               "миллионам", "миллионами", "миллионах", "миллиарды", "миллиардов", "миллиардам",
                               "сотни", "сотен", "сотням", "сотнями", "десятки", "десятков", "десяткам",
                               "мыңдаған", "жүздеген", "ондаған", "миллиондаған"])
VAGUE_BEFORE = frozenset(["десятки", "десятков", "сотни", "сотен", "несколько", "нескольких", "много", "многие",
                          "бірнеше", "ондаған", "жүздеген", "мыңдаған"])
# the currency signs printed before the digits ("$44 млрд"): a bound's words stand before the sign
_SIGNS_BEFORE = frozenset("$€£¥₸₽")
MONEY = re.compile(r"^(?:тенге|теңге|тг|₸|доллар\w*|долл|\$|рубл\w*|руб|₽|евро|€|юан\w*|£|фунт\w*|¥)", re.I)


@dataclass(frozen=True)
class Quantity:
    start: int  # the number phrase, bound words included
    end: int
    value: float
    bound: str
    unit: str | None
    unit_end: int  # end of the unit word (or of the phrase when there is none)


@cache
def lexicon() -> dict[str, dict]:
    out: dict[str, dict] = {"word": {}, "mult": {}, "bound_before": {}, "bound_after": {}, "bound_verb": {},
                            "bound_after_ablative": {}, "bound_after_dative": {},
                            "exceed_after": set(), "time": set(), "month": set(), "change": set(), "measure": set(),
                            "adjective": set(), "reference_before": set(), "reference_hyphen": set()}
    for kind, _lang, value, forms in data_rows("numbers.tsv", 4):
        items = re.findall(r'"([^"]+)"|(\S+)', forms)
        words = [a or b for a, b in items]
        for w in words:
            if kind in ("word", "mult"):
                out[kind][w] = float(value)
            elif kind in ("bound_before", "bound_after", "bound_verb", "bound_after_ablative", "bound_after_dative"):
                out[kind][w] = value
            elif kind == "bound_verb_after":  # a bound after the number, which ends its phrase
                out["bound_after"][w] = value
                out["exceed_after"].add(w)
            else:
                out[kind].add(w)
    return out


@cache
def kk_number_words() -> frozenset[str]:
    """The Kazakh numerals and multipliers of data/numbers.tsv ("жеті", "жиырма", "мың"), as written: no
    office's name holds one, so a title's compound ends before it (`actors._kk_capital_within`)."""
    return frozenset(w for kind, lang, _value, forms in data_rows("numbers.tsv", 4)
                     if lang == "kk" and kind in ("word", "mult") for w in forms.split())


@cache
def _months() -> tuple[str, ...]:
    """The month stems, as one tuple for str.startswith."""
    return tuple(sorted(lexicon()["month"]))


def _month_word(low: str) -> bool:
    """A month's name in any case, a lower-case word of three letters or more: "октября", "қарашасында"."""
    return len(low) >= 3 and low.startswith(_months())


def _month_locative(low: str) -> bool:
    """A month's name in the locative, which says when, not which day: "желтоқсанда", "в мае" ("шілде",
    July, ends so in the nominative; "марта", "октября" are the genitive of a date)."""
    return low not in lexicon()["month"] and low.endswith(("да", "де", "та", "те", "е"))


@lru_cache(maxsize=1 << 16)
def _strip_kk(word: str) -> str:
    """мыңнан → мың, жүзге → жүз, млн-нан → млн (only when the stem is a number word)."""
    lex = lexicon()
    low = word.lower().split("-")[0] if "-" in word else word.lower()
    if low in lex["word"] or low in lex["mult"]:
        return low
    for suf in KK_SUFFIXES:
        if low.endswith(suf) and low[: -len(suf)] in lex["mult"] | lex["word"].keys():
            return low[: -len(suf)]
    return low


def _kk_mult_base(word: str) -> str:
    """A multiplier after digits, its case endings off, and its possessive's too: "85 мыңына" (to 85,000 of
    them), "3 мыңын". Only there: "жер жүзін" (the world's face) and "біріне" (to one another) count nothing."""
    low = _strip_kk(word)
    if low in lexicon()["mult"]:
        return low
    return next((low[:-len(suf)] for suf in _KK_POSSESSIVE_CASES
                 if low.endswith(suf) and low[:-len(suf)] in lexicon()["mult"]), low)


# the third person's possessive before a case, which a number word after a consonant takes: "85 мыңына" (to
# 85,000 of them), "мыңынан"
_KK_POSSESSIVE_CASES = ("ынан", "інен", "ында", "інде", "ына", "іне", "ын", "ін")


def _num_value(tok: str) -> float | None:
    """The value of a token of decimal digits ("1 600", "7,5"). Superscripts and other digits that are
    not decimal ("м ²", "①") are no number: float() cannot read them."""
    if not tok[:1].isdecimal():
        return None  # most tokens are words: skip the regex
    t = tok.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if re.fullmatch(r"\d+[.,]\d+", t):
        return float(t.replace(",", "."))
    if t.isdecimal():
        return float(t)
    return None


@lru_cache(maxsize=1 << 16)
def _may_start(tok: str) -> bool:
    """Whether a quantity can begin at this token: digits or a number word. Most tokens are neither, and
    ruling them out once per distinct token keeps the scan below to the few that are."""
    if _num_value(tok) is not None:
        return True
    lex = lexicon()
    base = _strip_kk(tok.lower())
    return base in lex["word"] or base in lex["mult"]


# a Kazakhstan phone number: +7 or 8, an operator's or a city's code, seven digits in groups
_PHONE = re.compile(r"(?:\+7|(?<![\d,.\s]\s)(?<![\d,.])8)(?:[\s\u00a0()-]{0,2}\d){10}(?!\d|,\d)")


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every quantity in `text`, in order; `lang` ("ru", "kk") lets a word be read as that language's only
    where both spell it alike (Russian "дана", "ел" are verbs, Kazakh "дана", "ел" the counted nouns)."""
    lex = lexicon()
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    phones = [m.span() for m in _PHONE.finditer(text)]
    if phones:  # a phone number counts nothing: "+7 777 000 00 00"
        toks = [tok for tok in toks if not any(a <= tok[0] < b for a, b in phones)]
    out: list[Quantity] = []
    resume = 0  # the first token not yet taken into a quantity
    for i in [k for k, tok in enumerate(toks) if _may_start(tok[2])]:
        if i < resume:
            continue
        s, e, t = toks[i]
        low = t.lower()
        value = _num_value(t)
        word_num = False
        j = i + 1
        if value is None:
            base = _strip_kk(low)
            abbreviation = base.rstrip(".") in ABBREVIATIONS  # "тыс" is also Kazakh "outside"
            vague = low in VAGUE_MULTIPLIERS or (i > 0 and toks[i - 1][2].lower() in VAGUE_BEFORE)
            if not abbreviation and not vague and (base in lex["word"] or base in lex["mult"]):
                value, j = _parse_words(toks, i)
                word_num = True
                if value is not None and value < 1 and not any(_strip_kk(toks[k][2]) in lex["mult"]
                                                               for k in range(i, j)):
                    continue  # "жартысына жуық": half of something, a share; "жарты миллион" is a number
            else:
                continue
        if value is None or _excluded(text, toks, i, j, word_num):
            resume = max(j, i + 1)
            continue
        if j + 1 < len(toks) and toks[j][2] == "-" and toks[j][0] == toks[j - 1][1] \
                and toks[j + 1][2].lower() in _RU_CARDINAL_ENDINGS and not word_num:
            j += 2  # a Russian cardinal's case ending: "более 5-ти тысяч", "в 2-х экземплярах"
        # multipliers after digits: "7,5 тысяч", "3 млн-нан", "24 мыңнан"
        mult_used = False
        full_stop = False  # the last multiplier's token took in the sentence's full stop: "300 тысяч."
        while j < len(toks) and not word_num:
            m_base = _kk_mult_base(toks[j][2])
            full_stop = m_base not in lex["mult"] and m_base.endswith(".")
            if full_stop:
                m_base = _kk_mult_base(m_base[:-1])
            if m_base in lex["mult"]:
                value = _times(value, lex["mult"][m_base])
                mult_used = True
                j += 1
                if full_stop:
                    break
            else:
                full_stop = False
                break
        if mult_used and not full_stop and toks[j - 1][2].endswith(".") and j < len(toks) \
                and toks[j][2][:1].isupper() and not toks[j][2].isupper():
            full_stop = True  # "£287 млн. Оставшаяся часть ...": the abbreviation's dot ends the sentence too
        # a compound amount: "12 млн 500 мың" is 12,500,000; "5 мың 200 адам" is 5,200
        first = _num_value(toks[i][2])
        # not after a case ending: "20 мыңнан 5 мың адамға" is from 20,000 to 5,000
        bare = toks[j - 1][2].lower().rstrip(".") in lex["mult"]
        while mult_used and bare and j < len(toks) and (nxt := _num_value(toks[j][2])) is not None:
            m_next = _strip_kk(toks[j + 1][2]) if j + 1 < len(toks) else ""
            last_mult = value / first if first else 0
            if m_next in lex["mult"] and lex["mult"][m_next] < last_mult:
                value += nxt * lex["mult"][m_next]
                j += 2
            elif last_mult == 1000 and nxt == int(nxt) and nxt < 1000 and toks[j][0] - toks[j - 1][1] == 1 \
                    and not m_next.startswith(_months()) and not _is_time(m_next):
                value += nxt
                j += 1
                break
            else:
                break
        if word_num:
            mult_used = any(_strip_kk(toks[k][2]) in lex["mult"] for k in range(i, j))
        # a case ending glued to digits: "1 600-ден астам", "50-ге дейін"; a possessive one counts a part of
        # something named before ("37 ЖЭО-ның 35-і жұмыс істейді": 35 of them), and the next word is no unit
        possessive = False
        if j + 1 < len(toks) and toks[j][2] == "-" and toks[j][0] == toks[j - 1][1] \
                and toks[j + 1][2].lower() in KK_SUFFIXES:
            possessive = toks[j + 1][2].lower() in names.KK_POSSESSIVE
            j += 2
        elif mult_used and not full_stop and (last := toks[j - 1][2].lower()) not in lex["mult"] \
                and last[len(_strip_kk(last)):] in names.KK_POSSESSIVE:
            possessive = True  # "Оның 6 мыңы Ұлттық ұланға": 6,000 of them, the word after is no unit
        start, end = s, toks[j - 1][1] - full_stop
        bound = "exact"
        # bounds before: "более", "свыше", "не менее"; before a preposition too ("примерно о 1,2 млн",
        # "более чем на 20%", "почти в 3 раза", "примерно до 85 тысяч")
        # past a currency sign before the digits: "превысил $44 млрд", "более $2 млрд"
        b = i - 1 if i > 0 and toks[i - 1][2] in _SIGNS_BEFORE else i
        ats = [b - 1, b] if b > 0 and toks[b - 1][2].lower() in _BOUND_PREPOSITIONS else [b]
        for at, k in ((at, k) for at in ats for k in (3, 2, 1)):
            if at - k >= 0:
                phrase = " ".join(x[2].lower() for x in toks[at - k:at])
                if phrase in lex["bound_before"] and not (phrase == "до" and (
                        at < b or word_num or _range_end(toks, b) or _after_change(toks, b - k)
                        or _range_start(toks, j))):
                    bound, start = lex["bound_before"][phrase], toks[at - k][0]
                    break
        if bound == "exact":
            # a verb of exceeding, which is no part of the number phrase: "превысил 4,5 млрд", "не превысит 25%"
            for k in (2, 1):
                phrase = " ".join(x[2].lower() for x in toks[b - k:b]) if b - k >= 0 else ""
                if phrase in lex["bound_verb"]:
                    bound = lex["bound_verb"][phrase]
                    break
        # bounds after (Kazakh): "астам", "жуық", "дейін"
        owned = possessive  # "олардың 5000-нан астамы шәкіртақы алады": more than 5000 of them, who receive
        after_word = toks[j][2].lower() if j < len(toks) else ""
        stop = after_word.endswith(".") and after_word[:-1] in lex["bound_after"]  # "62 пайыздан асты."
        after_word = after_word[:-1] if stop else after_word
        above = lex["bound_after_ablative"].get(after_word) if toks[j - 1][2].lower().endswith(names.KK_ABLATIVE) \
            else None  # "90-нан жоғары", "20 мыңнан төмен"
        if after_word in lex["bound_after"] or above:
            bound = above or lex["bound_after"][after_word]
            if bound == "at_least" and toks[j - 1][2].lower().endswith(names.KK_DATIVE):
                bound = "exact"  # "былтырғыдан 4 мыңға көп": more by so much ("мыңнан көп" is more than)
            # the number before, past a range's first number ("1 миллионнан 100-120 мыңға дейін")
            ranged = len(out) > 1 and text[out[-1].end:s].strip() in ("-", "–", "—")
            before, at = (out[-2], out[-1].start) if ranged else (out[-1] if out else None, s)
            if after_word in ("дейін", "дейінгі") and before and not text[before.end:at].strip() \
                    and text[before.start:before.end].lower().endswith(names.KK_ABLATIVE):
                bound = "exact"  # "3-тен 2-ге дейін", "20 мыңнан 5 мыңға дейін": from one to the other
            # "астамы" owns what follows; a verb of exceeding ends the phrase: what exceeded stands before it
            # ("халық саны миллионнан асты", "екі мыңнан асатын ауыл": the village is no unit)
            # "25-тен төмен болмауы": above or below, like a verb of exceeding, says what is, no unit after it
            owned = after_word in _OWNED_BOUNDS or after_word in lex["exceed_after"] or stop or bool(above)
            j += 1
            end = toks[j - 1][1] - stop
        if word_num and value < 100 and not mult_used and bound == "exact":
            resume = j
            continue  # "үш құндылық", "семь лет": small numbers in words are not claims
        # "85 мыңына қатысты", "3 мыңын алды": a multiplier in the possessive counts what was named before
        owned = owned or (mult_used and toks[j - 1][2].lower().rstrip(".").endswith(_KK_POSSESSIVE_CASES)
                          and _kk_mult_base(toks[j - 1][2].rstrip(".")) in lex["mult"])
        unit, unit_end = _unit(toks, j, end, lang) if not full_stop and not owned else (None, end)
        if unit is not None and bound == "exact":
            # "5 трлн теңгеден астам": a Kazakh bound after the unit, in the case it governs ("114 пайызға
            # артық" is by how much; "теңгеге дейін көтеріледі" is where a change ends)
            k = next((k for k in range(j, min(j + 4, len(toks))) if toks[k][1] == unit_end), None)
            after = toks[k + 1][2].lower().rstrip(".") if k is not None and k + 1 < len(toks) else ""  # "асты."
            low = unit.lower()
            if after in lex["bound_after"] and (
                    (lex["bound_after"][after] == "at_least" and low.endswith(names.KK_ABLATIVE))  # "теңгеден астам"
                    or (after in lex["exceed_after"] and low.endswith(names.KK_ABLATIVE))  # "пайыздан аспайды"
                    or (after.startswith(("жуық", "жуығ")) and low.endswith(names.KK_DATIVE))  # "тоннаға жуық"
                    # "5 балға дейінгі жер сілкінісі": up to it, as an attribute (no change ends there)
                    or (after == "дейінгі" and low.endswith(names.KK_DATIVE))
                    or after == "шамасында"):  # "140 мың теңге шамасында"
                bound = lex["bound_after"][after]
            elif after in lex["bound_after_ablative"] and low.endswith(names.KK_ABLATIVE):  # "пайыздан жоғары"
                bound = lex["bound_after_ablative"][after]
            elif low.endswith(names.KK_DATIVE) and k is not None:
                # "5 пайызға жетпейді", "2 пайызға да жетпейді": does not reach it (past the particle "да")
                reach = toks[k + 2][2] if after in ("да", "де") and k + 2 < len(toks) else after
                bound = lex["bound_after_dative"].get(reach.lower().rstrip("."), bound)
        if unit is None and i > 0 and MONEY.match(toks[i - 1][2]):
            unit, start = toks[i - 1][2], min(start, toks[i - 1][0])  # "$1,2 млрд", "₸500", "около $2 млрд"
        if unit and _is_time(unit):
            resume = j
            continue
        if start == s and s and text[s - 1] in "-−–" and not word_num and (s == 1 or text[s - 2] in " \u00a0(\n«\""):
            value, start = -value, s - 1  # "Выручка ... (-5%)", "инфляция −0,2%": a minus glued to the digits
        out.append(Quantity(start, end, value, bound, unit, unit_end))
        resume = j
    # "с 12 до 16%", "от 5 до 10 тысяч тенге", "30–40%": the first number of a change or a range shares the second's
    # multiplier and unit
    for k, (a, b) in enumerate(zip(out, out[1:], strict=False)):
        if a.unit is not None or not re.fullmatch(r"\s+до\s+|\s*[–—-]\s*", text[a.end:b.start]):
            continue
        mults = [lex["mult"][w] for w in (_strip_kk(t) for t in text[b.start:b.end].split()) if w in lex["mult"]]
        own = any(_strip_kk(t) in lex["mult"] for t in text[a.start:a.end].split())
        # the multiplier is shared when the first number with it is no more than ten times the second: a change
        # may fall ("сократится с 5,2 до 4 трлн"), but "с 500 до 2 млн" is no 500 million
        value = _times(a.value, mults[-1]) if mults and not own and a.value * mults[-1] <= 10 * b.value else a.value
        out[k] = replace(a, value=value, unit=b.unit, unit_end=b.unit_end)
    return out


def _times(value: float, mult: float) -> float:
    """value × mult in decimal: "8,2 млрд" is 8,200,000,000, not the float product 8,199,999,999.999999."""
    return float(Decimal(repr(value)) * Decimal(repr(mult)))


def _after_change(toks: list, k: int) -> bool:
    """A verb of change before "до" ("вырастет до 85 тысяч", "снизилась до 8%"; its object between: "довести
    его до 50 млрд"), or before the amount of the change and a comma ("вырос на 2,1%, до 18,4 млн тонн"): the
    number is where the change ends, not a bound."""
    if k >= 1 and toks[k - 1][2] == ",":
        for t in reversed(toks[max(0, k - 9):k - 1]):
            if t[2] in (".", ",", ";", ":", "!", "?"):
                return False
            if t[2].lower().startswith(_change_stems()):
                return True
        return False
    if k >= 1 and toks[k - 1][2].lower().startswith(_change_stems()):
        return True
    for t in reversed(toks[max(0, k - 5):k - 1]):
        # a verb, its object between: "довести его до $50 млрд", "увеличить импорт зерна до 2 млн" (a
        # participle's "повышенные пенсии до 100 тысяч" is a bound)
        if not t[2][:1].isalpha():
            return False
        if t[2].lower().startswith(_change_stems()) and names.ru_pos(t[2].lower()) in ("VERB", "INFN"):
            return True
    return False


def _range_start(toks: list, j: int) -> bool:
    """A dash and a number follow the number phrase that ends before `j`: "до 9–11%" is a range, whose "до"
    bounds neither end (a range is two exact values)."""
    return j + 1 < len(toks) and toks[j][2] in ("–", "—", "-") and _num_value(toks[j + 1][2]) is not None


@cache
def _change_stems() -> tuple[str, ...]:
    """The stems of verbs of change, as one tuple for str.startswith."""
    return tuple(sorted(lexicon()["change"]))


def _range_end(toks: list, i: int) -> bool:
    """The number at `i` ends a change or a range ("с 12 до 16%", "от 5 до 10"): its "до" is no bound."""
    k = i - 2  # the token before "до"
    if k >= 0 and toks[k][2] in ("%", "‰"):
        k -= 1
    sign = k >= 2 and toks[k - 1][2] in _SIGNS_BEFORE  # "с $13,5 до $700"
    return k >= 1 and _num_value(toks[k][2]) is not None and toks[k - 1 - sign][2].lower() in ("с", "со", "от")


def _parse_words(toks: list[tuple[int, int, str]], i: int) -> tuple[float | None, int]:
    """A run of number words: "трех миллионов" → 3e6, "екі жүз елу мың" → 250000, "жүзден" → 100."""
    lex = lexicon()
    total, current, j = 0.0, 0.0, i
    seen = False
    last_mult = 0.0
    while j < len(toks):
        base = _strip_kk(toks[j][2])
        if base == "жарым" and last_mult and not current:
            total += last_mult / 2  # "мың жарым", "екі мың жарымнан": and half a thousand more
        elif base in lex["word"]:
            current += lex["word"][base]
        elif base in lex["mult"]:
            m = lex["mult"][base]
            if m == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * m
                current = 0
                last_mult = m
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None, i + 1
    return total + current, j


# the case endings Russian writes after a cardinal's digits: "5-ти" (пяти), "2-х" (двух), "7-ми" (семи)
_RU_CARDINAL_ENDINGS = frozenset(["ти", "х", "ми", "ух", "ех", "ёх", "и"])


# a number glued to an adjective or a noun of years (not "5-процентный": a percentage is an amount)
_COMPOUND_ADJECTIVE = re.compile(
    r"-(?!процент)[а-яё]{3,}(?:ого|его|ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю|ом|ем)\b", re.I)


_LATIN_NAME = re.compile(r"[A-Z][A-Za-z]+")


def _excluded(text: str, toks: list, i: int, j: int, word_num: bool) -> bool:
    """Dates, years, times, ordinals, list numbers, numbers glued to names."""
    lex = lexicon()
    s, e, t = toks[i]
    before = text[max(0, s - 2):s]
    after = text[e:e + 3]
    if i > 0 and toks[i - 1][2].lower().rstrip(".") in _CLOCK_BEFORE:
        return True  # "сағат 8-ден кешкі 8-ге дейін", "сағат сегізде": o'clock
    if word_num:
        return False
    if before.rstrip()[-1:] in ("№", "#") or re.search(r"[^\W\d_]-?$", before) or re.match(r"[^\W\d_]", after[:1]):
        return True  # №020, Toqaev2022, COVID-19
    if i > 0 and _LATIN_NAME.fullmatch(toks[i - 1][2]) and text[toks[i - 1][1]:s] == " " and not (
            j < len(toks) and (_strip_kk(toks[j][2].lower()) in lex["mult"] or toks[j][2] in ("%", "‰")
                               or MONEY.match(toks[j][2]))):
        return True  # "Article 19 призвали", "Boeing 737": a name's number, in a Kazakh or Russian text
    if (i > 0 and toks[i - 1][2].lower() in lex["reference_before"]) or (
            after[:1] == "-" and text[e + 1:e + 8].lower().startswith(tuple(lex["reference_hyphen"]))):
        return True  # "статьи 20", "пункту 3", "274-бабы": which article, not how many
    if re.match(r"[:.]\d", after):
        return True  # 16:48, 13.03.2020
    if re.search(r"\d[.:]$", text[max(0, s - 3):s]):
        return True  # the tail of a date or time
    if re.match(r"-?(?:ші|шы|інші|ыншы|нші|ншы|й|го|ый|ая|ое|ом|му|ми|е|я)\b", text[e:e + 6], re.I) \
            or re.match(r"-(?:м|ой|ым|ых)\b", text[e:e + 4], re.I) \
            or (t.endswith("0") and re.match(r"-х\b", text[e:e + 3], re.I)):
        return True  # ordinals: 1-ші, 5-й, 20-го, "на 72-м году", "в 90-х годах" (not "2-х": двух)
    if after[:1] == "-" and _kk_ordinal_noun(text, e + 1):
        return True  # "11-сыныпта", "3-орынға": Kazakh writes an ordinal as the number and its noun
    if _COMPOUND_ADJECTIVE.match(text, e, e + 24):
        return True  # a compound adjective: "144-миллионного населения", "10-летний юбилей", "45-летие"
    if (re.match(r"\s*[–—-]\s*\d", text[e:e + 4]) or re.search(r"\d\s*[–—-]\s*$", text[max(0, s - 4):s])) \
            and not _quantity_range(text, s):
        return True  # ranges of years or days: 2011–2020, 17–18 қазан; codes: 8-701-555
    if re.match(r"[.)]\s", after) and not text[text.rfind("\n", 0, s) + 1:s].strip():
        return True  # list numbering "1. ..." (the line looked at only then: a paragraph is one long line)
    val = _num_value(t)
    if val is not None and re.fullmatch(r"\d{4}", t) and 1900 <= val <= 2100:
        nxt = toks[j][2].lower() if j < len(toks) else ""
        if _strip_kk(nxt) not in lex["mult"]:
            return True  # a year
    if j < len(toks):
        nxt = toks[j][2].lower()
        if _month_word(nxt):
            return True  # "5 октября", "25 қарашасында"
        if nxt in ("по", "и", "или", "мен", "және") and j + 2 < len(toks) and toks[j + 1][2].isdigit() \
                and _month_word(toks[j + 2][2].lower()):
            return True  # the first day of two: "с 1 по 12 ноября", "1 и 2 декабря"
    if i > 0 and toks[i - 1][2].lower().startswith(_months()) and not _month_locative(toks[i - 1][2].lower()):
        return True  # "октября 2022"; not a month in the locative, when: "желтоқсанда 15-20 теңгеге", "в мае 40%"
    return False


_HYPHEN_WORD = re.compile(r"[а-яёәғқңөұүһі]+(?![\w-])", re.I)
# the endings a Kazakh number takes: cases and possessives ("65-ке", "35-інен"), the collective ("2-еуіне де",
# "2-еуміз": both of them, the two of us) and the approximative ("200-дейі": about two hundred of them)
_KK_ENDINGS = frozenset([*names.KK_SUFFIXES, "ын", "ін", "ына", "іне", "ынан", "інен", "ында", "інде", "ыны", "іні",
                         "еу", "ау", "у", "міз", "мыз", "іміз", "ымыз", "дай", "дей", "тай", "тей", "ай", "ей"])


def _suffixes_only(word: str) -> bool:
    """Whether a word is Kazakh endings only, one after another ("ке", "сынан", "ы" + "ның")."""
    return not word or any(word.startswith(e) and _suffixes_only(word[len(e):]) for e in _KK_ENDINGS)


def _kk_ordinal_noun(text: str, pos: int) -> bool:
    """Whether the word after a number's hyphen is a noun, not endings: Kazakh writes "11-сынып" (the
    eleventh grade), "3-орын" (third place) for the ordinal; "65-ке", "1 200-ден", "35-інен" are the number's
    cases, and Russian's "5-ти", "24-х" are shorter than four letters."""
    m = _HYPHEN_WORD.match(text, pos, pos + 24)
    # a word Russian knows is Russian's: "43-летнему" is read as an age (`_COMPOUND_ADJECTIVE`)
    return bool(m) and len(m.group(0)) >= 4 and not _suffixes_only(word := m.group(0).lower()) \
        and not names.ru_known(word)


# the monthly calculation index that fines and benefits are counted in ("15 айлық есептік көрсеткіш"): a unit, no
# number of months
_MCI = re.compile(r"айлық\s+(?:есеп\w*|көрсеткіш\w*)", re.I)
_DASH_RANGE = re.compile(r"(\d+(?:,\d+)?)\s*[–—-]\s*(\d+(?:,\d+)?)(?![\d.,]\d|\s*[–—-]\s*\d)\s*([%‰]|[^\W\d_]+)")


def _quantity_range(text: str, pos: int) -> bool:
    """Whether the number at `pos` is one end of a range of a quantity ("30–40%", "10-15 тысяч человек"):
    rising, of numbers that are no years, followed by a word that is no month and no unit of time (which
    counts no claim: "5–7 лет")."""
    start = pos
    m = re.search(r"\d+(?:,\d+)?\s*[–—-]\s*$", text[max(0, pos - 14):pos])
    if m:
        start = pos - len(m.group(0))  # `pos` is the range's second number
    r = _DASH_RANGE.match(text, start)
    if not r:
        return False
    low, high = (float(x.replace(",", ".")) for x in r.group(1, 2))
    years = any(re.fullmatch(r"\d{4}", x) and 1900 <= int(x) <= 2100 for x in r.group(1, 2))
    word = r.group(3).lower()
    return low < high and not years and not word.startswith(_months()) and (
        not _is_time(word) or _MCI.match(text, r.start(3)) is not None)


def _is_time(word: str) -> bool:
    low = word.lower()
    return low in lexicon()["time"] or any(low.startswith(t) and len(low) - len(t) <= 4 for t in ("жылд", "жыл"))


@lru_cache(maxsize=1 << 14)
def _ru_adjective(word: str) -> bool:
    """An adjective or participle before the counted noun ("120 тысяч малых предприятий"): by the Russian
    dictionary's likeliest reading when it knows the word, as an ending alone takes nouns in -ей/-ой for
    adjectives ("120 тысячам предпринимателей", "рублей"); by the ending when it does not."""
    if not _ADJ_RU.search(word):
        return False  # no adjective's ending: no need to ask the dictionary
    pos = names.ru_pos(word)
    return pos in ("ADJF", "PRTF") if pos is not None else True


# Russian prepositions that may stand between a bound and its number ("примерно о 1,2 млн", "почти на треть")
_BOUND_PREPOSITIONS = frozenset("в во на о об к с по до".split())
# a Kazakh bound with a possessive ending counts a part of something named before ("олардың 5000-нан
# астамы", "халықтың жартысына жуығы"): the word after it is no unit
_OWNED_BOUNDS = frozenset("астамы астамын астамында астамына астамының жуығы жуығын жуығында".split())
_CLOCK_BEFORE = frozenset("сағат сағ таңғы кешкі түнгі түскі".split())  # Kazakh names the hour after these
# the ends of a Kazakh word that is no bare noun: a dative, a locative, an ablative ("жұмысқа", "қайта" (again)
# ends as one), a verbal noun ("даярлау", "оқыту")
_KK_NOT_NOUN_END = re.compile(r"(?:[гғқк][аеә]|[дт][аеә]|[дтн][аеә]н|[уү])$")
# a Kazakh verb in the present or future tense ("қысқартады", "көтеріледі", "береді") is no counted noun
_KK_PRESENT_VERB = re.compile(r"(?:а|е)(?:ды|ді)$")  # not "үйді", "жағдайды" (nouns in the accusative)
# the stems of the verbs that follow a figure: their past tense ("орташа балы 72 болды", "50 пайызға жетті") ends
# as an accusative noun does ("үйді"), so only these; and their past participle ("жасы 13-ке толған", "80
# болған"), where a figure stands
_KK_FIGURE_VERB = "(?:бол|жет|өс|арт|азай|кемі|түс|көбей|қысқар|құра|төменде|көтеріл|ұлғай"
_KK_PAST_VERB = re.compile(rf"{_KK_FIGURE_VERB})(?:ды|ді|ты|ті)$")
# the future participle as a noun, "that it will": "5 мыңға көбейетінін", "10 пайызға өсетіні" (a verb, nothing counted)
_KK_FUTURE_NOUN = re.compile(r"\w{2,}(?:а|е|й)(?:тын|тін)(?:ын|ін|ы|і)$")
_KK_PAST_PARTICIPLE = re.compile(rf"{_KK_FIGURE_VERB}|тол|тая)(?:ған|ген|қан|кен)$")


def _kk_participle(word: str) -> bool:
    """A Kazakh past participle ("қабылдаған", "бірлескен"): before a noun it qualifies it."""
    return len(word) > 5 and word.endswith(names.KK_PARTICIPLE)


# the past tense of the first person ("ақтадық", we acquitted; "бердім", I gave): after a vowel, "р", "й" or "у"
# an adjective of relation would end in -лық, -лік ("қалалық", "ерлік"), so -дық, -дім there is a verb
_KK_PAST_FIRST_PERSON = re.compile(r"\w{3,}(?<=[аәеиоөұуүыіэюяйр])(?:дық|дік|дым|дім)$")  # not "құдық" (a well)
# "бар", "жоқ" (there is, there is not): a predicate, no counted noun ("Екі миллион халқы бар қалада")
_KK_EXISTS = frozenset(["бар", "жоқ"])


def _kk_verb(word: str) -> bool:
    """A Kazakh verb form after a figure: the present or future, the past of the verbs that follow figures,
    the past of the first person."""
    return bool(_KK_PRESENT_VERB.search(word) or _KK_PAST_VERB.fullmatch(word) or _KK_PAST_PARTICIPLE.search(word)
                or _KK_FUTURE_NOUN.search(word) or _KK_PAST_FIRST_PERSON.search(word)) or word in _KK_EXISTS


def _without_stop(tok: tuple[int, int, str]) -> tuple[str, int]:
    """A unit token without the full stop the tokenizer left on it, and where it then ends."""
    word = tok[2].rstrip(".")
    return word, tok[1] - (len(tok[2]) - len(word))


def _unit(toks: list, j: int, end: int, lang: str | None = None) -> tuple[str | None, int]:
    """The counted noun after a number phrase: "%", "теңге", "активистов", skipping adjectives."""
    if j >= len(toks):
        return None, end
    t = toks[j][2]
    if t in ("%", "‰"):
        return "%", toks[j][1]
    if t.lower().startswith(("процентн", "пайыздық")) and j + 1 < len(toks) \
            and toks[j + 1][2].lower().startswith(("пункт", "тармақ")):
        # "на 1,5 процентного пункта", "2 пайыздық тармаққа": the percentage point, both words
        point, point_end = _without_stop(toks[j + 1])
        return f"{t} {point}", point_end
    if t.lower() == "айлық" and j + 1 < len(toks) and _MCI.match(f"{t} {toks[j + 1][2]}"):
        # "15 айлық есептік көрсеткіш" (`_MCI`), "айлық есеп көрсеткіш", "айлық көрсеткішке"
        last = j + 2 if toks[j + 1][2].lower().startswith("есеп") and j + 2 < len(toks) else j + 1
        index, index_end = _without_stop(toks[last])
        return " ".join([t] + [tok[2] for tok in toks[j + 1:last]] + [index]), index_end
    if MONEY.match(t) or t.lower().startswith(("процент", "пайыз")):
        return _without_stop(toks[j])  # "тенге.", "процентов." end a sentence
    k = j
    for _ in range(3):
        if k >= len(toks) or not re.match(r"[^\W\d_]", toks[k][2]) or toks[k][2].lower() in _FUNCTION:
            return None, end
        w = toks[k][2]
        low = w.lower()
        kazakh = names.kk_lettered(low)
        verb = low.rstrip(".")  # "... дейін көтеріледі." ends its sentence
        if _kk_verb(verb) and (kazakh or _KK_PAST_VERB.fullmatch(verb)):  # "болды" has no Kazakh letter
            return None, end  # "2-ге дейін қысқартады", "орташа балы 72 болды": a verb, nothing counted
        if not kazakh and names.ru_pos(verb) == "COMP":
            return None, end  # "на 4 тысячи больше, чем", "на 9 больше": a comparison, nothing counted
        if lang == "ru" and k == j and names.ru_pos(verb) in names.RU_VERB_POS:
            return None, end  # "из которых 6 признаны обоснованными", "5 вернулись": a verb, nothing counted
        last = k + 1 >= len(toks) or not re.match(r"[^\W\d_]", toks[k + 1][2]) or toks[k + 1][2].lower() in _FUNCTION
        if kazakh and _kk_participle(verb):
            if last or low.endswith("."):
                return None, end  # "20-да түскен.": a verb, nothing counted
            k += 1  # "1400-ге жуық бірлескен кәсіпорын": the participle qualifies the noun after it
            continue
        adjective = low in lexicon()["adjective"] or low in _RU_POSSESSIVE or low not in lexicon()["measure"] and (
            _ADJ_KK.search(low) if kazakh else (_ru_adjective(low) or _ADJ_KK.search(low)))
        # an adjective before a verb is the counted noun itself: "400 тысяч самозанятых платят", "20 пострадавших",
        # "400-ден астам азаматты қабылдаған" (an accusative in -ты reads as an adjective in -ты)
        nxt = toks[k + 1][2].lower() if not last else ""
        nxt_verb = nxt.rstrip(".")
        # "400-ден астам азаматты қабылдаған": an accusative before a participle is what it acts on
        # "12 мың мұғалімді қайта даярлау", "300 дәрігерді жұмысқа алды": nor before an adverb, a word in a
        # case or a verbal noun ("білікті маман" has a bare noun after the adjective)
        kk_verb_next = (names.kk_lettered(nxt) or (lang != "ru" and nxt_verb in _KK_EXISTS)) and (
            _kk_verb(nxt_verb) or (low.endswith(names.KK_ACCUSATIVE) and (
                _kk_participle(nxt_verb) or _KK_NOT_NOUN_END.search(nxt_verb) is not None)))
        if adjective and not last and not _is_time(w) and not kk_verb_next and (
                kazakh or names.ru_pos(nxt) not in names.RU_VERB_POS):
            k += 1
            continue
        return w.rstrip("."), toks[k][1] - (1 if w.endswith(".") else 0)
    return toks[j][2].rstrip("."), toks[j][1]
