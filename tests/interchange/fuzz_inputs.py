"""Inputs for the property tests of the readers and of the import (a helper, not a test module):
small real files as seeds, tokens that vCard readers stumble on, and a strategy that mutates."""

from __future__ import annotations

from hypothesis import strategies as st

from desktop_app.interchange.csv_write import write_google_csv, write_outlook_csv
from tests.interchange.people import people
from tests.user_fixtures import VCARD_FILES

# small real files (the big photos make mutation slow without finding more)
SEEDS = [p.read_bytes() for p in VCARD_FILES if p.stat().st_size < 12_000]
CSV_SEEDS = [write_google_csv(people()), write_outlook_csv(people()),
             b"Name,Email,Phone\nAna,ana@x.mx,55 1234 5678\n"]
TOKENS = [b"BEGIN:VCARD", b"END:VCARD", b"VERSION:2.1", b"VERSION:4.0", b"\r\n", b"\n", b"\r",
          b" ", b"\t", b"=", b"=0D=0A", b"=\r\n", b";", b":", b",", b"\\", b"\\n", b'"', b"^",
          b"item1.", b"X-ABLabel:", b"ENCODING=QUOTED-PRINTABLE", b"CHARSET=SHIFT_JIS",
          b"CHARSET=utf-16", b"CHARSET=zlib", b"CHARSET=idna", b"CHARSET=nonsense",
          b"ENCODING=BASE64", b"PHOTO;ENCODING=b:", b"PHOTO:data:image/png;base64,", b"TYPE=",
          b"\xff", b"\x00", b"\x81\x5c", b"\xef\xbb\xbf", b"\xff\xfe", b"N:", b"FN:", b"EMAIL:",
          b"TEL;CELL:", b"ADR:", b"CATEGORIES:", b"NOTE:", b"UID:", b"AGENT:BEGIN:VCARD",
          b"X-CLUSTER-ATLAS-FOLLOW-UP;X-STATE=odd:", b"X-CLUSTER-ATLAS-PRIORITY:9"]


@st.composite
def mutated(draw, seeds):
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            data += draw(st.sampled_from(TOKENS))
            continue
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "truncate", "token",
                                     "duplicate"]))
        if kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif kind == "replace":
            data[at] = draw(st.integers(0, 255))
        elif kind == "truncate":
            del data[at:]
        elif kind == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        else:
            end = min(len(data), at + draw(st.integers(1, 200)))
            data[at:at] = data[at:end]
    return bytes(data)
