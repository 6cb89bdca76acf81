"""The command line speaks English whatever the system language; --help says so."""

from __future__ import annotations

import pytest

from xorgui.headless.cli import main


def test_help_says_the_command_line_is_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "The command line speaks English" in text
    assert "View > Language" in text
