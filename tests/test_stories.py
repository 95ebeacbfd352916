"""Stories: articles about one event, within days, with an id that later articles do not change."""

from datetime import UTC, datetime

from sayasat.corpus import link_stories

KIM, SAPIEV, MUTALI = "person/kim-vera", "person/sapiev-serik", "person/mutali-abutalip"


def day(d: int, year: int = 2022) -> datetime:
    return datetime(year, 11, d, 10, 0, tzinfo=UTC)


def test_same_persons_and_a_number_within_days_are_one_story_years_apart_are_not():
    feats = {
        "a_kk": ({KIM, SAPIEV}, {(7500.0, "at_least")}, day(24)),
        "a_ru": ({KIM, SAPIEV}, {(7500.0, "at_least")}, day(24)),
        "a_2025": ({KIM, SAPIEV}, {(7500.0, "at_least")}, day(24, 2025)),
    }
    s = link_stories(feats)
    assert s["a_kk"] == s["a_ru"] and "a_2025" not in s


def test_undated_articles_link_on_evidence_alone():
    s = link_stories({"x": ({KIM, SAPIEV, MUTALI}, set(), None), "y": ({KIM, SAPIEV, MUTALI}, set(), day(2))})
    assert s["x"] == s["y"]


def test_a_later_article_joining_a_story_keeps_its_id():
    two = {"a1": ({KIM, SAPIEV, MUTALI}, set(), day(20)), "a2": ({KIM, SAPIEV, MUTALI}, set(), day(21))}
    before = link_stories(two)
    after = link_stories(two | {"a0_later": ({KIM, SAPIEV, MUTALI}, set(), day(23))})
    assert before["a1"] == after["a1"] == after["a0_later"]


def test_a_week_apart_is_one_story_a_week_and_a_second_is_not():
    """The week is counted to the second, whatever order the articles' ids and dates come in."""
    from datetime import timedelta

    start = day(1)
    feats = {
        "b_first": ({KIM, SAPIEV, MUTALI}, set(), start),
        "a_week_later": ({KIM, SAPIEV, MUTALI}, set(), start + timedelta(days=7)),
        "c_week_and_a_second": ({KIM, SAPIEV, MUTALI}, set(), start + timedelta(days=14, seconds=1)),
        "d_undated": ({KIM, MUTALI}, {(3.0, "exact"), (5.0, "exact"), (12.0, "exact")}, None),
        "e_undated_same": ({KIM, MUTALI}, {(3.0, "exact"), (5.0, "exact"), (12.0, "exact")}, None),
    }
    s = link_stories(feats)
    assert s["b_first"] == s["a_week_later"]  # exactly seven days
    assert "c_week_and_a_second" not in s  # a week and a second after the nearest one: alone
    assert s["d_undated"] == s["e_undated_same"] != s["b_first"]  # undated: evidence alone decides
