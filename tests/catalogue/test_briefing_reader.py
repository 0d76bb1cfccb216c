"""The independent reader of Table 6 reads what a person counts by hand; without the briefing,
the tests that need it skip with a reason instead of failing."""

from pathlib import Path

import pytest

from tests.catalogue.briefing import briefing_text, table6_rows


def test_table6_has_88_rows_over_24_states_with_87_stated():
    rows, stated = table6_rows()
    assert len(rows) == 88
    assert len(stated) == 24
    assert sum(stated.values()) == 87
    assert stated["SLP"] == 2 and sum(1 for r in rows if r[0] == "SLP") == 3


def test_a_missing_briefing_skips_with_the_reason(tmp_path: Path, monkeypatch):
    missing = tmp_path / "nowhere" / "briefing.txt"
    monkeypatch.setenv("CLUSTER_ATLAS_BRIEFING", str(missing))
    with pytest.raises(pytest.skip.Exception) as skipped:
        briefing_text()
    assert str(missing) in str(skipped.value) and "kept out of the repository" in str(skipped.value)
