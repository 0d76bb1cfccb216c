"""Fixtures for the mission tests: services over the real catalogue and a fresh data folder."""

from __future__ import annotations

import pytest

from desktop_app.services.agenda import AgendaService
from desktop_app.services.contacts import ContactsService
from desktop_app.services.missions import MissionsService
from desktop_app.userdata.models import Contact, Email, Phone
from tests.user_fixtures import make_context  # noqa: F401  (fixture)

# Clusters of the real catalogue in the three cities of the example.
MONTERREY = "mx-nle-claut"  # Nuevo León: America/Monterrey
QUERETARO = "mx-que-aerocluster"  # Querétaro: America/Mexico_City
TIJUANA = "mx-bcn-aerospace-alliance"  # Baja California: America/Tijuana


@pytest.fixture
def missions(context) -> MissionsService:
    return MissionsService(context)


@pytest.fixture
def agenda(context, missions) -> AgendaService:
    return AgendaService(context, missions)


@pytest.fixture
def contacts(context) -> ContactsService:
    return ContactsService(context)


@pytest.fixture
def maria(contacts) -> Contact:
    return contacts.save(Contact(full_name="María Pérez", organisation="CLAUT",
                                 role="Directora", emails=[Email("maria@claut.mx")],
                                 phones=[Phone("+52 81 1234 5678", "mobile")],
                                 cluster_ids=[MONTERREY]))


@pytest.fixture
def trip(missions):
    """A five-day mission with a delegation of two."""
    mission = missions.create("Monterrey, Querétaro, Tijuana", start="2025-07-14",
                              end="2025-07-18", purpose="Automotive and aerospace partners",
                              home_tz="Europe/Madrid")
    missions.add_member(mission.id, "Ana García", organisation="Cluster Auto Spain",
                        role="Head of delegation", phone="+34 600 000 001",
                        email="ana@example.es")
    missions.add_member(mission.id, "Ben Jones", organisation="Aero UK")
    return missions.get(mission.id)
