"""Quotes: a real sentence in, the quoted span, kind and speaker out."""

from datetime import UTC, datetime

import pytest

from sayasat.actors import find_mentions
from sayasat.quotes import _marked_spans, find_quotes
from sayasat.segment import segment


def quotes(text, lang, published=None):
    sents = segment(text, lang)
    ms = find_mentions(text, sents, lang, published)
    return [(q.kind, q.text, (ms[q.speaker].given, ms[q.speaker].surname) if q.speaker is not None else None,
             q.cue, q.attribution, q.speaker_text) for q in find_quotes(text, sents, ms, lang)]


def test_russian_marked_quote_with_dash_attribution_after_it():
    text = ("Аким города Ерлан Кошанов провел встречу с жителями.\n"
            "«Мы завершим ремонт дорог до конца октября», — заявил Ерлан Кошанов.")
    assert quotes(text, "ru") == [("direct", "Мы завершим ремонт дорог до конца октября",
                                   ("Ерлан", "Кошанов"), "заявил", "explicit", "Ерлан Кошанов")]


def test_pronoun_resolved_by_the_gender_of_the_verb():
    text = ("Министр Айгерим Сапарова и депутат Марат Оспанов выступили на форуме.\n"
            "«Реформа даст результаты уже в этом году», – сказала она.")
    [(kind, _, speaker, cue, attribution, who)] = quotes(text, "ru")
    assert (kind, speaker, cue, attribution, who) == ("direct", ("Айгерим", "Сапарова"), "сказала", "anaphora",
                                                      "она")
    text = ("Правозащитник Евгений Жовтис считает изменения недостаточными. «Уведомительный порядок на бумаге "
            "есть, но разрешительная практика сохраняется», – сказал он Informburo.kz.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Евгений", "Жовтис"), "он")]  # not "он Informburo"


def test_nested_guillemets_stay_inside_one_quote():
    text = ("Председатель Вера Ким обратилась к волонтерам.\n"
            "«Президент называет волонтеров «людьми с чистой совестью», и это вдохновляет», − сказала она.")
    [q] = quotes(text, "ru")
    assert q[1] == "Президент называет волонтеров «людьми с чистой совестью», и это вдохновляет"


def test_kazakh_quote_then_dedi_and_a_quote_over_two_paragraphs():
    text = ("Сенат төрағасы Мәулен Әшімбаев жиында сөз сөйледі.\n"
            "«Заң жобасы азаматтардың құқықтарын қорғайды.\n"
            "Біз оны күзгі сессияда қабылдаймыз», – деді Мәулен Әшімбаев.")
    [q] = quotes(text, "kk")
    assert q[0] == "direct" and q[2] == ("Мәулен", "Әшімбаев") and q[3] == "деді"
    assert q[1] == "Заң жобасы азаматтардың құқықтарын қорғайды.\nБіз оны күзгі сессияда қабылдаймыз"


def test_unmarked_speech_closed_by_a_dash_attribution_but_not_an_inner_dash():
    text = ("Депутат Ержан Хамитов жастарға арналған жобаларды таныстырды.\n"
            "Басты мақсатымыз – жастарды саясатқа тарту, – деді ол.")
    [q] = quotes(text, "kk")
    assert q[:3] == ("direct", "Басты мақсатымыз – жастарды саясатқа тарту", ("Ержан", "Хамитов"))
    assert q[4] == "anaphora"


def test_names_in_quotation_marks_are_not_quotes():
    text = "«Amanat» партиясы мен «Жастар Рухы» қанаты \"Есіктен есікке\" акциясын өткізді."
    assert quotes(text, "kk") == []
    # a party's name of two words before a verb of saying is the party's, not what it said
    assert quotes("Наблюдатели от партии «Ак жол» заявили о нарушениях на участке в Астане.", "ru") == []


def test_russian_indirect_speech_with_chto_and_po_slovam():
    text = ("Политолог Данияр Ашимбаев считает, что явка на выборах будет высокой. "
            "По словам главы ЦИК Нурлана Абдирова, все участки откроются вовремя.")
    got = quotes(text, "ru")
    assert ("indirect", "явка на выборах будет высокой", ("Данияр", "Ашимбаев"), "считает", "explicit",
            "Данияр Ашимбаев") in got
    assert any(q[1] == "все участки откроются вовремя" and q[2] == ("Нурлан", "Абдиров") for q in got)


def test_kazakh_indirect_speech_nominalised_and_ayituynsha():
    text = ("Депутат Айгүл Серікова сайлаудың ашық өткенін атап өтті. "
            "Оның айтуынша, шетелдік байқаушылар ешқандай бұзушылық тіркемеген.")
    got = quotes(text, "kk")
    assert ("indirect", "сайлаудың ашық өткенін", ("Айгүл", "Серікова"), "атап өтті", "explicit",
            "Айгүл Серікова") in got
    assert any(q[1] == "шетелдік байқаушылар ешқандай бұзушылық тіркемеген" and q[2] == ("Айгүл", "Серікова")
               and q[4] == "anaphora" for q in got)


def test_a_kazakh_converb_of_saying_reports_the_clause_before_it():
    text = ("Депутат Нұртай Сабильянов іс қағаздарының 60 пайызға жуығы әлі де орыс тілінде жүргізілетінін айтып, "
            "мұны «ұят» деп атады.")
    assert [(q[0], q[1], q[2], q[3]) for q in quotes(text, "kk")] == [
        ("indirect", "іс қағаздарының 60 пайызға жуығы әлі де орыс тілінде жүргізілетінін", ("Нұртай", "Сабильянов"),
         "айтып"), ("direct", "ұят", ("Нұртай", "Сабильянов"), "деп")]  # and what he called it
    text = ("Министр Аида Балаева депутаттардың сауалына жауап бере отырып, қазақ тілін оқытуға 12,5 млрд теңге "
            "бөлінгенін жеткізді.")
    assert [q[1] for q in quotes(text, "kk")] == ["қазақ тілін оқытуға 12,5 млрд теңге бөлінгенін"]  # not what she did
    # before a colon it is no cue of what precedes: "олар айтып жатады: «...»"
    assert all(q[3] != "айтып" for q in quotes("Екі тарап та олар айтып жатады: «Біз білген жоқпыз».", "kk"))
    # the sentence goes on after the converb's comma with what else was done, at any length
    text = ("Мемлекет басшысы Қасым-Жомарт Тоқаев әлем сенім дағдарысын бастан кешіріп жатқанын атап өтіп, мүше "
            "мемлекеттерді БҰҰ Жарғысы негізінде диалогқа оралуға шақырды.")
    assert [(q[1], q[3]) for q in quotes(text, "kk")] == [("әлем сенім дағдарысын бастан кешіріп жатқанын",
                                                           "атап өтіп")]


def test_reported_speech_without_a_speaker_is_not_a_quote():
    assert quotes("Отмечается, что в последние годы движение растет.", "ru") == []


def test_interview_answers_belong_to_the_interviewee():
    text = ("Редакция Асқар Мамин мырзамен сұхбаттасты.\n"
            "– Асқар мырза, жоба қашан басталады?\n"
            "– Жоба келесі жылы басталады. Қаржы бөлінді.\n"
            "Құрылыс үш жылға созылады.\n"
            "– Рахмет!")
    got = quotes(text, "kk")
    assert got == [("interview", "Жоба келесі жылы басталады. Қаржы бөлінді.\nҚұрылыс үш жылға созылады.",
                    ("Асқар", "Мамин"), None, "interview", "Асқар Мамин")]


def test_a_transcript_labelled_with_who_speaks_is_an_interview():
    text = ("Мемлекеттік кеңесші Ерлан Қарин Egemen.kz тілшісіне берген сұхбатында реформалар туралы айтты.\n"
            "Egemen.kz: Саяси реформалардың екінші кезеңі қашан басталады?\n"
            "Ерлан Қарин: Реформалар тоқтаған жоқ. Биыл заңға 40-тан астам түзету енгізілді.\n"
            "Egemen.kz: Сарапшылар партия құруды әлі де қиын деп санайды. Сіз келісесіз бе?\n"
            "Ерлан Қарин: Тіркеу шегі 20 мыңнан 5 мың адамға дейін төмендеді.\nЖаңа партиялар пайда болып жатыр.")
    assert [(q[0], q[1][:23], q[5]) for q in quotes(text, "kk")] == [
        ("interview", "Реформалар тоқтаған жоқ", "Ерлан Қарин"),
        ("interview", "Тіркеу шегі 20 мыңнан 5", "Ерлан Қарин")]
    text = ("Корр.: Почему фракция голосовала против закона?\nАзат Перуашев: Закон не защищает малый бизнес.\n"
            "Они не были приняты.\nКорр.: Будете ли вы добиваться пересмотра?\nАзат Перуашев: Да, осенью.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [
        ("Закон не защищает малый бизнес.\nОни не были приняты.", ("Азат", "Перуашев")),
        ("Да, осенью.", ("Азат", "Перуашев"))]
    # with no question asked, a name and a colon are no transcript
    assert quotes("Азат Перуашев: итоги года.\nЕрлан Кошанов: планы Мажилиса.", "ru") == []


def test_a_transcript_labels_by_initials_after_the_full_names_and_the_interviewer_may_state():
    """A weekly's transcript names both sides once, then labels them by initials; the interviewer's
    objection ends in a full stop, and is a question still, being hers."""
    text = ("Ирина Кравцова, «АиФ Казахстан»: Ерлан Тынымбайулы, закон о референдуме приняли меньше чем за год. "
            "Не слишком ли быстро?\n"
            "Ерлан Карин: Нет. Проект обсуждали с экспертами и партиями с весны.\n"
            "И. К.: Но активисты говорят, что порог в 200 тысяч подписей слишком высок.\n"
            "Е. К.: Порог сопоставим с практикой других стран.")
    assert [(q[0], q[1][:12], q[2], q[5]) for q in quotes(text, "ru")] == [
        ("interview", "Нет. Проект ", ("Ерлан", "Карин"), "Ерлан Карин"),
        ("interview", "Порог сопост", ("Ерлан", "Карин"), "Е. К.")]


@pytest.mark.parametrize("text, lang, speaker, answers", [
    ("Редакция направила вопросы читателей в ЕНПФ. Отвечает заместитель председателя правления ЕНПФ Галия "
     "Шаймерденова.\nВопрос: Можно ли использовать накопления на лечение за границей?\nОтвет: Нет. Деньги "
     "переводятся напрямую клинике в Казахстане.\nВопрос: Какой порог достаточности для 35-летнего?\nОтвет: Для "
     "вкладчика в возрасте 35 лет порог составляет 5,8 млн тенге.\nФинансовый аналитик Расул Рысмамбетов "
     "советует не торопиться.", "ru", ("Галия", "Шаймерденова"),
     ["Нет. Деньги переводятся напрямую клинике в Казахстане.",
      "Для вкладчика в возрасте 35 лет порог составляет 5,8 млн тенге."]),
    ("Редакция оқырмандардың сұрақтарын БЖЗҚ-ға жолдады. Сұрақтарға БЖЗҚ басқарма төрағасының орынбасары Ғалия "
     "Шаймерденова жауап береді.\nСұрақ: Жинағымды шетелде емделуге жұмсай аламын ба?\nЖауап: Жоқ. Ақша тікелей "
     "клиникаға аударылады.\nСұрақ: 35 жастағы салымшы үшін шек қанша?\nЖауап: Шек 5,8 млн теңгені құрайды.\n"
     "Қаржы талдаушысы Расул Рысмамбетов асықпауға кеңес береді.", "kk", ("Ғалия", "Шаймерденова"),
     ["Жоқ. Ақша тікелей клиникаға аударылады.", "Шек 5,8 млн теңгені құрайды."]),
])
def test_an_explainers_answers_labelled_answer_are_the_words_of_the_one_the_introduction_says_answers(
        text, lang, speaker, answers):
    assert [(q[0], q[1], q[2]) for q in quotes(text, lang)] == [("interview", a, speaker) for a in answers]
    # with no introduction saying who answers, the labels name no speaker: no quote
    assert quotes(text.split("\n", 1)[1], lang) == []


def test_the_last_answer_does_not_run_into_the_reporters_closing_paragraph():
    text = ("Аким Алматы Ерболат Досаев в интервью Ulysmedia рассказал о планах города.\n"
            "– Ерболат Аскарбекович, почему сроки сдвинулись?\n"
            "– Материалы подорожали примерно на 30%.\n"
            "– Поддерживаете ли вы прямые выборы акима?\n"
            "– Да, поддерживаю.\n"
            "Это решение должен принимать Глава государства.\n"
            "Напомним, Ерболат Досаев возглавляет Алматы с 2022 года.")
    got = [(q[1], q[5]) for q in quotes(text, "ru") if q[0] == "interview"]
    assert got == [("Материалы подорожали примерно на 30%.", "Ерболат Досаев"),
                   ("Да, поддерживаю.\nЭто решение должен принимать Глава государства.", "Ерболат Досаев")]


def test_reported_speech_with_whom_or_where_it_was_said_between_the_verb_and_that():
    got = quotes("Вице-министр Азамат Амрин в кулуарах пояснил журналистам, что финансирование начнется с 2028 "
                 "года. Ерлан Карин заявил о том, что реформа продолжится.", "ru")
    assert [(q[1], q[5]) for q in got] == [("финансирование начнется с 2028 года", "Азамат Амрин"),
                                           ("реформа продолжится", "Ерлан Карин")]
    # a capitalised word after the verb may be who speaks: no quote of the person before
    assert quotes("Хамид Карзай выступил в парламенте. Представители Запада считают, пишет NEWSru.com, что мир "
                  "в Афганистане возможен.", "ru") == []


def test_two_hundred_thousand_guillemets_scan_in_linear_time():
    spans = _marked_spans("«" * 200_000 + "текст" + "»" * 3)
    assert spans == []  # never closed to depth zero: no quote, and no hang


def test_short_quotes_with_an_attribution_and_a_title_as_speaker():
    text = "На брифинге выступил министр Мурат Нуртлеу.\n«Переговоры продолжатся», – отметил министр."
    assert [(q[0], q[1], q[2], q[4]) for q in quotes(text, "ru")] == [
        ("direct", "Переговоры продолжатся", ("Мурат", "Нуртлеу"), "anaphora")]


def test_po_ego_slovam_is_reported_speech_of_the_person_before():
    text = "Министр Мурат Нуртлеу выступил в Сенате.\nПо его словам, переговоры продолжатся в июне."
    assert [(q[0], q[1], q[2]) for q in quotes(text, "ru")] == [
        ("indirect", "переговоры продолжатся в июне", ("Мурат", "Нуртлеу"))]
    text = ("Директор центра «Талап» Рахим Ошакбаев выступил на форуме. По его оценке, речь идет примерно "
            "о 1,2 млн домохозяйств.")
    assert [(q[1], q[2], q[3]) for q in quotes(text, "ru")] == [
        ("речь идет примерно о 1,2 млн домохозяйств", ("Рахим", "Ошакбаев"), "По его оценке")]


def test_his_words_are_the_subjects_not_those_of_whom_he_briefed():
    text = ("Серик Жумангарин также проинформировал Главу государства о ходе работы над Налоговым кодексом. "
            "По его словам, новый кодекс снизит нагрузку на бизнес на 30%.")
    assert [q[2] for q in quotes(text, "ru")] == [("Серик", "Жумангарин")]
    text = ("Серік Жұманғарин Мемлекет басшысына салық кодексінің жобасы туралы мәлімет берді. Оның сөзінше, "
            "жаңа кодекс бизнеске түсетін жүктемені 30 пайызға азайтады.")
    assert [q[2] for q in quotes(text, "kk")] == [("Серік", "Жұманғарин")]
    text = ("Порошенко же после встречи с Путиным охарактеризовал переговоры как «очень сложные». Он заявил, "
            "что намерен начать работу над перемирием.")
    assert [q[2] for q in quotes(text, "ru") if q[0] == "indirect"] == [(None, "Порошенко")]


def test_one_told_speaks_when_no_subject_is_named():
    text = ("Заявление Путина вызвало резонанс, и пресс-секретарю президента Дмитрию Пескову пришлось дать "
            "комментарий. По его словам, речь идет не о государственности.")
    assert [q[2] for q in quotes(text, "ru")] == [("Дмитрий", "Песков")]  # not Putin, in the genitive


def test_a_kazakh_minister_is_the_person_whose_role_is_a_ministry_s_minister():
    text = ("Мемлекет басшысына Ұлттық экономика министрі Серік Жұманғарин баяндады. Президент инфляцияны тежеу "
            "шараларын күшейтуді тапсырды.\n– Біз бюджеттің кіріс бөлігін ұлғайтуды көздеп отырмыз, – деді министр.")
    assert [(q[0], q[2]) for q in quotes(text, "kk")] == [("direct", ("Серік", "Жұманғарин"))]


def test_who_answers_is_named_in_the_clause_of_the_cue():
    text = ("Министр труда Светлана Жакупова не согласилась с критикой сенаторов. Председатель Сената Маулен "
            "Ашимбаев поддержал коллег.\nНа вопрос журналистов, когда закон вступит в силу, министр ответила: "
            "«Мы рассчитываем, что с 1 января 2026 года».")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "ru")] == [(("Светлана", "Жакупова"), "anaphora", "министр")]


def test_a_body_named_after_the_cue_is_no_one_named_before():
    text = ("Председатель Сената Маулен Ашимбаев поддержал коллег. Напомним, в марте Мажилис одобрил законопроект, "
            "по оценке Минтруда, он затронет до 1,5 млн человек.")
    assert [q[2] for q in quotes(text, "ru")] == []  # not Ashimbayev's


def test_an_unnamed_source_is_no_one_named_before():
    before = "Директор Матвей Алексеев подтвердил, что войдет в совет. "
    said = "По словам {}, в комиссии будет работать и первый замгендиректора."
    # ("подтвердил, что" is itself a quote of his; the source's words are the ones looked at)
    assert [q[2] for q in quotes(before + said.format("директора"), "ru") if q[1].startswith("в комиссии")] == [
        ("Матвей", "Алексеев")]
    # reported speech with no one to speak it is no quote (test_reported_speech_without_a_speaker_is_not_a_quote)
    assert [q for q in quotes(before + said.format("близкого к компании источника"), "ru")
            if q[1].startswith("в комиссии")] == []


def test_a_name_and_a_colon_introduce_a_quote():
    assert [(q[0], q[1], q[2], q[4]) for q in quotes("Ерлан Қошанов: «Заң жобасы қабылданады».", "kk")] == [
        ("direct", "Заң жобасы қабылданады", ("Ерлан", "Қошанов"), "explicit")]


def test_whom_or_where_it_was_said_may_stand_between_the_verb_and_the_colon():
    ru = ("Спикер Мажилиса Ерлан Кошанов заявил журналистам: «Закон будет принят до конца сессии». "
          "Министр финансов Мадина Такиева сообщила в интервью Tengrinews.kz: «Дефицит бюджета сократится».")
    kk = "Аким Ерлан Қошанов брифингте мәлімдеді: «Жолдар күзге дейін жөнделеді»."
    assert [(q[0], q[1], q[2], q[3]) for q in quotes(ru, "ru") + quotes(kk, "kk")] == [
        ("direct", "Закон будет принят до конца сессии", ("Ерлан", "Кошанов"), "заявил"),
        ("direct", "Дефицит бюджета сократится", ("Мадина", "Такиева"), "сообщила"),
        ("direct", "Жолдар күзге дейін жөнделеді", ("Ерлан", "Қошанов"), "мәлімдеді")]
    # a sentence of its own between the verb and the colon: the verb attributes nothing
    assert quotes("Министр ответил. Документ гласит: «Срок продлён».", "ru") == []


def test_a_domain_in_the_clause_before_a_that_verb_does_not_end_it():
    text = ("Политолог Досым Сатпаев в беседе с корреспондентом Tengrinews.kz заявил, что явка на референдуме "
            "может не превысить 50%.")
    assert [(q[0], q[1], q[2], q[3]) for q in quotes(text, "ru")] == [
        ("indirect", "явка на референдуме может не превысить 50%", ("Досым", "Сатпаев"), "заявил")]
    assert quotes(text, "ru")[0][5] == "Досым Сатпаев"


def test_the_kazakh_topic_particle_after_the_speaker_is_no_part_of_what_was_said():
    text = ("Саясаттанушы Ғазиз Әбішев болса, жастар қанатының белсенділігі сайлау алдында артатынын айтады. "
            "Депутат Ерлан Саиров өз кезегінде заң жобасы күзде қаралатынын атап өтті.")
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [
        ("жастар қанатының белсенділігі сайлау алдында артатынын", ("Ғазиз", "Әбішев")),
        ("заң жобасы күзде қаралатынын", ("Ерлан", "Саиров"))]
    # where and to whom it was said goes too; a place inside what was said stays
    text = ("Мәжіліс депутаты Айдос Сарым журналистерге берген сұхбатында реформаларды қолдайтынын айтты. "
            "Депутат Ерлан Саиров елде инфляция төмендегенін айтты.")
    assert [q[1] for q in quotes(text, "kk")] == ["реформаларды қолдайтынын", "елде инфляция төмендегенін"]


def test_about_this_said_x_gives_x_the_sentence_before():
    ru = ("Инфляция в Казахстане по итогам года замедлится до 8,5%. Об этом заявил председатель Национального "
          "банка Тимур Сулейменов на пресс-конференции.")
    kk = "Биыл бюджет тапшылығы 3 пайыздан аспайды. Бұл туралы Қаржы министрі Мадина Такиева мәлімдеді."
    assert [(q[0], q[1], q[2], q[3]) for q in quotes(ru, "ru") + quotes(kk, "kk")] == [
        ("indirect", "Инфляция в Казахстане по итогам года замедлится до 8,5%", ("Тимур", "Сулейменов"), "заявил"),
        ("indirect", "Биыл бюджет тапшылығы 3 пайыздан аспайды", ("Мадина", "Такиева"), "мәлімдеді")]
    # no person named: an outlet or a press service reports it, and nobody is quoted
    assert quotes("Бюджет будет исполнен полностью. Об этом говорится в сообщении пресс-службы.", "ru") == []
    assert quotes("Биыл бюджет тапшылығы 3 пайыздан аспайды. Бұл туралы Kazinform хабарлады.", "kk") == []


def test_a_name_and_a_colon_before_and_a_bare_verb_after_is_the_named_speaker():
    text = "Комитет төрағасы Ахметқали Қайырбеков: «Заң жобасын толық қолдаймыз», – деді."
    assert [(q[2], q[3], q[4], q[5]) for q in quotes(text, "kk")] == [
        (("Ахметқали", "Қайырбеков"), "деді", "explicit", "Ахметқали Қайырбеков")]


def test_a_plural_verb_is_no_anaphora_to_the_last_person_named():
    text = ("Председатель ЦИК Нурлан Абдиров сообщил, что в голосовании приняли участие 6,3 млн избирателей. "
            "Наблюдатели миссии ОБСЕ заявили, что выборы прошли в целом эффективно. «Мы довольны», – сказали они.")
    assert [(q[0], q[2], q[4]) for q in quotes(text, "ru")] == [
        ("indirect", ("Нурлан", "Абдиров"), "explicit"), ("direct", None, "none")]


def test_a_speech_verb_and_a_colon_introduce_a_quote():
    ru = "Глава Минэкономики Алибек Куантыров заявил: «Инфляция замедлится к концу года»."
    kk = "Аким Ерлан Қошанов былай деді: «Жолдар күзге дейін жөнделеді»."
    assert [(q[0], q[1], q[2], q[3]) for q in quotes(ru, "ru") + quotes(kk, "kk")] == [
        ("direct", "Инфляция замедлится к концу года", ("Алибек", "Куантыров"), "заявил"),
        ("direct", "Жолдар күзге дейін жөнделеді", ("Ерлан", "Қошанов"), "былай деді")]


def test_a_kazakh_noun_object_of_a_speech_verb_is_no_reported_speech():
    # "сын айтты" (criticised), "мерейтойын атап өтті" (celebrated a jubilee), "тілегін жеткізді" (wished):
    # the object is a noun, not a clause; a plural nominalised clause is one
    text = ("Сенат депутаты Нұрлан Бекназаров заңды қолдағанымен, кейбір нормаларға сын айтты. "
            "Әнші Бибігүл Төлегенова Алматыда 90 жасқа толған мерейтойын атап өтті. "
            "Студент Дәурен Оспанов олардың жолда шанадан ауып қалғандарын айтты.")
    got = quotes(text, "kk")
    assert [(q[1], q[2]) for q in got] == [("олардың жолда шанадан ауып қалғандарын", ("Дәурен", "Оспанов"))]


def test_a_title_as_speaker_is_the_person_the_article_gave_that_title():
    text = ("Касым-Жомарт Токаев принял акима Алматинской области Марата Султангазиева. Главе государства "
            "доложено о развитии региона.\nАким сообщил, что в регионе построено 14 школ и 3 больницы.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [
        ("в регионе построено 14 школ и 3 больницы", ("Марат", "Султангазиев"))]  # not the head of state
    text = ("Қасым-Жомарт Тоқаев Алматы облысының әкімі Марат Сұлтанғазиевті қабылдады. Мемлекет басшысына "
            "өңірдің дамуы туралы баяндалды.\nӘкімнің айтуынша, биыл өңірде 14 мектеп салынған.")
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [("биыл өңірде 14 мектеп салынған", ("Марат", "Сұлтанғазиев"))]


def test_written_words_are_quotes_and_a_medium_or_a_crowd_is_no_one_person():
    text = ("Депутат Мажилиса Екатерина Смышляева раскритиковала повышение тарифов.\n"
            "«Повышать тарифы в разгар отопительного сезона недопустимо», – написала она в своем Telegram-канале.\n"
            "Как пишет депутат, рост цен на тепло в ряде регионов составил от 15 до 40%.\n"
            "«Тарифы вырастут еще на 10% весной», – пишет издание.")
    got = [(q[1][:20], q[2]) for q in quotes(text, "ru")]
    assert got == [("Повышать тарифы в ра", ("Екатерина", "Смышляева")),
                   ("рост цен на тепло в ", ("Екатерина", "Смышляева")),
                   ("Тарифы вырастут еще ", None)]  # the outlet's words: a quote, nobody's here
    text = ("Әкім Нұрлан Нөгаев жаңа жолды аралады.\n"
            "Мамандардың айтуынша, жол сапасы талапқа сай емес.\n"
            "«Жол биыл жөнделеді», – деді әкім.")
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [("Жол биыл жөнделеді", ("Нұрлан", "Нөгаев"))]
    # a name in quotation marks that ends like a plural ("Жастар", youth) is part of a title, no crowd
    text = ("«Amanat» партиясының «Жастар Рухы» Жастар қанатының төрағасы Нұржан Жетпісбаев сөз алды.\n"
            "«Біз 500 ауылды араладық», деді «Жастар Рухы» Жастар қанатының төрағасы.")
    assert [q[2] for q in quotes(text, "kk")] == [("Нұржан", "Жетпісбаев")]


def test_who_said_it_is_named_before_the_when_and_where_of_an_about_this_sentence():
    text = ("Руководство Газпрома утверждает, что новых договоренностей с Киевом нет. Об этом сообщил официальный "
            "представитель компании Сергей Куприянов на брифинге в Москве.\n"
            "Порошенко заявил, что мирный план поможет прекратить военные действия. Об этом украинский лидер "
            "заявил после встречи с Жозе Мануэлом Баррозу.")
    got = [(q[1][:20], q[2]) for q in quotes(text, "ru")]
    assert got == [("Руководство Газпрома", ("Сергей", "Куприянов")),
                   ("мирный план поможет ", (None, "Порошенко"))]  # not Barroso, met after


def test_a_kazakh_title_or_name_in_quotation_marks_before_degen_or_dep_atalatyn_is_no_quote():
    text = ("Елбасының «Ұлы даланың жеті қыры» деген мақаласы жарияланды. «Мәңгілік ел» деп аталатын бағдарлама "
            "қабылданды. «Жол биыл жөнделеді», деген еді әкім Нұрлан Нөгаев.")
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [("Жол биыл жөнделеді", ("Нұрлан", "Нөгаев"))]


def test_a_title_with_a_name_the_recogniser_missed_is_no_anaphora():
    text = ("Министр Айгерим Сапарова выступила на форуме.\n"
            "«Мы готовы к диалогу», – сказал представитель Microsoft.")
    assert [(q[2], q[4]) for q in quotes(text, "ru")] == [(None, "none")]  # not the minister named before


def test_about_this_said_a_title_is_the_person_with_that_title():
    text = ("Президент России Дмитрий Медведев посетил Сколково.\nМедведев осмотрел лаборатории. Центр станет "
            "лучшим образцом того, что мы имеем. Об этом сообщил президент России на встрече с вице-премьером "
            "Владиславом Сурковым.")
    assert [(q[1][:16], q[2], q[5]) for q in quotes(text, "ru")] == [
        ("Центр станет луч", ("Дмитрий", "Медведев"), "президент России")]  # not Surkov, met after


def test_a_name_and_a_colon_on_their_own_line_introduce_the_dash_paragraph_after_them():
    text = ("Председатель Сената Маулен Ашимбаев отметил, что парламент готов рассмотреть законопроекты.\n"
            "Депутат Мажилиса Нурлан Ауесбаев:\n"
            "– Курултай стал настоящей площадкой для диалога власти и общества.")
    assert [(q[0], q[1][:8], q[2]) for q in quotes(text, "ru")][-1] == ("direct", "Курултай", ("Нурлан", "Ауесбаев"))


@pytest.mark.parametrize("text,lang,want", [
    # an earlier statement, in the imperfective
    ("Председатель Центральной избирательной комиссии Нурлан Абдиров ранее заявлял, что ЦИК не против "
     "обсуждения порога, но решение должен принять парламент.", "ru",
     ("indirect", "ЦИК не против обсуждения порога, но решение должен принять парламент", ("Нурлан", "Абдиров"),
      "заявлял")),
    # a minister's report: "according to him"
    ("Энергетика министрі Алмасадам Сәтқалиевтің баяндауынша, елдегі 37 жылу электр орталығының 35-і жұмыс "
     "режимінде тұр.", "kk",
     ("indirect", "елдегі 37 жылу электр орталығының 35-і жұмыс режимінде тұр", ("Алмасадам", "Сәтқалиев"),
      "баяндауынша")),
])
def test_reported_speech_by_an_imperfective_verb_or_a_report(text, lang, want):
    [q] = quotes(text, lang)
    assert q[:4] == want


def test_a_body_or_anonymous_sources_in_the_kazakh_genitive_are_no_persons_words():
    for who in ("Полиция департаментінің хабарлауынша", "Төтенше жағдайлар министрлігінің мәліметінше",
                "Ақпарат көздерінің хабарлауынша", "Экономика мамандарының болжауынша"):
        text = f"Әкім Ерлан Қошанов жиынға қатысты. {who}, бір тәулікте 70-тен астам жол оқиғасы тіркелді."
        assert quotes(text, "kk") == [], who  # not the akim's words; reported words of no one are not kept
    text = "Әкім Ерлан Қошанов жиынға қатысты. Әкімнің хабарлауынша, бір тәулікте 70 жол оқиғасы тіркелді."
    assert [q[2] for q in quotes(text, "kk")] == [("Ерлан", "Қошанов")]
    # an organiser is a person, though his noun begins as "ұйым" (an organisation) does
    text = ("Форумды Айгерім Сапарова ұйымдастырды. Ұйымдастырушының айтуынша, форумға 500 жас кәсіпкер "
            "қатысты.")
    assert [q[2] for q in quotes(text, "kk")] == [("Айгерім", "Сапарова")]


def test_a_russian_speaker_is_the_nominative_name_not_whose_secretary_he_is():
    text = ("Пресс-секретарь Путина Дмитрий Песков ранее сообщал, что решение о встрече пока не принято.")
    [q] = quotes(text, "ru")
    assert q[2] == ("Дмитрий", "Песков") and q[5] == "Дмитрий Песков"


def test_po_ee_slovam_names_her_and_po_ikh_slovam_no_one_person():
    text = ("Председатель Нацбанка Тимур Сулейменов и вице-министр финансов Дана Ахметова выступили на брифинге. "
            "По ее словам, дефицит бюджета не превысит 2,5% ВВП.")
    [q] = quotes(text, "ru")
    assert (q[2], q[4], q[5]) == (("Дана", "Ахметова"), "anaphora", "ее")
    text = ("Председатель Нацбанка Тимур Сулейменов встретился с банкирами. По их словам, спрос на кредиты "
            "снижается.")
    assert quotes(text, "ru") == []  # the bankers', not Suleimenov's


def test_an_outlet_recalling_its_own_report_after_ranee_is_not_the_last_persons_words():
    text = ("Председатель Мажилиса Ерлан Кошанов напомнил, что инициатива была озвучена в Послании. "
            "Ранее КазТАГ сообщал, что в 2024 году в Казахстане прошли выборы 45 акимов районов.")
    assert [q[2] for q in quotes(text, "ru")] == [("Ерлан", "Кошанов")]
    # the opener of time goes, the speaker named after it stays
    text = "Накануне министр финансов Мади Такиев заявил, что дефицит бюджета сократится."
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Мади", "Такиев"), "Мади Такиев")]
    # an institution after the opener speaks as one ("в Минфине"), no one person
    text = ("Министр финансов Мади Такиев провел брифинг. Накануне в Минфине заявили, что дефицит бюджета "
            "сократится.")
    assert [q[1][:7] for q in quotes(text, "ru")] == []


def test_a_declined_given_name_puts_an_indeclinable_surname_in_its_case():
    # "с ... Александром Лукашенко": the instrumental of the given name says Lukashenko is no subject, so
    # "заявил он" is Poroshenko's
    text = ("Поскольку Петр Порошенко прилетел в Минск за несколько часов до начала встречи, он успел провести "
            "переговоры с президентом Белоруссии Александром Лукашенко. «Или ситуация пойдет путем "
            "деэскалации, или ситуация практически пойдет вразнос», – заявил он в ходе встречи.")
    assert [q[2] for q in quotes(text, "ru")] == [("Петр", "Порошенко")]


def test_the_outlet_recalling_what_it_wrote_in_kazakh_is_no_ones_quote():
    text = ("Мемлекет басшысы Қасым-Жомарт Тоқаев Си Цзиньпинмен сөйлесті. Бұған дейін Мемлекет басшысы Сыртқы "
            "істер министрі Ержан Көшербаевты қабылдағанын жазған едік.")
    assert quotes(text, "kk") == []
    # the same verb with the speaker its subject is a quote
    text = "Министр Ержан Көшербаев келіссөздер жалғасатынын жазды."
    assert [q[2] for q in quotes(text, "kk")] == [("Ержан", "Көшербаев")]


def test_the_interviewee_is_whom_the_first_question_addresses_when_no_introduction_names_him():
    text = ("– Ерлан Тулеутаевич, Национальный курултай собирался уже пять раз. Какие его решения вы считаете "
            "главными?\n– За это время курултай стал площадкой, где обсуждаются самые острые вопросы.\n"
            "– Критики говорят, что курултай дублирует Парламент. Это так?\n– Это не так. Курултай не "
            "принимает законы, он предлагает идеи.")
    got = quotes(text, "ru")
    assert [(q[0], q[5]) for q in got] == [("interview", "Ерлан Тулеутаевич")] * 2


def test_two_things_said_in_one_kazakh_sentence_are_two_indirect_quotes():
    text = ("Депутат Сұлтанбек Мәкежанов заң жобасын қолдайтынын жеткізді, алайда өңірлердегі су "
            "құбырларының тозуы 60 пайыздан асатынын еске салды.")
    assert [(q[0], q[1], q[2], q[3]) for q in quotes(text, "kk")] == [
        ("indirect", "заң жобасын қолдайтынын", ("Сұлтанбек", "Мәкежанов"), "жеткізді"),
        ("indirect", "өңірлердегі су құбырларының тозуы 60 пайыздан асатынын", ("Сұлтанбек", "Мәкежанов"),
         "еске салды")]


def test_a_kazakh_judgement_with_dep_bagalady_is_the_judges_not_what_he_did_first():
    text = ("Адам құқықтары жөніндегі бюроның директоры Евгений Жовтис бұл істі саяси қудалау деп бағалады.\n"
            "«Ақ жол» фракциясының депутаты Азат Перуашев заң жобасын қолдады, бірақ реформа мерзімін тым ұзақ "
            "деп бағалады.")
    assert [(q[1], q[2], q[3]) for q in quotes(text, "kk")] == [
        ("бұл істі саяси қудалау", ("Евгений", "Жовтис"), "деп бағалады"),
        ("реформа мерзімін тым ұзақ", ("Азат", "Перуашев"), "деп бағалады")]


def test_a_name_in_the_genitive_is_no_kazakh_speaker():
    from datetime import UTC, datetime
    # the Head of State accepted Xi Jinping's invitation: Xi said nothing here
    text = ("Төраға Си Цзиньпиннің форумға шақыруын Мемлекет басшысы ризашылықпен қабыл алғанын жеткізді.")
    [q] = quotes(text, "kk", datetime(2019, 10, 1, tzinfo=UTC))
    assert (q[2], q[5]) == (("Қасым-Жомарт", "Тоқаев"), "Мемлекет басшысы")
    # economists judged the President's campaign
    text = "Президент Қасым-Жомарт Тоқаевтың қарызды кешіру акциясын экономистер «теңдессіз» деп бағалады."
    assert quotes(text, "kk") == []


def test_whom_a_kazakh_speaker_said_it_to_is_no_part_of_who_said_it():
    text = ("Белсенділердің адвокаты Айман Омарова сот шешімімен келіспейді.\n"
            "– Біз шешімге шағымданамыз, – деді адвокат Азаттыққа.")
    [q] = quotes(text, "kk")
    assert (q[2], q[5]) == (("Айман", "Омарова"), "адвокат")
    text = "Мерекеде Нұрсұлтан Назарбаев сөз сөйледі.\n«Бұл – бәріміздің мерекеміз», – дейді бұл мереке."
    assert [q[5] for q in quotes(text, "kk")] == ["бұл мереке"]  # "мереке" is no dative


def test_the_head_of_cabinet_is_the_prime_minister_of_the_day_not_the_last_person_named():
    from datetime import UTC, datetime
    text = ("Премьер-министр Олжас Бектенов провел заседание правительства. Министр просвещения Гани "
            "Бейсембаев доложил о ходе строительства школ.\n"
            "\"Строительство ряда школ идет с серьезным отставанием\", – подчеркнул глава кабмина.")
    [q] = quotes(text, "ru", datetime(2026, 11, 18, tzinfo=UTC))
    assert (q[2], q[5]) == (("Олжас", "Бектенов"), "глава кабмина")


def test_a_vox_pop_quote_is_said_by_the_name_printed_under_it():
    text = ("Корреспондент спросил горожан, как они относятся к повышению тарифов.\n"
            "«Я езжу на работу на двух автобусах, выходит 400 тенге в день».\n"
            "Гульнара Абдрахманова, пенсионерка\n"
            "«Если автобусы будут ходить по графику, я готов платить больше».\n"
            "Данияр Сеитов, студент\n"
            "«Это решение давно назрело».\n"
            "Ерлан Карин заявил, что тарифы пересмотрят.")
    got = [(q[0], q[1], q[2], q[3], q[4]) for q in quotes(text, "ru") if q[0] == "direct"]
    assert got == [
        ("direct", "Я езжу на работу на двух автобусах, выходит 400 тенге в день", ("Гульнара", "Абдрахманова"),
         None, "explicit"),
        ("direct", "Если автобусы будут ходить по графику, я готов платить больше", ("Данияр", "Сеитов"), None,
         "explicit")]  # the third is followed by a sentence, not a signature: no speaker is known


def test_a_kazakh_title_opening_a_sentence_is_the_holder_the_article_named():
    """Senate reports go on with "Министр ... жеткізді" after naming the minister: his words, as "– деді министр"
    is; a title with no holder named before says nothing of who speaks."""
    text = ("Қаржы министрі Мәди Такиев жаңа кодексті таныстырды. Сенатор Нұрлан Бекназаров Мәди Такиевке шаруа "
            "қожалықтарына қатысты сұрақ қойды.\n"
            "Министр бұл мәселе екінші деңгейдегі нормативтік актілерде шешілетінін жеткізді.")
    assert [(q[0], q[2], q[3], q[5]) for q in quotes(text, "kk")] == [
        ("indirect", ("Мәди", "Такиев"), "жеткізді", "Министр")]
    alone = "Дәл қазір осы жоба туралы Бірлік Берікұлы айтып беруге дайын.\nӘкім биыл мектеп салынатынын айтты."
    assert quotes(alone, "kk") == []


@pytest.mark.parametrize("text, lang, cue", [
    ("Министр энергетики Ерлан Аккенженов доложил, что к отопительному сезону подготовлено 97% котельных.", "ru",
     "доложил"),
    ("Ұлттық экономика министрі Серік Жұманғарин ішкі жалпы өнімнің 5,1 пайызға өскенін баяндады.", "kk",
     "баяндады"),
])
def test_a_minister_reporting_to_the_government_is_quoted(text, lang, cue):
    [q] = quotes(text, lang)
    assert (q[0], q[3], q[2][1]) == ("indirect", cue, text.split()[3 if lang == "ru" else 4])


def test_a_list_of_instructions_after_a_colon_is_no_ones_words():
    """Ministries' releases end with "даны следующие поручения:" and a dashed list (as extractors render <li>):
    the list is no answer of the official named before."""
    text = ("Как отметил вице-министр Азамат Амрин, доходы бюджетов сельских округов выросли.\n"
            "По итогам заседания даны следующие поручения:\n"
            "– акиматам областей до 15 декабря внести предложения по передаче налоговых поступлений;\n"
            "– Министерству финансов проработать вопрос увеличения трансфертов на 10%.")
    assert [q[0] for q in quotes(text, "ru")] == ["indirect"]
    text = "Депутат Мажилиса Нурлан Ауесбаев:\n– Курултай стал площадкой для открытого диалога с обществом."
    assert [(q[0], q[2]) for q in quotes(text, "ru")] == [("direct", ("Нурлан", "Ауесбаев"))]


@pytest.mark.parametrize("text,lang,speaker", [
    # a television site prints who speaks on screen, with who they are, over the words in quotation marks
    ("Депутаты одобрили поправки в первом чтении.\nАйдос Сарым, депутат Мажилиса Парламента РК:\n«Люди должны "
     "знать своего депутата в лицо. Он отвечает перед жителями района».\nЗаконопроект направлен в Сенат.", "ru",
     ("Айдос", "Сарым")),
    ("Мәжілісте жұмыс тобы құрылды.\nСерік Еркінов, Мәжіліс депутаты:\n«Жер – ұлттық байлық. Біз пайдаланылмай "
     "жатқан жерді мемлекетке қайтаруды ұсынамыз».", "kk", ("Серік", "Еркінов")),
])
def test_a_name_and_a_colon_on_their_own_line_introduce_the_quotation_under_them(text, lang, speaker):
    assert [(q[0], q[2], q[3]) for q in quotes(text, lang)] == [("direct", speaker, ":")]


def test_a_colon_that_opens_a_list_introduces_no_quotation():
    text = ("По итогам заседания даны следующие поручения:\n«Обеспечить отопительный сезон без аварий и срывов».")
    assert [q[2] for q in quotes(text, "ru")] == []


def test_whom_a_speaker_told_by_an_outlets_domain_is_no_speaker():
    text = ("Сам Марат Ибраев от комментариев отказался. Его адвокат Айдос Кенжебаев сообщил Bes.media, что все "
            "документы оформлены законно.")
    assert [(q[0], q[1], q[2]) for q in quotes(text, "ru")] == [
        ("indirect", "все документы оформлены законно", ("Айдос", "Кенжебаев"))]
    text = ("Правительство Хамида Карзая теряет доверие. Представители Запада считают, пишет NEWSru.com, что мир "
            "возможен только при участии талибов.")
    assert quotes(text, "ru") == []  # the outlet writes it; Karzai said nothing


def test_a_kazakh_pronoun_after_a_conjunction_is_the_speaker():
    text = ("Қоғам белсендісі Дана Жұмабекова реформаны қолдады. Алайда ол халықтың саяси белсенділігі әлі де төмен "
            "екенін айтты.")
    assert [(q[0], q[2], q[5]) for q in quotes(text, "kk")] == [("indirect", ("Дана", "Жұмабекова"), "ол")]


@pytest.mark.parametrize("attribution, cue", [
    ("— возмутился депутат.", "возмутился"), ("— рассказывает депутат.", "рассказывает"),
    ("— поясняет Сергей Дьяченко.", "поясняет"), ("— пожаловался депутат.", "пожаловался")])
def test_a_feature_writers_verbs_of_saying_attribute_a_dash_answer(attribution, cue):
    """Regional papers and features attribute with the present tense and with verbs of feeling."""
    text = ("Депутат Сергей Дьяченко спросил, почему в бюджете снова нет денег на ремонт дорог.\n"
            "— Люди ждут этот ремонт уже пятый год. Каждый раз нам обещают, и каждый раз ничего не происходит, "
            + attribution)
    [q] = quotes(text, "ru")
    assert (q[0], q[2], q[3]) == ("direct", ("Сергей", "Дьяченко"), cue)


def test_insisted_that_is_reported_speech():
    text = "Адвокат Джохар Утебеков настаивал, что полиция задержала пикетчиков без законных оснований."
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [
        ("полиция задержала пикетчиков без законных оснований", ("Джохар", "Утебеков"))]


def test_where_a_titled_speaker_said_it_is_no_part_of_who_said_it():
    text = ("Министр труда Светлана Жакупова ранее говорила, что закон защитит права работников платформ.\n"
            "\"Платформенные работники получат доступ к системе социального страхования\", — подчеркнула министр "
            "на заседании Мажилиса.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")][-1] == (("Светлана", "Жакупова"), "министр")


def test_an_acronym_that_reports_is_a_body_not_the_last_person_named():
    """"РБК отмечает, что ..." is the outlet's report: no earlier person said it."""
    text = ("Аркадий Волож основал компанию в 1997 году. РБК отмечает, что «Яндекс» приобрёл 10% Blekko, выйдя "
            "таким образом на американский рынок интернет-поиска.")
    assert quotes(text, "ru") == []


def test_words_a_kazakh_document_says_are_quoted_with_the_document_as_their_source():
    text = ("Мәжіліс депутаты Ерлан Саиров министрге депутаттық сауал жолдады.\n"
            "«Ауылдағы дәрігердің жалақысы 250 мың теңгеден аспайды. Мұндай жалақымен жас маманды ауылда ұстап қалу "
            "мүмкін емес», – делінген сауалда.")
    assert [(q[0], q[2], q[3], q[5]) for q in quotes(text, "kk")] == [("direct", None, "делінген", "сауалда")]


def test_a_bodys_representative_not_named_before_is_not_the_last_person_named():
    text = ("Защитник Джохар Утебеков заявил, что решения будут обжалованы.\nПредставитель департамента полиции в "
            "суде заявил, что пикетчики стояли ближе 50 метров друг от друга.")
    assert [q[2] for q in quotes(text, "ru")] == [("Джохар", "Утебеков")]


def test_a_kazakh_speaker_saying_one_thing_and_announcing_another_is_quoted_twice():
    text = ("Respublica партиясының көшбасшысы Айдарбек Қожаназаров екі округтегі нәтижемен келіспейтінін айтып, "
            "партияның сотқа жүгінетінін мәлімдеді.")
    assert [(q[1], q[2], q[3]) for q in quotes(text, "kk")] == [
        ("екі округтегі нәтижемен келіспейтінін", ("Айдарбек", "Қожаназаров"), "айтып"),
        ("партияның сотқа жүгінетінін", ("Айдарбек", "Қожаназаров"), "мәлімдеді")]


@pytest.mark.parametrize("said", ["заявил Steppe", "сказал Азаттыку", "рассказал Forbes Kazakhstan",
                                  "сообщил Tengrinews.kz", "заявил в эфире телеканала «Хабар»",
                                  "сказал в интервью газете «Время»"])
def test_an_outlet_told_between_the_verb_and_what_was_said_is_no_part_of_either(said):
    """Russian text writes a person's name in Cyrillic: a Latin name, a listed outlet in any case or a domain
    after the verb is whom it was said to."""
    text = f"Заместитель акима города Нурлан Утепов {said}, что потери в сетях составляют около 25%."
    assert [(q[0], q[1], q[2]) for q in quotes(text, "ru")] == [
        ("indirect", "потери в сетях составляют около 25%", ("Нурлан", "Утепов"))]


@pytest.mark.parametrize("text", [
    "Людмила Гурченко скончалась в понедельник. «Лента.ру» напоминает, что актриса снялась в 40 фильмах.",
    "Уго Чавес встретился с гостем. Лента.ру отмечает, что Моралес сделал остановку в Каракасе."])
def test_an_outlet_that_reminds_or_notes_is_no_person_named_before(text):
    assert quotes(text, "ru") == []


@pytest.mark.parametrize("where", ["В последнем слове он", "На брифинге министр", "В ответ он"])
def test_where_it_was_said_before_a_pronoun_or_a_title_does_not_hide_the_speaker(where):
    text = (f"Министр финансов Мади Такиев выступил в Сенате. {where} заявил, что доля отказов в процедуре "
            "не превысила 8%.")
    assert [(q[1], q[2], q[4]) for q in quotes(text, "ru")] == [
        ("доля отказов в процедуре не превысила 8%", ("Мади", "Такиев"), "anaphora")]
    # a place alone is an institution's voice: no one person
    assert quotes("Министр Мади Такиев выступил. Как пояснили в министерстве, сроки не изменятся.", "ru") == []


def test_an_answer_and_a_reminder_are_reported_speech():
    text = ("Эколог Айгерим Сатпаева называет эти сроки оптимистичными. Она напоминает, что о второй нитке водовода "
            "говорят с 2019 года. Министр Мади Такиев ответил, что работы начнутся весной.")
    assert [(q[1], q[2], q[3]) for q in quotes(text, "ru")] == [
        ("о второй нитке водовода говорят с 2019 года", ("Айгерим", "Сатпаева"), "напоминает"),
        ("работы начнутся весной", ("Мади", "Такиев"), "ответил")]


@pytest.mark.parametrize("who", ["дәрігерлер", "депутаттар", "саясаттанушылар"])
def test_a_kazakh_plural_title_as_the_speaker_is_no_one_person_named_before(who):
    text = ("Дәрігер Жәрібек Мурзинов бөлімшені аралады.\n"
            f"«Олардың бәрі аурудан аман болғанына қуандық», — дейді {who}.")
    assert [(q[0], q[2], q[5]) for q in quotes(text, "kk")] == [("direct", None, who)]


def test_a_womans_surname_tells_her_gender_when_her_given_name_ends_as_a_mans():
    """"Он сообщил" is Шакиров's: Альназарова, whose given name Акмарал ends in a consonant, is a woman."""
    text = ("Депутат от партии «Respublica» Аскар Шакиров обратился к министру здравоохранения Акмарал "
            "Альназаровой. Он сообщил, что в 43 сельских населенных пунктах области нет ни одного медицинского "
            "работника.")
    [(kind, _, speaker, cue, _, who)] = quotes(text, "ru")
    assert (kind, speaker, cue, who) == ("indirect", ("Аскар", "Шакиров"), "сообщил", "Он")


def test_a_body_that_speaks_is_no_person_named_before_but_its_head_is():
    text = ("Как отметил заместитель Генерального прокурора Марат Ахметжанов, закупки остаются одной из самых "
            "коррупционных сфер. Генеральная прокуратура напоминает, что сообщить о нарушениях можно по телефону.")
    assert [q[2] for q in quotes(text, "ru")] == [("Марат", "Ахметжанов")]
    text = ("Жиынға Мемлекеттік қызмет істері агенттігінің төрағасы Дархан Жазықбаев қатысты. Мемлекеттік қызмет "
            "істері агенттігі төрағасының айтуынша, бизнес өкілінің де үміткер болуы Ата Заңға қайшы емес.")
    assert [q[2] for q in quotes(text, "kk")] == [("Дархан", "Жазықбаев")]


def test_an_interviews_last_answer_ends_before_the_interviewers_signature():
    text = ("Министр иностранных дел Ержан Ашикбаев в интервью рассказал о переговорах по воде.\n"
            "– Ержан Бекбосынович, какие договоренности удалось достичь?\n"
            "– Мы подписали соглашение о графике попусков.\n"
            "– С Китаем переговоры идут больше двадцати лет. Есть прогресс?\n"
            "– Мы не будем никого уговаривать, мы будем договариваться.\n"
            "Ольга ВЛАСОВА")
    assert [q[1] for q in quotes(text, "ru") if q[0] == "interview"] == [
        "Мы подписали соглашение о графике попусков.", "Мы не будем никого уговаривать, мы будем договариваться."]


@pytest.mark.parametrize("text, said, who", [
    ("Явка на выборах депутатов маслихатов составила 58,7%, сообщил председатель Центральной избирательной "
     "комиссии Нурлан Абдиров на брифинге.", "Явка на выборах депутатов маслихатов составила 58,7%",
     ("Нурлан", "Абдиров")),
    ("Министр Ерлан Карин пришел на встречу. В Алматы откроют 10 новых школ, заявил он журналистам.",
     "В Алматы откроют 10 новых школ", ("Ерлан", "Карин")),
    ("Работы завершатся в декабре, как сообщил аким Алматы Ерболат Досаев.", "Работы завершатся в декабре",
     ("Ерболат", "Досаев")),
    ("О том, что телеканал должен ему 8 млн рублей, заявил Артур Перепёлкин.", "телеканал должен ему 8 млн рублей",
     ("Артур", "Перепёлкин")),
])
def test_what_was_said_before_the_verb_and_the_speaker_is_reported_speech(text, said, who):
    [(kind, got, speaker, *_)] = quotes(text, "ru")
    assert (kind, got, speaker) == ("indirect", said, who)


@pytest.mark.parametrize("text", [
    "Министр Ерлан Карин пришел на встречу, сказал несколько слов и ушел.",  # what else he did
    "Доступ к местам крушения (они разбросаны на 10 кв. км, говорил ранее премьер Александр Бородай) открыт.",
])
def test_a_verb_of_saying_after_a_comma_with_no_speaker_after_it_or_in_brackets_reports_nothing(text):
    assert quotes(text, "ru") == []


def test_dash_quotes_closed_by_who_said_them_are_no_interview():
    """A council session: three dash paragraphs, one a deputy's question, each closed by its speaker (a question
    is the asker's words too)."""
    text = ("Қала экономикасы және бюджеттік жоспарлау бөлімінің басшысы Гүлнар Байжанова баяндама жасады.\n"
            "– Бюджеттің басым бөлігі әлеуметтік салаға жұмсалады, – деді бөлім басшысы.\n"
            "Депутат Ерлан Сейітқазин депутаттық сауал жолдады.\n"
            "– Мектеп 2025 жылы пайдалануға берілуі тиіс еді. Мердігер компания жауапқа тартыла ма? – деп сұрады "
            "депутат.\n"
            "Қала әкімі Марат Дүйсембаев депутаттардың ұсыныстарын қолдайтынын жеткізді.\n"
            "– Әр сауал бақылауда болады, – деді әкім.")
    assert [(k, who) for k, _, who, *_ in quotes(text, "kk")] == [
        ("direct", ("Гүлнар", "Байжанова")), ("direct", ("Ерлан", "Сейітқазин")), ("indirect", ("Марат", "Дүйсембаев")),
        ("direct", ("Марат", "Дүйсембаев"))]


def test_a_briefings_answers_are_the_person_a_pronoun_in_the_introduction_stands_for():
    text = ("В СЦК прошел брифинг министра труда Светланы Жакуповой. Она ответила на вопросы журналистов.\n"
            "— Будут ли индексироваться пособия?\n"
            "— Да, все социальные выплаты будут проиндексированы на 8,5%.\n"
            "— Когда заработает цифровая карта семьи?\n"
            "— К середине следующего года.")
    assert [(k, who) for k, _, who, *_ in quotes(text, "ru")] == [
        ("interview", ("Светлана", "Жакупова")), ("interview", ("Светлана", "Жакупова"))]


def test_another_countrys_president_quoted_in_kazakh_is_the_one_the_article_names():
    text = ("Кездесуге Қазақстан Президенті Қасым-Жомарт Тоқаев пен Өзбекстан Президенті Шавкат Мирзиёев қатысты.\n"
            "– Тауар айналымы 11 миллиард доллардан асады, – деді Өзбекстан Президенті.")
    [(_, _, who, *_)] = quotes(text, "kk", published=datetime(2026, 11, 15, tzinfo=UTC))
    assert who == ("Шавкат", "Мирзиёев")


def test_when_it_was_said_is_no_part_of_who_said_it():
    got = quotes("Президент поручил министру туризма и спорта Ерболу Мырзабосынову подготовить план. Ранее министр "
                 "сообщил, что призовые за золото составят 75 тысяч долларов.", "ru")
    assert [(g[2], g[5]) for g in got] == [(("Ербол", "Мырзабосынов"), "министр")]
    got = quotes("Павел Дуров написал о продаже мессенджера. Однако позднее заявил, что это была шутка.", "ru")
    assert [(g[1], g[2], g[5]) for g in got] == [("это была шутка", ("Павел", "Дуров"), None)]


def test_a_name_in_quotation_marks_before_a_speech_verb_is_its_subject_not_a_quote():
    """A press review: "«Казахстанская правда» пишет о ..."; a quote is closed by a comma or a dash, or by its
    own full stop ("«Как жить?» – сказала")."""
    got = quotes("Обзор прессы за неделю. «Казахстанская правда» пишет о подготовке к переписи населения. "
                 "«Время» рассказывает о росте цен на уголь.", "ru")
    assert got == []
    got = quotes("«Пенсия у меня 95 тысяч. Как жить?» сказала пенсионерка Галина.", "ru")
    assert [(g[0], g[1]) for g in got] == [("direct", "Пенсия у меня 95 тысяч. Как жить?")]


def test_an_apposition_between_the_name_and_its_verb_names_the_speaker():
    text = ("Правозащитница Евгения Козырева, руководитель Казахстанского бюро по правам человека, считает, что "
            "цифры занижены.\n«Многие заключенные боятся жаловаться», – сказала она.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Евгения", "Козырева"), "Евгения Козырева"),
                                                          (("Евгения", "Козырева"), "она")]


def test_kak_dolozhil_introduces_reported_speech():
    text = ("Как доложил министр энергетики Ерлан Аккенженов, в текущем году отремонтировано 14 энергоблоков.")
    assert quotes(text, "ru") == [("indirect", "в текущем году отремонтировано 14 энергоблоков",
                                   ("Ерлан", "Аккенженов"), "Как доложил", "explicit", "Ерлан Аккенженов")]


def test_a_title_is_not_resolved_to_one_who_holds_another_office():
    text = ("Мәжілістің жалпы отырысында Айдос Сарым Премьер-министр Олжас Бектеновтің атына депутаттық сауал "
            "жолдады. Депутаттың айтуынша, ауылдық жерлерде 2 мыңнан астам дәрігер жетіспейді.")
    assert [q[2] for q in quotes(text, "kk")] == [("Айдос", "Сарым")]
    text = "Аким Алматы Ербол Досаев встретился с жителями. Министр заявил, что все будет хорошо весной."
    assert quotes(text, "ru") == []


@pytest.mark.parametrize("text,lang", [
    # an investigation's data is no person's words, least of all the accused's
    ("Сот Серік Омаровты 8 жылға бас бостандығынан айырды. Тергеу дерегінше, ол компаниядан 120 млн теңге пара "
     "алған.", "kk"),
    # a body or a thing as the subject of a Russian verb of saying
    ("Министр Иван Петров приехал в Токио. Японская полиция, по данным газеты, отметила, что радикалов стало "
     "больше.", "ru"),
    ("Министр Иван Петров приехал. Компания Flashpoint Intelligence, занимающаяся кибербезопасностью, сообщила "
     "телеканалу, что атака реальна.", "ru"),
])
def test_a_thing_or_a_body_as_the_source_is_no_earlier_persons(text, lang):
    assert quotes(text, lang) == []


def test_a_person_noun_as_the_subject_is_still_the_person_named_before():
    text = ("Первый замминистра энергетики Белоруссии Эдуард Товпинец выступил в Минске. Чиновник подчеркнул, что "
            "поставки газа не прекратятся.")
    assert [q[2] for q in quotes(text, "ru")] == [("Эдуард", "Товпинец")]
    # a Kazakh noun in the genitive before "according to" is one's: the resident named before
    text = "Мәртөк ауданының тұрғыны Гүлнар Сейітова хат жазды. Тұрғынның айтуынша, су үйге кірген."
    assert [q[2] for q in quotes(text, "kk")] == [("Гүлнар", "Сейітова")]


def test_a_subject_before_a_parenthesis_and_a_first_verb_is_the_speaker():
    """"X, в свою очередь, поблагодарил ... и подчеркнул, что": the clause before "подчеркнул" is a verb
    phrase, so the subject stands before the words between commas; a title resolves to the holder named."""
    text = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Председателем КНР Си Цзиньпином. "
            "«Мы ставим перед собой задачу довести торговлю до 40 миллиардов долларов», – сказал Касым-Жомарт "
            "Токаев. Председатель КНР, в свою очередь, поблагодарил казахстанского лидера за теплый прием и "
            "подчеркнул, что Пекин рассматривает Астану как надежного стратегического партнера.")
    got = quotes(text, "ru")
    assert [(q[1], q[2], q[5]) for q in got][1] == (
        "Пекин рассматривает Астану как надежного стратегического партнера", (None, "Си Цзиньпин"), "Председатель КНР")


@pytest.mark.parametrize("text,said", [
    ("Министр Ерлан Қарин брифингте жалақы келесі жылы өсетінін айтты.", "жалақы келесі жылы өсетінін"),
    ("Сейсмолог Наталья Михайлова Хабар 24 арнасына берген сұхбатында қайталама сілкіністер болуы мүмкін "
     "екенін ескертті.", "қайталама сілкіністер болуы мүмкін екенін"),
    ("Министр Ерлан Қарин Үкімет отырысында сөйлеген сөзінде жалақы өсетінін айтты.", "жалақы өсетінін"),
    ("Ерлан Қарин Telegram-арнасында жалақы өсетінін жазды.", "жалақы өсетінін"),
    ("Саясаттанушы Ғазиз Әбішев съездің шешімдеріне қатысты пікір білдіріп, партия тізімінің жаңаруы "
     "сайлаушылардың сенімін арттыратынын айтты.", "партия тізімінің жаңаруы сайлаушылардың сенімін арттыратынын"),
    # a locative after the content's own words, and a passive converb, are what was said
    ("Министр Ерлан Қарин келесі жылы Үкімет отырысында жалақы мәселесі қаралатынын айтты.",
     "келесі жылы Үкімет отырысында жалақы мәселесі қаралатынын"),
    ("Министр Ерлан Қарин жол салынып, мектеп ашылатынын айтты.", "жол салынып, мектеп ашылатынын"),
])
def test_where_a_kazakh_speaker_spoke_is_no_part_of_what_was_said(text, said):
    assert [q[1] for q in quotes(text, "kk")] == [said]


def test_a_question_closed_by_asked_is_the_askers_words():
    text = ("Депутат от партии «Ак жол» Екатерина Смышляева заметила, что бесплатные дороги разбиты.\n"
            "– Человек из Талгара будет платить каждый день. Где здесь выбор? – спросила она.")
    got = quotes(text, "ru")
    assert [(q[0], q[2], q[3]) for q in got][1] == ("direct", ("Екатерина", "Смышляева"), "спросила")
    text = "Мәжілісте Айдос Сарым сауал жолдады.\n– Ауылға дәрігер неге бармайды? – деп сұрады Айдос Сарым."
    assert [(q[0], q[1], q[2]) for q in quotes(text, "kk")] == [
        ("direct", "Ауылға дәрігер неге бармайды", ("Айдос", "Сарым"))]


def test_a_speaker_named_only_as_whose_widow_son_or_spokesman_is_not_that_person():
    """A Russian subject "<noun> <name in the genitive>" is the noun's holder: "Пресс-секретарь Токаева" is
    Tokayev's spokesman, whom the article named before; a widow or a son it never named gives no speaker."""
    text = ("Пресс-секретарь Президента Руслан Жолдас прибыл в Баку вместе с делегацией. Пресс-секретарь Токаева "
            "заявил, что визит пройдет по плану.")
    assert [(q[2], q[5]) for q in quotes(text, "ru", datetime(2026, 11, 20, tzinfo=UTC))] == [
        (("Руслан", "Жолдас"), "Пресс-секретарь Токаева")]
    text = ("Бизнесмен Евгений Козырев погиб в ДТП в 2024 году. Вдова Евгения Козырева сказала, что будет "
            "добиваться пересмотра дела. Сын Нурлана Абенова заявил, что отец невиновен.")
    assert quotes(text, "ru") == []
    # the cue before the name governs its genitive: "По словам пресс-секретаря ..." is his
    text = "По словам пресс-секретаря «Яндекса» Аси Мелкумовой, сервис работает без участия редакторов."
    assert [q[2] for q in quotes(text, "ru")] == [("Ася", "Мелкумова")]


def test_a_kazakh_connective_after_the_speaker_is_no_part_of_what_was_said():
    text = ("Қорғаныс министрінің орынбасары, генерал-майор Сұлтан Камалетдинов брифингте сөйледі. Генерал "
            "сондай-ақ келісімшарт бойынша қызметке 3 мыңнан астам сарбаз қабылданатынын айтты.")
    [q] = quotes(text, "kk")
    assert (q[1], q[2]) == ("келісімшарт бойынша қызметке 3 мыңнан астам сарбаз қабылданатынын",
                            ("Сұлтан", "Камалетдинов"))


@pytest.mark.parametrize("text, said, speaker, who", [
    # whom it was told, in the dative, frames the saying as where it was said does
    ("Сауда және интеграция министрі Арман Шаққалиев журналистерге Қытайға экспорт 18 пайызға өскенін айтты.",
     "Қытайға экспорт 18 пайызға өскенін", ("Арман", "Шаққалиев"), "Арман Шаққалиев"),
    ("Сарапшы Асқар Нұров Kazinform тілшісіне бағаның тағы өсетінін айтты.", "бағаның тағы өсетінін",
     ("Асқар", "Нұров"), "Асқар Нұров"),
    # a plural participle: the lawyer speaks for the defence ("we will appeal")
    ("Сотталушының адвокаты Ғалым Нұрпейісов үкімге шағым түсіретіндерін мәлімдеді.",
     "үкімге шағым түсіретіндерін", ("Ғалым", "Нұрпейісов"), "Ғалым Нұрпейісов"),
    # two names joined in one subject: the first speaks, as in Russian, and the second is no part of the words
    ("Депутаттар Ерлан Сапаров пен Асқар Нұров заң жобасын қолдайтындарын айтты.", "заң жобасын қолдайтындарын",
     ("Ерлан", "Сапаров"), "Ерлан Сапаров"),
])
def test_whom_a_kazakh_speaker_told_and_who_spoke_with_him_are_no_part_of_what_was_said(text, said, speaker, who):
    assert [(q[1], q[2], q[5]) for q in quotes(text, "kk")] == [(said, speaker, who)]


def test_where_a_kazakh_title_said_it_after_the_dash_is_no_part_of_the_speakers_words():
    text = ("«Барыстың» бас бапкері Юрий Михайлис ойыншыларына риза екенін айтты.\n"
            "– Бірінші кезеңде қарсыласқа тым көп мүмкіндік бердік, – деді бапкер матчтан кейінгі баспасөз "
            "мәслихатында.")
    assert [(q[0], q[2], q[5]) for q in quotes(text, "kk")][1] == ("direct", ("Юрий", "Михайлис"), "бапкер")


def test_his_words_after_a_title_that_spoke_are_that_title_holders():
    """"Аким пообещал, что ... . По его словам, ...": the akim, whom the title named a sentence before, not the
    pensioner named before him."""
    text = ("На встречу с жителями приехал аким Уральска Рафаэль Зинуров. Пенсионер Кайрат Утегенов добавил, что "
            "за июль ему начислили 6 800 тенге. Аким пообещал, что подача воды будет восстановлена до 1 сентября. "
            "По его словам, на замену сетей выделено 340 млн тенге.")
    assert [(q[2], q[4]) for q in quotes(text, "ru")] == [
        (("Кайрат", "Утегенов"), "explicit"), (("Рафаэль", "Зинуров"), "anaphora"),
        (("Рафаэль", "Зинуров"), "anaphora")]


def test_a_title_that_spoke_to_an_outlet_is_the_person_of_that_title_named_before():
    """"– сказал журналист Informburo.kz": the outlet he told it is no part of who spoke, and the journalist
    is the one the article named as such."""
    text = ("Суд взыскал с журналиста Сергея Дуванова 5 млн тенге. Сам Дуванов с решением не согласен и намерен "
            "подать апелляцию. «Суд документы даже не исследовал», – сказал журналист Informburo.kz.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Сергей", "Дуванов"), "журналист")]


def test_a_name_that_opens_the_quote_is_not_the_person_its_pronoun_means():
    """"Оның сөзінше, Тұрсынхан Әбдірахманова ..." is the poet named before, speaking of the late poet; "Ақ
    үйдің мәлімдеуінше" is the White House's, no one person's."""
    text = ("Ақын Ұлықбек Есдәулет те марқұмның әдебиетке қосқан үлесін жоғары бағалады. Оның сөзінше, Тұрсынхан "
            "Әбдірахманова жас ақындарға үнемі қамқорлық көрсеткен.")
    assert [q[2] for q in quotes(text, "kk")] == [("Ұлықбек", "Есдәулет")]
    text = ("Ветеран футбола Виктор Понедельник выразил своё мнение о действиях тренера российской сборной. "
            "Ветеран футбола уверен, что Дик Адвокат запоздал с заменами.")
    assert [q[2] for q in quotes(text, "ru")] == [("Виктор", "Понедельник")]
    text = "Ал Ақ үйдің мәлімдеуінше, Дональд Трамп аймақтағы жағдайды жіті бақылауда ұстап отыр."
    assert quotes(text, "kk") == []


def test_an_outlets_domain_after_the_verb_ends_no_sentence_and_who_follows_it():
    """"– сказал Orda.kz один из бастующих, оператор Ербол Кудайбергенов": the full stop of the domain ended
    the attribution at "Orda", and "деді Б.Оспанов" at "Б"."""
    text = ("«Нам обещали решить вопрос еще весной», – сказал Orda.kz один из бастующих, оператор Ербол "
            "Кудайбергенов.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Ербол", "Кудайбергенов"), "Ербол Кудайбергенов")]
    text = ("Филиал төрағасының бірінші орынбасары Бауыржан Оспанов кездесулер туралы айтты.\n– Біз облыстың 10 "
            "ауданында 150-ден астам кездесу өткіздік, – деді Б.Оспанов.")
    assert [(q[2], q[5]) for q in quotes(text, "kk")] == [(("Бауыржан", "Оспанов"), "Б.Оспанов")]


def test_the_new_holder_of_a_title_is_not_the_one_who_left_it():
    """"деді жаңа әкім" (said the new akim) after the elected farmer beat the former akim: the farmer, not the
    former akim named last."""
    text = ("Бадам ауылдық округінде өзін-өзі ұсынған кандидат, фермер Нұрлыбек Әбдіқадыров сайланды. Ол бұрынғы "
            "әкім Серік Мамыровты 143 дауыс айырмашылықпен озды.\n«Ауылдың ең үлкен мәселесі – ауыз су», – деді "
            "жаңа әкім.")
    assert [q[2] for q in quotes(text, "kk")] == [("Нұрлыбек", "Әбдіқадыров")]
    text = ("Суд приговорил бывшего акима района Серика Омарова к 8 годам. Аким района Нурлан Ахметов пообещал "
            "провести проверку. «Виновным себя не признаю», – сказал бывший аким.")
    assert [q[2] for q in quotes(text, "ru")] == [("Серик", "Омаров")]


def test_a_second_verb_after_a_conjunction_has_the_first_verbs_subject():
    """"Зеленский поблагодарил партнеров, но подчеркнул, что ...": the conjunction is no speaker's text."""
    text = ("Президент Украины Владимир Зеленский поблагодарил партнеров за поддержку, но подчеркнул, что Киев не "
            "пойдет на территориальные уступки.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "ru")] == [
        (("Владимир", "Зеленский"), "explicit", "Владимир Зеленский")]


@pytest.mark.parametrize("text, want", [
    # the words in guillemets are what the speaker called a thing: a direct quote of the subject
    ("Правозащитник Евгений Жовтис назвал решение суда «очередным ударом по свободе слова».",
     ("очередным ударом по свободе слова", ("Евгений", "Жовтис"), "назвал")),
    ("Си Цзиньпин назвал Казахстан «надежным другом и стратегическим партнером Китая».",
     ("надежным другом и стратегическим партнером Китая", (None, "Си Цзиньпин"), "назвал")),
    ("Порошенко после встречи с Путиным охарактеризовал переговоры в Минске как «очень сложные».",
     ("очень сложные", (None, "Порошенко"), "охарактеризовал")),
    ("Посол Японии Ичиро Огасавара осудил визит, назвав его «непростительным оскорблением».",
     ("непростительным оскорблением", ("Ичиро", "Огасавара"), "назвав")),
    # one word in lower case
    ("Председатель Еврокомиссии Урсула фон дер Ляйен назвала решение «историческим».",
     ("историческим", ("Урсула", "фон дер Ляйен"), "назвала")),
    # what someone urged, an infinitive in guillemets
    ("Президент Франции Эмманюэль Макрон призвал партнеров «не ослаблять давление на Москву».",
     ("не ослаблять давление на Москву", ("Эмманюэль", "Макрон"), "призвал")),
])
def test_what_someone_called_a_thing_in_guillemets_is_their_quote(text, want):
    [(kind, words, speaker, cue, _, _)] = quotes(text, "ru")
    assert (kind, (words, speaker, cue)) == ("direct", want)


def test_one_word_a_kazakh_speaker_called_a_thing():
    text = "Еурокомиссия төрағасы Урсула фон дер Ляйен шешімді «тарихи» деп атады."
    assert [q[:3] for q in quotes(text, "kk")] == [("direct", "тарихи", ("Урсула", "фон дер Ляйен"))]


def test_a_name_in_guillemets_after_called_is_no_quote():
    """"назвал компанию «Астана Моторс»": a name starts with a capital, words said in lower case."""
    assert quotes("Бизнесмен Нурлан Смагулов назвал компанию «Астана Моторс».", "ru") == []


@pytest.mark.parametrize("text", [
    # a name in guillemets after an infinitive: what was urged is the infinitive, no one's words quoted
    "Он призвал провести международное Полярное десятилетие по образцу «года Арктики».",
    # one word after "назвали" with no one who called it so
    "Организация была подпольной. Поэтому ее и назвали конспиративно — «ассоциация».",
])
def test_a_name_after_urged_or_called_is_no_quote(text):
    assert quotes(text, "ru") == []


@pytest.mark.parametrize("text, want", [
    # no verb of speech before the colon: the person the sentence is about introduces the words
    ("Депутат Мажилиса от партии «Ак жол» Азат Перуашев предложил ужесточить контроль за работодателями: "
     "«Бизнес должен платить мигрантам официально, иначе мы теряем налоги».",
     [("direct", "Бизнес должен платить мигрантам официально, иначе мы теряем налоги", ("Азат", "Перуашев"))]),
    ("Депутат Мажилиса Ирина Смирнова поддержала инициативу: «Женщины в 60 лет еще воспитывают внуков».",
     [("direct", "Женщины в 60 лет еще воспитывают внуков", ("Ирина", "Смирнова"))]),
    # reported words that introduce a quote end at the colon: both are his
    ("Подробности своего плана Порошенко не раскрыл, однако отметил, что украинская сторона не собирается "
     "просить о вмешательстве: «Мы не рассчитываем, что солдаты других стран будут воевать за нас».",
     [("indirect", "украинская сторона не собирается просить о вмешательстве", (None, "Порошенко")),
      ("direct", "Мы не рассчитываем, что солдаты других стран будут воевать за нас", (None, "Порошенко"))]),
])
def test_a_person_before_a_colon_introduces_the_quote_after_it(text, want):
    assert [q[:3] for q in quotes(text, "ru")] == want


@pytest.mark.parametrize("text, words", [
    # what the speaker did first, in a converb, is no part of what was said
    ("Конференцияны университет ректоры Ерлан Сыдықов ашып, Алаш арыстарының мұрасын зерттеу ісі "
     "жалғасатынын айтты.", "Алаш арыстарының мұрасын зерттеу ісі жалғасатынын"),
    ("Облыс әкімі Дархан Сатыбалды жеңімпаздарды марапаттап, айтыс дәстүрін қолдау жалғаса беретінін айтты.",
     "айтыс дәстүрін қолдау жалғаса беретінін"),
    ("Министр Ербол Мырзабосынов құраманы әуежайда қарсы алып, әр ойыншыға сыйақы берілетінін хабарлады.",
     "әр ойыншыға сыйақы берілетінін"),
    # how the speaker is called, after the given name
    ("Нұрсәт шағынауданының тұрғыны Бақытжан ағай ауыз судың жиі өшетінін айтты.", "ауыз судың жиі өшетінін"),
])
def test_kazakh_reported_words_begin_after_what_the_speaker_did(text, words):
    [q] = quotes(text, "kk")
    assert (q[0], q[1]) == ("indirect", words)


def test_more_verbs_of_speech():
    text = ("Шымкент қаласының әкімі Ғабит Сыздықбеков тұрғындардың сұрақтарына жауап берді.\n"
            "– Бақытжан аға, бұл мәселені білеміз. Желтоқсанның соңына дейін жаңа су құбыры іске қосылады, – деп "
            "жауап берді әкім.")
    assert [(q[0], q[2], q[3]) for q in quotes(text, "kk")] == [
        ("direct", ("Ғабит", "Сыздықбеков"), "деп жауап берді")]
    text = "Социолог Серик Бейсембаев обращает внимание, что Казахстан сам теряет рабочую силу."
    assert [q[:3] for q in quotes(text, "ru")] == [
        ("indirect", "Казахстан сам теряет рабочую силу", ("Серик", "Бейсембаев"))]


def test_a_person_named_inside_someones_reported_words_does_not_speak_next():
    """The critic said Aitmatov's tradition lives on in the novel; "– деді әдебиеттанушы" is the critic."""
    text = ("Кітап туралы Әмірхан Меңдеке пікір білдірді. Ол романда Шыңғыс Айтматовтың дәстүрі жалғасын тапқанын "
            "атап өтті.\n– Роллан ағаның шығармасы – үлкен әдебиеттің үлгісі, – деді әдебиеттанушы.")
    assert [(q[0], q[2]) for q in quotes(text, "kk")] == [
        ("indirect", ("Әмірхан", "Меңдеке")), ("direct", ("Әмірхан", "Меңдеке"))]


def test_a_briefings_one_question_and_answer_and_the_reporter_after_the_last_answer():
    """A single dash question and answer is an interview when the text says who answered questions; after the
    last answer, a paragraph whose subject is someone else with a title is the reporter's again."""
    text = ("Сыртқы істер министрлігінің ресми өкілі Айбек Смадияров брифингте журналистердің сұрақтарына жауап "
            "берді.\n– Тбилисиде ұсталған азаматтар туралы не белгілі?\n– Елшілігіміз грузин тарапымен тұрақты "
            "байланыста. Оларға консулдық көмек көрсетілуде.\nБрифингте энергетика вице-министрі Ерлан Ақбаров та "
            "сөз сөйледі.")
    assert [(q[0], q[1], q[2]) for q in quotes(text, "kk")] == [
        ("interview", "Елшілігіміз грузин тарапымен тұрақты байланыста. Оларға консулдық көмек көрсетілуде.",
         ("Айбек", "Смадияров"))]
    text = ("Официальный представитель МИД Айбек Смадияров ответил на вопросы журналистов.\n– Что известно о "
            "задержанных?\n– Им оказывается консульская помощь.\n– Поедет ли Президент на саммит?\n– Решение "
            "будет принято Главой государства.\nТакже на брифинге выступил вице-министр энергетики Ерлан "
            "Акбаров. Он сообщил, что отопительный сезон начался без аварий.")
    assert [(q[0], q[1], q[2]) for q in quotes(text, "ru")] == [
        ("indirect", "отопительный сезон начался без аварий", ("Ерлан", "Акбаров")),
        ("interview", "Им оказывается консульская помощь.", ("Айбек", "Смадияров")),
        ("interview", "Решение будет принято Главой государства.", ("Айбек", "Смадияров"))]


def test_a_last_answer_over_two_paragraphs_keeps_a_titled_person_it_names():
    """The interviewee goes on about the akim: no one else is given the floor, so the answer runs on."""
    text = ("Аким района Ерлан Сапаров ответил на вопросы нашего корреспондента.\n– Когда починят дорогу?\n– Весной."
            "\n– А школу?\n– Школу достроим к осени.\nАким области Серик Нурланов уже выделил на нее 2 млрд тенге.")
    assert [(q[0], q[1]) for q in quotes(text, "ru")][-1] == (
        "interview", "Школу достроим к осени.\nАким области Серик Нурланов уже выделил на нее 2 млрд тенге.")


@pytest.mark.parametrize("text, said, surname", [
    ("Руководитель управления здравоохранения города Бахытжан Тойбеков подтвердил, что в октябре в больницу "
     "поступили 9 детей с кишечной инфекцией.", "в октябре в больницу поступили 9 детей с кишечной инфекцией",
     "Тойбеков"),
    ("Министр финансов Мади Такиев выразил надежду, что бюджет будет исполнен в срок.",
     "бюджет будет исполнен в срок", "Такиев"),
    ("Аналитик Мурат Темирханов не исключил, что ставку снизят в марте.", "ставку снизят в марте", "Темирханов"),
])
def test_russian_verbs_of_confirming_hoping_and_allowing_introduce_reported_words(text, said, surname):
    assert [(q[0], q[1], q[2][1]) for q in quotes(text, "ru")] == [("indirect", said, surname)]


def test_a_title_after_someone_acted_on_is_the_subject_who_acted():
    """"Уразбахтин сменил ... Владимира Газзаева. «...», — сказал новый наставник": the one who replaced the
    coach speaks, not the one replaced; with a sentence between that makes the object its subject, the
    pronoun after it is the object's."""
    text = ("Уразбахтин сменил на этом посту Владимира Газзаева, который покинул клуб после вылета из Лиги "
            "конференций.\n«Передо мной поставлена задача вернуть чемпионство», — сказал новый наставник на "
            "представлении.")
    assert [q[2] for q in quotes(text, "ru")] == [(None, "Уразбахтин")]
    text = ("В этот же день Касым-Жомарт Токаев принял Генерального прокурора Берика Асылова. Генпрокурор доложил "
            "об итогах работы органов прокуратуры за 10 месяцев. По его данным, в бюджет возвращено 412 млрд "
            "тенге.")
    assert [q[2] for q in quotes(text, "ru")] == [("Берик", "Асылов")]
    text = ("«Қайрат» клубы Рафаэль Уразбахтинді бас бапкер етіп тағайындады. Уразбахтин бұл қызметте клубтан "
            "кеткен Владимир Газзаевтың орнын басты.\n– Алдымызда чемпиондықты қайтару міндеті тұр, – деді жаңа "
            "бапкер таныстыру рәсімінде.")
    assert [q[2] for q in quotes(text, "kk")] == [("Рафаэль", "Уразбахтин")]


def test_a_kazakh_speaker_says_in_the_present_with_dep():
    text = "Әріптесім Сұлтан Әкімбеков реформа ең алдымен атқарушы билікке тиімді деп айтады."
    assert [(q[0], q[1], q[2]) for q in quotes(text, "kk")] == [
        ("indirect", "реформа ең алдымен атқарушы билікке тиімді", ("Сұлтан", "Әкімбеков"))]


def test_the_head_of_a_diplomacy_is_the_subject_who_passed_on_his_leaders_greeting():
    """Xi, in the genitive after Wang Yi the subject, does not speak next: "глава китайской дипломатии" is Wang."""
    text = ("Ван И передал главе казахстанского МИД приветствие от Председателя КНР Си Цзиньпина.\n«Китай готов "
            "увеличить закупки казахстанской сельхозпродукции», — заявил глава китайской дипломатии.")
    assert [q[2] for q in quotes(text, "ru")] == [(None, "Ван И")]


def test_one_closing_guillemet_ends_a_name_within_a_companys_name():
    """"АО «НК «Қазақстан темір жолы»" has two « and one »: the quote opened there ran to the next », across
    the paragraphs, and the chairman's words began at "НК"."""
    text = ("Как сообщили в пресс-службе АО «НК «Қазақстан темір жолы», движение было приостановлено на 14 часов.\n"
            "Председатель правления КТЖ Талгат Алдыбергенов прибыл на место схода.\n"
            "«Предварительная причина — излом рельса», — рассказал Алдыбергенов.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [
        ("Предварительная причина — излом рельса", ("Талгат", "Алдыбергенов"))]
    text = "Иван Петров: «В АО «НК «ҚТЖ»» всё хорошо», — сказал он."
    assert [q[1] for q in quotes(text, "ru")] == ["В АО «НК «ҚТЖ»» всё хорошо"]


@pytest.mark.parametrize("text, lang, speaker, who", [
    ("Министр Ержан Есенов прилетел в Караганду.\n«Это трагедия», — сказал министр в аэропорту журналистам.",
     "ru", ("Ержан", "Есенов"), "министр"),
    ("Өнеркәсіп министрі Ержан Есенов Қарағандыға ұшып барды.\n– Бұл – қасірет, – деді министр әуежайда "
     "журналистерге.", "kk", ("Ержан", "Есенов"), "министр"),
    ("Посол Ержан Казыханов выступил.\n«Это важно», — сказал посол Казахстана в России.", "ru",
     ("Ержан", "Казыханов"), "посол Казахстана в России"),
    # a specialist, and where he spoke; an expert, and where he wrote (no name after "в")
    ("Құраманың бас бапкері Станислав Черчесов ойыншыларын мақтады.\n"
     "– Жігіттер соңғы минутқа дейін күресті, – деді маман матчтан кейінгі баспасөз мәслихатында.", "kk",
     ("Станислав", "Черчесов"), "маман"),
    ("Экономист Айдархан Кусаинов выступил на форуме.\n«Пока бюджет растет быстрее экономики, никакие стабфонды "
     "инфляцию не остановят», — написал эксперт в своем Telegram-канале.", "ru", ("Айдархан", "Кусаинов"),
     "эксперт"),
    # the outlet told, by its noun in the dative
    ("Интересы задержанного представляет адвокат Марат Жумагулов.\n«Мой подзащитный не брал никаких денег», — "
     "заявил адвокат агентству Tengrinews.kz.", "ru", ("Марат", "Жумагулов"), "адвокат"),
])
def test_where_a_titled_speaker_spoke_is_no_part_of_who_spoke(text, lang, speaker, who):
    assert [(q[2], q[5]) for q in quotes(text, lang)] == [(speaker, who)]


def test_the_speakers_own_next_verb_ends_what_he_confirmed():
    """"подтвердил, что переговоры идут, но отказался называть сроки": he refused, not the talks; "проект
    одобрен, но застрял" keeps its second verb, which agrees with the reported clause's."""
    text = ("Алмасадам Саткалиев подтвердил, что переговоры идут, но отказался называть сроки. Иван Петров "
            "сообщил, что проект одобрен, но застрял.")
    assert [q[1] for q in quotes(text, "ru")] == ["переговоры идут", "проект одобрен, но застрял"]


def test_an_adverb_may_stand_between_dep_and_its_verb():
    text = "Сұлтан Әкімбеков реформа ең алдымен атқарушы билікке тиімді деп дұрыс айтады."
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [
        ("реформа ең алдымен атқарушы билікке тиімді", ("Сұлтан", "Әкімбеков"))]


@pytest.mark.parametrize("text,lang,speaker", [
    # a senator is the deputy who speaks next
    ("Против отдельных норм выступила сенатор Динара Щеглова. «Под это определение может попасть любой сайт», "
     "— отметила депутат.", "ru", ("Динара", "Щеглова")),
    ("Отырысты Сенат Төрағасы Мәулен Әшімбаев өткізді. Сенатор Динара Щеглова кейбір нормаларға қарсы шықты.\n"
     "– Кез келген сайт осы анықтамаға іліге алады, – деді депутат.", "kk", ("Динара", "Щеглова")),
    # the head of a town is its akim, not the last person named
    ("Шымкент қаласының әкімі Ғабит Сыздықбеков есеп берді. Кездесуге қалалық мәслихат хатшысы Бауыржан "
     "Нұрымбетов қатысты.\n– Ең өзекті мәселе – ауыз су, – деді қала басшысы.", "kk", ("Ғабит", "Сыздықбеков")),
    ("Аким Шымкента Габит Сыздыкбеков отчитался перед жителями. На встрече присутствовал секретарь маслихата "
     "Бауыржан Нурымбетов.\n«Самая острая проблема – питьевая вода», – сказал глава города.", "ru",
     ("Габит", "Сыздыкбеков")),
])
def test_a_title_names_the_holder_it_means(text, lang, speaker):
    assert quotes(text, lang)[-1][2] == speaker


def test_the_head_of_a_body_is_the_one_whose_title_names_that_body():
    # "глава МИД Венгрии" is the foreign minister named before, not Hungary's Prime Minister named last
    text = ("Глава государства принял министра иностранных дел и внешнеэкономических связей Венгрии Петера "
            "Сийярто. Петер Сийярто передал приглашение премьер-министра Венгрии Виктора Орбана посетить Будапешт. "
            "Министр подчеркнул, что Будапешт видит в Казахстане ключевого партнера.\n"
            "«Мы заинтересованы в участии венгерских компаний в проектах», – сказал глава МИД Венгрии.")
    assert quotes(text, "ru")[-1][2] == ("Петер", "Сийярто")


def test_adverbs_before_the_verb_leave_the_subject_before_an_apposition():
    text = ("Бывший аким Караганды Ерлан Кошанов, ныне председатель Мажилиса, не раз говорил, что без финансовой "
            "самостоятельности местные советы останутся декорацией.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Ерлан", "Кошанов"), "Ерлан Кошанов")]


@pytest.mark.parametrize("text,lang,said", [
    # where the briefing was held, named before it: the place is the frame's, not what was said
    ("Қорғаныс министрі Руслан Жақсылықов Орталық коммуникациялар қызметінде өткен брифингте оқу-жаттығудың "
     "жоспарлы екенін атап өтті.", "kk", "оқу-жаттығудың жоспарлы екенін"),
    # when, then to whom and where
    ("Комитет төрағасы Ербол Тлешов өткен аптада журналистерге берген сұхбатында құжат айналымының 60 пайызы "
     "ғана қазақ тілінде жүргізілетінін мойындады.", "kk",
     "құжат айналымының 60 пайызы ғана қазақ тілінде жүргізілетінін"),
    # "нақтылады" (specified) is a verb of saying too
    ("Ауыл шаруашылығы вице-министрі Амангелді Тасмағамбетов жыл басынан бері 1,2 мыңға жуық жер телімі "
     "алынғанын нақтылады.", "kk", "жыл басынан бері 1,2 мыңға жуық жер телімі алынғанын"),
])
def test_what_a_kazakh_speaker_said_begins_after_when_where_and_to_whom(text, lang, said):
    assert [q[1] for q in quotes(text, lang)] == [said]


@pytest.mark.parametrize("text,lang,speaker", [
    ("Қазақстан халқының саны 20 миллион 980 мыңнан асты. Бюро басшысы Жандос Шайхиев бұл туралы Орталық "
     "коммуникациялар қызметіндегі брифингте мәлім етті.", "kk", ("Жандос", "Шайхиев")),
    ("Первый этап реформы завершится к весне. Министр Мади Такиев сообщил об этом журналистам.", "ru",
     ("Мади", "Такиев")),
])
def test_a_speaker_named_first_who_said_this_gives_the_sentence_before(text, lang, speaker):
    [q] = quotes(text, lang)
    assert (q[0], q[1].split()[0], q[2]) == ("indirect", text.split()[0], speaker)


def test_as_the_demographer_said_is_his_but_by_the_way_is_no_ones():
    said = "Демограф Мақаш Тәтімов айтқандай, халық санының өсуі бірінші кезекте оңтүстік өңірлерге тиесілі."
    assert [(q[1], q[2]) for q in quotes(said, "kk")] == [
        ("халық санының өсуі бірінші кезекте оңтүстік өңірлерге тиесілі", ("Мақаш", "Тәтімов"))]
    assert quotes("Айтқандай, мұнайшылардың сексен төрт пайызы отандық мамандар.", "kk") == []
    assert quotes("Қашықтан оқыту, анау айтқандай, кедергі келтіріп отырған жоқ.", "kk") == []


def test_the_head_of_state_after_a_foreign_president_is_that_president():
    """"Глава государства" names Kazakhstan's president, unless the sentence before names another
    country's: then it is him, and so is "президент" quoted after the paraphrase of what he said."""
    text = ("Президент России Владимир Путин обвинил Киев в нежелании вести диалог с востоком страны. Глава "
            "государства заявил об этом в Якутске.\n«Я считаю, что главная причина в этом», — отметил президент.")
    published = datetime(2026, 11, 21, tzinfo=UTC)
    assert [(q[0], q[2][1]) for q in quotes(text, "ru", published)] == [("indirect", "Путин"),
                                                                        ("direct", "Путин")]
    both = ("Президент Казахстана Касым-Жомарт Токаев и президент Турции Реджеп Тайип Эрдоган подписали "
            "декларацию. Глава государства заявил об этом на брифинге.")
    assert [q[2][1] for q in quotes(both, "ru", published)] == ["Токаев"]
    # a president of no country, and a Kazakh institution named after the President, are no head of state
    for text, lang in (("Президент Ассоциации финансистов Елена Бахмутова выступила на форуме. Глава государства "
                        "заявил об этом на брифинге.", "ru"),
                       ("Президент Әкімшілігінің басшысы Айбек Дадебай брифинг өткізді. Мемлекет басшысы бұл туралы "
                        "жарлықта мәлімдеді.", "kk")):
        assert {m.actor for m in find_mentions(text, segment(text, lang), lang, published)
                if m.source == "office"} == {"person/tokayev-kassym-jomart"}


@pytest.mark.parametrize("text,want", [
    ("Депутат Ермұрат Бапи оның пікірін қолдап, бес жылда ауыл ауруханаларынан 4,5 мың медицина "
     "қызметкері жұмыстан кеткенін еске салды.",
     "бес жылда ауыл ауруханаларынан 4,5 мың медицина қызметкері жұмыстан кеткенін"),
    # a deputy's inquiry sent first
    ("Депутат Нұрлан Әуесбаев министрге сауал жолдап, Атырау облысында орамал таққаны үшін қыздардың сабаққа "
     "жіберілмегенін айтқан болатын.", "Атырау облысында орамал таққаны үшін қыздардың сабаққа жіберілмегенін"),
])
def test_what_a_kazakh_speaker_did_first_in_a_converb_is_no_part_of_what_he_said(text, want):
    assert [q[1] for q in quotes(text, "kk")] == [want]


def test_another_person_who_acts_after_a_comma_ends_what_was_reported():
    text = ("Министр труда Светлана Жакупова пообещала, что решение примут до конца года, а лидер фракции «Ак жол» "
            "Азат Перуашев предложил вообще отказаться от повышения.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [("решение примут до конца года",
                                                          ("Светлана", "Жакупова"))]
    # ... and one whose predicate is a short adjective
    text = ("Депутат Ерлан Ахметов считает, что тарифы вырастут, а министр энергетики Алмасадам Саткалиев уверен в "
            "обратном.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [("тарифы вырастут", ("Ерлан", "Ахметов"))]
    # a person in another case after ", а" is part of what was said
    text = "Министр Светлана Жакупова заявила, что решение примут до конца года, а Азата Перуашева пригласят."
    assert [q[1] for q in quotes(text, "ru")] == ["решение примут до конца года, а Азата Перуашева пригласят"]


@pytest.mark.parametrize("text,lang", [
    ("С начала года в Казахстан возвращено активов на 1,2 трлн тенге. Такие данные на пресс-конференции привел "
     "генеральный прокурор Берик Асылов.", "ru"),
    ("Биыл елге 1,2 триллион теңге активі қайтарылды. Мұндай деректерді Бас прокурор Берік Асылов баспасөз "
     "мәслихатында келтірді.", "kk"),
])
def test_who_gave_such_figures_said_the_sentence_before(text, lang):
    assert [(q[0], q[1].split()[-1], q[2]) for q in quotes(text, lang)] == [
        ("indirect", text.split(".")[0].split()[-1], ("Берик" if lang == "ru" else "Берік", "Асылов"))]


@pytest.mark.parametrize("text,lang,speaker", [
    # the minister, not his deputy named last
    ("Министр энергетики Алмасадам Саткалиев поручил провести проверку. По словам вице-министра Ерлана Акбарова, "
     "износ сетей достигает 78 процентов. Глава ведомства также напомнил, что в прошлом году авария произошла в "
     "Риддере.", "ru", ("Алмасадам", "Саткалиев")),
    ("Аким области Асаин Байханов посетил станцию. Заместитель акима Марат Сеитов сообщил, что ремонт завершат в "
     "декабре.\n«Мы успеем», — сказал аким.", "ru", ("Асаин", "Байханов")),
    # a Kazakh title with the word of what it heads opens the sentence: the head named before
    ("Энергетика министрі Алмасадам Сәтқалиев тексеруді тапсырды. Энергетика министрінің орынбасары Ерлан "
     "Ақбаровтың айтуынша, желілердің тозуы 78 пайызға жетеді. Ведомство басшысы биыл Риддерде де апат болғанын "
     "еске салды.", "kk", ("Алмасадам", "Сәтқалиев")),
    # the region's head is the region's akim, not the district's named last
    ("Түркістан облысының әкімі Дархан Сатыбалды Сарыағаш ауданында тұрғындармен кездесті. Аудан әкімі Қанат "
     "Сейітов 14 ауылға су тартылғанын хабарлады. Өңір басшысы жолдарды жөндеуге 3,5 миллиард теңге бөлінетінін "
     "айтты.", "kk", ("Дархан", "Сатыбалды")),
])
def test_a_heads_title_names_the_head_not_the_deputy_named_last(text, lang, speaker):
    assert quotes(text, lang)[-1][2] == speaker
    # the deputy's own title names him
    text = "Министр Алмасадам Саткалиев прибыл в город. Вице-министр Ерлан Акбаров также сообщил, что сети изношены."
    assert quotes(text, "ru")[-1][2] == ("Ерлан", "Акбаров")
    # a body's head is no resident named before with no head's title
    text = "Тұрғын Әсел Нұрмаханова үйде суық екенін айтты. Ведомство басшысы апат болғанын айтты."
    assert [q[2] for q in quotes(text, "kk")] == [("Әсел", "Нұрмаханова")]


def test_what_a_law_or_a_man_is_commonly_called_is_no_ones_words():
    text = ("Закон, который в обществе называют «законом Салтанат», вступил в силу в июне 2024 года. Его называют "
            "«отцом реформ».")
    assert quotes(text, "ru") == []
    assert [q[1] for q in quotes("Правозащитник Евгений Жовтис назвал решение суда «очередным ударом по свободе "
                                 "слова».", "ru")] == ["очередным ударом по свободе слова"]


@pytest.mark.parametrize("text,speaker", [
    # "Ғалым" (a scientist) citing his view is the ecologist named before, no man called Ғалым
    ("Эколог Мэлс Елеусізов өзенді құтқару үшін тек келіссөз жеткіліксіз екенін айтады. Ғалымның пікірінше, "
     "жағалаудағы ағаштарды кесуді тоқтату қажет.", ("Мэлс", "Елеусізов")),
    # "by his reckoning"
    ("Экономист Арман Бейсембаевтың пікірінше, жанармай бағасының өсуі инфляцияға әсер етеді. Оның есебінше, "
     "20 пайызға көтерілу жылдық инфляцияны арттырады.", ("Арман", "Бейсембаев")),
])
def test_a_kazakh_view_cited_by_a_noun_or_by_his_reckoning_is_the_person_named_before(text, speaker):
    [first, second] = quotes(text, "kk")
    assert second[2] == speaker and second[1].split()[0] == text.split(", ")[-1].split()[0]


def test_what_a_judge_announced_is_her_reported_speech():
    text = "Председательствующий судья Айгерим Мусабаева объявила, что приговор будет оглашен 4 декабря."
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [("приговор будет оглашен 4 декабря",
                                                          ("Айгерим", "Мусабаева"))]


@pytest.mark.parametrize("text,lang", [
    # a clipped title names the holder of the full one, not the senator named last
    ("Генеральный прокурор Берик Асылов выступил на заседании Сената. Сенатор Нурлан Бекенов спросил, будет ли "
     "амнистия распространяться на участников январских событий. Генпрокурор ответил, что такие лица уже были "
     "амнистированы в 2023 году.", "ru"),
    # a Kazakh title with its rank opens the sentence
    ("Бас прокурор Берік Асылов жалпы отырыста сөйледі. Сенатор Нұрлан Бекенов рақымшылық қаңтар оқиғаларына "
     "қатысушыларға қолданыла ма деп сұрады. Бас прокурор мұндай адамдарға 2023 жылы рақымшылық жасалғанын "
     "айтты.", "kk"),
])
def test_the_prosecutor_general_by_a_clipped_or_ranked_title(text, lang):
    assert [q[2] for q in quotes(text, lang)][-1:] == [("Берик" if lang == "ru" else "Берік", "Асылов")]


def test_a_title_names_the_person_who_held_it_even_where_named_otherwise_since():
    # the president named last holds the title by an earlier mention; his last one calls him the head of state
    text = ("Саммитке Қазақстан Президенті Қасым-Жомарт Тоқаев қатысты. Әзербайжан Президенті Ильхам Әлиев "
            "саммитті ашты. «Түркі әлемі бүгін басты көпір», – деді Әлиев. Мемлекет басшысы Тоқаев сөзінде көлік "
            "бағытын дамыту керектігін айтты. «Жүк бір елден екінші елге қағазсыз өтуі тиіс», – деді Президент.")
    assert [q[2] for q in quotes(text, "kk")][-1] == ("Қасым-Жомарт", "Тоқаев")


def test_a_kazakh_minister_added_that():
    text = ("Су ресурстары және ирригация министрі Нұржан Нұржігітов келісім вегетациялық кезеңде су жіберу "
            "кестесін бекітетінін қосты.")
    assert [(q[1], q[2], q[3]) for q in quotes(text, "kk")] == [
        ("келісім вегетациялық кезеңде су жіберу кестесін бекітетінін", ("Нұржан", "Нұржігітов"), "қосты")]


def test_she_who_wrote_to_the_minister_said_it_not_the_minister():
    text = ("Балалар құқықтары жөніндегі уәкіл Динара Закиева медиация кабинеттерін тарату керек деп санайды. Ол бұл "
            "туралы Білім министрі Ғани Бейсембаевқа ұсыныс жолдағанын айтты.")
    assert [(q[2], q[5]) for q in quotes(text, "kk")] == [(("Динара", "Закиева"), "Динара Закиева"),
                                                          (("Динара", "Закиева"), "Ол")]


def test_an_outlets_unnamed_source_is_no_one_named_before():
    text = ("Заместитель руководителя Администрации Президента Тимур Жаксылыков отвечает за связь с иностранными "
            "компаниями. По словам собеседника «Власти», без согласования с Жаксылыковым не подписывается ни одно "
            "соглашение. По словам собеседника, работа идет.")
    # the unnamed source's words are no one's quote; the bare interlocutor is the person named
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Тимур", "Жаксылыков"), "собеседника")]


def test_two_kazakh_subjects_joined_past_the_seconds_title():
    text = ("Франция Президенті Эммануэль Макрон мен Германия канцлері Фридрих Мерц Еуропа келіссөздерге қатысуы "
            "керек екенін мәлімдеді.")
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [("Еуропа келіссөздерге қатысуы керек екенін",
                                                          ("Эммануэль", "Макрон"))]


def test_an_undeclined_name_whose_the_next_ones_title_is_does_not_speak():
    text = "Эксперт Карнеги Томас де Ваал считает, что главное препятствие — внутренняя политика."
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Томас", "де Ваал"), "Томас де Ваал")]


def test_whom_it_was_told_after_the_verb_is_no_speaker():
    text = ("Премия присуждена Омару Яги из Калифорнийского университета. Яги, родившийся в Аммане, рассказал "
            "журналистам о премии. Ситуация под контролем, сообщил министр энергетики Ерлан Аккенженов.")
    assert [(q[1], q[5]) for q in quotes(text, "ru")] == [
        ("Ситуация под контролем", "Ерлан Аккенженов")]


@pytest.mark.parametrize("text,speaker", [
    ("Бывший президент Саломе Зурабишвили призвала протестующих к спокойствию. «Не поддавайтесь на "
     "провокации», — написала она.", ("Саломе", "Зурабишвили")),
    ("Аналитик Мариям Жумадил отмечает, что инвесторы восприняли новость сдержанно. «Рынок опасается "
     "инфляции», — пояснила она.", ("Мариям", "Жумадил")),
])
def test_she_is_a_woman_whose_name_ends_in_a_consonant_or_e(text, speaker):
    assert [q[2] for q in quotes(text, "ru") if q[0] == "direct"] == [speaker]


def test_a_foreign_name_after_the_kazakh_verb_the_recogniser_missed_is_no_earlier_person():
    text = "Бұрынғы губернатор Эндрю Куомо жеңілді.\n\n– Нью-Йорк бүгін үмітті таңдады, – деді Мамдани Бруклинде."
    assert [(q[2], q[5]) for q in quotes(text, "kk")] == [(None, "Мамдани Бруклинде")]


def test_she_who_said_it_is_no_one_named_in_the_dative_after_her():
    text = ("Лидер оппозиции Мария Корина Мачадо узнала о премии из телефонного звонка. «Я в шоке», — сказала "
            "она секретарю комитета Кристиану Бергу Харпвикену.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Мария", "Мачадо"), "она")]


@pytest.mark.parametrize("text,speaker", [
    ("Кандидат левых Жаннетт Хара поблагодарила избирателей в Сантьяго. По её словам, страна не должна "
     "возвращаться в прошлое.", ("Жаннетт", "Хара")),
    ("Пресс-секретарь Белого дома Кэролайн Ливитт провела брифинг. По её словам, администрация будет следить "
     "за действиями нового мэра.", ("Кэролайн", "Ливитт")),
])
def test_her_verb_says_she_is_a_woman_whose_foreign_name_no_list_has(text, speaker):
    assert [q[2] for q in quotes(text, "ru")] == [speaker]


@pytest.mark.parametrize("text,said,speaker,who", [
    ("Представитель Белого дома Стивен Чеунг раскритиковал комитет, заявив, что тот «поставил политику выше "
     "мира».", "тот «поставил политику выше мира»", ("Стивен", "Чеунг"), "Стивен Чеунг"),
    ("Владимир Путин ответил на вопросы журналистов. «Никаких указаний не было», – сказал он, заверив, что "
     "травли несогласных не существует.", "травли несогласных не существует", ("Владимир", "Путин"), "он"),
])
def test_a_converb_of_saying_reports_what_its_clauses_subject_said(text, said, speaker, who):
    assert (said, speaker, who) in [(q[1], q[2], q[5]) for q in quotes(text, "ru") if q[0] == "indirect"]


def test_a_converb_after_a_bodys_clause_is_no_persons_words():
    text = ("Министр финансов Питер Данн выступил в парламенте. Организация Business NZ, которая объединяет "
            "бизнес-ассоциации страны, выступила за реформу налогов, отметив, что для этого достаточно двух лет.")
    assert quotes(text, "ru") == []


def test_the_head_of_a_foreign_state_is_its_president():
    text = ("Папа Лев XIV встретился с президентом Жозефом Ауном и премьер-министром Навафом Саламом. Глава "
            "ливанского государства заявил, что визит «вселяет надежду».")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Жозеф", "Аун"), "Глава ливанского государства")]


def test_what_she_recalled_is_reported_speech():
    text = ("Актриса Кейт Бланшетт, много лет носившая его наряды, вспоминала, что Армани одевал женщин так, словно "
            "они уже победили.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [
        ("Армани одевал женщин так, словно они уже победили", ("Кейт", "Бланшетт"))]


@pytest.mark.parametrize("text,said,speaker", [
    ("Главный тренер сборной Казахстана Талгат Байсуфинов, присутствовавший на стадионе «Стэмфорд Бридж», "
     "заявил, что рассчитывает на Сатпаева в мартовских матчах.", "рассчитывает на Сатпаева в мартовских матчах",
     ("Талгат", "Байсуфинов")),
    ("Режиссер Адильхан Ержанов, снявший фильм «Степной волк», сказал, что следующую картину снимет в Улытау.",
     "следующую картину снимет в Улытау", ("Адильхан", "Ержанов")),
])
def test_a_name_in_guillemets_after_its_noun_is_no_quote(text, said, speaker):
    # the verb after the name's closing mark is its clause's own, and what it reports follows "что"
    assert [(q[0], q[1], q[2]) for q in quotes(text, "ru")] == [("indirect", said, speaker)]


def test_words_in_guillemets_after_a_verb_of_saying_stay_a_quote():
    text = "Министр Айгерим Сапарова ответила «Мы против», — сообщил источник в правительстве."
    assert [q[:2] for q in quotes(text, "ru")] == [("direct", "Мы против")]


def test_her_verb_before_her_title_says_whom_she_is():
    # "Нин" is no Russian -ин; the verb before her title is hers, so "Она" is she, not the woman named before
    text = ("Премьер-министр Японии Санаэ Такаити провела переговоры в Токио. В Пекине визит прокомментировала "
            "официальный представитель МИД КНР Мао Нин. Она подчеркнула, что Китай приветствует развитие отношений.")
    assert quotes(text, "ru")[-1][2] == (None, "Мао Нин")


def test_kazakh_reported_words_quoted_up_to_the_verbal_noun():
    # the guillemet that closes the speaker's own words stands between the verbal noun and the verb of saying
    text = ("Мемлекеттік хатшы Марко Рубио одақтастармен келіссөз жүргізді. Рубио журналистерге Вашингтон «жаңа "
            "эскалацияға жол бермейтінін» айтты.")
    assert [q[:4] for q in quotes(text, "kk")] == [
        ("indirect", "Вашингтон «жаңа эскалацияға жол бермейтінін»", ("Марко", "Рубио"), "айтты")]


@pytest.mark.parametrize("text, said, speaker", [
    # the one named in the accusative or the genitive before the quote is whom the words are about
    ("ФИДЕ президенті Аркадий Дворкович Асаубаеваны «әйелдер шахматының жарқын жұлдызы» деп атады.",
     "әйелдер шахматының жарқын жұлдызы", ("Аркадий", "Дворкович")),
    ("ЕО-ның жоғары өкілі Кая Каллас Лавровтың сөзін «уақыт ұту әрекеті» деп бағалады.", "уақыт ұту әрекеті",
     ("Кая", "Каллас")),
])
def test_a_kazakh_quote_before_dep_is_the_subjects_not_the_objects(text, said, speaker):
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [(said, speaker)]


def test_what_someone_called_a_thing_after_a_name_in_guillemets_of_the_object():
    text = ("Официальный представитель МИД РФ Мария Захарова назвала заявления европейских политиков о «мирном "
            "плане» «очередной информационной кампанией».")
    assert [q[:3] for q in quotes(text, "ru")] == [
        ("direct", "очередной информационной кампанией", ("Мария", "Захарова"))]


def test_a_kazakh_pronoun_before_the_one_spoken_with_says_who_said_it():
    text = ("Қасым-Жомарт Тоқаев келіссөздер үшін алаң ұсынуға дайын екенін білдірген. Бұл туралы ол Франция "
            "Президенті Эммануэль Макронмен телефон арқылы сөйлескенде айтқан.")
    assert [(q[2], q[5]) for q in quotes(text, "kk")] == [(("Қасым-Жомарт", "Тоқаев"), "ол")]


def test_a_kazakh_briefing_held_at_a_named_place_is_no_part_of_what_was_said():
    text = ("Агенттік төрағасы Мадина Әбілқасымова Орталық коммуникациялар қызметіндегі брифингте он ай ішінде 140 "
            "тексеру жүргізілгенін айтты.")
    assert [q[1] for q in quotes(text, "kk")] == ["он ай ішінде 140 тексеру жүргізілгенін"]


@pytest.mark.parametrize("text, lang", [
    ("Главный тренер «Астаны» Григорий Бабаян поблагодарил болельщиков. Наставник «Кайрата» Рафаэль Уразбахтин "
     "признал, что его команде не хватило свежести. «Мы провели 52 матча за сезон, это сказалось», – отметил "
     "тренер.", "ru"),
    ("«Астананың» бас бапкері Григорий Бабаян жанкүйерлерге алғыс айтты. «Қайраттың» тәлімгері Рафаэль Уразбахтин "
     "командасына күш жетпегенін мойындады. «Біз маусымда 52 матч өткіздік, бұл әсер етті», – деді бапкер.", "kk"),
])
def test_a_coach_named_by_another_word_for_his_post_is_the_coach_named_last(text, lang):
    assert quotes(text, lang)[-1][2] == ("Рафаэль", "Уразбахтин")


@pytest.mark.parametrize("text, lang, speaker", [
    ("Главный государственный санитарный врач Аида Балаева назвала причиной отказы от вакцинации. Педиатр Бахыт "
     "Туменова напоминает, что связь прививок с аутизмом опровергнута.\n«Корь — это не безобидная детская "
     "болезнь», — предупреждает врач.", "ru", ("Бахыт", "Туменова")),
    ("Бас мемлекеттік санитарлық дәрігер Аида Балаева себебін вакцинадан бас тарту деп атады. Педиатр Бақыт "
     "Түменова екпе мен аутизмнің байланысы жоққа шығарылғанын еске салады.\n«Қызылша – зиянсыз балалар ауруы "
     "емес», – деп ескертеді дәрігер.", "kk", ("Бақыт", "Түменова")),
    ("Политолог Досым Сатпаев считает реформу запоздалой. Аналитик зернового рынка Евгений Карабанов отмечает "
     "давление российского урожая.\n— Наши трейдеры не могут конкурировать, — пояснил эксперт.", "ru",
     ("Евгений", "Карабанов")),
])
def test_a_title_of_a_kind_of_post_is_the_one_of_that_kind_named_last(text, lang, speaker):
    """A paediatrician is a doctor ("врач", "дәрігер"), an analyst an expert: the title names the one named last
    whose post is of its kind, not an earlier one whose role has the word itself."""
    title = text.rstrip(".").rsplit(" ", 1)[1]
    assert [(q[2], q[5]) for q in quotes(text, lang) if q[0] == "direct"] == [(speaker, title)]


@pytest.mark.parametrize("text, cue, who", [
    ("«Астана Тазалық» МКК басшысы Бауыржан Әбішев көшелер тазартылғанын айтты.\n«Жүргізушілерден көлікті жол "
     "жиегіне қалдырмауды сұраймыз», – деп тұрғындарға үндеу тастады ол.", "деп тұрғындарға үндеу тастады", "ол"),
    ("«Астана Тазалық» МКК басшысы Бауыржан Әбішев көшелер тазартылғанын айтты.\n«Қар еріту пункттері жұмыс "
     "істейді», – деп Kazinform тілшісіне айтты Әбішев.", "деп Kazinform тілшісіне айтты", "Әбішев"),
])
def test_whom_a_kazakh_speaker_told_stands_between_dep_and_the_verb(text, cue, who):
    assert [(q[0], q[2], q[3], q[5]) for q in quotes(text, "kk")][-1] == (
        "direct", ("Бауыржан", "Әбішев"), cue, who)


@pytest.mark.parametrize("text, lang, cue", [
    ("Переводчик романа, поэт Бахыт Каирбеков, признался, что труднее всего было передать степную лексику.\n— По-"
     "русски половина этих слов звучит как ботаника, — пошутил он.", "ru", "пошутил"),
    ("Романның аудармашысы, ақын Бақыт Қайырбеков дала лексикасын жеткізу ең қиыны болғанын мойындады.\n– Орысша "
     "олардың жартысы ботаника сияқты естіледі, – деп әзілдеді ол.", "kk", "деп әзілдеді"),
    ("Педиатр Бахыт Туменова рассказала о вспышке кори.\n«Это не безобидная болезнь», — предупреждает она.", "ru",
     "предупреждает"),
    ("Солнечный кентінің тұрғыны Татьяна Ермакова үйлері неге суық екенін сұрады.\n«Жылу үшін толық төлейміз, ал "
     "күртешемен отырамыз», – деп ашуланды ол.", "kk", "деп ашуланды"),
])
def test_a_joke_and_a_warning_are_said_too(text, lang, cue):
    assert [(q[0], q[3], q[4]) for q in quotes(text, lang)][-1] == ("direct", cue, "anaphora")


@pytest.mark.parametrize("text, said", [
    ("По информации депутата маслихата Ерлана Ахметова, тарифы на проезд вырастут на 20%.",
     [("тарифы на проезд вырастут на 20%", ("Ерлан", "Ахметов"), "По информации")]),
    ("Аким Ерлан Кошанов провел брифинг. По его данным, работы завершат к сентябрю.",
     [("работы завершат к сентябрю", ("Ерлан", "Кошанов"), "По его данным")]),
    # a body's figures are no person's words, nor a year's, though a person was named before
    ("По данным Бюро национальной статистики, инфляция за год составила 8,4%.", []),
    ("Аким Ерлан Кошанов провел брифинг. По данным за 2026 год, 38 предложений из 214 учтены.", []),
    ("Аким Ерлан Кошанов провел брифинг. По информации акимата, работы завершены.", []),
])
def test_a_persons_information_or_figures_are_reported_speech(text, said):
    assert [(q[1], q[2], q[3]) for q in quotes(text, "ru")] == said


@pytest.mark.parametrize("who", ["кейіпкеріміз", "әңгімелесушіміз"])
def test_our_interlocutor_in_kazakh_is_the_one_named_before(who):
    """"– деді кейіпкеріміз" (our hero): the possessive of "we" on a noun, no verb in the first person."""
    text = ("Мұғалім Айгүл Серікова жаңа оқу бағдарламасы туралы айтты.\n– Балаларға жеңілдеді, – деді " + who + ".")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [(("Айгүл", "Серікова"), "anaphora", who)]


def test_a_kazakh_participle_as_the_verb_of_saying_before_its_pronoun():
    text = "Министр Ерлан Ахметов брифинг өткізді.\n«Тарифтер биыл өспейді», – деген ол."
    assert [(q[1], q[2], q[3], q[5]) for q in quotes(text, "kk")] == [
        ("Тарифтер биыл өспейді", ("Ерлан", "Ахметов"), "деген", "ол")]
    assert quotes("«Жастар» деген ұйым құрылды.", "kk") == []  # the participle naming a thing


def test_a_kazakh_promise_after_dep_is_reported():
    text = "Энергетика министрі Ерлан Ахметов тарифтер биыл өспейді деп уәде берді."
    assert [(q[1], q[2], q[3]) for q in quotes(text, "kk")] == [
        ("тарифтер биыл өспейді", ("Ерлан", "Ахметов"), "деп уәде берді")]


def test_what_a_kazakh_petitions_author_writes_is_reported():
    text = ("Петиция авторы, Қарағандыдағы биология пәнінің мұғалімі Светлана Ким өз мектебіндегі әрбір үшінші "
            "жоғары сынып оқушысы вейп татып көргенін жазады.")
    assert [(q[1], q[2], q[3]) for q in quotes(text, "kk")] == [
        ("өз мектебіндегі әрбір үшінші жоғары сынып оқушысы вейп татып көргенін", ("Светлана", "Ким"), "жазады")]


def test_a_kazakh_name_in_an_objects_case_after_a_title_is_no_speaker():
    text = ("Ауыл шаруашылығы министрі Айдар Сапаров облысқа келді. Министр Ербол Қарашөкеевті облыс активіне "
            "таныстыратынын хабарлады.")
    got = quotes(text, "kk")
    assert [(q[1], q[2]) for q in got] == [("Ербол Қарашөкеевті облыс активіне таныстыратынын", ("Айдар", "Сапаров"))]
    # a body before the name speaks: no one person's words
    assert quotes("Үкіметтің баспасөз қызметі Е.Қарашөкеевті 24 қарашада облыс активіне таныстыратынын хабарлады.",
                  "kk") == []


@pytest.mark.parametrize("text, speaker", [
    # "сам" is the one talked about in the quote before, not the coach who talked of him
    ("Золото выиграл Нурсултан Турсынов. «Турсынов провел идеальный турнир», – оценил главный тренер сборной "
     "Даулет Шабанбай. Сам чемпион признался, что посвящает победу отцу.", ("Нурсултан", "Турсынов")),
    # the holder of the title named stays who is meant
    ("Министр Ерлан Карин выступил. «Карин прав», – сказал депутат Иван Петров. Сам министр заявил, что ситуация "
     "под контролем.", ("Ерлан", "Карин")),
    ("Аким области Марат Султангазиев выступил. «Он прав», – сказал депутат Иван Петров. Сам глава региона заявил, "
     "что ситуация под контролем.", ("Марат", "Султангазиев")),
])
def test_russian_sam_names_the_one_talked_about(text, speaker):
    assert quotes(text, "ru")[-1][2] == speaker


def test_a_kazakh_name_before_a_word_of_respect_in_a_case_is_no_speaker():
    text = ("Халық жазушысы Қалихан Ысқақ өмірден озды. Жазушылар одағының төрағасы Мереке Құлкенов Қалихан ағаны "
            "«қазақ әдебиетінің ар-ожданы» деп атады.")
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [("қазақ әдебиетінің ар-ожданы", ("Мереке", "Құлкенов"))]


@pytest.mark.parametrize("text", [
    "Премьер-министр Венгрии Виктор Орбан пригрозил заблокировать решение, а глава МИД Словакии Юрай Бланар "
    "призвал «не спешить».",
    "Премьер-министр Венгрии Виктор Орбан пригрозил заблокировать решение, а глава МИД Словакии Юрай Бланар назвал "
    "решение «поспешным».",
])
def test_who_called_or_urged_is_named_in_the_clause_after_a_but(text):
    assert [q[2] for q in quotes(text, "ru")] == [("Юрай", "Бланар")]


def test_a_pronouns_person_is_named_before_the_pronoun_not_after_it():
    text = ("Премию получила основательница фонда «Аман» Жанар Кенжебаева. Почетной гостьей церемонии стала посол "
            "Великобритании Кэтрин Литл. Она поздравила Кенжебаеву и отметила, что «женщины Казахстана меняют "
            "страну».")
    assert [q[2] for q in quotes(text, "ru")] == [("Кэтрин", "Литл")]


@pytest.mark.parametrize("text, cue, said", [
    ("Тағы бір жолаушы Әсел Нұрпейісова адамдарға үш сағат бойы су берілмегеніне шағымданды.", "шағымданды",
     "адамдарға үш сағат бойы су берілмегеніне"),
    ("Министр Ербол Қарашөкеев өңірлерде дәрігерлер жетіспейтініне назар аударды.", "назар аударды",
     "өңірлерде дәрігерлер жетіспейтініне"),
])
def test_a_kazakh_verb_that_governs_the_dative_reports_what_was_said(text, cue, said):
    (kind, quoted, _, got_cue, attribution, _), = quotes(text, "kk")
    assert (kind, quoted, got_cue, attribution) == ("indirect", said, cue, "explicit")


def test_interview_answers_belong_to_who_told_the_reporter():
    text = ("Посол Германии в Казахстане Моника Ферстер рассказала корреспонденту «Казинформа» о сотрудничестве.\n\n"
            "– Госпожа посол, как продвигается проект в Мангистауской области?\n\n"
            "– Проект идет по плану. Мы ожидаем окончательного решения в 2027 году.\n\n"
            "– Какие еще проекты на повестке?\n\n"
            "– Речь идет о добыче редких металлов.\n\n"
            "– Многие жалуются на сроки выдачи виз.\n\n"
            "– Мы это понимаем.")
    got = [(q[0], q[2]) for q in quotes(text, "ru")]
    assert got == [("interview", ("Моника", "Ферстер"))] * 3


@pytest.mark.parametrize("text, lang", [
    ("Основатель криптобиржи Intebix Айдос Айтжанов не согласен с регулятором: «70% – это много. Небольшие игроки "
     "просто уйдут с рынка».", "ru"),
    ("Intebix криптобиржасының негізін қалаушы Айдос Айтжанов реттеушімен келіспейді: «70% – бұл көп. Шағын "
     "ойыншылар нарықтан кетіп қалады».", "kk"),
])
def test_words_after_a_colon_may_open_with_a_figure(text, lang):
    assert [(q[0], q[2], q[3]) for q in quotes(text, lang)] == [("direct", ("Айдос", "Айтжанов"), ":")]


@pytest.mark.parametrize("text, lang, want", [
    # the reporter's sentence, then the speech in the same paragraph, opened by its dash
    ("По итогам встречи стороны договорились об обмене пленными. – Мы удовлетворены результатами, – заявил "
     "Мединский журналистам.", "ru", "Мы удовлетворены результатами"),
    ("Шаруашылық биыл алғаш рет зығыр екті. – Бидайдың бағасы екінші жыл қатарынан түсіп жатыр, – деп "
     "түсіндірді Виктор Гелих.", "kk", "Бидайдың бағасы екінші жыл қатарынан түсіп жатыр"),
])
def test_a_dash_quote_that_opens_inside_a_paragraph_starts_at_its_dash(text, lang, want):
    [q] = quotes(text, lang)
    assert q[0] == "direct" and q[1] == want


@pytest.mark.parametrize("text, speaker, who", [
    ("Верховный муфтий Наурызбай Таганулы поздравил верующих. «Мы рады разделить с вами этот светлый праздник», "
     "– говорится в его обращении.", ("Наурызбай", "Таганулы"), "его"),
    ("Министр Айгуль Ахметова выступила с заявлением. «Мы выполним все обязательства», – говорится в ее "
     "заявлении.", ("Айгуль", "Ахметова"), "ее"),
])
def test_words_said_to_be_in_his_address_are_his(text, speaker, who):
    [q] = quotes(text, "ru")
    assert (q[2], q[4], q[5]) == (speaker, "anaphora", who)


def test_words_in_a_bodys_statement_are_no_ones():
    text = "Министр выступил в Мажилисе. «Все обязательства будут выполнены», – говорится в сообщении министерства."
    [q] = quotes(text, "ru")
    assert q[2] is None and q[4] == "none"


def test_a_publication_in_latin_letters_is_no_earlier_persons_source_in_kazakh():
    text = ("«Челси» клубы шабуылшы Дастан Сәтбаевпен келісімшарт жасасты. Келісім 2031 жылға дейін жасалды, "
            "The Athletic мәліметінше, мәміле сомасы 4 млн еуро болды.")
    assert all(q[2] is None for q in quotes(text, "kk"))


def test_a_kazakh_genitive_with_himself_that_opens_the_sentence_is_who_speaks():
    text = ("Дастан Сәтбаев «Челсиге» ауысты. Сәтбаевтың өзі бала кезінен АПЛ-де ойнауды армандағанын "
            "мойындады.")
    [q] = quotes(text, "kk")
    assert (q[1], q[2], q[3]) == ("бала кезінен АПЛ-де ойнауды армандағанын", ("Дастан", "Сәтбаев"), "мойындады")


def test_a_kazakh_briefings_answers_are_the_briefers():
    text = ("Орталық коммуникациялар қызметінде Еңбек министрі Светлана Жақыпованың брифингі өтті. Негізгі сұрақтар "
            "мен жауаптарды жариялаймыз.\n\n– Ең төменгі зейнетақы қашан көтеріледі?\n\n– 1 қаңтардан бастап ең "
            "төменгі зейнетақы 8,5 пайызға өсті.\n\n– Әйелдердің зейнет жасы ұлғая ма?\n\n– Жоқ. Шешім күшінде "
            "қалады.\n\nВице-министр Ербол Тұяқбаев биыл жәрдемақыны 220 мың отбасы алатынын қосты.")
    # (the reporter takes over after the last answer: another with a title "added" something)
    assert [(q[0], q[2]) for q in quotes(text, "kk")] == [("indirect", ("Ербол", "Тұяқбаев"))] + [
        ("interview", ("Светлана", "Жақыпова"))] * 2


@pytest.mark.parametrize("text, lang", [
    ("Казахстанский боксер Геннадий Головкин объявил о завершении карьеры. Его многолетний тренер Абель Санчес, "
     "по словам казахстанца, был первым, кому он сообщил о решении.", "ru"),
    ("Қазақстандық боксшы Геннадий Головкин мансабын аяқтады. Оның бапкері Абель Санчес те келді. "
     "Қазақстандықтың айтуынша, шешімі туралы ең алдымен бапкеріне хабарлаған.", "kk"),
])
def test_a_person_named_by_nationality_is_the_one_whose_title_gives_it(text, lang):
    [q] = quotes(text, lang)
    assert (q[2], q[4]) == (("Геннадий", "Головкин"), "anaphora")


@pytest.mark.parametrize("text, lang", [
    ("Алимханулы нокаутировал в девятом раунде британца Дензела Бентли. Промоутер Боб Арум доволен.\n«Он бьет "
     "сильнее, чем кажется по телевизору», — отметил британец.", "ru"),
    ("Әлімханұлы тоғызыншы раундта британдық Дензел Бентлиді нокаутқа түсірді. Промоутер Боб Арум риза.\n«Ол "
     "теледидарда көрінгеннен гөрі қаттырақ соғады», – деді британдық.", "kk"),
])
def test_a_person_named_by_nationality_is_the_one_whose_name_it_stood_before(text, lang):
    """"британца Дензела Бентли", "британдық Дензел Бентлиді": the word before the name says it, not a title (the
    Kazakh "-дық" is no verb in the first person)."""
    assert [(q[2][1], q[4]) for q in quotes(text, lang)] == [("Бентли", "anaphora")]


def test_whom_it_was_told_with_a_plural_verb_is_no_speaker():
    text = ("Касым-Жомарту Токаеву доложили об уровне инфляции. Президенту сообщили, что в январе годовая инфляция "
            "замедлилась до 9,8%.")
    assert all(q[2] is None for q in quotes(text, "ru", datetime(2026, 2, 12, tzinfo=UTC)))


def test_a_name_both_women_and_men_bear_takes_its_gender_from_her_verb():
    text = ("Пресс-секретарь премьер-министра Ардак Ахмет на запрос редакции ответила, что не комментирует слухи. "
            "«Кадровые решения принимает Глава государства», – отметила она.")
    assert [(q[2], q[4]) for q in quotes(text, "ru", datetime(2026, 12, 3, tzinfo=UTC))] == [
        (("Ардак", "Ахмет"), "explicit"), (("Ардак", "Ахмет"), "anaphora")]


@pytest.mark.parametrize("text, lang, want", [
    ("Министр Ерлан Сапаров келді.\n\n– Біз дайынбыз, – деді министр. Оның айтуынша, жұмыс мамырда аяқталады.", "kk",
     ("Біз дайынбыз", ("Ерлан", "Сапаров"))),
    ("Министр Ерлан Сапаров прибыл.\n\n– Мы готовы, – сказал министр. Он добавил, что работа завершится в мае.", "ru",
     ("Мы готовы", ("Ерлан", "Сапаров"))),
])
def test_a_dash_quote_whose_attribution_ends_a_sentence_before_the_reporter_goes_on(text, lang, want):
    assert want in [(q[1], q[2]) for q in quotes(text, lang) if q[0] == "direct"]


def test_a_dialogues_turns_in_one_paragraph_are_no_one_speech():
    text = ("— Они что, панки? — интересуется Мураками. — Да не то чтобы. Просто много слов неприличных, — говорю я. "
            "— Ага. Значит, панк как бизнес? — уточняет он. И качает головой.")
    assert not [q for q in quotes(text, "ru") if q[1].startswith("Они что")]


@pytest.mark.parametrize("text", [
    # "по оценкам ученых": several, no one named before
    "Директор агентства прикладной экологии Тимур Ерембаев призвал создать систему мониторинга. Численность "
    "каспийского тюленя, по оценкам ученых, сократилась за последнее столетие более чем на 90%.",
    "Среди задержанных – гражданский активист Бейбарыс Толымбеков. По словам очевидцев, задержания начались через "
    "несколько минут после того, как участники развернули плакаты.",
])
def test_a_plural_source_is_no_one_person_named_before(text):
    assert not [q for q in quotes(text, "ru") if q[2] is not None and q[4] == "anaphora"]


def test_a_singular_source_is_still_the_person_named_before():
    text = ("Министр экологии Ерлан Нысанбаев побывал в Актау. По словам министра, пробы направлены в лаборатории "
            "Астаны и Алматы.")
    assert [(q[2], q[4]) for q in quotes(text, "ru")] == [(("Ерлан", "Нысанбаев"), "anaphora")]


def test_when_a_kazakh_speaker_spoke_is_no_part_of_who_spoke():
    text = ("Оқу-ағарту министрі Жұлдыз Сүлейменова сөз сөйледі. «Біз ата-аналарды қымбат форма сатып алуға "
            "міндеттемейміз», – деді министр Үкімет отырысынан кейін журналистерге.")
    assert [(q[2], q[5]) for q in quotes(text, "kk")] == [(("Жұлдыз", "Сүлейменова"), "министр")]


@pytest.mark.parametrize("source", ["Халықаралық (вал) валюта қорының", "Ұлттық ғылым академиясының",
                                    "Футбол федерациясының"])
def test_a_kazakh_funds_or_federations_words_are_no_ones_named_before(source):
    text = (f"Онда америкалық композитор Даррен Фангтің музыкасы пайдаланылды. Тұрғындар тараған уақытта. {source} "
            "пайымдауынша, биыл әлемдік жалпы ішкі өнім едәуір төмендейді.")
    assert [q for q in quotes(text, "kk") if q[2] is not None] == []


@pytest.mark.parametrize("text", [
    # a body or a country "according to" names, no one person named before
    "Глава миссии наблюдателей Налле Валрус выступил на брифинге. По мнению делегации ОБСЕ, предвыборная кампания "
    "выявила ряд серьезных проблем.",
    "Депутат Иван Белов внес законопроект. По мнению ассоциации, любая площадка с аудиторией от 3 тысяч человек "
    "является блогером.",
    # a country as the subject after "а"
    "Помощник госсекретаря США Фил Гордон сказал, что дверь открыта. Минск считает, что Москва задолжала ему 200 млн "
    "долларов, а Россия уверена, что Белоруссия не доплатила такую же сумму.",
])
def test_a_body_or_a_country_as_the_source_is_no_person_named_before(text):
    assert [q[2] for q in quotes(text, "ru") if q[4] == "anaphora"] == []


@pytest.mark.parametrize("who", ["бала құқығын қорғаушы мамандар", "ата-анасы", "халық"])
def test_kazakh_speakers_in_the_plural_or_as_a_people_are_no_one_person(who):
    text = (f"Ерлан Әбдуахит жиналысқа келді. «Балалардың 16 – 20 проценті бос уақытын интернетте өткізеді», – дейді "
            f"{who}.")
    assert [(q[2], q[5]) for q in quotes(text, "kk")] == [(None, who)]


def test_a_source_that_may_be_a_person_or_a_thing_is_still_the_person_named_before():
    # "политика" is politics, or a politician's: the words are the politician's named before
    text = ("Оппозиционер Алексей Навальный выступил на митинге. По словам политика, эти требования будут "
            "поддержаны большинством граждан.")
    assert [(q[2], q[4]) for q in quotes(text, "ru")] == [(("Алексей", "Навальный"), "anaphora")]


@pytest.mark.parametrize("said, verb", [("Содан қатысып көрейік", "шештік"), ("Ұлыс оң болсын!", "құттықтаған едім"),
                                        ("Дипломмен ауылға", "жібереміз")])
def test_a_kazakh_verb_in_the_first_person_is_the_writers_no_one_named_before(said, verb):
    text = f"Президент Қасым-Жомарт Тоқаев жиында сөз сөйледі. Кейін біз «{said}» деп {verb}."
    assert [(q[2], q[4]) for q in quotes(text, "kk")] == [(None, "none")]


@pytest.mark.parametrize("text, lang, cue", [
    ("Руководитель компании Дамир Оспанов выступил.\n\n— Мы понимаем недовольство людей, — говорит Оспанов. — Но без "
     "платных парковок центр города встанет в пробках.", "ru", "говорит"),
    ("Компания басшысы Дамир Оспанов сөйледі.\n\n– Біз адамдардың наразылығын түсінеміз, – дейді Оспанов. – Бірақ "
     "ақылы тұрақсыз қала орталығы кептеліске тұрып қалады.", "kk", "дейді"),
])
def test_a_speaker_goes_on_after_his_dash_attribution(text, lang, cue):
    got = [(q[0], q[2], q[3]) for q in quotes(text, lang)]
    assert got == [("direct", ("Дамир", "Оспанов"), cue)] * 2


def test_about_this_past_an_outlets_domain():
    text = ("Министр финансов Мади Такиев выступил в Мажилисе. Бюджет будет пересмотрен. Об этом корреспонденту "
            "Tengrinews.kz сообщил вице-министр финансов Ержан Биржанов.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [("Бюджет будет пересмотрен", ("Ержан", "Биржанов"))]


@pytest.mark.parametrize("text, lang, want", [
    ("Жаңа мектептер биыл ашылады. Мұны Оқу-ағарту министрі Жұлдыз Сүлейменова айтты.", "kk",
     ("Жаңа мектептер биыл ашылады", ("Жұлдыз", "Сүлейменова"))),
    ("Новые школы откроются в этом году. Такое заявление сделала министр просвещения Жулдыз Сулейменова.", "ru",
     ("Новые школы откроются в этом году", ("Жулдыз", "Сулейменова"))),
    ("Новые школы откроются в этом году. С таким заявлением выступила министр просвещения Жулдыз Сулейменова.",
     "ru", ("Новые школы откроются в этом году", ("Жулдыз", "Сулейменова"))),
])
def test_the_sentence_before_is_the_one_who_made_this_statement(text, lang, want):
    assert [(q[1], q[2]) for q in quotes(text, lang)] == [want]


def test_our_akim_is_a_titles_holder_not_the_writer():
    # "-міз" is also the possessive "our": "әкіміміз" (our akim) is the akim named before
    text = "Ауыл әкімі Ерлан Сапаров жиналысқа келді. «Су жақында келеді», – деді ауыл әкіміміз."
    assert [(q[2], q[4]) for q in quotes(text, "kk")] == [(("Ерлан", "Сапаров"), "anaphora")]


def test_a_title_as_subject_is_not_the_one_in_an_objects_case_in_its_own_sentence():
    text = ("Официальный представитель МИД Айбек Смадияров провел брифинг. Отвечая на вопрос журналистов о визите "
            "министра иностранных дел Ермека Кошербаева в Вашингтон, спикер уточнил, что даты поездки согласуются.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "ru")] == [(("Айбек", "Смадияров"), "anaphora", "спикер")]


@pytest.mark.parametrize("text, cue, said", [
    ("Басқарма басшысы Қанат Әбішев ақшаның желтоқсанның соңына дейін түсетінін уәде етті.", "уәде етті",
     "ақшаның желтоқсанның соңына дейін түсетінін"),
    # when it was said ("бұған дейін") is no part of what was said
    ("Еңбек вице-министрі Ержан Біржанов бұған дейін мемлекет төлем мөлшерін қайта қарайтынын мәлімдеген.",
     "мәлімдеген", "мемлекет төлем мөлшерін қайта қарайтынын"),
])
def test_kazakh_promised_and_had_stated_report_speech(text, cue, said):
    assert [(q[1], q[3], q[4]) for q in quotes(text, "kk")] == [(said, cue, "explicit")]


def test_one_a_kazakh_subject_is_led_by_is_not_its_speaker():
    # "Андрей Бабиш бастаған Чехия Үкіметі": the government led by him said it
    text = "Бұған дейін Андрей Бабиш бастаған Чехия Үкіметі ел аумағына бірде-бір босқынды кіргізбейтінін мәлімдеген."
    assert quotes(text, "kk") == []  # (no verb of saying, and the one named is whom they met)


def test_a_kazakh_audience_after_the_occasion_is_no_part_of_what_was_said():
    text = ("Ауыл шаруашылығы министрі Айдарбек Сапаров облысқа сапарында фермерлерге жеңілдетілген несие "
            "беретінін мәлімдеді.")
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [("жеңілдетілген несие беретінін", ("Айдарбек", "Сапаров"))]


@pytest.mark.parametrize("text", [
    "Мемлекет басшысы Қасым-Жомарт Тоқаев сотқа жүгінді. «Балам кінәсіз», – деді айып тағылған азаматтың анасы.",
    "Әкім Ерлан Сапаров ауылға келді. «Бізге су керек», – деді тұрғынның көршісі.",
])
def test_a_kazakh_speaker_named_by_kin_or_circle_is_no_one_named_before(text):
    assert [(q[2], q[4]) for q in quotes(text, "kk")] == [(None, "none")]


@pytest.mark.parametrize("text, quoted", [
    ("Тұңғыш Президент Нұрсұлтан Назарбаев биылғы жылды «Жастар жылы» деп жариялады.", []),
    ("Министр Ерлан Сапаров «Ақ аймақ» деп жарияланған қалаларда мейрамханаларды ашу қауіпсіз екенін айтты.",
     ["«Ақ аймақ» деп жарияланған қалаларда мейрамханаларды ашу қауіпсіз екенін"]),
    ("Министр Ерлан Сапаров «Біз дайынбыз» деп жариялады.", ["Біз дайынбыз"]),
])
def test_a_name_declared_after_dep_is_no_speech(text, quoted):
    assert [q[1] for q in quotes(text, "kk")] == quoted


def test_a_title_names_no_one_whose_post_excludes_it():
    # the director named last is no minister; the minister is the one named before him
    text = ("Андрей Белоусов посетил завод. Его встретил исполнительный директор предприятия Иван Карпов. "
            "Министр также заверил, что Россия готова к сотрудничеству.")
    assert [(q[2], q[4]) for q in quotes(text, "ru")] == [(("Андрей", "Белоусов"), "anaphora")]


def test_the_words_after_dep_that_are_a_verb_name_no_speaker():
    # the speaker is the one named before; "тағы да уәде берді" (promised again) is no speaker's name
    text = "Әкім Ерлан Сапаров тұрғындармен кездесті. «Су келер жылы келеді» деп тағы да уәде берді."
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [(("Ерлан", "Сапаров"), "anaphora", None)]


def test_a_kazakh_plural_subject_before_the_quote_speaks_as_several():
    text = ("Әкім Ерлан Сапаров тұрғындармен кездесті. Жауаптылар жөндеу жұмыстарын «келер жылы бастаймыз» деп "
            "тағы да уәде берді.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [(None, "none", "Жауаптылар")]


@pytest.mark.parametrize("audience", ["тұрғындарға", "ата-аналарға"])
def test_a_kazakh_audience_with_back_vowels_is_no_part_of_what_was_said(audience):
    text = f"Педиатр Гүлнар Сейітова {audience} баланың қызуы көтерілсе, дәрігерге қаралу керектігін ескертті."
    assert [q[1] for q in quotes(text, "kk")] == ["баланың қызуы көтерілсе, дәрігерге қаралу керектігін"]


def test_a_kazakh_womans_name_in_a_consonant_makes_her_the_she_who_asks():
    text = ("Административный суд оштрафовал журналистку Махаббат Жаксыбаеву. Сама Жаксыбаева с решением не "
            "согласна. «Что из этого ложь?» – спросила она.")
    assert [(q[2], q[4]) for q in quotes(text, "ru")] == [(("Махаббат", "Жаксыбаева"), "anaphora")]


@pytest.mark.parametrize("text", [
    ("Министр финансов Питер Данн выступил в парламенте. Между тем организация Business NZ, которая объединяет "
     "бизнес-ассоциации, выступила за реформу, отметив, что для этого достаточно двух лет."),
    ("Президент Дмитрий Медведев прибыл в Сочи. При этом официальный Киев неоднократно заявлял, что на территории "
     "Донбасса действуют иностранные подразделения."),
])
def test_a_thing_or_a_place_subject_after_an_opener_is_no_earlier_persons(text):
    assert [q[2] for q in quotes(text, "ru") if q[2] is not None] == []


def test_asked_a_question_reports_speech():
    text = ("Депутат Айдархан Кусаинов выступил на заседании. «Куда идут деньги? Люди платят больше», – задал вопрос "
            "парламентарий.")
    assert [(q[2], q[3]) for q in quotes(text, "ru")] == [(("Айдархан", "Кусаинов"), "задал вопрос")]


@pytest.mark.parametrize("told", ["нашему изданию", "нашим корреспондентам", "журналисту"])
def test_the_outlet_an_expert_spoke_to_is_no_part_of_the_speakers_words(told):
    text = (f"Политолог Досым Сатпаев считает, что партия сохранит фракцию. «У партии стабильный электорат, но роста "
            f"ждать не стоит», – сказал эксперт {told}.")
    assert [(q[2], q[5]) for q in quotes(text, "ru") if q[0] == "direct"] == [(("Досым", "Сатпаев"), "эксперт")]


@pytest.mark.parametrize("text, said", [
    ("Air Astana президенті Питер Фостер Reuters агенттігіне берген түсініктемесінде компания ұшақтарына толық "
     "сенетінін мәлімдеді.", "компания ұшақтарына толық сенетінін"),
    ("Министрлік өкілі Айдос Нұрланов ресми хабарламасында тексеру басталғанын атап өтті.", "тексеру басталғанын"),
])
def test_a_kazakh_comment_or_announcement_the_speaker_gave_frames_the_saying(text, said):
    assert [q[1] for q in quotes(text, "kk")] == [said]


def test_an_unclosed_name_in_guillemets_opens_no_quote_over_the_paragraphs_after():
    text = ("Компания ТОО «Информационное агентство «Аль-Пари» сообщила о сбое.\n"
            "В понедельник портал был недоступен, сообщили в АО «Национальные информационные технологии».\n"
            "«Данные граждан не пострадали», – сообщил вице-министр цифрового развития Ростислав Коняшкин.")
    assert [(q[1], q[2]) for q in quotes(text, "ru") if q[0] == "direct"] == [
        ("Данные граждан не пострадали", ("Ростислав", "Коняшкин"))]


def test_a_quotation_over_paragraphs_that_do_not_reopen_it_is_one_quote():
    # some sites close the quotation only in its last paragraph
    text = ("Глава государства Касым-Жомарт Токаев выступил с Посланием.\n"
            "«Мы прошли сложный путь.\nНо останавливаться нельзя.\n"
            "Я поручаю Правительству внести новый Налоговый кодекс», – сказал Президент.")
    assert [q[1] for q in quotes(text, "ru")][0].startswith("Мы прошли сложный путь.")


@pytest.mark.parametrize("text", [
    "Случаев кори стало в 3,5 раза больше, сообщила главный государственный санитарный врач Айжан Есмагамбетова.",
    ("Случаев кори стало в 3,5 раза больше, сообщила на брифинге в СЦК главный государственный санитарный врач "
     "Айжан Есмагамбетова."),
])
def test_a_speaker_after_the_verb_with_a_long_title_and_where_it_was_said(text):
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [("Случаев кори стало в 3,5 раза больше",
                                                           ("Айжан", "Есмагамбетова"))]


def test_a_kazakh_speaker_named_before_the_words_and_dep_with_its_verb_is_explicit():
    text = ("Департамент директоры Нұрбек Дәулетов «биылғы маусымда егінге айтарлықтай зиян келген жоқ» деп "
            "мәлімдеді.")
    assert [(q[2], q[3], q[4], q[5]) for q in quotes(text, "kk")] == [
        (("Нұрбек", "Дәулетов"), "деп мәлімдеді", "explicit", "Нұрбек Дәулетов")]


def test_a_womans_noun_as_the_speaker_is_no_man_named_before():
    text = ("На место прибыл аким города Максат Ибагаров. «У меня трое детей, как нам жить без воды?» – возмущается "
            "женщина.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(None, "женщина")]


def test_the_audience_after_a_title_is_no_part_of_the_speaker():
    text = ("На место прибыл аким города Максат Ибагаров. «Подрядчик отстает от графика, мы его накажем», – заявил "
            "аким собравшимся.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Максат", "Ибагаров"), "аким")]


@pytest.mark.parametrize("text, lang, speaker, cue", [
    ("Соболезнования родным выразил аким области Ермаганбет Булекбаев. «Серикбай Нуржанович был человеком слова и "
     "дела», – говорится в обращении акима.", "ru", ("Ермаганбет", "Булекбаев"), "говорится"),
    ("Марқұмның туған-туыстарына облыс әкімі Ермағанбет Бөлекпаев көңіл айтты. «Серікбай Нұржанұлы сөзі мен ісі бір "
     "адам еді», – делінген әкімнің көңіл айту хатында.", "kk", ("Ермағанбет", "Бөлекпаев"), "делінген"),
])
def test_a_document_of_a_titles_holder_speaks_for_him(text, lang, speaker, cue):
    assert [(q[2], q[3], q[4]) for q in quotes(text, lang)] == [(speaker, cue, "anaphora")]


def test_a_document_no_title_names_stays_the_documents():
    text = ("Облыс әкімі Ермағанбет Бөлекпаев көңіл айтты. «Оның үлесі ұшан-теңіз», – делінген министрліктің "
            "хатында.")
    assert [(q[2], q[4]) for q in quotes(text, "kk")] == [(None, "none")]


@pytest.mark.parametrize("text, lang, speaker", [
    ("С докладом выступил министр промышленности Е. Нагаспаев. «Износ сетей в среднем по стране составляет 53%», – "
     "отметил Е. Нагаспаев. Подводя итоги, Олжас Бектенов поручил акиматам проверить котельные.", "ru", "Е. Нагаспаев"),
    ("«Жылумен жабдықтау желілерінің тозуы орта есеппен 53%-ды құрайды», – деп атап өтті Е. Нағаспаев. "
     "Қорытындылай келе, Олжас Бектенов тапсырма берді.", "kk", "Е. Нағаспаев"),
    ("«Износ сетей составляет 53%», – отметил Е. А. Нагаспаев.", "ru", "Е. А. Нагаспаев"),
])
def test_a_speakers_initial_after_the_verb_ends_no_sentence(text, lang, speaker):
    [q] = quotes(text, lang)
    assert (q[4], q[5]) == ("explicit", speaker)


def test_a_numbered_lists_number_is_no_word_of_what_was_said():
    text = ("1. Минимальная зарплата вырастет до 100 000 тенге. Об этом в послании народу заявил Касым-Жомарт "
            "Токаев.")
    assert [(q[0], q[1]) for q in quotes(text, "ru", datetime(2026, 11, 23, tzinfo=UTC))] == [
        ("indirect", "Минимальная зарплата вырастет до 100 000 тенге")]


@pytest.mark.parametrize("text, speaker, cue, said", [
    ("Оны көтеруге мораторий 2028 жылға дейін ұзартылды, деп хабарлады еңбек министрі Светлана Жақыпова.",
     ("Светлана", "Жақыпова"), "деп хабарлады", "Оны көтеруге мораторий 2028 жылға дейін ұзартылды"),
    ("Министр Ерлан Қарин сөз сөйледі. Жоба биыл аяқталады, деп айтты ол.", ("Ерлан", "Қарин"), "деп айтты",
     "Жоба биыл аяқталады"),
])
def test_kazakh_words_then_dep_the_verb_and_who_said_them(text, speaker, cue, said):
    assert [(q[1], q[2], q[3]) for q in quotes(text, "kk")] == [(said, speaker, cue)]


def test_kazakh_words_then_dep_and_no_one_named_are_no_quote():
    text = "Келіссөздер бастапқы кезеңде, деп нақтылады агенттіктің дереккөздері."
    assert quotes(text, "kk") == []


def test_a_title_before_the_colon_names_who_answered_the_kazakh_way():
    text = ("Қаржы министрі Мади Тәкиев Үкіметтегі брифингте сөз сөйледі. Журналистің сұрағына министр: «Жоқ, ондай "
            "шешім жоқ», – деп жауап берді.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [(("Мади", "Тәкиев"), "anaphora", "министр")]


@pytest.mark.parametrize("text, lang, speaker", [
    ("Нұралы Әлиев құттықтау сөзінде: «Тұрақты даму – біздің басты мақсатымыз», – деді.", "kk", "Нұралы Әлиев"),
    ("Нуралы Алиев в приветственном слове: «Мы рады гостям из соседних стран».", "ru", "Нуралы Алиев"),
])
def test_where_it_was_said_between_the_name_and_the_colon_leaves_the_name_the_speaker(text, lang, speaker):
    assert [(q[4], q[5]) for q in quotes(text, lang)] == [("explicit", speaker)]


def test_a_capitalised_document_before_the_colon_is_where_it_was_said():
    text = ("Мемлекет басшысы Қасым-Жомарт Тоқаев биылғы Жолдауында: «Мұғалім – қоғамның ең құрметті мамандығы "
            "болуы тиіс», – деп атап өтті.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [
        (("Қасым-Жомарт", "Тоқаев"), "explicit", "Қасым-Жомарт Тоқаев")]


def test_one_met_with_before_the_colon_is_no_speaker():
    text = "Жансейіт Түймебаевпен кездесуде: «Орталық аппарат мәдени-бұқаралық шаралармен ғана айналыспайды»."
    assert quotes(text, "kk") == []  # (the club speaks: a body's words, no person's)


def test_whose_words_a_press_service_brings_are_his():
    text = ("Министр энергетики Ерлан Аккенженов провел совещание. «Зима будет сложной», – приводит слова министра "
            "пресс-служба ведомства.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "ru")] == [(("Ерлан", "Аккенженов"), "anaphora", "министра")]


def test_a_kazakh_womans_noun_as_the_speaker_is_no_man_named_before():
    text = ("Күдікті Серіков изоляторға қамалды. – Маған бұл майнингке инвестиция деді. Көршім салған соң сендім, – "
            "дейді әйел.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [(None, "none", "әйел")]


def test_the_outlet_whose_reporter_heard_it_is_no_part_of_the_kazakh_speaker():
    text = ("Қазақстандық алпинист Максут Жумаев Эверестке шықты. Ол мұны серіктесі Василий Пивцовпен бірге жасаған. "
            "– Бұл – үлкен жеңіс, – деді алпинист Kazinform тілшісіне.")
    assert [(q[2], q[5]) for q in quotes(text, "kk")] == [(("Максут", "Жумаев"), "алпинист")]


def test_a_bodys_words_in_the_kazakh_bureaus_data_are_no_ministers():
    text = ("Министр Светлана Жақыпова брифингте орташа жалақы өскенін айтты. Алайда сол бюроның мәліметінше, "
            "халықтың нақты ақшалай табысы 1,3%-ға төмендеген.")
    assert [q[2] for q in quotes(text, "kk")] == [("Светлана", "Жақыпова")]


def test_a_kazakh_body_that_opens_the_sentence_says_the_words_in_marks():
    text = ("Журналист Нұрлан Медеубаев полиция бөліміне апарылды. Алматы қалалық полиция департаменті журналистің "
            "«жанында журналист куәлігі болмаған» деп мәлімдеді.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [
        (None, "none", "Алматы қалалық полиция департаменті")]


def test_a_name_past_the_comma_after_according_to_is_no_apposition_unless_a_comma_closes_it():
    text = ("Полиция задержала журналиста Нурлана Медеубаева. По словам коллег, Медеубаева доставили в РУП, где на "
            "него составили протокол. По словам пресс-секретаря, Руслана Желдибая, встреча прошла успешно.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [("встреча прошла успешно", ("Руслан", "Желдибай"))]
    text = ("Как рассказал боливийский президент Эво Моралес, врачи объяснили ему невозможность встречи с Чавесом "
            "тем, что он нуждается в покое.")
    assert [q[2] for q in quotes(text, "ru")] == [("Эво", "Моралес")]


def test_whom_a_speaker_turned_to_after_the_words_is_no_part_of_who():
    text = ("Пенсионерка Валентина Кравченко пришла на слушания. «Куда я пойду с пенсией в 98 тысяч?» – обратилась "
            "она к руководству предприятия.")
    assert [(q[2], q[3], q[5]) for q in quotes(text, "ru")] == [(("Валентина", "Кравченко"), "обратилась", "она")]


def test_where_a_kazakh_speaker_wrote_after_the_verb_leaves_the_name_before_the_words():
    text = ("Саясаттанушы Досым Сәтпаев «визасыз режим көші-қон ағынын да өсіреді» деп жазды өзінің Facebook "
            "парақшасында.")
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [(("Досым", "Сәтпаев"), "explicit", "Досым Сәтпаев")]


def test_a_kazakh_name_before_the_words_and_degen_edi_after_them_is_the_speaker():
    text = "Депутат Ерлан Сайыров «Бұл заң бізге керек» деген еді. Бірақ заң әлі қабылданған жоқ."
    assert [(q[2], q[4], q[5]) for q in quotes(text, "kk")] == [(("Ерлан", "Сайыров"), "explicit", "Ерлан Сайыров")]
    text = "Абай «Ғылым таппай мақтанба» деген еді."
    assert [q[5] for q in quotes(text, "kk")] == [None]  # the auxiliary "еді" after the verb names no one


def test_dash_items_of_a_list_after_a_colon_are_no_words_of_anyone():
    text = ("Председатель ЦИК Нурлан Абдиров сообщил, что комиссия получила 37 жалоб.\n"
            "Среди избранных акимов:\n"
            "– в Бурабайском районе – Кайрат Ахметов (62,4% голосов);\n"
            "– в городе Сатпаев – Елена Ким (48,9%).")
    assert [q[1] for q in quotes(text, "ru")] == ["комиссия получила 37 жалоб"]


def test_an_initials_full_stop_ends_no_clause_before_the_verb():
    text = "Пострадавшая Гульнара С. рассказала, что из ее машины украли детское автокресло."
    assert [(q[2], q[4], q[5]) for q in quotes(text, "ru")] == [(("Гульнара", None), "explicit", "Гульнара С.")]


def test_a_kazakh_promise_after_the_words_is_a_verb_of_saying():
    text = ("Әкім Ғабит Сыздықбеков тұрғындармен кездесті.\n"
            "– Егер 31 желтоқсанға дейін лифт іске қосылмаса, басқарушы компаниямен жеке сөйлесеміз, – деп уәде "
            "берді Сыздықбеков.")
    assert [(q[0], q[2], q[3]) for q in quotes(text, "kk")] == [("direct", ("Ғабит", "Сыздықбеков"), "деп уәде берді")]


def test_a_kazakh_verb_of_saying_with_a_colon_and_the_detail_after_it_keeps_the_reported_clause():
    text = ("Өз кезегінде Шарль Мишель Еуропалық одақ Қазақстан экономикасына ең ірі инвестор болып қала "
            "беретінін атап өтті: 2026 жылы тікелей инвестиция көлемі 11,3 млрд долларды құрады.")
    assert [(q[1], q[2]) for q in quotes(text, "kk")] == [
        ("Еуропалық одақ Қазақстан экономикасына ең ірі инвестор болып қала беретінін", ("Шарль", "Мишель"))]


def test_a_title_after_where_the_question_was_asked_is_the_holder_named_before():
    text = ("Официальный представитель МИД Казахстана Айбек Смадияров провел брифинг. На вопрос корреспондента "
            "«Хабара» о казахстанцах в Израиле представитель МИД сказал, что в посольство обратились 46 человек.")
    assert [(q[1], q[2], q[5]) for q in quotes(text, "ru")] == [
        ("в посольство обратились 46 человек", ("Айбек", "Смадияров"), "представитель МИД")]


def test_a_body_whose_name_opens_with_a_title_speaks_for_itself_not_the_titles_holder():
    text = ("Мәдениет қайраткерлері Президент Қасым-Жомарт Тоқаевқа ашық хат жолдады. Президент Әкімшілігі хаттың "
            "келіп түскенін растады.")
    assert quotes(text, "kk") == []


def test_what_pupils_call_their_teacher_is_a_name_given_no_words_said():
    text = ("Ауыл мектебінде 45 жыл сабақ берген Гүлнар Әбдірахманова құрметті демалысқа шықты. Шәкірттері ұстазын "
            "«Гүлнар апай» деп атайды.")
    assert quotes(text, "kk") == []


@pytest.mark.parametrize("text, lang, said, speaker", [
    ("Как верно заметил политолог Эрик Шатц, страны региона научились извлекать выгоду из многовекторности.", "ru",
     "страны региона научились извлекать выгоду из многовекторности", ("Эрик", "Шатц")),
    ("Как уже отметил аким Ерлан Жаркенов, дорогу откроют в декабре.", "ru", "дорогу откроют в декабре",
     ("Ерлан", "Жаркенов")),
    ("Нью-Йорк университетінен әріптесім Эрик Шатц дәл байқағандай, өңір елдері көпвекторлықтан пайда табуды "
     "үйренді.", "kk", "өңір елдері көпвекторлықтан пайда табуды үйренді", ("Эрик", "Шатц")),
])
def test_as_someone_noted_with_an_adverb_or_another_verb_of_noticing_is_an_attribution(text, lang, said, speaker):
    assert [(q[1], q[2]) for q in quotes(text, lang)] == [(said, speaker)]


def test_a_kazakh_reported_clause_keeps_its_verb_after_an_adverb_of_how_often():
    text = ("Президент Тоқаев біздің сыртқы саясатымыз «ешкімге қарсы бағытталмағанын» бірнеше рет атап өтті.")
    assert [(q[1], q[3]) for q in quotes(text, "kk")] == [
        ("біздің сыртқы саясатымыз «ешкімге қарсы бағытталмағанын»", "атап өтті")]


@pytest.mark.parametrize("text, lang", [
    ("Режиссер-постановщик – народный артист Казахстана Ерлан Билялов. Роль Кунанбая исполнил Тимур Кожабеков.\n"
     "«Мы хотели показать Абая живым человеком», – рассказал режиссер перед премьерой.", "ru"),
    ("Қоюшы режиссері – Қазақстанның халық әртісі Ерлан Біләлов. Құнанбай рөлін Тимур Қожабеков сомдады.\n"
     "– Біз Абайды тірі адам ретінде көрсеткіміз келді, – деді режиссер премьера алдында.", "kk"),
])
def test_the_director_after_the_premiere_is_the_director_named_before_not_the_last_actor(text, lang):
    assert [q[2] for q in quotes(text, lang)] == [("Ерлан", "Билялов" if lang == "ru" else "Біләлов")]


@pytest.mark.parametrize("text, lang, said, cue", [
    ("Журналист Махамбет Абжан осужден на 6 лет. Сам Абжан в последнем слове повторил, что деньги у бизнесмена не "
     "требовал.", "ru", "деньги у бизнесмена не требовал", "повторил"),
    ("Журналист Махамбет Әбжан 6 жылға сотталды. Махамбет Әбжан соңғы сөзінде кәсіпкерден ақша талап етпегенін "
     "қайталады.", "kk", "кәсіпкерден ақша талап етпегенін", "қайталады"),
])
def test_a_defendant_repeating_in_his_last_word_is_reported_speech(text, lang, said, cue):
    assert [(q[1], q[2][1], q[3]) for q in quotes(text, lang)] == [
        (said, "Абжан" if lang == "ru" else "Әбжан", cue)]


def test_the_press_service_quoting_the_coach_with_itself_between_verb_and_words_gives_the_coach():
    text = ("«Кайрат» подписал Жуана Сантоса. «Жуан – быстрый и техничный игрок», – приводит пресс-служба клуба "
            "слова главного тренера Рафаэля Уразбахтина.")
    assert [(q[1], q[2]) for q in quotes(text, "ru")] == [
        ("Жуан – быстрый и техничный игрок", ("Рафаэль", "Уразбахтин"))]


def test_a_name_in_the_kazakh_instrumental_is_whom_the_club_signed_not_who_announced_it():
    text = ("Алматының «Қайрат» клубы 24 жастағы бразилиялық шабуылшы Жуан Виктор Сантоспен келісімшарт "
            "жасасқанын хабарлады.")
    assert quotes(text, "kk") == []  # (the club speaks: a body's words, no person's)


@pytest.mark.parametrize("lang, text, speakers", [
    ("ru", "Данияр Ашимбаев, главный редактор справочника «Кто есть кто в Казахстане»:\n«Упразднение Сената – "
           "рискованный шаг».\n\nГазиз Абишев, публицист:\n«Гораздо важнее не число палат, а то, как избираются "
           "депутаты».", ["Ашимбаев", "Абишев"]),
    ("kk", "Данияр Әшімбаев, «Қазақстанда кім кім» анықтамалығының бас редакторы:\n«Сенатты тарату – тәуекелді "
           "қадам».\n\nҒазиз Әбішев, публицист:\n«Палаталар санынан гөрі депутаттардың қалай сайланатыны "
           "маңызды».", ["Әшімбаев", "Әбішев"]),
])
def test_each_answer_of_an_experts_roundup_is_the_one_labelled_by_name_and_title(lang, text, speakers):
    assert [q[2][1] for q in quotes(text, lang)] == speakers


@pytest.mark.parametrize("where", ["на оперативном штабе", "в штабе", "на брифинге в штабе"])
def test_a_headquarters_where_the_title_spoke_is_no_group_that_spoke(where):
    text = ("Министр по чрезвычайным ситуациям Чингис Аринов прибыл на место пожара. «Огонь распространяется "
            "верховым способом из-за сильного ветра. Наша задача — не допустить его перехода на населенные "
            f"пункты», — заявил министр {where}.")
    [(kind, _, speaker, cue, attribution, _)] = quotes(text, "ru")
    assert (kind, speaker, cue, attribution) == ("direct", ("Чингис", "Аринов"), "заявил", "anaphora")
    # the headquarters' people say it: no one person
    text = text.replace(f"заявил министр {where}", "заявили представители штаба")
    assert [q[2] for q in quotes(text, "ru")] == [None]


def test_a_villages_name_natasha_runs_into_the_name_after_it_is_the_place():
    text = ("«Воду дают раз в десять дней, а хлопку нужно каждые пять. Я уже потерял треть урожая», — рассказал "
            "фермер из села Жанаауыл Абдурашид Юлдашев. По его подсчетам, убытки превысят 30 млн тенге.")
    got = quotes(text, "ru")
    assert [(q[2], q[5]) for q in got] == [(("Абдурашид", "Юлдашев"), "Абдурашид Юлдашев"),
                                            (("Абдурашид", "Юлдашев"), "его")]


@pytest.mark.parametrize("body", ["Министрлік", "Әкімдік"])
def test_a_kazakh_bodys_noun_from_a_title_is_no_title_holder(body):
    text = ("Жамбыл облысы денсаулық сақтау басқармасының басшысы Ерлан Көшербаев бас дәрігер қызметінен "
            "шеттетілгенін мәлімдеді. «Медиктердің кінәсі расталса, олар жауапқа тартылады», – деді ол.\n\n"
            f"{body} дерегінше, 2027 жылы елдегі ана өлімі 100 мың тірі туғанға шаққанда 13,8 жағдайды құрады.")
    got = quotes(text, "kk")
    assert [q[2] for q in got if q[3] == "дерегінше"] in ([], [None])
    assert [q[2] for q in got if q[3] == "деді"] == [("Ерлан", "Көшербаев")]


def test_a_kazakh_name_before_about_is_what_was_said_not_who_said_it():
    text = ("Хабарламада әкім орынбасарының тегі аталмайды. Алайда Tengrinews.kz-тің құқық қорғау органдарындағы "
            "дереккөзі құрылыс мәселелеріне жетекшілік ететін Данияр Бекмағамбетов туралы сөз болып отырғанын "
            "растады.")
    assert [q for q in quotes(text, "kk") if q[2] == ("Данияр", "Бекмағамбетов")] == []


def test_a_head_of_a_body_with_a_countrys_adjective_is_that_countrys():
    text = ("Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с федеральным министром "
            "иностранных дел Германии Анналеной Бербок. «Германия видит в Казахстане надежного партнера», – заявила "
            "Бербок. «Мы ценим, что Германия остается крупнейшим европейским инвестором», – сказал глава "
            "казахстанского МИД.")
    assert [(q[2], q[5]) for q in quotes(text, "ru")] == [(("Анналена", "Бербок"), "Бербок"),
                                                           (("Ермек", "Кошербаев"), "глава казахстанского МИД")]
