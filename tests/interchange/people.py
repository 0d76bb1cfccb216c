"""Three contacts that use every field (accents, CJK, ";" and "," in values, several emails and
phones with kinds, follow-ups, dated notes): what the round-trip and fuzz tests write and read."""

from __future__ import annotations

from desktop_app.userdata.models import (
    Address,
    Contact,
    DatedNote,
    Email,
    FollowUp,
    Phone,
)


def people() -> list[Contact]:
    return [
        Contact(
            full_name="María José Pérez-Núñez", given_name="María José",
            family_name="Pérez-Núñez", organisation="CLAUT, A.C.", role="Directora; general",
            emails=[Email("mj@claut.mx", "work"), Email("mjperez@gmail.com", "home"),
                    Email("mj.otro@yahoo.com.mx", "other")],
            phones=[Phone("+52 81 1234 5678", "mobile"), Phone("+52 81 8888 0000", "work"),
                    Phone("+52 81 8888 0001", "work fax"), Phone("+52 55 5555 0000", "home")],
            website="https://www.claut.com.mx",
            address=Address(street="Av. Constitución 100\nPiso 3", city="Monterrey",
                            region="Nuevo León", postal_code="64000", country="México",
                            kind="work"),
            cluster_ids=["mx-nle-claut", "mx-coa-auto"], tags=["automotive", "mission 2024"],
            met_where="Hannover Messe, hall 4", met_when="2024-04-22", met_by="Ana Silva",
            priority=3,
            follow_ups=[FollowUp("Send the brochure; in Spanish", "2024-05-01", "open", "f-1",
                                 "2024-04-22T10:00:00Z"),
                        FollowUp("Introduce to Querétaro", "", "done", "f-2",
                                 "2024-04-22T10:00:00Z")],
            notes=[DatedNote("Wants a visit in June.\nLikes: golf, tequila \\ mezcal",
                             "2024-04-22T10:00:00Z", "n-1"),
                   DatedNote("Second meeting: \"very\" keen", "2024-04-23T09:00:00Z", "n-2")],
            uid="3f1c-uid-maria"),
        Contact(full_name="李小龙 (Bruce)", organisation="Shenzhen Parts 深圳",
                emails=[Email("bruce@parts.cn"), Email("b.lee@gmail.com")],
                phones=[Phone("+86 755 1234 5678"), Phone("+86 138 0013 8000", "mobile")],
                tags=["china"], uid="uid-bruce"),
        Contact(organisation="Front desk only", emails=[Email("info@front.mx", "work")],
                uid="uid-desk"),
    ]
