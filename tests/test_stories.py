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
