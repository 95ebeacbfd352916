"""The Kazakh person tagger scores and decodes the CRF itself (sayasat.kkner), and gives CRFsuite's own tags."""

import pytest

from sayasat import kkner
from sayasat.evaluate import read_conll
from tests.conftest import SHARED

NEWS_KK = [
    "Мемлекет басшысы Қасым-Жомарт Тоқаев Парламент Мәжілісінің депутаттарымен кездесті.",
    "Бұл туралы ҚР Премьер-министрі Олжас Бектенов Үкімет отырысында мәлімдеді.",
    "Жиынға Мәжіліс Төрағасы Ерлан Қошанов пен «AMANAT» партиясы фракциясының мүшелері қатысты.",
    "Сарапшы Айдос Сарым сайлаудың ашық өтетініне сенімді екенін айтты.",
    "Қ.Тоқаевтың айтуынша, реформалар 2025 жылға дейін жалғасады.",
    "Астанада ауа райы бұлтты болады, жаңбыр жауады.",
    "",
    "Нұрсұлтан Әбішұлы Назарбаев, Сәдуақасова және Жетпісбаев мырза кездесуге келді.",
]


def crfsuite_spans(sentence: str) -> list[tuple[int, int, list[str]]]:
    """CRFsuite's own tagger on the attribute strings of `features`: the reference."""
    toks = kkner.tokenize(sentence)
    if not toks:
        return []
    return kkner._spans(toks, kkner._tagger().tag(kkner.features([w for _, _, w in toks])))


def test_tags_equal_crfsuites_on_kazakh_news():
    assert kkner.person_spans_many(NEWS_KK) == [crfsuite_spans(s) for s in NEWS_KK]


def test_persons_in_kazakh_news_sentences():
    tagged = kkner.person_spans_many(NEWS_KK)
    found = [[s[a:b] for a, b, _ in spans] for s, spans in zip(NEWS_KK, tagged, strict=True)]
    assert found == [["Қасым-Жомарт Тоқаев"], ["Олжас Бектенов"], ["Ерлан Қошанов"], ["Айдос Сарым"],
                     ["Тоқаевтың"],  # the initial is joined to the surname later (sayasat.actors)
                     [], [],  # the weather names nobody; an empty sentence has no tokens
                     ["Нұрсұлтан Әбішұлы Назарбаев", "Сәдуақасова", "Жетпісбаев"]]


def test_one_sentence_alone_is_tagged_as_in_a_batch():
    assert [kkner.person_spans(s) for s in NEWS_KK] == kkner.person_spans_many(NEWS_KK)


def test_a_small_word_table_starting_again_gives_the_same_tags(monkeypatch):
    full = kkner.person_spans_many(NEWS_KK)
    monkeypatch.setattr(kkner, "_words", kkner._Words(size=8))  # fewer rows than one sentence has words
    assert kkner.person_spans_many(NEWS_KK) == full
    monkeypatch.setattr(kkner, "_words", kkner._Words(size=40))  # started again between the sentences
    assert [kkner.person_spans(s) for s in NEWS_KK] == full


@pytest.mark.skipif(not (SHARED / "eval" / "kaznerd" / "IOB2_valid.txt").exists(), reason="KazNERD not beside")
def test_tags_equal_crfsuites_on_kaznerd_valid():
    """The development split (the model's training data), 40 sentences to a batch as in `sayasat eval`."""
    sents = [" ".join(t for t, _ in s) for s in read_conll(SHARED / "eval" / "kaznerd" / "IOB2_valid.txt")][:3000]
    ours = [sp for i in range(0, len(sents), 40) for sp in kkner.person_spans_many(sents[i:i + 40])]
    assert ours == [crfsuite_spans(s) for s in sents]
    assert sum(map(len, ours)) > 300  # the comparison covers many persons, not only empty sentences
