"""Clean: strip site chrome, boilerplate and datelines from a page; keep every sentence of the article.

A page is read as lines. Whole lines that are chrome (menus, tickers, widgets, related-items lists,
runs of dates, bylines, paid-material notices, photo credits) are removed; inside the kept lines,
source credits ("передает Liter.kz", "деп хабарлайды BAQ.KZ") and photo markers ("(суретте)") are
cut out. What carries meaning moves into fields: title and lead (once), the publication time,
outlet, author, sponsor. Every removed span is returned with its offsets in the decoded input and a
reason, so nothing disappears silently.

The patterns are in `data/chrome.tsv` and `data/outlets.tsv`; every regex here is bounded so that a
line of megabytes or 200,000 guillemets cannot make it backtrack.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, time
from functools import cache

from sayasat import dates, names
from sayasat.resources import data_rows, data_words, outlet_alternation, outlets, positions

MAX_CHROME_LINE = 160
SENT_END = ".!?…"


@dataclass(frozen=True)
class Removed:
    """A span cut from the decoded input (offsets into it), with the contract's reason."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    lead: str | None = None
    published_at: datetime | None = None
    outlet: str | None = None
    author: str | None = None
    is_sponsored: bool = False
    sponsor: str | None = None
    removed: list[Removed] = field(default_factory=list)

    @property
    def removed_chars(self) -> int:
        return sum(r.end - r.start for r in self.removed)


@dataclass
class _Line:
    start: int  # offset of the stripped content in the decoded input
    text: str  # the stripped content
    kind: str = "content"  # content | blank | chrome | date | sep
    reason: str | None = None
    updated: bool = False  # a date line labelled as an update time, not publication
    author: str | None = None  # the name a date line gives beside the date ("19 ноября 2026, 16:20 · Дана Омарова")
    outlet: str | None = None  # a listed outlet or a domain a date line gives beside the date and the name
    when: datetime | None = None  # a date line's time, read once by `_classify`
    cuts: list[tuple[int, int, str]] = field(default_factory=list)  # inline removals, offsets in the line

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# ---------------------------------------------------------------- patterns from data files

@cache
def _patterns() -> dict[str, list]:
    out: dict[str, list] = {"line": [], "related": [], "comments": [], "menu": set(), "inline_photo": [],
                            "social": set()}
    for reason, kind, pattern in data_rows("chrome.tsv", 3):
        if kind == "line" and reason == "related_heading":
            out["related"].append(re.compile(pattern, re.I))
        elif kind == "line" and reason == "comments_heading":
            out["comments"].append(re.compile(pattern, re.I))
        elif kind == "line":
            out["line"].append((reason, re.compile(pattern, re.I)))
        elif kind == "menu":
            out["menu"].update(pattern.split())
        elif kind == "social":
            out["social"].update(pattern.split())
        elif kind == "inline":
            out["inline_photo"].append(re.compile(r"[ \t]?" + pattern, re.I))
    return out


def _outlet_re() -> str:
    known = outlet_alternation()
    domain = (r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9-]{2,30}"
              r"\.(?:[Kk][Zz]|[Rr][Uu]|[Cc][Oo][Mm]|[Kk][Gg]|[Uu][Zz]|media|info|news|asia|org|net)\b")
    # up to four capitalised words: "The Wall Street Journal", "Agence France-Presse"
    latin = r"[A-Z][A-Za-z0-9]{1,30}(?:[ -](?:[A-Z0-9][A-Za-z0-9]{0,30}|24|TV)){0,3}"
    return rf"(?P<outlet>{domain}|(?i:{known})\b|{latin})"


_RU_CREDIT_VERBS = ("передаёт", "передает", "сообщает", "пишет", "информирует", "сообщают", "передают")
_KK_CREDIT_VERBS = ("хабарлайды", "хабарлады", "жазады", "жазды", "мәлімдейді", r"хабар\s+таратады")
_RU_CREDIT_VERB = f"(?:{'|'.join(_RU_CREDIT_VERBS)})"
_CITING = r"(?:\s+со\s+ссылкой\s+на\s+[^.!?\n]{1,80})?"
_KK_CREDIT_VERB = f"(?:{'|'.join(_KK_CREDIT_VERBS)})"
_CREDIT_MEDIATOR = (r"(?:(?:собственный\s+)?корреспондент(?:ка)?\s+|собкор\s+|агентство\s+|издание\s+|сайт\s+|"
                    r"портал\s+|информагентство\s+)?")


@cache
def _credit_patterns() -> list[tuple[re.Pattern, tuple[str, ...]]]:
    """The credit patterns, each with words one of which every match of it contains (none: no shortcut).
    Most lines hold none of them, and a substring test rules a line out far faster than the pattern."""
    out = _outlet_re()
    end = r"(?=\s*[.!]?\s*$|[.!]\s)"
    verbs = tuple(v.split("\\")[0] for v in _RU_CREDIT_VERBS + _KK_CREDIT_VERBS)  # "хабар\s+таратады": "хабар"
    return [
        # a whole sentence that only credits the source: "Об этом сообщает Tengrinews.kz."
        # ("... со ссылкой на пресс-службу МВД": whom the outlet cites goes with the credit)
        (re.compile(rf"(?:^|(?<=[.!?»]\s))(?:Об\s+этом|Как|Бұл\s+туралы)\s+{_RU_CREDIT_VERB}?\s*{_CREDIT_MEDIATOR}"
                    rf"«?{out}»?(?:\s+тілшісі)?\s*{_KK_CREDIT_VERB}?{_CITING}\s*(?:[.!](?=\s|$)|$)"),
         ("Об", "Как", "Бұл")),
        # trailing: "..., передает Liter.kz" / "..., – пишет Orda.kz" / "..., (деп) хабарлайды BAQ.KZ" /
        # "..., сообщает агентство «Казинформ»"
        (re.compile(rf"(?:,\s*(?:[—–-]\s*)?|\s+[—–-]\s+)(?:{_RU_CREDIT_VERB}\s+{_CREDIT_MEDIATOR}|"
                    rf"(?:деп\s+)?{_KK_CREDIT_VERB}\s+)"
                    rf"«?{out}»?(?:\s+тілшісі)?{_CITING}{end}"), verbs),
        # leading: "Как передает Kazinform, ..."
        (re.compile(rf"(?:^|(?<=[.!?»]\s))(?:Как|Как\s+ранее)\s+{_RU_CREDIT_VERB}\s+{_CREDIT_MEDIATOR}{out},\s*"),
         ("Как",)),
        # Kazakh leading: "Kazinform тілшісінің хабарлауынша, ..."
        (re.compile(rf"^{out}\s+(?:тілшісінің\s+)?хабарлауынша,\s*"), ()),
        # trailing, the outlet unnamed (the dateline names it): "..., передает корреспондент агентства",
        # "..., – деп хабарлайды агенттік тілшісі"
        (re.compile(rf"(?:,\s*(?:[—–-]\s*)?|\s+[—–-]\s+)(?:{_RU_CREDIT_VERB}\s+(?:собственный\s+)?"
                    r"(?:корреспондент(?:ка)?|собкор)\s+(?:агентства|издания|портала|сайта|редакции)|"
                    rf"(?:деп\s+)?{_KK_CREDIT_VERB}\s+(?:агенттік|басылым|портал|сайт)\s+тілшісі)(?P<outlet>){end}"),
         verbs),
    ]


# the letters of names, capital and small, in Kazakh and Russian Cyrillic and in Latin
_UP_LETTER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW_LETTER = "a-zа-яёәғқңөұүһі"
_SOURCE_LINE = re.compile(r"^(?:источник|дереккөз|ақпарат\s+көзі|source)\s*[:：]\s*"
                          r"(?P<outlet>[^\s:][^:]{1,60}?)\s*\.?$", re.I)
# the interviewer's labels, among the byline's: see `_INTERVIEWER`
_INTERVIEWER_LABEL = r"беседовал[аи]?|интервью\s+взял[аи]?|сұхбаттасқан|сұхбатты\s+жүргізген|әңгімелескен"
_BYLINE_LABEL = (rf"автор(?:ы)?(?:\s+текста)?|текст|подготовил[аи]?|материал\s+подготовил[аи]?|{_INTERVIEWER_LABEL}|"
                 r"дайындаған|әзірлеген|материалды\s+дайындаған|жазған|тілші|корреспондент")
# a television crew's other credits, after the reporter's: "Тілші: Динара Әбенова, оператор: Марат Сейітов"
_CREW_LABEL = (r"оператор|видеооператор|бейнеоператор|монтаж\w*|режисс[её]р\w*|видео|бейне|фото|фотограф|"
               r"дизайн\w*|инфографика")
# the label, then a separator and the name, or without one a name alone: "Әңгімелескен Айгүл Сейілова" (ingest
# reads it too, in an HTML page's head); the crew's credits after the name are no author's; a question is no
# name ("Тілші: Ал қанша керек?", a transcript's)
BYLINE = re.compile(rf"^(?P<label>{_BYLINE_LABEL})(?:\s*[:：—–-]\s*(?P<name>[^\d:?!]{{3,80}}?)"
                    rf"(?:\s*[,;|]\s*(?:{_CREW_LABEL})\s*[:：—–-]\s*[^\d:]{{3,80}}?)?|"
                     r"(?<!текст)(?<!тілші)(?<!жазған)\s+(?P<bare>"  # "Текст Конституции Казахстана" is a heading
                     rf"(?-i:[{_UP_LETTER}][{_LOW_LETTER}]+(?:\s+[{_UP_LETTER}](?:[{_LOW_LETTER}]+|[{_UP_LETTER}]+))"
                     r"{1,2})))"  # "Беседовала Ольга ВЛАСОВА": a surname in capitals, as signatures print it
                     r"\s*\.?$", re.I)
_BYLINE_OPENS = re.compile(rf"(?:{_BYLINE_LABEL})(?![\w])", re.I)
# the extractor keeps a byline's label and drops its colon: "Автор Динара Ахметова"; and the crew's credits
# after it: "Тілші Динара Әбенова Оператор Марат Сейітов"
_META_AUTHOR_LABEL = re.compile(rf"^(?:{_BYLINE_LABEL}|author|by)\s*[:：—–-]?\s+(?=\S)", re.I)
_META_CREW = re.compile(rf"\s*[,;|]?\s+(?:{_CREW_LABEL})(?:\s*[:：—–-])?\s+\S.*$", re.I)
# An interview's byline names a participant (the questions are hers): the label goes, the name stays.
_INTERVIEWER = re.compile(rf"^(?:{_INTERVIEWER_LABEL})\s*[:：—–-]?\s*", re.I)
_SPONSOR_PATTERNS = [
    # Kazakh election-fund notice: "<who> сайлау қорының қаражаты есебінен төленді"
    re.compile(r"^(?P<sponsor>.{0,200}?)\s*(?:кандидат\w*\s+)?сайлау\s+қор\w*\s+қаражат\w*\s+есебінен\s+төлен\w*\.?$",
               re.I),
    re.compile(r"^(?:материал\s+)?оплачен\w*\s+из\s+(?:средств\s+)?избирательного\s+фонда\s*(?P<sponsor>.{0,200}?)\.?$",
               re.I),
    re.compile(r"^(?P<sponsor>)(?:материал\s+)?(?:размещ[её]н\w*\s+|публикуется\s+|опубликован\w*\s+)?(?:на\s+правах\s+"
               r"(?:рекламы|партн[её]рства)|на\s+коммерческой\s+основе)\.?$", re.I),
    re.compile(r"^(?P<sponsor>)(?:партн[её]рский|коммерческий|рекламный)\s+материал\.?$", re.I),
    re.compile(r"^(?P<sponsor>)(?:жарнама\s+құқығында|жарнамалық\s+материал|серіктестік\s+материал|"
               r"(?:материал\s+)?коммерциялық\s+негізде\s+жарияланды)\.?$",
               re.I),
]
_DATE_LABEL = re.compile(
    r"(?:опубликовано|опубликован|дата\s+публикации|дата|жарияланды|жарияланған\s+(?:уақыты|күні)|жарияланған|"
    r"published|posted)\s*:?", re.I)
UPDATED_LABEL = re.compile(r"(?:обновлено|обновлен|изменено|жаңартылды|өзгертілді|updated)\s*:?", re.I)
_SEP_LINE = re.compile(r"^[-–—•*·|/\\_=~.]{1,5}$")
_LIST_ITEM = re.compile(r"^(?:[-–—•*·▪►➤]\s*|\d{1,2}[.)]\s+)\S")
_CURRENCY = re.compile(r"[$€₽₸£¥]|\b(?:USD|EUR|RUB|CNY|KZT|GBP)\b")
_DECIMAL = re.compile(r"\d+[.,]\d+")
_WORD = re.compile(r"[^\W\d_][\w-]*")
# a place: one or two capitalised words, or a region ("Алматинская область", "Алматы облысы")
_DATELINE_CITY = (rf"[{_UP_LETTER}][A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі-]{{1,25}}"
                  rf"(?:\s(?:[{_UP_LETTER}][\w-]{{1,25}}|област[ьи]|облысы|район|ауданы))?")
_DATELINE_DATE = (r"[0-3]?\d\s+[а-яёәғқңөұүһі]{3,12}\.?(?P<year>\s+(?:19|20)\d\d(?:\s*(?:года|г\.|ж\.|жыл\w*))?)?"
                  r"|[0-3]?\d\.[01]\d(?:\.(?:19|20)\d\d)?"
                  # the Kazakh order, the year first: "2026 жылғы 10 қараша"
                  r"|(?P<kk_year>(?:19|20)\d\d)\s+жылғы\s+[0-3]?\d\s+[а-яёәғқңөұүһі]{3,12}")


# an agency's name after a dateline's date, in any script, in one word ("Kabar", "AKIpress", "Курсив", "Орда.kz")
# or in up to three capitalised Latin ones ("Astana Times")
_LATIN_AGENCY_WORDS = r"[A-Z][\w.-]{1,20}(?:[ \u00a0][A-Z][\w.-]{1,20}){1,2}"
# ... or an acronym and a capitalised word, in any script ("РИА Новости", "ИА Регнум")
_ACRONYM_AGENCY = rf"[{_UP_LETTER}]{{2,6}}[ \u00a0][{_UP_LETTER}][{_LOW_LETTER}-]{{2,24}}"
_NAMED_AGENCY = re.compile(rf"[{_UP_LETTER}][\w.-]{{1,20}}|{_LATIN_AGENCY_WORDS}|{_ACRONYM_AGENCY}")

# a body's press service that a dated line of its own names as the source ("Астана, 20 қараша 2026. Сенаттың
# баспасөз қызметі", "Астана, 20 ноября 2026. Пресс-служба Сената")
_PRESS_SERVICE = rf"(?:[Пп]ресс-служб[аы]\s+[^\n.]{{2,60}}|[{_UP_LETTER}][^\n.]{{1,60}}?\s+баспасөз\s+қызметі)"

# an agency a dateline names by its domain ("Tengrinews.kz", "BAQ.KZ")
_AGENCY_DOMAIN = r"[\w-]{2,30}\.(?:kz|ru|com|media|kg|uz|tj|tm|az|ge|am|by|ua|news|info|tv)"


@cache
def _inline_dateline() -> re.Pattern:
    """A dateline that opens the first paragraph, as agencies write it: "АСТАНА, 14 октября –",
    "АСТАНА. КАЗИНФОРМ –", "Астана. 14 октября. ИНТЕРФАКС-КАЗАХСТАН -", "АСТАНА, 14 октября. /Kazakhstan
    Today/ -", "АЛМАТЫ, 14 окт – Sputnik.", "Астана, 14 октября 2025 года.", and a reprint crediting two
    houses, "Астана, 2 сентября 2026. Akorda.kz / Kazinform" (`_dateline_ok` checks which; the first house
    is the outlet), and a body's press service closing the line after the dash, the source ("Астана, 20 ноября
    2026 г. – Пресс-служба Сената": no outlet, nor a person's byline)."""
    named = rf"(?i:{outlet_alternation()})(?![\w])|{_AGENCY_DOMAIN}(?![\w])"
    # (a listed agency or a domain closed by a full stop, the body's sentence after it: "Павлодар, 21 қараша,
    # Baq.kz. Сыбайлас ...")
    agency = (rf"/[^/\n]{{2,40}}/|(?:{named})\.(?=\s+[{_UP_LETTER}\d«\"])|{named}|{_PRESS_SERVICE}(?=\s*$)|"
              rf"[{_UP_LETTER}][{_UP_LETTER}-]{{2,30}}|"
              rf"{_LATIN_AGENCY_WORDS}(?=\s*$)|{_ACRONYM_AGENCY}(?=\s*$)|[{_UP_LETTER}][\w.-]{{1,20}}")
    return re.compile(
        rf"^(?P<all>(?P<city>{_DATELINE_CITY})(?:[.,]\s+(?P<date>{_DATELINE_DATE}))?[.,]?\s*"
        rf"(?:(?P<agency>{agency})(?:\s+/\s+(?:{named}))?\s*)?"
        rf"(?:(?P<dash>[—–-])\s+(?:(?P<after>{named})(?:\.(?:\s+|$)|\s*$)|{_PRESS_SERVICE}\.?\s*$)?|(?<=[.])\s*|$))")


def _dated_year(m: re.Match) -> bool:
    """Whether a match of `_inline_dateline` has its date's year, in either order ("10 ноября 2026 года", "2026
    жылғы 10 қараша")."""
    return bool(m.group("year") or m.group("kk_year"))


def _agency_dated(m: re.Match) -> bool:
    """Whether a match of `_inline_dateline` has a full date with its year and, with no dash, an agency no list
    need hold, of one word or of Latin ones: "Бишкек, 4 июля 2026. Kabar", "Астана, 7 ноября 2026. Курсив",
    "Жанаозен, 6 августа 2026. Орда.kz", "Бишкек, 5 мая 2026. 24.kg", "Астана, 19 марта 2026. Astana Times",
    "Москва, 24 ноября 2026. РИА Новости" (on a line of its own, which `_dateline_ok` asks)."""
    agency = m.group("agency")
    return bool(m.group("date") and _dated_year(m) and not m.group("dash") and agency
                and (_NAMED_AGENCY.fullmatch(agency) or _DOMAIN_NAME.fullmatch(agency)))


def _dateline_ok(m: re.Match) -> bool:
    """Whether a match of `_inline_dateline` is a dateline: a date before a dash (the old form); a city in
    capitals or a known agency before a dash; a date and a known agency that make the whole line; or a full
    date with its year closed by a full stop."""
    if m.group("dash"):
        if m.group("date"):
            return True
        agency = m.group("agency") or ""
        known = agency.startswith("/") or agency.lower() in outlets() or bool(m.group("after"))
        return bool(agency) and (known or (m.group("city").isupper() and agency.isupper()))
    agency = m.group("agency") or ""
    if m.group("date") and _listed_or_domain(agency) and m.end() == len(m.string):
        return True  # "Астана. 20 наурыз. Egemen Qazaqstan", "Усть-Каменогорск, 21 ноября, Ulba.kz" on a line of
        # their own: the line is the dateline
    if agency.endswith(".") and _listed_or_domain(agency[:-1]) and m.end() < len(m.string):
        return True  # "Павлодар, 21 қараша, Baq.kz. Сыбайлас ...", "Астана. 20 қараша. ҚазАқпарат. 2027 жылғы ...":
        # a listed agency or a domain closed by a full stop, the sentence after it the body's
    if _agency_dated(m) and m.end() == len(m.string.rstrip()):
        return True  # "Бишкек, 4 июля 2026. Kabar", "Астана, 7 ноября 2026. Курсив": a full date and an agency no
        # list holds, on a line of their own
    if m.group("date") and _dated_year(m) and re.fullmatch(_PRESS_SERVICE, m.group("agency") or "") \
            and m.end() == len(m.string.rstrip()):
        return True  # "Астана, 20 қараша 2026. Сенаттың баспасөз қызметі": the source, on the dateline's line
    city = m.group("city")
    if not m.group("agency") and m.group("all").rstrip().endswith(".") \
            and city.isupper() and city.lower() in data_words("dateline_places.txt") and m.end() < len(m.string):
        return True  # "ҚАРАҒАНДЫ. Облыс әкімі ...", "АСТАНА, 15 октября. Сенат ...": a place in capitals (and
        # the day), closed by a full stop
    return bool(m.group("date") and _dated_year(m)) and not m.group("agency")


def _norm(s: str) -> str:
    """A line as compared with the title: NFC, runs of white space as one space, lower case. (str.split
    and the regex \\s agree on what white space is, no-break space included; splitting is the faster.)"""
    return " ".join(unicodedata.normalize("NFC", s).split()).lower()


def same_line(a: str, b: str) -> bool:
    """Whether two lines are the same text as a reader sees it (the headline repeated in the body)."""
    return _norm(a) == _norm(b)


def _split_lines(raw: str) -> list[_Line]:
    lines, pos = [], 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
        lead = len(body) - len(body.lstrip())
        text = body.strip()
        lines.append(_Line(pos + lead, text, "content" if text else "blank"))
        pos += len(piece)
    return lines


# a view counter beside the date ("15.03.2025 10:12 | 2 431 рет оқылды", "10 апреля, 12:45 👁 3 412")
_VIEWS = re.compile(r"(?:👁\s*)?\d[\d\s\u00a0]*\s*(?:просмотр\w*|қаралым\w*|рет\s+(?:оқылды|қаралды))"
                    r"|(?:просмотр\w*|прочитано|қаралым\w*|қаралды|оқылды|views|👁)\s*:?\s*\d[\d\s\u00a0]*"
                    # the reading time a site prints beside the date: "· 3 мин.", "5 мин. чтения", "3 мин. оқу"
                    r"|(?<![\d:])\d{1,2}\s*(?:мин(?:ут[аы]?)?|min)\.?(?:\s+(?:чтения|на\s+чтение|оқу|read))?(?!\w)",
                    re.I)
# a byline that names no one, the editors' ("Автор: Редакция | 14:55, 21 июня 2028"), and the kind of piece
# ("ПРЕСС-РЕЛИЗ | 09.03.2028 13:20"): the line is the date's
_EDITORS_BYLINE = re.compile(r"(?:автор|авторы)\s*:\s*(?:редакция|редакциясы)(?!\w)|(?:пресс|баспасөз)[-\s]релиз\w*",
                             re.I)


# "Бүгін, 10:12", "Вчера в 18:40": a day relative to when the page was read, which nothing here anchors
_RELATIVE_DAY = re.compile(r"(?<![\w])(?i:сегодня|вчера|бүгін|кеше)\s*(?:,|в)?\s*(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")


def _same_day_with_time(day: datetime, stamped: datetime) -> bool:
    """Whether `day` is a local midnight (a date line with no time) and `stamped` a time of that local day."""
    local, other = day.astimezone(dates.almaty()), stamped.astimezone(dates.almaty())
    return local.time() == time(0, 0) and local.date() == other.date()


def date_only(text: str) -> tuple[datetime | None, bool] | None:
    """(publication time, labelled as an update) when the line is only a date/time, else None. A relative day
    ("Бүгін, 10:12 👁 1 205") makes the line a date line of no known time."""
    read = _date_line(text)
    return None if read is None else read[:2]


def _date_line(text: str) -> tuple[datetime | None, bool, str | None] | None:
    """`date_only`, and the outlet a dated line names beside the date, listed or a domain ("21 ноября 2026 г.,
    11:45 · Zakon.kz", "Tengrinews.kz | 21.11.2026"): the publisher, as a dateline's agency is."""
    if len(text) > 120:
        return None
    if (both := _published_and_updated(text)) is not None:
        return *both, None
    if len(text) > 80:
        return None
    found = dates.find_date(text)
    relative = None if found else _RELATIVE_DAY.search(text)
    if not found and not relative:
        return None
    s, e = found[2] if found else relative.span()
    rest = (text[:s] + " " + text[e:]).strip()
    updated = bool(UPDATED_LABEL.search(rest))
    rest = UPDATED_LABEL.sub("", _DATE_LABEL.sub("", _VIEWS.sub("", _EDITORS_BYLINE.sub("", rest))))
    words = _WORD.findall(rest)
    outlet = None
    if len(words) <= 3 and all(w.lower() in _patterns()["menu"] for w in words):
        rest = _WORD.sub("", rest)  # the section beside the date: "21 ноября 2026 | 14:35 | Политика"
    elif (house := _HOUSE_BY_LEGAL_NAME.fullmatch(rest.strip(" ,|·•—–-"))) is not None:
        # the publisher's company beside the date: "ТОО «Информационное агентство «Аль-Пари» | 18.11.2026"
        rest = ""
        name = house.group("name").strip()
        outlet = (name + "»" * (name.count("«") - name.count("»"))) if found else None  # its own marks closed
    elif (named := _outlet_in(rest)) is not None or _name_beside(rest):
        # the publisher's name beside it: "Қазақ радиосы | 21.11.2026 09:40", "Новый вестник, 21.11.2026" (a
        # listed outlet or a domain gives `outlet`, beside a date, not a relative day; another name, as a
        # place's, is only the line's); a person's ("Дана Омарова | 19.11.2026") is the author's, read by
        # `_classify`
        rest = ""
        outlet = named if found else None
    if re.sub(r"[\s,|·•—–\-:.()\[\]📅🕒⏱]+", "", rest):
        return None
    return (dates.to_utc(found[0], found[1]) if found else None), updated, outlet


def _published_and_updated(text: str) -> tuple[datetime | None, bool] | None:
    """The publication time of a line that stamps both times ("Опубликовано: 14.05.2026 09:15 | Обновлено:
    14.05.2026 12:40", "12 января 2026, 19:05 | Обновлено 12 января 2026, 20:10"), else None: each piece must be
    a date line of its own, and the one not labelled as an update is the publication."""
    upd = UPDATED_LABEL.search(text)
    if upd is None:
        return None
    pub = _DATE_LABEL.search(text)
    if pub is not None and pub.start() > upd.start():
        cut = pub.start()  # "Обновлено: ... | Опубликовано: ..."
    elif upd.start() > 0:
        cut = upd.start()  # the update second, the first stamp labelled or not ("12 января 2026 | Обновлено ...")
    else:
        return None
    pieces = [date_only(text[:cut]), date_only(text[cut:])]
    if any(p is None or p[0] is None for p in pieces):
        return None
    return next((p for p in pieces if not p[1]), pieces[0])


# a company by its legal form and its name in guillemets, closed or not ("ТОО «Информационное агентство
# «Аль-Пари»", "ЖШС «Qazaq Media»")
_HOUSE_BY_LEGAL_NAME = re.compile(r"(?:ТОО|АО|ЖШС|АҚ|LLP)\s+«(?P<name>[^|·•\n]{2,60}?)»*")

# a name of one to three words, capitalised: a paper's or a place's beside a date
_NAME_BESIDE = re.compile(rf"[{_UP_LETTER}][{_LOW_LETTER}.-]*"
                          rf"(?:\s+[{_UP_LETTER}{_LOW_LETTER}][{_LOW_LETTER}.-]*){{0,2}}")


def _name_beside(rest: str) -> bool:
    """Whether a date line holds beside the date, parted by a comma or a bar, a name that is no person's."""
    name = rest.strip(" ,|·•—–-")
    return bool(_NAME_BESIDE.fullmatch(name)) and bool(re.search(r"[,|·•—–]", rest)) and signature(name) is None


def _outlet_in(rest: str) -> str | None:
    """The outlet's name, listed or a domain, that what a date line holds beside the date is, or None. The
    place it was written in may stand apart beside it too ("Астана • 21 ноября 2026, 12:00 • Inbusiness.kz"):
    a piece between marks that is a dateline's place is no part of the name."""
    whole = _outlet_named(" ".join(re.sub(r"[|·•—–]", " ", rest).split()).strip(" ,.:-()"))
    if whole is not None:
        return whole  # (as a house signs too: "Редакция Vlast.kz, 23.11.2026", "Vlast.kz редакциясы")
    # (an agency in brackets after the time: "Байконур, 21 сентября 2027 года, 09:48 (Inform.kz)")
    pieces = [" ".join(p.split()).strip(" .:-()") for p in re.split(r"[|·•—–,]", rest)]
    pieces = [p for p in pieces if p]
    named = [p for p in pieces if p.lower() not in data_words("dateline_places.txt")]
    return _outlet_named(named[0]) if len(named) == 1 < len(pieces) else None


_NAME_WORD = rf"[{_UP_LETTER}][{_LOW_LETTER}]+(?:-[{_UP_LETTER}]?[{_LOW_LETTER}]+)?"
_NAME_WORDS = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
# a reporter's name after an agency's dateline, closed by a full stop before the first sentence
_AGENCY_AUTHOR = re.compile(rf"{_NAME_WORDS}(?:\.\s+(?=[{_UP_LETTER}«\"])|\.?\s*$)")
_BYLINE_SEPARATOR = re.compile(r"\d.*[·|•/—–]|[·|•/—–].*\d")
# "19 ноября 2026, 16:20 · Дана Омарова"; "25 ноября 2026 | Диапазон | Автор: Ольга Вдовенко": the paper's name
# (or the section) between, and the byline's label
_DATE_AND_AUTHOR = re.compile(rf"(?P<date>.{{6,60}}?)\s*[·|•/—–]\s*(?:(?P<house>[^·|•/—–\d]{{2,30}}?)\s*[·|•/—–]\s*)?"
                              rf"(?:(?i:{_BYLINE_LABEL})\s*[:：]\s*)?{_NAME_WORDS}\s*$")
# ... the name first, labelled or not: "Автор: Мадина Жумабаева | 20 ноября 2026, 15:30"
# (a programme's host beside the date too: "Ведущий: Мадияр Толеуов | 26 ноября 2028, 21:00"; a host's label alone
# opens a transcript's questions, no byline)
_AUTHOR_AND_DATE = re.compile(rf"(?:(?i:{_BYLINE_LABEL}|ведущ(?:ий|ая)|жүргізуші)\s*[:：]\s*)?{_NAME_WORDS}"
                              rf"\s*[·|•/—–]\s*(?P<date>.{{6,60}})$")
# ... with white space alone between, or a comma ("Дина Абдрахманова, 22 мая 2028"), the date opening with its day
_AUTHOR_SPACE_DATE = re.compile(rf"{_NAME_WORDS},?\s+(?P<date>[0-3]?\d[\s.].{{4,60}})$")


# a name that signs a piece on a line of its own, with the writer's trade after a comma: "Ғалым АХМЕТОВ",
# "Ғалым Ахметов, саясаттанушы", "А. Чеботарев, политолог"
_SIGN_WORD = rf"[{_UP_LETTER}](?:[{_LOW_LETTER}]+|[{_UP_LETTER}]+)(?:-[{_UP_LETTER}]?[{_LOW_LETTER}{_UP_LETTER}]+)?"
_SIGNATURE = re.compile(rf"(?P<name>(?:[{_UP_LETTER}]\.\s?){{1,2}}{_SIGN_WORD}|{_SIGN_WORD}(?:\s+{_SIGN_WORD}){{1,2}})"
                        rf"(?:,\s*(?P<trade>[{_LOW_LETTER}][{_LOW_LETTER}\s-]{{2,60}}?))?\.?")


# whose photographs the piece has, after the writer's name: "Андрей КРАСНОВ, фото с сайта Сената"
_PHOTO_AFTER = re.compile(r",\s*(?:фото|суреттер|сурет)(?![\w]).*$", re.I)


@cache
def _house_after() -> re.Pattern:
    """The outlet a reporter signs for, after the name or the trade: "Ербол Нуржанов, КТК", "Данияр Омаров,
    корреспондент Kazinform"."""
    return re.compile(rf"(?:(?:,\s*|\s+)(?i:{outlet_alternation()}|{_AGENCY_DOMAIN})|,\s*«[^«»]{{2,40}}»)\.?$")


def _byline(text: str) -> re.Match | None:
    """A byline (`BYLINE`), the outlet the writer signs for after the name or not: "Әңгімелескен Гүлзира
    СӘРСЕНОВА, «Egemen Qazaqstan»"."""
    m = BYLINE.match(text)
    if m or len(text) > 160 or not _BYLINE_OPENS.match(text):
        return m  # no label opens the line: the outlet after a name is not looked for on every line
    return BYLINE.match(_house_after().sub("", text, count=1))


def signature(text: str) -> str | None:
    """The writer's name, when a line is only that: a given name (or initials) and a surname, and perhaps
    the writer's trade, which has no verb ("саясаттанушы", "политолог", "главный редактор"), and the outlet
    they write for."""
    m = _SIGNATURE.fullmatch(_house_after().sub("", _PHOTO_AFTER.sub("", text, count=1), count=1))
    if m is None or (m.group("trade") and (len(m.group("trade").split()) > 5 or _has_predicate(m.group("trade")))):
        return None
    words = m.group("name").replace(".", ". ").split()
    if not words[0].endswith(".") and not any(names.is_given(w) or names.ru_given(w.capitalize()) for w in words[:2]):
        return None
    if words[-1].isupper() and words[0].isupper() and not words[0].endswith("."):
        return None  # a line all in capitals is a masthead's or a heading's
    return _person_case(m.group("name"))


def _mark_signatures(lines: list[_Line], title: str | None) -> None:
    """A writer's signature is a byline: on the line beside the head's date line ("Ғалым Ахметов,
    саясаттанушы" / "21.11.2026 09:15"), right under the headline, as a column prints its writer, or as the
    piece's last line ("Ғалым АХМЕТОВ"). A name line under a quotation is the quote's speaker, as vox-pop pages
    print them, and stays; so does one over a quotation."""
    kept = [i for i, ln in enumerate(lines) if ln.kind in ("content", "date")]
    first_date = next((k for k, i in enumerate(kept) if lines[i].kind == "date"), None)
    near = [] if first_date is None else [kept[k] for k in (first_date - 1, first_date + 1) if 0 <= k < len(kept)]
    content = [i for i in kept if lines[i].kind == "content"]
    # the headline: the extractor's title, else the page's first line of content
    head = next((k for k, i in enumerate(content) if same_line(lines[i].text, title)), None) if title else 0
    under = [content[head + 1]] if head is not None and head + 2 < len(content) \
        and not lines[content[head + 2]].text.lstrip().startswith(("«", "\"", "“", "–", "—", "-")) else []
    last = content[-1:] if len(content) > 2 else []
    for i in dict.fromkeys(near + under + last):
        ln = lines[i]
        if ln.kind != "content" or (title and same_line(ln.text, title)) or (not title and i == content[0]):
            continue  # the headline, which may be a name
        before = next((lines[k].text for k in range(i - 1, -1, -1) if lines[k].kind == "content"), "")
        if i in last and i not in near and before.rstrip(" .").endswith(("»", "\"", "”")):
            continue
        if (name := signature(ln.text)) is not None:
            ln.kind, ln.reason, ln.author = "byline", "byline", name
    # the signature over two lines, the paper's name in quotation marks under the writer's: "Нұрлан ОРАЗБАЙ," /
    # "«Оңтүстік Қазақстан»"
    if len(content) > 3 and re.fullmatch(r"«[^«»]{2,40}»\.?", lines[content[-1]].text.strip()) \
            and lines[content[-2]].text.rstrip().endswith(",") \
            and (name := signature(lines[content[-2]].text.rstrip(" ,"))) is not None:
        lines[content[-2]].kind, lines[content[-2]].reason, lines[content[-2]].author = "byline", "byline", name
        lines[content[-1]].kind, lines[content[-1]].reason = "chrome", "byline"


def _labelled(text: str) -> bool:
    """"Опубликовано: ...", "Обновлено: ...": a date line the page labels as its own metadata."""
    return bool(_DATE_LABEL.match(text) or UPDATED_LABEL.match(text))


def _is_menu(text: str) -> bool:
    if re.search(r"[.!?;:«»\"“”]", text):
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    known = sum(w in _patterns()["menu"] for w in words)
    if len(words) < 4:
        return bool(words) and known == len(words)  # a rubric: "Политика", "Новости Казахстана"
    return known / len(words) >= 0.6


_BREADCRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|→|\||::)\s+")
_LINKISH = re.compile(r"(?:https?://|www\.|t\.me/)\S*|[\w-]+\.(?:kz|ru|com|me|org|net)\b(?:/\S*)?", re.I)


def _is_breadcrumb(text: str) -> bool:
    """"Главная / Политика / Выборы", "Басты бет » Саясат", "Спорт › Футбол": a path of short section names."""
    parts = _BREADCRUMB_SEP.split(text)
    if len(parts) < 2 or any(len(p.split()) > 4 for p in parts):
        return False
    if len(parts) >= 3 and all(_SECTION_NAME.fullmatch(p) for p in parts):
        return True  # "Парламент | Сенат | Мәжіліс", "Футбол | Қазақстан | Еуропа | Трансфер": sections no list holds
    return any(w.lower() in _patterns()["menu"] for p in parts for w in _WORD.findall(p))


# one section's name in a row of them: one or two capitalised words, no digit, no sentence's mark
_SECTION_NAME = re.compile(rf"[{_UP_LETTER}][^\W\d_]*(?:[-\s][^\W\d_]+)?")


def _is_social(text: str) -> bool:
    """A share or follow bar: nothing but share/subscribe words, social networks, links and filler."""
    if len(text) > 100:
        return False
    words = [w.lower() for w in _WORD.findall(_LINKISH.sub(" ", text))]
    social = _patterns()["social"]
    return bool(words) and all(w in social for w in words) and any(
        w in social and len(w) > 3 for w in words)


# the label a rates ticker may open with: "Курсы валют: USD 509.2 EUR 538.7", "Валюта бағамы: ..."
_TICKER_LABEL = re.compile(r"^(?:курсы?\s+(?:валют|нацбанка|нбрк)|валюта\s+бағам\w*|бағам\w*|exchange\s+rates?)"
                           r"(?:\s+(?:нацбанка|нбрк|ұлттық\s+банк\w*))?\s*[:|]?\s*", re.I)


def _is_ticker(text: str) -> bool:
    if not _CURRENCY.search(text) or len(_DECIMAL.findall(text)) < 2:
        return False
    rest = _CURRENCY.sub("", _TICKER_LABEL.sub("", text))
    letters = len(re.findall(r"[^\W\d_]", rest))
    return letters <= 0.3 * len(rest.replace(" ", ""))


def _classify(line: _Line) -> None:
    t = line.text
    if not t:
        return
    if _SEP_LINE.match(t):
        line.kind = "sep"
        return
    d = _date_line(t)
    if d is None and len(t) <= 120 and _BYLINE_SEPARATOR.search(t):  # most lines have none: skip the patterns
        if (by := _DATE_AND_AUTHOR.match(t)) and (d := _date_line(by.group("date"))) is not None \
                and len((by.group("house") or "").split()) <= 3:
            # "19 ноября 2026, 16:20 · Дана Омарова", "Дана Омарова | 19.11.2026"; a press service is the source,
            # no one's byline ("Астана, 20 ноября 2026 г. – Пресс-служба Сената")
            line.author = None if re.fullmatch(_PRESS_SERVICE, by.group("name")) else by.group("name")
            line.outlet = _listed_or_domain((by.group("house") or "").strip())
        elif (by := _AUTHOR_AND_DATE.match(t)) and (d := _date_line(by.group("date"))) is not None:
            line.author = by.group("name")
    if d is None and len(t) <= 80 and (by := _AUTHOR_SPACE_DATE.match(t)) is not None \
            and names.is_given(by.group("name").split()[0]) and (d := _date_line(by.group("date"))) is not None:
        line.author = by.group("name")  # "Айдос Қалиев 19 Қараша, 2026 👁 3 412": a site's byline set apart by
        # its markup alone, the name a given name and a surname before the date
    if d is not None:
        line.kind, line.when, line.updated = "date", d[0], d[1]
        line.outlet = line.outlet or d[2]
        return
    short = len(t) <= MAX_CHROME_LINE
    if short:
        for rx in _patterns()["related"]:
            if rx.fullmatch(t):
                line.kind, line.reason = "related_heading", "related_list"
                return
        if any(rx.fullmatch(t) for rx in _patterns()["comments"]):
            line.kind, line.reason = "comments_heading", "widget"
            return
        for reason, rx in _patterns()["line"]:
            if rx.fullmatch(t):
                line.kind, line.reason = "chrome", reason
                return
        if _is_menu(t) or _is_breadcrumb(t):
            line.kind, line.reason = "chrome", "menu"
            return
        if _is_social(t):
            line.kind, line.reason = "chrome", "widget"
            return
        if _is_ticker(t):
            line.kind, line.reason = "chrome", "ticker"
            return
    if len(t) <= 300:
        for rx in _patterns()["related"]:
            m = rx.match(t)
            # "Читайте также: <a headline>": a heading of two words or more and its colon (the pattern takes
            # the colon in); "Главное: ..." or "Главное – ..." may open a sentence
            rest = t[m.end():].strip() if m else ""
            if m and m.group(0).endswith(":") and len(rest) > 3 and not _day_and_month(rest) and (
                    len(m.group(0).split()) > 1 or (rest[-1] not in ".!?…" and len(rest.split()) <= 15)):
                # "Читайте также: <a headline>"; one word only before a headline, which has no full stop
                # ("Толығырақ: Зейнетақы жарналары қалай өзгереді")
                line.kind, line.reason = "chrome", "related_list"
                return
        if _byline(t):
            line.kind, line.reason = "byline", "byline"
            return
        if _SOURCE_LINE.match(t):
            line.kind, line.reason = "source", "source_credit"
            return
        if any(rx.match(t) for rx in _SPONSOR_PATTERNS):
            line.kind, line.reason = "sponsor", "sponsor_notice"


_DAY_MONTH = re.compile(r"[0-3]?\d\s+([^\W\d_]+)(?:\s+(?:19|20)\d\d)?")


def _day_and_month(text: str) -> bool:
    """Whether a text is a day and a month's name alone ("21 қараша", "21 ноября 2026"): after a heading's colon
    it dates a digest ("Күннің басты жаңалықтары: 21 қараша"), no related story's headline."""
    m = _DAY_MONTH.fullmatch(text)
    return m is not None and dates.month_number(m.group(1)) is not None


def _mark_related_blocks(lines: list[_Line]) -> None:
    """A related-items heading takes the list that follows it; runs of dates are such lists too."""
    i = 0
    while i < len(lines):
        if lines[i].kind != "related_heading":
            i += 1
            continue
        j, after_blank = i + 1, False
        while j < len(lines):
            ln = lines[j]
            if ln.kind == "blank":
                after_blank = True
            elif ln.kind in ("date", "sep", "chrome", "related_heading"):
                if ln.kind in ("date", "sep"):
                    ln.kind, ln.reason = "chrome", "related_list"
            elif _LIST_ITEM.match(ln.text) and len(ln.text) <= 300:
                ln.kind, ln.reason = "chrome", "related_list"
            elif not after_blank and len(ln.text) <= 200 and ln.text[-1:] not in ".":
                ln.kind, ln.reason = "chrome", "related_list"
            else:
                break
            j += 1
        lines[i].kind = "chrome"
        i = j
    # runs of date lines (with separators and blanks between) are related-items lists, not datelines
    i = 0
    while i < len(lines):
        if lines[i].kind not in ("date", "sep"):
            i += 1
            continue
        j, n_dates = i, 0
        while j < len(lines) and lines[j].kind in ("date", "sep", "blank") and not _labelled(lines[j].text):
            n_dates += lines[j].kind == "date"
            j += 1
        j = max(j, i + 1)
        if n_dates >= 2:
            for ln in lines[i:j]:
                if ln.kind in ("date", "sep"):
                    ln.kind, ln.reason = "chrome", "related_list"
        i = j
    # separators next to chrome are part of it; elsewhere they stay as written
    for k, ln in enumerate(lines):
        if ln.kind == "sep":
            near = [x for x in lines[max(0, k - 2):k + 3] if x is not ln and x.kind != "blank"]
            if near and all(x.kind in ("chrome", "byline", "sponsor") for x in near):
                ln.kind, ln.reason = "chrome", "widget"
            else:
                ln.kind = "content"


# a reader's comment: the reader's name and a colon ("Асхат: давно пора"), or a line of the name and the time
# ("Олег 18.11.2026 18:02") above the comment's text
_COMMENT = re.compile(r"[^\s:]{1,25}(?:\s[^\s:]{1,25})?:\s+\S.{0,300}")
_COMMENTER_AND_TIME = re.compile(r"[^\d\s]{1,25}(?:\s[^\d\s]{1,25})?\s+\d{1,2}\.\d{1,2}\.\d{2,4}"
                                 r"(?:,?\s+\d{1,2}:\d{2})?")


def _mark_comments(lines: list[_Line]) -> None:
    """Readers' comments: after the body, a "Комментарии" heading opens them ("Асхат: давно пора", "Олег
    18.11.2026 18:02" and the comment under it), up to the first line that is no comment. The heading alone
    is chrome; in a body, a heading of experts' comments, the paragraphs after it stay."""
    content = 0
    for i, ln in enumerate(lines):
        if ln.kind == "comments_heading":
            ln.kind = "chrome"
            under_time = False
            for rest in lines[i + 1:] if content >= 2 else ():
                if rest.kind == "blank":
                    continue
                timed = bool(_COMMENTER_AND_TIME.fullmatch(rest.text))
                if not (timed or under_time or _COMMENT.fullmatch(rest.text)):
                    break
                under_time = timed
                rest.kind, rest.reason = "chrome", "widget"
        elif ln.kind == "content":
            content += 1


def _credit(line: _Line) -> str | None:
    """Cut a source credit out of a content line; return the outlet it names."""
    outlet = None
    for rx, needles in _credit_patterns():
        if needles and not any(n in line.text for n in needles):
            continue
        for m in rx.finditer(line.text):
            if any(m.start() < e and s < m.end() for s, e, _ in line.cuts):
                continue
            name = m.group("outlet")
            if name:  # "передает корреспондент агентства" names none
                outlet = outlet or outlets().get(name.lower(), name)
            line.cuts.append((m.start(), m.end(), "source_credit"))
    return outlet


def _short_unended(text: str, longest: int) -> bool:
    """A line of at most `longest` characters with no sentence's end: a source, a caption or a rubric under the
    headline ("Акорда", "Бюро национальной статистики"), no body yet."""
    return len(text) <= longest and text.rstrip()[-1:] not in SENT_END


# a photograph's credit after a dateline on its line, parted by a bar: "| Фото: читатель Orda.kz"
_CREDIT_AFTER_DATELINE = re.compile(r"[ \t]*[|·•][ \t]*(?i:фото|сурет|фотосурет|photo)[ \t]*:[^\n]*$")


def _photo_markers(line: _Line) -> None:
    for rx in _patterns()["inline_photo"]:
        for m in rx.finditer(line.text):
            line.cuts.append((m.start(), m.end(), "photo_credit"))


def _person_case(name: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split())


def _sponsor(text: str) -> str | None:
    for rx in _SPONSOR_PATTERNS:
        m = rx.match(text)
        if m:
            who = m.group("sponsor").strip(" ,.-–—")
            if not who:
                return None
            # Kazakh genitive on the payer ("... облысының") is the notice's grammar, not the name
            return re.sub(r"(?<=[а-яәғқңөұүһі])(?:ның|нің|дың|дің|тың|тің)$", "", who)
    return None


def _headline_length(text: str) -> bool:
    return 2 <= len(text.split()) and len(text) <= 250


def _is_title(text: str) -> bool:
    """A headline by its shape: a few words, no sentence or clause ending ("..." of a cut headline is fine)."""
    return _headline_length(text) and (text[-1] not in ".:;," or text.endswith("..."))


def _headline_by_dateline(lines: list[_Line], i: int) -> bool:
    """A headline-length line with the page's dateline right under it is the headline, however it ends
    (a headline cut off at a comma or a period, as listings and feeds cut them): a date line, or an agency's
    dateline on a line of its own ("Бишкек, 5 мая 2026. 24.kg")."""
    nxt = next((ln for ln in lines[i + 1:] if ln.kind != "blank"), None)
    if nxt is None or not _headline_length(lines[i].text):
        return False
    if nxt.kind == "content":
        m = _inline_dateline().match(nxt.text)
        return m is not None and m.end() == len(nxt.text.rstrip()) and bool(m.group("date")) and _dateline_ok(m)
    return nxt.kind == "date" and not nxt.updated


def _dated_below(lines: list[_Line], i: int) -> bool:
    """Whether a headline-length line has a date under it: the page's dateline (`_headline_by_dateline`), an
    update's time ("Обновлено 22 октября 2028, 08:15"), or a date line under the writer's name ("Автор: Данияр
    Ашимбаев" / "03.10.2028")."""
    if _headline_by_dateline(lines, i):
        return True
    after = [ln for ln in lines[i + 1:] if ln.kind != "blank"][:2]
    if not after or not _headline_length(lines[i].text):
        return False
    if after[0].kind == "date":
        return True
    return len(after) == 2 and after[1].kind == "date" and (after[0].kind == "byline" or (
        after[0].kind == "content" and signature(after[0].text) is not None))


def clean(raw: str, meta: dict[str, str] | None = None) -> Cleaned:
    """Clean one decoded page. `meta` carries what an HTML extractor already found."""
    meta = meta or {}
    lines = _split_lines(raw)
    for ln in lines:
        _classify(ln)
    _mark_related_blocks(lines)
    _mark_comments(lines)
    out = Cleaned(text="")

    content = [i for i, ln in enumerate(lines) if ln.kind == "content"]
    # a kicker above the headline: one word, no sentence punctuation ("ЭКСКЛЮЗИВ", "Выборы-2024"); a masthead
    # in capitals above one ("EGEMEN QAZAQSTAN", "ЕГЕМЕН ҚАЗАҚСТАН")
    while len(content) > 1 and (_kicker(lines[content[0]].text) or (
            _masthead(lines[content[0]].text) and (_is_title(lines[content[1]].text)
                                                   or _headline_by_dateline(lines, content[1])))):
        lines[content[0]].kind, lines[content[0]].reason = "chrome", "menu"
        content = content[1:]
    # the publisher's name above a headline that the date line follows: "Центральная избирательная комиссия
    # Республики Казахстан" / "ЦИК подвел итоги выборов" / "21.11.2026 | 10:15" (a name, no verb; the
    # headline says what happened); so are a city's bureau and a channel ("Караганда. 24KZ" / headline /
    # "Обновлено ..."), a site's name and its rubric ("Vox Populi" / "Исследования" / headline / "Автор: ..." /
    # "03.10.2028"): up to three such lines, the headline's date after its writer's name or an update's
    for k in range(1, min(4, len(content) - 1)):
        if _dated_below(lines, content[k]) and _has_predicate(lines[content[k]].text) and all(
                len(lines[i].text.split()) <= 8 and lines[i].text[-1] not in SENT_END + ":;,"
                and not _has_predicate(lines[i].text) and not _dated_below(lines, i) for i in content[:k]):
            for i in content[:k]:
                lines[i].kind, lines[i].reason = "chrome", "menu"
            content = content[k:]
            break
    # an official release's head: the body's name and the release's kind above the date, the headline under it
    # ("Генеральная прокуратура Республики Казахстан" / "Пресс-релиз" / "21.11.2026" / "О результатах
    # проверки ..."): two lines or more of names and labels, no verb in any, before the first date line
    date_at = next((i for i, ln in enumerate(lines) if ln.kind == "date" and not ln.updated), None)
    if date_at is not None:
        above = [i for i in content if i < date_at]
        below = [i for i in content if i > date_at]
        if len(above) >= 2 and len(below) >= 2 and _is_title(lines[below[0]].text) and all(
                len(lines[i].text.split()) <= 8 and lines[i].text[-1] not in SENT_END + ":,;"
                and not _has_predicate(lines[i].text) for i in above):
            for i in above:
                lines[i].kind, lines[i].reason = "chrome", "menu"
            content = below
    # an outlet's name alone as the piece's last line credits it, as a signature signs it ("Медиазона.
    # Центральная Азия", "Ана тілі", "Dalanews.kz"); the site's name alone elsewhere is the menu's ("Egemen.kz")
    foot_outlet = None
    if len(content) > 2 and (foot_outlet := _outlet_named(lines[content[-1]].text)):
        lines[content[-1]].kind, lines[content[-1]].reason = "chrome", "source_credit"
    for i in content:
        if lines[i].kind == "content" and (_DOMAIN_LINE.fullmatch(lines[i].text) or _outlet_named(lines[i].text)):
            # "Ulysmedia.kz", "Sputnik Казахстан" under the headline: the site's name, no lead
            lines[i].kind, lines[i].reason = "chrome", "menu"
    _mark_signatures(lines, meta.get("title"))
    content = [i for i in content if lines[i].kind == "content"]

    # title and lead: from the extractor's metadata, else from the head of the page
    title_idx = lead_idx = None
    if meta.get("title"):
        out.title = _undecorated(meta["title"])
    elif content and len(content) > 1 and (_is_title(lines[content[0]].text)
                                           or _headline_by_dateline(lines, content[0])):
        title_idx = content[0]
        out.title = _undecorated(lines[title_idx].text)
    if out.title:
        nt = _norm(out.title)
        for i in content:
            if i != title_idx and _norm(_undecorated(lines[i].text)) == nt:
                lines[i].kind, lines[i].reason = "chrome", "duplicate"
        content = [i for i in content if lines[i].kind == "content"]
    if meta.get("leads") and content:
        # a standfirst the page marked (ingest._html_standfirsts), when it opens the body
        marked = {_norm(x) for x in meta["leads"].split("\n")}
        lead_idx = next((i for i in content[:2] if _norm(lines[i].text) in marked), None)
        if lead_idx is not None:
            out.lead = lines[lead_idx].text
    elif title_idx is not None:
        rest = [i for i in content if i > title_idx]
        if rest:
            cand = lines[rest[0]]
            nxt = rest[1] if len(rest) > 1 else None
            structural = nxt is not None and any(lines[k].kind in ("date", "chrome", "byline")
                                                 for k in range(rest[0] + 1, nxt))
            nl = _norm(cand.text)
            repeated = [i for i in rest[1:] if _norm(lines[i].text).startswith(nl)]
            # a subtitle the date line follows needs no full stop: "Нацбанк сохранил ставку" / "Регулятор
            # ожидает замедления инфляции" / "20.11.2026 | 15:05"
            # (a live page's first entry under its time, "19:40", is the body's, as the entries after it are)
            stamped = any(dates.clock_only(lines[k].text) for k in range(title_idx + 1, rest[0]))
            if len(cand.text) <= 400 and (cand.text[-1] in SENT_END or _headline_by_dateline(lines, rest[0])) \
                    and (structural or repeated) and not stamped:
                lead_idx = rest[0]
                out.lead = cand.text
                for i in repeated:
                    _cut_prefix(lines[i], cand.text)
    if out.lead is None and meta.get("lead_outside"):
        out.lead = meta["lead_outside"]  # marked between the headline and the body, outside it (ingest)

    # publication time: a date line in the head of the page (before the first line of the body proper,
    # whatever its length), never one from a related list or from the foot of the page
    # (a short line with no sentence's end is no body yet: "Акорда", the source or a rubric, over the date line)
    head_end = next((i for i, ln in enumerate(lines) if ln.kind == "content" and i not in (title_idx, lead_idx)
                     and not _short_unended(ln.text, 40)), len(lines))
    for i, ln in enumerate(lines):
        if ln.kind == "date":
            ln.reason = "dateline"
            if i < head_end and out.published_at is None and not ln.updated:
                out.published_at = ln.when
                out.author = out.author or ln.author  # the name beside the date
                out.outlet = out.outlet or ln.outlet
    stamped = dates.parse_iso(meta["date"]) if meta.get("date") else None
    if stamped is not None and (out.published_at is None or _same_day_with_time(out.published_at, stamped)):
        # a head line with the day only ("20.11.2026") is midnight; the page's metadata may say when that day
        out.published_at = stamped

    # bylines, sponsor notices, credits and photo markers
    for ln in lines:
        if ln.kind == "source":
            name = _SOURCE_LINE.match(ln.text).group("outlet")
            out.outlet = out.outlet or outlets().get(name.lower(), name)
            ln.kind = "chrome"
        if ln.kind == "byline":
            m = _byline(ln.text)
            name = ln.author or (m.group("name") or m.group("bare")).strip()
            if "," in name and (signed := signature(name)):
                name = signed  # "Автор: Дос Көшім, қоғам қайраткері": the writer, without the trade
            if name[:1].isupper():  # "Автор – политолог, директор ...": a note on the writer, no name
                out.author = out.author or ln.author or _person_case(name)
            label = _INTERVIEWER.match(ln.text)
            if label:
                ln.kind = "content"
                ln.cuts.append((0, label.end(), "byline"))
        elif ln.kind == "sponsor":
            out.is_sponsored = True
            out.sponsor = out.sponsor or _sponsor(ln.text)
    if not out.author and meta.get("author"):
        out.author, house = _meta_author(meta["author"])
        out.outlet = out.outlet or house
    if out.author and (house := _outlet_named(out.author)):  # "Азаттық радиосы": a staff piece, no person's
        out.author, out.outlet = None, out.outlet or house

    paragraphs: list[str] = []
    first_content = True
    for i, ln in enumerate(lines):
        if ln.kind == "blank":
            continue
        if i == lead_idx and first_content and (end := _opening_dateline(ln, out)):
            # "АСТАНА, 3 сен — Sputnik. С начала года ...": an agency opens its standfirst with the dateline
            out.removed.append(Removed(ln.start, ln.start + end, ln.text[:end], "dateline"))
            out.lead = ln.text[end:].strip() or None
            first_content = False
        if ln.kind != "content" or i in (title_idx, lead_idx):
            if i not in (title_idx, lead_idx):
                out.removed.append(Removed(ln.start, ln.end, ln.text, ln.reason or "widget"))
            continue
        if first_content:
            if end := _opening_dateline(ln, out):
                ln.cuts.append((0, end, "dateline"))
                if credit := _CREDIT_AFTER_DATELINE.match(ln.text, end):
                    ln.cuts.append((end, credit.end(), "photo_credit"))  # "... 2026 г. | Фото: читатель Orda.kz"
            # a short line with no sentence's end before it ("Бюро национальной статистики", a picture's
            # caption or a source under the headline) leaves the dateline to open the paragraph after it
            first_content = bool(not end and _short_unended(ln.text, 80))
        outlet = _credit(ln)
        out.outlet = out.outlet or outlet
        _photo_markers(ln)
        text = _apply_cuts(ln, out.removed)
        if text:
            paragraphs.append(text)
    out.outlet = out.outlet or foot_outlet
    if not out.outlet and meta.get("sitename"):
        # the site's name the page's markup gives (og:site_name, the title's "- Egemen.kz"), when it is a
        # listed outlet or a domain; "Новости Казахстана" after a title names none
        out.outlet = _listed_or_domain(meta["sitename"].strip())
    out.removed.sort(key=lambda r: (r.start, r.end))
    out.text = "\n".join(paragraphs)
    return out


_DOMAIN_NAME = re.compile(_AGENCY_DOMAIN, re.I)
_DOMAIN_LINE = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|org|net|info|media|news|tv|қаз)/?",
                          re.I)


# the labels a page's head prints beside the byline, which an extractor keeps as authors of their own when it
# drops their values: "Автор: Светлана Глушкова | Дата: 18 ноября 2026 | Просмотров: 1 874" gives "Автор
# Светлана Глушкова; Дата ; Просмотров"
_HEAD_LABEL = re.compile(rf"(?:{_DATE_LABEL.pattern}|{UPDATED_LABEL.pattern}|просмотр\w*|қаралым\w*|қаралды|"
                         r"views|комментари\w*|пікірлер|рубрика|категория|санат|теги|тегтер)\s*", re.I)


def _meta_author(value: str) -> tuple[str | None, str | None]:
    """(author, outlet) an extractor read from the page as its author: without its label, the crew's credits
    after the name, and the head's other labels it took for names; the outlet the writer signs for after the
    name ("Нұрлан ҚАЛИЕВ, «Egemen Qazaqstan»", which the extractor splits into two "authors") apart."""
    parts = [_META_CREW.sub("", _META_AUTHOR_LABEL.sub("", p.strip())) for p in value.split(";")]
    parts = [p for p in parts if p and not _HEAD_LABEL.fullmatch(p)]
    houses = {k: house for k, p in enumerate(parts) if k and (house := _outlet_named(p))}
    # "Досым Сатпаев, директор Группы оценки рисков" comes as "Досым Сатпаев; Директор Группы Оценки Рисков":
    # who the author is, not a second author
    # a surname in capitals beside a given name that is not is the name's typography ("Нұрлан ҚАЛИЕВ"), as in a
    # byline; a part all in capitals may be an acronym ("КТК") and stays
    parts = [_person_case(p) if not p.isupper() and len(p.split()) > 1 else p for p in parts]
    author = "; ".join(p for k, p in enumerate(parts) if not (k and (_title_opens(p) or k in houses)))
    return author or None, next(iter(houses.values()), None)


def _title_opens(part: str) -> bool:
    """Whether a part of an author field opens with a title's word, a common noun only ("Директор",
    "политолог"; not "Главацкая", which the dictionary does not know)."""
    first = part.split()[0].lower()
    stems, not_titles = positions()
    return first.startswith(stems) and not first.startswith(not_titles) and names.dictionary_tags(first) == {"common"}


# what follows an outlet's name when it signs as a house: "Азаттық радиосы", "Редакция Orda.kz"
_HOUSE_NAMES = ("радиосы", "радио", "редакциясы", "редакция", "агенттігі", "агентство", "порталы", "портал", "газеті",
                "газета", "тілшілері", "корреспонденты")
_HOUSE_WORDS = re.compile(rf"(?<!\S)(?:{'|'.join(_HOUSE_NAMES)})(?!\S)", re.I)


# a paper's name in quotation marks with what it is: "«Сыр бойы» газеті", "газета «Диапазон»"
_QUOTED_HOUSE = re.compile(r"(?P<before>[^\W\d]*)\s*«(?P<name>[^«»]{2,40})»\s*(?P<after>[^\W\d]*)")


def _outlet_named(author: str) -> str | None:
    """The outlet an author field or a foot line names instead of a person ("Азаттық радиосы", "Редакция
    Liter.kz", "«Сыр бойы» газеті"), by its canonical name, or None. A name in quotation marks is an outlet
    when a house word says so, listed or not. Without a house word only the name as written can be one: every
    content line is asked, so the scans for a house come after that test."""
    low = author.lower()
    if not any(house in low for house in _HOUSE_NAMES):
        return _listed_or_domain(" ".join(author.strip(" .«»\"“”").split()))
    quoted = _QUOTED_HOUSE.fullmatch(" ".join(author.split()).strip(" ."))
    if quoted and _HOUSE_WORDS.fullmatch(" ".join((quoted.group("before") + " " + quoted.group("after")).split())):
        return outlets().get(quoted.group("name").lower(), quoted.group("name"))
    author = author.strip(" .«»\"“”")
    # "Қазақ радиосы" is listed whole; "Азаттық радиосы" is "Азаттық" signing as a house
    return _listed_or_domain(" ".join(author.split())) \
        or _listed_or_domain(" ".join(_HOUSE_WORDS.sub(" ", author).split()))


def _listed_or_domain(name: str) -> str | None:
    """A listed outlet's canonical name, or a domain as written ("Dalanews.kz"); None for anything else."""
    return outlets().get(name.lower()) or (name if _DOMAIN_LINE.fullmatch(name) else None)


def _undecorated(title: str) -> str:
    """A headline without the symbols a channel sets around it ("⚡️ Мажилис принял закон", "🔴 LIVE"): emoji,
    pictographs and their variation selectors are no words of it."""
    def symbol(c: str) -> bool:
        return unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") or c.isspace()
    a, b = 0, len(title)
    while a < b and symbol(title[a]):
        a += 1
    while b > a and symbol(title[b - 1]):
        b -= 1
    return title[a:b] or title.strip()


def _kicker(text: str) -> bool:
    return len(text.split()) == 1 and len(text) <= 30 and text[-1] not in SENT_END + ":,;"


# a Kazakh finite verb or participle ("шығарды", "өтеді", "қабылдайды", "өткен"), or the continuous present a
# headline ends with ("құтқарушылар кеншілерді іздеуде", "өрт сөндірілуде")
_KK_PREDICATE = re.compile(rf"(?:{'|'.join(names.KK_FINITE + names.KK_PARTICIPLE + ('уда', 'уде', 'юда', 'юде'))})$")


def _has_predicate(text: str) -> bool:
    """Whether a line says something happened: a verb in it (Russian by the dictionary's likeliest reading,
    Kazakh by a finite ending; a Kazakh accusative ends so too, which a name never has either)."""
    words = re.findall(r"[^\W\d_]+", text)
    # a Kazakh line's verb may have no Kazakh letter ("... өткізу пунктін ашты"): read every word of it so; a
    # Kazakh name in quotation marks makes no Russian line Kazakh ("В Туркестане пройдет фестиваль «Ұлы Дала»")
    kazakh = any(names.kk_lettered(w.lower()) for w in re.findall(r"[^\W\d_]+", re.sub(r"«[^«»]*»", " ", text)))
    places = data_words("dateline_places.txt")
    for k, w in enumerate(words):
        low = w.lower()
        if _HOUSE_WORDS.fullmatch(low) or low in places:
            continue  # "Атырау газеті": a paper's possessive ends as a past tense does, as "Қарағанды" does
        if kazakh or names.kk_lettered(low):
            # (a capital inside the line is a name's, whose possessive ends as a past tense does: "Парламентінің
            # Сенаты"; a Kazakh verb comes last and in lower case)
            if _KK_PREDICATE.search(low) and not (k and w[:1].isupper()):
                return True
        elif names.ru_pos(low) in names.RU_VERB_POS:
            return True
    return False


def _masthead(text: str) -> bool:
    """A site's name in capitals above the headline: up to four words, letters only, no lower case."""
    words = text.split()
    return 1 < len(words) <= 4 and text.isupper() and all(w.isalpha() for w in words)


def _opening_dateline(ln: _Line, out: Cleaned) -> int:
    """Where an agency's dateline that opens the line ends (0 when there is none), noting what it says: the
    agency as the outlet, the reporter who signs as the author, a dated one's day as the publication date."""
    m = _inline_dateline().match(ln.text)
    if not m or not _dateline_ok(m):
        return 0
    end = m.end()
    signed = _AGENCY_AUTHOR.match(ln.text, end) if m.group("dash") and m.group("agency") else None
    if signed:  # "Алматы. 18 ноября. КазТАГ – Ержан Сейтжанов. Депутаты ...": the reporter signs
        out.author = out.author or signed.group("name")
        end = signed.end()
    agency = m.group("agency") or m.group("after") or ""
    name = agency.strip("/ ").removesuffix(".")
    # a listed agency by its canonical name; one between slashes or named by its domain ("ASTANA. BAQ.KZ –")
    # as written, as is one no list holds closing a dated line of its own ("Бишкек, 4 июля 2026. Kabar",
    # "Астана, 19 марта 2026. Astana Times": `_agency_dated`)
    written = agency.startswith("/") or _DOMAIN_NAME.fullmatch(name) is not None or _agency_dated(m)
    out.outlet = out.outlet or outlets().get(name.lower(), name if written else None)
    if out.published_at is None and _dated_year(m):
        found = date_only(m.group("date"))  # "Астана, 14 октября 2025 года.": the day, no time
        out.published_at = found[0] if found else None
    return end


def _cut_prefix(line: _Line, prefix: str) -> None:
    """Cut a repeated lead from the start of a paragraph (case- and whitespace-insensitive, linear)."""
    want, text = _norm(prefix), line.text
    i = j = 0
    while j < len(want) and i < len(text):
        if text[i].isspace():
            j += want[j] == " "
            i += 1
            while i < len(text) and text[i].isspace():
                i += 1
            continue
        if text[i].lower() != want[j]:
            return
        i, j = i + 1, j + 1
    if j < len(want):
        return
    while i < len(text) and text[i].isspace():
        i += 1
    line.cuts.append((0, i, "duplicate"))


def _apply_cuts(line: _Line, removed: list[Removed]) -> str:
    """The line's text without its inline cuts; the cuts are logged with offsets in the input."""
    cuts = sorted(line.cuts)
    kept, pos = [], 0
    for s, e, reason in cuts:
        if s < pos:
            s = pos
        if s >= e:
            continue
        kept.append(line.text[pos:s])
        removed.append(Removed(line.start + s, line.start + e, line.text[s:e], reason))
        pos = e
    kept.append(line.text[pos:])
    return "".join(kept).strip()
