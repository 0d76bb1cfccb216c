"""The short crash campaign (issue 11): 49 SIGKILLs, seven of each kind of write (note, bookmark,
contact edit, import, restore, migration from each older version), then the data opened as the
application opens it: nothing committed lost, nothing damaged, no transaction half there, no
temporary file left. `benchmarks/bench_crash_campaign.py` runs the full campaign (1,000 kills,
imports of 5,000 contacts); this one imports 1,000 to stay under a minute."""

from __future__ import annotations

import signal

import pytest

from benchmarks.bench_crash_campaign import Campaign, kinds

pytestmark = [pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
              pytest.mark.slow]


def test_fifty_kills_during_every_kind_of_write_lose_nothing(catalogue_file, monkeypatch):
    monkeypatch.setenv("CLUSTER_ATLAS_CATALOGUE", str(catalogue_file))
    campaign = Campaign(trials=7 * len(kinds()), seed=11, import_size=1000).run()
    summary = campaign.summary()
    assert set(summary["kinds"]) == set(kinds())
    failures = [(o.kind, o.lost, o.damaged, o.partial, o.leftovers, o.error)
                for o in campaign.failures()]
    assert failures == []
    total = summary["total"]
    # the kills came during the writes, not after them, and the writers did commit
    assert total["killed during the write"] >= 0.6 * total["trials"]
    assert total["records reported committed"] > 100
