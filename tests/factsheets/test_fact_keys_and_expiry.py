"""The facts the sheet, `show` and the profile pane share (`services.profile`): each has a key
that does not depend on the language, and one rule says when an ECEI label has expired, so that
the three say "expired" / "vencido" alike."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from desktop_app.catalogue.models import ClusterFilter
from desktop_app.cli import main
from desktop_app.services.browse import BrowseService
from desktop_app.services.profile import FACT_LABELS, key_facts, label_expired, label_text

BEFORE, LAST_DAY, AFTER = dt.date(2019, 6, 1), dt.date(2019, 6, 23), dt.date(2019, 6, 24)


@pytest.fixture
def browse(context) -> BrowseService:
    return BrowseService(context)


def test_every_fact_has_the_same_key_in_both_languages(browse):
    for summary in browse.search(ClusterFilter()):
        english = key_facts(browse.cluster(summary.id), BEFORE)
        spanish = key_facts(browse.cluster(summary.id, lang="es"), BEFORE)
        assert [f.key for f in english] == [f.key for f in spanish], summary.id
        for fact in english:
            assert fact.key in FACT_LABELS["en"] or fact.key == "committees_note"
    facts = {f.key: f for f in key_facts(browse.cluster("mx-gua-claugto", "es"), BEFORE)}
    assert facts["founded"].label == "Fundación" and facts["label"].label == "Sello ECEI"


def test_the_sheet_finds_its_facts_by_key_whatever_the_labels_say(context, monkeypatch):
    """Relabelled facts change nothing the sheet decides (which to skip, which are missing)."""
    from desktop_app.services import profile
    from desktop_app.services.sheets import SheetsService
    from tests.factsheets.conftest import page_text, read_pdf

    service = SheetsService(context, today=BEFORE)
    before = page_text(read_pdf(service.render(["mx-son-citic", "mx-nle-claut"],
                                               with_notes=True)).pages[1])
    monkeypatch.setitem(profile.FACT_LABELS, "en", {k: f"<{k}>" for k in FACT_LABELS["en"]})
    after = page_text(read_pdf(service.render(["mx-son-citic", "mx-nle-claut"],
                                              with_notes=True)).pages[1])
    assert "<label>" not in after and "<state>" not in after  # still shown in the header only
    assert "<members> 92" in after  # the labels printed are the services' own
    assert before.count("Not stated in the briefing") == after.count("Not stated in the briefing")
    citic = page_text(read_pdf(service.render(["mx-son-citic"], with_notes=True)).pages[0])
    assert "Not stated in the briefing: founding year, members, jobs, website, committees." \
        in citic


@pytest.mark.parametrize("today, expired", [(BEFORE, False), (LAST_DAY, False), (AFTER, True)])
def test_one_rule_for_an_expired_label(browse, today, expired):
    assert label_expired("2019-06-23", today) is expired
    english = browse.cluster("mx-nle-claut")  # gold, valid until 2019-06-23
    spanish = browse.cluster("mx-nle-claut", lang="es")
    assert label_text(english, today) == ("ECEI Gold label, valid until 2019-06-23"
                                          + (", expired" if expired else ""))
    assert label_text(spanish, today) == ("Sello de Oro de la ECEI, vigente hasta el 23 de junio "
                                          "de 2019" + (" (vencido)" if expired else ""))
    facts = {f.key: f.value for f in key_facts(english, today)}
    assert facts["label"] == label_text(english, today)


def test_no_label_no_expiry(browse):
    bare = browse.cluster("mx-son-citic")
    assert label_text(bare, AFTER) == "" and not label_expired(None, AFTER)
    assert "label" not in {f.key for f in key_facts(bare, AFTER)}


def test_by_default_the_rule_takes_todays_date(browse):
    # every label of the 2019 briefing ran out by 2021
    assert label_text(browse.cluster("mx-nle-claut")).endswith(", expired")
    assert label_expired("2999-01-01") is False


def test_show_says_expired_and_its_json_only_gains_a_field(capsys):
    assert main(["show", "mx-nle-claut", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "ECEI Gold label, valid until 2019-06-23, expired" in text
    assert main(["show", "mx-nle-claut", "--lang", "es"]) == 0
    spanish = " ".join(capsys.readouterr().out.split())
    assert "Sello de Oro de la ECEI, vigente hasta el 23 de junio de 2019 (vencido)" in spanish
    assert main(["show", "mx-nle-claut", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    from desktop_app.catalogue.detail_models import ClusterDetail

    fields = {f.name for f in dataclasses.fields(ClusterDetail)}
    assert set(record) == fields | {"label_expired"}  # added, nothing renamed
    assert record["label_expired"] is True and record["label_valid_until"] == "2019-06-23"
    assert main(["show", "mx-son-citic", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["label_expired"] is False


def test_show_in_english_keeps_its_layout(capsys):
    assert main(["show", "mx-gua-claugto", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == ["Cluster Automotriz de Guanajuato (CLAUGTO)",
                         "=" * len("Cluster Automotriz de Guanajuato (CLAUGTO)"),
                         "id: mx-gua-claugto"]
    assert lines[4:8] == ["State          Guanajuato", "Sector         Automotive",
                          "ECEI label     ECEI Bronze label, valid until 2020-05-04, expired",
                          "Founded        2012"]


def test_the_profile_pane_says_expired_too(browse):
    from desktop_app.ui.profile.profile_html import profile_html

    html = profile_html(browse.cluster("mx-nle-claut"))
    assert "ECEI Gold label, valid until 2019-06-23, expired" in html


def test_the_profile_pane_shows_a_list_one_item_per_line(browse):
    """Focus areas joined by "; " wrapped a lone ";" onto its own line in the narrow pane."""
    from desktop_app.ui.profile.profile_html import profile_html

    detail = browse.cluster("mx-que-aerocluster")
    focus = next(f for f in key_facts(detail) if f.key == "focus")
    assert focus.items == tuple(detail.focus_areas) and focus.value == "; ".join(focus.items)
    html = profile_html(detail)
    assert "<br>".join(f"•&nbsp;{item}" for item in focus.items[:2]) in html
    assert "; ".join(focus.items[:2]) not in html
