"""A session keeps the epoch that was shown when it was saved (an earlier one
looked back at, or None for the latest); files written before it was kept
open at the latest, and an epoch outside the run is refused."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from test_session_file import manifest_with, rewritten, trained  # tests/core/

from xorgui.core.config import TrainConfig
from xorgui.core.refusal import Refusal
from xorgui.core.session.file import (
    SessionData,
    parse_session,
    session_bytes,
)


def saved_at(shown: int | None) -> bytes:
    return session_bytes(SessionData(trained(TrainConfig(), 300).saved_run(shown)))


@pytest.mark.parametrize("shown", [None, 0, 120, 300])
def test_the_shown_epoch_travels_with_the_session(shown: int | None) -> None:
    assert parse_session(saved_at(shown)).run.shown_epoch == shown


def test_a_file_from_before_opens_at_the_latest_epoch() -> None:
    content = saved_at(120)
    archive = zipfile.ZipFile(io.BytesIO(content))
    manifest = json.loads(archive.read("session.json"))
    del manifest["shown_epoch"]
    older = rewritten(content, {"session.json": json.dumps(manifest).encode()})
    assert parse_session(older).run.shown_epoch is None


@pytest.mark.parametrize("shown", [301, -1, "120", 12.0, True])
def test_a_shown_epoch_outside_the_run_is_refused(shown: object) -> None:
    with pytest.raises(Refusal, match="the epoch it showed"):
        parse_session(manifest_with(saved_at(None), shown_epoch=shown))
