"""Numbers and claims: a real phrase in, the value, bound, unit and claimant out."""

import pytest

from sayasat.actors import find_mentions
from sayasat.claims import find_claims
from sayasat.numbers import find_quantities
from sayasat.quotes import find_quotes
from sayasat.segment import segment


def q(text):
    return [(text[x.start:x.end], x.value, x.bound, x.unit) for x in find_quantities(text)]


@pytest.mark.parametrize("text,want", [
    ("7,5 мыңнан астам белсенді", ("7,5 мыңнан астам", 7500, "at_least", "белсенді")),
    ("3 млн-нан астам үгіт-насихат материалын", ("3 млн-нан астам", 3_000_000, "at_least", "үгіт-насихат")),
    ("Более 7,5 тысяч активистов", ("Более 7,5 тысяч", 7500, "at_least", "активистов")),
    ("свыше трех миллионов агитационных материалов", ("свыше трех миллионов", 3_000_000, "at_least",
                                                       "материалов")),
    ("жүзге жуық отбасыға", ("жүзге жуық", 100, "approx", "отбасыға")),
    ("50,0 мың теңгеден", ("50,0 мың", 50_000, "exact", "теңгеден")),
    ("около 40% избирателей", ("около 40", 40, "approx", "%")),
    ("до 1 600 человек", ("до 1 600", 1600, "at_most", "человек")),
    ("екі жүз елу мың адам", ("екі жүз елу мың", 250_000, "exact", "адам")),
    ("1 600-ден астам техника", ("1 600-ден астам", 1600, "at_least", "техника")),
    ("выделено $1,2 млрд", ("$1,2 млрд", 1_200_000_000, "exact", "$")),
    ("12 млн 500 мың адам", ("12 млн 500 мың", 12_500_000, "exact", "адам")),
    ("явка составила 84,3%", ("84,3", 84.3, "exact", "%")),
    # a verb of exceeding before the number (Russian) or after its unit (Kazakh), the sentence's stop too
    ("Ущерб превысил 4,5 млрд тенге", ("4,5 млрд", 4_500_000_000, "at_least", "тенге")),
    ("госдолг не превысит 25% ВВП", ("25", 25, "at_most", "%")),
    ("Шығын 4,5 млрд теңгеден асты.", ("4,5 млрд", 4_500_000_000, "at_least", "теңгеден")),
    ("Қарыз 25 пайыздан аспайды.", ("25", 25, "at_most", "пайыздан")),
    ("Бюджет 5 трлн теңгеден астам.", ("5 трлн", 5_000_000_000_000, "at_least", "теңгеден")),
    # what exceeded stands before the verb: the word after it is no unit
    ("халқының саны екі мыңнан асатын ауыл", ("екі мыңнан асатын", 2000, "at_least", None)),
    # a multiplier that ends the sentence: the full stop is no part of it, and the next sentence no unit
    ("Ранее порог составлял 300 тысяч. Теперь он ниже.", ("300 тысяч", 300_000, "exact", None)),
    ("Жиналған қол саны 150 мың. Бұл рекорд.", ("150 мың", 150_000, "exact", None)),
    ("5 мың 200 адам қатысты", ("5 мың 200", 5200, "exact", "адам")),
    ("жарты миллион адам", ("жарты миллион", 500_000, "exact", "адам")),
    ("около полумиллиона человек", ("около полумиллиона", 500_000, "approx", "человек")),
    # where a change ends is no upper bound
    ("пенсия вырастет до 85 тысяч", ("85 тысяч", 85_000, "exact", None)),
    # a noun in -ей is the unit, an adjective before it is skipped
    ("позволит около 120 тысячам предпринимателей работать по упрощенке",
     ("около 120 тысячам", 120_000, "approx", "предпринимателей")),
    ("акции 15 крупнейших компаний страны", ("15", 15, "exact", "компаний")),
    # an adjective before a verb is what is counted
    ("более 400 тысяч самозанятых платят единый платеж", ("более 400 тысяч", 400_000, "at_least", "самозанятых")),
    # a Kazakh bound after the unit; "дейін" there ends a change
    ("Ұлттық қордан 5 трлн теңгеден астам қаражат алынған", ("5 трлн", 5_000_000_000_000, "at_least", "теңгеден")),
    ("100 адамға жуық қатысты", ("100", 100, "approx", "адамға")),
    ("75 мың теңгеге дейін көтеріледі", ("75 мың", 75_000, "exact", "теңгеге")),
    # a bound with a possessive counts a part of something named before: no unit after it
    ("елдердің 60 пайыздан астамында бір палаталы парламент бар", ("60", 60, "at_least", "пайыздан")),
    ("олардың 5000-нан астамы шәкіртақы алады", ("5000-нан астамы", 5000, "at_least", None)),
    ("балалардың 300-ге жуығы ата-ана қарауынсыз қалған", ("300-ге жуығы", 300, "approx", None)),
    # a bound before a preposition, and bounds of three words
    ("речь идет примерно о 1,2 млн домохозяйств", ("примерно о 1,2 млн", 1_200_000, "approx", "домохозяйств")),
    ("цены выросли более чем на 20%", ("более чем на 20", 20, "at_least", "%")),
    ("потребуется не менее чем 2 млрд тенге", ("не менее чем 2 млрд", 2_000_000_000, "at_least", "тенге")),
    ("пенсия вырастет примерно до 85 тысяч", ("примерно до 85 тысяч", 85_000, "approx", None)),
    # an abbreviated multiplier's dot that also ends the sentence
    ("на общую сумму £287 млн. Оставшаяся часть акций", ("£287 млн", 287_000_000, "exact", "£")),
    # a Kazakh verb of exceeding as a participle in the accusative: "асатынын", "аспағанын"
    ("су құбырларының тозуы 60 пайыздан асатынын еске салды", ("60", 60, "at_least", "пайыздан")),
    ("шығын 2 млрд теңгеден аспағанын айтты", ("2 млрд", 2_000_000_000, "at_most", "теңгеден")),
    # the percentage point is two words; an amount with 8 in front is no phone number
    ("добавит к инфляции около 1,5 процентного пункта", ("около 1,5", 1.5, "approx", "процентного пункта")),
    ("на 8 750 000 тенге", ("8 750 000", 8_750_000, "exact", "тенге")),
    # a particle after the number is no unit
    ("в месяц получится почти 9 тысяч только на дорогу", ("почти 9 тысяч", 9000, "approx", None)),
    # a Kazakh copula after the bound is no unit
    ("орын тапшылығы 40 мыңға жуық екенін айтты", ("40 мыңға жуық", 40_000, "approx", None)),
    # an adjective made from a unit noun names what is counted: seats, not schools; others are skipped
    ("1 200 орындық жаңа мектептің құрылысы басталды", ("1 200", 1200, "exact", "орындық")),
    ("үш жүз төсектік университеттік клиника", ("үш жүз", 300, "exact", "төсектік")),
    ("15 халықаралық ұйым қатысты", ("15", 15, "exact", "ұйым")),
    # the monthly calculation index is a unit of fines, no number of months
    ("айыппұл 15 айлық есептік көрсеткіш көлемінде", ("15", 15, "exact", "айлық есептік көрсеткіш")),
])
def test_number_phrases_in_both_languages(text, want):
    assert q(text) == [want]


@pytest.mark.parametrize("text,want", [
    ("повышение НДС с 12 до 16%", [("12", 12, "exact", "%"), ("16", 16, "exact", "%")]),
    ("от 5 до 10 тысяч тенге", [("5", 5000, "exact", "тенге"), ("10 тысяч", 10_000, "exact", "тенге")]),
    # a change may fall; a first number far above the second with its multiplier keeps none
    ("трансферт сократится с 5,2 до 4 трлн тенге", [("5,2", 5.2e12, "exact", "тенге"),
                                                    ("4 трлн", 4e12, "exact", "тенге")]),
    ("зарплата выросла с 500 до 2 млн тенге", [("500", 500, "exact", "тенге"), ("2 млн", 2e6, "exact", "тенге")]),
    ("10 тысяч 15 мая", [("10 тысяч", 10_000, "exact", None)]),  # a date, no "10 015"
    ("инфляцияның жартысына жуығы", []),  # half of something is a share, no count
    # a range with a dash: both ends, with the second's multiplier and unit
    ("потери воды достигают 30–40%", [("30", 30, "exact", "%"), ("40", 40, "exact", "%")]),
    ("в акции участвовали 10-15 тысяч человек", [("10", 10_000, "exact", "человек"),
                                                 ("15 тысяч", 15_000, "exact", "человек")]),
    ("Бүгінде олардың деңгейі 55 – 60%-ға жетеді", [("55", 55, "exact", "%"), ("60", 60, "exact", "%")]),
    ("Айыппұл көлемі 5 – 15 айлық есептік көрсеткіш", [("5", 5, "exact", "айлық есептік көрсеткіш"),
                                                    ("15", 15, "exact", "айлық есептік көрсеткіш")]),
    # a Kazakh adjective of a unit of time makes a duration, no count: "3 айлық жалақы", "2 апталық карантин"
    ("оларға 3 айлық жалақы төленді", []),
    ("2 апталық карантинге алынған", []),
    # "from 3 to 2": where a change ends is no upper bound, and a verb is nothing counted
    ("Құжат арнаулы салық режимдерін 3-тен 2-ге дейін қысқартады", [("3-тен", 3, "exact", None),
                                                                    ("2-ге дейін", 2, "exact", None)]),
    # the sentence's full stop is no part of the unit
    ("барьер снизится с 7 до 5 процентов.", [("7", 7, "exact", "процентов"), ("5", 5, "exact", "процентов")]),
    # a possessive on the digits counts a part of something named before: the next word is no unit
    ("елдегі 37 ЖЭО-ның 35-і жұмыс режимінде тұр", [("37", 37, "exact", "ЖЭО-ның"), ("35-і", 35, "exact", None)]),
])
def test_changes_ranges_and_what_is_no_number(text, want):
    assert q(text) == want


@pytest.mark.parametrize("text,value", [("8,2 млрд тенге", 8_200_000_000), ("8,2 миллиард теңге", 8_200_000_000),
                                        ("с 5,2 до 4 трлн тенге", 5_200_000_000_000), ("1,1 млн тенге", 1_100_000)])
def test_a_decimal_times_a_multiplier_is_the_amount_written(text, value):
    """Not the float product: 8.2 × 10⁹ is 8,199,999,999.999999 in binary."""
    assert q(text)[0][1] == value


def test_a_polling_stations_number_and_an_hour_count_nothing_and_a_clock_time_splits_no_clause():
    assert q("нарушения на участке № 145 в Астане") == []
    assert [x[1] for x in q("к 10 часам проголосовали 16,4% избирателей")] == [16.4]
    text = "21:40 Председатель ЦИК Нурлан Абдиров сообщил, что явка на 20:00 составила 54,2%."
    assert [c[6] for c in claims(text, "ru")] == ["что явка на 20:00 составила 54,2%"]


def test_a_count_of_articles_is_a_count():
    assert [x[1:] for x in q("Заңның 3 бабы өзгерді")] == [(3, "exact", "бабы")]
    assert [x[1:] for x in q("рейтинг вырос на 2 пункта")] == [(2, "exact", "пункта")]


def test_a_latin_name_before_an_amount_leaves_the_amount_and_a_future_verb_is_no_unit():
    assert q("инвестиции Halyk 5 млрд тенге") == [("5 млрд", 5_000_000_000, "exact", "тенге")]
    # "көбейетінін" (that it will grow) is what the number does, nothing counted
    assert [x[1:] for x in q("гранттардың саны 2027 жылы 5 мыңға көбейетінін мәлімдеді")] == [
        (5000, "exact", None)]


def test_a_compound_amount_ends_at_a_case_ending():
    assert [x[1:3] for x in q("Тіркеу шегі 20 мыңнан 5 мың адамға дейін төмендеді")] == [
        (20_000, "exact"), (5000, "exact")]  # from 20,000 to 5,000, not 20,005


@pytest.mark.parametrize("text", [
    "2019 жылы форум өтті.", "24.11.2022, 16:48", "15 наурызда өтетін референдум", "5 октября прошло собрание",
    "№020 бұйрығымен", "Toqaev2022 арнасы", "COVID-19 пандемиясы", "XX съезд", "1. Белсенді саясат",
    "2011–2020 жылдарға арналған", "алдағы 7 жылда", "в предстоящие семь лет", "үш іргелі құндылық",
    "назардан тыс қалдырған жоқ", "1-ші орын", "5-й съезд", "десятки тысяч граждан", "тысячи людей вышли",
    "бірнеше мың адам", "форум пройдет 17–18 октября", "срок службы 5–7 лет", "звоните 8-701-555-12-34",
    "слушания провели в 11 утра", "сход начнется в 7 вечера", "сағат 8-ден кешкі 8-ге дейін",
    "учаскелер сағат жетіден кешкі сегізге дейін жұмыс істейді",
    # phone numbers: "+7 777 000 00 00", "8 (7172) 74-01-01"
    "присылайте информацию на WhatsApp +7 777 000 00 00", "Телефон доверия: 8 (7172) 74-01-01",
    "сенім телефоны 8 701 555 12 34", "Тел.: 8 (7172) 74-71-42, e-mail: press@senate.kz",
    # which article or clause of a law, not how many
    "согласно пункту 3 статьи 20 Закона", "по части 2 статьи 174 УК", "Қылмыстық кодекстің 274-бабы бойынша",
    "Конституцияның 91-бабына өзгеріс", "99-ыншы бап 2-нші бөлігі", "3-інші орын",
    "из 144-миллионного населения", "10-летний юбилей",
    # a number in a Latin name: an organisation, an aircraft, a channel
    "В международной организации Article 19 призвали власти декриминализовать клевету.",
    "Киевке бағыт алған Boeing 737 ұшағы құлады.", "британский Channel 4 показал фильм",
])
def test_dates_years_times_ordinals_and_durations_are_not_quantities(text):
    assert q(text) == []


def claims(text, lang):
    sents = segment(text, lang)
    ms = find_mentions(text, sents, lang, None)
    qs = find_quotes(text, sents, ms, lang)
    return [(c.kind, c.value, c.bound, c.stance, ms[c.target].surface if c.target is not None else None,
             _claimant(c, qs, ms), text[c.start:c.end]) for c in find_claims(text, sents, qs, ms, lang)]


def _claimant(c, qs, ms):
    """Who makes the claim: a quote's speaker, else who endorses or judges outside quotes."""
    i = qs[c.quote].speaker if c.quote is not None else c.claimant
    return ms[i].surname if i is not None else None


def test_quantity_in_a_quote_is_the_speakers_and_in_the_text_the_outlets():
    text = ("Уже сейчас действует более 600 волонтерских организаций.\n"
            "«Свыше 200 тысяч волонтеров помогали в пандемию», – сказал Ерлан Кошанов.")
    got = claims(text, "ru")
    assert ("quantity", 600, "at_least", None, None, None, "Уже сейчас действует более 600 волонтерских "
                                                           "организаций") in got
    assert any(c[:3] == ("quantity", 200_000, "at_least") and c[5] == "Кошанов" for c in got)


def test_endorsement_targets_follow_word_order():
    ru = claims("Участники выступили в поддержку действующего главы государства Касым-Жомарта Токаева.", "ru")
    assert [(c[0], c[3], c[4]) for c in ru] == [("endorsement", "support", "Касым-Жомарта Токаева")]
    kk = claims("Қауымдастық халықтық коалицияны жақтайтынын мәлімдеді.", "kk")
    assert [(c[0], c[3], c[4]) for c in kk] == [("endorsement", "support", "халықтық коалицияны")]
    # before a Russian verb, a name in the nominative endorses, one in an oblique case is endorsed
    ru = claims("Сенатор Нуртай Сабильянов поддержал поправки. Кандидатуру Олжаса Бектенова поддержали "
                "депутаты.", "ru")
    assert [(c[0], c[3], c[4]) for c in ru] == [("endorsement", "support", None),
                                               ("endorsement", "support", "Олжаса Бектенова")]


@pytest.mark.parametrize("text,lang,want", [
    # who endorses, named before the verb; the party in his title is not what he endorses
    ("Депутат от фракции «Ак жол» Азат Перуашев поддержал законопроект.", "ru", ("Перуашев", None)),
    ("Кан также осудил визит на острова президента России Дмитрия Медведева.", "ru",
     ("Кан", "Дмитрия Медведева")),
    # after the verb, in the nominative: "оценил и гендиректор ... Борис Добродеев"
    ("Сделку высоко оценил и гендиректор социальной сети Борис Добродеев.", "ru", ("Добродеев", None)),
    # after the verb an indeclinable name with a title in the accusative is who is criticised
    ("Он резко раскритиковал премьер-министра Сильвио Берлускони.", "ru", (None, "Сильвио Берлускони")),
    # a given name only in the nominative shows who endorses, though her surname could be a genitive
    ("Его поддержала депутат Ирина Смирнова.", "ru", ("Смирнова", None)),
    ("Депутаты поддержали Ирину Смирнову.", "ru", (None, "Ирину Смирнову")),
    # an adjective opens her title: its noun "деятель" shows the nominative
    ("Собравшихся около 300 человек поддержала общественный деятель Динара Нургалиева.", "ru",
     ("Нургалиева", None)),
    # Kazakh: the subject opens the clause, the object takes its case before the verb
    ("Мемлекет басшысы Қасым-Жомарт Тоқаев бестіктің стратегиясын қолдайтынын айтты.", "kk", ("Тоқаев", None)),
    ("Бауыржан Байбек құрылыстың сапасыз жүргізілгенін сынға алды.", "kk", ("Байбек", None)),
    # the party of his title is not what he endorses, nor the body where a vote was held
    ("«Ақ жол» фракциясының депутаты Азат Перуашев заң жобасын қолдады.", "kk", ("Перуашев", None)),
    ("Мәжілістің жалпы отырысында депутаттар заң жобасын бірінші оқылымда мақұлдады.", "kk", (None, None)),
    ("Депутаттар Тоқаевтың бастамасын бірауыздан қолдады.", "kk", (None, "Тоқаевтың")),
    # a name before a participle or a postposition is no one's endorsement: "the candidate the President
    # proposed", "politicians like Nelson Mandela"
    ("Партия жетекшілері Президент ұсынған кандидатураны бірауыздан мақұлдады.", "kk", (None, None)),
    ("Нельсон Мандела сынды сақа саясаткерлер қолдау білдірді.", "kk", (None, None)),
])
def test_who_endorses_outside_a_quote_is_the_named_subject(text, lang, want):
    [c] = [c for c in claims(text, lang) if c[0] == "endorsement"]
    assert (c[5], c[4]) == want


def test_a_judgement_parted_from_its_topic_by_a_phrase_between_commas():
    kk = claims("«Сайлау заң талаптарына сәйкес, ашық және бәсекелі жағдайда өтті», – деді ОСК төрағасы Нұрлан "
                "Әбдіров.", "kk")
    assert [(c[0], c[3], c[5], c[6]) for c in kk] == [
        ("evaluation", "support", "Әбдіров", "Сайлау заң талаптарына сәйкес, ашық және бәсекелі жағдайда өтті")]
    ru = claims("Выборы, по мнению наблюдателей, прошли честно. Погода, по словам синоптиков, была хорошей.", "ru")
    assert [(c[0], c[6]) for c in ru] == [("evaluation", "Выборы, по мнению наблюдателей, прошли честно")]
    assert [c[3] for c in claims("Дауыс беру қалыпты жағдайда өтті.", "kk")] == ["support"]  # в штатном режиме


def test_evaluation_needs_something_judged():
    assert [c[0] for c in claims("Наблюдатели считают, что выборы прошли честно и открыто.", "ru")] == \
        ["evaluation"]
    assert claims("Он открыто и честно рассказал о себе.", "ru") == []


@pytest.mark.parametrize("text, lang, stance, who", [
    ("Ал саясаттанушы Әзімбай Ғали реформаны оң бағалайды.", "kk", "support", "Ғали"),
    ("Политолог Досым Сатпаев положительно оценил реформу.", "ru", "support", "Сатпаев"),
    ("Эксперты негативно оценили новый законопроект.", "ru", "oppose", None),
    ("Сарапшылар бағдарламаны теріс бағалады.", "kk", "oppose", None),
    ("Қоғам белсендісі Дана Жұмабекова да реформаға оң баға берді.", "kk", "support", "Жұмабекова"),
    ("Наблюдатели дали выборам положительную оценку.", "ru", "support", None),
])
def test_judging_a_reform_positively_or_negatively_is_an_evaluation(text, lang, stance, who):
    assert [(c[0], c[3], c[5]) for c in claims(text, lang)] == [("evaluation", stance, who)]


@pytest.mark.parametrize("text, lang", [
    ("Ал саясаттанушы Әзімбай Ғали жаңа фильмді оң бағалайды.", "kk"),  # a political scientist is no topic
    ("Депутат Ирина Смирнова положительно оценила погоду.", "ru"),
])
def test_judging_what_is_no_topic_of_politics_is_no_claim(text, lang):
    assert claims(text, lang) == []


def test_the_judged_topic_is_another_word_than_the_judgement():
    # "заңды тұлға" is a legal entity: the cue's own letters name no law
    assert claims("Бір кезде әлдебір заңды тұлғаға берілген жер телімі қоқысқа толып тұр.", "kk") == []
    got = claims("«Мы считаем эту реформу ошибочной», – заявил лидер ОСДП Асхат Рахимжанов.", "ru")
    assert [(c[0], c[3], c[5]) for c in got] == [("evaluation", "oppose", "Рахимжанов")]


def test_a_claim_keeps_the_quotation_marks_of_a_name_inside_it():
    text = "«Amanat» партиясы Президенттің бастамасын қолдады."
    sents = segment(text, "kk")
    ms = find_mentions(text, sents, "kk", None)
    assert [c.text for c in find_claims(text, sents, find_quotes(text, sents, ms, "kk"), ms, "kk")] == [
        "«Amanat» партиясы Президенттің бастамасын қолдады"]


def test_approval_is_support_in_both_languages():
    ru = claims("Депутаты Мажилиса одобрили законопроект о цифровых активах.", "ru")
    kk = claims("Мәжіліс депутаттары цифрлық активтер туралы заң жобасын мақұлдады.", "kk")
    assert [(c[0], c[3]) for c in ru + kk] == [("endorsement", "support")] * 2


def test_kazakh_first_person_support_and_the_law_in_the_accusative_is_no_judgement():
    got = claims("– Біз бұл бастаманы құптаймыз. Ахметжан Есімовтің ұсынысын қолдаймыз, – деді сенатор.", "kk")
    assert [(c[0], c[3]) for c in got] == [("endorsement", "support")] * 2
    # "заңды" is the law in the accusative before a verb; lawful before "түрде", "өтті" or as a predicate
    assert claims("Сенат депутаттары зейнетақы туралы заңды қабылдады. Тоқаев Ата Заңды қатаң сақтауды тапсырды.",
                  "kk") == []
    assert [(c[0], c[3]) for c in claims("Бақылаушылардың пікірінше, сайлау заңды өтті.", "kk")] == [
        ("evaluation", "support")]


def test_a_trial_judged_and_who_judges_it_is_no_target():
    got = claims("Правозащитник Евгений Жовтис назвал процесс политически мотивированным.", "ru")
    assert [(c[0], c[3], c[4]) for c in got] == [("evaluation", "oppose", None)]
    assert [(c[0], c[3]) for c in claims("Адвокат сот үкімін әділетсіз деп атады.", "kk")] == [("evaluation", "oppose")]
    # the government ("үкімет") and a court's move are no trial
    assert claims("Депутат высказал сомнения в правильности решения о переезде суда в Петербург.", "ru") == []
    assert claims("Бұл шешім үкіметке де тиімсіз.", "kk") == []


def test_a_wrong_named_is_judged_of_a_topic_only_and_its_absence_is_a_clean_bill():
    assert claims("Бас прокурор Б.Асылов құқық бұзушылықтар саны 12 пайызға азайғанын айтты.", "kk")[0][0] == \
        "quantity"  # no judgement of Асылов
    got = claims("Сайлауда бұзушылықтар тіркелген жоқ. Нарушений на выборах не выявлено. Наблюдатели "
                 "зафиксировали нарушения на выборах.", "kk")
    assert [(c[0], c[3]) for c in got] == [("evaluation", "support"), ("evaluation", "support"),
                                           ("evaluation", "oppose")]
    # the absence stated after a phrase between commas, and a wrong found in a clause of its own
    got = claims("Выборы прошли в соответствии с требованиями законодательства, серьезных нарушений, способных "
                 "повлиять на итоги голосования, не выявлено. Нарушений на выборах было много, но их не "
                 "установлено в суде.", "ru")
    assert [(c[0], c[3]) for c in got] == [("evaluation", "support"), ("evaluation", "oppose")]


def test_negation_turns_support_into_opposition():
    got = claims("Фракция не поддерживает законопроект о выборах.", "ru")
    assert [(c[0], c[3]) for c in got] == [("endorsement", "oppose")]


def test_a_detached_superscript_is_no_number():
    # "м²" with its <sup> set apart by the page's extractor: it once stopped the whole article
    assert q("павильоны площадью 5 000 м ² и резервуар на 300 м ³") == [
        ("5 000", 5000, "exact", "м"), ("300", 300, "exact", "м")]


def test_kazakh_qarsy_opposes_only_as_a_predicate_and_a_vote_endorses_what_takes_the_dative():
    text = ("Тұрғындар жанармай бекетін салуға қарсымыз деп мәлімдеді. Депутаттар заң жобасына қарсы шықты. "
            "Ұстаздар рейдке қатысуға қарсы емес. Елорда тұрғындары Наурызды әнмен қарсы алды. "
            "Пандемияға қарсы күрес жалғасып жатыр. Сайлаушылар Тоқаевқа дауыс берді. "
            "Ол нөмірі 111 сайлау учаскесінде дауыс берді.")
    got = [(c[0], c[3], c[6][:20]) for c in claims(text, "kk") if c[0] != "quantity"]
    assert got == [("endorsement", "oppose", "Тұрғындар жанармай б"),
                   ("endorsement", "oppose", "Депутаттар заң жобас"),
                   ("endorsement", "support", "Ұстаздар рейдке қаты"),
                   ("endorsement", "support", "Сайлаушылар Тоқаевқа")]


def test_corruption_named_is_no_judgement_corrupt_qualifying_something_is():
    assert [c[0] for c in claims("Об этом сообщили в Агентстве по противодействию коррупции. Эксперты назвали "
                                 "итоги выборов коррупционными.", "ru")] == ["evaluation"]
    assert claims("Бұл туралы Жемқорлыққа қарсы іс-қимыл агенттігінің төраға орынбасары айтты.", "kk") == []


def test_only_so_many_voted_is_turnout_not_an_endorsement():
    kk = claims("Өткен сайлауда сайлаушылардың тек 38 пайызы ғана дауыс берді.", "kk")
    assert [c[0] for c in kk] == ["quantity"]
    kk = claims("Депутаттар заң жобасына бірауыздан дауыс берді.", "kk")
    assert [c[0] for c in kk] == ["endorsement"]


@pytest.mark.parametrize("text, lang, stance, who", [
    ("Правозащитник Евгений Жовтис назвал решение суда незаконным и противоречащим Конституции.", "ru", "oppose",
     "Жовтис"),
    ("Депутат Асель Нуржанова назвала реформу поспешной.", "ru", "oppose", "Нуржанова"),
    ("Эксперт Ерлан Смаилов считает реформу взвешенной и обоснованной.", "ru", "support", "Смаилов"),
    ("Адвокат Ғалым Нұрпеисов соттың шешімін заңсыз деп атады.", "kk", "oppose", "Нұрпеисов"),
])
def test_what_someone_calls_a_thing_is_one_judgement_of_it(text, lang, stance, who):
    assert [(c[0], c[3], c[5]) for c in claims(text, lang)] == [("evaluation", stance, who)]


@pytest.mark.parametrize("text, lang", [
    ("Возбуждено уголовное дело по факту незаконной добычи золота.", "ru"),
    ("Сот заңсыз митингіге қатысқан үш белсендіге үкім шығарды.", "kk")])
def test_an_illegal_act_described_is_no_judgement(text, lang):
    assert [c[0] for c in claims(text, lang) if c[0] != "quantity"] == []


def test_a_kazakh_senator_criticising_a_law_opposes_it():
    got = claims("Сенатор Жанна Асанова заңның өңірлерге қатысты бөліміне сын айтты.", "kk")
    assert [(c[0], c[3], c[5]) for c in got] == [("endorsement", "oppose", "Асанова")]


@pytest.mark.parametrize("text, value, bound, unit", [
    ("Биыл жылу желісінің тозу деңгейі әлі де 68 пайыздан жоғары.", 68.0, "at_least", "пайыздан"),
    ("Ауаның температурасы 25-тен төмен болмауы керек.", 25.0, "at_most", None),  # no unit: "болмауы" is a verb
    ("Облыста 5 жоғары оқу орны бар.", 5.0, "exact", "оқу")])  # no ablative: "higher" education, no bound
def test_kazakh_above_and_below_bound_a_number_in_the_ablative(text, value, bound, unit):
    [(_, v, b, u)] = q(text)
    assert (v, b, u) == (value, bound, unit)


@pytest.mark.parametrize("text", [
    # the first of two days
    "Опрос проводился с 1 по 12 ноября методом личного интервью.", "Премьерные спектакли пройдут 12 и 13 апреля.",
    # a Kazakh age, in any case of "жас"
    "Ресейде 79 жастағы науқас қайтыс болды.", "Ол 78 жасқа қараған шағында дүниеден озды.",
    "3 жастан 6 жасқа дейінгі балалар балабақшамен қамтылған.",
    # a phone line
    "Сообщить о нарушениях можно по телефону 115."])
def test_a_day_an_age_and_a_phone_line_count_nothing(text):
    assert q(text) == []


@pytest.mark.parametrize("text, unit", [
    ("Облыста 12 мыңнан астам жаңа жұмыс орны ашылды.", "жұмыс"),
    ("Қапшағайда 2 шағын су электр станциясы салынды.", "су"),
    ("Станция 9 балдық жер сілкінісіне төтеп береді.", "балдық")])
def test_a_kazakh_adjective_before_the_counted_noun_is_no_unit(text, unit):
    [(_, _, _, u)] = q(text)
    assert u == unit


def test_a_claim_in_a_line_of_dialogue_starts_after_its_dash():
    [c] = [c for c in claims("– Бюджетке қосымша 700 млрд теңге түседі, – деді вице-министр.", "kk")
           if c[0] == "quantity"]
    assert c[6] == "Бюджетке қосымша 700 млрд теңге түседі"


@pytest.mark.parametrize("text,want", [
    # ordinals and decades count nothing
    ("На 72-м году жизни скончался бывший аким", []),
    ("В начале 90-х годов он работал в Павлодаре", []),
    # a cardinal's case ending: the multiplier and the noun after it still count
    ("Более 5-ти тысяч человек вышли на субботник", [("Более 5-ти тысяч", 5000, "at_least", "человек")]),
    ("Журналисты арестованы в 24-х странах", [("24-х", 24, "exact", "странах")]),
    # a possessive pronoun before the counted noun
    ("Лукашенко и ещё 30-и его служащим запрещён въезд", [("30-и", 30, "exact", "служащим")]),
])
def test_russian_numbers_with_a_hyphenated_ending(text, want):
    assert q(text) == want


def test_a_capitalised_evaluation_word_inside_a_name_is_no_judgement():
    assert not [c for c in claims("Сондай-ақ Мемлекет басшысы Әділетті Қазақстанды құру туралы айтты.", "kk")
                if c[0] == "evaluation"]
    assert not [c for c in claims("Си Цзиньпин поддерживает курс на построение Справедливого Казахстана.", "ru")
                if c[0] == "evaluation"]


def test_calling_a_thing_cosmetic_or_dirty_is_a_judgement():
    assert [(c[0], c[3]) for c in claims("Досым Сатпаев назвал реформу «косметической».", "ru")] == [
        ("evaluation", "oppose")]


def test_a_subject_after_the_verb_shown_nominative_by_its_title():
    [c] = claims("Инициативу поддержал премьер-министр Индии Нарендра Моди.", "ru")
    assert (c[0], c[4], c[5]) == ("endorsement", None, "Моди")


@pytest.mark.parametrize("text,want", [
    # a verb after the number is nothing counted, at the end of its sentence too
    ("Ұлттық тестілеу орталығының дерегінше, олардың орташа балы 72 болды.", [("72", 72, "exact", None)]),
    ("ал өту балы 50-ден 65-ке дейін көтеріледі.", [("50-ден", 50, "exact", None), ("65-ке дейін", 65, "exact", None)]),
    # Kazakh writes an ordinal as the number and its noun: the eleventh grade, third place, secondly
    ("Менің балам 11-сыныпта оқиды, ал құрама 3-орынға шықты.", []),
    ("2-ншіден, жоба мерзімінде аяқталмады.", []),
    # the collective and the approximative are counts ("both of them", "about two hundred of them")
    ("Бірақ 2-еуіне де бірыңғай тариф бекітілген.", [("2", 2, "exact", None)]),
    # "до" after a change and its amount is where it ends; before a range it bounds neither end
    ("Объем добычи вырос на 2,1%, до 18,4 млн тонн.", [("2,1", 2.1, "exact", "%"),
                                                       ("18,4 млн", 18_400_000, "exact", "тонн")]),
    ("Прогноз на 2027 год – до 9–11%.", [("9", 9, "exact", "%"), ("11", 11, "exact", "%")]),
    ("обещая доходность до 30% в месяц", [("до 30", 30, "at_most", "%")]),
    # a minus glued to the digits is the number's sign
    ("Выручка составила 6,3 трлн тенге (-5%).", [("6,3 трлн", 6.3e12, "exact", "тенге"), ("-5", -5, "exact", "%")]),
    ("в 2011–2020 годах рост составил 30–40%", [("30", 30, "exact", "%"), ("40", 40, "exact", "%")]),
])
def test_kazakh_verbs_and_ordinals_a_change_that_ends_at_a_number_and_a_minus(text, want):
    assert q(text) == want


@pytest.mark.parametrize("text,want", [
    # an accusative before a participle is what is counted; a participle before a noun qualifies it; one of the
    # verbs that follow figures, or one at the end, counts nothing
    ("Жыл басынан бері қала әкімі 400-ден астам азаматты қабылдаған.", [("400-ден астам", 400, "at_least",
                                                                       "азаматты")]),
    ("Қазақстанда 1400-ге жуық бірлескен кәсіпорын жұмыс істейді.", [("1400-ге жуық", 1400, "approx",
                                                                      "кәсіпорын")]),
    ("Оның жасы 13-ке толған.", [("13-ке", 13, "exact", None)]),
    ("Биыл 100-ден астам жол-көлік апаты болған.", [("100-ден астам", 100, "at_least", "апаты")]),
])
def test_kazakh_participles_after_a_figure(text, want):
    assert q(text) == want


@pytest.mark.parametrize("text,value", [
    ("Депутат ауыл дәрігерлерінің жалақысын кемінде 50 пайызға өсіруді ұсынды.", 50),
    ("Сыртқы нарыққа ең кемі 10 млн тонна астық шығару қажет.", 10_000_000),
])
def test_kazakh_keminde_is_a_lower_bound(text, value):
    [c] = [c for c in claims(text, "kk") if c[0] == "quantity"]
    assert (c[1], c[2]) == (value, "at_least")


def test_a_party_in_the_endorsers_title_after_the_verb_is_not_endorsed():
    """"Ее поддержал депутат фракции «Народная партия Казахстана» X": the party is his title's; an object
    before the verb still is what he endorses."""
    text = ("Депутат от партии «Ак жол» Екатерина Смышляева заметила, что дороги разбиты. Ее поддержал депутат "
            "фракции «Народная партия Казахстана» Магеррам Магеррамов.")
    [c] = [c for c in claims(text, "ru") if c[0] == "endorsement"]
    assert (c[3], c[4], c[5]) == ("support", None, "Магеррамов")
    text = "Кандидатуру Олжаса Бектенова поддержал депутат от партии «Ак жол» Азат Перуашев."
    [c] = [c for c in claims(text, "ru") if c[0] == "endorsement"]
    assert (c[4], c[5]) == ("Олжаса Бектенова", "Перуашев")


def test_a_number_in_a_channels_name_is_no_quantity_and_deyingi_is_up_to():
    text = ("Сейсмолог Наталья Михайлова Хабар 24 арнасына берген сұхбатында 5 балға дейінгі қайталама "
            "сілкіністер болуы мүмкін екенін ескертті.")
    assert [(c[1], c[2]) for c in claims(text, "kk") if c[0] == "quantity"] == [(5, "at_most")]
    assert q("61 келіге дейінгі салмақта жеңді") == [("61", 61, "at_most", "келіге")]


@pytest.mark.parametrize("text,want", [
    # a comparison is no counted thing: "больше" is no unit
    ("грантов выделено на 4 тысячи больше, чем в прошлом году", [("4 тысячи", 4000, "exact", None)]),
    # "-ға көп" is more by so much, the difference; "-нан көп" more than
    ("бұл былтырғыдан 4 мыңға көп", [("4 мыңға көп", 4000, "exact", None)]),
    ("түлектер саны 5 мыңнан көп", [("5 мыңнан көп", 5000, "at_least", None)]),
    # a count in the possessive is a part of what was named before: the word after is no unit
    ("Оның 6 мыңы Ұлттық ұланға жіберіледі", [("6 мыңы", 6000, "exact", None)]),
    # a range's last number where a change from a first one ends
    ("саны 1 миллионнан 100-120 мыңға дейін қысқарған", [("1 миллионнан", 1_000_000, "exact", None),
                                                        ("100", 100_000, "exact", None),
                                                        ("120 мыңға дейін", 120_000, "exact", None)]),
])
def test_differences_parts_and_changes_in_numbers(text, want):
    assert q(text) == want


def test_a_kazakh_body_in_the_nominative_endorses_and_is_not_endorsed():
    text = "Қорғаныс министрлігі депутаттардың ұсынысын толықтай қолдайды."
    [c] = [c for c in claims(text, "kk") if c[0] == "endorsement"]
    assert (c[3], c[4]) == ("support", None)


@pytest.mark.parametrize("text, want", [
    # a bound's word stands before the currency sign, not the digits
    ("товарооборот впервые превысил $44 млрд", [("$44 млрд", 44_000_000_000, "at_least", "$")]),
    ("капитализация составляет примерно $53,6 млрд", [("примерно $53,6 млрд", 53_600_000_000, "approx", "$")]),
    ("он поднял цену с $13,5 до $750", [("$13,5", 13.5, "exact", "$"), ("$750", 750, "exact", "$")]),
    # a verb of change with its object before "до": where the change ends, no bound
    ("ставим задачу довести его до $50 млрд к 2030 году", [("$50 млрд", 50_000_000_000, "exact", "$")]),
    ("Китай готов увеличить импорт казахстанского зерна до 2 млн тонн в год",
     [("2 млн", 2_000_000, "exact", "тонн")]),
    ("повышенные пенсии до 100 тысяч тенге", [("до 100 тысяч", 100_000, "at_most", "тенге")]),
])
def test_bounds_before_a_currency_sign_and_changes_with_an_object(text, want):
    assert q(text) == want


def test_a_verb_after_a_number_is_no_unit_and_keeping_up_contact_is_no_support():
    text = "поступило 47 жалоб, из которых 6 признаны обоснованными"
    assert [(x.value, x.unit) for x in find_quantities(text, "ru")] == [(47, "жалоб"), (6, None)]
    # a Kazakh noun spelt as a Russian verb is the counted noun in Kazakh: "180 дана техника", "18 ел"
    assert [x.unit for x in find_quantities("180 дана техника тартылды, онда 18 ел қатысқан", "kk")] == [
        "дана", "ел"]
    text = ("Генеральное консульство Казахстана в Батуми поддерживает связь с задержанными и их адвокатами. "
            "Депутат Азат Перуашев поддерживает инициативу.")
    assert [(c[0], c[3]) for c in claims(text, "ru")] == [("endorsement", "support")]


@pytest.mark.parametrize("text, want", [
    # "жарым" is a half added to the number before it
    ("Олардың бір жарым мыңы жұмысқа орналасты", [("бір жарым мыңы", 1500, "exact", None)]),
    ("екі жарым мың теңге төледі", [("екі жарым мың", 2500, "exact", "теңге")]),
    ("шерушілердің саны мың жарымнан асады", [("мың жарымнан асады", 1500, "at_least", None)]),
    # not reaching a number in the dative is less than it, past the particle "да"
    ("инфляция 2 пайызға да жетпейді", [("2", 2, "at_most", "пайызға")]),
    ("жалақы 300 мың теңгеге жетті", [("300 мың", 300_000, "exact", "теңгеге")]),
])
def test_a_kazakh_half_and_a_number_not_reached(text, want):
    assert q(text) == want


@pytest.mark.parametrize("text, lang, stance, who", [
    # a word between commas parts the subject from the verb, no clause of its own
    ("Депутат Ерлан Саиров, напротив, поддержал законопроект и назвал его давно назревшим.", "ru", "support",
     "Саиров"),
    ("Ерлан Қошанов, өз кезегінде, заң жобасын қолдады.", "kk", "support", "Қошанов"),
    # against, before the verb, with who after it
    ("Против документа выступили депутаты Нуртай Сабильянов, Магеррам Магеррамов и Айдос Сарым.", "ru", "oppose",
     "Сабильянов"),
])
def test_who_endorses_past_a_parenthetical_and_after_an_inverted_against(text, lang, stance, who):
    assert [(c[0], c[3], c[5]) for c in claims(text, lang)] == [("endorsement", stance, who)]


def test_a_wrong_reported_absent_in_kazakh_is_a_clean_bill():
    """"шағым түспегенін атап өтті" (that no complaint came in) reports the absence in a participle."""
    got = claims("Облыстық сайлау комиссиясының төрағасы Гүлмира Сәдуақасова сайлауда бұзушылық туралы шағым "
                 "түспегенін атап өтті. ОСК төрағасы сайлауда бұзушылық анықталмағанын айтты.", "kk")
    assert [(c[0], c[3]) for c in got] == [("evaluation", "support"), ("evaluation", "support")]


@pytest.mark.parametrize("text, want", [
    # an article of a code, abbreviated, is which article, not how many
    ("задержали по подозрению в распространении ложной информации (ст. 274 УК РК) 14 человек",
     [("14", 14, "exact", "человек")]),
    ("по ч. 2 ст. 174 УК", []),
    # days and nights are a duration; a Kazakh adjective between number and noun is skipped; storeys are
    # what "16 қабатты" counts
    ("Экипаж станцияда 10 тәулік болып, 14 ғылыми тәжірибе жасайды.", [("14", 14, "exact", "тәжірибе")]),
    ("16 қабатты тұрғын үй салынбақ", [("16", 16, "exact", "қабатты")]),
])
def test_references_durations_and_measures(text, want):
    assert q(text) == want


@pytest.mark.parametrize("text,want", [
    # the accusative before an adverb, a case or a verbal noun is the counted noun, no adjective of the next
    ("Бұл үшін кемінде 12 мың мұғалімді қайта даярлау қажет.", ("кемінде 12 мың", 12000, "at_least", "мұғалімді")),
    ("Полиция 16 қылмыскерді қолға түсірді.", ("16", 16, "exact", "қылмыскерді")),
    # a multiplier in the possessive counts some of what was named before: no unit after it
    ("Оның 85 мыңына қатысты рәсім аяқталды.", ("85 мыңына", 85000, "exact", None)),
])
def test_a_kazakh_accusative_or_possessive_tells_what_a_number_counts(text, want):
    assert q(text) == [want]
    # "білікті маман": an adjective in -ті before its noun is skipped
    assert q("Облыста 120 білікті маман жұмыс істейді.")[0][3] == "маман"


def test_thousands_of_families_is_no_number():
    assert q("Закон помог тысячам семей, но не решил проблему закредитованности.") == []
    assert [x[1] for x in q("Помощь получили 5 тысячам семей.")] == [5000]


def test_not_able_to_vote_for_is_no_support():
    [c] = [c for c in claims("«Мы не можем голосовать за цифру, которую нам никто не объяснил», — сказал секретарь "
                             "маслихата Айдос Журсунов.", "ru") if c[0] == "endorsement"]
    assert c[3] == "oppose"


def test_a_kilo_is_what_a_kazakh_number_counts():
    assert q("Балықшы бұрын бір күнде 200 келі балық ұстағанын еске алады.") == [("200", 200, "exact", "келі")]


@pytest.mark.parametrize("text,stance", [
    # a body of neuter gender endorses or opposes as well as a man or a woman does
    ("Правительство одобрило законопроект, который продлевает мораторий до 2030 года.", "support"),
    ("Министерство юстиции выступило против такой нормы.", "oppose"),
])
def test_a_neuter_body_endorses_or_opposes(text, stance):
    assert [c[3] for c in claims(text, "ru") if c[0] == "endorsement"] == [stance]


@pytest.mark.parametrize("text,want", [
    # a verb in the first person's past is no counted noun: the accusative before it is
    ("Біз 311 мыңнан астам адамды ақтадық.", [("311 мыңнан астам", 311000, "at_least", "адамды")]),
    # "бар" (there is) is a predicate: the possessive before it is what is counted
    ("Екі миллион халқы бар қалада бекет аз.", [("Екі миллион", 2000000, "exact", "халқы")]),
    # a month in the locative says when, and the number after it is a count
    ("Нан желтоқсанда 15-20 теңгеге қымбаттауы мүмкін.", [("15", 15, "exact", "теңгеге"),
                                                          ("20", 20, "exact", "теңгеге")]),
])
def test_kazakh_counts_before_a_verb_of_ours_a_predicate_or_after_a_month(text, want):
    assert q(text) == want


def test_a_partys_name_in_guillemets_judges_nothing():
    text = "Руководитель фракции «Справедливая Россия» Сергей Миронов выступил против законопроекта."
    assert [(c[0], c[3]) for c in claims(text, "ru")] == [("endorsement", "oppose")]
