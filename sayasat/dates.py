"""Dates as Kazakh and Russian news pages write them, converted to UTC.

Local times are Kazakhstan's: the offset comes from the tz database rules of Asia/Almaty for
that date (UTC+6 until 1 March 2024, UTC+5 since), read from the pinned `tzdata` package so that
the result does not depend on the machine's own zoneinfo files.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
KK_MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7, "тамыз": 8,
    "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
_RU_MONTH = (r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|"
             r"ноябр[яь]|декабр[яь])")
_KK_MONTH = r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)[а-яәғқңөұүһі]{0,6}"
_TIME = r"(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"

# Each pattern must match a whole date expression; a time may come before or after it.
_DATE_PATTERNS = [
    re.compile(rf"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.{_YEAR}"),
    re.compile(rf"{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)"),
    re.compile(rf"(?P<d>[0-3]?\d)\s+(?P<mname>{_RU_MONTH})\s*,?\s*{_YEAR}(?:\s*(?:г\.|года?))?", re.I),
    re.compile(rf"(?P<d>[0-3]?\d)\s+(?P<mname>{_KK_MONTH})\s*,?\s*{_YEAR}(?:\s*(?:ж\.|жыл[а-яәғқңөұүһі]*))?", re.I),
    re.compile(rf"{_YEAR}\s*(?:ж\.|жылғы|жылы)?\s*(?P<d>[0-3]?\d)\s+(?P<mname>{_KK_MONTH})", re.I),
]
_TIME_RE = re.compile(_TIME)


def clock_only(text: str) -> bool:
    """Whether a line is a time of day alone ("19:40", "09.05"): a live page's entry stamp."""
    return _TIME_RE.fullmatch(text) is not None


@cache
def almaty() -> ZoneInfo:
    """Asia/Almaty from the pinned tzdata package (not the machine's possibly older copy)."""
    with resources.files("tzdata.zoneinfo").joinpath("Asia/Almaty").open("rb") as f:
        return ZoneInfo.from_file(f, key="Asia/Almaty")


def month_number(name: str) -> int | None:
    low = name.lower()
    for stem, num in KK_MONTHS.items():
        if low.startswith(stem):
            return num
    if low.startswith("ма") and not low.startswith("март"):
        return 5
    for stem, num in RU_MONTHS.items():
        if stem != "ма" and low.startswith(stem):
            return num
    return None


def find_date(text: str) -> tuple[date, time | None, tuple[int, int]] | None:
    """The first complete date in `text`, the time written next to it if any, and the span of both."""
    best = None
    for pat in _DATE_PATTERNS:
        m = pat.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    g = best.groupdict()
    month = int(g["m"]) if g.get("m") else month_number(g["mname"])
    try:
        day = date(int(g["y"]), month or 0, int(g["d"]))
    except (TypeError, ValueError):
        return None
    start, end = best.span()
    # a time right after ("24.11.2022, 16:48") or right before ("16:48, 24 ноября 2022")
    after = re.match(rf"\s*(?:,|в|\||—|–|-|·)?\s*{_TIME}", text[end:end + 16])
    before = re.search(rf"{_TIME}\s*(?:,|\||—|–|-|·)?\s*$", text[max(0, start - 16):start])
    clock = None
    if after:
        clock, end = time(int(after["hh"]), int(after["mi"])), end + after.end()
    elif before:
        window = text[max(0, start - 16):start]
        clock, start = time(int(before["hh"]), int(before["mi"])), start - (len(window) - before.start())
    return day, clock, (start, end)


def to_utc(day: date, clock: time | None) -> datetime:
    """Local Kazakhstan date and time as a naive-free UTC datetime; a date alone is local midnight."""
    local = datetime.combine(day, clock or time(0, 0), tzinfo=almaty())
    return local.astimezone(UTC)


def parse_iso(value: str) -> datetime | None:
    """An ISO timestamp from HTML metadata; without an offset it is taken as Kazakhstan time."""
    value = value.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        found = find_date(value)
        return to_utc(found[0], found[1]) if found else None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=almaty())
    return dt.astimezone(UTC)
