"""Segment: sentences tile paragraphs, offsets slice the text, each sentence has its language."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sayasat.pipeline import process
from sayasat.segment import article_lang, script_profile, segment, segment_article

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


def test_a_russian_sentence_without_telling_endings_in_a_kazakh_article_is_russian():
    text = ("«Amanat» партиясы Президенттің бастамасын қолдады. «Ақ жол» партиясы заң жобасына қарсы шықты.\n"
            "Эксперты назвали выборы прозрачными. Работы должны занять две недели.\n"
            "Арасында буаз малдар да бар.")
    lang, sents = segment_article(text)
    assert lang == "kk" and [s.lang for s in sents] == ["kk", "kk", "ru", "ru", "kk"]


def test_a_name_quoted_in_the_other_language_is_no_evidence_of_the_sentences():
    text = ("Орден «Құрмет» получили машинист Бахытжан Абдрахманов и главный врач Айгуль Сейткалиева.\n"
            "Звание «Қазақстанның Еңбек Ері» присвоено руководителю крестьянского хозяйства Серику Жакупову.\n"
            "«Қазақстан темір жолы» ұлттық компаниясы жаңа пойыз сатып алды.\n"
            "«Қазақстанның Еңбек Ері»")
    assert [s.lang for s in segment(text, "ru")] == ["ru", "ru", "kk", "kk"]


def test_article_language_and_unsupported_languages():
    assert article_lang(TEXT) == "kk"
    assert article_lang("Президент подписал закон о выборах в парламент страны.") == "ru"
    assert article_lang("The Senate approved the amendments to the election law on Thursday.") is None
    assert article_lang("Верховна Рада ухвалила закон про вибори, який також змінює правила.") is None


def test_a_reject_says_when_the_text_is_kazakh_in_the_latin_alphabet():
    text = ("Memleket basshysy Qasym-Jomart Toqaev búgin Parlamentke Joldaý jarıálady. «Bizdiń maqsatymyz – ádiletti "
            "Qazaqstan qurý», – dedi Prezıdent. Bul úshin 2027 jyly 500 mlrd teńge bólinedi jáne jańa zań qabyldanady.")
    r = process("joldau_latyn.txt", text.encode())
    assert r.reject.reason == "unsupported_language" and "Latin alphabet" in r.reject.detail
    r = process("senate_en.txt", b"The Senate approved the amendments to the election law on Thursday and Friday.")
    assert r.reject.reason == "unsupported_language" and "Latin alphabet" not in r.reject.detail


RU_LEAD = "Мажилис одобрил поправки в закон о выборах.\n"


@given(st.text(alphabet="аәбвгғдеижкқлмнңоөпрстуұүіыэюяАӘҚҢӨҰҮІЖМТ abcXYZ їєґ.,!?«»—\n\t017", max_size=300))
@settings(max_examples=300, deadline=None)
def test_article_segmentation_counts_each_sentence_once_and_agrees(body):
    """`segment_article` sums its sentences' evidence instead of reading the article twice: it must give
    what `article_lang` then `segment` give, on any text."""
    for text in (body, RU_LEAD + body, TEXT + body):
        lang, sents = segment_article(text)
        assert lang == article_lang(text)
        assert sents == (segment(text, lang) if lang else [])


@given(st.text(max_size=200))
def test_script_profile_counts_cyrillic_and_latin_letters(text):
    assert script_profile(text) == (len(re.findall(r"[\u0400-\u04ff]", text)), len(re.findall(r"[A-Za-z]", text)))


@pytest.mark.parametrize("text,lang", [
    # a Russian sentence whose only Kazakh letters are in a name
    ("Постановлением Правительства вице-министром финансов назначен Дәурен Кенбеил.", "ru"),
    ("Дәурен Кенбеил назначен вице-министром финансов.", "ru"),
    # a Kazakh sentence with names and places, and a list of names signing a report, stay Kazakh
    ("Президент Қасым-Жомарт Тоқаев Астанаға келді.", "kk"),
    ("Шығыс Қазақстан, Олжас Керейхан, Дмитрий Пыхтин, «Қорытынды жаңалықтар».", "kk"),
])
def test_kazakh_letters_in_names_alone_leave_a_russian_sentence_russian(text, lang):
    assert {s.lang for s in segment(text, "kk")} == {s.lang for s in segment(text, "ru")} == {lang}


def test_words_quoted_in_the_other_language_leave_the_sentence_its_own():
    text = ("Аким Туркестанской области Нуралы Алиев в приветственном слове сказал: «Тұрақты даму – біздің басты "
            "мақсатымыз».\n"
            "«Біз бірге болсақ, кез келген қиындықты жеңеміз», – сказал Президент.\n"
            "Мемлекет басшысы орыс тілінде сөз арнады: «Мы ценим добрососедство и будем его укреплять».")
    # (the second has too few words of its own to tell: the quotation's language is the sentence's)
    assert [s.lang for s in segment(text, "ru")] == ["ru", "kk", "kk"]
