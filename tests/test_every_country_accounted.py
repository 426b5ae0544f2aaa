"""Every UN member and observer state has a Children's Day record or a gaps entry saying why not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

#: The 193 UN member states and the 2 observer states (Holy See, Palestine), ISO 3166-1 alpha-2.
_CODES = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM
GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS
LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK
NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM
ZW VA PS
"""
UN_MEMBERS_AND_OBSERVERS = tuple(_CODES.split())

GAPS = (Path(__file__).parent.parent / "docs" / "gaps.md").read_text("utf-8")
WITHOUT_A_FILE = GAPS.split("- Countries without a file", 1)[1].split("\n## ", 1)[0]


def test_the_list_has_195_states():
    assert len(UN_MEMBERS_AND_OBSERVERS) == len(set(UN_MEMBERS_AND_OBSERVERS)) == 195


@pytest.mark.parametrize("country", UN_MEMBERS_AND_OBSERVERS)
def test_country_has_a_record_or_says_why_not(cat, country):
    national = [o for o in cat if o.scope == country]
    explained = re.search(
        rf"\*\*{country}\*\* [^\n]*: searched in |\*\*{country}\*\* [^\n]*earlier search",
        WITHOUT_A_FILE,
    )
    assert national or explained, f"{country}: no record and no entry in docs/gaps.md"
    assert not (national and f"**{country}**" in WITHOUT_A_FILE), f"{country}: has a record"
