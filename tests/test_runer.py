"""The batched run of natasha's Russian NER model gives natasha's own spans, sentence by sentence."""

from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from sayasat import runer

NEWS = [
    "Президент Казахстана Касым-Жомарт Токаев провел встречу с председателем Мажилиса Ерланом Кошановым.",
    "Как сообщает пресс-служба Акорды, стороны обсудили ход выполнения поручений по реформе.",
    "Депутат Мажилиса от партии AMANAT Вера Ким заявила, что законопроект поддержат большинство фракций.",
    "В обсуждении приняли участие министр финансов Ерулан Жамаубаев и аким Алматы Ерболат Досаев.",
    "Ранее глава государства поручил правительству до конца года представить новый пакет мер.",
    "Эксперт Андрей Чеботарев считает, что выборы в Сенат пройдут без сюрпризов.",
]


def natasha_per_sentence(sentences: list[str]) -> list[list[tuple[int, int, str]]]:
    """natasha on the sentences joined by newlines, its spans mapped back to each sentence."""
    starts, pos = [], 0
    for s in sentences:
        starts.append(pos)
        pos += len(s) + 1
    out: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    for sp in runer.tagger()("\n".join(sentences)).spans:
        k = bisect_right(starts, sp.start) - 1
        out[k].append((sp.start - starts[k], sp.stop - starts[k], sp.type))
    return out


def test_batched_spans_equal_natashas_on_news_sentences():
    assert runer.spans(NEWS) == natasha_per_sentence(NEWS)


def test_persons_are_found_with_their_offsets():
    found = runer.spans(NEWS)
    persons = [NEWS[k][s:e] for k, spans in enumerate(found) for s, e, kind in spans if kind == "PER"]
    assert "Касым-Жомарт Токаев" in persons
    assert "Вера Ким" in persons
    assert "Андрей Чеботарев" in persons


def test_no_sentences_and_empty_sentences():
    assert runer.spans([]) == []
    assert runer.spans(["", "   "]) == [[], []]


def razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    from razdel import tokenize

    return [(t.start, t.stop, t.text) for t in tokenize(text)]


def test_tokens_are_razdels_on_news():
    text = ("«Мы поддержим законопроект», — заявил 12.03.2024 депутат Мажилиса Е.Смайлов (AMANAT). "
            "Инфляция замедлилась до 8,4%, а курс — 470,5 тенге за $1. Что-то пошло не так... Кто-то?! "
            "См. ст. 5/2 закона №123-VI; e-mail: press@akorda.kz :-) Yahoo! 3–5 млн тг, COVID-19, Қазақстан.")
    assert runer.tokens(text) == razdel_tokens(text)


CHARS = ("абвгдеёжзийкнопрстуфхцчшщъыьэюяАБВЖЯabcxyzYAHOOyahooәғқңөұүһіӘІ0123456789 \t\n.,;:!?…-‑–—−_/\\()[]{}"
         "«»“”‘’\"'„=*%$#@&+<>|~№^`ΔσΩ")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=CHARS, max_size=40))
def test_tokens_are_razdels_on_any_string_of_letters_digits_and_punctuation(text):
    assert runer.tokens(text) == razdel_tokens(text)
