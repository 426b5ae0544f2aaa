"""Start years of national and regional Children's Days: the earliest year a source gives.

Each row is a day's first year in the data and the year before it; the note of each file says
whether that year is the day's sourced start or only its earliest attestation.
"""

from __future__ import annotations

from datetime import date

import pytest

# (observance id, first year the data holds, its date that year)
FIRST_YEARS = [
    # Algeria: 15 July, first celebrated nationally in 2017 (law 15-12 of 15 July 2015)
    ("childrens-day-dz", date(2017, 7, 15)),
    # Guinea-Bissau: 1 June, the First Lady's programme of 2004
    ("childrens-day-gw", date(2004, 6, 1)),
    # Gulf Children's Day: Al-Ittihad 2007, the GCC states mark 15 January every year
    ("gulf-child-day", date(2007, 1, 15)),
    ("childrens-day-sa-gulf-childrens-day", date(2007, 1, 15)),
    # Arab Children's Day: celebrated in Latakia on 1 October 2005 (Al-Thawra)
    ("arab-child-day", date(2005, 10, 1)),
    # Armenia, Azerbaijan, Belarus, Georgia: 1 June from the Soviet Union's first, in 1950
    ("childrens-day-am", date(1950, 6, 1)),
    ("childrens-day-az", date(1950, 6, 1)),
    ("childrens-day-by", date(1950, 6, 1)),
    ("childrens-day-ge", date(1950, 6, 1)),
    # Estonia: first kept as a day of national importance and flag day in 2021
    ("childrens-day-ee", date(2021, 6, 1)),
    # Cabo Verde: 1 June a public holiday from 2005 (Law 69/VI/2005)
    ("childrens-day-cv", date(2005, 6, 1)),
    # Australia: Universal Children's Day on 24 October 2012, the fourth Wednesday of October
    ("childrens-day-au", date(2012, 10, 24)),
    # Kazakhstan, Kyrgyzstan: 1 June, from the Soviet Union's first 1 June (1950)
    ("childrens-day-kz", date(1950, 6, 1)),
    ("childrens-day-kg", date(1950, 6, 1)),
    # Malta: World Children's Day programme at Ta' Qali, November 2008
    ("childrens-day-mt", date(2008, 11, 20)),
    # Croatia: Children's Week 7-13 October 2013 (first Monday of October)
    ("childrens-day-hr", date(2013, 10, 7)),
    # Myanmar: The Irrawaddy, 13 February 2008, "Today is Children's Day in Burma"
    ("childrens-day-mm", date(2008, 2, 13)),
    # Iraq: Iraqi Child Day celebrated in 2014 (Al-Mada), recalling 13 July 2005
    ("childrens-day-iq", date(2014, 7, 13)),
    # North Macedonia: Children's Week reported by Veles municipality on 7 October 2011
    ("childrens-day-mk", date(2011, 10, 3)),
    # Montenegro: the Parliament's 4th Children's Parliament for 20 November 2012
    ("childrens-day-me", date(2012, 11, 20)),
    # Israel: Ministry of Education circular of school year 2004/05
    ("childrens-day-il", date(2004, 11, 20)),
    # Türkiye: the first full Children's Festival on 23 April 1927 (Özçelik 2018)
    ("childrens-day-tr", date(1927, 4, 23)),
    # Peru: the second Sunday of April 'desde el 2002' (Law 27666)
    ("childrens-day-pe", date(2002, 4, 14)),
    # Ukraine: first celebrated in 1998, after the decree of 30 May 1998
    ("childrens-day-ua", date(1998, 6, 1)),
    # Suriname: the first Nationale Kinderdag, 5 December 2019
    ("childrens-day-sr", date(2019, 12, 5)),
    # Oman and Qatar: Gulf Children's Day, Al-Ittihad 2007 names both
    ("childrens-day-om", date(2007, 1, 15)),
    ("childrens-day-qa", date(2007, 1, 15)),
    # Portugal: 1 June 2007 (Cascais municipality's programme for the Dia Mundial da Criança)
    ("childrens-day-pt", date(2007, 6, 1)),
    # Trinidad and Tobago and Pakistan: Prime Ministers' messages of 20 November 2011
    ("childrens-day-tt", date(2011, 11, 20)),
    ("childrens-day-pk", date(2011, 11, 20)),
    # Togo: Journée mondiale de l'enfance concert in Lomé, 20 November 2009
    ("childrens-day-tg", date(2009, 11, 20)),
    # San Marino: the Captains Regent on the Convention's 20th anniversary (2009)
    ("childrens-day-sm", date(2009, 11, 20)),
    # Zambia: World Children's Day commemoration in Lusaka, 20 November 2017 (QFM)
    ("childrens-day-zm", date(2017, 11, 20)),
    # Venezuela: the third Sunday of July 'desde 1991'
    ("childrens-day-ve", date(1991, 7, 21)),
    # Brunei: the Ministry's count (2020 = 14th, 2024 = 18th, 2025 = 19th year) starts in 2007
    ("childrens-day-bn", date(2007, 11, 20)),
    # Burundi: the Ministry says the day has been celebrated since the 1990 ratification
    ("childrens-day-bi", date(1990, 11, 20)),
    # Earliest dated attestations: Ecuador (El Universo 2005), Spain (ministries' manifesto
    # 2009), Andorra (Diari d'Andorra 2019)
    ("childrens-day-ec", date(2005, 6, 1)),
    ("childrens-day-es", date(2009, 11, 20)),
    # Ethiopia: Fana's count, 2022 (Hidar 11, 2015 EC) the 17th time in Ethiopia, starts in 2006
    ("childrens-day-et", date(2006, 11, 20)),
    ("childrens-day-ad", date(2019, 11, 20)),
    # The Gambia: the Ministry of Health and Social Welfare marks 20 November 2012 (AllAfrica)
    ("childrens-day-gm", date(2012, 11, 20)),
    # Uganda and Sierra Leone: national events for the Convention's 20th anniversary, 2009
    ("childrens-day-ug", date(2009, 11, 20)),
    ("childrens-day-sl", date(2009, 11, 20)),
    # Zimbabwe: the Inclusive Government celebrated the Convention's 20th anniversary (2009)
    ("childrens-day-zw", date(2009, 11, 20)),
    # Congo: the Government's 30th-anniversary celebration of the Convention, 2019
    ("childrens-day-cg", date(2019, 11, 20)),
    # Cameroon: the Minister of Women's Empowerment in Yaoundé on 20 November 2014 (CameroonWeb)
    ("childrens-day-cm", date(2014, 11, 20)),
    # Jordan: UNICEF and the National Council for Family Affairs, Monday 20 November 2017
    ("childrens-day-jo", date(2017, 11, 20)),
    # Kenya: 'Run for our Rights' for the Convention's 20th anniversary (Minister of Justice), 2009
    ("childrens-day-ke", date(2009, 11, 20)),
    # Mauritania: national assizes for the Convention's 30th anniversary, November 2019
    ("childrens-day-mr", date(2019, 11, 20)),
    # Luxembourg: government communiqué for the Convention's 11th anniversary, 20 November 2000
    ("childrens-day-lu", date(2000, 11, 20)),
    # Guyana: World Children's Day 2019 with the Attorney General (DPI)
    ("childrens-day-gy", date(2019, 11, 20)),
    # Madagascar: the Convention's 30th anniversary under the Prime Minister's patronage, 2019
    ("childrens-day-mg", date(2019, 11, 20)),
    # Namibia: Day of the Namibian Child commemorated in Windhoek in 2014 (Nampa)
    ("childrens-day-na", date(2014, 9, 28)),
    # Saudi Arabia: the Ministry of Culture and Information's festival of 20-24 November 2011
    ("childrens-day-sa", date(2011, 11, 20)),
    # Yemen: World Children's Day in Hodeida, 20 November 2013 (National Yemen)
    ("childrens-day-ye", date(2013, 11, 20)),
    # Sudan: the Ministry of Social Affairs' statement on Universal Children's Day 2009 (Xinhua)
    ("childrens-day-sd", date(2009, 11, 20)),
    # Niger: the Ministry's celebration of the Convention's 30 years, 20 November 2019
    ("childrens-day-ne", date(2019, 11, 20)),
    # Argentina: first celebrated on the first Sunday of August 1960 (Casa Tomada)
    ("childrens-day-ar", date(1960, 8, 7)),
    # Brazil: first celebrated on 12 October 1925, after Decree 4.867 of 1924 (O Liberal)
    ("childrens-day-br", date(1925, 10, 12)),
    # Costa Rica: first celebrated on 9 September 1946, after the decree of 12 July 1946
    ("childrens-day-cr", date(1946, 9, 9)),
    # Bolivia: celebrated since Supreme Decree 4017 of 11 April 1955 (La Prensa: 'hace 70 años')
    ("childrens-day-bo", date(1955, 4, 12)),
    # Greece: the Children's Ombudsman's press release for 20 November 2009
    ("childrens-day-gr", date(2009, 11, 20)),
    # North Macedonia: children 'took over' the Government on World Children's Day 2019
    ("childrens-day-mk-20-november", date(2019, 11, 20)),
    # Albania: the ministry's International Children's Day event in Tirana, 1 June 2014
    ("childrens-day-al", date(2014, 6, 1)),
    # Bosnia and Herzegovina: the Federation's Children's Week programme, 5-11 October 2009
    ("childrens-day-ba-childrens-week", date(2009, 10, 5)),
    # Belize: San Pedro schools' Children's Day parade on Friday 20 November 2009 (San Pedro Sun)
    ("childrens-day-bz", date(2009, 11, 20)),
    # Switzerland: the International Day of the Child marked on Wednesday 20 November 2002
    ("childrens-day-ch", date(2002, 11, 20)),
    # North Korea: International Children's Day marked since 1 June 1950 (Jaju Sibo, 2019)
    ("childrens-day-kp", date(1950, 6, 1)),
    # Indonesia: the first Hari Anak Nasional in KemenPPPA's count (2024 = 40th), 23 July 1985
    ("childrens-day-id", date(1985, 7, 23)),
    # Liberia: the Gender Ministry's commemoration of the Convention's 25th anniversary, 2014
    ("childrens-day-lr", date(2014, 11, 20)),
    # Mongolia: first celebrated as Children's Day on 1 June 1952 (ulsturch.mn, MONTSAME)
    ("childrens-day-mn", date(1952, 6, 1)),
    # South Africa: National Children's Day events of Saturday 3 November 2001 (Parliament)
    ("childrens-day-za", date(2001, 11, 3)),
    # Norway: the Storting's seminar for the Convention's 25th anniversary, 20 November 2014
    ("childrens-day-no", date(2014, 11, 20)),
    # Macao: the Federation of Trade Unions' 1 June fair, held for the 27th year in 2016
    ("childrens-day-mo", date(1990, 6, 1)),
    # South Sudan: the CRC's 23rd anniversary marked in Juba on 20 November 2012 (UNICEF)
    ("childrens-day-ss", date(2012, 11, 20)),
]


@pytest.mark.parametrize(("observance_id", "first"), FIRST_YEARS)
def test_the_day_is_held_from_its_first_sourced_year(cat, observance_id, first):
    observance = cat[observance_id]
    assert observance.date(first.year) == first
    assert observance.date(first.year - 1) is None


def test_algeria_records_its_first_year(cat):
    assert cat["childrens-day-dz"].first_year == 2017


@pytest.mark.parametrize(("year", "holiday"), [(2004, False), (2005, True), (2025, True)])
def test_cabo_verde_made_1_june_a_public_holiday_in_2005(cat, year, holiday):
    assert cat["childrens-day-cv"].is_public_holiday(year, "CV") is holiday


@pytest.mark.parametrize(("year", "holiday"), [(2002, True), (2019, True), (2020, False)])
def test_cambodia_dropped_the_1_june_public_holiday_from_2020(cat, year, holiday):
    assert cat["international-childrens-day"].is_public_holiday(year, "KH") is holiday


def test_a_sourced_first_year_is_a_known_start(cat):
    assert cat["childrens-day-dz"].start_known is True


def test_afghanistan_begins_at_an_attestation_not_a_start(cat):
    afghanistan = cat["childrens-day-af"]
    assert afghanistan.first_year is None
    assert afghanistan.start_known is False
    assert afghanistan.as_dict()["start_known"] is False


# A schedule that starts with the law or decree that made the day is a known start; one that
# starts with the earliest report found is not.
START_KNOWN = [
    ("childrens-day-fr", True),  # Law No. 96-296 of 9 April 1996
    ("childrens-day-gt", True),  # Acuerdo Gubernativo No. 31 of 11 August 1975
    ("childrens-day-bo", True),  # Supreme Decree No. 4017 of 11 April 1955
    ("childrens-day-bi", True),  # celebrated since the 1990 ratification (the Ministry)
    ("childrens-day-co", True),  # first celebrated in 1999, before Law 724 of 2001
    ("childrens-day-es", False),
    ("childrens-day-gr", False),
    ("childrens-day-ba-childrens-week", False),
]


@pytest.mark.parametrize(("observance_id", "known"), START_KNOWN)
def test_a_start_is_known_only_where_a_source_gives_it(cat, observance_id, known):
    assert cat[observance_id].start_known is known


def test_a_start_cannot_be_both_unknown_and_sourced():
    from pydantic import ValidationError

    from childdays.model import ObservanceFile

    with pytest.raises(ValidationError, match=r"start_known: contradicts first_year \(1990\)"):
        ObservanceFile.model_validate(
            {
                "id": "childrens-day-xx",
                "scope": "KH",
                "tags": ["childrens-day"],
                "first_year": 1990,
                "start_known": False,
                "names": {"en": "Children's Day"},
                "schedule": [{"rule": "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1", "since": 1990}],
                "sources": [{"url": "https://example.org/", "title": "Example"}],
            }
        )


@pytest.mark.parametrize(
    ("observance_id", "first_year"),
    [
        ("childrens-day-tr", 1927),
        ("childrens-day-pe", 2002),
        ("childrens-day-et", 2006),
        ("childrens-day-ua", 1998),
        ("childrens-day-sr", 2019),
        ("childrens-day-kz", 1950),
        ("childrens-day-kg", 1950),
        ("childrens-day-hu", 1950),
        ("childrens-day-ve", 1991),
        ("childrens-day-ar", 1960),
        ("childrens-day-br", 1925),
        ("childrens-day-bi", 1990),
        ("childrens-day-cr", 1946),
        ("childrens-day-co", 1999),
        ("childrens-day-bo", 1955),
        ("childrens-day-kp", 1950),
        ("childrens-day-id", 1985),
        ("childrens-day-mn", 1952),
    ],
)
def test_a_sourced_first_celebration_is_recorded(cat, observance_id, first_year):
    observance = cat[observance_id]
    assert observance.first_year == first_year
    assert observance.start_known is True


@pytest.mark.parametrize(
    "observance_id",
    [
        "childrens-day-pr",
        "childrens-day-py",
        "childrens-day-se",
        "childrens-day-ht",
        "childrens-day-lv",
        "childrens-day-mx",
    ],
)
def test_a_law_or_decree_year_is_a_known_start_without_a_first_year(cat, observance_id):
    observance = cat[observance_id]
    assert observance.first_year is None
    assert observance.start_known is True


@pytest.mark.parametrize(
    "observance_id",
    [
        "childrens-day-tv",
        "childrens-day-pa",
        "childrens-day-sv",
        "childrens-day-om",
        "childrens-day-mm",
        "childrens-day-kp-6-june",
        "childrens-day-no",
        "childrens-day-ly-20-november",
        "childrens-day-mk-1-june",
        "childrens-day-lt",
    ],
)
def test_an_attested_start_says_so(cat, observance_id):
    assert cat[observance_id].start_known is False


def test_colombia_counts_its_first_day_before_the_first_dated_year(cat):
    colombia = cat["childrens-day-co"]
    assert colombia.first_year == 1999
    assert colombia.date(1999) is None
    assert colombia.date(2002) == date(2002, 4, 27)
