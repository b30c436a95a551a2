"""Gleditsch-Ward state numbers, which UCDP's API takes as its Country filter. The numbers are
checked against the GWNO/country_id columns of real ACLED and UCDP exports (tests/test_download.py);
a country not listed here can be given by its number."""

from __future__ import annotations

from ..i18n import tr
from .http import DownloadError

GW_NUMBERS: dict[str, int] = {
    "United States": 2, "Canada": 20, "Cuba": 40, "Haiti": 41, "Dominican Republic": 42, "Jamaica": 51,
    "Mexico": 70, "Guatemala": 90, "Honduras": 91, "El Salvador": 92, "Nicaragua": 93, "Costa Rica": 94,
    "Panama": 95, "Colombia": 100, "Venezuela": 101, "Guyana": 110, "Ecuador": 130, "Peru": 135, "Brazil": 140,
    "Bolivia": 145, "Paraguay": 150, "Chile": 155, "Argentina": 160, "Uruguay": 165,
    "United Kingdom": 200, "Ireland": 205, "Netherlands": 210, "Belgium": 211, "France": 220, "Spain": 230,
    "Portugal": 235, "Germany": 260, "Poland": 290, "Austria": 305, "Hungary": 310, "Italy": 325,
    "Albania": 339, "Montenegro": 341, "North Macedonia": 343, "Croatia": 344, "Serbia": 345,
    "Bosnia and Herzegovina": 346, "Kosovo": 347, "Greece": 350, "Cyprus": 352, "Bulgaria": 355, "Moldova": 359,
    "Romania": 360, "Russia": 365, "Ukraine": 369, "Belarus": 370, "Armenia": 371, "Georgia": 372,
    "Azerbaijan": 373,
    "Equatorial Guinea": 411, "Guinea-Bissau": 404, "Gambia": 420, "Mali": 432, "Senegal": 433, "Benin": 434,
    "Mauritania": 435, "Niger": 436, "Ivory Coast": 437, "Guinea": 438, "Burkina Faso": 439, "Liberia": 450,
    "Sierra Leone": 451, "Ghana": 452, "Togo": 461, "Cameroon": 471, "Nigeria": 475, "Gabon": 481,
    "Central African Republic": 482, "Chad": 483, "Republic of Congo": 484, "Democratic Republic of Congo": 490,
    "Uganda": 500, "Kenya": 501, "Tanzania": 510, "Burundi": 516, "Rwanda": 517, "Somalia": 520, "Djibouti": 522,
    "Ethiopia": 530, "Eritrea": 531, "Angola": 540, "Mozambique": 541, "Zambia": 551, "Zimbabwe": 552,
    "Malawi": 553, "South Africa": 560, "Namibia": 565, "Lesotho": 570, "Botswana": 571, "Eswatini": 572,
    "Madagascar": 580, "Comoros": 581,
    "Morocco": 600, "Algeria": 615, "Tunisia": 616, "Libya": 620, "Sudan": 625, "South Sudan": 626, "Iran": 630,
    "Turkey": 640, "Iraq": 645, "Egypt": 651, "Syria": 652, "Lebanon": 660, "Jordan": 663, "Israel": 666,
    "Saudi Arabia": 670, "Yemen": 678, "Kuwait": 690, "Bahrain": 692, "Qatar": 694, "United Arab Emirates": 696,
    "Oman": 698,
    "Afghanistan": 700, "Turkmenistan": 701, "Tajikistan": 702, "Kyrgyzstan": 703, "Uzbekistan": 704,
    "Kazakhstan": 705, "China": 710, "Mongolia": 712, "Taiwan": 713, "North Korea": 731, "South Korea": 732,
    "Japan": 740, "India": 750, "Pakistan": 770, "Bangladesh": 771, "Myanmar": 775, "Sri Lanka": 780,
    "Nepal": 790, "Thailand": 800, "Cambodia": 811, "Laos": 812, "Vietnam": 816, "Malaysia": 820,
    "Philippines": 840, "Indonesia": 850, "East Timor": 860, "Papua New Guinea": 910,
}  # fmt: skip
# Other names analysts and the datasets use (ACLED, UCDP, Natural Earth).
ALIASES = {
    "usa": "United States", "united states of america": "United States", "uk": "United Kingdom",
    "côte d'ivoire": "Ivory Coast", "cote d'ivoire": "Ivory Coast", "dr congo": "Democratic Republic of Congo",
    "dr congo (zaire)": "Democratic Republic of Congo",
    "democratic republic of the congo": "Democratic Republic of Congo",
    "congo": "Republic of Congo", "republic of the congo": "Republic of Congo", "swaziland": "Eswatini",
    "kingdom of eswatini": "Eswatini", "myanmar (burma)": "Myanmar", "burma": "Myanmar",
    "yemen (north yemen)": "Yemen", "macedonia": "North Macedonia", "macedonia, fyr": "North Macedonia",
    "bosnia-herzegovina": "Bosnia and Herzegovina", "russia (soviet union)": "Russia", "russian federation": "Russia",
    "cambodia (kampuchea)": "Cambodia", "iran (islamic republic of)": "Iran", "syrian arab republic": "Syria",
    "timor-leste": "East Timor", "turkiye": "Turkey", "türkiye": "Turkey", "the gambia": "Gambia",
    "serbia (yugoslavia)": "Serbia", "zimbabwe (rhodesia)": "Zimbabwe", "madagascar (malagasy)": "Madagascar",
}  # fmt: skip
_BY_NAME = {name.casefold(): number for name, number in GW_NUMBERS.items()}


def gw_number(country: str) -> int:
    """The Gleditsch-Ward number of a country name (or of a number given as text)."""
    text = str(country).strip()
    if text.isdigit():
        return int(text)
    key = text.casefold()
    number = _BY_NAME.get(key) or _BY_NAME.get(ALIASES.get(key, "").casefold())
    if number is None:
        raise DownloadError(
            tr(
                "UCDP's API selects countries by their Gleditsch-Ward number, and '{name}' is not one this plugin "
                "knows: give the number instead (Iraq is 645; UCDP's country_id column lists them)"
            ).format(name=text)
        )
    return number


def ucdp_names(numbers) -> tuple[str, ...]:
    """The names a country of these numbers may carry in UCDP's rows (for an update's scope)."""
    wanted = set(numbers)
    names = {name for name, number in GW_NUMBERS.items() if number in wanted}
    names |= {alias for alias, name in ALIASES.items() if GW_NUMBERS.get(name) in wanted}
    return tuple(sorted(names))
