"""Claims: quantities, endorsements and evaluations, with who makes them.

- quantity: a number that counts or measures something (`numbers.find_quantities`); numbers inside a
  name in quotation marks («...: онжылдықтың 10 мақсаты») or a named body's ("Хабар 24") are part of the
  name, not a claim;
- endorsement: support for or opposition to an actor or a proposal ("заявили о поддержке кандидатуры
  Касым-Жомарта Токаева", "халықтық коалицияны жақтайтынын");
- evaluation: a judgement of a topic or an actor ("выборы прошли честно и открыто",
  "сайлаудың ашық әрі адал өткенін").
The claim's span is the clause that states it; a claim inside a quote is the quote speaker's, otherwise
it is the outlet's own voice. Lexicons: `data/claim_lexicon.tsv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sayasat import names
from sayasat.actors import Mention, position_stem
from sayasat.numbers import find_quantities
from sayasat.patterns import alternatives, by_first_letter
from sayasat.quotes import Quote, _marked_spans, may_be_subject, only_subject
from sayasat.resources import data_rows
from sayasat.segment import Sentence, sentence_index
from sayasat.spans import Spans, starts_within

_CLAUSE_BREAK = re.compile(r";|:(?!\d\d)|,(?!\d)|\s[–—−]\s|\n")  # not the colon of a clock time ("на 20:00")
# a parenthetical word or phrase between commas, which parts no clause: "Саиров, напротив, поддержал"
_PARENTHETICAL = re.compile(r"(?i)напротив|в\s+свою\s+очередь|со\s+своей\s+стороны|однако|впрочем|кроме\s+того|"
                            r"тем\s+не\s+менее|в\s+частности|например|конечно|безусловно|по-видимому|"
                            r"өз\s+кезегінде|керісінше|алайда|дегенмен|әрине")


@dataclass
class Claim:
    start: int
    end: int
    text: str
    kind: str
    anchor: tuple[int, int]  # the words that make it a claim (number phrase, cue): its id comes from them
    quote: int | None = None
    claimant: int | None = None  # outside quotes: the person named as who endorses or judges
    target: int | None = None
    stance: str | None = None
    value: float | None = None
    bound: str | None = None
    unit: str | None = None
    value_text: str | None = None
    topic: str | None = None
    target_key: str | None = None

    def fact_key(self) -> tuple | None:
        """What the claim states, independent of language: claims of one story with one key share a group."""
        if self.kind == "quantity" and self.value is not None:
            return ("quantity", self.value, self.bound)
        if self.kind == "endorsement" and self.target_key:
            return ("endorsement", self.stance, self.target_key)
        if self.kind == "evaluation" and (self.target_key or self.topic):
            return ("evaluation", self.stance, self.target_key or self.topic)
        return None


# what none was found says as its own predicate, which may stand after a phrase between commas
_NONE_FOUND_PREDICATE = re.compile(r"(?<![\w])(?:не\s+(?:выявлен\w*|зафиксирован\w*|обнаружен\w*|установлен\w*)|"
                                   r"тіркелмеді|анықталмады|байқалмады)(?![\w])", re.I)
_OTHER_CLAUSE = re.compile(r"[;:]|,\s*(?:но|а|однако|хотя|бірақ|алайда|ал)(?![\w])", re.I)


# "не поддержали", "не можем голосовать за", "не будут поддерживать": a "не" before the cue, or before a modal or
# auxiliary verb right before it, turns its stance
_NEGATED_BEFORE = re.compile(r"(?i)(?:\bне|\bемес)(?:\s+(?:мож\w*|могу\w*|мог(?:ли|ла)?|буд\w*|стан\w*|готов\w*|"
                             r"намерен\w*|собира\w*|хоч\w*|хоти\w*|хотел\w*|долж\w*)\s+|\s*)\Z")


def _none_found(text: str, e: int, b: int, sent_end: int) -> bool:
    """Whether a named wrong after e is said to be absent: in its clause ("нарушений не выявлено"), or as
    the predicate after a phrase between commas ("серьезных нарушений, способных повлиять на итоги
    голосования, не выявлено"), up to another clause ("..., но ...")."""
    if _NONE_FOUND.search(text, e, b):
        return True
    other = _OTHER_CLAUSE.search(text, b, sent_end)
    return bool(_NONE_FOUND_PREDICATE.search(text, b, other.start() if other else sent_end))


@cache
def _lexicon() -> dict[tuple[str, str], list[tuple[str, re.Pattern]]]:
    out: dict[tuple[str, str], list[tuple[str, re.Pattern]]] = {}
    for kind, stance, lang, forms in data_rows("claim_lexicon.tsv", 4):
        out.setdefault((kind, lang), []).append((stance, re.compile(rf"(?<![\w])(?:{forms})(?![\w])", re.I)))
    return out


# `evaluation_of_topic`: a judgement that names a wrong ("нарушения", "бұзушылықтар"): an evaluation only of a
# topic (elections, a law ...), never of the actor the clause names ("Б.Асылов құқық бұзушылықтар саны ...")
# `evaluation_called`: a word that judges only as what someone calls or finds a thing ("назвал решение
# незаконным", "шешімді заңсыз деп атады"); alone it may describe a fact ("незаконная добыча золота")
_CUE_KINDS = ("endorsement", "evaluation", "evaluation_of_topic", "evaluation_called")
_NONE_FOUND = re.compile(r"(?<![\w])(?:не\s+(?:было|выявлен\w*|зафиксирован\w*|обнаружен\w*|установлен\w*|"
                         r"отмечен\w*)|нет|жоқ|болмады|тіркелмеді|анықталмады|байқалмады|түспеді|кездеспеді|"
                         # the same reported ("шағым түспегенін айтты", "анықталмағанын атап өтті")
                         r"(?:түспе|анықталма|тіркелме|байқалма|болма|кездеспе)(?:ген|ған)\w*)(?![\w])", re.I)


@cache
def _any_cue() -> dict[str, re.Pattern]:
    """Per language, one pattern for every endorsement and evaluation form: a sentence it finds nothing in
    holds no cue, and most sentences hold none, so the forms one by one are tried only where it does."""
    forms: dict[str, list[str]] = {}
    for kind, _stance, lang, form in data_rows("claim_lexicon.tsv", 4):
        if kind in _CUE_KINDS:
            forms.setdefault(lang, []).extend(alternatives(form))
    return {lang: re.compile(rf"(?<![\w])(?:{by_first_letter(f, ignore_case=True)})(?![\w])", re.I)
            for lang, f in forms.items()}


_CLOSER = {"«": "»", "\"": "\"", "“": "”"}
_OPENER = {"»": "«", "\"": "\"", "”": "“"}


def _clause(text: str, sent: Sentence, s: int, e: int) -> tuple[int, int]:
    """The clause of `sent` that holds text[s:e]: between clause breaks (a decimal comma is none)."""
    st = sent.text
    rel_s, rel_e = s - sent.start, e - sent.start
    start, end = 0, len(st)
    breaks = list(_CLAUSE_BREAK.finditer(st))
    for k, m in enumerate(breaks):
        if m.end() <= rel_s:
            start = m.end()
            if k and breaks[k - 1].group() == m.group() == "," \
                    and _PARENTHETICAL.fullmatch(st[breaks[k - 1].end():m.start()].strip()):
                # "Депутат Ерлан Саиров, напротив, поддержал законопроект": a word between commas parts the
                # subject from its verb, no clause of its own
                start = breaks[k - 2].end() if k > 1 else 0
        elif m.start() >= rel_e:
            end = m.start()
            break
    piece = st[start:end]
    lead = len(piece) - len(piece.lstrip(" "))
    if piece[lead:lead + 2] in ("– ", "— ", "- "):
        lead = len(piece) - len(piece[lead + 1:].lstrip(" "))  # the dash that opens a line of dialogue
    # a quotation mark at an edge goes unless it opens or closes a name inside: «Amanat» партиясы ... қолдады
    while lead < len(piece) and piece[lead] in "«\"“" and _CLOSER[piece[lead]] not in piece[lead + 1:]:
        lead += 1
    trail = len(piece.rstrip(" .!?…"))
    while trail > lead and piece[trail - 1] in "»\"”" and _OPENER[piece[trail - 1]] not in piece[lead:trail - 1]:
        trail = len(piece[:trail - 1].rstrip(" .!?…"))
    inner = piece[lead + 1:trail - 1]
    if trail - lead > 2 and piece[lead] in _CLOSER and piece[trail - 1] == _CLOSER[piece[lead]] \
            and piece[lead] not in inner and _CLOSER[piece[lead]] not in inner:
        lead, trail = lead + 1, len(piece[:trail - 1].rstrip(" .!?…"))  # the whole clause is in the marks
    a, b = sent.start + start + lead, sent.start + start + max(trail, lead)
    if not (a <= s and e <= b):
        a, b = min(a, s), max(b, e)
    return a, b


def _target_key(m: Mention) -> str | None:
    if m.actor:
        return m.actor
    if m.kind == "person" and m.surname:
        return "person:" + names.surname_key(m.surname)
    return None


def find_claims(text: str, sents: list[Sentence], quotes: list[Quote], mentions: list[Mention],
                lang: str) -> list[Claim]:
    """Every claim in an article's clean text, ordered by position."""
    if not sents:
        return []
    starts = [s.start for s in sents]

    def sent_at(pos: int) -> Sentence:
        return sents[sentence_index(starts, pos)]

    quote_index = {(q.start, q.end): i for i, q in enumerate(quotes)}
    quote_tree = Spans(quote_index)

    def quote_of(pos: int) -> int | None:
        # the innermost quote holding pos: a quote nested in an interview answer is its own speaker's
        holding = quote_tree.containing(pos)
        return quote_index[holding[0]] if holding else None

    # a short span in quotation marks that is not itself a quote is a name: «...: онжылдықтың 10 мақсаты»
    quote_bounds = {(qs + ds, qe + de) for qs, qe in quote_index for ds in (-1, 0, 1) for de in (-1, 0, 1)}
    names_spans = Spans((o, c) for o, c in _marked_spans(text)
                        if len(text[o:c].split()) <= 12 and (o + 1, c) not in quote_bounds)
    # a number inside a body's, a party's or an outlet's name is part of it: "Хабар 24 арнасына"
    named_bodies = Spans((m.start, m.end) for m in mentions if m.kind != "person")
    out: list[Claim] = []
    for q in find_quantities(text, lang):
        if names_spans.containing(q.start) or named_bodies.containing(q.start):
            continue
        a, b = _clause(text, sent_at(q.start), q.start, max(q.end, q.unit_end))
        out.append(Claim(a, b, text[a:b], "quantity", (q.start, q.end), quote=quote_of(q.start), value=q.value,
                         bound=q.bound, unit=q.unit, value_text=text[q.start:q.end]))
    lex = _lexicon()
    cues = Spans()
    mention_starts = [m.start for m in mentions]
    any_cue = _any_cue()
    for sent in sents:
        sl = sent.lang
        if sl not in any_cue or not any_cue[sl].search(sent.text):
            continue
        topics: list | None = None  # found when a cue needs them: most sentences hold no cue
        for cue_kind in _CUE_KINDS:
            kind = "evaluation" if cue_kind.startswith("evaluation") else cue_kind
            for stance, rx in lex.get((cue_kind, sl), []):
                for m in rx.finditer(sent.text):
                    s, e = sent.start + m.start(), sent.start + m.end()
                    if cues.overlaps(s, e):
                        continue  # one cue, one claim
                    if kind == "evaluation" and m.group()[0].isupper() and (
                            _IN_NAME.search(sent.text, 0, m.start())
                            or (sent.text[m.start() - 1:m.start()] in ("«", '"', "“")
                                and _NAME_GOES_ON.match(sent.text, m.end()))):
                        continue  # capitalised after a word, or opening a name in guillemets: "Справедливого
                        # Казахстана", "фракции «Справедливая Россия»", no judgement
                    negated = _NEGATED_BEFORE.search(sent.text[max(0, m.start() - 30):m.start()])
                    st = ("oppose" if stance == "support" else "support") if negated else stance
                    a, b = _clause(text, sent, s, e)
                    if cue_kind == "evaluation_called" and not _JUDGES.search(text[a:s] + " " + text[e:b]):
                        continue
                    if cue_kind == "evaluation_of_topic" and _none_found(text, e, b, sent.start + len(sent.text)):
                        st = "support"  # "нарушений не выявлено", "бұзушылықтар тіркелген жоқ": a clean bill
                    who, target = _roles(text, mentions, mention_starts, a, b, s, e, sl, kind)
                    if topics is None:
                        topics = [(label, t) for label, rx in lex.get(("topic", sl), [])
                                  for t in rx.finditer(sent.text)]
                    # the judged topic is another word than the cue: "законн" in "незаконно" is no law
                    topic = next((label for label, t in topics if a <= sent.start + t.start() < b
                                  and not s <= sent.start + t.start() < e), None)
                    if cue_kind == "evaluation_of_topic" or (
                            kind == "evaluation" and target is not None and mentions[target].end <= s
                            and _JUDGES.search(text, mentions[target].end, s)):
                        target = None  # "Жовтис назвал процесс политически мотивированным": he judges
                    if kind == "evaluation" and target is None and topic is None:
                        # the topic that opens the sentence, when a phrase between commas parts it from its
                        # judgement: "Сайлау заң талаптарына сәйкес, ашық және бәсекелі жағдайда өтті",
                        # "Выборы, по мнению наблюдателей, прошли честно"
                        opening = next(((label, t) for label, t in topics if sent.start + t.start() < a
                                        and _OPENS.fullmatch(sent.text, 0, t.start())), None)
                        if opening is None:
                            continue  # a judgement needs something judged
                        topic, a = opening[0], sent.start + opening[1].start()
                    cues.add(s, e)
                    if any(c.start == a and c.end == b and c.kind == kind and c.stance == st for c in out):
                        continue  # "назвал решение незаконным и противоречащим Конституции": one judgement
                    quote = quote_of(s)
                    out.append(Claim(a, b, text[a:b], kind, (s, e), quote=quote,
                                     claimant=who if quote is None else None, target=target, stance=st,
                                     topic=topic, target_key=_target_key(mentions[target]) if target is not None
                                     else None))
    out.sort(key=lambda c: (c.start, c.anchor))
    return out


# a word and a space before a cue: capitalised there, the cue opens a name, not a sentence
_IN_NAME = re.compile(r"[\w,]\s+$")
_NAME_GOES_ON = re.compile(r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|[»\"”]")  # the next word is capitalised, or the name closes
_OPENS = re.compile(r"[\s«\"“–—−-]*")  # what may stand before a sentence's first word

# a verb of judging between a name and an evaluation makes the name the judge, not the judged
_JUDGES = re.compile(r"(?<![\w])(?:назвал[аи]?|называ\w+|счита\w+|оценил[аи]?|оценива\w+|признал[аи]?|атады|атаған|"
                     r"санайды|деп\s+(?:есептейді|есептеді|тапты)|бағалады)(?![\w])", re.I)


def _roles(text: str, mentions: list[Mention], starts: list[int], a: int, b: int, s: int, e: int,
           lang: str, kind: str) -> tuple[int | None, int | None]:
    """(who endorses or judges, the actor endorsed or judged) in the clause a..b of the cue s..e.

    Who: a person named in the nominative before the verb ("Депутат Азат Перуашев поддержал законопроект",
    "Перуашев Тоқаевты қолдады") or, in Russian, after it ("законопроект поддержал сенатор Нуртай
    Сабильянов"). The actor: Russian puts it after the verb, Kazakh before it (object-verb). Before a
    Russian verb only an object is it ("Кандидатуру Бектенова поддержали депутаты"), and only after who
    speaks: in "Депутат от фракции «Ак жол» Азат Перуашев поддержал" the party is his title's; one
    endorsed is in the accusative, not "с Ангелой Меркель" (a judged one may be in any case: "С Ратманским
    связаны успешные гастроли")."""
    inside = [i for i in starts_within(starts, a, b) if mentions[i].end <= b]
    if not inside:
        return None, None
    after = [i for i in inside if mentions[i].start >= e]
    before = [i for i in inside if mentions[i].end <= s]

    def nominative(i: int) -> bool:
        return mentions[i].kind == "person" and only_subject(mentions[i], lang)

    def subject(i: int) -> bool:
        # a Kazakh name before a participle or a postposition is not the sentence's subject: "Президент
        # ұсынған кандидатура" (the candidate the President proposed), "Нельсон Мандела сынды саясаткерлер"
        return nominative(i) and not (lang == "kk" and _KK_GOVERNED.match(text, mentions[i].end))

    who = next((i for i in reversed(before) if subject(i)), None)
    if who is None and lang == "ru" and any(names.ru_pos(w.lower()) == "VERB" for w in text[s:e].split()):
        # after a verb, only a name whose nominative shows: "раскритиковал премьер-министра Сильвио
        # Берлускони" is the object, whatever its written form; "Его поддержала депутат Ирина Смирнова" is hers
        who = next((i for i in after if subject(i) and _shows_nominative(mentions[i])), None)
        if who is not None:
            # what stands between the verb and who is his title's: "Ее поддержал депутат фракции «Народная
            # партия Казахстана» Магеррам Магеррамов" endorses her, not his party
            after = [i for i in after if mentions[i].start >= mentions[who].end]
    after = [i for i in after if i != who]
    if lang == "ru":
        before = [i for i in before if not may_be_subject(mentions[i], lang)
                  and (who is None or i > who or mentions[who].start >= e)
                  and (kind != "endorsement" or _may_be_object(mentions[i]))]
        return who, after[0] if after else (before[-1] if before else None)
    # a Kazakh name in the nominative is no object, whoever's subject it is; what the subject endorses
    # follows it ("«Ақ жол» фракциясының депутаты Азат Перуашев заң жобасын қолдады"); and no one is
    # endorsed by a genitive before a place or time, where it happened ("Мәжілістің жалпы отырысында
    # депутаттар ... мақұлдады"), though one may be judged there ("Тұңғыш Президенттің арқасында")
    # a body in the nominative is a subject too, if no claimant ("Қорғаныс министрлігі ... ұсынысын қолдайды")
    before = [i for i in before if not only_subject(mentions[i], lang) and (who is None or i > who)
              and (kind != "endorsement" or not _KK_SETTING_AFTER.match(text, mentions[i].end))]
    return who, before[-1] if before else (after[0] if after else None)


# what follows a Kazakh name that governs it: a participle or a postposition
_KK_GOVERNED = re.compile(rf"\s+(?:\w+(?:{'|'.join(names.KK_PARTICIPLE)}|атын|етін|йтын|йтін)|сынды|секілді|"
                          r"сияқты|тәрізді|туралы|жайлы|бойынша|үшін|арқылы|қатысты)(?!\w)")


# a Kazakh genitive's head in the locative: "Мәжілістің жалпы отырысында", "Үкіметтің кеңейтілген отырысында"
_KK_SETTING_AFTER = re.compile(rf"(?:{'|'.join(names.KK_GENITIVE)})?(?:\s+\w+)?\s+\w+(?:нда|нде)(?!\w)")


def _shows_nominative(m: Mention) -> bool:
    """Whether a Russian name can only be in the nominative: a surname ending in a consonant ("Сабильянов"),
    a given name with no other case ("Ирина Смирнова"; "Смирнова" alone may be Смирнов's genitive), or a
    title before it with none ("поддержал премьер-министр Индии Нарендра Моди")."""
    if (m.surname or "")[-1:].lower() not in names.VOWELS:
        return True
    # the title's noun, past its adjectives: "общественный деятель" is the nominative "деятель" shows
    words = [w.lower().strip(",.;:«»\"“”") for w in (m.role or "").split()]
    head = next((w for w in words if position_stem(w)), words[0] if words else "")
    given = m.surface.split()[0] if m.given and len(m.surface.split()) > 1 else ""
    return _only_nominative(head) or (given[:1].isupper() and _only_nominative(given))


def _only_nominative(word: str) -> bool:
    """Every reading the dictionary has of the word is a nominative (none for an empty word)."""
    parses = names.parse(word) if word else ()
    return bool(parses) and all("nomn" in p.tag for p in parses)


def _may_be_object(m: Mention) -> bool:
    """Whether a Russian person's name may be what a verb acts on, in the accusative (or the genitive of a
    noun before it, "Кандидатуру Бектенова"): not "с Ангелой Меркель", "Франсуа Олландом"."""
    if m.kind != "person":
        return True
    return all(any({"gent", "accs"} & p.tag.grammemes for p in names.parse(w))
               for w in m.surface.split() if w[:1].isupper())
