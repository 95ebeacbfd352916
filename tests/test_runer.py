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


def test_emissions_do_not_depend_on_what_was_read_before():
    """A word's first-layer product is kept between articles; an article's emissions are the same whether
    its words were kept, evicted or never seen, and match natasha's own encoder to float rounding."""
    import numpy as np

    model = runer._model().infer.model
    ids = np.array([runer._ids(w) for s in NEWS for _, _, w in runer.tokens(s)], dtype=np.int64)
    natasha = model.encoder(model.emb(ids[None, :, 0], ids[None, :, 1]), np.zeros((1, len(ids)), bool))[0]
    fresh = runer._encode(ids[:, 0], ids[:, 1], runer._WordProducts(size=4096))
    tiny = runer._WordProducts(size=8)  # fewer rows than the text has words: computed without keeping
    assert np.array_equal(runer._encode(ids[:, 0], ids[:, 1], tiny), fresh)
    small = runer._WordProducts(size=40)  # rows evicted and recomputed while the sentences are read
    for s in NEWS[::-1]:
        one = np.array([runer._ids(w) for _, _, w in runer.tokens(s)], dtype=np.int64)
        runer._encode(one[:, 0], one[:, 1], small)
    words = list(dict.fromkeys(ids[:, 0].tolist()))
    assert len(words) > 40
    assert np.array_equal(small.rows(words[:40]), fresh_rows := runer._WordProducts().rows(words[:40]))
    assert np.allclose(fresh, natasha, atol=1e-4)
    assert fresh_rows.shape == (40, 3 * 256)


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


def test_kept_word_products_are_right_when_threads_share_them():
    """With `--runner thread`, articles in several threads share the kept products and evict each other's."""
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    ids = [[runer._ids(w)[0] for _, _, w in runer.tokens(s)] for s in NEWS]
    word = runer._first_layer()[0]
    expected = [np.stack([runer.natasha_embedding(i) @ word for i in one]) for one in ids]
    shared = runer._WordProducts(size=24)  # fewer rows than the sentences' words together
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(shared.rows, ids * 40))
    assert all(np.array_equal(g, expected[k % len(ids)]) for k, g in enumerate(got))
