"""Hand edits in the interface's language: a parameter's name, an edit, and why
an edit cannot be made.

The core (xorgui.core.hand_edit.edits) names these in English for the files it
writes ("model edited by hand at epoch 3: ..."); the window says them in the
language a person chose, from the same structured values (a ParameterRef, an
Edit, a HandEditError's `problem` and `values`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.hand_edit.edits import Edit, HandEditError, ParameterRef, unit_name
from xorgui.core.hand_edit.preset import PRESET_NAME

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def parameter_words(
    ref: ParameterRef,
    layer_count: int,
    *,
    first: bool = False,
    features: tuple[str, ...] = DEFAULT_FEATURES,
) -> str:
    """ "the weight h1.1 <- x2" or "the bias of y" (capitalised when `first`
    in a sentence, as a tooltip starts; the inputs named by `features`)."""
    unit = unit_name(ref.layer, ref.row, layer_count)
    if ref.col is None:
        if first:
            return translate("edit_words", "The bias of {unit}").format(unit=unit)
        return translate("edit_words", "the bias of {unit}").format(unit=unit)
    source = unit_name(ref.layer - 1, ref.col, layer_count, features)
    if first:
        text = translate("edit_words", "The weight {unit} <- {source}")
    else:
        text = translate("edit_words", "the weight {unit} <- {source}")
    return text.format(unit=unit, source=source)


def preset_words(name: str) -> str:
    """A preset's name (a name the window does not know stays as it is)."""
    known = {PRESET_NAME: translate("edit_words", "hand-made XOR (OR, NAND, AND)")}
    return known.get(name, name)


def edit_words(edit: Edit) -> str:
    """What `edit` changed, in one line (as Edit.describe says it in English)."""
    if edit.preset is not None:
        return translate("edit_words", "set to the {preset} preset").format(
            preset=preset_words(edit.preset)
        )
    if len(edit.changes) == 1:
        change = edit.changes[0]
        return translate(
            "edit_words", "{parameter} set to {after:g} (was {before:.6g})"
        ).format(
            parameter=parameter_words(change.parameter, edit.layer_count),
            after=change.after,
            before=change.before,
        )
    return translate("edit_words", "{count} weights and biases set by hand").format(
        count=len(edit.changes)
    )


def problem_words(error: HandEditError) -> str:
    """Why an edit cannot be made, from the error's problem and values."""
    problems = {
        "no_layer": translate("edit_words", "the network has no layer {layer}"),
        "no_unit": translate("edit_words", "layer {layer} has no unit {unit}"),
        "no_input": translate("edit_words", "layer {layer} has no input {input}"),
        "not_finite": translate("edit_words", "a weight must be a finite number"),
        "too_large": translate(
            "edit_words", "a weight must lie between {low:g} and {high:g}"
        ),
        "not_a_number": translate(
            "edit_words", "{text} is not a number: type one such as -2.5"
        ),
        "empty": translate(
            "edit_words", "nothing was typed: type a number such as -2.5"
        ),
        "wrong_shape": translate(
            "edit_words", "the new weights do not fit this network's shape"
        ),
    }
    return problems[error.problem].format(**error.values)
