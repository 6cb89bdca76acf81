"""What the app remembers between sessions, read back defensively.

Values live in `QSettings()` (organisation and application names are set in
app.py). Anything stored there can be stale, corrupt or written by someone
else: a value that does not read back as the right type reads as "nothing
saved", so a bad settings file can never stop the app from starting.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from xorgui.core.config import TrainConfig
from xorgui.core.refusal import Refusal
from xorgui.core.untrusted import load_json

CONFIG_KEY = "training/config"
LOG_SCALE_KEY = "lossPlot/logScale"
CAMERA_KEY = "surface/camera"
FOLDER_KEY = "files/lastFolder"
LARGER_TEXT_KEY = "view/largerText"
LANGUAGE_KEY = "view/language"
LAYOUT_GROUP = "layout"


class Settings:
    """Typed access to the app's QSettings; every getter may return its default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def layout_state(self, name: str) -> QByteArray | None:
        """Saved window geometry or splitter state called `name`, if usable."""
        value = self._store.value(f"{LAYOUT_GROUP}/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout_state(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"{LAYOUT_GROUP}/{name}", state)

    def config(self) -> TrainConfig | None:
        """The last session's configuration, or None if there is none usable."""
        text = self._store.value(CONFIG_KEY)
        if not isinstance(text, str):
            return None
        try:
            return TrainConfig.from_json(text)
        except Refusal:
            return None

    def set_config(self, config: TrainConfig) -> None:
        self._store.setValue(CONFIG_KEY, json.dumps(config.to_dict()))

    def log_scale(self) -> bool:
        return _as_bool(self._store.value(LOG_SCALE_KEY), default=False)

    def set_log_scale(self, on: bool) -> None:
        self._store.setValue(LOG_SCALE_KEY, bool(on))

    def larger_text(self) -> bool:
        return _as_bool(self._store.value(LARGER_TEXT_KEY), default=False)

    def set_larger_text(self, on: bool) -> None:
        self._store.setValue(LARGER_TEXT_KEY, bool(on))

    def language(self) -> str | None:
        """The interface language picked in View > Language ("ja"), or None."""
        value = self._store.value(LANGUAGE_KEY)
        return value if isinstance(value, str) and value else None

    def set_language(self, code: str) -> None:
        self._store.setValue(LANGUAGE_KEY, code)

    def camera_state(self) -> dict[str, Any] | None:
        """The saved 3-D camera (plain numbers), or None."""
        text = self._store.value(CAMERA_KEY)
        if not isinstance(text, str):
            return None
        try:
            state = load_json(text, CAMERA_KEY)
        except ValueError:  # malformed (JSONDecodeError) or refused
            return None
        return state if isinstance(state, dict) else None

    def set_camera_state(self, state: dict[str, Any]) -> None:
        """Remember `state`; one that is not plain finite numbers is not saved."""
        try:
            text = json.dumps(state, allow_nan=False)
        except (TypeError, ValueError):
            return
        self._store.setValue(CAMERA_KEY, text)

    def last_folder(self) -> str:
        """Where the last file was opened or saved ("" for none)."""
        value = self._store.value(FOLDER_KEY)
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: str) -> None:
        self._store.setValue(FOLDER_KEY, folder)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._store.sync()


def _as_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default
