"""Each state's clock, checked against the tz database's own description of its zones, and local
times with their zone (the issue's examples: 10:00 in Tijuana in July is 17:00 UTC, in Monterrey
16:00 UTC; daylight saving time only along the US border)."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from desktop_app.errors import InvalidInput, NotFound
from desktop_app.missions import zones
from desktop_app.userdata.db import fold

UTC = dt.UTC


def _zone_tab() -> dict[str, str]:
    """zone -> comment of the Mexican rows of the tz database's zone.tab (shipped by tzdata)."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.startswith("MX\t")]
    return {row[2]: row[3] if len(row) > 3 else "" for row in rows}


def test_every_state_of_the_catalogue_has_a_zone(context):
    from desktop_app.services.browse import BrowseService

    codes = {s["code"] for s in BrowseService(context).states()}
    assert len(codes) == 32 and codes == set(zones.STATE_ZONES)


def test_each_state_zone_is_the_one_zone_tab_says_covers_it(context):
    """A state's zone is the zone whose zone.tab comment names the state (its most areas), or
    America/Mexico_City ('Central Mexico') for the states no other zone names."""
    from desktop_app.services.browse import BrowseService

    tab = _zone_tab()
    names = {s["code"]: s["name"] for s in BrowseService(context).states()}
    named_by: dict[str, list[str]] = {}
    for zone_name, comment in tab.items():
        for code, name in names.items():
            state = fold(name).replace("estado de ", "")
            if state in fold(comment) and not (state == "baja california"
                                                and "baja california sur" in fold(comment)
                                                and code == "BCN"):
                named_by.setdefault(code, []).append(zone_name)
    for code, zone_name in zones.STATE_ZONES.items():
        assert zone_name in tab, zone_name
        candidates = named_by.get(code)
        if candidates:
            # the zone of the state's most areas, not of a border strip or a single municipality
            main = [z for z in candidates if "border" not in tab[z].lower()]
            assert zone_name in main, (code, zone_name, candidates)
        else:
            assert zone_name == zones.MEXICO_CITY and tab[zone_name] == "Central Mexico", code


def test_border_cities_have_the_zone_tab_border_zones():
    tab = _zone_tab()
    for city, zone_name in zones.CITY_ZONES.items():
        assert zone_name in tab, city
        assert "border" in tab[zone_name].lower() or "banderas" in tab[zone_name].lower()


@pytest.mark.parametrize("state, hour_utc", [("BCN", 17), ("NLE", 16), ("QUE", 16),
                                             ("SON", 17), ("ROO", 15), ("CHH", 16)])
def test_ten_in_the_morning_in_july(state, hour_utc):
    start = zones.localize(dt.datetime(2025, 7, 15, 10, 0), zones.state_zone(state))
    assert start.astimezone(UTC) == dt.datetime(2025, 7, 15, hour_utc, 0, tzinfo=UTC)


def test_daylight_saving_time_only_along_the_border():
    with_dst = {code for code, z in zones.STATE_ZONES.items() if zones.observes_dst(z, 2025)}
    assert with_dst == {"BCN"}  # of the states' defaults: Baja California follows US dates
    for city in ("Ciudad Juárez", "Matamoros", "Nuevo Laredo", "Piedras Negras", "Ojinaga"):
        assert zones.observes_dst(zones.city_zone(city), 2025), city
    assert not zones.observes_dst(zones.city_zone("Bahía de Banderas"), 2025)
    # Tijuana in January is UTC-8, Juárez in July UTC-6 (US mountain daylight time)
    january = zones.localize(dt.datetime(2025, 1, 15, 10), "America/Tijuana")
    assert january.astimezone(UTC).hour == 18
    assert zones.offset_text(zones.localize(dt.datetime(2025, 7, 1, 9),
                                            "America/Ciudad_Juarez")) == "UTC-6"


def test_the_default_zone_prefers_a_border_city_to_its_state():
    assert zones.default_zone("CHH") == "America/Chihuahua"
    assert zones.default_zone("CHH", "Ciudad Juarez") == "America/Ciudad_Juarez"
    assert zones.default_zone("TAM", " reynosa ") == "America/Matamoros"
    assert zones.default_zone("TAM", "Tampico") == "America/Monterrey"
    assert zones.default_zone(None, "") is None


def test_a_wall_time_the_clocks_skip_is_refused_and_a_repeated_one_is_the_first():
    with pytest.raises(InvalidInput, match="does not exist"):
        zones.localize(dt.datetime(2025, 3, 9, 2, 30), "America/Tijuana")
    twice = zones.localize(dt.datetime(2025, 11, 2, 1, 30), "America/Tijuana")
    assert twice.astimezone(UTC).hour == 8  # 01:30 PDT, the first of the two


@pytest.mark.parametrize("text", ["2025-07-15 25:00", "15/07/2025 10:00", "2025-02-30", "",
                                  "tomorrow"])
def test_bad_times_are_refused(text):
    with pytest.raises(InvalidInput, match="YYYY-MM-DD HH:MM"):
        zones.parse_local(text)


def test_local_times_parse_as_wall_times_or_whole_days():
    assert zones.parse_local("2025-07-15 9:05") == (dt.datetime(2025, 7, 15, 9, 5), False)
    assert zones.parse_local("2025-07-15T10:00") == (dt.datetime(2025, 7, 15, 10, 0), False)
    assert zones.parse_local("2025-07-15") == (dt.date(2025, 7, 15), True)


@pytest.mark.parametrize("name", ["Mars/Base", "Central Standard Time (Mexico)", "",
                                  "../etc/passwd", "/America/Tijuana"])
def test_unknown_zones_are_not_found(name):
    with pytest.raises(NotFound, match="Unknown time zone"):
        zones.check_zone(name)
