"""Quotes: direct, indirect and interview quotes in Kazakh and Russian news, with their speakers.

Conventions (cue words in `data/quote_cues.tsv`):
- direct, marked: «...» (nested «...«...»...» kept whole), “...”, "..." followed by an attribution
  ("», – подчеркнула глава Альянса", "», деді Вера Ким", "» деп ... атап өткен") or introduced by one
  ("X заявил: «...»"); a quote may run over several paragraphs;
- direct, unmarked: a paragraph of speech closed by a dash attribution ("..., – сказал он.",
  "..., – деген еді Нұрсұлтан Назарбаев."); a dash inside the speech ("мақсатымыз – қоғамға") is not it;
- indirect: "X отметила, что ...", "по словам X, ...", "X-тың айтуынша, ...", "X ... екенін атап өтті",
  "X ... деп отыр";
- interview: the answers of a question-and-answer article, paragraphs opened by a dash.
Speakers: a person named in the attribution (explicit); a pronoun or a title resolved to the nearest
earlier person, matching the gender of a Russian verb (anaphora); a group is kept as speaker_text with
no speaker. Every scan is linear (a page of 200,000 « cannot make it backtrack).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from sayasat import names
from sayasat.actors import (
    Mention,
    bare_title,
    body_in,
    demonyms,
    her_verb_before,
    kk_respected_case,
    name_key,
    named_by_next_title,
    position_stem,
    word_before,
)
from sayasat.patterns import alternatives, by_first_letter
from sayasat.resources import RU_OUTLET_CASE, data_rows, data_words, outlet_alternation, outlet_named
from sayasat.segment import Sentence, paragraphs, sentence_index
from sayasat.spans import Spans, starts_within

DASH = "–—−-"
_DASH_CLASS = "[–—−-]"
_COMMA_OR_DASH = re.compile(rf"[ \t]*(?:,|{_DASH_CLASS})")  # what closes quoted words before their attribution
PRONOUNS = {"ол", "он", "она", "они", "олар", "оның"}
GROUP_WORDS = re.compile(r"(?i)\b(?:мүшелері\w*|өкілдері\w*|қатысушылар\w*|сарапшылар\w*|белсенділер\w*|лидеры|члены|"
                         r"участники|эксперты|представители|депутаты|жители|активисты|организаторы|руководство|"
                         r"штаб\w*|пресс-служб\w*|баспасөз\s+қызмет\w*|источник\w*|дереккөз\w*|"
                         # an outlet's unnamed source ("собеседник РБК", "по словам собеседника издания"); a bare
                         # "собеседник" is the person interviewed
                         r"собеседник\w*(?=\s+(?:[«\"“]|издани|агентств|газет|портал|(?-i:[A-ZА-ЯЁ]))))\b")
# the words that open "about_this" (`_rx`): "Об этом заявил X", "Мұны X айтты" (this X said), "Такое заявление
# сделал X", "С таким заявлением выступил X"; tried alone first, as most sentences open otherwise
_ABOUT_WORDS = r"\s*(?:Об\s+этом|Бұл\s+туралы|Мұны|Такое\s+заявление|С\s+таким\s+заявлением)(?![\w])"
_ABOUT_OPENER = re.compile(_ABOUT_WORDS)
# a Kazakh verb in the first person, as it closes what "деп" or a cue introduces: present "-мын/-мін", "-мыз/-міз"
# after a vowel or й ("ойлаймын", "жібереміз"), past "-дым/-тым", "-дық/-тік" after a consonant ("айттым",
# "шештік"), "едім", "едік" ("құттықтаған едім")
_KK_FIRST_PERSON = re.compile(r"(?:[аеыій](?:мын|мін|мыз|міз)|[^аәеиоөуұүыіэюя](?:дым|дім|тым|тім|дық|дік|тық|тік)|"
                              r"^едім|^едік)$")
# "our interlocutor", "our hero" (the one a feature or an interview is about): a noun with the possessive of "we",
# the person named before, as the Russian "собеседница" is, no verb in the first person
_KK_OUR_INTERLOCUTOR = re.compile(r"(?:кейіпкер|әңгімелесуші|сұхбаттас|сұхбат\s+беруші)(?:іміз|ымыз|міз|мыз)")
# Kazakh nouns of a people or a family that speak as one: no one person ("– дейді халық", "дейді ата-анасы")
_KK_COLLECTIVE = frozenset(["халық", "жұрт", "жұртшылық", "көпшілік", "ел", "ата-анасы", "ата-ана", "отбасы",
                            "ауылдастары", "туыстары"])
# a Kazakh sentence opened by a plural noun, its subject: "Жауаптылар ...", "Тұрғындар ..."
_KK_PLURAL_OPENING = re.compile(rf"\s*([А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?:{'|'.join(names.KK_PLURAL)}))(?=[\s,])")
# how a Kazakh finite verb (or a noun in the accusative) ends: no word that names a speaker ("құттықтады",
# "талпынады", "болатын", "еді", "жоқ")
_KK_VERB_END = re.compile(rf"(?:{'|'.join(names.KK_FINITE + names.KK_PARTICIPLE)}|атын|етін|йтын|йтін)$"
                          r"|^(?:еді|жоқ|екен)$")
# Kazakh nouns of one's kin or circle in the possessive, as the head of who speaks: someone the article does not
# name ("– деді айып тағылған азаматтың анасы", the accused's mother), not the person named last
_KK_RELATION_HEADS = frozenset("анасы әкесі ағасы інісі апасы әпкесі қарындасы сіңлісі бауыры баласы ұлы қызы "
                               "жұбайы әйелі күйеуі зайыбы туысы жақыны көршісі досы әріптесі немересі".split())
# a medium or a body as the attribution's first word speaks, not the person named last: "– пишет издание"
MEDIA_WORDS = re.compile(r"(?i)(?:издани|газет|агентств|телеканал|портал|журнал|ведомств|министерств|басылым|"
                         r"агенттіг|министрлі)\w*")


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


@cache
def _cues() -> dict[tuple[str, str], str]:
    return {(lang, role): forms for lang, role, forms in data_rows("quote_cues.tsv", 3)}


# the conjunctions that open a Kazakh sentence's next clause after a comma ("..., алайда ...")
_KK_NEXT_CLAUSE = r"(?:алайда|бірақ|және|әрі|ал|сондай-ақ)(?![\w])"
# what a Kazakh reporting verb governs: a participle or verbal noun in the accusative ("қолдайтынын",
# "өткенін", "екенін"), with the guillemet that closes the speaker's words quoted up to it ("Вашингтон «жаңа
# эскалацияға жол бермейтінін» айтты")
_KK_REPORTED = (r"(?P<obj>\w+(?:ғандарын|гендерін|қандарын|кендерін|ғанын|генін|қанын|кенін|анын|енін|йтынын|йтінін|"
                r"атынын|етінін|тынын|тінін|тындарын|тіндерін|дығын|дігін|тығын|тігін|уын|уін)[»”\"]?)")
# the same clause in the dative, which some verbs govern: "... су берілмегеніне шағымданды" (complained that)
_KK_REPORTED_DATIVE = (r"(?P<obj>\w+(?:ғандарына|гендеріне|қандарына|кендеріне|ғанына|геніне|қанына|кеніне|анына|"
                       r"еніне|йтынына|йтініне|атынына|етініне|тынына|тініне|дығына|дігіне|тығына|тігіне|уына|"
                       r"уіне)[»”\"]?)")


_OUTLET_DOMAIN = r"[A-Za-zА-Яа-яЁё0-9-]{2,30}\.(?:kz|ru|com|media|net|org|info|news)(?![\w.])"
# an outlet that speaks for itself, by its domain, in Latin or Cyrillic letters: "Лента.ру", "Газета.Ru"
_OUTLET_SPEAKER = re.compile(rf"{_OUTLET_DOMAIN}|[\w-]{{2,30}}\.(?:ру|рф|кз)(?![\w.])", re.I)


def _outlet_word(word: str) -> bool:
    """An outlet's name, by its domain or its listing in any case ("Informburo.kz", "«Лента.ру»", "Азаттыку")."""
    w = word.strip(",.«»\"“” ")
    return bool(_OUTLET_SPEAKER.fullmatch(w)) or outlet_named(w)


# the auxiliaries that close a Kazakh past verb of saying ("деген еді", "деген болатын", "деген екен"): after
# "деген" they make it speech (`dep_after`), and alone after the verb they name no one
_KK_AUXILIARIES = frozenset(("еді", "болатын", "екен"))

# a capital letter of either script, in a character class
_CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# an initial's full stop: a capital alone before it, and a capital after one space ("– отметил Е. Нагаспаев")
_INITIAL_STOP = rf"(?<=[^\w][{_CAPITAL}])\.(?=[ \u00a0][{_CAPITAL}])"
# a character of who spoke after the verb: up to a sentence's end, past a full stop inside a word ("– деді
# Б.Оспанов", "– сказал Orda.kz один из бастующих") or an initial's ("– отметил Е. Нагаспаев"); `_who_span` ends
# the words there too
_WHO_CHAR = rf"(?:[^.!?\n]|\.(?=\w)|{_INITIAL_STOP})"


@cache
def _rx() -> dict[str, re.Pattern]:
    forms = _cues()
    # each role's forms grouped by first letter (`patterns`): the same matches, found several times faster
    c = {key: by_first_letter(alternatives(alts), ignore_case=True) for key, alts in forms.items()}
    kk_speech = alternatives(forms[("kk", "speech")])
    # "... , – деп журналистерге айтты ол", "деп тұрғындарға үндеу тастады": whom it was told, in the dative (after
    # another word: "деп Kazinform тілшісіне айтты"), between "деп" and its verb
    told = "|".join(f.removeprefix(r"деп\s+") for f in kk_speech if f.startswith(r"деп\s+"))
    kk_speech.append(rf"деп\s+(?:[\w.-]+\s+)?[\w-]+(?:ға|ге|қа|ке|на|не)\s+(?:{told})")
    # "«...», – деген ол.": the participle as the verb, its subject a pronoun closing the sentence ("«Жастар» деген
    # ұйым" names a thing)
    kk_speech.append(r"деген(?=[ \t]+ол(?:ар)?[ \t]*[.!,])")
    speech = "(?:" + by_first_letter(alternatives(forms[("ru", "speech")]) + kk_speech, ignore_case=True) + ")"
    return {
        # a Russian verb of saying, to tell one word ("заявил") from the noun a name in guillemets follows
        "ru_speech": re.compile(rf"(?:{c[('ru', 'speech')]})", re.I),
        # after a closing mark: "», – сказала она." / "», деді Вера Ким." / "» деп ... атап өткен"
        "after": re.compile(rf"\A[ \t]*,?[ \t]*(?:{_DASH_CLASS}[ \t]*)?(?P<cue>{speech})(?![\w])"
                            rf"(?P<who>{_WHO_CHAR}{{0,160}})", re.I),
        # ("«...» деген мақаласы", "«...» деп аталатын", "деп әндетіп": a title, a name or a song, not speech)
        "dep_after": re.compile(r"\A[ \t]*,?[ \t]*(?P<cue>деп(?!\s+(?:атал\w*|әнде\w*|ән\s+сал\w*|жазылған))|"
                                rf"дейді|деген(?=\s+(?:{'|'.join(sorted(_KK_AUXILIARIES))}|[—–-]|(?-i:[А-ЯӘҒҚҢӨҰҮҺІ]))|\s*[.!?,]|\s*$))"
                                r"(?![\w])(?P<who>[^.!?\n]{0,200})", re.I),
        # introduced: "X заявил: «...»" / "X былай деді: «...»", also with whom or where it was said between
        # the verb and the colon ("заявил журналистам:", "сообщила в интервью Tengrinews.kz:",
        # "брифингте мәлімдеді:")
        "before": re.compile(rf"(?<![\w])(?P<cue>{speech}|{c[('kk', 'kk_nominal')]}|былай\s+деді|сказал[аи]?\s+так)"
                             rf"(?:,?[ \t]+\w[\w.-]*\w|,?[ \t]+\w){{0,5}}\s*:\s*\Z", re.I),
        # a paragraph closed by a dash attribution
        "dash_end": re.compile(rf"[,.!?…][ \t]*{_DASH_CLASS}[ \t]*(?P<cue>{speech})(?![\w])"
                               rf"(?P<who>{_WHO_CHAR}{{0,160}})[.!]?[ \t]*\Z", re.I),
        # a paragraph that opens with a dash and closes its speech with a dash attribution that ends a sentence,
        # the reporter going on after it: "– ..., – деді дереккөз. Екінші дереккөздің айтуынша, ..."
        # (or the speaker goes on after a dash: "— ..., — говорит Оспанов. — Но ...")
        "dash_mid": re.compile(rf"[,.!?…][ \t]*{_DASH_CLASS}[ \t]*(?P<cue>{speech})(?![\w])"
                               rf"(?P<who>{_WHO_CHAR}{{0,160}}?)[.!]"
                               rf"(?=[ \t]+(?:[{_CAPITAL}«]|{_DASH_CLASS}[ \t]+[{_CAPITAL}«]))", re.I),
        # "Об этом заявил X" / "О том, что ..., рассказал X" / "Бұл туралы X мәлімдеді": the sentence before is X's
        # (a domain's dot is no sentence's end: "Об этом корреспонденту Tengrinews.kz сообщил X")
        # (its openers: `_ABOUT_WORDS`)
        "about_this": re.compile(rf"(?:{_ABOUT_WORDS}(?:[^.!?]|\.(?=\w)){{0,120}}?(?<![\w])"
                                 rf"(?P<cue>{speech}|{c[('kk', 'kk_nominal')]}|сделал[аи]?|выступил[аи]?)(?![\w]))"),
        # "Такие данные привел генеральный прокурор", "Мұндай деректерді министр келтірді": the figures of the
        # sentence before are his
        "figures_this": re.compile(r"\s*(?:Такие\s+(?:данные|цифры|сведения)|Мұндай\s+(?:деректерді|мәліметтерді|"
                                   r"цифрларды))(?![\w])[^.!?]{0,80}?(?<![\w])(?P<cue>привел[аи]?|приводит|приводят|"
                                   r"озвучил[аи]?|келтірді|келтіреді|жариялады)(?![\w])"),
        # the speaker first: "Бюро басшысы X бұл туралы брифингте мәлім етті", "Министр сообщил об этом на
        # брифинге": the sentence before is the speaker's as well
        "about_this_after": re.compile(rf"(?P<who>[^.!?«»\n]{{2,120}}?)\s+(?:бұл\s+туралы|бұл\s+жөнінде)(?![\w])"
                                       rf"[^.!?«»]{{0,120}}?(?<![\w])(?P<cue>{c[('kk', 'kk_nominal')]})(?![\w])", re.I),
        "about_this_after_ru": re.compile(rf"(?P<who>[^.!?«»\n]{{2,120}}?)\s+(?P<cue>{speech})\s+об\s+этом(?![\w])",
                                          re.I),
        # with up to three lower-case words between, whom or where it was said to ("пояснил журналистам, что",
        # "сообщил на брифинге, что", "заявил о том, что"), or an outlet: by its domain ("сообщил Bes.media,
        # что"), a listed name in any case ("сказал Азаттыку, что") or in Latin letters ("заявил Steppe, что",
        # "рассказал Forbes Kazakhstan, что": Russian text writes a person's name in Cyrillic); another
        # capitalised word may be the speaker after the verb ("говорит Иванов, что"); a name in quotation marks
        # is a channel's, a paper's, a programme's ("заявила в эфире телеканала «Хабар», что")
        "that": re.compile(rf"(?<![\w])(?P<cue>{c[('ru', 'that')]})(?:[ \t]+(?:(?-i:[а-яё0-9][\w.-]*)|"
                           rf"«[^«»\n]{{1,40}}»|(?P<outlet>{_OUTLET_DOMAIN}|(?=(?-i:[A-ZА-ЯЁ]))(?:{outlet_alternation()}){RU_OUTLET_CASE}(?![\w])|"
                           rf"(?-i:[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){{0,2}})))){{0,4}}?,?\s+что(?![\w])\s*",
                           re.I),
        # what someone called a thing, in their words: "Жовтис назвал решение суда «очередным ударом по свободе
        # слова»", "охарактеризовал переговоры как «очень сложные»" (the words in lower case: a name in
        # guillemets starts with a capital, "назвал компанию «Астана Моторс»"), even one word ("назвала решение
        # «историческим»"); what someone urged, in their words: "призвал партнеров «не ослаблять давление»"
        "called": re.compile(r"(?<![\w])(?P<cue>назвал[аи]?|назвав|называ[ею]т|охарактеризовал[аи]?|охарактеризовав|"
                             r"призвал[аи]?|призвав|призывает|призывают)"
                             # (a name in guillemets after a preposition is the object's: "назвала заявления о
                             # «мирном плане» «очередной информационной кампанией»")
                             rf"(?![\w])(?:[^.!?«»\n]|(?<![\w]){_RU_PREPOSITION}[ \t]+«[^«»\n]{{1,40}}»){{0,60}}\Z",
                             re.I),
        "according": re.compile(rf"(?:^|(?<=[\s,(]))(?P<cue>{c[('ru', 'according')]})(?![\w])", re.I),
        # reported, the speaker after it and no dash: "Явка составила 58,7%, сообщил председатель ЦИК Нурлан
        # Абдиров на брифинге." / "..., как сообщил аким."
        "inverted": re.compile(rf",[ \t]+(?:как[ \t]+)?(?P<cue>{speech})(?![\w])(?P<who>[^.!?\n,]{{1,160}})"
                               rf"[.!]?[ \t]*\Z", re.I),
        "kk_according": re.compile(rf"(?P<cue>[\w-]*(?:{c[('kk', 'kk_according')]}))\s*,\s*", re.I),
        # (an adverb may stand before the verb, as before one after "деп": "... бағытталмағанын бірнеше рет атап
        # өтті")
        "kk_nominal": re.compile(rf"{_KK_REPORTED}[,\s]*\s(?:(?:{c[('kk', 'kk_dep_adverb')]})\s+)?"
                                 rf"(?P<cue>{c[('kk', 'kk_nominal')]}|{c[('kk', 'kk_converb')]})(?![\w])"
                                 # "... қабылдағанын жазған едік": we wrote it, the outlet, no one quoted
                                 rf"(?!\s+(?:едік|едіміз|болатынбыз)(?![\w]))"
                                 # (or a colon, and what it said in detail, in no marks: "... беретінін атап
                                 # өтті: 2026 жылы инвестиция көлемі 11,3 млрд долларды құрады"; a converb's
                                 # comma, the sentence going on with what else was done, at any length: "...
                                 # жатқанын атап өтіп, мүше мемлекеттерді ... диалогқа оралуға шақырды")
                                 rf"(?:(?<=п),[^.!?]{{0,160}}|[^.!?:]{{0,60}}(?::\s*[^\s«\"“][^«»\"“”]*)?)"
                                 rf"[.!?]?\s*\Z", re.I),
        "kk_dative": re.compile(rf"{_KK_REPORTED_DATIVE}[,\s]*\s(?P<cue>{c[('kk', 'kk_dative')]})(?![\w])"
                                rf"[^.!?]{{0,60}}[.!?]?\s*\Z", re.I),
        # one of several things said in a sentence, its cue followed by a comma or "and", "but": "... қолдайтынын
        # жеткізді, алайда ... асатынын еске салды"
        "kk_nominal_inner": re.compile(rf"{_KK_REPORTED}[,\s]*\s(?:(?:{c[('kk', 'kk_dep_adverb')]})\s+)?"
                                       rf"(?P<cue>{c[('kk', 'kk_nominal')]}|"
                                       rf"{c[('kk', 'kk_converb')]})(?![\w])"
                                       rf"(?:\s*,\s*|\s+)(?:{_KK_NEXT_CLAUSE}\s*,?\s*)?",
                                       re.I),
        # a converb clause of what the speaker did before saying it: "... қатысты пікір білдіріп, ... екенін айтты"
        "kk_frame_converb": re.compile(rf"(?:{c[('kk', 'kk_frame_converb')]})\s*,\s*", re.I),
        "editorial": re.compile(rf"(?:{c[('ru', 'editorial')]}|{c[('kk', 'editorial')]})(?![\w])", re.I),
        # "..., деп хабарлады еңбек министрі Светлана Жақыпова.": the words first, then "деп", the verb and who
        # said them, as Russian writes "..., сообщил министр"
        "kk_dep_inverted": re.compile(rf",[ \t]+(?P<dep>деп)[ \t]+"
                                      rf"(?P<cue>{c[('kk', 'kk_nominal')]}|{c[('kk', 'kk_dep')]})"
                                      rf"(?![\w])(?P<who>{_WHO_CHAR}{{1,160}}?)[.!]?[ \t]*\Z", re.I),
        # "... деп дұрыс айтады": an adverb between "деп" and its verb
        "kk_dep": re.compile(rf"\sдеп\s+(?:(?:{c[('kk', 'kk_dep_adverb')]})\s+)?(?P<cue>{c[('kk', 'kk_dep')]})(?![\w])"
                             rf"[^.!?]{{0,40}}[.!?]?\s*\Z", re.I),
    }


# the prepositions before a thing's name in guillemets, which is no one's words in what "назвал" quotes
_RU_PREPOSITION = r"(?:о|об|в|во|на|про|по|от|из|для|с|со|к|ко|за|при)"
_AFTER_PREPOSITION = re.compile(rf"(?<![\w]){_RU_PREPOSITION}[ \t]+\Z", re.I)

# "назвал", not "назвали": "поэтому ее и назвали «ассоциация»" names a thing, no one's words
_ONE_CALLED = frozenset(["назвал", "назвала", "охарактеризовал", "охарактеризовала"])


_KK_CALLED_AFTER = re.compile(r"[ \u00a0]*деп[ \u00a0]+ата(?:ды|йды|ған|п)(?![\w])")
# a name declared or given after "деп": "«Жастар жылы» деп жариялады", "«Ақ аймақ» деп жарияланған", "деп аталған"
_KK_NAMED_AS_AFTER = re.compile(r"[ \u00a0]*деп[ \u00a0]+(?:(?P<passive>жарияланған|жарияланды|аталған|аталды|"
                                r"аталады)(?![\w])|жариял|ата(?:ды|йды|ған|п|у)(?![\w])|ат[ \u00a0]+қой)")


def _kk_object_before(text: str, o: int) -> bool:
    """Whether the word right before a quotation mark is a Kazakh noun in the accusative: what a name is given
    to ("биылғы жылды «Жастар жылы» деп жариялады")."""
    before = text[max(0, o - 40):o].split()
    if not before or len(before[-1]) <= 3:
        return False
    low = before[-1].lower()
    # (a possessive's accusative too: "Шәкірттері ұстазын «Гүлнар апай» деп атайды", his pupils call her so;
    # not the adverbs in -ін/-ын, "бүгін", "кейін")
    return low.endswith(names.KK_ACCUSATIVE) or (low.endswith(("ын", "ін")) and len(low) > 4
                                                 and low not in _KK_ADVERBS_IN_N)


_KK_ADVERBS_IN_N = frozenset({"бүгін", "кейін", "бұрын", "сосын", "үшін", "ішін", "бойын", "алдын", "соңын"})


def _one_word_called(text: str, o: int, c: int, lang: str) -> bool:
    """One word in lower case in guillemets is what someone called a thing: "назвала решение «историческим»",
    "шешімді «тарихи» деп атады" (not "его называют «...»", a nickname no one in particular gives; a
    capitalised word is a name: «Amanat»)."""
    if not text[o + 1:c].strip()[:1].islower():
        return False
    if lang == "kk":
        return bool(_KK_CALLED_AFTER.match(text, c + 1))
    one = _rx()["called"].search(text[max(0, o - 200):o])
    return bool(one) and one.group("cue").lower() in _ONE_CALLED


def _urged(inner: str, gap: str) -> bool:
    """Whether words in guillemets after "призвал" are what was urged, in the speaker's words: they open with
    an infinitive ("призвал партнеров «не ослаблять давление»") and none stands between ("призвал провести
    десятилетие по образцу «года Арктики»" quotes a name)."""
    first = inner.split()
    if first and first[0].lower() == "не":
        first = first[1:]
    return bool(first) and names.ru_pos(first[0].strip(",.;:!?")) == "INFN" \
        and not any(names.ru_pos(w.strip(",.;:!?")) == "INFN" for w in gap.split())


@cache
def _cue_words(role: str) -> tuple[str, ...]:
    """The first word of each Kazakh cue of a role ("атап" of "атап\\s+өтті"), lower case: a sentence
    holding none of them cannot match that role's pattern, which is much slower to try than to rule out."""
    words = {re.split(r"\\s", alt)[0] for alt in alternatives(_cues()[("kk", role)])}
    if any(re.escape(w) != w for w in words):
        return ()  # a cue written as a pattern: no literal to look for, so no shortcut
    return tuple(sorted(words))


def _may_hold(low: str, role: str) -> bool:
    words = _cue_words(role)
    return not words or any(w in low for w in words)


_MARKS = re.compile(r'[«»“”"\n]')


def _collapsed_name(text: str, opened: int, inner: int, close: int) -> bool:
    """Whether the » at `close` ends both the name in guillemets opened at `inner` and the one opened at
    `opened` ("АО «НК «Қазақстан темір жолы», движение ...", "РГП на ПХВ «Больница «Мейір»"): a company's form
    in capitals stands between the two «, and no » follows before the paragraph's end or the next «."""
    between = text[opened + 1:inner].split()
    if not between or not all(w == "на" or (len(w) >= 2 and w.isupper()) for w in between):
        return False
    after = _NEXT_GUILLEMET.search(text, close + 1)
    return after is None or after.group(0) != "»"


_NEXT_GUILLEMET = re.compile(r"[«»\n]")
_WORD_BEFORE_MARK = re.compile(r"([а-яё][а-яё-]*)[ \t]*\Z")


def _name_in_marks(text: str, o: int, inner: str) -> bool:
    """Whether Russian «...» opened at `o` is a name a noun before it governs, not words said: "на стадионе
    «Стэмфорд Бридж», заявил", "снявший фильм «Степной волк», сказал". A quote opens its clause or follows
    a verb of saying; a name in guillemets follows the word it names, starts with a capital and is short
    and unpunctuated, and the verb after it is that clause's, with its own words after "что"."""
    words = inner.split()
    if not words or len(words) > 5 or not inner.lstrip()[:1].isupper() or inner.rstrip().endswith(
            (".", "?", "!", "…", ",")):
        return False
    m = _WORD_BEFORE_MARK.search(text, max(0, o - 40), o)
    return m is not None and not _rx()["ru_speech"].fullmatch(m.group(1))


def _unclosed_name(text: str, opened: int, newline: int) -> bool:
    """Whether the « at `opened`, still open at the paragraph's end (`newline`), opens a name left unclosed, not
    a quotation over paragraphs: it follows a word inside its paragraph (no quotation's opening: the paragraph's
    start, a colon, a dash), and the next mark after the paragraph opens another pair rather than closing it."""
    line_start = text.rfind("\n", 0, opened) + 1
    lead = text[line_start:opened].rstrip()
    if not lead or lead[-1] in ":—–-":
        return False
    nxt = _NEXT_GUILLEMET.search(text, newline + 1)
    while nxt is not None and nxt.group(0) == "\n":
        nxt = _NEXT_GUILLEMET.search(text, nxt.end())
    return nxt is None or nxt.group(0) == "«"


def _marked_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of «...» (outermost, nesting kept), “...” and "..." pairs, in one pass.

    A paragraph that ends inside «...» and a next one that opens with « continue one quote (the
    typographic convention for quotes over several paragraphs).
    """
    spans: list[tuple[int, int]] = []
    depth, opened = 0, -1
    inner_open = -1  # see `_collapsed_name`
    curly_open = -1
    straight_open = -1
    for mark in _MARKS.finditer(text):
        i, ch = mark.start(), mark.group(0)
        if ch == "«":
            if depth == 0:
                opened = i
                depth = 1
            elif not (text.rfind("\n", 0, i) >= opened and text[text.rfind("\n", 0, i) + 1:i].strip() == ""):
                depth += 1  # a nested quote (a « that opens a continued paragraph adds nothing)
                inner_open = i if depth == 2 else inner_open
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i))
            elif depth == 1 and _collapsed_name(text, opened, inner_open, i):
                spans.append((opened, i))
                depth = 0
        elif ch == "“":
            curly_open = i
        elif ch == "”" and curly_open >= 0:
            spans.append((curly_open, i))
            curly_open = -1
        elif ch == '"':
            if straight_open >= 0 and "\n" not in text[straight_open:i]:
                spans.append((straight_open, i))
                straight_open = -1
            else:
                straight_open = i
        elif ch == "\n":
            curly_open = -1
            if depth and not text[i + 1:i + 40].lstrip(" \t").startswith("«") and _unclosed_name(text, opened, i):
                depth = 0  # an unclosed name ("ТОО «Информационное агентство «Аль-Пари» | 18.11.2026"), no quote
                # over the paragraphs after
    # keep the outermost of overlapping spans
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s in spans:
        if out and s[0] < out[-1][1]:
            continue
        out.append(s)
    return out


class _Ctx:
    def __init__(self, text: str, sents: list[Sentence], mentions: list[Mention], lang: str):
        self.text, self.sents, self.mentions, self.lang = text, sents, mentions, lang
        self.sent_starts = [s.start for s in sents]
        self.persons = [i for i, m in enumerate(mentions) if m.kind == "person"]
        self.person_starts = [mentions[i].start for i in self.persons]
        # where a bare title named a speaker ("Аким пообещал, что ...") and the holder it was read as: a
        # pronoun after it ("По его словам") is that holder's, not a person named before the title
        self.titled: list[tuple[int, int]] = []
        self._verb_genders: dict[tuple, set[str]] | None = None  # see `gender`

    def gender(self, m: Mention) -> bool | None:
        """A person's gender by the name (`_is_female`), or, when the name cannot say (a surname that is the
        same for him and her, a foreign given name no list has: "Жаннетт Хара", "Кэролайн Ливитт", a name both
        bear: "Ардак Ахмет"), by a verb
        in the past right after any mention of that person ("Хара поблагодарила"), or opening the clause before it
        ("прокомментировала ... Мао Нин"), if all such verbs agree.
        (The dictionary's gender of such names is not trusted: it has "Эммануэль" as a woman's only.)"""
        if self.lang != "ru" or _surname_female(m) is not None or (
                m.given and names.is_given(m.given) and not names.is_unisex_given(m.given)):
            return _is_female(m)
        if self._verb_genders is None:
            self._verb_genders = {}
            for i in self.persons:
                # the first verb in the past within a few words after the name, before any mark ("Хара
                # поблагодарила", "Ахмет на запрос редакции ответила")
                clause = _CLAUSE_AFTER.match(self.text, self.mentions[i].end)
                for word in _LOWER_WORD.findall(clause.group(0))[:5] if clause else ():
                    tags = parses[0].tag if (parses := names.parse(word)) else None
                    if tags is not None and tags.POS == "VERB" and "past" in tags.grammemes:
                        if tags.gender:
                            self._verb_genders.setdefault(_identity(self.mentions[i]), set()).add(tags.gender)
                        break
                if her_verb_before(self.text, self.mentions[i].start):
                    # "прокомментировала официальный представитель МИД КНР Мао Нин": her verb before her title
                    self._verb_genders.setdefault(_identity(self.mentions[i]), set()).add("femn")
        said = self._verb_genders.get(_identity(m), set())
        return said == {"femn"} if len(said) == 1 and said <= {"femn", "masc"} else _is_female(m)

    def sentence_at(self, pos: int) -> Sentence | None:
        if not self.sents or pos < self.sent_starts[0]:
            return None
        return self.sents[sentence_index(self.sent_starts, pos)]

    def sentence_start_before(self, pos: int) -> int:
        """Where the sentence holding `pos` starts, when it starts before it; else 200 characters back (a quote
        opening its sentence is introduced by the one before)."""
        sent = self.sentence_at(pos)
        return sent.start if sent is not None and sent.start < pos else max(0, pos - 200)

    def persons_in(self, start: int, end: int) -> list[int]:
        return [self.persons[k] for k in starts_within(self.person_starts, start, end)
                if self.mentions[self.persons[k]].end <= end]

    def named_before_colon(self, pos: int) -> int | None:
        """The person named right before a colon that ends at `pos` ("Ерлан Қошанов: «...»"), or with where he
        said it between ("Нұралы Әлиев құттықтау сөзінде: «...»", "Нуралы Алиев в приветственном слове: «...»";
        not one in a case, "Жансейіт Түймебаевпен кездесуде:", met with), if any."""
        named = [i for i in self.persons_in(max(0, pos - 200), pos)
                 if re.fullmatch(r"\s*[:：]\s*", between := self.text[self.mentions[i].end:pos])
                 or (_titled_colon(between) and not self.persons_in(self.mentions[i].end, pos))
                 or ((where := _SAID_WHERE_COLON.fullmatch(between)) and may_be_subject(self.mentions[i], self.lang)
                     and (_KK_LOCATIVE_WORD.search(where.group("last") or where.group("first"))
                          or where.group("first") in ("в", "во", "на")))]
        return named[-1] if named else None

    def previous_holder(self, pos: int, title: list[str], skip: Spans) -> int | None:
        """The nearest person before pos who holds the title the attribution names: "Аким сообщил, что ..."
        is the akim the article named ("акима Алматинской области Марата Султангазиева"), not whoever came
        last. The title's other words must be in the role too: "глава Минсвязи" is no "глава Минобороны"."""
        stem = _post(position_stem(title[0]))
        # the title's other words that say whose or which: capitalised of four letters or more ("МВД" no,
        # "России" yes), or any of five or more ("украинский")
        rest = [names.fold(w)[:4] for w in title[1:] if (len(w) > 3 and not w.islower()) or len(w) > 4]
        # "Генпрокурор": also a "генеральный прокурор", whose role has no stem of the clipped word
        clipped = _unclipped(title[0])

        said_former, said_new, said_deputy = _former(title), _new(title), _deputy(title)

        def holds(m: Mention) -> bool:
            if skip.containing(m.start):
                return False
            role = (m.role or "").split()
            stems = _posts_of(role)
            return ((stem in stems and _role_names(m, rest))
                    or (clipped is not None and clipped[1] in stems and _role_names(m, [*rest, clipped[0]]))) \
                and (_former(role) if said_former else not (said_new and _former(role))) \
                and (said_deputy or not (role and _deputy(role)))
        # the title is the person's, not one mention's: "Қазақстан Президенті Тоқаев ... Әзербайжан Президенті
        # Әлиев ... Мемлекет басшысы Тоқаев ... айтты. «...», – деді Президент" is Tokayev, named last
        holders = {_identity(self.mentions[i]) for i in self.persons[:bisect_left(self.person_starts, pos)]
                   if holds(self.mentions[i])}
        return self._nearest_before(pos, lambda m: not skip.containing(m.start) and _identity(m) in holders)

    def head_of_body(self, pos: int, who_start: int, who_end: int, title: list[str], skip: Spans) -> int | None:
        """The nearest person before pos whose role names the body a generic head's title names ("глава МИД
        Венгрии" after "министра иностранных дел ... Венгрии Петера Сийярто"): the body the gazetteer knows
        among the attribution's words, its name's own words (without its head noun, "Министерство") in the
        role, and the title's other words too ("Венгрии"). Not the Prime Minister of Hungary named last."""
        if position_stem(title[0]) not in _GENERIC_HEADS:
            return None
        who = self.text[who_start:who_end]
        found = body_in(who)
        if found is None:
            return None
        body, body_start, body_end = found
        own = [names.fold(w)[:4] for w in body.name_ru.split()[1:] if len(w) > 3]
        # (a country's adjective too: "глава казахстанского МИД" is Kazakhstan's, not the German minister's)
        rest = [names.fold(w)[:4] for w in title[1:] if ((w[:1].isupper() and len(w) > 3) or len(w) > 4)
                and not body_start <= who.find(w) < body_end]
        if not own:
            return None

        return self._nearest_before(pos, lambda m: not skip.containing(m.start) and _role_names(m, own + rest))

    def person_named(self, word: str, pos: int) -> int | None:
        """The nearest person before pos whose surname `word` is, in any case ("Ердоғанның", "Провоторова")."""
        base = names.kk_base(word) if self.lang == "kk" else word
        key = names.surname_key(base)
        return self._nearest_before(pos, lambda m: bool(m.surname) and (
            names.surname_key(m.surname) == key or names.case_form(word, m.surname)))

    def previous_person(self, pos: int, female: bool | None, skip: Spans, office: str | None = None,
                        pronoun: bool = False, new: bool = False, head: bool = False) -> int | None:
        """The nearest person mentioned before pos (not inside a quote), agreeing in gender when known, and
        not holding an office that excludes the `office` the attribution names (`_other_office`).

        When that person is an object ("Серик Жумангарин проинформировал Главу государства. По его словам",
        "Мемлекет басшысына мәлімет берді"), the subject before it in the same sentence is meant: one who is
        told or met does not speak next. With no subject named, the object is ("спросили министра. По его
        словам", "Пескову пришлось дать комментарий"). A title said to be `new` ("деді жаңа әкім") is no one
        whose role says he left the post, and a `head`'s title ("Министр также напомнил", "Глава ведомства") no one
        whose role is a deputy's."""
        def fits(m: Mention) -> bool:
            role = (m.role or "").split()
            return not skip.containing(m.start) and (
                female is None or (gender := self.gender(m)) is None or gender == female) \
                and not (office and _other_office(m, office)) and not (new and _former(role)) \
                and not (head and role and _deputy(role))
        nearest = self._nearest_before(pos, fits)
        if nearest is not None and office is not None and not pronoun \
                and (sentence := self.sentence_at(pos)) is not None \
                and self.mentions[nearest].start >= sentence.start \
                and not may_be_subject(self.mentions[nearest], self.lang):
            # "Отвечая на вопрос журналистов о визите министра ... Ермека Кошербаева, спикер уточнил": a title that
            # is the subject names someone named before its sentence, not one in an object's case inside it (who
            # would be "он" there)
            nearest = self._nearest_before(sentence.start, fits)
        titled = [i for at, i in self.titled if pronoun and at < pos and not skip.containing(at)
                  and fits(self.mentions[i]) and (nearest is None or at > self.mentions[nearest].end)]
        if titled:
            return titled[-1]  # "Аким пообещал, что ... . По его словам, ...": the akim, named before
        if nearest is None:
            return None
        cases = _cases(self.mentions[nearest], self.lang)
        if cases == {"object"}:
            subject_fits = may_be_subject
        elif cases and "nomn" not in cases and not self.inside_according(self.mentions[nearest]) \
                and self.next_sentence(self.mentions[nearest].start, pos):
            # "Уразбахтин сменил на этом посту Владимира Газзаева. «...», — сказал новый наставник": one in
            # the genitive after a subject in the nominative is whom the subject acted on, and the subject
            # speaks next, in the sentence right after ("По словам Жумангарина, ... . Он добавил": one who is the
            # source speaks on; "принял Генпрокурора Берика Асылова. Генпрокурор доложил ... . По его данным": a
            # sentence between may have made the object its subject)
            subject_fits = only_subject
        else:
            return nearest
        sentence = self.sentence_at(self.mentions[nearest].start)
        start = sentence.start if sentence else 0
        subject = self._nearest_before(self.mentions[nearest].start - 1, lambda m: m.start >= start and fits(m)
                                       and subject_fits(m, self.lang))
        return nearest if subject is None else subject

    def next_sentence(self, at: int, pos: int) -> bool:
        """Whether `pos` is in the sentence holding `at` or in the one right after it."""
        if not self.sents or at < self.sent_starts[0]:
            return False
        return sentence_index(self.sent_starts, pos) <= sentence_index(self.sent_starts, at) + 1

    def inside_according(self, m: Mention) -> bool:
        """Whether a mention is the source an "according to" phrase names right before it ("По словам
        Жумангарина", "Министрдің айтуынша" is after it): the source of what follows, no one acted on."""
        before = self.text[max(0, m.start - 40):m.start].lower()
        after = self.text[m.end:m.end + 20].lower()
        return bool(re.search(r"по\s+(?:словам|мнению|данным|оценкам?|информации|подсч[её]там|прогнозу)\s+"
                              r"(?:\S+\s+){0,6}$", before)) \
            or bool(re.match(rf"\s*(?:{_cues()[('kk', 'kk_according')]})(?!\w)", after))

    def _nearest_before(self, pos: int, fits: Callable[[Mention], bool]) -> int | None:
        """The index of the nearest person mentioned before pos that `fits`, walking back; one that starts at
        pos opens the quote ("Оның сөзінше, Тұрсынхан Әбдірахманова ... көрсеткен") and is not before it."""
        for k in range(bisect_left(self.person_starts, pos) - 1, -1, -1):
            if fits(self.mentions[self.persons[k]]):
                return self.persons[k]
        return None


# a title's word that says its holder left the post, or has just taken it: "деді жаңа әкім" (the new akim) is not
# the one whose role is "бұрынғы әкім" (the former), and "сказал бывший аким" not the akim in office
_FORMER_WORDS = re.compile(r"(?i)бывш(?:ий|ая|его|ему|им|ей|ую|ем)|бұрынғы|экс-.*")
_NEW_WORDS = re.compile(r"(?i)нов(?:ый|ая|ого|ому|ым|ой|ую|ом)|новоизбранн\w+|новоназначенн\w+|жаңа")


def _former(words: list[str]) -> bool:
    return any(_FORMER_WORDS.fullmatch(w.strip(",.«»")) for w in words)


# a deputy's word: "вице-министр", "заместитель акима", "замминистра", "министрінің орынбасары"
_DEPUTY_WORD = re.compile(r"(?i)вице-\w+|заместител\w*|зам(?:министр|аким|глав|пред|директор|начальник|руковод)\w*"
                          r"|орынбасар\w*")


def _deputy(words: list[str]) -> bool:
    """Whether a title is a deputy's: each of its posts, joined by a dash or a comma, has a deputy's word.
    "Министр сообщил", "сказал аким", "Ведомство басшысы" name the head, not the deputy named last; "Вице-премьер
    – министр иностранных дел" holds a head's post too."""
    posts = re.split(r"\s[–—-]\s|,", " ".join(words))
    return all(any(_DEPUTY_WORD.fullmatch(w.strip(",.«»")) for w in post.split()) for post in posts if post.strip())


def _new(words: list[str]) -> bool:
    return any(_NEW_WORDS.fullmatch(w.strip(",.«»")) for w in words)


def _inanimate_subject(lead: list[str], only: bool = False) -> bool:
    """Whether a Russian subject's words open with a noun the dictionary reads as inanimate, after adjectives
    ("Японская полиция", "Компания Flashpoint"); not a surname or given name that is also a word ("Урин").
    `only`: no reading of the noun is a person's ("по словам политика" may be a politician's, "физика" a
    physicist's; "делегации", "ассоциации" are things only)."""
    first = lead[0].strip(",.«»\"") if lead else ""
    if not first or names.is_surname_shaped(first) or names.is_given(first) or first.lower() in PRONOUNS:
        return False
    for word in lead[:3]:
        parses = names.parse(word.strip(",.«»\"").lower())
        p = parses[:1]
        if not p or p[0].tag.POS not in ("ADJF", "NOUN"):
            return False
        if p[0].tag.POS == "NOUN":
            return "inan" in p[0].tag.grammemes and not (only and any(
                r.tag.POS == "NOUN" and "anim" in r.tag.grammemes for r in parses))
    return False


def _unclipped(word: str) -> tuple[str, str] | None:
    """A title clipped into one word ("Генпрокурор", "Госсекретаря"), as the folded start of the full first
    word and the stem of the title it qualifies ("генерал", "прокурор"), from `ru_clipped_titles.tsv`; None
    for any other word, and for one whose rest is no title ("Госдума", "Главное")."""
    low = word.lower()
    for start, full in _clipped_titles():
        if low.startswith(start) and (base := position_stem(word[len(start):])):
            return names.fold(full), base
    return None


@cache
def _clipped_titles() -> tuple[tuple[str, str], ...]:
    return tuple(data_rows("ru_clipped_titles.tsv", 2))


def _role_names(m: Mention, stems: list[str]) -> bool:
    """Whether each folded stem begins a word of the person's role: "Венг" in "министра иностранных дел ...
    Венгрии"."""
    role = [names.fold(w) for w in (m.role or "").split()]
    return all(any(w.startswith(r) for w in role) for r in stems)


def _other_office(m: Mention, office: str) -> bool:
    """Whether the person holds an office that excludes the one named (data/exclusive_offices.txt): the
    deputy whose words "Депутаттың айтуынша" gives is not the Prime Minister named before."""
    wider = _exclusive_offices()
    if office not in wider:
        return False
    held = _role_stems(m) & wider.keys()
    return bool(held) and office not in held and not any(office == wider[h] for h in held)


@cache
def _synonym_posts() -> dict[str, str]:
    """Each title stem that names a post another word names too (data/title_synonyms.txt), folded, to the first
    stem of its group."""
    groups = [[names.fold(w) for w in row.split()] for (row,) in data_rows("title_synonyms.txt", 1)]
    return {w: group[0] for group in groups for w in group}


def _post(stem: str | None) -> str | None:
    """The post a title stem names: "наставник" and "бапкер" are a "тренер"'s."""
    return _synonym_posts().get(stem, stem) if stem else stem


@cache
def _post_kinds() -> dict[str, str]:
    """Each title stem that names a kind of post (data/title_kinds.txt), folded, to the post it is a kind of:
    a "педиатр" is a "врач", whom "– предупреждает врач" names."""
    return {names.fold(kind): _post(names.fold(general))
            for general, kinds in data_rows("title_kinds.txt", 2) for kind in kinds.split()}


def _posts_of(role: list[str]) -> set[str | None]:
    """The posts a role's words name, each as its own and as the post it is a kind of."""
    stems = {_post(position_stem(w)) for w in role}
    return stems | {_post_kinds()[s] for s in stems if s in _post_kinds()}


def _role_stems(m: Mention) -> set[str | None]:
    """The title stems of a person's role ("Энергетика вице-министрі" gives "министр"; other words None)."""
    return {position_stem(w.strip(",.«»")) for w in (m.role or "").split()}


@cache
def _exclusive_offices() -> dict[str, str]:
    """The offices that exclude one another, each with the wider office its holder is also called by, or ''."""
    return dict(data_rows("exclusive_offices.txt", 2))


def _surname_female(m: Mention) -> bool | None:
    """A person's gender by the surname's ending, which Russian and Kazakh surnames mark (None when it does
    not: "Бурджанадзе"; nor does a word of three letters: "Мао Нин" is no -ин)."""
    low = (m.surname or "").lower()
    if len(low.rsplit(" ", 1)[-1]) <= 3:
        return None  # "Мао Нин", "Ван Лин": a syllable, no Russian -ин
    if low.endswith(("ова", "ева", "ина", "ская", "қызы")):
        return True
    if low.endswith(("ов", "ев", "ин", "ский", "ұлы")):
        return False
    return None


def _is_female(m: Mention) -> bool | None:
    """A person's gender by the surname's ending, which Russian and Kazakh surnames mark, else by the given
    name's: "Акмарал Альназарова" is a woman though her given name ends as a man's may."""
    if (female := _surname_female(m)) is not None:
        return female
    if m.given:
        return names.is_female_given(m.given)
    return None


# the Kazakh cases of one acted on, given to, with or from: dative, accusative, instrumental, ablative,
# after a possessive too ("басшысына", "Тоқаевқа", "министрді", "Президентпен", "Үкіметтен")
_KK_OBJECT_CASE = (*names.KK_DATIVE, "на", "не", *names.KK_ACCUSATIVE, *names.KK_INSTRUMENTAL, *names.KK_ABLATIVE)


def _cases(m: Mention, lang: str) -> set[str]:
    """The cases a mention may be in, as far as its written form tells: in Kazakh by the name's ending
    ("Тоқаевқа" is "object", "Тоқаевтың" "gent"; a name written as its own nominative, "Дина", is "nomn"),
    in Russian by the dictionary's readings of its head ("Токаеву", "Главу государства"). Empty when
    nothing is known."""
    words = m.surface.split()
    if not words:
        return set()
    if lang == "kk":
        last = words[-1].lower()
        if last in {(m.given or "").lower(), (m.surname or "").lower(), (m.patronymic or "").lower()} \
                or len(last) <= 4:  # ("Раиса Петровна": her father's name in the nominative, no "-на" of a case)
            return {"nomn"}
        if last.endswith(_KK_OBJECT_CASE):
            return {"object"}
        return {"gent"} if last.endswith(names.KK_GENITIVE) else {"nomn"}
    # a name's surname ("Касым-Жомарту Токаеву") is nominative when written as the name is; else the
    # dictionary says which other case ("Путина" is a woman's nominative too). A title's first word
    # ("Главу государства", whose actor has a surname too)
    if m.given and len(words) > 1 and words[0].lower() != m.given.lower() \
            and words[0].lower().startswith(m.given.lower()[:3]):
        # a declined given name says the case an indeclinable surname does not ("Ангелой Меркель")
        return _word_cases(words[0], _GENITIVE)
    surname = m.surname.split()[-1].lower() if m.surname else ""  # "Си Цзиньпина": the last word declines
    if surname and words[-1].lower().startswith(surname[:3]):
        if words[-1].lower() == surname:
            return {"nomn"}
        return _word_cases(words[-1], _GENITIVE)
    return _word_cases(words[0], _NOMINATIVE_OR_GENITIVE)


_GENITIVE = frozenset({"gent"})
_NOMINATIVE_OR_GENITIVE = frozenset({"nomn", "gent"})


def _word_cases(word: str, kept: frozenset[str]) -> set[str]:
    """The cases the dictionary reads a word in: those of `kept` as they are, every other as "object"."""
    return {c for p in names.parse(word) for c in (kept & p.tag.grammemes or {"object"})}


def only_subject(m: Mention, lang: str) -> bool:
    """Whether a mention is written as a subject only: nominative, no other case read ("Азат Перуашев",
    "Тоқаев"; not "Перуашева", "Тоқаевты")."""
    return _cases(m, lang) == {"nomn"}


def _is_object(m: Mention, lang: str) -> bool:
    """Whether a mention can only be an object (a genitive may be a speaker's: "По словам Жумангарина")."""
    return _cases(m, lang) == {"object"}


def may_be_subject(m: Mention, lang: str) -> bool:
    """Whether a mention may be a sentence's subject: nominative ("Бориса Ельцина" is no subject)."""
    return "nomn" in _cases(m, lang)


# the possessive pronoun of "по его/ее/их словам": who speaks, and his or her gender
_CUE_PRONOUN = re.compile(r"(?<![\w])(?:его|ее|её|их)(?![\w])", re.I)
_POSSESSIVE_GENDER = {"его": False, "ее": True, "её": True}


def _verb_gender(cue: str) -> bool | None:
    """Russian past tense tells the speaker's gender: сказала → female, сказал → male."""
    w = cue.split()[0].lower()
    if re.search(r"[а-я]ла$", w):
        return True
    if re.search(r"[а-я]л$", w):
        return False
    return None


def _speaker(ctx: _Ctx, who_start: int, who_end: int, cue: str, quote_spans: Spans,
             quote_start: int) -> tuple[int | None, str | None, str]:
    """(speaker mention, speaker_text, attribution) from the words of an attribution."""
    named = ctx.persons_in(who_start, who_end)
    who = ctx.text[who_start:who_end].strip(" ,.–—−-\t")
    if named and ctx.lang == "ru" and (owner := _owners_only(ctx, named, who_start, who_end, cue)):
        # "Вдова Евгения Козырева сказала", "Сын Нурлана Абенова заявил", "Пресс-секретарь Токаева заявил":
        # whose widow, son or spokesman is named, not who speaks; a title's holder the article named is meant
        prev = ctx.previous_holder(who_start, [owner], quote_spans) if position_stem(owner) else None
        return (prev, who, "anaphora") if prev is not None else (None, who or None, "none")
    lead_word = who.split(maxsplit=1)[0].lower() if who else ""
    if ctx.lang == "kk" and not named and who and len(who.split()) <= 2 \
            and _KK_FIRST_PERSON.search(last := who.split()[-1].strip(",.!?").lower()) \
            and position_stem(re.sub(r"(?:мыз|міз)$", "", last)) is None and not _KK_OUR_INTERLOCUTOR.fullmatch(last) \
            and not any(last.startswith(noun) for noun, _ in demonyms()):  # ("деді британдық": the British one)
        # "«Содан қатысып көрейік» деп шештік" (we decided), "деп құттықтаған едім" (I congratulated), "деп
        # жібереміз": a verb in the first person, the writer's own words, no one named before ("деді ауыл
        # әкіміміз", our akim, is a title's holder)
        return None, who, "none"
    # (Russian: no one named may be the subject)
    no_subject = bool(named) and ctx.lang == "ru" and not any(may_be_subject(ctx.mentions[k], ctx.lang) for k in named)
    if no_subject and cue.strip() and _PLURAL_VERB.fullmatch(cue.split()[0].lower()):
        return None, who or None, "none"  # "Президенту сообщили, что ...": told him, no one named said it
    if no_subject and lead_word in PRONOUNS:
        # "— сказала она секретарю комитета Кристиану Бергу Харпвикену": the pronoun is the subject, and the
        # one named after it, in a case no subject takes, whom it was said to
        named = []
    if named and ctx.lang == "kk" and all(_is_object(ctx.mentions[k], "kk") for k in named) \
            and (pronoun := _KK_PRONOUN_WORD.search(ctx.text, who_start, ctx.mentions[named[0]].start)):
        # "Бұл туралы ол Франция Президенті Эммануэль Макронмен ... сөйлескенде айтқан": the pronoun is the
        # subject, the one named after it in a case no subject takes whom he spoke with; "ол" is the one named
        # before it, in the words it says he said too ("Тоқаев ... дайын екенін білдірген. Бұл туралы ол ...")
        prev = ctx.previous_person(pronoun.start(), None, Spans(), pronoun=True)
        return (prev, pronoun.group(0), "anaphora") if prev is not None else (None, pronoun.group(0), "none")
    if named:
        # Kazakh names the speaker last ("Президенттің көмекшісі Ерлан Қарин"); Russian first, unless that
        # one cannot be the subject ("Пресс-секретарь Путина Дмитрий Песков ранее сообщал" is Peskov's)
        i = named[-1] if ctx.lang == "kk" else next(
            (k for k in named if may_be_subject(ctx.mentions[k], ctx.lang) and not _names_next_title(ctx, k)),
            named[0])
        return i, ctx.mentions[i].surface, "explicit"
    last = who.rsplit(",", 1)[-1].strip()
    if last != who and who.rstrip(" :").endswith(cue) and len(last.split()) > len(cue.split()):
        # "На вопрос журналистов, когда закон вступит в силу, министр ответила:": who speaks is in the
        # clause of the cue ("послушаем, что она говорит:" is "она")
        who = re.sub(r"^(?:что|как|и|а|но)\s+", "", last)
    if who.rstrip(" :").endswith(cue) and len(who.rstrip(" :")) > len(cue):
        who = who.rstrip(" :")[:-len(cue)].rstrip(" ,")  # "министр ответила:" is named by "министр"
    words = who.split()
    while ctx.lang == "kk" and len(words) > 1 and len(words[-1]) >= 6 and words[-1].lower().endswith(names.KK_DATIVE) \
            and names.suffix_fits(words[-1][:-2], words[-1][-2:]):  # "мереке" is no dative
        # "деді адвокат Азаттыққа", "деді ол тілшімізге": whom it was said to is no part of who said it
        who = who[:who.rindex(words[-1])].rstrip(" ,")
        words = words[:-1]
        if len(words) > 1 and _outlet_word(words[-1]):
            who = who[:who.rindex(words[-1])].rstrip(" ,")  # "деді алпинист Kazinform тілшісіне": whose reporter
            words = words[:-1]
    head = max((k for k, w in enumerate(words) if (stem := position_stem(w.strip(",.")))
                and not _ru_case_of(w.strip(",.").lower(), stem)), default=None) if ctx.lang == "kk" else None
    if head is not None and any(_kk_setting().fullmatch(w.strip(",.")) or _KK_PLACE_WORD.fullmatch(w.strip(",."))
                                or w.strip(",.").lower() in _KK_POSTPOSITION_OF_TIME for w in words[head + 1:]):
        # "деді бапкер матчтан кейінгі баспасөз мәслихатында", "деді министр әуежайда журналистерге": where it
        # was said is no part of who said it; nor when ("деді министр Үкімет отырысынан кейін")
        who = " ".join(words[:head + 1])
        words = words[:head + 1]
    if ctx.lang == "ru" and _WORDS_OF.fullmatch(cue.lower()) and words and position_stem(words[0].strip(",.")):
        who = words[0].strip(",.")  # "– приводит слова министра пресс-служба ведомства": whose words they are
        words = [who]
    # (where a title's holder said it is no group that said it: "заявил министр на оперативном штабе"; not
    # "Осведомленный в деталях сделки источник")
    grouped = who[:at.start()] if ctx.lang == "ru" and (at := _AFTER_SPEAKER.search(who)) \
        and any(position_stem(w.strip(",.")) for w in who[:at.start()].split()) else who
    if GROUP_WORDS.search(grouped) and not (words and words[0].lower() in PRONOUNS):
        return None, who or None, "none"
    # "Ранее министр сообщил": the minister names the speaker, not when he spoke; "однако позднее заявил":
    # no word names him (the space lets an opener that ends the words come off too)
    unopened = who
    who = opened = _DISCOURSE_OPENER.sub("", who + " ").strip()
    if ctx.lang == "ru" and opened and _ru_plural_only(opened.split()[0]):
        return None, who, "none"  # "по словам очевидцев", "по оценкам ученых", "местные жители рассказали": several
    body = next((m for m in ctx.mentions if m.kind != "person" and who_start <= m.start and m.end <= who_end
                 and opened.startswith(m.surface)), None)
    if body is not None and not any(position_stem(w.strip(",.")) for w in opened[len(body.surface):].split()):
        # "Генеральная прокуратура напоминает, что": a body speaks, no person before; not its head ("Мәжіліс
        # спикері", "агенттігі төрағасының айтуынша")
        return None, who, "none"
    place = opened.split()
    if place and place[0].lower() in ("в", "во", "на", "из") and len(place) > 1:
        # "В последнем слове он заявил", "На брифинге министр сообщил": where it was said, then who; "как
        # пояснили в Минфине" (a place alone, "в акимате" is no "аким"): an institution speaks, no one person
        subject = next((k for k, w in enumerate(place[2:], 2) if w.lower() in PRONOUNS or bare_title(w)), None)
        if subject is None and len(place) > 2 and place[1].lower() in _POSSESSIVE_GENDER \
                and _IMPERSONAL_COLON.fullmatch(cue.strip()):
            subject = 1  # "– говорится в его обращении": the words are his address's, so his
        if subject is None and len(place) == 3 and _IMPERSONAL_COLON.fullmatch(cue.strip()) \
                and position_stem(place[2].strip(",.")) and not _ru_plural_only(place[2]):
            subject = 2  # "– говорится в обращении акима": the address is the akim's the article named
        if subject is None:
            return None, who, "none"
        who = place[1] if subject == 1 else " ".join(place[subject:])
    if cue.lower() in ("делінген", "делінеді"):
        doc = who.split()
        if not (ctx.lang == "kk" and doc and doc[0].lower().endswith(names.KK_GENITIVE) and position_stem(doc[0])
                and _KK_LOCATIVE_WORD.search(ctx.text[who_start:who_end].split()[-1].strip(" ,.").lower())):
            return None, who or None, "none"  # "– делінген сауалда": a passive, the words are a document's
        who = doc[0]  # "– делінген әкімнің көңіл айту хатында": the letter is the akim's the article named
    if _PLURAL_VERB.fullmatch(cue.split()[0].lower()):
        return None, who or None, "none"  # "Наблюдатели ... заявили": a plural verb, no one earlier person
    lead = _DISCOURSE_OPENER.sub("", who).split()  # without "Однако", "При этом", "Алайда"
    first = lead[0].strip(",") if lead else ""
    if first.lower() in PRONOUNS:
        # "сказал он Informburo.kz", "заявил он журналистам": the pronoun names the speaker, and no title after
        # it is his ("сказала она секретарю комитета")
        who = first
        if ctx.lang == "ru":
            lead = [first]  # (Kazakh "оның әріптестері" is his colleagues, a plural, who speak)
    if ctx.lang == "kk" and lead and ((_KK_PLURAL.search((head := lead[-1].strip(",.")).lower()) and head[:1].islower())
                                      or " ".join(w.strip(",.") for w in lead).lower() in _KK_COLLECTIVE):
        # "– дейді бала құқығын қорғаушы мамандар" (specialists, the head word last), "– дейді халық" (the
        # people), "дейді ата-анасы" (his parents): several, no one person
        return None, who, "none"
    if ctx.lang == "kk" and len(lead) > 1 and lead[-1].strip(",.").lower() in _KK_RELATION_HEADS:
        return None, who, "none"  # "деді айып тағылған азаматтың анасы": the accused's mother, not named
    # a title names one holder; a Kazakh plural ("– дейді дәрігерлер") names several, no one person
    title = next((k for k, w in enumerate(lead[:6]) if position_stem(w.strip(",.")) is not None
                  and not (ctx.lang == "kk" and _KK_PLURAL.search(w.strip(",.").lower()))), None)
    prev = None
    if title is not None:  # "Аким сообщил", "Экономика министрінің айтуынша", "Российский лидер также"
        # "украинский президент" too; not the cue itself ("Әкімнің айтуынша")
        cue_words = set(cue.lower().split())
        told = next((k for k in range(title + 1, len(lead)) if _outlet_word(lead[k])), None)
        if told is not None:  # "– сказал журналист Informburo.kz": the outlet told, no part of who
            who = who[:who.find(lead[told], who.find(lead[title]) + len(lead[title]))].rstrip(" ,")
            lead = lead[:told]
        # (the title's words end at a preposition: "рассказал режиссер перед премьерой" names no "премьера" in
        # the director's role)
        whose = list(itertools.takewhile(lambda w: w.lower() not in _SPEAKER_PREPOSITIONS, lead[title + 1:title + 4]))
        words = [lead[title]] + [w for w in lead[:title] + whose if w.strip(",.").lower() not in cue_words]
        prev = ctx.previous_holder(quote_start, [w.strip(",.") for w in words], quote_spans)
        if prev is None:
            prev = ctx.head_of_body(quote_start, who_start, who_end, [w.strip(",.") for w in words], quote_spans)
        if prev is None and ctx.lang == "ru" and position_stem(lead[title].strip(",.")) in _GENERIC_HEADS \
                and (state := next((k for k in range(title + 1, min(title + 3, len(lead)))
                                    if lead[k].strip(",.").lower() == "государства"), None)):
            # "Глава ливанского государства заявил": a head of state is a president, of the country the
            # adjective names if the role says it, else the president named last
            country = [w.strip(",.") for w in lead[title + 1:state]]
            prev = ctx.previous_holder(quote_start, ["президент", *country], quote_spans) if country else None
            if prev is None:  # (one whose role is the bare title: "с президентом Жозефом Ауном"; not "президент BP")
                prev = ctx.previous_holder(quote_start, ["президент"], quote_spans)
                prev = prev if prev is not None and len((ctx.mentions[prev].role or "").split()) == 1 else None
        place = None
        if prev is None and position_stem(words[0].strip(",.")) in _GENERIC_HEADS:  # the title, then its words
            place = next((p for w in words[1:] if (p := _PLACE_NOUN.match(w.strip(",.").lower()))), None)
        if place is not None:
            # "деді қала басшысы", "сказал глава региона": a town's or a region's head is its akim; a region's
            # ("Өңір басшысы") the one whose role names a region, not the district's akim named last
            titles = [["аким", w] for w in _PLACE_LEVEL[place.group(0)]] + [["аким"]]
            prev = next((i for t in titles if (i := ctx.previous_holder(quote_start, t, quote_spans)) is not None),
                        None)
        if prev is not None:
            ctx.titled.append((who_start, prev))
        if ctx.lang == "ru":  # "подчеркнула министр на заседании Мажилиса", "отметил председатель КНР, подчеркнув,
            # что ...": where she said it, and what else he did, is not who
            who = who[:at.start()] if (at := _AFTER_SPEAKER.search(who)) else who
            who = who.split(",", 1)[0] if "," in who[who.find(lead[title]) + len(lead[title]):] else who
        # a name right after the title, not one after a preposition ("написал эксперт в своем Telegram-канале"
        # says where he wrote)
        after_title = list(itertools.takewhile(lambda w: w.lower() not in _SPEAKER_PREPOSITIONS, lead[title + 1:]))
        named = [w for w in after_title if w[:1].isupper() and _NAME_WORD.fullmatch(w.strip(",."))
                 and not names.ru_known(w.strip(",.").lower())]
        if prev is None and _UNNAMED_SPOKESMAN.fullmatch(lead[title].strip(",.")):
            return None, who, "none"  # "Представитель департамента полиции настаивал": someone not named before
        if prev is None and ctx.lang == "ru" and named:
            # "Глава аппарата Госдумы Джахан Поллыева ... заметила": a name the recogniser missed is someone
            # new, not the person before
            return _by_surname(ctx, named[-1].strip(",."), quote_start, who)
    elif cue.lower() == "цитирует":
        pass  # "– цитирует Газета.Ru министра": the outlet is the subject, the speaker its object
    elif first and (MEDIA_WORDS.fullmatch(first) or (_KK_PLURAL.search(first.lower()) and first[:1].isalpha())
                    or _outlet_word(who)):
        return None, who, "none"  # "– пишет издание", "Мамандардың айтуынша", "«Лента.ру» напоминает": no one person
    elif ctx.lang == "kk" and title is None and lead and all(_LATIN_CAPITALISED.fullmatch(w.strip(",.")) for w in lead):
        # "The Athletic мәліметінше", "Reuters хабарлауынша": a name in Latin letters in Kazakh text, no person
        # the recogniser found, is a publication's or a company's
        return None, who, "none"
    elif ctx.lang == "kk" and lead and (_kk_body_head(lead[-1]) or _KK_PLURAL.search(lead[-1].lower())):
        # the genitive before the cue heads who speaks: "Полиция департаментінің хабарлауынша" (a body),
        # "Ақпарат көздерінің" (sources): no one person's words
        return None, who, "none"
    elif ctx.lang == "ru" and len(first.strip(",.")) > 1 and first.strip(",.").isupper():
        return None, who, "none"  # "РБК уточняет, что", "МИД заявил": an acronym is a body's, no one person
    elif ctx.lang == "ru" and first[:1].isupper() and names.dictionary_tags(first) == {"common"} \
            and _cue_before(ctx.text, who_start, cue, None):
        return None, who, "none"  # "по оценке Минтруда", "– сообщили в Сенате": a body speaks, no one person
    elif ctx.lang == "ru" and (((first[:1].isupper() or opened != unopened.strip()) and _inanimate_subject(lead)
                                and _cue_after(ctx.text, who_end, cue))
                               or (_inanimate_subject(lead, only=True) and _cue_before(ctx.text, who_start, cue, " "))):
        # "Японская полиция, по данным газеты, отметила, что", "Компания Flashpoint Intelligence сообщила, что":
        # a subject headed by a thing's noun is a body's or a thing's, no earlier person's (after an opener too:
        # "Между тем организация Business NZ ... выступила за ..., отметив"; "Чиновник
        # подчеркнул" is the official named before); so is the source "according to" names ("по мнению делегации
        # ОБСЕ", "по мнению ассоциации", "по мнению России")
        return None, who, "none"
    elif ctx.lang == "ru" and first[:1].isupper() and first.lower() not in PRONOUNS \
            and not names.ru_known(first.lower()):
        # a name the recogniser missed ("– сказал Провоторов") is the person of that surname the article
        # names; else it is no person's ("– пишет Forbes", "считает Минск"). Kazakh capitalises so many
        # sentence-opening nouns ("Шебердің айтуынша") that this is Russian only
        return _by_surname(ctx, first, quote_start, who)
    elif ctx.lang == "kk" and title is None and first[:1].isupper() and not names.kk_lettered(first.lower()) \
            and names.kk_base(first) == first and _NAME_WORD.fullmatch(first) and first.lower() not in PRONOUNS \
            and _cue_before(ctx.text, who_start, cue) \
            and position_stem(first) is None:
        # "– деді Мамдани Бруклиндегі жақтастарына": a foreign name right after the verb, which the recogniser
        # missed, is the person of that surname the article names, else someone new, no earlier person
        return _by_surname(ctx, first, quote_start, who)
    elif ctx.lang == "kk" and title is None and len(lead) == 1 and cue.lower().endswith(("нша", "нше")) \
            and not first.lower().endswith(names.KK_GENITIVE) and first.lower() not in PRONOUNS:
        # "Тергеу дерегінше" (by the investigation's data), "Сот шешімінше": a noun with no genitive before
        # "according to" makes a compound with it, a thing's words, no person's ("Ғалымның айтуынша" is one's),
        # unless the word is the surname of someone the article names
        return _by_surname(ctx, first, quote_start, who)
    if first.lower() == "их":
        return None, who, "none"  # "по их словам": several, no one person
    if prev is None and title is None and (by_nation := _demonym_person(ctx, quote_start, first)) is not None:
        return by_nation, who or None, "anaphora"
    nearest = prev is None  # the person is the one named last, not a title's holder
    if prev is None:
        female = _POSSESSIVE_GENDER.get(first.lower(), _verb_gender(cue))  # "по ее словам" is a woman's
        if female is None and ctx.lang == "ru" and any(_ru_feminine_person(w) for w in lead[:2]):
            female = True  # "– возмущается женщина", "– говорит пенсионерка": a woman's noun, whatever the tense
        if female is None and ctx.lang == "kk" and any(w.strip(",.").lower() in _KK_WOMAN for w in lead[:2]):
            female = True  # "– дейді әйел", "– дейді келіншек": Kazakh verbs have no gender, the noun says it
        office = position_stem(lead[title].strip(",.")) if title is not None else None
        pronoun = first.lower() in PRONOUNS or first.lower() in _POSSESSIVE_GENDER
        # a pronoun's person is named before the pronoun: "Она поздравила Кенжебаеву и отметила, что «...»" is
        # the woman of the sentence before, not the one she congratulated
        prev = ctx.previous_person(min(quote_start, who_start) if pronoun else quote_start, female, quote_spans,
                                   office, pronoun=pronoun,
                                   new=title is not None and _new(lead[:title + 1]),
                                   head=office in _HEAD_TITLES and not _deputy(lead))
    if prev is not None and nearest and ctx.lang == "ru" and first.lower() in ("сам", "сама") and len(lead) > 1:
        # "«Турсынов провел идеальный турнир», – оценил тренер Даулет Шабанбай. Сам чемпион признался, что ...":
        # "сам" is the one talked about, not the one who talked of him: the person named last before, in what
        # was quoted too, who is not the speaker found (within the two sentences before); a holder of the title
        # named is meant as it is ("Сам министр", "Сам глава региона")
        floor = ctx.sentence_start_before(ctx.sentence_start_before(quote_start) - 1)
        speaker, said = _identity(ctx.mentions[prev]), _verb_gender(cue)
        talked_of = ctx._nearest_before(quote_start, lambda m: m.start >= floor and _identity(m) != speaker and (
            said is None or (g := ctx.gender(m)) is None or g == said))
        prev = talked_of if talked_of is not None else prev
    if ctx.lang == "kk" and cue.strip().lower() == "деп" and title is None and lead \
            and first.lower() not in PRONOUNS and _KK_VERB_END.search(lead[-1].strip(",.!?").lower()):
        who = ""  # "«...» деп тағы да уәде берді", "деп құттықтады": the words after "деп" are a verb's, no name
    if prev is not None:
        return prev, who or None, "anaphora"
    return None, who or None, "none"


@lru_cache(maxsize=1 << 14)
def _ru_feminine_person(word: str) -> bool:
    """Whether a Russian word is a noun of a woman by its grammar, every reading an animate feminine noun
    ("женщина", "пенсионерка", "жительница"; not "судья", of either gender, nor "министр", which women hold)."""
    readings = [p for p in names.parse(word.strip(",.«»").lower()) if p.is_known]
    return bool(readings) and all(p.tag.POS == "NOUN" and {"anim", "femn", "sing"} <= p.tag.grammemes
                                  and not {"ms-f", "Name"} & p.tag.grammemes for p in readings)


# a noun in the Kazakh locative ("хатында", "мәлімдемесінде", "сөзінде"): a document, or where it was said
_KK_LOCATIVE_WORD = re.compile(rf"\w{{2,}}(?:{'|'.join(names.KK_LOCATIVE)})$")


@lru_cache(maxsize=1 << 14)
def _ru_plural_only(word: str) -> bool:
    """Whether a Russian word is a noun of people or an adjective the dictionary reads in the plural only
    ("очевидцев", "ученых", "местных"): who speaks is several, no one person ("собеседника", "министра" are one;
    "Урин", a surname, is a thing's plural only)."""
    readings = [p for p in names.parse(word.strip(",.«»").lower()) if p.is_known and (
        p.tag.POS == "ADJF" or (p.tag.POS == "NOUN" and "anim" in p.tag.grammemes))]
    return bool(readings) and all("plur" in p.tag.grammemes for p in readings)


def _demonym_person(ctx: _Ctx, pos: int, word: str) -> int | None:
    """A person named by nationality ("по словам казахстанца", "– признался голландец", "Қазақстандықтың
    айтуынша", data/demonyms.tsv): the nearest person before pos whose title, on any mention of them, gives that
    nationality ("Казахстанский боксер Геннадий Головкин"), or the word before whose name does ("британца Дензела
    Бентли"), not merely the one named last (his coach). None when nothing says it."""
    low = word.strip(",.").lower()
    if not word[:1].islower() and ctx.lang == "ru":
        return None  # a demonym is lower case in Russian ("Казахстан" is the country)
    adjectives = next((adj for noun, adj in demonyms() if low.startswith(noun)), None)
    if adjectives is None:
        return None
    nouns = tuple(noun for noun, adj in demonyms() if adj == adjectives)
    # (or the word right before a mention says it: "британдық Дензел Бентлиді", "британца Дензела Бентли")
    nationals = {_identity(m) for m in ctx.mentions
                 if m.kind == "person" and ((m.role and any(a in m.role.lower() for a in adjectives))
                                            or word_before(ctx.text, m.start).lower().startswith(nouns))}
    return ctx._nearest_before(pos, lambda m: _identity(m) in nationals) if nationals else None


# a head's title that names the body it heads after it: "глава МИД", "руководитель Минздрава"
_GENERIC_HEADS = frozenset({"глав", "руководител", "басшы"})

# a title that names a body's or a place's head, whom a deputy's role does not name ("Министр также напомнил"
# after "вице-министр Ерлан Акбаров" is the minister)
_HEAD_TITLES = _GENERIC_HEADS | {"министр", "аким", "председател", "торага", "директор", "президент", "премьер-министр",
                                 "начальник", "бастыгы", "ректор", "мэр", "губернатор", "спикер"}

# one who speaks for a body and whom the article has not named: no earlier person is meant
_UNNAMED_SPOKESMAN = re.compile(r"(?i)представител\w*|өкіл\w*")


# the words that open a clause in which "называют" has no subject: "Закон, который в обществе называют «законом
# Салтанат»", "Его называют «отцом реформ»"
_NAMED_THING = re.compile(r"(?i)котор\w+|его|её|ее|их|это|так")


def _common_name(text: str, start: int, cue_at: int, cue: str) -> bool:
    """Whether "называют" with no subject gives a thing's or a person's common name, no one's words: its
    clause opens with a relative or an object pronoun, or it has no words before it at all."""
    if cue.lower() != "называют":
        return False
    clause = re.split(r"[,;:(]", text[start:cue_at])[-1].split()
    return not clause or bool(_NAMED_THING.fullmatch(clause[0]))


def _cue_after(text: str, end: int, cue: str) -> bool:
    """Whether the attribution's verb follows right after the words that end at `end` (past a comma or a
    dash): the words are then its subject ("Пресс-служба Кадырова заявила"), not the cue's complement."""
    return text[end:end + len(cue) + 3].strip(" ,–—").lower().startswith(cue.lower())


def _by_surname(ctx: _Ctx, word: str, pos: int, who: str) -> tuple[int | None, str, str]:
    """The speaker a name names that no mention covers: the person of that surname the article names before
    `pos` (`_Ctx.person_named`), else no one (someone new, not whoever was named last)."""
    i = ctx.person_named(word, pos)
    return (i, who, "anaphora") if i is not None else (None, who, "none")


def _cue_before(text: str, start: int, cue: str, past: str | None = " ,–—") -> bool:
    """Whether the attribution's verb stands right before the words that start at `start` (past `past`): the
    words are then who it names after the verb ("– деді Мамдани", "– сообщили в Сенате")."""
    return text[max(0, start - len(cue) - 3):start].strip(past).lower().endswith(cue.lower())


def _names_next_title(ctx: _Ctx, k: int) -> bool:
    """Whether person k is whose title the next person holds ("Эксперт Карнеги Томас де Ваал считает"): an
    undeclined name there is no subject (`actors.named_by_next_title`)."""
    m = ctx.mentions[k]
    after = bisect_right(ctx.person_starts, m.start)
    return after < len(ctx.persons) and named_by_next_title(ctx.text, m, ctx.mentions[ctx.persons[after]])


def _owners_only(ctx: _Ctx, named: list[int], who_start: int, who_end: int, cue: str) -> str | None:
    """The noun before the persons a Russian subject names, when none of them can be the subject (each in
    the genitive, or a surname of the other gender than the verb's): they are whose that noun is, and the
    noun, in the nominative, names the speaker ("Вдова", "Сын", "Пресс-служба", "Пресс-секретарь"). None
    when a named person may speak, and after "По словам": there the cue governs the genitive."""
    if not cue.strip() or not _cue_after(ctx.text, who_end, cue):
        return None
    female = _verb_gender(cue)
    if any(may_be_subject(ctx.mentions[k], "ru")
           and (female is None or _surname_female(ctx.mentions[k]) in (None, female)) for k in named):
        return None
    words = ctx.text[who_start:ctx.mentions[named[0]].start].split()
    noun = words[-1].strip(",«»\"") if words else ""
    return noun if len(noun) > 2 and noun[:1].isalpha() and any(
        p.tag.POS == "NOUN" and {"nomn", "sing"} <= p.tag.grammemes for p in names.parse(noun.lower())) else None


# where something was said, in one to three words between a name and a colon, lower case but the last: "құттықтау
# сөзінде:", "биылғы Жолдауында:", "в приветственном слове:" (the last word in the Kazakh locative, or the first a
# Russian preposition of place)
_SAID_WHERE_COLON = re.compile(r"\s+(?P<first>[а-яёәғқңөұүһі][\w-]*)(?:\s+[а-яёәғқңөұүһі][\w-]*){0,2}?"
                               r"(?:\s+(?P<last>[\w-]+))?\s*[:：]\s*")


# a name's apposition before a colon, as a roundup of experts labels each answer: "Газиз Абишев, публицист:",
# "Данияр Ашимбаев, главный редактор справочника «Кто есть кто в Казахстане»:"
# (no one else named in it, and no dash: "граф Игнатьев, митрополит Николай Крутицкий, ... — спрашивает:" lists
# those present, then who asked)
_APPOSITION_COLON = re.compile(r"\s*,\s*(?P<app>[^:.!?\n—–]{1,100}?)\s*[:：]\s*")


def _titled_colon(between: str) -> bool:
    """Whether what stands between a name and a colon is the name's title set off by a comma (a title's word
    among its words: Kazakh puts it last, "«Қазақстанда кім кім» анықтамалығының бас редакторы"), so the
    words after the colon are that person's."""
    app = _APPOSITION_COLON.fullmatch(between)
    return app is not None and any(position_stem(w.strip(",«»\"“”")) for w in app.group("app").split())


# a word right before a colon and the quote's opening mark: "министр: «"
_TITLE_COLON = re.compile(r"(?<![\w-])(\w+)[ \t]*:[ \t]*\Z")


# Kazakh nouns of a woman: "әйел", "келіншек", "бойжеткен", "ана" (a mother)
_KK_WOMAN = frozenset("әйел келіншек бойжеткен ана анасы".split())


# "приводит слова X": the words are X's, whoever brings them
# (the one who quotes may stand between: "– приводит пресс-служба клуба слова главного тренера")
_WORDS_OF = re.compile(r"(?:приводит|приводят|привел[аи]?)\s+(?:[\w-]+\s+){0,3}?слова")


# a numbered list's number opening a paragraph: "1. ", "2) "
_LIST_NUMBER = re.compile(r"\d{1,2}[.)][ \t]+(?=\S)")


# where who said it ends: a sentence's end (not an initial's full stop, `_WHO_CHAR`) or a line's
_WHO_END = re.compile(rf"(?!{_INITIAL_STOP})\.(?!\w)|[!?](?!\w)|\n")


def _who_span(text: str, start: int, limit: int) -> tuple[int, int]:
    """The words after a cue that name the speaker: up to the end of the clause. A full stop inside a word is
    no end ("– сказал Orda.kz один из бастующих, оператор ...": the outlet told, then who), nor an initial's
    before the surname ("– отметил Е. Нагаспаев.")."""
    m = _WHO_END.search(text[start:limit])
    end = start + m.start() if m else limit
    return start, end


# who speaks, before a colon at a paragraph's start: "Ерлан Қарин:", "Egemen.kz:", "Корр.:", "Е.Қарин:", "Е. К.:",
# "Ирина Кравцова, «АиФ Казахстан»:" (no sentence ends inside it: a full stop and a space only after an initial)
_LABEL = re.compile(rf"((?:[{_CAPITAL}]\.\s|«[^«»\n:]{{1,40}}»|(?!\.\s)[^\n:«»\"“”?!]){{2,60}}?)[:：]\s+(?=\S)")


# where something was said, right after the verb: "на брифинге", "на брифинге в СЦК", "в интервью"
_RU_SAID_WHERE = re.compile(r"[ \t]+(?:на|в|во)[ \t]+(?:брифинге|пресс-конференции|заседании|совещании|интервью|"
                            r"эфире|форуме|съезде|сессии)(?:[ \t]+(?:в|на)[ \t]+[А-ЯЁA-Z]{2,6})?(?=[ \t])")


def _names_someone(ctx: _Ctx, start: int, who: str) -> bool:
    """Whether the words after a verb of saying open with who said it: a person named there, a pronoun or a
    title ("сообщил председатель ЦИК", "сказал он"), not what else was done ("сказал несколько слов и ушел")."""
    if (where := _RU_SAID_WHERE.match(who)) and where.end() < len(who):
        # where it was said, before who: "сообщил на брифинге в СЦК главный санитарный врач"
        start, who = start + where.end(), who[where.end():]
    words = who.split()
    if not words:
        return False
    lead = len(who) - len(who.lstrip())
    # a title in a case that cannot be the subject is who was told ("рассказал журналистам о премии")
    # (after its adjectives: "сообщил главный государственный санитарный врач")
    lead_words = 0
    while lead_words < 3 and lead_words < len(words) - 1 and names.ru_pos(words[lead_words]) in ("ADJF", "PRTF"):
        lead_words += 1
    return words[0].lower() in PRONOUNS \
        or any(position_stem(w) is not None and any("nomn" in p.tag.grammemes for p in names.parse(w.strip(",.")))
               for w in words[:max(2, lead_words + 1)]) \
        or any(ctx.mentions[i].start == start + lead for i in ctx.persons_in(start, start + len(who)))


def _answer_end(text: str, paras: list[tuple[int, int]], k: int, nxt: int) -> int:
    """Where an answer opened in paragraph k ends: it runs over the paragraphs before `nxt` (the next
    question), not into the reporter's own ("Напомним, Ерболат Досаев возглавляет Алматы с 2022 года.") nor
    into a line that is no sentence: the interviewer's signature under the last answer ("Гүлзира СӘРСЕНОВА,
    «Egemen Qazaqstan»")."""
    def signed(j: int) -> bool:
        line = text[paras[j][0]:paras[j][1]].strip()
        return len(line.split()) <= 8 and line.rstrip("«»\"“”) ")[-1:] not in ".!?…"

    last = next((j for j in range(k + 1, nxt) if _rx()["editorial"].match(text, paras[j][0]) or signed(j)), nxt)
    return paras[last - 1][1]


# the reporter giving the floor to someone else: "выступил вице-министр", "вице-министрі ... сөз сөйледі"
_ANOTHER_SPEAKS = re.compile(r"(?<![\w])(?:выступил[аи]?|сообщил[аи]?|заявил[аи]?|рассказал[аи]?|добавил[аи]?|"
                             r"отметил[аи]?|сөз\s+сөйледі|сөз\s+алды|мәлімдеді|хабарлады|қосты|атап\s+өтті)(?![\w])",
                             re.I)


def _reporter_again(ctx: _Ctx, paras: list[tuple[int, int]], k: int, nxt: int, who: int | None) -> int:
    """The paragraph before `nxt` where the reporter takes over after the last answer: one whose first
    sentence gives someone else, with a title, the floor ("Также на брифинге выступил вице-министр
    энергетики Ерлан Акбаров."), which an answer's next paragraph does not ("Аким области Иван Петров
    выделил нам средства" may be the answer's still). `nxt` if none."""
    ident = _identity(ctx.mentions[who]) if who is not None else None
    for j in range(k + 1, nxt):
        sent = ctx.sentence_at(paras[j][0])
        end = sent.end if sent is not None else paras[j][1]
        if not _ANOTHER_SPEAKS.search(ctx.text, paras[j][0], end):
            continue
        if any(ctx.mentions[i].role and may_be_subject(ctx.mentions[i], ctx.lang)
               and _identity(ctx.mentions[i]) != ident for i in ctx.persons_in(paras[j][0], end)):
            return j
    return nxt


def _identity(m: Mention) -> tuple:
    """One person however the article writes them: the actor, else the name ("Е. К." is "Ерлан Карин")."""
    return (m.actor,) if m.actor else name_key(m)


def _labelled_interview(ctx: _Ctx, paras: list[tuple[int, int]]) -> tuple[list[Quote], set[int]]:
    """Answers of a transcript whose paragraphs open with who speaks ("Egemen.kz: ...?", "Ерлан Қарин:
    Реформалар тоқтаған жоқ."): a paragraph a person's name labels is that person's answer, with the
    unlabelled paragraphs after it up to the next label; one whose words end in "?" is a question. At
    least two answers and one question make a transcript; a label before quotation marks is left to them."""
    text = ctx.text
    labelled: dict[int, tuple[int, int | None]] = {}  # paragraph: (where its words start, the person)
    asked: set[int] = set()  # the paragraphs a question's label opens
    for k, (s, e) in enumerate(paras):
        m = _LABEL.match(text, s, e)
        if not m:
            continue
        if _QA_QUESTION.fullmatch(m.group(1)):
            labelled[k] = (m.end(), None)
            asked.add(k)
            continue
        if _QA_ANSWER.fullmatch(m.group(1)):
            # "Ответ: ...", "Жауап: ...": the words of the one the introduction says answers
            labelled[k] = (m.end(), _named_where_said(ctx, s, _QA_ANSWERS))
            continue
        # the label is a name, or a name and who they are: "Ирина Кравцова, «АиФ Казахстан»"
        named = [i for i in ctx.persons_in(s, m.end(1)) if ctx.mentions[i].start == s
                 and text[ctx.mentions[i].end:m.end(1)].lstrip()[:1] in ("", ",")]
        labelled[k] = (m.end(), named[0] if named else None)
    questions = asked | {k for k, (ws, _) in labelled.items() if text[ws:paras[k][1]].rstrip().endswith("?")}
    # who asks asks all the way: the interviewer's other paragraphs ("И. К.: Но активисты говорят, что порог
    # слишком высок.") are questions too, though they end in a full stop
    asking = {_identity(ctx.mentions[who]) for k, (_, who) in labelled.items() if k in questions and who is not None}
    questions |= {k for k, (_, who) in labelled.items() if who is not None and _identity(ctx.mentions[who]) in asking}
    answers = [k for k, (ws, who) in labelled.items() if who is not None and k not in questions
               and text[ws] not in "«\"“"]
    if len(answers) < 2 or not questions:
        return [], set()
    quotes = []
    for k in answers:
        ws, who = labelled[k]
        # up to the next label; the last answer is its own paragraph only
        end = _answer_end(text, paras, k, next((j for j in range(k + 1, len(paras)) if j in labelled), k + 1))
        quotes.append(Quote(ws, end, text[ws:end], "interview", who, ctx.mentions[who].surface, None, "interview"))
    return quotes, questions


# the labels of a question-and-answer explainer's turns ("Вопрос: ...?", "Ответ: ...", "Сұрақ:", "Жауап:")
_QA_QUESTION = re.compile(r"\s*(?:Вопрос|Сұрақ)(?:\s+№?\d{1,2})?\s*")
_QA_ANSWER = re.compile(r"\s*(?:Ответ|Жауап)\s*")
# who answers them, in the introduction: "Отвечает заместитель председателя ... Галия Шаймерденова",
# "Сұрақтарға ... Ғалия Шаймерденова жауап береді"
_QA_ANSWERS = re.compile(r"(?i)(?<![\w])(?:отвечает|отвечают|ответил[аи]?\s+на\s+вопрос|ответы\s+на\s+вопрос|"
                         r"на\s+вопросы\s+\w+\s+ответил[аи]?|жауап\s+бер(?:еді|ді)|жауап\s+қайтарады)(?![\w])")


def _named_where_said(ctx: _Ctx, pos: int, says: re.Pattern) -> int | None:
    """The last person named before `pos` in a sentence `says` finds words in (that the person gave an interview,
    answers the questions), or None: whose the answers after an introduction are."""
    found = None
    for i in ctx.persons:
        m = ctx.mentions[i]
        if m.start >= pos:
            break
        sent = ctx.sentence_at(m.start)
        if sent is not None and says.search(sent.text):
            found = i
    return found


# "according to" words that name a source of figures or information, a body's as often as a person's
_BARE_SOURCE_CUE = re.compile(r"(?i)по\s+(?:данным|информации)")


_PRONOUN_OPENS = re.compile(r"(?:Он|Она|Ол)\s")
_LATIN_CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9.&'’-]*")

# a dash after a mark inside a paragraph: another turn of a dialogue, or an attribution ("? — спрашивает он")
_TURN_DASH = re.compile(r"[,.!?…][ \t]*[–—−][ \t]")
# the dash after a dash attribution's full stop, the speaker going on: "— ..., — говорит Оспанов. — Но ..."
_GOES_ON = re.compile(r"[ \t]+[–—−][ \t]+")

# a dash that opens speech inside a paragraph, after the reporter's sentence has ended
_DASH_OPENS = re.compile(rf"(?<=[.!?…])[ \t]+{_DASH_CLASS}[ \t]+(?=[{_CAPITAL}«\"„“]|\d)")


# a dash quote closed by its attribution: a mark, a dash and lower-case words to the paragraph's end
_ATTRIBUTED_DASH = re.compile(r"[,.!?…][ \t]*[–—][ \t]+[а-яёәғқңөұүһі][^–—\n]{0,80}?[.!]?[ \t]*\Z")


# who gave an interview, in its introduction ("сұхбат берді", "в интервью"; or who told a reporter: "посол ...
# рассказала корреспонденту «Казинформа» о ...", "тілшісіне айтып берді"; or whose briefing's questions and answers
# follow: "Светлана Жақыпованың брифингі өтті")
_INTERVIEW_CUE = re.compile(r"(?i)сұхбат|интервью|беседова|ответил[аи]?\s+на\s+вопрос|(?:сауал|сұрақ)тарына\s+жауап|"
                            r"брифинг|пресс-конференци|баспасөз\s+мәслихат|"
                            r"рассказал[аи]?\s+(?:нашему\s+)?(?:корреспонденту|журналисту)|"
                            r"(?:тілшісіне|тілшімізге|журналисіне)\s+(?:\S+\s+)?(?:айтып\s+берді|айтты|әңгімеледі)")


def _interview(ctx: _Ctx, paras: list[tuple[int, int]]) -> tuple[list[Quote], set[int]]:
    """Answers of a question-and-answer article (paragraphs opened by a dash, or by who speaks: see
    `_labelled_interview`), and the question paragraphs."""
    text = ctx.text
    # a paragraph whose dash quote closes with who said it ("..., – деді әкім.", "...? – деп сұрады депутат.")
    # is a reported quote, no turn of an interview
    dash = [k for k, (s, e) in enumerate(paras) if text[s] in DASH and text[s + 1:s + 2] == " "
            and not _ATTRIBUTED_DASH.search(text, s + 2, e)]
    # two turns make a briefing's one question and answer when the text says who answered ("журналистердің
    # сұрақтарына жауап берді"); with no such sentence, three at least
    pair = len(dash) == 2 and text[paras[dash[0]][0]:paras[dash[0]][1]].rstrip().endswith("?")
    if (len(dash) < 3 and not pair) or not any("?" in text[paras[k][0]:paras[k][1]] for k in dash):
        return _labelled_interview(ctx, paras)
    first = dash[0]
    intro_end = paras[first][0]
    interviewee = _named_where_said(ctx, intro_end, _INTERVIEW_CUE)
    if interviewee is None and pair:
        return _labelled_interview(ctx, paras)
    if interviewee is None:
        # "... брифинг министра Светланы Жакуповой. Она ответила на вопросы журналистов": the person a pronoun
        # that opens the sentence of the cue stands for, named in the sentence before
        k = next((k for k, s in enumerate(ctx.sents) if s.start < intro_end and _PRONOUN_OPENS.match(s.text)
                  and _INTERVIEW_CUE.search(s.text)), 0)
        named = ctx.persons_in(ctx.sents[k - 1].start, ctx.sents[k].start) if k else []
        if named:
            interviewee = named[-1]
    if interviewee is None:
        # no introduction in the text (the page's headline and lead named him): the first question addresses
        # him, "– Ерлан Тулеутаевич, Национальный курултай собирался уже пять раз. Какие ...?"
        qs = paras[first][0] + 2
        interviewee = next((i for i in ctx.persons if ctx.mentions[i].start == qs
                            and text[ctx.mentions[i].end:ctx.mentions[i].end + 1] == ","), None)
    quotes: list[Quote] = []
    questions: set[int] = set()
    expect_question = True
    for idx, k in enumerate(dash):
        s, e = paras[k]
        body = text[s:e]
        # strict alternation (a question may lack "?": "... тоқталсаңыз."); an expected answer that ends
        # with "?" is a follow-up question
        is_question = expect_question or body.rstrip().endswith("?")
        nxt = dash[idx + 1] if idx + 1 < len(dash) else len(paras)
        if is_question:
            questions.update(range(k, nxt))
            expect_question = False
            continue
        if idx + 1 == len(dash):  # after the last answer the reporter may go on with others
            nxt = _reporter_again(ctx, paras, k, nxt, interviewee)
        end = _answer_end(text, paras, k, nxt)
        start = s + 2
        quotes.append(Quote(start, end, text[start:end], "interview", interviewee,
                            ctx.mentions[interviewee].surface if interviewee is not None else None, None,
                            "interview"))
        expect_question = True
    return quotes, questions


def find_quotes(text: str, sents: list[Sentence], mentions: list[Mention], lang: str) -> list[Quote]:
    """Every quote in an article's clean text, ordered by position."""
    ctx = _Ctx(text, sents, mentions, lang)
    rx = _rx()
    paras = paragraphs(text)
    quotes, question_paras = _interview(ctx, paras)
    marked = _marked_spans(text)
    para_starts = [s for s, _ in paras]
    named_bodies: dict[int, set[int]] = {}  # where a party's, a company's ... name ends: where it starts
    for m in mentions:
        if m.kind != "person":
            named_bodies.setdefault(m.end, set()).add(m.start)
    direct: list[Quote] = []
    used_cues = Spans()
    pending: list[tuple[int, int, str, int, int]] = []  # content span, cue, attribution words span
    for o, c in marked:
        content_s, content_e = o + 1, c
        inner = text[content_s:content_e]
        if (len(inner.split()) < 2 and not _one_word_called(text, o, c, lang)) \
                or content_s in named_bodies.get(content_e, ()) \
                or (lang == "kk" and len(inner.split()) <= 3 and inner[:1].isupper()
                    and (named_as := _KK_NAMED_AS_AFTER.match(text, c + 1))
                    and (named_as.group("passive") or _kk_object_before(text, o))):
            # a name in quotation marks: «Amanat», «Ак жол» (a body the article names, its words exactly); a name
            # given to a thing ("жылды «Жастар жылы» деп жариялады", "«Ақ аймақ» деп жарияланған қалалар": the
            # object before it or the participle's noun after), no speech ("«Біз дайынбыз» деп жариялады" is)
            continue
        tail = text[c + 1:c + 1 + 240]
        m = rx["after"].match(tail)
        if m and lang == "ru" and _name_in_marks(text, o, inner):
            continue
        if m and lang == "ru" and not _COMMA_OR_DASH.match(tail) \
                and not inner.rstrip().endswith((".", "?", "!", "…")):
            m = None  # "«Казахстанская правда» пишет о ...": with no comma nor dash the name is the subject
        said_cue = None  # the whole cue "деп мәлімдеді", when `dep_after` reads the speaker
        if m and lang == "kk" and m.group("cue").lower().startswith(("деп", "деген")) and rx["dep_after"].match(tail) \
                and _kk_no_one_after(ctx, *_who_span(text, c + 1 + m.start("who"), c + 1 + m.end("who"))) \
                and ctx.named_before_colon(o) is None:
            said_cue, m = m.group("cue"), None  # "Нұрбек Дәулетов «...» деп мәлімдеді": no one after the verb, the
            # speaker is named before the words (`dep_after`)
        if m:
            ws, we = _who_span(text, c + 1 + m.start("who"), c + 1 + m.end("who"))
            if not text[ws:we].strip(" \t.,!"):
                # "X: «...», – деді.": the name and colon before the quote say who, the verb after adds nothing
                named = ctx.named_before_colon(o)
                if named is not None:
                    ws, we = mentions[named].start, mentions[named].end
                elif (titled := _TITLE_COLON.search(text, max(0, o - 60), o)) and position_stem(titled.group(1)):
                    ws, we = titled.span(1)  # "... деген сұрағына министр: «...», – деп жауап берді": the title
                    # before the colon names who answered
            pending.append((content_s, content_e, m.group("cue"), ws, we))
            used_cues.add(c + 1 + m.start("cue"), c + 1 + m.end("cue"))
            continue
        m = rx["dep_after"].match(tail)
        if m:
            # Kazakh: X «...» деп ... атап өтті. The speaker is named before the quote or after деп.
            sent = ctx.sentence_at(o)
            s0 = sent.start if sent is not None else o
            se = text.find(".", c)
            se = len(text) if se < 0 else se
            before = ctx.persons_in(s0, o)
            # a name in an object's case or the genitive is whom the words are about, not the speaker ("Аркадий
            # Дворкович Асаубаеваны «...» деп атады", "Кая Каллас Лавровтың сөзін «...» деп бағалады")
            # ("Мереке Құлкенов Қалихан ағаны «...» деп атады": the name's case is its word of respect's)
            before = [k for k in before if _cases(mentions[k], "kk") not in ({"object"}, {"gent"})
                      and not kk_respected_case(text, mentions[k].end)] or before
            if before:
                ws, we = mentions[before[-1]].start, mentions[before[-1]].end
            elif (group := _KK_PLURAL_OPENING.match(text, s0, o)):
                ws, we = group.span(1)  # "Жауаптылар ... «келер жылы бастаймыз» деп уәде берді": several speak
            elif (body := _kk_body_opening(text, s0, o)) is not None:
                ws, we = body  # "Алматы қалалық полиция департаменті журналистің «...» деп мәлімдеді": a body
            else:
                ws, we = c + 1 + m.start("who"), se
                if set(text[ws:we].strip(" \t.,!").lower().split()) <= _KK_AUXILIARIES:
                    ws = we  # "Абай «...» деген еді.": the auxiliary after the verb names no one
            pending.append((content_s, content_e, said_cue or m.group("cue"), ws, we))
            used_cues.add(c + 1, se)
            continue
        head = text[max(0, o - 200):o]
        # the pattern ends in a colon and white space: a head without that cannot match, and trying the
        # cues at every one of its positions is slow
        m = rx["before"].search(head) if head.rstrip().endswith(":") else None
        named = ctx.named_before_colon(o)
        if named is not None and not m:
            # "Ерлан Қошанов: «...»": a name and a colon introduce the words
            pending.append((content_s, content_e, ":", mentions[named].start, mentions[named].end))
            used_cues.add(mentions[named].end, o)
            continue
        if m:
            s0 = ctx.sentence_start_before(o)
            pending.append((content_s, content_e, m.group("cue"), s0, o))
            used_cues.add(o - len(head) + m.start(), o)
            continue
        if lang == "ru" and inner.lstrip()[:1].islower() and (m := rx["called"].search(head)) \
                and not _AFTER_PREPOSITION.search(head) \
                and (not m.group("cue").lower().startswith("призв") or _urged(inner, head[m.end("cue"):])):
            s0 = ctx.sentence_start_before(o)
            cue_at = o - len(head) + m.start()
            if (but := [b for b in _BUT_ANOTHER.finditer(text, s0, cue_at) if ctx.persons_in(b.end(), cue_at)]):
                s0 = but[-1].end()  # "Орбан пригрозил ..., а глава МИД Словакии Юрай Бланар призвал «не спешить»":
                # the clause of the verb names who urged
            if cue_at > s0 and not _common_name(text, s0, cue_at, m.group("cue")):
                pending.append((content_s, content_e, m.group("cue"), s0, cue_at))
                used_cues.add(cue_at, o - len(head) + m.end("cue"))
                continue
        if head.rstrip().endswith(":") and (inner.lstrip()[:1].isupper() or inner.lstrip()[:1].isdigit()) \
                and (subject := _colon_subject(ctx, ctx.sentence_start_before(o), o)) is not None:
            # "Перуашев предложил ужесточить контроль: «...»", "Смирнова поддержала инициативу: «...»": no verb
            # of speech, but the person the sentence is about introduces the words with a colon (that may open
            # with a figure: "не согласен с регулятором: «70% – это много»")
            pending.append((content_s, content_e, ":", mentions[subject].start, mentions[subject].end))
            continue
        k = _filled_paragraph(text, paras, para_starts, o, c)
        if k is not None and (intro := _introduced_above(ctx, paras, k, question_paras)) is not None:
            # "Айдос Сарым, депутат Мажилиса:" on a line of its own, then «...» filling the next: a television
            # site's transcript of who speaks on screen
            pending.append((content_s, content_e, ":", *intro))
            continue
        signed = _signed_below(ctx, paras, k) if k is not None else None
        if signed is not None:
            # a vox pop: «...» on its own, then "Гульнара Абдрахманова, пенсионерка" under it
            pending.append((content_s, content_e, "", *signed))
    quote_spans = Spans((p[0], p[1]) for p in pending)
    for k, (s, e) in enumerate(paras):
        if k in question_paras:
            continue
        body = text[s:e]
        m = rx["dash_end"].search(body)
        goes_on = None
        if not m and body[:1] in DASH and body[1:2] == " ":
            m = rx["dash_mid"].search(body)
            if m and _TURN_DASH.search(body, 2, m.start()):
                m = None  # "— Они что, панки? — интересуется Мураками. — ...": a dialogue's turns, no one's speech
            if m and (dash := _GOES_ON.match(body, m.end())):
                # "— Мы понимаем недовольство людей, — говорит Оспанов. — Но без ...": the speaker goes on after
                # the attribution, his words to the paragraph's end; not when another attribution follows, as a
                # dialogue's next turn ("— ..., — говорю я")
                rest = dash.end()
                if rx["dash_end"].search(body, rest) or rx["dash_mid"].search(body, rest) \
                        or _TURN_DASH.search(body, rest):
                    m = None
                else:
                    goes_on = (s + rest, s + len(body.rstrip(" \t\n").removesuffix(".")))
        if not m:
            continue
        cut = s + m.start()
        if any(qe <= cut + 1 and not text[qe:cut + 1].strip(" \t»\"”,.!?…") for _, qe in marked):
            continue  # a marked quote already ends here: "...», − подчеркнула глава Альянса."
        if body[:1] in DASH and body[1:2] == " ":
            start = s + 2
        elif opening := _DASH_OPENS.search(body, 0, m.start()):
            # "Тараптар келісті. – Біз ризамыз, – деді Мединский": the reporter's sentence, then the speech, its
            # opening dash after the sentence's end
            start = s + opening.end()
        else:
            start = s
        ws, we = s + m.start("who"), s + m.end("who")
        pending.append((start, s + m.start(), m.group("cue"), ws, we))
        used_cues.add(s + m.start("cue"), s + m.end("cue"))
        quote_spans.add(start, s + m.start())
        if goes_on is not None:
            pending.append((*goes_on, m.group("cue"), ws, we))
            quote_spans.add(*goes_on)
    # "Депутат Мажилиса Нурлан Ауесбаев:" on a line of its own, then "– Курултай стал ..." : a short paragraph
    # ending in a colon introduces the dash paragraph after it
    answers = Spans((q.start, q.end) for q in quotes)
    for k in range(1, len(paras)):
        s, e = paras[k]
        if text[s:s + 1] not in DASH or text[s + 1:s + 2] != " " or quote_spans.overlaps(s, e) \
                or answers.overlaps(s, e) or text[s:e].rstrip().endswith(";") \
                or (intro := _introduced_above(ctx, paras, k, question_paras)) is None:
            continue  # (an item that ends in a semicolon is a list's: "Среди избранных акимов:" / "– в Бурабайском
            # районе – Кайрат Ахметов (62,4% голосов);")
        pending.append((s + 2, s + len(text[s:e].rstrip(" \t.")), ":", *intro))
        quote_spans.add(s + 2, e)
    words_of: list[tuple[int, int]] = []  # each direct quote's attribution words
    for cs, ce, cue, ws, we in pending:
        content = text[cs:ce]
        lead = len(content) - len(content.lstrip())
        trail = len(content.rstrip(" \t\n,"))
        cs, ce = cs + lead, cs + trail
        if ce <= cs:
            continue
        spk, spk_text, attribution = _speaker(ctx, ws, we, cue, quote_spans, cs)
        direct.append(Quote(cs, ce, text[cs:ce], "direct", spk, spk_text, cue.strip() or None, attribution))
        words_of.append((ws, we))
    taken = Spans(quote_spans.items + [(q.start, q.end) for q in quotes])
    indirect = _indirect(ctx, paras, question_paras, taken, used_cues)
    # what a sentence after it says someone said ("Путин обвинил Киев ... . Глава государства заявил об этом") is
    # the reporter's telling: a person named there may be who speaks next
    reported = Spans((q.start, q.end) for q in indirect if q.speaker is None or mentions[q.speaker].start < q.start)
    for q, (ws, we) in zip(direct, words_of, strict=True):
        if q.attribution == "anaphora" and q.speaker is not None \
                and reported.containing(mentions[q.speaker].start):
            # "Ол романда Шыңғыс Айтматовтың дәстүрі жалғасын тапқанын атап өтті. – ..., – деді әдебиеттанушы":
            # a person named inside someone's reported words is not who speaks next
            q.speaker, q.speaker_text, q.attribution = _speaker(
                ctx, ws, we, q.cue or "", Spans(quote_spans.items + reported.items), q.start)
    # marked and reported quotes first, then interview answers: a quote nested in an answer (the
    # interviewee quoting someone) is listed before the answer that contains it
    rank = {"direct": 0, "indirect": 0, "interview": 1}
    out = quotes + direct + indirect
    out.sort(key=lambda q: (rank[q.kind], q.start, q.end))
    seen: set[tuple[int, int]] = set()
    dedup: list[Quote] = []
    for q in out:
        if (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            dedup.append(q)
    return dedup


# a document or a sign speaks, not the person the sentence names: "В указе, подписанном Токаевым, говорится:"
_IMPERSONAL_COLON = re.compile(r"(?<![\w])(?:говорится|сказано|написано|указано|отмечается|гласит|значится|"
                               r"делінген|жазылған|айтылған)(?![\w])", re.I)


def _colon_subject(ctx: _Ctx, start: int, colon: int) -> int | None:
    """The person a sentence that ends in a colon before «...» is about, when it names one as its subject
    and no verb of speech: Russian the first person named, in the nominative; Kazakh the one person named,
    in no case (a second could be whom it was said to). None for a document's words (`_IMPERSONAL_COLON`)
    or a sentence too long to be an introduction."""
    if colon - start > 250 or _IMPERSONAL_COLON.search(ctx.text, start, colon):
        return None
    named = ctx.persons_in(start, colon)
    if not named or (ctx.lang == "kk" and len(named) > 1):
        return None
    first = ctx.mentions[named[0]]
    return named[0] if may_be_subject(first, ctx.lang) else None


def _introduced_above(ctx: _Ctx, paras: list[tuple[int, int]], k: int, question_paras: set[int]) \
        -> tuple[int, int] | None:
    """The words that say who speaks in paragraph k when the paragraph before is a short one ending in a colon
    that names a person or a title ("Депутат Мажилиса Нурлан Ауесбаев:", "Айдос Сарым, депутат Мажилиса
    Парламента РК:"): its span, without the colon."""
    if k == 0 or k in question_paras or k - 1 in question_paras:
        return None
    ps, pe = paras[k - 1]
    intro = ctx.text[ps:pe].rstrip()
    if not intro.endswith(":") or len(intro) > 200:
        return None
    if not ctx.persons_in(ps, pe) and not any(position_stem(w.strip(",.:")) for w in intro.split()[:8]):
        return None  # "По итогам заседания даны следующие поручения:" opens a list, no one's words
    return ps, ps + len(intro) - 1


def _filled_paragraph(text: str, paras: list[tuple[int, int]], para_starts: list[int], o: int, c: int) -> int | None:
    """The paragraph a quotation from `o` to `c` fills (nothing before it, closing punctuation only after it),
    or None: such a quotation says who spoke above it or under it, not in its own paragraph."""
    k = bisect_right(para_starts, o) - 1
    if k < 0 or text[paras[k][0]:o].strip() or text[c + 1:paras[k][1]].strip(" \t.!?…"):
        return None
    return k


def _signed_below(ctx: _Ctx, paras: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The name under a quotation that fills paragraph k (`_filled_paragraph`), as vox-pop pages print who said
    it: the next paragraph is a person's name alone, or with who they are after a comma ("Данияр Сеитов,
    студент", "Гүлнар Әбдіқадырова, зейнеткер"). Returns the name's span."""
    if k + 1 >= len(paras):
        return None
    s, e = paras[k + 1]
    named = ctx.persons_in(s, e)
    if not named:
        return None
    m = ctx.mentions[named[0]]
    rest = ctx.text[m.end:e].strip()
    if ctx.text[s:m.start].strip() or (rest and not (rest.startswith(",") and len(rest) <= 80
                                                     and rest[-1:] not in "!?:" and len(named) == 1)):
        return None
    return m.start, m.end


# a comma and a conjunction that open a sentence's next clause
_KK_BUT = re.compile(rf",\s*{_KK_NEXT_CLAUSE}\s*,?\s*", re.I)


def _before_colon_quote(text: str, start: int, end: int, taken: Spans) -> int:
    """Where reported words end when a quote they introduce follows a colon: "отметил, что украинская сторона
    не собирается просить о вмешательстве: «Мы не рассчитываем ...»" reports up to the colon, and the
    words in guillemets are a quote of their own."""
    colon = text.find(":", start, end)
    while colon != -1:
        after = colon + 1 + len(text[colon + 1:end]) - len(text[colon + 1:end].lstrip(" \t«\"„“"))
        if after < end and taken.overlaps(after, after + 1):
            return colon
        colon = text.find(":", colon + 1, end)
    return end


def _past_form(word: str) -> tuple[str | None, str] | None:
    """(gender, number) of a Russian verb in the past tense, or None for any other word."""
    p = names.parse(word.lower())[:1]
    if not p or p[0].tag.POS not in ("VERB", "PRTS") or p[0].tag.tense != "past":
        return None
    return p[0].tag.gender, p[0].tag.number


def _reported_verb(words: list[str]) -> tuple[str | None, str] | None:
    """(gender, number) of the first verb of a reported clause, None for the gender of the present tense;
    None when no verb is found."""
    for w in words:
        p = names.parse(w.strip(",.«»\"").lower())[:1]
        if p and p[0].tag.POS in ("VERB", "PRTS"):
            return (p[0].tag.gender if p[0].tag.tense == "past" else None), p[0].tag.number
    return None


_SECOND_VERB = re.compile(r",\s+(?:но|а|однако|и)\s+(?:не\s+)?([а-яё]+)")


def _speaker_goes_on(st: str, start: int, end: int, cue: str) -> int:
    """Where words reported with "что" end when the speaker's own next verb follows: "Саткалиев подтвердил, что
    переговоры идут, но отказался называть сроки" (the talks go on; he refused). The verb after ", но" (", а",
    ", и") agrees with the cue's and not with the reported clause's first verb, so it cannot be that clause's."""
    said = _past_form(cue.split()[-1]) if cue.split() else None
    if said is None or said[1] != "sing":
        return end
    for m in _SECOND_VERB.finditer(st, start, end):
        if _past_form(m.group(1)) != said:
            continue
        reported = _reported_verb(st[start:m.start()].split())
        differs = reported is not None and (reported[1] != "sing" or reported[0] not in (None, said[0]))
        return m.start() if differs else end
    return end


def _another_subject(ctx: _Ctx, ss: int, start: int, end: int) -> int:
    """Where words reported with "что" end when ", а" or ", но" brings another person who acts: "Жакупова
    пообещала, что решение примут до конца года, а лидер фракции Азат Перуашев предложил отказаться" (what
    he proposed is no part of what she promised). The person, in the nominative, is followed by a verb or a
    short adjective ("уверен")."""
    for m in _BUT_ANOTHER.finditer(ctx.text, ss + start, ss + end):
        first = next(iter(ctx.persons_in(m.end(), min(ss + end, m.end() + 100))), None)
        if first is None:
            continue
        mention = ctx.mentions[first]
        after = _WORD_AFTER.match(ctx.text, mention.end, ss + end)
        # (or a short adjective or participle as its predicate: "а министр ... уверен в обратном")
        if after and names.ru_pos(after.group(1)) in ("VERB", "ADJS", "PRTS") and only_subject(mention, "ru"):
            return m.start() - ss
    return end


# ", а", ", но" before another subject ("..., а лидер фракции Азат Перуашев предложил")
_BUT_ANOTHER = re.compile(r",\s+(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как)\s+")
_WORD_AFTER = re.compile(r"\s+([а-яё]+)")  # the lower-case word right after a name: its verb
_CLAUSE_AFTER = re.compile(r"[^.,;:!?«»\"()\n–—]{0,80}")  # what follows a name up to a mark
_LOWER_WORD = re.compile(r"(?<![\w-])[а-яё]+(?![\w-])")


def _indirect(ctx: _Ctx, paras: list[tuple[int, int]], question_paras: set[int], taken: Spans,
              used_cues: Spans) -> list[Quote]:
    rx, text = _rx(), ctx.text
    out: list[Quote] = []
    q_para_spans = Spans(paras[k] for k in question_paras)
    # "Об этом заявил X" opening a sentence, and where its speaker ends: read once, for the sentence itself and
    # for the one before it
    abouts = [(rx["about_this"].match(s.text) if s.text[:1] in "ОоБбМТС" and _ABOUT_OPENER.match(s.text) else None)
              or (rx["figures_this"].match(s.text) if s.text[:1] in "ТМ" else None) or _about_after(rx, s.text)
              for s in ctx.sents]
    about_ends = [(a.end("who") if "who" in a.re.groupindex else _about_who(s.text, a)) if a else 0
                  for s, a in zip(ctx.sents, abouts, strict=True)]
    for k, sent in enumerate(ctx.sents):
        ss, se, st = sent.start, sent.end, sent.text
        if q_para_spans.overlaps(ss, se):
            continue
        end_trim = len(st.rstrip(" .!?…"))

        def add(cs: int, ce: int, cue: str, cue_span: tuple[int, int], who: tuple[int, int], ss: int = ss,
                kazakh: bool = sent.lang == "kk"):
            cs_abs, ce_abs = ss + cs, ss + ce
            cs_abs = _past_commas(text, cs_abs, ce_abs)
            if numbered := _LIST_NUMBER.match(text, cs_abs, ce_abs):
                cs_abs = numbered.end()  # "1. Минимальная зарплата вырастет ... Об этом заявил X": the list's
                # number is the page's, no word of what he said
            lead = _KK_TOPIC.match(text, cs_abs, ce_abs) if kazakh else None
            if lead:  # "Ғазиз Әбішев болса, ...": the particle that marks the speaker as the topic
                cs_abs = lead.end()
            setting = _KK_SETTING.match(text, cs_abs, ce_abs) if kazakh else None
            if setting:  # "журналистерге берген сұхбатында ...": where and to whom it was said
                cs_abs = setting.end()
            meanwhile = _KK_WHILE.match(text, cs_abs, ce_abs) if kazakh else None
            if meanwhile:  # "депутаттардың сауалына жауап бере отырып, ...": what the speaker was doing
                cs_abs = meanwhile.end()
            kin = _KK_KIN.match(text, cs_abs, ce_abs) if kazakh else None
            if kin:  # "тұрғыны Бақытжан ағай ауыз судың ... айтты": how the speaker is called, not the words
                cs_abs = kin.end()
            ce_abs = _before_colon_quote(text, cs_abs, ce_abs, taken)
            ce_abs = cs_abs + len(text[cs_abs:ce_abs].rstrip(" ,"))
            if ce_abs - cs_abs < 8 or len(text[cs_abs:ce_abs].split()) < 2:
                return
            if taken.overlaps(cs_abs, ce_abs) or used_cues.overlaps(*cue_span):
                return
            spk, spk_text, attribution = _speaker(ctx, ss + who[0], ss + who[1], cue, taken, cs_abs)
            if spk is None:
                # "Отмечается, что ..." has no speaker; "Штаб өкілдерінің мәліметінше, ..." sources a fact to
                # an unnamed collective: reported speech needs an identifiable speaker to be a quote here
                return
            out.append(Quote(cs_abs, ce_abs, text[cs_abs:ce_abs], "indirect", spk, spk_text, cue, attribution))
            taken.add(cs_abs, ce_abs)
            used_cues.add(*cue_span)

        about = abouts[k] if k else None
        prev = ctx.sents[k - 1] if about else None
        who_end = about_ends[k] if about else 0
        named = prev is not None and bool(ctx.persons_in(ss, ss + who_end))
        title = [w.strip(",.") for w in st[about.end("cue"):who_end].split()[:4]] if prev is not None else []
        titled = not named and bool(title) and position_stem(title[0]) is not None \
            and ctx.previous_holder(ss, title, taken) is not None  # only a holder the article named
        if prev is not None and prev.paragraph == sent.paragraph and (named or titled):
            # "<a statement>. Об этом заявил X." / "... Бұл туралы X мәлімдеді.": the sentence before is X's;
            # "Об этом сообщил президент России на встрече с ...": a title, resolved as titles are
            add(prev.start - ss, prev.start + len(prev.text.rstrip(" .!?…")) - ss, about.group("cue"),
                (ss + about.start("cue"), ss + about.end("cue")), (about.end("cue") if titled else 0, who_end))
        nxt = ctx.sents[k + 1] if k + 1 < len(ctx.sents) else None
        if nxt is not None and abouts[k + 1] and nxt.paragraph == sent.paragraph and not ctx.persons_in(ss, se) \
                and ctx.persons_in(nxt.start, nxt.start + about_ends[k + 1]):
            continue  # "Руководство ... утверждает, что ... . Об этом сообщил X": the next sentence names who
        if sent.lang == "ru":
            for m in rx["that"].finditer(st):
                # ("раскритиковал комитет, заявив, что": the converb's subject is the clause's before)
                converb = m.group("cue").lower().endswith("в")
                subject = _subject(st, (0, m.start()), converb=converb)
                if converb and _inanimate_subject(st[subject[0]:subject[1]].split()) \
                        and not ctx.persons_in(ss + subject[0], ss + subject[1]):
                    continue  # "организация Business NZ ... выступила за ..., отметив, что": a body's words
                if m.group("outlet") and not ctx.persons_in(ss + subject[0], ss + subject[1]):
                    continue  # "..., пишет NEWSru.com, что": the outlet writes, no one named speaks
                add(m.end(), _another_subject(ctx, ss, m.end(), _speaker_goes_on(st, m.end(), end_trim,
                                                                                   m.group("cue"))), m.group("cue"),
                    (ss + m.start(), ss + m.end()), subject)
            for m in rx["according"].finditer(st):
                # the speaker phrase ends at the comma after the first person named in it (or the first comma)
                names_in = ctx.persons_in(ss + m.end(), se)
                first_comma = st.find(",", m.end())
                if names_in and 0 <= first_comma < ctx.mentions[names_in[0]].start - ss \
                        and not st.startswith(",", ctx.mentions[names_in[0]].end - ss):
                    names_in = []  # "По словам коллег, Медеубаева доставили в РУП": a name past the comma that no
                    # second comma closes is the sentence's, not an apposition of who spoke ("По словам
                    # пресс-секретаря, Руслана Желдибая, ...")
                if _BARE_SOURCE_CUE.fullmatch(m.group("cue").strip()) and not (
                        names_in and "," not in st[m.end():ctx.mentions[names_in[0]].start - ss]
                        and "gent" in _cases(ctx.mentions[names_in[0]], "ru")):
                    continue  # "По данным Бюро ...", "По данным за 2013 год", "по информации акимата": figures or
                    # information are a person's only when the phrase names one, in the genitive, before its comma
                comma = -1
                if names_in:
                    after = ctx.mentions[names_in[0]].end - ss
                    comma = st.find(",", after)
                if comma < 0:
                    comma = st.find(",", m.end())
                if comma < 0 or comma - m.end() > 200:
                    continue
                who = (m.end(), comma)
                pronoun = _CUE_PRONOUN.search(m.group("cue"))
                if pronoun and not st[m.end():comma].strip():
                    who = (m.start("cue") + pronoun.start(), m.start("cue") + pronoun.end())  # "По его словам,"
                add(comma + 1, end_trim, m.group("cue").strip(), (ss + m.start(), ss + m.end()), who)
            m = rx["inverted"].search(st)
            if m and _names_someone(ctx, ss + m.start("who"), m.group("who")) \
                    and st.count("(", 0, m.start()) == st.count(")", 0, m.start()):  # not inside brackets
                # "О том, что телеканал должен ему 8 млн рублей, заявил X": what was said follows "что"
                about = re.match(r"(?:О\s+том|То)\s*,\s*что\s+", st)
                add(about.end() if about else 0, m.start(), m.group("cue"), (ss + m.start("cue"), ss + m.end("cue")),
                    (m.start("who"), m.end("who")))
        else:
            low = st.lower()
            for m in rx["kk_according"].finditer(st) if _may_hold(low, "kk_according") else ():
                # "Нұржан Жетпісбаевтың айтуынша, ..." / "Оның айтуынша, ..." / "Штаб өкілдерінің мәліметінше, ..."
                who_start = _clause_start(st, m.start())
                if _KK_AS_SAID.search(m.group("cue")) and not ctx.persons_in(ss + who_start, ss + m.start()) \
                        and not any(position_stem(w) for w in st[who_start:m.start()].split()):
                    continue  # "Айтқандай, ..." (by the way), "анау айтқандай" (so to say): no one said it
                add(m.end(), end_trim, m.group("cue"), (ss + m.start(), ss + m.end()), (who_start, m.end()))
            m = rx["kk_nominal"].search(st) if _may_hold(low, "kk_nominal") or _may_hold(low, "kk_converb") \
                else None
            while m and (later := rx["kk_nominal"].search(st, m.end("cue"))):
                m = later  # "... келіспейтінін айтып, ... жүгінетінін мәлімдеді": the last verb is the sentence's
            if m is None and _may_hold(low, "kk_dative"):
                m = rx["kk_dative"].search(st)  # "... су берілмегеніне шағымданды": what she complained of
            if m:
                cue_s = m.start("cue")
                subj = _kk_subject(ctx, ss, m.start("obj"))
                if subj is not None:
                    start = _kk_frame_end(st, subj[2], m.start("obj"))
                    who = subj[:2]
                    for inner in rx["kk_nominal_inner"].finditer(st, start, m.start("obj")):
                        # "X заң жобасын қолдайтынын жеткізді, алайда ... асатынын еске салды": two things said
                        cue_span = (ss + inner.start("cue"), ss + inner.end("cue"))
                        add(start, inner.end("obj"), inner.group("cue"), cue_span, who)
                        start = inner.end()
                    add(start, m.end("obj"), m.group("cue"), (ss + cue_s, ss + m.end("cue")), who)
            inverted = rx["kk_dep_inverted"].search(st) if ", деп " in st else None
            if inverted and (ctx.persons_in(ss + inverted.start("who"), ss + inverted.end("who"))
                             or any(position_stem(w.strip(",.")) for w in inverted.group("who").split()[:3])
                             or inverted.group("who").split()[:1] == ["ол"]):  # ("..., деп айтты ол.")
                add(0, inverted.start(), "деп " + inverted.group("cue"),
                    (ss + inverted.start("dep"), ss + inverted.end("cue")), inverted.span("who"))
            m = rx["kk_dep"].search(st)
            if m:
                subj = _kk_subject(ctx, ss, m.start())
                if subj is not None:
                    # "X заң жобасын қолдады, бірақ мерзімін тым ұзақ деп бағалады": what X did first is no
                    # part of what he judged
                    clauses = list(_KK_BUT.finditer(st, subj[2], m.start()))
                    start = clauses[-1].end() if clauses else subj[2]
                    add(start, m.start(), "деп " + m.group("cue"), (ss + m.start(), ss + m.end()), subj[:2])
    return out


# where, when or to whom something was said, after who said it: "в ходе", "на брифинге", "в аэропорту" (a
# preposition and a lower-case word: "посол Казахстана в России" names a post), "журналистам", "агентству
# Tengrinews.kz", "нашему изданию" (an outlet's noun in the dative), "собравшимся", "жителям" (the audience)
_AFTER_SPEAKER = re.compile(r"\s(?:в|во|на)\s+(?!отставке)(?=(?-i:[а-яё]))|\s(?:во\s+время|после|перед|в\s+(?:интервью|"
                            r"беседе|речи|выступлении|обращении|суде|своем|своём|эфире|кулуарах|телеграм|telegram|"
                            r"facebook|instagram)|(?:нашему\s+|нашим\s+)?(?:журналистам|журналисту|корреспонденту|"
                            r"корреспондентам|агентству|изданию|порталу|телеканалу|журналу)|собравшимся|"
                            r"присутствующим|жителям|участникам|депутатам|студентам|гостям|слушателям|"
                            r"өткен|берген)(?![\w-])", re.I)


# a town, a district, a region, whose head ("қала басшысы", "глава региона") is its akim, with the words of an
# akim's role that say which level the noun names (previous_holder reads their first four letters): a region's
# akim is "облысының әкімі" or "аким ... области", a district's "ауданының", "района"; a town's has none
_REGION, _DISTRICT = ("облысы", "области"), ("ауданы", "района")
_PLACE_LEVEL = {"қала": (), "облыс": _REGION, "аудан": _DISTRICT, "өңір": _REGION, "аймақ": _REGION, "город": (),
                "област": _REGION, "регион": _REGION, "район": _DISTRICT}
_PLACE_NOUN = re.compile(f"(?:{'|'.join(_PLACE_LEVEL)})")


# "as X said": the speaker in the nominative, or none at all ("Айтқандай, ...": by the way)
_KK_AS_SAID = re.compile(r"(?:ғандай|гендей|қандай|кендей)$", re.I)


def _about_after(rx: dict[str, re.Pattern], st: str) -> re.Match | None:
    """A sentence that says its speaker first and then that the sentence before is what was said ("X бұл
    туралы брифингте мәлім етті", "Министр сообщил об этом журналистам"), with its cue as group "cue"."""
    if "об этом" in st:
        return rx["about_this_after_ru"].match(st)
    return rx["about_this_after"].match(st) if "бұл" in st.lower() else None


def _about_who(st: str, about: re.Match) -> int:
    """Where the speaker of "Об этом заявил министр Мади Такиев в ходе брифинга ..." ends: before the first
    phrase of when, where or to whom, so a person named there ("после встречи с Жозе Мануэлом Баррозу") is
    not taken for the speaker."""
    m = _AFTER_SPEAKER.search(st, about.end("cue"))
    return m.start() if m else len(st)


_PLURAL_VERB = re.compile(r"[а-яё]+(?:ли|ют|ят|ут|ены|аны)")  # заявили, считают, говорят, уверены, убеждены
_DISCOURSE_OPENER = re.compile(r"^(?:(?:в\s+свою\s+очередь|в\s+то\s+же\s+время|в\s+итоге|в\s+частности|"
                               r"одновременно\s+с\s+этим|при\s+этом|тем\s+не\s+менее|тем\s+временем|также|однако|кроме\s+того|"
                               r"впрочем|между\s+тем|алайда|сондай-ақ|ал|а|бірақ|сонымен\s+қатар|"
                               # when: "Ранее КазТАГ сообщал", "Накануне в Минфине заявили"
                               r"ранее|позднее|позже|накануне|вчера|сегодня|затем|впоследствии|кеше|бүгін|кейін|"
                               r"бұған\s+дейін|бұдан\s+бұрын)[\s,]+)+", re.I)
_SPEAKER_PREPOSITIONS = frozenset("в во на из у по для с со при перед после".split())
_NAME_WORD = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z]?[а-яёa-z]+)?")
# a Kazakh plural, in the genitive or not: "Мамандардың айтуынша", "Тұрғындар" (experts, residents),
# "мамандарының"
_KK_PLURAL = re.compile(rf"(?:{'|'.join(names.KK_PLURAL)})(?:ы|і)?(?:{'|'.join(names.KK_GENITIVE)})?$")
# where and to whom something was said, before what was said: "(журналистерге) берген сұхбатында", "өткен
# брифингте": (a dative,) a participle and a locative
# "... жауап бере отырып,": a converb clause of what the speaker was doing when speaking
_KK_WHILE = re.compile(r"(?:[^\s,.«»]+\s+){0,5}?[^\s,.«»]+\s+отырып\s*,\s*", re.I)
# a kinship word or an honorific after a given name, which is how the speaker is called: "Бақытжан ағай"
_KK_KIN = re.compile(rf"(?:{'|'.join(sorted(names.KK_KIN + names.KK_COURTESY, key=len, reverse=True))})(?![\w-])[ ,]*",
                     re.I)


_KK_SETTING = re.compile(rf"(?:\w+(?:{'|'.join((*names.KK_DATIVE, 'на', 'не'))})\s+)?"
                         rf"\w+(?:{'|'.join(names.KK_PARTICIPLE)})\s+\w+(?:{'|'.join(names.KK_LOCATIVE)})\s+", re.I)
_KK_TOPIC = re.compile(r"(?:болса|өз\s+кезегінде|да|де|та|те)(?![\w])[ ,]*", re.I)
_CLAUSE_BREAK = re.compile(rf",|(?<![\s(][{_CAPITAL}])\.(?=\s)")


@cache
def _kk_source_heads() -> frozenset[str]:
    return data_words("kk_body_heads.txt") | data_words("kk_source_bodies.txt")


def _kk_no_one_after(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the words after a Kazakh verb of saying name no speaker: none at all, or only where it was said
    or written ("«...» деп жазды өзінің Facebook парақшасында", "... Telegram-арнасында"), no person and no
    title in them; the speaker is then named before the words."""
    words = ctx.text[start:end].strip(" \t.,!").split()
    return not words or (bool(_KK_LOCATIVE_WORD.search(words[-1].lower())) and not ctx.persons_in(start, end)
                         and not any(position_stem(w.strip(",.")) for w in words))


def _kk_body_opening(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a body's name that opens a Kazakh sentence, up to its head noun in the possessive
    ("Алматы қалалық полиция департаменті", "Сыбайлас жемқорлыққа қарсы қызметі") or a capitalised bare one
    first ("Үкімет"), as the subject of words in marks that follow: the body speaks, no person named before.
    A pronoun first ("Ол үй туралы «...» деді") is the subject instead; None then, and when no head is there."""
    words = list(re.finditer(r"[^\W\d_][\w-]*", text[start:end]))
    if not words or words[0].group(0).lower() in PRONOUNS:
        return None
    heads = _kk_source_heads()
    for k, w in enumerate(words[:6]):
        low = w.group(0).lower()
        if low in heads and ((k and low.endswith(("ы", "і"))) or (k == 0 and w.group(0)[:1].isupper())):
            return start + words[0].start(), start + w.end()
    return None


def _kk_body_head(word: str) -> bool:
    """Whether a Kazakh word is a noun that heads a body's or an institution's name, bare or in the genitive
    ("департаментінің", "Үкіметтің", "қорының"; data/kk_body_heads.txt, data/kk_source_bodies.txt)."""
    low = word.strip(",.«»").lower()
    heads = _kk_source_heads()
    return low in heads or any(low.endswith(g) and low[:-len(g)] in heads for g in names.KK_GENITIVE)


def _clause_start(st: str, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last comma or full stop before it. A dot inside a
    word ("Tengrinews.kz", "т.е") is no full stop, nor is an initial's ("Гульнара С. рассказала, что")."""
    k = 0
    for m in _CLAUSE_BREAK.finditer(st, 0, pos):
        k = m.end()
    return k


def _subject(st: str, who: tuple[int, int], converb: bool = False) -> tuple[int, int]:
    """The clause before a Russian "что"-verb, from its last comma (the subject is in it). When the verb
    follows a comma right away, an apposition between commas stands between it and its subject ("Евгения
    Козырева, руководитель бюро, считает, что"): the subject is the clause before the apposition. A
    `converb` ("..., заявив, что") always follows its clause's comma, and its subject is that clause's."""
    start = _clause_start(st, who[1])
    lead = st[start:who[1]].split()
    joined = bool(lead) and lead[0].lower() in ("и", "а", "но", "однако")
    if joined:
        lead = lead[1:]  # "поблагодарил партнеров, но подчеркнул, что": the verb's subject is the first verb's
    # "..., ныне председатель Мажилиса, не раз говорил, что": adverbs before the verb name no one
    lead = lead[next((k for k, w in enumerate(lead) if names.ru_pos(w.lower()) not in ("ADVB", "PRCL")
                      and not (k and w.lower() == "раз" and lead[k - 1].lower() == "не")), len(lead)):]
    if start and st[start - 1] == "," and (not lead or names.ru_pos(lead[0].lower()) == "VERB"):
        # the clause is empty or opens with a verb, the first of the subject's ("Председатель КНР, в свою
        # очередь, поблагодарил ... и подчеркнул, что"): the subject is before the clause between commas
        inner = _clause_start(st, start - 1)
        if inner and st[inner - 1] == "," and len(st[inner:start].split()) <= 15:
            start = _clause_start(st, inner - 1)
        elif lead or joined or converb:
            start = inner  # "Министр поблагодарил коллег, и подчеркнул, что": the clause before
    if converb and start and re.match(r"\s*котор", st[start:]):
        start = _clause_start(st, start - 1)  # "Ассоциация, которая объединяет ..., выступила ..., отметив"
    if converb and (close := max(st.rfind(c, start, who[1]) for c in "»\"”")) >= 0:
        # "«...», — сказал он, заверив, что": the converb's subject is the speech verb's, after the quote
        after = _rx()["after"].match(st[close + 1:who[1]])
        start = close + 1 + (after.end("cue") if after else 0)
    return start, who[1]


# what may open a Kazakh sentence before its subject: "Ал", "Сондай-ақ", "Алайда ол ... айтты"
_KK_OPENER = r"(?:(?:Ал|Сондай-ақ|Алайда|Бірақ|Дегенмен|Сонымен\s+қатар|Сонымен\s+бірге|Өз\s+кезегінде)[\s,]+)?"
_KK_PRONOUN = r"(?i:ол|олар)"  # he or she, they: a Kazakh subject's pronoun
_KK_PRONOUN_WORD = re.compile(rf"(?<![\w-]){_KK_PRONOUN}(?![\w-])")
_KK_PRONOUN_SUBJECT = re.compile(rf"\s*{_KK_OPENER}({_KK_PRONOUN})\s")
_KK_FIRST_WORD = re.compile(rf"\s*{_KK_OPENER}([^\W\d_][\w-]*)\s")
_KK_RANKS = frozenset(["бас", "аға"])  # chief and senior: "Бас прокурор", "Аға тергеуші"
_KK_FIRST_TWO = re.compile(rf"\s*{_KK_OPENER}([^\W\d_][\w-]*)\s+([^\W\d_][\w-]*)\s")


def _ru_case_of(low: str, stem: str) -> bool:
    """Whether a word in Kazakh text is a Russian case of a title's stem that ends in a consonant ("премьера",
    a premiere, which Kazakh writes for the theatre's; the premier's genitive would be "премьердің"): Kazakh
    adds no bare vowel to a consonant."""
    return stem[-1:] not in names.VOWELS and low in (stem + "а", stem + "я", stem + "у")


# a postposition of time that closes an adverbial after the speaker: "отырысынан кейін", "сапар барысында"
_KK_POSTPOSITION_OF_TIME = frozenset("кейін соң бұрын дейін кезінде барысында алдында".split())
# a lower-case word in the locative: where something was said ("әуежайда", "алаңда")
_KK_PLACE_WORD = re.compile(rf"[^\W\d_{_CAPITAL}][^\W\d_]+(?:{'|'.join(names.KK_LOCATIVE)})")


@cache
def _kk_setting() -> re.Pattern:
    """An occasion's or a channel's noun in the locative (`data/kk_speech_settings.txt`): "брифингте",
    "сұхбатында", "сөзінде", "парақшасында"; after a hyphen too ("Telegram-арнасында")."""
    stems = "|".join(sorted(data_words("kk_speech_settings.txt"), key=len, reverse=True))
    return re.compile(rf"(?:[\w]+-)?(?:{stems})(?:{'|'.join(names.KK_POSSESSIVE)})?(?:{'|'.join(names.KK_LOCATIVE)})",
                      re.I)


# a connective that ties a Kazakh saying to the one before ("also", "besides", "but"), no part of what was said
_KK_CONNECTIVE = re.compile(r"\s*(?:сондай-ақ|сонымен\s+қатар|сонымен\s+бірге|бұған\s+қоса|бұдан\s+бөлек|алайда)"
                            r"(?![\w-])[\s,]*", re.I)

# when a Kazakh speaker said it, right after the speaker: "бұған дейін" (before this), "кеше" (yesterday)
_KK_WHEN_SAID = re.compile(r"\s*(?:бұған\s+дейін|бұдан\s+бұрын|осыған\s+дейін|ертерек|жақында|кеше|бүгін)"
                           r"(?![\w-])[\s,]*", re.I)


def _kk_frame_end(st: str, start: int, end: int) -> int:
    """Where what a Kazakh speaker said begins, between the speaker (ending at `start`) and the nominalised
    verb (at `end`): past the occasion or channel of the saying ("Министр брифингте жалақы өсетінін айтты",
    "Хабар 24 арнасына берген сұхбатында ... екенін ескертті") and past a converb clause of what the speaker
    did first ("съездің шешімдеріне қатысты пікір білдіріп, ... арттыратынын айтты"). A locative further in,
    after a word that is none of the frame's, is the content's own ("Үкімет отырысында ... қаралатынын")."""
    frame = _rx()["kk_frame_converb"].search(st, start, end)
    if frame and not re.search(_KK_REPORTED, st[start:frame.start()]):
        start = frame.end()
    while (connective := _KK_CONNECTIVE.match(st, start, end) or _KK_WHEN_SAID.match(st, start, end)):
        start = connective.end()  # "Генерал сондай-ақ ... қабылданатынын айтты": also ties the saying to the last;
        # "Ержан Біржанов бұған дейін ... қарайтынын мәлімдеген": when it was said
    words = list(re.finditer(r"\S+", st[start:end]))
    for k, w in enumerate(words[:4]):
        token = w.group(0).strip(",«»\"")
        if _kk_audience(token.lower()) and len(words) - k > 1 \
                and all(_kk_frame_word(x.group(0).strip(",«»\"")) for x in words[:k]):
            # whom it was told ("журналистерге", "Kazinform тілшісіне", "БАҚ өкілдеріне"): the frame's too
            start = _past_commas(st, start + w.end(), end)
            words = list(re.finditer(r"\S+", st[start:end]))
            break
    for k, w in enumerate(words[:6]):
        token = w.group(0).strip(",«»\"")
        if _kk_setting().fullmatch(token) and len(words) - k > 1:
            # before it, only its own phrase: a name, whose it is, to or with whom, a participle ("Хабар 24
            # арнасына берген", "Үкімет отырысында сөйлеген", "журналистермен өткен"), never the content's words
            if all(_kk_frame_word(x.group(0).strip(",«»\"")) for x in words[:k]) \
                    or _kk_held_in(words[:k]):
                start = _past_commas(st, start + w.end(), end)
                after = re.match(r"\s*(\S+)", st[start:end])
                if after and _kk_audience(after.group(1).strip(",«»\"").lower()) \
                        and len(st[start:end].split()) > 1:
                    # "облысқа сапарында фермерлерге ... беретінін мәлімдеді": the audience after the occasion
                    start = _past_commas(st, start + after.end(), end)
                return start
    return start


def _kk_held_in(words: list[re.Match]) -> bool:
    """Whether the words before an occasion's noun say where it was held: a name opened by a capital, in the
    locative, and the participle "held" ("Орталық коммуникациялар қызметінде өткен брифингте"), or in the
    locative made an adjective ("... қызметіндегі брифингте"), whose lower-case nouns `_kk_frame_word` would
    take for the content's."""
    tokens = [w.group(0) for w in words]
    if not tokens or not tokens[0][:1].isupper() or any(re.search(r"[,.;:«»\"]", t) for t in tokens):
        return False
    # "Орталық коммуникациялар қызметіндегі брифингте": the locative that makes an adjective says the same
    return (2 <= len(tokens) <= 5 and tokens[-1].lower() in _KK_HELD and tokens[-2].endswith(names.KK_LOCATIVE)) \
        or (len(tokens) <= 4 and tokens[-1].lower().endswith(_KK_AT_ADJECTIVE))


_KK_HELD = ("өткен", "өтетін", "болған", "ұйымдастырылған", "өткізілген")
_KK_AT_ADJECTIVE = ("дағы", "дегі", "тағы", "тегі")


def _past_commas(text: str, pos: int, end: int) -> int:
    """Where the words after `pos` begin, past the spaces and commas that separate them (not beyond `end`)."""
    return pos + len(text[pos:end]) - len(text[pos:end].lstrip(" ,"))


@cache
def _kk_audience_rx() -> re.Pattern:
    stems = "|".join(sorted(data_words("kk_audiences.txt"), key=len, reverse=True))
    # (the back-vowel endings too: "тұрғындарға", "ата-аналарға")
    return re.compile(rf"(?:{stems})(?:тер|дер|лер|ер|тар|дар|лар)?(?:і|сі|іміз|ы|сы|ымыз|ң|ің|ың)?"
                      r"(?:ге|ке|не|ға|қа|на)")


def _kk_audience(word: str) -> bool:
    """A noun of whom a speaker told it, in the dative (`data/kk_audiences.txt`): "журналистерге",
    "тілшісіне", "өкілдеріне" (never "өкілеттігіне", another word)."""
    return bool(_kk_audience_rx().fullmatch(word))


def _kk_frame_word(word: str) -> bool:
    """A word of the phrase that names where or to whom a Kazakh speaker spoke (see `_kk_frame_end`)."""
    low = word.lower()
    return word[:1].isupper() or word[:1].isdigit() or low in _KK_FRAME_ADJECTIVES or low in _KK_WHEN \
        or low.endswith(names.KK_PARTICIPLE + names.KK_DATIVE + names.KK_GENITIVE + ("на", "не")) \
        or (len(low) > 5 and low.endswith(names.KK_INSTRUMENTAL)) or bool(_kk_setting().fullmatch(low))


# whose or what kind the occasion or the channel is: "өз парақшасында", "ресми хабарламасында", "жеке парақшасында";
# which of them: "соңғы сөзінде" (a defendant's last word), "қорытынды сөзінде", "алғашқы сұхбатында"
_KK_FRAME_ADJECTIVES = frozenset(("өз", "өзінің", "баспасөз", "ресми", "жеке", "соңғы", "қорытынды", "алғашқы"))

# when the speaker spoke, in the frame before an occasion or an audience: "өткен аптада журналистерге берген
# сұхбатында", "кеше брифингте", "сейсенбіде өткен жиында"
_KK_WHEN = frozenset("кеше бүгін жақында таңертең кеште аптада айда күні жылы дүйсенбіде сейсенбіде сәрсенбіде "
                     "бейсенбіде жұмада сенбіде жексенбіде".split())


# what joins two Kazakh names in one subject: "X пен Y", "X және Y", "X, Y"
_KK_AND = re.compile(r"[ \u00a0]+(?:мен|пен|бен|және)[ \u00a0]+|,[ \u00a0]+")


def _heads(ctx: _Ctx, i: int | None) -> bool:
    """Whether the person at `i` holds a head's title (`_HEAD_TITLES`): one a generic head ("Ведомство
    басшысы") may mean; a person named with no title is not."""
    return i is not None and bool(_role_stems(ctx.mentions[i]) & _HEAD_TITLES)


_KK_HIMSELF = re.compile(r"[ \t]+өзі(?![\w-])")


def _himself_opens(ctx: _Ctx, ss: int, k: int) -> bool:
    """Whether mention k opens the sentence at ss in the genitive with "өзі" (himself) after it: "Сәтбаевтың өзі
    ... мойындады" is Sätbaev, who admitted; after a title ("Министр Тоқаевтың өзі ... айтты") the title speaks."""
    m = ctx.mentions[k]
    return not ctx.text[ss:m.start].strip() and _KK_HIMSELF.match(ctx.text, m.end) is not None


# a participle of leading right after a name: the name is the leader of the subject, not the subject
_KK_LED_BY = re.compile(r"[ \u00a0]+(?:бастаған|басқарған|басқаратын|бастайтын|(?:жетекшілік|төрағалық)[ \u00a0]+"
                        r"(?:ететін|еткен))(?![\w-])")
# a postposition of what is spoken about: "... Данияр Бекмағамбетов туралы сөз болып отырғанын растады" (the
# source confirmed it was about him)
_KK_ABOUT = re.compile(r"[ \u00a0]+(?:туралы|жөнінде|жайлы|жайында|турасында)(?![\w-])")


def _kk_subject(ctx: _Ctx, ss: int, content_end: int) -> tuple[int, int, int] | None:
    """Kazakh SOV: the speaker is the first person named in the sentence before the content, or a pronoun.

    Returns (start, end) of the speaker words relative to the sentence, and where the subject ends (past the
    names joined to the speaker's), after which the content starts.
    """
    # a name in another case is no subject ("Президент Тоқаевтың ... акциясын «теңдессіз» деп бағалады
    # экономистер": economists judged Tokayev's campaign)
    persons = ctx.persons_in(ss, ss + content_end)
    # ("Сәтбаевтың өзі ... мойындады": a genitive with "өзі", himself, that opens the sentence is its subject)
    named = [k for k in persons if _cases(ctx.mentions[k], "kk") != {"gent"} or _himself_opens(ctx, ss, k)]
    # ("Андрей Бабиш бастаған Чехия Үкіметі ... мәлімдеген": led by him, the government is the subject)
    named = [k for k in named if not _KK_LED_BY.match(ctx.text, ctx.mentions[k].end)
             and not _KK_ABOUT.match(ctx.text, ctx.mentions[k].end)]
    st = ctx.text[ss:ss + content_end]
    if named and all(_cases(ctx.mentions[k], "kk") == {"object"} for k in named) and _KK_PRONOUN_SUBJECT.match(st):
        named = []  # "Ол бұл туралы Білім министрі Ғани Бейсембаевқа ұсыныс жолдағанын айтты": she, who wrote to
        # the minister
    elif named and all(_cases(ctx.mentions[k], "kk") == {"object"} and ctx.mentions[k].surface.lower().endswith(
            names.KK_ACCUSATIVE + names.KK_DATIVE + names.KK_INSTRUMENTAL) for k in named):
        # (an instrumental's "-мен" too, "шабуылшы Жуан Виктор Сантоспен келісімшарт жасасқанын", with whom, once
        # off the name: "Ләззат Сүлеймен" ends so in the nominative, which `_cases` reads as such)
        lead = ctx.text[ss:ctx.mentions[named[0]].start]
        if any(x.kind != "person" and ss <= x.start and x.end <= ctx.mentions[named[0]].start for x in ctx.mentions) \
                or any(position_stem(w.strip(",«»")) for w in lead.split()):
            # "Үкіметтің баспасөз қызметі Е.Қарашөкеевті ... таныстыратынын хабарлады": a body or a title before a
            # name in an object's case is the subject, who told of the one named
            words = lead.rstrip()
            return len(lead) - len(lead.lstrip()), len(words), len(words)
    if named:
        m, end = ctx.mentions[named[0]], ctx.mentions[named[0]].end
        if _himself_opens(ctx, ss, named[0]):
            end = _KK_HIMSELF.match(ctx.text, end).end()
        for k in named[1:]:  # "Ерлан Сапаров пен Асқар Нұров ... айтты": the subject holds them all, the
            # first the speaker, as in Russian; the second may have a title ("Эммануэль Макрон мен Германия
            # канцлері Фридрих Мерц ... мәлімдеді")
            between = ctx.text[end:ctx.mentions[k].start]
            role = ctx.mentions[k].role
            if not _KK_AND.fullmatch(between) and not (
                    role and between.endswith(role + " ") and _KK_AND.fullmatch(between[:-len(role) - 1] + " ")):
                break
            end = ctx.mentions[k].end
        return m.start - ss, m.end - ss, end - ss
    m = _KK_PRONOUN_SUBJECT.match(st)
    if m:
        return m.start(1), m.end(1), m.end(1)
    # a bare title opens the sentence ("Министр бұл мәселе ... шешілетінін жеткізді"): only a holder the
    # article named before; not a title in another case ("Министрдің"), nor one of the name after it
    # ("Президент Тоқаевтың ... акциясын")
    m = _KK_FIRST_WORD.match(st)
    if m and bare_title(m.group(1)) and not any(ctx.mentions[k].start == ss + m.end() for k in persons) \
            and not any(x.kind != "person" and x.start == ss + m.start(1) for x in ctx.mentions) \
            and ctx.previous_holder(ss, [m.group(1)], Spans()) is not None:
        # (not a body's first word: "Президент Әкімшілігі хаттың келіп түскенін растады" is the
        # Administration's word)
        return m.start(1), m.end(1), m.end(1)
    # a title whose word before says of what ("Ведомство басшысы ... еске салды", "Қала әкімі ... айтты"): the
    # holder named before; a generic head ("басшысы") of a body's or a place's noun, the head the article named
    # last, no deputy ("Қытай басшысы", a country's, is no one the article named as such)
    m = _KK_FIRST_TWO.match(st)
    if m and (stem := position_stem(m.group(2))) and m.group(2).lower().endswith(names.KK_POSSESSIVE) \
            and not any(ctx.mentions[k].start in (ss + m.start(1), ss + m.end()) for k in persons) \
            and (ctx.previous_holder(ss, [m.group(2)], Spans()) is not None
                 or (stem in _GENERIC_HEADS and (_kk_body_head(m.group(1)) or _PLACE_NOUN.match(m.group(1).lower()))
                     and _heads(ctx, ctx.previous_person(ss, None, Spans(), head=True)))):
        return m.start(1), m.end(2), m.end(2)
    # "Бас прокурор ... айтты", "Аға тергеуші": a title with its rank before it, the holder named before
    if m and m.group(1).lower() in _KK_RANKS and bare_title(m.group(2)) \
            and not any(ctx.mentions[k].start == ss + m.end() for k in persons) \
            and ctx.previous_holder(ss, [m.group(2)], Spans()) is not None:
        return m.start(1), m.end(2), m.end(2)
    return None
