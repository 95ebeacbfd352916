"""Segment: sentences tile paragraphs, offsets slice the text, each sentence has its language."""

from sayasat.segment import article_lang, segment

TEXT = ("Қ.Қансейтовпен сұхбаттасқан едік. Ол партия жұмысы туралы айтты.\n"
        "Председатель Сената Маулен Ашимбаев отметил важность реформы. «Закон принят», – сказал он.")


def test_offsets_slice_the_text_and_sentences_tile_paragraphs():
    sents = segment(TEXT, "kk")
    for s in sents:
        assert TEXT[s.start:s.end] == s.text
    for a, b in zip(sents, sents[1:], strict=False):
        assert a.end <= b.start and TEXT[a.end:b.start].strip() == ""
    assert [s.paragraph for s in sents] == [0, 0, 1, 1]


def test_initials_do_not_end_a_sentence():
    assert segment(TEXT, "kk")[0].text == "Қ.Қансейтовпен сұхбаттасқан едік."


def test_language_per_sentence_in_a_mixed_article():
    assert [s.lang for s in segment(TEXT, "kk")] == ["kk", "kk", "ru", "ru"]


def test_article_language_and_unsupported_languages():
    assert article_lang(TEXT) == "kk"
    assert article_lang("Президент подписал закон о выборах в парламент страны.") == "ru"
    assert article_lang("The Senate approved the amendments to the election law on Thursday.") is None
    assert article_lang("Верховна Рада ухвалила закон про вибори, який також змінює правила.") is None
