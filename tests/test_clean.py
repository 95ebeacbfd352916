"""Clean: chrome out, every sentence of the article in, meaning moved into fields, every cut logged."""

from datetime import UTC, datetime

import pytest

from sayasat.clean import clean

# A Russian page laid out the way Kazakhstan's Russian-language sites print it.
RU_PAGE = """Главная Новости Политика Экономика Общество Происшествия Спорт Регионы KZ RU
USD 512.40  EUR 553.10  RUB 5.62
+18°C Астана

Мажилис одобрил поправки в Избирательный кодекс

Депутаты приняли документ в первом чтении.

14 мая 2024, 10:30
Просмотров: 1 254

Мажилис одобрил поправки в Избирательный кодекс

Депутаты Мажилиса на пленарном заседании одобрили в первом чтении поправки в Избирательный кодекс, \
сообщает Tengrinews.kz. Документ вводит новые требования к агитационным материалам кандидатов.

Фото: пресс-служба Мажилиса

По словам депутата Ерлана Саирова, поправки касаются прежде всего прозрачности финансирования кампаний.

Читайте также:
- ЦИК утвердил календарь выборов
- Сенат рассмотрит закон о партиях
Поделиться:
Подписывайтесь на наш Telegram-канал
"""

KK_PAGE = """Басты бет Жаңалықтар Саясат Қоғам Экономика Спорт Мәдениет
Сенат сайлау туралы заңға өзгерістерді мақұлдады
12 қыркүйек 2021, 09:05
АСТАНА. 12 қыркүйек. KAZINFORM – Сенаторлар сайлау туралы конституциялық заңға енгізілетін \
өзгерістерді мақұлдады, деп хабарлайды Kazinform тілшісі.
Сенат төрағасы Мәулен Әшімбаев (суретте) құжат сайлау процесінің ашықтығын арттыратынын атап өтті.
Бөлісу:
Қаралым: 345
Ең оқылған:
- Алматыда жаңбыр жауады
- Астанада жаңа саябақ ашылды
"""


def test_russian_page_chrome_is_removed_and_body_kept():
    c = clean(RU_PAGE)
    assert c.title == "Мажилис одобрил поправки в Избирательный кодекс"
    assert c.lead == "Депутаты приняли документ в первом чтении."
    assert c.published_at == datetime(2024, 5, 14, 5, 30, tzinfo=UTC)  # UTC+5 since March 2024
    assert c.outlet == "Tengrinews.kz"
    for chrome in ("Главная", "USD", "°C", "Просмотров", "Читайте также", "ЦИК утвердил", "Поделиться",
                   "Telegram", "Фото:", "сообщает Tengrinews"):
        assert chrome not in c.text, chrome
    assert c.text.startswith("Депутаты Мажилиса на пленарном заседании одобрили в первом чтении поправки")
    assert "поправки касаются прежде всего прозрачности финансирования кампаний." in c.text
    assert c.text.count("Мажилис одобрил поправки") == 0  # the repeated title is gone, once in `title`


def test_every_removed_span_is_logged_with_offsets_into_the_input():
    c = clean(RU_PAGE)
    reasons = {r.reason for r in c.removed}
    assert {"menu", "ticker", "widget", "dateline", "duplicate", "source_credit", "related_list",
            "photo_credit"} <= reasons
    for r in c.removed:
        assert RU_PAGE[r.start:r.end] == r.text
    assert c.removed_chars == sum(r.end - r.start for r in c.removed)


def test_kazakh_page_with_inline_dateline_credit_and_photo_marker():
    c = clean(KK_PAGE)
    assert c.title == "Сенат сайлау туралы заңға өзгерістерді мақұлдады"
    assert c.published_at == datetime(2021, 9, 12, 3, 5, tzinfo=UTC)  # UTC+6 then
    assert c.outlet == "Kazinform"
    assert c.text.split("\n")[0] == ("Сенаторлар сайлау туралы конституциялық заңға енгізілетін өзгерістерді "
                                     "мақұлдады.")
    assert "Мәулен Әшімбаев құжат" in c.text and "(суретте)" not in c.text
    for chrome in ("Басты бет", "Бөлісу", "Қаралым", "Ең оқылған", "Алматыда жаңбыр", "KAZINFORM"):
        assert chrome not in c.text, chrome


def test_an_agency_dateline_signed_by_the_reporter_gives_the_author():
    c = clean("Депутаты предложили снизить проходной барьер\n18.11.2026 11:25\n"
              "Алматы. 18 ноября. КазТАГ – Ержан Сейтжанов. Депутаты Мажилиса от партии «Ак жол» предложили "
              "снизить проходной барьер для партий с 5 до 3%.\n")
    assert (c.outlet, c.author) == ("KazTAG", "Ержан Сейтжанов")
    assert c.text.startswith("Депутаты Мажилиса от партии")
    assert [(r.reason, r.text) for r in c.removed][-1] == ("dateline", "Алматы. 18 ноября. КазТАГ – Ержан Сейтжанов. ")
    # a sentence that opens with a name after the dash is the article's
    c = clean("АСТАНА. KAZINFORM – Касым-Жомарт Токаев провел совещание по вопросам водной безопасности.\n")
    assert c.author is None and c.text.startswith("Касым-Жомарт Токаев провел")


@pytest.mark.parametrize("line", ["Толығырақ: Зейнетақы жарналары қалай өзгереді",
                                  "Подробнее: Как изменятся пенсионные взносы",
                                  "Тақырыпқа орай: Президент жер реформасы туралы: Асығыстық болмауы керек",
                                  "В тему: Токаев подписал закон о референдуме"])
def test_a_one_word_read_more_heading_before_a_headline_is_a_related_link(line):
    c = clean(f"Сенат принял закон о пенсиях\nСенаторы приняли закон о пенсионных взносах.\n{line}\n"
              "Закон направлен на подпись Президенту.\n")
    assert line not in c.text and ("related_list", line) in [(r.reason, r.text) for r in c.removed]
    # with a full stop it is a sentence of the article
    c = clean("Сенат принял закон о пенсиях\nСенаторы приняли закон.\nПодробнее: закон вступит в силу в январе.\n")
    assert "Подробнее: закон вступит в силу в январе." in c.text


@pytest.mark.parametrize("found,author", [("Автор Динара Ахметова", "Динара Ахметова"),
                                          ("Автор: Динара Ахметова", "Динара Ахметова"),
                                          ("Дайындаған Әлия Нұрланқызы", "Әлия Нұрланқызы"),
                                          ("Авторов Ерлан", "Авторов Ерлан")])  # a surname, no label
def test_the_label_the_extractor_leaves_on_an_author_goes(found, author):
    c = clean("Депутаты одобрили поправки в Избирательный кодекс.\n", meta={"title": "Поправки", "author": found})
    assert c.author == author


def test_a_kazakh_interview_signed_without_a_colon_and_a_copyright_line():
    c = clean("Мұрат Әбенов: «Парламент реформасы – уақыт талабы»\n20 Қараша 2026, 10:15\n"
              "Мәжіліс депутаты Мұрат Әбенов газетке берген сұхбатында парламент реформасы туралы айтты.\n"
              "– Бір палаталы парламентті қолдайсыз ба?\n– Иә, толық қолдаймын.\n"
              "Әңгімелескен Айгүл Сейілова\nМатериалды көшіріп басу үшін редакцияның рұқсаты қажет.\n")
    assert c.author == "Айгүл Сейілова"
    assert c.text.endswith("– Иә, толық қолдаймын.\nАйгүл Сейілова")  # the interviewer is a participant
    assert "рұқсаты" not in c.text
    # a heading that starts like a label is no byline
    c = clean("Референдум\nТекст Конституции Казахстана\nКонституция принята на референдуме.\n")
    assert c.author is None and "byline" not in [r.reason for r in c.removed]


def test_paid_material_notices_in_both_languages():
    ru = clean("Кандидат встретился с избирателями Павлодара и рассказал о своей программе.\n"
               "Оплачено из средств избирательного фонда кандидата в депутаты Мажилиса Иванова И.И.\n")
    assert ru.is_sponsored and ru.sponsor == "кандидата в депутаты Мажилиса Иванова И.И"
    assert "Оплачено" not in ru.text
    kk = clean("Партия өкілдері тұрғындармен кездесті.\n"
               "«Ақ жол» партиясының сайлау қорының қаражаты есебінен төленді\n")
    assert kk.is_sponsored and kk.sponsor == "«Ақ жол» партиясы"


@pytest.mark.parametrize("line", ["Читайте Kursiv в Telegram", "Следите за новостями в Telegram",
                                  "Бізді Telegram-да оқыңыз"])
def test_a_follow_us_line_is_a_widget(line):
    c = clean(f"Бюджет направлен в Сенат.\n{line}\n")
    assert c.text == "Бюджет направлен в Сенат." and [r.reason for r in c.removed] == ["widget"]


@pytest.mark.parametrize("line", ["Толығырақ – сюжетте.", "Подробнее – в сюжете.", "Толығырақ бейнесюжетте",
                                  "Подробнее о реформе – в сюжете нашего корреспондента."])
def test_a_television_sites_pointer_to_its_video_report_is_a_widget(line):
    body = "Мәжіліс депутаттары салық кодексіне енгізілетін түзетулерді бірінші оқылымда мақұлдады."
    c = clean(f"Мәжіліс түзетулерді мақұлдады\n\n{body}\n\n{line}\n")
    assert c.text == body and [(r.reason, r.text) for r in c.removed] == [("widget", line)]


@pytest.mark.parametrize("notice", ["Материал опубликован на коммерческой основе.", "Партнерский материал",
                                    "Серіктестік материал", "Жарнама құқығында"])
def test_a_commercial_material_notice_marks_the_page_sponsored(notice):
    c = clean(f"Партия провела форум в Астане.\n{notice}\n")
    assert c.is_sponsored and c.text == "Партия провела форум в Астане."
    # the words inside a sentence are the article's
    assert not clean("Рекламный материал партии вызвал споры в Астане.\n").is_sponsored


def test_a_run_of_dates_is_a_related_list_not_the_publication_date(seed_text):
    c = clean(seed_text("002"))
    assert c.published_at is None
    assert "15.11.2024" not in c.text
    assert {r.reason for r in c.removed if r.text == "15.11.2024"} == {"related_list"}


def test_seed_interview_byline_and_sponsor(seed_text):
    c = clean(seed_text("002"))
    assert c.author == "Дина Хангелді"
    assert c.is_sponsored and c.sponsor.startswith("«Nur Otan» партиясы")
    assert "Сұхбаттасқан:" not in c.text and "(суретте)" not in c.text
    assert "– Сізге көп рахмет!" in c.text
    # the interviewer asks the questions: her name stays as the closing line, the label is the byline
    assert c.text.endswith("\nДина ХАНГЕЛДІ")
    assert [r.text for r in c.removed if r.reason == "byline"] == ["Сұхбаттасқан: "]


def test_seed_repeated_title_and_lead_are_kept_once(seed_text):
    c = clean(seed_text("001"))
    whole = " ".join([c.title, c.lead, c.text])
    assert whole.count("Молодежные организации выступили в поддержку итогов выборов") == 1
    assert whole.count("Для представителей СМИ был организован пресс-тур") == 1
    assert c.text.splitlines()[1].startswith("Их ознакомили с деятельностью центров агитации")


def test_a_page_without_chrome_loses_nothing(seed_text):
    raw = seed_text("000")
    c = clean(raw)
    assert c.removed == [] and c.title is None
    assert c.text == "\n".join(line.strip() for line in raw.splitlines() if line.strip())


def test_a_short_line_ending_in_a_period_is_not_a_title():
    c = clean("Президент подписал указ о назначении выборов.\nВыборы пройдут 19 марта.\n")
    assert c.title is None
    assert c.text.startswith("Президент подписал указ")


@pytest.mark.parametrize("headline", [
    "Токаев подписал закон о выборах, который вступит в силу",
    "Мәжіліс сайлау туралы заңға өзгерістер енгізуді мақұлдады...",
    "Сенат вернул закон в Мажилис."])
def test_a_headline_cut_off_in_a_feed_is_still_the_headline_when_the_dateline_follows(headline):
    c = clean(f"Новости Казахстана Новости мира Интервью Спорт Культура Регионы\n\n{headline}\n\n"
              f"24.11.2022, 16:48\n\nДепутаты Мажилиса одобрили в первом чтении поправки в Избирательный кодекс "
              f"Республики Казахстан, документ вводит новые требования.\n")
    assert c.title == headline
    assert c.published_at == datetime(2022, 11, 24, 10, 48, tzinfo=UTC)
    assert c.text.startswith("Депутаты Мажилиса")


def test_published_and_updated_lines_are_metadata_not_a_related_list():
    c = clean("Мажилис одобрил поправки\nОпубликовано: 24 ноября 2022, 16:48\nОбновлено: 25 ноября 2022, 10:00\n"
              "Депутаты Мажилиса одобрили в первом чтении поправки в Избирательный кодекс Республики Казахстан.\n")
    assert c.published_at == datetime(2022, 11, 24, 10, 48, tzinfo=UTC)
    assert [r.reason for r in c.removed] == ["dateline", "dateline"]


@pytest.mark.parametrize("line", ["15.03.2025 10:12 | 2 431 рет оқылды", "15 марта 2025, 10:12 👁 2 431",
                                  "15 марта 2025, 10:12 · 2 431 просмотр", "15 марта 2025 | 10:12 | Политика"])
def test_a_date_line_with_a_view_counter_or_a_section_dates_the_article_and_counts_nothing(line):
    c = clean(f"Тіл саясаты: мемлекеттік тілдің мәртебесі қашан көтеріледі?\n\n{line}\n\nМәжілістің былтырғы "
              "сессиясында «Тіл туралы» заңға түзетулер талқыланды.\n")
    assert c.published_at == datetime(2025, 3, 15, 5, 12, tzinfo=UTC)
    assert [(r.reason, r.text) for r in c.removed] == [("dateline", line)] and c.text.startswith("Мәжілістің")


def test_a_relative_date_is_a_dateline_without_a_time():
    c = clean("Сенат принял закон\nСегодня, 14:35\nСенаторы приняли закон о выборах в окончательном чтении сегодня.\n")
    assert c.published_at is None and "Сегодня, 14:35" not in c.text
    assert [(r.reason, r.text) for r in c.removed] == [("dateline", "Сегодня, 14:35")]


@pytest.mark.parametrize("page,outlet,last_line", [
    ("Депутаты одобрили поправки в Избирательный кодекс, – пишет Orda.kz.", "Orda.kz",
     "Депутаты одобрили поправки в Избирательный кодекс."),
    ("Сенаторлар заңды қабылдады, хабарлайды Kazinform тілшісі.", "Kazinform", "Сенаторлар заңды қабылдады."),
    ("Депутаты одобрили поправки в Избирательный кодекс.\nИсточник: Kazinform", "Kazinform",
     "Депутаты одобрили поправки в Избирательный кодекс."),
    ("Сенаторлар заңды қабылдады.\nДереккөз: Egemen.kz\n© 2024 Egemen.kz\nҚате тапсаңыз, Ctrl+Enter басыңыз",
     "Egemen.kz", "Сенаторлар заңды қабылдады."),
    ("Депутаты одобрили поправки, сообщает пресс-служба Мажилиса.", None,
     "Депутаты одобрили поправки, сообщает пресс-служба Мажилиса."),
    # an agency's own credit, unnamed: it goes, and the dateline (if any) names the outlet
    ("Мажилис одобрил в первом чтении законопроект, передает корреспондент агентства.", None,
     "Мажилис одобрил в первом чтении законопроект."),
    ("Мәжіліс заң жобасын мақұлдады, – деп хабарлайды агенттік тілшісі.", None, "Мәжіліс заң жобасын мақұлдады."),
])
def test_source_credits_name_the_outlet_and_leave_the_sentence_whole(page, outlet, last_line):
    c = clean(page)
    assert c.outlet == outlet and c.text.split("\n")[-1] == last_line


@pytest.mark.parametrize("chrome", ["Главная / Политика / Выборы", "Басты бет » Саясат", "Спорт › Футбол",
                                    "Поделиться: Facebook, WhatsApp, Telegram", "Бөлісу: WhatsApp Telegram Facebook",
                                    "Наш Telegram-канал: t.me/tengrinews",
                                    "Мнение редакции может не совпадать с мнением автора"])
def test_breadcrumbs_share_bars_and_disclaimers_above_the_headline_are_not_the_title(chrome):
    c = clean(f"{chrome}\nМажилис одобрил поправки\nДепутаты Мажилиса одобрили в первом чтении поправки в "
              f"Избирательный кодекс Республики Казахстан, документ вводит новые требования.\n")
    assert c.title == "Мажилис одобрил поправки" and chrome not in c.text


@pytest.mark.parametrize("title", ["Путин / Токаев: итоги встречи", "Выборы в Telegram"])
def test_headlines_that_look_like_chrome_stay_headlines(title):
    assert clean(f"{title}\nДепутаты Мажилиса одобрили в первом чтении поправки в Избирательный кодекс "
                 f"Республики Казахстан, документ вводит новые требования.\n").title == title


def test_a_lone_date_at_the_foot_of_a_short_page_is_not_its_publication_time():
    assert clean("Сенат принял закон\nСенаторы приняли закон.\nОн вступит в силу в январе.\n15.11.2024\n") \
        .published_at is None


@pytest.mark.parametrize("kicker", ["Политика", "ЭКСКЛЮЗИВ", "Новости Казахстана", "Жаңалықтар", "Выборы-2024"])
def test_a_rubric_or_kicker_above_the_headline_is_not_the_title(kicker):
    c = clean(f"{kicker}\nМажилис одобрил поправки\nДепутаты Мажилиса одобрили в первом чтении поправки в "
              f"Избирательный кодекс Республики Казахстан, документ вводит новые требования.\n")
    assert c.title == "Мажилис одобрил поправки" and [r.reason for r in c.removed] == ["menu"]


@pytest.mark.parametrize(("dateline", "outlet"), [
    ("АСТАНА. КАЗИНФОРМ – ", "Kazinform"),
    ("АСТАНА. ҚазАқпарат – ", "Kazinform"),
    ("Астана. 14 октября. ИНТЕРФАКС-КАЗАХСТАН - ", "Интерфакс-Казахстан"),
    ("АСТАНА, 14 октября. /Kazakhstan Today/ - ", "Kazakhstan Today"),
    ("АЛМАТЫ, 14 окт – Sputnik. ", "Sputnik"),
    ("ASTANA. BAQ.KZ – ", "BAQ.KZ"),  # an agency not listed, named by its domain
    ("АЛМАТЫ, 19 ноября — КТК. ", "КТК"),  # a television channel after the dash
    ("АСТАНА, 14 октября — ", None),
    ("Ақтөбе, 3 қазан – ", None),
])
def test_agency_datelines_are_cut_and_name_the_outlet(dateline, outlet):
    body = "Премьер-министр Олжас Бектенов поручил ускорить принятие поправок."
    c = clean(f"Правительство одобрило поправки\n\n{dateline}{body}\n\nДокумент направят в Мажилис.\n")
    assert c.text.split("\n")[0] == body
    assert [(r.reason, r.text) for r in c.removed] == [("dateline", dateline)]
    assert c.outlet == outlet


def test_a_dateline_line_of_a_city_a_date_and_a_known_paper_is_cut():
    body = "Орталық сайлау комиссиясы Мәжіліс сайлауының алдын ала қорытындысын жариялады."
    c = clean(f"Мәжіліс сайлауының қорытындысы жарияланды\n\nАстана. 20 наурыз. Egemen Qazaqstan\n\n{body}\n")
    assert c.text == body and c.outlet == "Egemen Qazaqstan"
    assert [(r.reason, r.text) for r in c.removed] == [("dateline", "Астана. 20 наурыз. Egemen Qazaqstan")]
    # a city, a date and a name no paper bears stay: they may open the story
    c = clean(f"Мәжіліс сайлауының қорытындысы жарияланды\n\nАстана. 20 наурыз. Нұрлан Әбдіров\n\n{body}\n")
    assert c.text.startswith("Астана. 20 наурыз. Нұрлан Әбдіров") and not c.removed


def test_a_dateline_with_the_year_dates_the_article():
    c = clean("Правительство одобрило поправки\n\nАстана, 14 октября 2025 года. Премьер-министр Олжас Бектенов "
              "поручил ускорить работу.\n")
    assert c.text.startswith("Премьер-министр") and c.published_at == datetime(2025, 10, 13, 19, tzinfo=UTC)


@pytest.mark.parametrize("first", [
    "ЦИК – орган, который отвечает за выборы.", "AMANAT – крупнейшая партия страны.",
    "Астана – столица Казахстана с 1997 года.", "Алматы. Город готовится к зиме.",
    "Токаев. Новый курс – так называется книга.", "Премьер-министр Олжас Бектенов – о бюджете.",
])
def test_a_first_sentence_that_only_looks_like_a_dateline_stays(first):
    c = clean(f"Заголовок статьи\n\n{first}\n\nВторой абзац статьи.\n")
    assert c.text.split("\n")[0] == first and not c.removed


def test_a_related_link_on_the_heading_line_is_cut_but_a_sentence_opening_with_a_heading_word_stays():
    body = "Депутаты одобрили поправки в Конституцию в первом чтении."
    for link in ("Читайте также: Мажилис одобрил поправки в Конституцию",
                 "Оқи отырыңыз: Мәжіліс Конституцияға түзетулерді мақұлдады"):
        c = clean(f"Депутаты поддержали поправки\n\n{body}\n\n{link}\n")
        assert c.text == body and [(r.reason, r.text) for r in c.removed] == [("related_list", link)]
    for sentence in ("Главное: не паниковать и следить за новостями.", "Главное – это доверие граждан к выборам."):
        assert clean(f"Депутаты поддержали поправки\n\n{body}\n\n{sentence}\n").text == f"{body}\n{sentence}"


@pytest.mark.parametrize(("line", "kept", "outlet"), [
    ("Об этом сообщает Informburo.kz со ссылкой на пресс-службу МВД.", None, "Informburo.kz"),
    ("Депутаты одобрили закон, передает Zakon.kz со ссылкой на пресс-службу Мажилиса.", "Депутаты одобрили закон.",
     "Zakon.kz"),
    ("Депутаты одобрили закон, сообщает агентство «Казинформ».", "Депутаты одобрили закон.", "Kazinform"),
])
def test_a_credit_takes_whom_the_outlet_cites_and_a_quoted_agency_name(line, kept, outlet):
    c = clean(f"Депутаты одобрили закон о выборах\n\nДепутаты Мажилиса одобрили закон в первом чтении.\n\n{line}\n")
    assert c.outlet == outlet
    assert c.text.split("\n")[1:] == ([kept] if kept else [])


def test_a_sentence_about_a_social_network_page_is_body_and_a_follow_line_is_chrome():
    said = ("Мәжіліс депутаты Ерлан Саиров Facebook парақшасында жаңа заң туралы пікір жазды. «Бұл заң шағын "
            "бизнесті қолдауға бағытталған», – деп жазды ол.")
    follow = ["Подписывайтесь на наш Telegram-канал", "Telegram арнамызға жазылыңыз", "Наш Telegram-канал: @news",
              "Біздің Telegram арнамыз", "Переходите в наш Telegram канал, чтобы быть в курсе"]
    c = clean("Депутат әлеуметтік желіде пікір білдірді\n\n" + "\n\n".join([said, *follow]) + "\n")
    assert c.text == said
    assert [r.text for r in c.removed if r.reason == "widget"] == follow


def test_a_credit_names_a_foreign_outlet_of_several_words_whole():
    c = clean("Компания готовит сделку\n\nСделка обсуждается давно. Как пишет The Wall Street Journal, компания "
              "готовит сделку на 2 млрд долларов.\n\nСделку одобрили, пишет Financial Times.\n")
    assert c.outlet == "The Wall Street Journal"
    assert [r.text for r in c.removed] == ["Как пишет The Wall Street Journal, ", ", пишет Financial Times"]
    assert c.text == "Сделка обсуждается давно. компания готовит сделку на 2 млрд долларов.\nСделку одобрили."


def test_a_date_line_with_the_authors_name_dates_and_signs_the_article():
    page = ("Токаев подписал закон о митингах: что изменится\n\n19 ноября 2026, 16:20 · Дана Омарова\n\n"
            "Президент Касым-Жомарт Токаев подписал закон о мирных собраниях.\n")
    c = clean(page)
    assert c.published_at == datetime(2026, 11, 19, 11, 20, tzinfo=UTC) and c.author == "Дана Омарова"
    assert c.text == "Президент Касым-Жомарт Токаев подписал закон о мирных собраниях."
    c = clean("Сенат заңды қабылдады\nЖанар Қасымбекова | 19.11.2026\nСенат бейсенбі күні заңды қабылдады.\n")
    assert c.author == "Жанар Қасымбекова" and c.text == "Сенат бейсенбі күні заңды қабылдады."


def test_social_embeds_and_a_list_under_materialy_po_teme_are_chrome():
    page = ("Закон о митингах подписан\n\nЗакон сокращает срок уведомления о митинге до пяти дней.\n\n"
            "View this post on Instagram\nA post shared by Akorda (@akorda_press)\n\n"
            "— Akorda (@AkordaPress) November 19, 2026\n\n"
            "По словам министра, новые правила согласованы с правозащитниками.\n\n"
            "Материалы по теме:\nКак проходят митинги в Казахстане: опыт последних лет\n"
            "Правозащитники раскритиковали законопроект о митингах\n")
    c = clean(page)
    assert c.lead == "Закон сокращает срок уведомления о митинге до пяти дней."  # chrome under it: a lead
    assert c.text == "По словам министра, новые правила согласованы с правозащитниками."
    assert {r.reason for r in c.removed} == {"widget", "related_list"}


def test_a_masthead_in_capitals_and_the_sites_name_alone_are_chrome_but_a_headline_in_capitals_stays():
    page = ("EGEMEN QAZAQSTAN\nСаясат Экономика Қоғам Аймақтар Спорт\n\nМәжіліс бюджетті мақұлдады\n\n"
            "22.11.2026 | 10:15\n\nМәжіліс депутаттары заң жобасын бірінші оқылымда мақұлдады.\n\nEgemen.kz\n")
    c = clean(page)
    assert c.title == "Мәжіліс бюджетті мақұлдады"
    assert c.text == "Мәжіліс депутаттары заң жобасын бірінші оқылымда мақұлдады."
    assert c.published_at == datetime(2026, 11, 22, 5, 15, tzinfo=UTC)
    c = clean("ТОҚАЕВ ЖАРЛЫҚҚА ҚОЛ ҚОЙДЫ\n\nМемлекет басшысы сайлау туралы заңға қол қойды. Құжат жарияланды.\n\n"
              "Заң он күннен кейін күшіне енеді.\n")
    assert c.title == "ТОҚАЕВ ЖАРЛЫҚҚА ҚОЛ ҚОЙДЫ"


@pytest.mark.parametrize("line", [
    "Автор фото: Тұрсын Жұмабек", "Фото предоставлено пресс-службой акимата", "Кадр из видео", "Скриншот: Instagram",
    "Ссылка скопирована", "Жаңалықтарды Telegram-нан оқыңыз", "Следите за новостями Kazinform в Telegram",
    "Читайте нас в Google Новостях", "Загрузка...", "18+", "Пікір жазу үшін тіркеліңіз", "Новость дня",
    "Главное за неделю", "Редакция может не разделять мнение автора", "Автордың пікірі редакцияның көзқарасы емес",
])
def test_more_chrome_lines_of_kazakhstans_sites(line):
    page = ("Мажилис одобрил поправки в закон о выборах\n\nДепутаты одобрили поправки в закон о выборах в первом "
            f"чтении.\n\n{line}\n\nДокумент направлен в Сенат.\n")
    assert line not in clean(page).text


@pytest.mark.parametrize("line", [
    "Скриншоты переписки опубликовал депутат Мажилиса Нурлан Ауесбаев.",
    "Фото предоставлено пресс-службой акимата, которая сообщила, что на митинг вышли 300 человек.",
    "Следите за развитием событий, сказал министр.",
])
def test_a_sentence_that_opens_like_chrome_is_body(line):
    page = ("Мажилис одобрил поправки в закон о выборах\n\nДепутаты одобрили поправки в закон о выборах в первом "
            f"чтении.\n\n{line}\n\nДокумент направлен в Сенат.\n")
    assert line in clean(page).text


@pytest.mark.parametrize("page,title,lead", [
    ("Центральная избирательная комиссия Республики Казахстан\n\nЦИК подвел итоги выборов в маслихаты\n\n"
     "21.11.2026 | 10:15\n\nЦентральная избирательная комиссия на своем заседании подвела итоги выборов "
     "депутатов маслихатов.\n", "ЦИК подвел итоги выборов в маслихаты", None),
    ("Қазақстан Республикасы Орталық сайлау комиссиясы\n\nОСК мәслихат сайлауының қорытындысын шығарды\n\n"
     "21.11.2026 | 10:15\n\nОрталық сайлау комиссиясы отырысында мәслихат депутаттарын сайлау қорытындысын "
     "шығарды.\n", "ОСК мәслихат сайлауының қорытындысын шығарды", None),
    # a headline with a subtitle under it, the date under that: the subtitle says something too, the
    # headline stays and the subtitle is the lead
    ("Нацбанк сохранил базовую ставку\n\nРегулятор ожидает замедления инфляции к концу года\n\n"
     "20.11.2026 | 15:05\n\nНациональный банк сохранил базовую ставку на уровне 16,5% годовых.\n",
     "Нацбанк сохранил базовую ставку", "Регулятор ожидает замедления инфляции к концу года"),
    # a paper's name with its house word: "газеті" ends as a past tense ("кездесті") does, and says nothing
    ("Атырау газеті\n\nОблыс әкімі тұрғындармен кездесті\n\n22.11.2026 | 09:15\n\nОблыс әкімі Құлсары "
     "қаласының тұрғындарымен кездесті.\n", "Облыс әкімі тұрғындармен кездесті", None),
])
def test_the_publishers_name_above_the_headline_is_not_the_title(page, title, lead):
    c = clean(page)
    assert (c.title, c.lead) == (title, lead) and c.published_at is not None


@pytest.mark.parametrize("signature", ["Пресс-служба ЦИК РК", "Мәжілістің баспасөз қызметі",
                                       "Пресс-служба акимата города Алматы"])
def test_a_press_services_signature_under_a_release_is_a_source_credit(signature):
    c = clean(f"Мажилис одобрил законопроект\n\nДепутаты одобрили законопроект о выборах акимов.\n\n{signature}\n")
    assert [(r.reason, r.text) for r in c.removed] == [("source_credit", signature)]
    assert c.text == "Депутаты одобрили законопроект о выборах акимов."
    # a sentence that names the press service stays
    c = clean("Мажилис одобрил законопроект\n\nДепутаты одобрили законопроект о выборах акимов.\n\n"
              "Пресс-служба Мажилиса сообщила, что закон вступит в силу в январе.\n")
    assert c.removed == [] and c.text.endswith("вступит в силу в январе.")


# An opinion column as Kazakh portals print it in plain text: the writer's name and trade above the date,
# the name again in capitals under the piece.
KK_COLUMN = """Abai.kz
Басты бет / Саясат / Көзқарас

Парламенттік реформа: сайлаушы не ұтты?

Ғалым Ахметов, саясаттанушы
21.11.2026 09:15

Биылғы реформадан кейін Мәжілістегі депутаттардың 30 пайызы бір мандатты округтерден сайланатын болды.

«Партиялар сайлау алдында ғана оянады», – дейді Айдос Сарым.

Менің ойымша, реформаның пайдасы бар, бірақ ол әлі толық жүзеге асқан жоқ.

Ғалым АХМЕТОВ

Пікір қалдыру
"""


def test_a_columnists_signature_is_the_byline_not_the_lead_or_the_body():
    c = clean(KK_COLUMN)
    assert c.author == "Ғалым Ахметов"
    assert c.lead is None
    assert "Ахметов" not in c.text and "АХМЕТОВ" not in c.text
    assert [r.text for r in c.removed if r.reason == "byline"] == ["Ғалым Ахметов, саясаттанушы", "Ғалым АХМЕТОВ"]
    assert c.published_at == datetime(2026, 11, 21, 4, 15, tzinfo=UTC)


@pytest.mark.parametrize("sign", ["Ербол Нуржанов, КТК", "Данияр Омаров, корреспондент Kazinform",
                                  "Айгүл Сейілова, Egemen.kz"])
def test_a_reporters_signature_with_the_outlet_is_the_byline(sign):
    """Television and agency reports end with the reporter and the outlet: the outlet is no person's trade, and
    the line is no sentence of the report."""
    page = ("Депутаты предложили запретить чиновникам отдыхать за границей\n\nАЛМАТЫ, 19 ноября — КТК. Группа "
            "депутатов Мажилиса внесла законопроект о зарубежных командировках.\n\nИнициатором выступил депутат "
            "Магеррам Магеррамов.\n\nЗаконопроект рассмотрят на пленарном заседании в декабре.\n\n" + sign + "\n")
    c = clean(page)
    assert c.author == sign.split(",")[0]
    assert c.text.endswith("в декабре.")


def test_a_name_under_a_closing_quotation_is_its_speaker_not_a_signature():
    page = ("Жители Жанаозена о воде\n\n20.11.2026 10:42\n\nВ городе снова перебои с водой.\n\n"
            "«Нам каждый год обещают, а воды как не было, так и нет».\n\nЕрлан Сатыбалдиев, житель города\n")
    c = clean(page)
    assert c.author is None
    assert c.text.endswith("Ерлан Сатыбалдиев, житель города")


@pytest.mark.parametrize("field, outlet", [("Азаттық радиосы", "Азаттық"), ("Редакция Liter.kz", "Liter.kz")])
def test_an_author_field_that_names_the_outlet_credits_the_outlet(field, outlet):
    c = clean("Алматыда белсенділер сотталды\n\nСот екі белсендіні 15 тәулікке қамауға алды.\n",
              {"title": "Алматыда белсенділер сотталды", "author": field})
    assert c.author is None
    assert c.outlet == outlet


def test_a_call_for_readers_tips_is_a_widget():
    tip = "Если вы стали свидетелем интересного события, присылайте информацию на WhatsApp +7 777 000 00 00."
    c = clean("Бектенов поручил ускорить строительство школ\n\n18 ноября 2026, 11:25\n\n"
              f"Премьер-министр раскритиковал акиматов за отставание.\n\n{tip}\n")
    assert tip not in c.text
    assert [r.reason for r in c.removed if r.text == tip] == ["widget"]


def test_a_kazakh_source_line_credits_the_source():
    c = clean("Түркістанда жаңа ауруханаға іргетас қаланды\n\n18.11.2026 11:00\n\n"
              "Түркістан қаласында 500 төсектік аурухананың құрылысы басталды.\n\n"
              "Ақпарат көзі: облыс әкімдігінің баспасөз қызметі\n")
    assert c.text == "Түркістан қаласында 500 төсектік аурухананың құрылысы басталды."
    assert c.outlet == "облыс әкімдігінің баспасөз қызметі"
    assert [r.reason for r in c.removed if r.text.startswith("Ақпарат")] == ["source_credit"]


@pytest.mark.parametrize("credits", ["Тілші: Динара Әбенова, оператор: Марат Сейітов",
                                     "Тілші: Динара Әбенова\nОператор: Марат Сейітов",
                                     "Корреспондент: Динара Әбенова | Видеооператор: Марат Сейітов"])
def test_a_television_crews_credits_are_bylines_and_only_the_reporter_is_the_author(credits):
    """TV news sites print the reporter's and the camera operator's names under the story: both are credits,
    neither is part of the story, and the reporter wrote it."""
    page = ("Жастар саясаты: жаңа заң жобасы талқыланды\n\nМәжілісте «Мемлекеттік жастар саясаты туралы» заңға "
            "өзгерістер талқыланды.\n\nҒылым және жоғары білім министрі жобаны таныстырды.\n\n" + credits + "\n")
    c = clean(page)
    assert c.author == "Динара Әбенова"
    assert "Сейітов" not in c.text
    assert {r.reason for r in c.removed} == {"byline"}


def test_the_crew_after_the_reporter_in_a_pages_author_field_is_no_author():
    c = clean("Жастар саясаты талқыланды\n\nМәжілісте заң жобасы талқыланды.\n",
              meta={"author": "Тілші Динара Әбенова Оператор Марат Сейітов"})
    assert c.author == "Динара Әбенова"


@pytest.mark.parametrize("call", ["Если у вас есть информация о нарушениях, пишите нам на почту tips@bes.media.",
                                  "Егер сізде осындай жағдай болса, бізге WhatsApp арқылы жазыңыз."])
def test_a_call_for_readers_tips_in_the_second_person_is_a_widget(call):
    page = ("Как бывший аким получил 300 гектаров земли\n\nПрокуратура требует вернуть землю государству. Суд "
            "назначен на 3 декабря.\n\n" + call + "\n")
    c = clean(page)
    assert [(r.reason, r.text) for r in c.removed] == [("widget", call)]


@pytest.mark.parametrize("foot, outlet", [("Медиазона. Центральная Азия", "Медиазона. Центральная Азия"),
                                          ("Ана тілі", "Ана тілі"), ("Dalanews.kz", "Dalanews.kz")])
def test_an_outlets_name_as_the_last_line_credits_the_outlet(foot, outlet):
    """Papers and sites sign a piece with their name under its last paragraph: a credit, not a sentence."""
    page = ("В Алматы оштрафовали участников одиночных пикетов\n\n21 ноября 2026, 13:10\n\nСуд оштрафовал троих "
            "активистов.\n\nКаждому назначен штраф в размере 50 МРП.\n\nРешение будет обжаловано.\n\n" + foot + "\n")
    c = clean(page)
    assert c.outlet == outlet
    assert c.text.endswith("будет обжаловано.")
    assert ("source_credit", foot) in [(r.reason, r.text) for r in c.removed]


def test_the_outlets_name_beside_the_date_is_a_date_line():
    page = ("Сенат Бюджет кодексіне түзетулерді қабылдады\n\nҚазақ радиосы | 21.11.2026 09:40\n\nСенаттың жалпы "
            "отырысында депутаттар заңды қабылдады.\n\nСенат Төрағасы Үкіметке тапсырма берді.\n")
    c = clean(page)
    assert c.published_at == datetime(2026, 11, 21, 4, 40, tzinfo=UTC)
    assert c.text.startswith("Сенаттың жалпы")


@pytest.mark.parametrize("first, kept", [
    ("ҚАРАҒАНДЫ. Облыс әкімі Теміртау тұрғындарымен кездесті.", "Облыс әкімі Теміртау тұрғындарымен кездесті."),
    ("УРАЛЬСК. Депутаты маслихата утвердили бюджет.", "Депутаты маслихата утвердили бюджет."),
    ("ЮНЕСКО. Организация включила айтыс в список наследия.",  # no place: the sentence's subject
     "ЮНЕСКО. Организация включила айтыс в список наследия."),
    ("АСТАНА, 15 октября. Сенат ратифицировал соглашение с Узбекистаном.",  # the day after the place
     "Сенат ратифицировал соглашение с Узбекистаном.")])
def test_a_place_in_capitals_opening_the_first_paragraph_is_a_dateline(first, kept):
    c = clean("Облыс әкімі тұрғындармен кездесті\n\n" + first + "\n\nКелесі жылы жұмыс жалғасады.\n")
    assert c.text.split("\n")[0] == kept


def test_a_photographers_credit_in_kazakh_is_a_photo_credit():
    c = clean("Облыс әкімі тұрғындармен кездесті\n\nӘкім тұрғындардың мұң-мұқтажын тыңдады.\n\nКелесі жылы жұмыс "
              "жалғасады.\n\nСуретті түсірген Бауыржан Ахметов\n")
    assert [(r.reason, r.text) for r in c.removed] == [("photo_credit", "Суретті түсірген Бауыржан Ахметов")]


def test_the_heads_other_labels_an_extractor_took_for_authors_are_no_authors():
    """trafilatura reads "Автор: Светлана Глушкова | Дата: 18 ноября 2026 | Просмотров: 1 874" as three
    authors once it drops the values."""
    c = clean("Маслихат утвердил бюджет\n\nДепутаты утвердили бюджет области.\n",
              meta={"author": "Автор Светлана Глушкова; Дата ; Просмотров"})
    assert c.author == "Светлана Глушкова"


def test_a_telegram_posts_emoji_are_no_part_of_its_headline_and_its_hashtags_are_chrome():
    post = ("⚡️ Мажилис принял закон о лоббизме\n\nДепутаты Мажилиса приняли в первом чтении законопроект о "
            "лоббистской деятельности 👇\n\n📌 За незаконный лоббизм введут штраф до 500 МРП\n\n"
            "#мажилис #закон #лоббизм\n")
    c = clean(post)
    assert c.title == "Мажилис принял закон о лоббизме"
    assert [(r.reason, r.text) for r in c.removed] == [("menu", "#мажилис #закон #лоббизм")]
    c = clean("⚡️ Мажилис принял закон о лоббизме\n\nДепутаты приняли законопроект.\n",
              {"title": "Мажилис принял закон о лоббизме ⚡️"})
    assert (c.title, c.text) == ("Мажилис принял закон о лоббизме", "Депутаты приняли законопроект.")


def test_a_head_line_with_the_papers_name_and_the_authors_label_gives_date_and_author():
    """A regional paper's plain-text head: "date | its name | Автор: ...". Its unlisted name is no outlet."""
    page = ("В Актобе аким области встретился с фермерами\n\n25 ноября 2026 | Диапазон | Автор: Ольга Вдовенко\n\n"
            "АКТОБЕ. В четверг аким области провел встречу с фермерами.\n\n"
            "Фермеры пожаловались на задержки субсидий.\n")
    c = clean(page)
    assert (c.published_at, c.author, c.outlet) == (datetime(2026, 11, 24, 19, 0, tzinfo=UTC), "Ольга Вдовенко", None)
    assert c.text.startswith("В четверг аким области")
    listed = clean(page.replace("Диапазон", "Tengrinews.kz"))
    assert (listed.author, listed.outlet) == ("Ольга Вдовенко", "Tengrinews.kz")


def test_a_relative_day_beside_a_view_count_is_the_head_date_line_of_no_known_time():
    """"Бүгін, 10:12 👁 1 205": today is when the page was read, which nothing here knows."""
    page = ("Павлодарда жылу маусымы: 47 үй әлі суық\n\nБүгін, 10:12 👁 1 205\n\nПавлодар қаласында 47 көппәтерлі үйге "
            "жылу толық берілмеген.\n\nҚала әкімі мәселені бір апта ішінде шешуді тапсырды.\n")
    c = clean(page)
    assert c.published_at is None
    assert ("dateline", "Бүгін, 10:12 👁 1 205") in [(r.reason, r.text) for r in c.removed]
    assert c.text.startswith("Павлодар қаласында")


@pytest.mark.parametrize("caption", ["На фото: Роза Муканова и Бахыт Жаксыбеков",
                                     "Суретте: Роза Мұқанова мен Бақыт Жақсыбеков"])
def test_a_photographs_caption_is_no_body_text(caption):
    """A caption names who is in the picture ("На фото:", "Суретте:"): no sentence of the report, and no one
    mentioned by it."""
    page = ("Глава государства вручил государственные награды\n\nАстана, 15 декабря 2027\n\nКасым-Жомарт Токаев "
            "вручил ордена и медали более чем 30 гражданам.\n\n" + caption + "\n\nФото: пресс-служба Акорды\n")
    c = clean(page)
    assert c.text == "Касым-Жомарт Токаев вручил ордена и медали более чем 30 гражданам."
    assert ("photo_credit", caption) in [(r.reason, r.text) for r in c.removed]


@pytest.mark.parametrize("foot, author, removed", [
    # the writer signs at the foot, then the photographs' source
    ("Нұрлан ҚАЙРАТҰЛЫ\n\nСуреттер қала әкімдігінің баспасөз қызметінен алынды",
     "Нұрлан Қайратұлы", [("byline", "Нұрлан ҚАЙРАТҰЛЫ"),
                          ("photo_credit", "Суреттер қала әкімдігінің баспасөз қызметінен алынды")]),
    # the writer and the photographs' source on one line
    ("Андрей КРАСНОВ, фото с сайта Сената", "Андрей Краснов", [("byline", "Андрей КРАСНОВ, фото с сайта Сената")]),
    # a columnist's signature, then the paper's disclaimer
    ("Әміржан ҚОСАНОВ, саясаткер\n\nПікір авторының көзқарасы редакция ұстанымымен сәйкес келмеуі мүмкін.",
     "Әміржан Қосанов", [("byline", "Әміржан ҚОСАНОВ, саясаткер"),
                         ("widget", "Пікір авторының көзқарасы редакция ұстанымымен сәйкес келмеуі мүмкін.")])])
def test_a_signature_at_the_foot_before_or_with_a_photo_credit_or_a_disclaimer(foot, author, removed):
    page = ("Алматыда жаңа метро бекеттері ашылады\n\n19.11.2026, 15:45\n\nҚала әкімі метро құрылысын аралап көрді.\n\n"
            "Бекеттер келесі жылы ашылады.\n\nЖобаның құны – 142 млрд теңге.\n\n" + foot + "\n")
    c = clean(page)
    assert c.author == author
    assert c.text.endswith("142 млрд теңге.")
    assert [(r.reason, r.text) for r in c.removed if r.reason != "dateline"] == removed


@pytest.mark.parametrize("foot, outlet", [("«Сыр бойы» газеті", "Сыр бойы"), ("Газета «Диапазон»", "Диапазон")])
def test_a_papers_name_in_quotation_marks_with_what_it_is_credits_the_outlet(foot, outlet):
    """Listed or not: the house word ("газеті", "газета") says the quoted name is a paper's."""
    page = ("Облыстық мәслихат сессиясында бюджет нақтыланды\n\n20.11.2026\n\nМәслихат бюджетке өзгерістер енгізді.\n\n"
            "Депутаттар өзгерістерді бірауыздан қолдады.\n\nАқмарал ОРАЗБАЕВА\n\n" + foot + "\n")
    c = clean(page)
    assert (c.outlet, c.author) == (outlet, "Ақмарал Оразбаева")
    assert ("source_credit", foot) in [(r.reason, r.text) for r in c.removed]


@pytest.mark.parametrize("foot, removed", [
    ("Радио Свободная Европа/Радио Свобода © 2026 RFE/RL, Inc. Все права защищены.",
     ["Радио Свободная Европа/Радио Свобода © 2026 RFE/RL, Inc. Все права защищены."]),
    # readers' comments run from their heading to the page's end
    ("Комментарии\n\nАсхат: давно пора\n\nГость: опять популизм",
     ["Комментарии", "Асхат: давно пора", "Гость: опять популизм"]),
    # an empty comment form's labels
    ("Ваш комментарий\nИмя:\nТекст комментария:\nОтправить",
     ["Ваш комментарий", "Имя:", "Текст комментария:", "Отправить"]),
    ("Пікір қалдыру\nАты-жөніңіз: *\nПікіріңіз:", ["Пікір қалдыру", "Аты-жөніңіз: *", "Пікіріңіз:"])])
def test_a_copyright_line_led_by_the_publisher_and_readers_comments_after_the_body_are_chrome(foot, removed):
    page = ("Депутат предложил вернуть выборы акимов районов\n\nНовый вестник, 21.11.2026\n\nАвтор: Сергей Климов\n\n"
            "Депутат мажилиса внес в правительство запрос о выборах акимов.\n\nПравительство должно ответить на "
            "запрос в течение 15 рабочих дней.\n\n" + foot + "\n")
    c = clean(page)
    assert c.text.endswith("15 рабочих дней.")
    assert [r.text for r in c.removed if r.reason == "widget"] == removed
    # the paper's name beside the date, unlisted, is the head's date line; its own name gives no outlet
    assert (c.published_at, c.outlet, c.author) == (datetime(2026, 11, 20, 19, 0, tzinfo=UTC), None, "Сергей Климов")


def test_a_comments_heading_in_the_head_or_over_experts_comments_takes_no_paragraph():
    c = clean("Депутат предложил вернуть выборы акимов\n\n21.11.2026\n\nКомментарии: 3\n\nДепутат внес запрос.\n\n"
              "Правительство ответит.\n")
    assert c.text == "Депутат внес запрос.\nПравительство ответит."
    body = ("Саакашвили лидирует на выборах в Грузии.\n\nОбработаны протоколы с 3070 участков.\n\nКомментарии\n\n"
            "Как заявили наблюдатели ОБСЕ, выборы в целом соответствовали стандартам.\n\nОппозиция назвала итоги "
            "сфальсифицированными.\n")
    c = clean("Итоги выборов в Грузии\n\n" + body)
    assert c.text.endswith("Оппозиция назвала итоги сфальсифицированными.")
    assert [r.text for r in c.removed if r.reason == "widget"] == ["Комментарии"]


def test_a_day_in_the_head_takes_its_time_from_the_pages_metadata_of_that_day():
    """A parliament's site prints "20.11.2026" over the release; its metadata says 12:40 that day."""
    page = "Сенаторы вернули в Мажилис закон о медиа\n\n20.11.2026\n\nНа пленарном заседании Сената рассмотрен закон.\n"
    c = clean(page, meta={"date": "2026-11-20T12:40:00+05:00"})
    assert c.published_at == datetime(2026, 11, 20, 7, 40, tzinfo=UTC)
    # metadata of another day (a feed's crawl time) does not move the day the page prints
    c = clean(page, meta={"date": "2026-11-22T09:00:00+05:00"})
    assert c.published_at == datetime(2026, 11, 19, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize("foot, reason", [
    ("Тел.: 8 (7172) 74-71-42, e-mail: press@senate.parlam.kz", "widget"),
    ("Байланыс телефоны: +7 (7182) 32-14-05", "widget"),
    ("Материал подготовлен в рамках проекта «Проверка фактов». Мнение автора может не совпадать с позицией донора.",
     "widget"),
    ("Мақала «Медиасауаттылық» жобасы аясында дайындалды.", "widget"),
])
def test_a_press_offices_contacts_and_a_grant_projects_note_at_the_foot_are_chrome(foot, reason):
    page = ("Сенаторы вернули в Мажилис закон о медиа\n\n20.11.2026\n\nНа пленарном заседании Сената рассмотрен "
            "закон.\n\nСенат 32 голосами вернул закон в Мажилис.\n\n" + foot + "\n")
    c = clean(page)
    assert c.text.endswith("вернул закон в Мажилис.")
    assert (reason, foot) in [(r.reason, r.text) for r in c.removed]
    # a sentence that names a phone number and a grant stays
    body = "Телефон доверия работает круглосуточно. Материал о гранте подготовили журналисты."
    assert clean(f"Заголовок новости\n\n{body}\n").text == body



def test_an_official_release_names_the_body_and_the_kind_above_the_date_and_the_headline_under_it():
    page = ("Генеральная прокуратура Республики Казахстан\n\nПресс-релиз\n\n21.11.2026\n\n"
            "О результатах проверки соблюдения законодательства о государственных закупках\n\n"
            "Генеральной прокуратурой проведен анализ закупок местных исполнительных органов за 9 месяцев.\n\n"
            "Выявлено 1 247 нарушений на общую сумму 23,6 млрд тенге.\n")
    c = clean(page)
    assert c.title == "О результатах проверки соблюдения законодательства о государственных закупках"
    assert c.text.startswith("Генеральной прокуратурой проведен анализ")
    assert c.published_at == datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
    assert [(r.reason, r.text) for r in c.removed][:2] == [
        ("menu", "Генеральная прокуратура Республики Казахстан"), ("menu", "Пресс-релиз")]


@pytest.mark.parametrize("foot, author, kept", [
    # a paper's writer signs over two lines, the paper's name under the name
    ("Нұрлан ОРАЗБАЙ,\n\n«Оңтүстік Қазақстан»", "Нұрлан Оразбай", None),
    # an interviewer's label, the surname in capitals: the label goes, the name stays (she asked the questions)
    ("Беседовала Ольга ВЛАСОВА", "Ольга Власова", "Ольга ВЛАСОВА"),
    ("Әңгімелескен Гүлзира СӘРСЕНОВА, «Egemen Qazaqstan»", "Гүлзира Сәрсенова",
     "Гүлзира СӘРСЕНОВА, «Egemen Qazaqstan»"),
])
def test_a_signature_at_the_foot_in_capitals_or_over_two_lines_is_the_author(foot, author, kept):
    body = ("Түркістан облысының әкімі тұрғындармен кездесу өткізді.\n\nТұрғындар ауыз су мәселесін көтерді.\n\n"
            "Әкім мектепті жөндеуді тапсырды.")
    c = clean(f"Әкім тұрғындармен кездесті\n\n18.11.2026\n\n{body}\n\n{foot}\n")
    assert c.author == author
    assert c.text == (body.replace("\n\n", "\n") + (f"\n{kept}" if kept else ""))


def test_an_authors_title_the_extractor_splits_off_is_no_second_author():
    """trafilatura reads "Досым Сатпаев, директор Группы оценки рисков" as two authors, the second title-cased."""
    c = clean("Зачем нам однопалатный парламент\n\nИдея реформы вызвала мало споров.\n",
              meta={"author": "Досым Сатпаев; Директор Группы Оценки Рисков"})
    assert c.author == "Досым Сатпаев"
    c = clean("Зачем нам однопалатный парламент\n\nИдея реформы вызвала мало споров.\n",
              meta={"author": "Досым Сатпаев; Главацкая Ирина"})
    assert c.author == "Досым Сатпаев; Главацкая Ирина"


def test_the_outlet_a_writer_signs_for_in_the_author_field_is_the_outlet_and_the_name_is_cased():
    """Egemen prints "Нұрлан ҚАЛИЕВ, «Egemen Qazaqstan»" under the headline; trafilatura splits it into two
    authors at the comma."""
    c = clean("Қостанай облысында астық жиналды\n\nОблыста егін жинау науқаны аяқталуға жақын.\n",
              meta={"author": "Нұрлан ҚАЛИЕВ; «Egemen Qazaqstan"})
    assert (c.author, c.outlet) == ("Нұрлан Қалиев", "Egemen Qazaqstan")


@pytest.mark.parametrize("masthead", ["Sputnik Казахстан", "Ulysmedia.kz"])
def test_the_sites_name_under_the_headline_of_a_plain_text_page_is_no_lead(masthead):
    page = ("МЧС: в области эвакуированы более 2 тысяч человек\n\n" + masthead + "\n\n12.04.2026, 08:20\n\n"
            "Уровень воды в реке Ишим за сутки поднялся на 46 сантиметров.\n\nИз сел эвакуированы 2 140 "
            "человек.\n")
    c = clean(page)
    assert c.lead is None
    assert ("menu", masthead) in [(r.reason, r.text) for r in c.removed]
    assert c.text.startswith("Уровень воды")


@pytest.mark.parametrize("rubric", ["В мире", "В Казахстане", "В регионах"])
def test_a_rubric_of_a_preposition_and_a_place_before_the_headline_is_chrome(rubric):
    c = clean(f"{rubric}\n\nПесков: Кремль не видит предпосылок для встречи Путина и Зеленского\n\n"
              "20 ноября 2026, 17:45 | Источник: ТАСС, РИА Новости\n\nПресс-секретарь президента России Дмитрий "
              "Песков заявил, что в Кремле пока не видят условий для встречи.\n")
    assert c.title == "Песков: Кремль не видит предпосылок для встречи Путина и Зеленского"
    assert rubric not in c.text


def test_a_line_that_stamps_publication_and_update_is_the_date_line_not_the_headline():
    page = ("Главная / Происшествия / Суд\n"
            "Опубликовано: 14.05.2026 09:15 | Обновлено: 14.05.2026 12:40\n\n"
            "Бывшего акима района приговорили к семи годам\n\n"
            "Суд признал бывшего акима района виновным в получении взятки.\n")
    c = clean(page)
    assert c.title == "Бывшего акима района приговорили к семи годам"
    assert c.published_at == datetime(2026, 5, 14, 4, 15, tzinfo=UTC)  # the publication's, not the update's
    assert ("dateline", "Опубликовано: 14.05.2026 09:15 | Обновлено: 14.05.2026 12:40") in [
        (r.reason, r.text) for r in c.removed]


@pytest.mark.parametrize("line, reason", [
    # a rates ticker with its label
    ("Курсы валют: USD 509.2 EUR 538.7", "ticker"),
    ("Валюта бағамы: USD 509,20 EUR 538,70", "ticker"),
    # Kazakh puts the verb last, and writes the channel in one hyphenated word
    ("Telegram-арнамызға жазылыңыз", "widget"),
])
def test_a_labelled_ticker_and_a_kazakh_subscribe_line_are_chrome_above_the_headline(line, reason):
    page = (f"{line}\n\nСтамбұлдағы келіссөздер аяқталды\n\nСтамбұл. 16 мамыр 2026. ҚАЗАҚПАРАТ\n"
            "Ресей мен Украина делегациялары тікелей келіссөз жүргізді.\n")
    c = clean(page)
    assert c.title == "Стамбұлдағы келіссөздер аяқталды"
    assert (reason, line) in [(r.reason, r.text) for r in c.removed]
    assert c.text == "Ресей мен Украина делегациялары тікелей келіссөз жүргізді."


def test_an_unlabelled_stamp_before_an_update_is_the_publication():
    page = ("12 января 2026, 19:05 | Обновлено 12 января 2026, 20:10\n\n"
            "«Челси» подтвердил переход нападающего «Кайрата»\n\n"
            "Лондонский клуб объявил о подписании 17-летнего нападающего.\n")
    c = clean(page)
    assert c.title == "«Челси» подтвердил переход нападающего «Кайрата»"
    assert c.published_at == datetime(2026, 1, 12, 14, 5, tzinfo=UTC)


@pytest.mark.parametrize("line", ["Парламент | Сенат | Мажилис", "Футбол | Қазақстан | Еуропа | Трансфер"])
def test_a_row_of_section_names_no_list_holds_is_navigation(line):
    page = (f"{line}\n\nСенат вернул в Мажилис закон о медиации\n\nАстана. 27 ноября 2026. Kazakhstan Today\n"
            "Сенаторы вернули закон в Мажилис с поправками.\n")
    c = clean(page)
    assert c.title == "Сенат вернул в Мажилис закон о медиации"
    assert (c.outlet, c.text) == ("Kazakhstan Today", "Сенаторы вернули закон в Мажилис с поправками.")
    assert [r.reason for r in c.removed] == ["menu", "dateline"]


@pytest.mark.parametrize("dateline, outlet", [("Бишкек, 4 июля 2026. Kabar", "Kabar"),
                                              ("Ташкент, 4 июля 2026. Trend", "Trend")])
def test_a_dated_line_with_an_agency_in_latin_letters_is_the_dateline(dateline, outlet):
    c = clean(f"Саммит ШОС завершился\n\n{dateline}\nГлавы государств подписали декларацию.\n")
    assert (c.title, c.outlet, c.text) == ("Саммит ШОС завершился", outlet, "Главы государств подписали декларацию.")
    assert c.published_at == datetime(2026, 7, 3, 19, 0, tzinfo=UTC)


def test_an_agency_dateline_signed_on_a_line_of_its_own_gives_the_author():
    page = ("Апелляционная коллегия оставила в силе приговор журналисту\n\n"
            "АЛМАТЫ. 9 ноября. КАЗТАГ – Светлана Ким\n"
            "Судебная коллегия по уголовным делам Алматинского городского суда оставила приговор без изменения.\n")
    c = clean(page)
    assert (c.outlet, c.author) == ("KazTAG", "Светлана Ким")
    assert c.text.startswith("Судебная коллегия")


@pytest.mark.parametrize("dateline, outlet, published", [
    # a domain in Cyrillic letters (the day at midnight in Astana, UTC+5)
    ("Жанаозен, 6 августа 2026. Орда.kz", "Орда.kz", datetime(2026, 8, 5, 19, 0, tzinfo=UTC)),
    # a reprint credits two houses; the first is the outlet
    ("Астана, 2 сентября 2026. Akorda.kz / Kazinform", "Akorda.kz", datetime(2026, 9, 1, 19, 0, tzinfo=UTC)),
    # the Kazakh spelling of the agency, with no dash and no year, which dates nothing
    ("АЛМАТЫ. 9 қараша. ҚазТАГ", "KazTAG", None),
    # the agency after the dash, its full stop ending the line
    ("БРЮССЕЛЬ, 24 октября – Sputnik Казахстан.", "Sputnik Казахстан", None),
])
def test_an_agency_dateline_on_a_line_of_its_own(dateline, outlet, published):
    c = clean(f"Апелляциялық алқа үкімді өзгеріссіз қалдырды\n\n{dateline}\n"
              "Алматы қалалық сотының алқасы үкімді өзгеріссіз қалдырды.\n")
    assert (c.title, c.outlet) == ("Апелляциялық алқа үкімді өзгеріссіз қалдырды", outlet)
    assert c.text == "Алматы қалалық сотының алқасы үкімді өзгеріссіз қалдырды."
    assert [(r.reason, r.text) for r in c.removed] == [("dateline", dateline)]
    assert c.published_at == published


@pytest.mark.parametrize("rubric, title", [("Власть | Назначения", "Назначен новый министр энергетики"),
                                           ("Билік | Тағайындаулар", "Жаңа энергетика министрі тағайындалды")])
def test_an_appointments_rubric_is_navigation(rubric, title):
    c = clean(f"{rubric}\n\n{title}\n\nАстана, 2 сентября 2026. Kazinform\n"
              "Указом Главы государства назначен министр.\n")
    assert c.title == title
    assert [r.reason for r in c.removed] == ["menu", "dateline"]


@pytest.mark.parametrize("dateline, outlet", [
    # a region for the place
    ("Алматинская область, 12 июля 2026. Zakon.kz", "Zakon.kz"),
    ("Алматы облысы, 12 шілде 2026. Zakon.kz", "Zakon.kz"),
    # an agency in one Cyrillic word no list holds, the line its own
    ("Астана, 7 ноября 2026. Курсив", "Курсив"),
])
def test_a_dated_line_with_a_region_or_an_unlisted_agency_is_the_dateline(dateline, outlet):
    c = clean(f"Пять человек погибли в ДТП на трассе Алматы – Бишкек\n\n{dateline}\n"
              "Пять человек погибли в результате столкновения микроавтобуса и грузовика.\n")
    assert (c.title, c.outlet) == ("Пять человек погибли в ДТП на трассе Алматы – Бишкек", outlet)
    assert c.text == "Пять человек погибли в результате столкновения микроавтобуса и грузовика."
    assert c.published_at is not None and (c.published_at.month, c.published_at.day) in ((7, 11), (11, 6))


def test_a_columns_writer_under_the_headline_and_a_note_on_the_writer():
    page = ("Мнения\n\nПочему реформа парламента не сработает без партий\n\nДосым Сатпаев\n\n"
            "В следующем году Казахстан может перейти к однопалатному парламенту.\n\n"
            "Но форма парламента сама по себе мало что меняет.\n\n"
            "Автор – политолог, директор Группы оценки рисков.\n")
    c = clean(page)
    assert (c.title, c.author) == ("Почему реформа парламента не сработает без партий", "Досым Сатпаев")
    assert c.text.startswith("В следующем году") and "Автор" not in c.text


def test_a_name_under_the_headline_over_a_quotation_is_the_speaker_and_stays():
    page = ("Что вы думаете о реформе?\n\nАйгуль Сейилова\n\n«Я за реформу, но боюсь роста цен».\n\n"
            "Ерлан Ахметов\n\n«Нужно больше времени на обсуждение».\n")
    c = clean(page)
    assert c.author is None and c.text.startswith("Айгуль Сейилова")


def test_a_rubric_over_a_headline_whose_agency_dateline_has_a_line_of_its_own():
    # a Kyrgyz agency's domain, which opens with a figure; the rubric no list holds
    page = ("Центральная Азия\n\nЖапаров и Мирзиёев открыли пограничный переход\n\nБишкек, 5 мая 2026. 24.kg\n\n"
            "Президенты Кыргызстана и Узбекистана открыли новый пограничный переход.\n")
    c = clean(page)
    assert (c.title, c.outlet) == ("Жапаров и Мирзиёев открыли пограничный переход", "24.kg")
    assert [r.reason for r in c.removed] == ["menu", "dateline"]
    assert c.text == "Президенты Кыргызстана и Узбекистана открыли новый пограничный переход."


def test_an_agency_in_latin_words_closing_a_dated_line_of_its_own():
    c = clean("Посол Германии вручил копии верительных грамот\n\nАстана, 19 марта 2026. Astana Times\n"
              "Новый посол Германии вручил копии верительных грамот заместителю министра.\n")
    assert (c.outlet, c.text) == ("Astana Times", "Новый посол Германии вручил копии верительных грамот заместителю "
                                                  "министра.")


def test_a_kazakh_press_release_rubric_is_navigation():
    page = ("Баспасөз хабарламалары\n\nҚауіпсіздік Кеңесінің отырысы туралы\n\nАстана, 2026 жылғы 4 наурыз\n\n"
            "Мемлекет басшысының төрағалығымен Қауіпсіздік Кеңесінің отырысы өтті.\n")
    c = clean(page)
    assert (c.title, c.text) == ("Қауіпсіздік Кеңесінің отырысы туралы",
                                 "Мемлекет басшысының төрағалығымен Қауіпсіздік Кеңесінің отырысы өтті.")
    assert [r.reason for r in c.removed] == ["menu", "dateline"]


@pytest.mark.parametrize("line, outlet", [
    ("21 ноября 2026 г., 11:45 · Zakon.kz", "Zakon.kz"),
    ("Tengrinews.kz · 21 ноября 2026, 11:45", "Tengrinews.kz"),
    ("21 ноября 2026, 09:00 | Вечерний Алматы", "Вечерний Алматы"),
    ("Политика | 21 ноября 2026", None),
])
def test_an_outlet_beside_the_date_in_the_head_is_the_publisher(line, outlet):
    page = (f"Культура\n\nУмер народный артист Асанали Ашимов\n\n{line}\n\n"
            "Народный артист СССР Асанали Ашимов скончался на 89-м году жизни, сообщили в Министерстве культуры.\n")
    c = clean(page)
    assert (c.title, c.outlet) == ("Умер народный артист Асанали Ашимов", outlet)
    assert c.text.startswith("Народный артист СССР")


def test_a_datelines_agency_of_an_acronym_and_a_word_is_the_outlet():
    page = ("В мире\n\nВ Кремле ответили на вопрос о встрече\n\nМосква, 24 ноября 2026. РИА Новости\n\n"
            "Пресс-секретарь президента России Дмитрий Песков заявил, что встреча может состояться в декабре.\n")
    c = clean(page)
    assert (c.title, c.outlet) == ("В Кремле ответили на вопрос о встрече", "РИА Новости")
    assert c.text.startswith("Пресс-секретарь")


def test_a_kazakh_headline_whose_verb_has_no_kazakh_letter_is_the_headline_under_a_rubric():
    """"... өткізу пунктін ашты": the verb has only letters Russian shares, the line is Kazakh all the same."""
    page = ("Орталық Азия\n\nСадыр Жапаров пен Қасым-Жомарт Тоқаев жаңа өткізу пунктін ашты\n\n"
            "Бішкек, 2 желтоқсан 2026. Kazinform\n\n"
            "Қырғызстан мен Қазақстан президенттері бейнебайланыс арқылы өткізу пунктін ашты.\n")
    c = clean(page)
    assert (c.title, c.outlet) == ("Садыр Жапаров пен Қасым-Жомарт Тоқаев жаңа өткізу пунктін ашты", "Kazinform")
    assert c.published_at == datetime(2026, 12, 1, 19, 0, tzinfo=UTC)
    assert c.text.startswith("Қырғызстан мен Қазақстан")


@pytest.mark.parametrize("line, author", [
    ("Автор: Дос Көшім, қоғам қайраткері", "Дос Көшім"),
    ("Автор: Досым Сатпаев, политолог", "Досым Сатпаев"),
])
def test_a_labelled_bylines_trade_after_the_name_is_no_part_of_the_author(line, author):
    page = (f"Тіл саясаты: ұрандан нақты іске\n\n{line}\n\n"
            "Мемлекеттік тіл туралы әңгіме отыз жылдан бері толастамайды. Бірақ нақты нәтиже аз.\n")
    assert clean(page).author == author



@pytest.mark.parametrize("dateline, outlet, day", [
    ("Алматы, 19 ноября 2026 – Tengrinews.kz", "Tengrinews.kz", 19),
    ("Алматы, 19 қараша 2026 – Tengrinews.kz", "Tengrinews.kz", 19),
    ("Астана, 30 ноября 2026 – Vesti.kz", "Vesti.kz", 30),
])
def test_an_agency_after_a_datelines_dash_closing_its_line_is_the_outlet(dateline, outlet, day):
    """The agency after the dash, with no full stop, ends the line: it is the publisher, no word of the body."""
    page = ("Уполномоченный по правам человека представил ежегодный доклад\n\n"
            f"{dateline}\n\n"
            "Уполномоченный по правам человека Артур Ластаев представил Президенту ежегодный доклад.\n")
    c = clean(page)
    assert (c.outlet, c.published_at) == (outlet, datetime(2026, 11, day - 1, 19, 0, tzinfo=UTC))  # Almaty's midnight
    assert c.text.startswith("Уполномоченный по правам человека Артур Ластаев")
    assert [r.text for r in c.removed] == [dateline]


def test_a_kazakh_view_count_and_a_citys_news_rubric_are_chrome():
    page = ("Алматы жаңалықтары\n\nАлматы мәслихатының депутаттары жол ақысын қымбаттатуды қолдамады\n\n"
            "20 қараша 2026, 17:45 · Қаралды: 1 204\n\n"
            "Алматы қалалық мәслихатының сессиясында депутаттар әкімдіктің ұсынысын қабылдамады.\n")
    c = clean(page)
    assert c.title == "Алматы мәслихатының депутаттары жол ақысын қымбаттатуды қолдамады"
    assert c.published_at == datetime(2026, 11, 20, 12, 45, tzinfo=UTC)
    assert [(r.reason, r.text) for r in c.removed] == [("menu", "Алматы жаңалықтары"),
                                                       ("dateline", "20 қараша 2026, 17:45 · Қаралды: 1 204")]


def test_an_agencys_dateline_after_a_short_line_under_the_headline_still_opens_the_story():
    """A caption or a source on a line of its own under the headline, with no sentence's end, leaves the
    dateline to open the paragraph after it; the line itself stays."""
    page = ("Инфляция в Казахстане замедлилась до 8,9%\n\nБюро национальной статистики\n\n"
            "АСТАНА, 2 ноября – Sputnik. Годовая инфляция в Казахстане по итогам октября составила 8,9%.\n")
    c = clean(page)
    assert c.outlet == "Sputnik"
    assert c.text == "Бюро национальной статистики\nГодовая инфляция в Казахстане по итогам октября составила 8,9%."
    assert [(r.reason, r.text) for r in c.removed] == [("dateline", "АСТАНА, 2 ноября – Sputnik. ")]


def test_a_source_line_over_the_date_line_leaves_the_date_in_the_head():
    page = ("Токаев и Путин обсудили по телефону поставки газа\n\nАкорда\n\n21 ноября 2026, 19:40\n\n"
            "Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом России.\n")
    c = clean(page)
    assert c.published_at == datetime(2026, 11, 21, 14, 40, tzinfo=UTC)
    assert c.text.startswith("Акорда\nПрезидент Казахстана")


def test_the_publishers_company_beside_the_date_is_the_outlet():
    page = ("Технологии\n\nПортал eGov.kz не работал почти шесть часов\n\n"
            "ТОО «Информационное агентство «Аль-Пари» | 18.11.2026 16:05\n\n"
            "В понедельник портал электронного правительства eGov.kz был недоступен с 09:40 до 15:30.\n")
    c = clean(page)
    assert (c.outlet, c.published_at) == ("Информационное агентство «Аль-Пари»",
                                          datetime(2026, 11, 18, 11, 5, tzinfo=UTC))
    assert c.text.startswith("В понедельник")


def test_a_kazakh_dateline_with_the_year_first_and_its_agency():
    page = ("Бұрынғы министрдің ісі: прокурор 10 жыл сұрады\n\nАстана, 2026 жылғы 10 қараша. Zakon.kz\n\n"
            "Астананың мамандандырылған ауданаралық сотында жарыссөз аяқталды.\n")
    c = clean(page)
    assert (c.outlet, c.published_at) == ("Zakon.kz", datetime(2026, 11, 9, 19, 0, tzinfo=UTC))
    assert c.text == "Астананың мамандандырылған ауданаралық сотында жарыссөз аяқталды."


def test_a_photo_credit_after_the_dateline_on_its_line_is_chrome():
    page = ("Жители Жанаозена перекрыли дорогу\n\n"
            "Мангистауская область, 22 ноября 2026 г. | Фото: читатель Orda.kz\n\n"
            "Около 300 жителей микрорайона Самал вышли на трассу.\n")
    c = clean(page)
    assert c.text == "Около 300 жителей микрорайона Самал вышли на трассу."
    assert [r.reason for r in c.removed] == ["dateline", "photo_credit"]


@pytest.mark.parametrize("dateline", ["Астана, 20 қараша 2026. Сенаттың баспасөз қызметі",
                                      "Астана, 20 ноября 2026. Пресс-служба Сената"])
def test_a_press_service_closing_the_datelines_line_is_no_body_text(dateline):
    page = f"Сенат Жер кодексіне түзетулерді мақұлдады\n\n{dateline}\n\nСенаттың жалпы отырысында заң мақұлданды.\n"
    c = clean(page)
    assert (c.text, c.published_at) == ("Сенаттың жалпы отырысында заң мақұлданды.",
                                        datetime(2026, 11, 19, 19, 0, tzinfo=UTC))
    assert [r.text for r in c.removed] == [dateline]


def test_a_bylines_name_and_date_set_apart_by_white_space_alone_are_the_author_and_the_date():
    page = ("Парламент\n\nМәжіліс депутаттары жаңа Салық кодексін бірінші оқылымда мақұлдады\n\n"
            "Айдос Қалиев 19 Қараша, 2026 👁 3 412\n\n"
            "Мәжілістің жалпы отырысында депутаттар жаңа Салық кодексінің жобасын мақұлдады.\n")
    c = clean(page)
    assert (c.author, c.published_at) == ("Айдос Қалиев", datetime(2026, 11, 18, 19, 0, tzinfo=UTC))
    assert c.text == "Мәжілістің жалпы отырысында депутаттар жаңа Салық кодексінің жобасын мақұлдады."


@pytest.mark.parametrize("line", ["Астана • 21 ноября 2026, 12:00 • Inbusiness.kz",
                                  "Inbusiness.kz | Алматы | 21.11.2026 12:00",
                                  "Астана, 21 ноября 2026 года, 12:00 (Inbusiness.kz)"])
def test_a_place_beside_the_date_and_the_outlet_is_no_part_of_the_outlets_name(line):
    page = ("Экономика\n\nНацбанк сохранил базовую ставку на уровне 16,5%\n\n" + line + "\n\n"
            "Национальный банк Казахстана сохранил базовую ставку на уровне 16,5% годовых.\n")
    c = clean(page)
    assert (c.outlet, c.published_at) == ("Inbusiness.kz", datetime(2026, 11, 21, 7, 0, tzinfo=UTC))
    assert c.text == "Национальный банк Казахстана сохранил базовую ставку на уровне 16,5% годовых."


def test_a_kazakh_dateline_with_its_agency_in_brackets():
    page = ("Қазақстан мен әлем жаңалықтары\n\nБайқоңырдан қазақстандық спутнигі бар зымыран ұшырылды\n\n"
            "Байқоңыр, 21 қыркүйек 2027 жыл, 09:55 (Kazinform)\n\n"
            "Қазақстандық KazEOSat-3 спутнигі бар зымыран тасығышы Байқоңыр ғарыш айлағынан ұшырылды.\n")
    c = clean(page)
    assert (c.outlet, c.published_at) == ("Kazinform", datetime(2027, 9, 21, 4, 55, tzinfo=UTC))
    assert ("dateline", "Байқоңыр, 21 қыркүйек 2027 жыл, 09:55 (Kazinform)") in [(r.reason, r.text) for r in c.removed]


def test_a_live_pages_first_entry_under_its_time_is_body_no_lead():
    page = ("Онлайн\n\nПаводки в Северо-Казахстанской области: хроника событий\n\n"
            "Обновлено 21.11.2026, 19:40\n\n19:40\n"
            "Аким области Гауез Нурмухамбетов сообщил, что уровень воды в Ишиме стабилизировался.\n\n17:15\n"
            "Министр по чрезвычайным ситуациям Чингис Аринов прибыл в Петропавловск.\n\n"
            "Материал обновляется\n")
    c = clean(page)
    assert c.lead is None
    assert c.text == ("Аким области Гауез Нурмухамбетов сообщил, что уровень воды в Ишиме стабилизировался.\n"
                      "Министр по чрезвычайным ситуациям Чингис Аринов прибыл в Петропавловск.")
    assert [(r.reason, r.text) for r in c.removed][-1] == ("widget", "Материал обновляется")


@pytest.mark.parametrize("notice", ["Новость дополняется.", "Ақпарат толықтырылады", "Материал жаңартылып отырады"])
def test_a_developing_storys_notice_is_the_pages(notice):
    page = "Заголовок\n\n20.11.2026\n\nВ Астане прошло заседание Мажилиса.\n\n" + notice + "\n"
    c = clean(page)
    assert c.text == "В Астане прошло заседание Мажилиса."
    assert ("widget", notice) in [(r.reason, r.text) for r in c.removed]


@pytest.mark.parametrize("line, author", [("Автор: Мадина Жумабаева | 20 ноября 2026, 15:30", "Мадина Жумабаева"),
                                          ("Авторы: Мадина Жұмабаева | 20 қараша 2026, 15:30", "Мадина Жұмабаева")])
def test_a_labelled_author_before_the_date_is_the_byline(line, author):
    page = ("Образование\n\nИтоги ЕНТ: средний балл вырос до 78\n\n" + line + "\n\n"
            "Министр просвещения Гани Бейсембаев подвел итоги тестирования.\n")
    c = clean(page)
    assert (c.author, c.published_at) == (author, datetime(2026, 11, 20, 10, 30, tzinfo=UTC))
    assert c.text == "Министр просвещения Гани Бейсембаев подвел итоги тестирования."


@pytest.mark.parametrize("line", ["Редакция Vlast.kz, 23.11.2026", "Vlast.kz редакциясы, 23.11.2026"])
def test_an_outlet_signing_as_its_newsroom_beside_the_date_is_the_outlet(line):
    page = ("Объясняем\n\nЧто изменится с 1 января 2027 года\n\n" + line
            + "\n\nС нового года вступает в силу ряд законов.\n")
    c = clean(page)
    assert (c.outlet, c.published_at) == ("Vlast.kz", datetime(2026, 11, 22, 19, 0, tzinfo=UTC))


@pytest.mark.parametrize("line", ["Астана, 20 ноября 2026 г. – Пресс-служба Сената",
                                  "Астана, 2026 жылғы 20 қараша – Сенаттың баспасөз қызметі"])
def test_a_press_service_after_the_datelines_dash_is_the_source_no_author(line):
    page = "Парламент\n\nСенат вернул закон\n\n" + line + "\n\nСенаторы вернули закон в Мажилис с поправками.\n"
    c = clean(page)
    assert (c.author, c.text) == (None, "Сенаторы вернули закон в Мажилис с поправками.")
    assert [(r.reason, r.text) for r in c.removed][-1] == ("dateline", line)


@pytest.mark.parametrize("prompt", ["Чтобы оставить комментарий, авторизуйтесь", "Пікір қалдыру үшін тіркеліңіз",
                                    "Войдите, чтобы комментировать"])
def test_the_comment_forms_prompt_to_sign_in_is_the_sites(prompt):
    page = ("Общество\n\nВ Алматы открылись новые станции метро\n\n21.11.2026 10:15\n\n"
            "Станции открыли двери для пассажиров.\n\nКомментарии (0)\n\n" + prompt + "\n")
    c = clean(page)
    assert c.text == "Станции открыли двери для пассажиров."
    assert ("widget", prompt) in [(r.reason, r.text) for r in c.removed]


def test_a_tv_channels_domain_beside_the_date_is_the_outlet():
    page = ("Экология\n\nВоздух Алматы вошел в число самых грязных в мире\n\n20.11.2026 | 09:40 | Almaty.tv\n\n"
            "По данным платформы IQAir, Алматы заняла третье место по загрязнению воздуха.\n")
    assert clean(page).outlet == "Almaty.tv"


@pytest.mark.parametrize("line, outlet, body", [
    ("Павлодар, 21 қараша, Baq.kz. Сыбайлас жемқорлыққа қарсы қызмет қызметкерлері облыс әкімінің орынбасарын "
     "ұстады.", "Baq.kz", "Сыбайлас жемқорлыққа қарсы қызмет қызметкерлері облыс әкімінің орынбасарын ұстады."),
    ("Астана. 20 қараша. ҚазАқпарат. 2027 жылғы 1 қаңтардан бастап мұғалімдердің жалақысы 15%-ға өседі.",
     "Kazinform", "2027 жылғы 1 қаңтардан бастап мұғалімдердің жалақысы 15%-ға өседі."),
    ("Усть-Каменогорск, 21 ноября, Ulba.kz", "Ulba.kz", "Жители пришли на слушания по тарифам.")])
def test_a_listed_agency_or_a_domain_closed_by_a_full_stop_after_the_day_ends_the_dateline(line, outlet, body):
    page = "Қоғам\n\nТарифтер өседі\n\n" + line + "\n\n" + ("" if line.endswith(".") else body + "\n")
    c = clean(page)
    assert (c.outlet, c.text) == (outlet, body)
    assert [r.reason for r in c.removed if r.text.startswith(line[:10])] == ["dateline"]


@pytest.mark.parametrize("title", ["Күннің басты жаңалықтары: 21 қараша", "Апта жаңалықтары: 16 қараша"])
def test_a_digests_headline_dated_after_its_colon_is_the_title_no_related_heading(title):
    page = (title + "\n\nКүннің ең маңызды жаңалықтарын жинадық.\n\n1. Тоқаев республикалық бюджет туралы заңға "
            "қол қойды.\n")
    assert clean(page).title == title


@pytest.mark.parametrize("page, title, when, author, menu", [
    # a site's name and its rubric above the headline, the writer's name and the date under it
    ("Vox Populi\n\nИсследования\n\nОпрос: 58% казахстанцев считают главной проблемой рост цен\n\n"
     "Автор: Данияр Ашимбаев\n\n03.10.2028\n\nИсследовательский центр опубликовал результаты опроса. "
     "Опрошены 1 200 человек.\n\nГлавной проблемой 58% респондентов назвали рост цен.\n",
     "Опрос: 58% казахстанцев считают главной проблемой рост цен", datetime(2028, 10, 2, 19, 0, tzinfo=UTC),
     "Данияр Ашимбаев", ["Vox Populi", "Исследования"]),
    # a sport's name as the rubric, the writer's name alone on its line
    ("Olympic.kz\n\nАуыр атлетика\n\nАуыр атлетикадан Азия чемпионы төрт жылға дисквалификацияланды\n\n"
     "Ернар Жұмағұлов\n\n10 сәуір 2029, 15:30\n\nХалықаралық тестілеу агенттігі зілтемірші дисквалификациялады. "
     "Сынамасынан тыйым салынған препарат табылды.\n\nФедерация шешімге дау айтпайды.\n",
     "Ауыр атлетикадан Азия чемпионы төрт жылға дисквалификацияланды", datetime(2029, 4, 10, 10, 30, tzinfo=UTC),
     "Ернар Жұмағұлов", ["Olympic.kz", "Ауыр атлетика"]),
    # a city's bureau and a channel above the headline, an update's time under it (no publication time)
    ("Қарағанды. 24KZ\n\n«Костенко» шахтасындағы апат: құтқарушылар екі кеншіні іздеуде\n\n"
     "Жаңартылды 22 қазан 2028, 08:15\n\nҚарағандыдағы шахтада метан бөлініп шықты. Апат кезінде жер астында "
     "214 кенші болған.\n\nОқиға орнына құтқарушылар келді.\n",
     "«Костенко» шахтасындағы апат: құтқарушылар екі кеншіні іздеуде", None, None, ["Қарағанды. 24KZ"]),
    # a ministry's name and the release's kind above a headline with a Kazakh name in quotation marks
    ("Министерство культуры и информации Республики Казахстан\n\nПресс-релизы\n\n"
     "В Туркестане пройдет международный фестиваль «Ұлы Дала»\n\n15.07.2029\n\nС 2 по 5 августа в Туркестане "
     "пройдет этнофестиваль. Ожидается участие 1 500 артистов.\n\nВход свободный.\n",
     "В Туркестане пройдет международный фестиваль «Ұлы Дала»", datetime(2029, 7, 14, 19, 0, tzinfo=UTC), None,
     ["Министерство культуры и информации Республики Казахстан", "Пресс-релизы"]),
])
def test_names_and_rubrics_above_a_headline_with_a_verb_and_a_date_under_it_are_the_menu(page, title, when, author,
                                                                                          menu):
    c = clean(page)
    assert c.title == title
    assert c.published_at == when
    assert c.author == author
    assert [r.text for r in c.removed if r.reason == "menu"] == menu


@pytest.mark.parametrize("line, when, author", [
    ("Автор: Мадина Сапарова · 5 февраля 2028 · 3 мин.", datetime(2028, 2, 4, 19, 0, tzinfo=UTC), "Мадина Сапарова"),
    ("Авторы: Мадина Сапарова · 5 ақпан 2028 · 3 мин.", datetime(2028, 2, 4, 19, 0, tzinfo=UTC), "Мадина Сапарова"),
    ("Дина Абдрахманова, 22 мая 2028", datetime(2028, 5, 21, 19, 0, tzinfo=UTC), "Дина Абдрахманова"),
    ("Автор: Редакция | 14:55, 21 июня 2028", datetime(2028, 6, 21, 9, 55, tzinfo=UTC), None),
    ("ПРЕСС-РЕЛИЗ | 09.03.2028 13:20", datetime(2028, 3, 9, 8, 20, tzinfo=UTC), None),
    ("БАСПАСӨЗ РЕЛИЗІ | 09.03.2028 13:20", datetime(2028, 3, 9, 8, 20, tzinfo=UTC), None),
])
def test_a_date_line_with_its_writer_a_reading_time_the_editors_or_the_kind_of_piece(line, when, author):
    page = (f"Травля школьника в Усть-Каменогорске: омбудсмен требует проверки\n\n{line}\n\n"
            "Уполномоченный по правам ребенка обратилась в прокуратуру после публикации видео.\n\n"
            "Ролик за сутки набрал более 400 тысяч просмотров.\n")
    c = clean(page)
    assert c.published_at == when
    assert c.author == author
    assert ("dateline", line) in [(r.reason, r.text) for r in c.removed]
    assert c.text.startswith("Уполномоченный по правам ребенка")


def test_a_transcripts_question_under_the_correspondents_label_is_no_byline():
    page = ("Әсет Наурызбаев: «Университет диплом фабрикасы болмауы керек»\n\n30 тамыз 2028\n\n"
            "Тілші: Бізде 20 миллион адамға 120 университет бар. Бұл көп пе?\n\n"
            "Ә. Наурызбаев: Иә, көп.\n\nТілші: Ал қанша керек?\n\n"
            "Ә. Наурызбаев: Санын атауға дайын емеспін.\n")
    c = clean(page)
    assert "Тілші: Ал қанша керек?" in c.text
    assert not [r for r in c.removed if r.reason == "byline"]


@pytest.mark.parametrize("label, program, foot", [
    ("Ведущий", "Программа «Итоги недели»", "Полную версию интервью смотрите на нашем YouTube-канале."),
    ("Жүргізуші", "«Апта қорытындысы» бағдарламасы", "Сұхбаттың толық нұсқасын YouTube-арнамыздан көріңіз."),
])
def test_a_tv_programmes_host_beside_the_date_and_the_programmes_name_above_the_headline(label, program, foot):
    headline = "Министр финансов: «Налоговая амнистия не повторится»"
    page = (f"Хабар 24\n\n{program}\n\n{headline}\n\n{label}: Мадияр Толеуов | 26 ноября 2028, 21:00\n\n"
            "В студии программы министр финансов Мади Такиев ответил на вопросы.\n\n"
            f"{label}: Многие предприниматели ждут новой амнистии. Она будет?\n\n"
            "Мади Такиев: Нет. Амнистия была разовой мерой.\n\n"
            f"{label}: Спасибо, что пришли к нам.\n\n{foot}\n")
    c = clean(page)
    assert (c.title, c.author) == (headline, "Мадияр Толеуов")
    assert c.published_at == datetime(2028, 11, 26, 16, 0, tzinfo=UTC)
    assert ("menu", program) in [(r.reason, r.text) for r in c.removed]
    assert c.text.endswith(f"{label}: Спасибо, что пришли к нам.")


def test_a_kazakh_chambers_name_in_its_possessive_above_the_headline_is_the_menu():
    page = ("Қазақстан Республикасы Парламентінің Сенаты\n\nЖаңалықтар\n\n"
            "Сенаторлар платформалық жұмыспен қамту туралы заңды мақұлдады\n\n04.12.2028\n\n"
            "Сенат курьерлерге әлеуметтік кепілдіктерді тарататын заңды қабылдады.\n\n"
            "Заңды еңбек министрі таныстырды.\n")
    c = clean(page)
    assert c.title == "Сенаторлар платформалық жұмыспен қамту туралы заңды мақұлдады"
    assert ("menu", "Қазақстан Республикасы Парламентінің Сенаты") in [(r.reason, r.text) for r in c.removed]
