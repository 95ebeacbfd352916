"""Ingest: every kind of file a scrape holds becomes text or a reject with the contract's reason."""

import pytest

from sayasat.ingest import Decoded, Reject, decode

RU = "Председатель ЦИК заявил, что выборы прошли в штатном режиме.\n"
KK = "Орталық сайлау комиссиясының төрағасы сайлаудың қалыпты өткенін айтты.\n"


def test_utf8_with_and_without_bom_decodes_the_same():
    a, b = decode("a.txt", RU.encode()), decode("b.txt", b"\xef\xbb\xbf" + RU.encode())
    assert isinstance(a, Decoded) and isinstance(b, Decoded)
    assert a.text == b.text == RU


def test_utf16_with_bom_both_byte_orders():
    for enc in ("utf-16-le", "utf-16-be"):
        bom = b"\xff\xfe" if enc.endswith("le") else b"\xfe\xff"
        got = decode("k.txt", bom + KK.encode(enc))
        assert isinstance(got, Decoded) and got.text == KK


def test_windows_1251_russian_page_is_read_as_cyrillic():
    got = decode("old-site.txt", RU.encode("cp1251"))
    assert isinstance(got, Decoded)
    assert got.encoding == "cp1251" and got.text == RU


def test_empty_and_whitespace_only_files_are_rejected_as_empty():
    for data in (b"", b"   \n\t\r\n"):
        got = decode("e.txt", data)
        assert isinstance(got, Reject) and got.reason == "empty"


def test_png_saved_with_txt_name_is_binary():
    got = decode("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert isinstance(got, Reject) and got.reason == "binary"
    assert "PNG" in got.detail


def test_random_bytes_with_nuls_are_binary_and_latin1_garbage_undecodable():
    assert decode("x.txt", bytes(range(256)) * 8).reason == "binary"
    got = decode("y.txt", "Ceci n'est pas ça: déjà vu à l'été".encode("latin-1"))
    assert isinstance(got, Reject) and got.reason == "undecodable"


def test_too_large_names_the_limit():
    got = decode("big.txt", RU.encode() * 100, max_bytes=1000)
    assert isinstance(got, Reject) and got.reason == "too_large" and "1,000" in got.detail


def test_html_page_body_and_metadata_come_from_trafilatura():
    html = """<!DOCTYPE html><html><head><title>Сенат одобрил закон | Zakon.kz</title>
    <meta property="og:title" content="Сенат одобрил закон о выборах">
    <meta property="article:published_time" content="2024-05-14T10:30:00+05:00">
    <meta name="author" content="Айгерим Сапарова"></head><body>
    <nav><a href="/">Главная</a> <a href="/politics">Политика</a></nav>
    <article><h1>Сенат одобрил закон о выборах</h1>
    <p>Сенаторы одобрили поправки в закон о выборах в Республике Казахстан на пленарном заседании.</p>
    <p>Председатель Сената Маулен Ашимбаев отметил, что поправки направлены на повышение прозрачности
    избирательного процесса и доверия граждан.</p></article>
    <footer>Все права защищены</footer></body></html>"""
    got = decode("zakon/2024/05/senat.html", html.encode())
    assert isinstance(got, Decoded) and got.is_html
    assert "Ашимбаев отметил" in got.text and "Все права защищены" not in got.text
    assert got.meta["title"].startswith("Сенат одобрил закон")
    assert got.meta["date"].startswith("2024-05-14T10:30")


def _page(lead_markup: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
    <meta property="og:title" content="Почему тарифы растут быстрее зарплат"></head><body>
    <nav>Новости Аналитика Расследования Мнения</nav>
    <aside><p class="news-lead">Сенат одобрил поправки в Налоговый кодекс.</p></aside>
    <article><h1>Почему тарифы растут быстрее зарплат</h1>
    <figure><img src="a.jpg"><span class="photo-desc">Фото: Vlast.kz</span></figure>
    {lead_markup}
    <p>С 1 января тарифы на тепло в Алматы выросли на 27%, а на холодную воду – в 1,5 раза.</p>
    <p>Экономист Айдархан Кусаинов считает, что монополисты годами не вкладывали деньги в сети.</p>
    </article></body></html>""".encode()


def test_a_standfirst_the_page_marks_is_the_lead_once():
    from sayasat.pipeline import process

    lead = "Эксперты объясняют, кто платит за модернизацию ЖКХ"
    for markup in (f'<p class="article__lead">{lead}</p>', f'<div itemprop="description"><b>{lead}</b></div>'):
        got = process("vlast/tarify.html", _page(markup)).article
        assert got["lead"] == lead and lead not in got["text"]
        assert got["text"].startswith("С 1 января тарифы")
    # an opening paragraph the page does not mark stays the body's, and a marked one elsewhere is no lead
    got = process("vlast/tarify.html", _page(f"<p>{lead}</p>")).article
    assert got["lead"] is None and got["text"].startswith(lead)


def test_an_agencys_dateline_opening_its_standfirst_is_cut_and_logged():
    """Sputnik opens the standfirst, not the body, with "АСТАНА, 3 сен — Sputnik.": the lead is the
    sentence after it, the agency the outlet, the dateline a removed span."""
    from sayasat.pipeline import process

    lead = "С начала года статус кандаса получили 8 912 этнических казахов."
    got = process("sputnik/kandasy.html", _page(f'<p class="lead">АСТАНА, 3 сен — Sputnik. {lead}</p>'))
    assert got.article["lead"] == lead and got.article["outlet"] == "Sputnik"
    assert got.article["text"].startswith("С 1 января тарифы")
    assert ("dateline", "АСТАНА, 3 сен — Sputnik. ") in [(r["reason"], r["text"]) for r in got.removed]


@pytest.mark.parametrize("cls", ["article__lead", "article__announce-text"])
def test_a_standfirst_beside_the_body_between_it_and_the_headline_is_the_lead(cls):
    """trafilatura leaves out a standfirst that stands outside the body's element: it is the lead still."""
    from sayasat.pipeline import process

    lead = "Регулятор ожидает замедления инфляции до 9–11% к концу следующего года"
    html = f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body>
    <div class="header"><a>Новости</a> <a>Финансы</a> <a>Экономика</a></div>
    <div class="article"><h1>Нацбанк сохранил базовую ставку на уровне 16,5%</h1>
    <div class="{cls}">{lead}</div>
    <div class="article__body">
    <p>Национальный банк Казахстана сохранил базовую ставку на уровне 16,5% годовых, сообщил председатель
    Нацбанка Тимур Сулейменов на брифинге в Алматы.</p>
    <p>Годовая инфляция в октябре замедлилась до 12,1% с 12,6% в сентябре.</p>
    </div></div>
    <div class="sidebar"><p class="news-lead">Сенат одобрил поправки в Налоговый кодекс страны.</p></div>
    </body></html>"""
    got = process("inbusiness/stavka.html", html.encode()).article
    assert got["lead"] == lead and got["text"].startswith("Национальный банк Казахстана")


@pytest.mark.parametrize("stamp", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-11-19T14:05:00+05:00"}'
    '</script>',
    '<time class="date" datetime="2026-11-19T14:05:00+05:00">19 қараша 2026</time>',
])
def test_a_pages_hour_of_publication_without_meta_tags(stamp):
    html = f"""<!DOCTYPE html><html lang="kk"><head><title>Сенат заңды қабылдады</title></head><body>
    <div class="top"><time datetime="2026-11-22">22 қараша</time> Жаңалықтар Саясат Қоғам</div>
    <div class="article"><h1>Сенат зейнетақы туралы заңды қабылдады</h1>{stamp}
    <p>Парламент Сенаты бейсенбі күні зейнетақы жүйесіне өзгеріс енгізетін заңды қабылдады. Құжат енді
    Президенттің қол қоюына жіберіледі.</p>
    <p>Заң бойынша ең төменгі зейнетақы мөлшері 2027 жылдан бастап 75 мың теңгеге дейін көтеріледі.</p>
    </div></body></html>"""
    got = decode("azattyq/senat.html", html.encode())
    assert got.meta["date"] == "2026-11-19T14:05:00+05:00"  # not the header's today, nor the day alone


def test_a_file_changed_between_two_fingerprints_is_read_again(tmp_path):
    import os

    from sayasat.ingest import fingerprint, sha256

    page = tmp_path / "news.txt"
    page.write_bytes("Мажилис принял закон.".encode())
    assert fingerprint(tmp_path, ["news.txt"]) == [("news.txt", sha256(page.read_bytes()))]
    st = page.stat()
    page.write_bytes("Мажилис отклонил закон".encode()[:st.st_size].ljust(st.st_size, b"."))  # same size
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    assert fingerprint(tmp_path, ["news.txt"]) == [("news.txt", sha256(page.read_bytes()))]


def test_the_hour_a_page_shows_in_its_date_element_when_no_tag_gives_it():
    html = """<!DOCTYPE html><html lang="ru"><head><title>Правительство обсудило паводки</title></head><body>
    <div class="header-date">22 ноября 2026, 09:12</div>
    <div class="container"><h1>Олжас Бектенов провел заседание Правительства по паводкам</h1>
    <div class="news-date">19 ноября 2026 года, 11:20</div>
    <div class="news-text"><p>В Доме Правительства под председательством Премьер-Министра состоялось заседание
    Правительства, на котором рассмотрены вопросы подготовки к паводкоопасному периоду.</p>
    <p>По информации МЧС, в зоне возможного подтопления находятся 198 населенных пунктов.</p></div>
    </div></body></html>"""
    got = decode("primeminister/pavodki.html", html.encode())
    assert got.meta["date"] == "2026-11-19T11:20"  # the article's day and hour, not the header's clock


@pytest.mark.parametrize("line, author", [
    ("21 ноября 2026 15:00 | Автор: Марат Касенов", "Марат Касенов"),
    ("<span>Дайындаған:</span> <a href='/author/12'>Айгүл Сейілова</a>", "Айгүл Сейілова"),
])
def test_a_labelled_author_under_the_headline_is_the_author(line, author):
    """trafilatura reads no author from a labelled line in the page's head: the byline there gives it."""
    html = f"""<!DOCTYPE html><html lang="ru"><head><title>Закон о медиа</title></head><body>
    <div class="header"><a>Liter.kz</a> <a>Политика</a> <a>Интервью</a></div>
    <article><h1>Асхат Аймагамбетов: «Закон о медиа не должен стать инструментом давления»</h1>
    <div class="meta">{line}</div>
    <div class="article-body"><p>Депутат Мажилиса Асхат Аймагамбетов рассказал о поправках в закон о
    масс-медиа, которые парламент рассматривает во втором чтении.</p>
    <p><strong>– Асхат Канатович, зачем понадобились новые поправки?</strong></p>
    <p>– Практика показала, что часть норм работает не так, как задумывалось. Например, порядок аккредитации
    журналистов оказался слишком сложным. Мы получили более 200 обращений от редакций.</p>
    <p><strong>– Журналисты опасаются, что поправки ужесточат требования к онлайн-изданиям.</strong></p>
    <p>– Я понимаю эти опасения. Но рабочая группа поддержала большую часть поправок.</p></div>
    </article><footer>Автор: редакция</footer></body></html>"""
    assert decode("liter/media.html", html.encode()).meta["author"] == author


_MASSAGET = """<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8">
<title>Алматыда 1,5 млрд теңгеге мектеп салынады | Massaget.kz</title></head><body>
<div class="nav">Massaget.kz — Жаңалықтар | Қоғам | Білім | Денсаулық | Видео</div>
<article><h1>Алматыда 1,5 млрд теңгеге мектеп салынады</h1>
<p class="meta">{meta}</p>
<div class="text"><p>Алматының Наурызбай ауданында 1 200 орындық жаңа мектептің құрылысы басталды. Жобаның құны –
1,5 млрд теңге.</p>
<p>Бұл туралы Алматы қаласының әкімі Ерболат Досаев өзінің Instagram парақшасында жазды.</p>
<p>«Наурызбай ауданында оқушылар үш ауысыммен оқып жүр. Жаңа мектеп келесі жылдың қыркүйегінде ашылады», – деп
жазды әкім.</p>
<p>Қала әкімдігінің дерегінше, 2026 жылы Алматыда барлығы 14 мектеп салынады.</p></div></article>
<footer>© Massaget.kz, 2026</footer></body></html>"""


def test_the_kazakh_date_under_the_headline_is_the_publication_time():
    """trafilatura cannot read "16 қараша 2026" and guesses the year's first day from the copyright line; the
    date the page prints under its headline is the one a reader sees (here the headline, which trafilatura
    keeps as the body's first line, comes before it)."""
    got = decode("massaget/mektep.html", _MASSAGET.format(
        meta="Жарияланды: 16 қараша 2026, 10:00 · Автор: Ерболат Қасымов").encode())
    assert got.meta["date"] == "2026-11-16T10:00"
    assert got.meta["author"] == "Ерболат Қасымов"


def test_an_update_under_the_headline_is_not_the_publication_time():
    got = decode("massaget/mektep.html", _MASSAGET.format(
        meta="Жаңартылды: 18 қараша 2026, 12:30 · Жарияланды: 16 қараша 2026, 10:00").encode())
    assert got.meta["date"] == "2026-11-16T10:00"


@pytest.mark.parametrize("meta, author", [
    ("Айгерім Серікқызы | 21.11.2026 | Қаралды: 1 205", "Айгерім Серікқызы"),
    ("21.11.2026 · Асель Сатаева", "Асель Сатаева"),
    ("Жарияланған күні: 20.11.2026 | Айдана Жұмабекқызы", "Айдана Жұмабекқызы"),
    ("Білім | 21.11.2026 | Қаралды: 1 205", None),  # a rubric is no one's name
])
def test_a_name_alone_beside_the_date_under_the_headline_is_the_author(meta, author):
    """Sites print the writer's name unlabelled beside the date, as signatures stand beside a text's date line."""
    got = decode("jasalash/auyl.html", _MASSAGET.format(meta=meta).encode())
    assert got.meta.get("author") == author


def test_an_author_tag_that_names_the_site_keeps_its_domain():
    """trafilatura writes the author tag "Caravan.kz" as "Caravan kz", which no longer reads as the outlet's
    domain (cleaning moves an outlet named as the author to `outlet`)."""
    page = _MASSAGET.replace("<title>", '<meta name="author" content="Caravan.kz"><title>').format(meta="16.11.2026")
    assert decode("caravan/transport.html", page.encode()).meta["author"] == "Caravan.kz"



_TABLOID = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>В Алматы задержали бывшего замакима за взятку в 50 миллионов - KP.RU</title>
<meta property="article:published_time" content="2026-11-21T08:15:00+05:00">
</head>
<body>
<div class="header"><span>Комсомольская правда Казахстан</span> <span>Москва</span> <span>Алматы</span>
<a>Подписка</a> <a>Войти</a></div>
<div class="trending">Сейчас читают: Курс тенге · Погода · Пенсии 2027 · ЕНТ</div>
<main>
<h1>В Алматы задержали бывшего замакима за взятку в 50 миллионов</h1>
<div class="article-info">Евгений ПАНОВ<br>21 ноября 2026 8:15</div>
<div class="lead">Экс-чиновника подозревают в вымогательстве у застройщика</div>
<p>Сотрудники Антикоррупционной службы задержали бывшего заместителя акима Алматы. Об этом сообщили в
пресс-службе Агентства по противодействию коррупции.</p>
<p>По данным ведомства, в 2024-2025 годах фигурант, курируя вопросы строительства и земельных отношений,
требовал от руководителя строительной компании 50 млн тенге за выдачу разрешения на строительство жилого
комплекса.</p>
<p>Имя задержанного в агентстве не называют, однако источники «КП» утверждают, что речь идет о Тимуре
Бекмухамбетове, который покинул пост в феврале этого года.</p>
<p>Адвокат подозреваемого Сергей Уткин в беседе с нашим корреспондентом заявил, что его подзащитный вину не
признает.</p>
<p>- Мой клиент готов сотрудничать со следствием. Мы считаем, что обвинения построены исключительно на
показаниях заинтересованного лица, - сказал Уткин.</p>
<p>Судом санкционирована мера пресечения в виде содержания под стражей сроком на 2 месяца. Досудебное
расследование продолжается.</p>
<p>ЧИТАЙТЕ ТАКЖЕ</p>
<p>Экс-аким Талдыкоргана получил 8 лет за взятки</p>
</main>
<div class="promo">Реклама<br>Кредит под 0% на 3 месяца — оформите онлайн!</div>
<div class="footer">Сетевое издание «Комсомольская правда Казахстан» (KP.KZ). 18+</div>
</body>
</html>
"""


def test_a_name_and_a_standfirst_around_a_date_the_extractor_keeps_in_the_body_are_the_author_and_lead():
    """A tabloid's head: the writer's name over the date in one block, the standfirst under it. trafilatura keeps
    the date as the body's first line and leaves the name and the standfirst out of the body."""
    got = decode("kp/zamakim.html", _TABLOID.encode())
    assert got.text.split("\n")[1] == "21 ноября 2026 8:15"
    assert got.meta["author"] == "Евгений Панов"
    assert got.meta["lead_outside"] == "Экс-чиновника подозревают в вымогательстве у застройщика"


@pytest.mark.parametrize("head, outlet", [
    ('<meta property="og:site_name" content="Kapital.kz">', "Kapital.kz"),
    ("<title>Сенат медиация туралы заңды мақұлдады - Egemen.kz</title>", "Egemen.kz"),
    # a title's suffix that names no outlet gives none
    ("<title>Сенат медиация туралы заңды мақұлдады — Новости Казахстана</title>", None),
])
def test_the_sites_name_in_the_markup_is_the_outlet_when_the_text_names_none(head, outlet):
    from sayasat.pipeline import process

    html = f"""<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8">{head}
    <meta property="og:title" content="Сенат медиация туралы заңды мақұлдады"></head><body>
    <article><h1>Сенат медиация туралы заңды мақұлдады</h1>
    <p>Сенаторлар жалпы отырыста азаматтық және отбасылық дауларда медиацияны қолдану аясын кеңейтетін заңды
    қабылдады.</p><p>Заңды Әділет вице-министрі Ботагөз Жақселекова таныстырды.</p></article></body></html>"""
    assert process("egemen/mediation.html", html.encode()).article["outlet"] == outlet
