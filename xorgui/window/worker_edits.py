"""The training worker's commands for weights set by hand.

A part of `TrainingWorker` (it inherits them): like every command they only
post to the worker's queue from the GUI thread; `edit_job` refuses an edit
while training and says why through `notice`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from xorgui.window.worker_jobs import edit_job

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from xorgui.core.hand_edit import ParameterRef
    from xorgui.core.network import Layer
    from xorgui.core.session import RunSession


class EditCommands:
    """Set one weight or bias, or every one, by hand."""

    # Provided by TrainingWorker.
    _session: RunSession | None
    notice: SignalInstance
    _post: Callable[..., None]
    _emit: Callable[..., None]

    def set_parameter(self, ref: ParameterRef, value: float) -> None:
        """Set one weight or bias by hand; refused while training (`edit_job`)."""
        self._post(self._do_edit, ref, value)

    def set_layers(self, layers: tuple[Layer, ...], preset: str | None = None) -> None:
        """Set every weight and bias by hand (`preset` names them), likewise."""
        self._post(self._do_edit, layers, preset)

    def _do_edit(self, what: ParameterRef | tuple[Layer, ...], extra: Any) -> None:
        if edit_job(self._session, what, extra, self.notice.emit):
            self._emit(force=True)
