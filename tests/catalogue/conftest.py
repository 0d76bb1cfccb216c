"""The catalogue tests read the command line's output in English unless they ask for Spanish:
the developer's own locale must not change what they see (`--lang` defaults to the system's)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
