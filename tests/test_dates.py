"""Dates as pages write them, converted from Kazakhstan time to UTC by that date's rules."""

from datetime import UTC, datetime, time

from sayasat.dates import find_date, to_utc


def test_numeric_dateline_with_time_before_2024_is_utc_plus_6():
    day, clock, _ = find_date("24.11.2022, 16:48")
    assert to_utc(day, clock) == datetime(2022, 11, 24, 10, 48, tzinfo=UTC)


def test_after_march_2024_kazakhstan_is_utc_plus_5():
    day, clock, _ = find_date("5 мая 2024, 10:15")
    assert to_utc(day, clock) == datetime(2024, 5, 5, 5, 15, tzinfo=UTC)


def test_kazakh_month_names_with_case_endings():
    day, clock, _ = find_date("2023 жылғы 25 қарашада")
    assert (day.year, day.month, day.day, clock) == (2023, 11, 25, None)
    day, clock, _ = find_date("12 қыркүйек 2021, 09:05")
    assert (day.month, clock) == (9, time(9, 5))


def test_time_written_before_the_date():
    day, clock, _ = find_date("16:48, 24 ноября 2022")
    assert (day.day, clock) == (24, time(16, 48))


def test_a_middle_dot_between_the_date_and_the_hour():
    day, clock, _ = find_date("Нұрболат Әбдіқадыр · 16.11.2026 · 09:30 · Пікір")
    assert (day.day, clock) == (16, time(9, 30))


def test_impossible_dates_are_not_dates():
    assert find_date("31.02.2023") is None
    assert find_date("в 2023 году") is None
