"""Lexicon alternations grouped by first letter match exactly what the flat alternation matches."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sayasat.patterns import alternatives, by_first_letter

CUES = r"заявил[аи]?\s+о\s+поддержке|в\s+поддержку|поддержал[аи]?|Поддерживает|қолдайды|қарсы\s+шықты|қарсы"


def test_alternatives_split_only_at_the_top_level():
    assert alternatives(r"против\s+(?:кандидатуры|решения)|осудил[аи|]?|не\s+поддержал") == [
        r"против\s+(?:кандидатуры|решения)", r"осудил[аи|]?", r"не\s+поддержал"]


def test_grouped_by_first_letter_keeping_their_order():
    assert by_first_letter(["қарсы\\s+шықты", "қолдайды", "қарсы", "айыптады"]) == \
        "қ(?:арсы\\s+шықты|олдайды|арсы)|а(?:йыптады)"


def test_an_alternative_without_a_literal_first_letter_leaves_the_alternation_flat():
    assert by_first_letter([r"\w+ды", "айыптады"]) == r"\w+ды|айыптады"
    assert by_first_letter(["а?дал", "әділ"]) == "а?дал|әділ"


def test_the_same_matches_in_a_news_sentence():
    text = "Депутаты заявили о поддержке законопроекта, а фракция ЗАЯВИЛА О ПОДДЕРЖКЕ и поддержала его; қарсы шықты."
    flat = re.compile(rf"(?<![\w])(?:{CUES})(?![\w])", re.I)
    grouped = re.compile(rf"(?<![\w])(?:{by_first_letter(alternatives(CUES), ignore_case=True)})(?![\w])", re.I)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)] != []


WORDS = st.text(alphabet="аабвққыЫАБ -", min_size=1, max_size=5)


@given(st.lists(WORDS, min_size=1, max_size=8), st.text(alphabet="аабвққыЫАБ -.", max_size=60), st.booleans())
@settings(max_examples=400, deadline=None)
def test_grouped_alternation_matches_as_the_flat_one(words, text, ignore_case):
    alts = [re.escape(w) for w in words]
    flags = re.I if ignore_case else 0
    flat = re.compile(rf"(?:{'|'.join(alts)})(?:ы|а)?(?![\w])", flags)
    grouped = re.compile(rf"(?:{by_first_letter(alts, ignore_case)})(?:ы|а)?(?![\w])", flags)
    assert [(m.span(), m.group()) for m in grouped.finditer(text)] == \
        [(m.span(), m.group()) for m in flat.finditer(text)]
