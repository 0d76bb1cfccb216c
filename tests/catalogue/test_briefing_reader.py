"""The independent reader of Table 6 reads what a person counts by hand."""

from tests.catalogue.briefing import table6_rows


def test_table6_has_88_rows_over_24_states_with_87_stated():
    rows, stated = table6_rows()
    assert len(rows) == 88
    assert len(stated) == 24
    assert sum(stated.values()) == 87
    assert stated["SLP"] == 2 and sum(1 for r in rows if r[0] == "SLP") == 3
