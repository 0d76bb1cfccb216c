"""The app never touches the network: the main use cases run with sockets disabled, and any
attempt to connect, resolve a name or open a socket fails the test."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop_app.cli import main

VCARDS = Path(__file__).resolve().parent / "data" / "vcards"


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args, **kwargs):
        raise NetworkAttempt(f"network access attempted: {args!r}")

    class GuardedSocket(socket.socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if family in (socket.AF_INET, socket.AF_INET6):
                refuse(family, type)
            super().__init__(family, type, proto, fileno)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse)


def test_the_guard_catches_a_connection():
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 80))


def test_browse_and_search_offline(capsys):
    assert main(["clusters", "queretaro", "--sector", "aerospace", "--format", "json"]) == 0
    assert main(["show", "mx-nle-claut"]) == 0
    assert main(["facets", "--by", "state"]) == 0
    assert "CLAUT" in capsys.readouterr().out


def test_fact_sheets_offline(tmp_path: Path):
    out = tmp_path / "sheets.pdf"
    assert main(["sheets", "--state", "Nuevo León", "--sector", "ict", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_contacts_in_and_out_offline(tmp_path: Path):
    vcard = next(iter(sorted(VCARDS.glob("*.vcf"))))
    assert main(["contacts", "import", str(vcard)]) == 0
    for fmt in ("vcf", "csv", "json"):
        out = tmp_path / f"contacts.{fmt}"
        assert main(["contacts", "export", str(out), "--format", fmt]) == 0
        assert out.stat().st_size > 0


def test_window_offline(qtbot):
    from desktop_app.services.context import AppContext
    from desktop_app.ui.main_window import MainWindow

    context = AppContext.default()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    context.close()
