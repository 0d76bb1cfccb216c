"""The fact sheet in Spanish (issue 16), read back with pypdf: the catalogue's Spanish text,
Spanish numbers and dates (Babel), the Spanish words of the sheet; a public sheet that is still
safe to hand over, an internal one that still lists what was promised."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.factsheets.model import ContactEntry, FollowUpEntry, NoteEntry, UserPart
from tests.factsheets.conftest import SECRET, page_text, read_pdf, squashed


def _service(context, today: dt.date = dt.date(2025, 1, 1), part: UserPart | None = None):
    from desktop_app.services.sheets import SheetsService

    return SheetsService(context, today=today, lang="es",
                         user_part=(lambda cluster_id: part) if part else None)


def _text(service, cluster_id: str, with_notes: bool = False, paper: str = "a4") -> str:
    return page_text(read_pdf(service.render([cluster_id], paper=paper,
                                             with_notes=with_notes)).pages[0])


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_numbers_money_and_the_sector_in_spanish(context, paper):
    text = _text(_service(context), "mx-bcn-aerospace-alliance", paper=paper)
    assert "Baja California · Aeroespacial" in text  # the sector's Spanish name
    assert "AEROESPACIAL EN MÉXICO" in text
    assert "711 millones de euros" in text and "1,1 mil millones de euros" in text
    assert "1.374,46 millones de euros (2015)" in text  # exports: a decimal comma
    assert "más de 35.000 empleos directos" in text
    assert "14.º" in text
    # a heading of the Spanish length wraps, never cut
    assert "OTROS CLÚSTERES DEL SECTOR AEROESPACIAL EN BAJA CALIFORNIA" in text
    # the briefing's English wording of the sector is not shown beside the Spanish name
    assert "(en el informe: Aerospace)" not in text


def test_millions_of_vehicles(context):
    text = _text(_service(context), "mx-gua-claugto")
    assert "3,47 millones de vehículos" in text
    assert "119 (70 miembros Tier 1, 17 proveedores en desarrollo" in text
    assert "Fundación 2012" in text


def test_the_datas_date_and_the_days_date_in_spanish(context):
    text = _text(_service(context), "mx-nle-claut")
    assert "Datos: informe preparatorio de la ECCP, marzo de 2019" in text
    assert text.index("Datos:") < text.index("Cluster Automotriz de Nuevo León")
    assert "generada el 1 de enero de 2025" in text
    assert "Preparatory Briefing on Mexico V2.0, marzo de 2019" in text
    assert "FICHA DEL CLÚSTER · MÉXICO" in text and "Ficha pública" in text


def test_an_expired_label_says_vencido(context):
    before = _text(_service(context, dt.date(2019, 6, 1)), "mx-nle-claut")
    after = _text(_service(context, dt.date(2019, 6, 24)), "mx-nle-claut")
    assert "SELLO DE CALIDAD ECEI SELLO DE ORO vigente hasta el 23 jun 2019" in before
    assert "VENCIDO" not in before
    assert "vigente hasta el 23 jun 2019, VENCIDO" in after


def test_an_expired_label_in_a_list_says_vencido(context):
    # IJALTI's page lists CIAT (bronze, valid until 2019-06-17) among Jalisco's ICT clusters
    before = _text(_service(context, dt.date(2019, 6, 17)), "mx-jal-ijalti")
    after = _text(_service(context, dt.date(2019, 6, 18)), "mx-jal-ijalti")
    assert "(CIAT) · Sello de Bronce" in before and "(vencido)" not in before
    assert "(CIAT) · Sello de Bronce (vencido)" in after


def test_the_internal_sheet_in_spanish(context):
    contact = ContactEntry("Ana Ruiz", "Directora", "Org", "ana.ruiz@example.mx",
                           "+52 81 1234 5678 ext. 1234", (
                               FollowUpEntry("2024-05-20", "Visitar la planta"),
                               FollowUpEntry("2024-06-10", "Enviar el folleto"),
                               FollowUpEntry("", "Invitar a Hannover")))
    part = UserPart(bookmarked=True, lists=["Monterrey, marzo"],
                    notes=[NoteEntry(dt.date(2024, 3, 12), "Conocimos al director."),
                           NoteEntry(dt.datetime(2024, 3, 15, 9, 30), SECRET)],
                    contacts=[contact])
    service = _service(context, dt.date(2024, 6, 1), part)
    internal = _text(service, "mx-nle-claut", with_notes=True)
    assert internal.startswith("USO INTERNO — CONTIENE NOTAS PRIVADAS · ★ EN FAVORITOS")
    assert "Uso interno — contiene notas privadas" in internal  # the footer
    assert "NOTAS PRIVADAS" in internal and "CONTACTOS VINCULADOS" in internal
    assert "12 mar 2024 Conocimos al director." in internal
    assert "15 mar 2024 09:30" in internal
    assert "Vencía el 20 may 2024: Visitar la planta" in internal
    assert "Pendiente para el 10 jun 2024: Enviar el folleto" in internal
    assert "Pendiente: Invitar a Hannover" in internal
    assert "★ En favoritos · En sus listas: Monterrey, marzo" in internal
    assert "+52 81 1234 5678 ext. 1234" in internal and "ana.ruiz@example.mx" in squashed(internal)
    public = _text(service, "mx-nle-claut")
    assert "SECRET-NOTE" not in squashed(public) and "Ana Ruiz" not in public
    assert "USO INTERNO" not in public and "Ficha pública" in public


def test_editing_remarks_stay_on_the_internal_spanish_sheet(context):
    service = _service(context)
    public = _text(service, "mx-son-citic")  # the briefing states none of its facts
    internal = _text(service, "mx-son-citic", with_notes=True)
    assert "DATOS CLAVE" not in public and "El informe no indica:" not in public
    assert ("DATOS CLAVE El informe no indica: año de fundación, miembros, empleos, sitio web, "
            "comités.") in internal
    assert "El informe no indica un sitio web. Busque el nombre del clúster" in public


def test_a_long_name_is_whole_in_spanish(context):
    from desktop_app.catalogue.models import ClusterFilter

    service = _service(context)
    names = {cid: " ".join(service._browse.cluster(cid).name.split())
             for cid in service.ids_for_filter(ClusterFilter())}
    longest = max(names, key=lambda cid: len(names[cid]))
    longest_it = max((cid for cid in names
                      if names[cid].startswith("Cluster de Tecnologías de la Información")),
                     key=lambda cid: len(names[cid]))
    for cluster_id in (longest, longest_it):
        for paper in ("a4", "letter"):
            for with_notes in (False, True):
                assert names[cluster_id] in _text(service, cluster_id, with_notes, paper)
