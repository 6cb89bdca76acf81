"""What the hidden space view says in words: can one line cut the 1s from the
0s here yet, and what the drawing leaves out.

The article's lesson in one sentence: XOR cannot be cut by one line in the
input plane, but a hidden layer with an activation bends the plane until it
can. The note says where the run is on that road.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.hidden_space import HiddenSpace

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def hidden_space_note(
    space: HiddenSpace | None, gate: str, activation: str
) -> tuple[str, str]:
    """The note's text and its kind ("good", "info" or "bad")."""
    if space is None:
        return (
            translate(
                "hidden_space_note",
                "No hidden layer: the inputs go straight to the output, so there "
                "is no hidden space. Add a hidden layer to see one.",
            ),
            "info",
        )
    text, kind = _verdict(space, gate.upper(), activation)
    details = [text, *_what_is_left_out(space)]
    return " ".join(details), kind


def _verdict(space: HiddenSpace, gate: str, activation: str) -> tuple[str, str]:
    if not space.corners:
        return _many_points_verdict(space)
    plane = len(space.units) == 3
    if space.targets.min() == space.targets.max():
        return translate(
            "hidden_space_note", "{gate} gives one answer for all four inputs."
        ).format(gate=gate), "info"
    if space.separable:
        # The four corners: whether a line cuts them in the inputs is known.
        in_inputs = space.separable_in_inputs is True
        text = _separable_text(plane, in_inputs).format(gate=gate)
        if not space.next_is_output:
            return text, "good"
        if space.output_line_cuts():
            return text + " " + translate(
                "hidden_space_note", "The output's boundary cuts them apart."
            ), "good"
        if space.output_flat:
            return text, "info"
        return text + " " + translate(
            "hidden_space_note", "The output's boundary has not found the gap yet."
        ), "info"
    if activation == "identity":
        return translate(
            "hidden_space_note",
            "Not separable by one line: an identity activation only stretches and "
            "turns the plane, it cannot bend it, so {gate} stays as tangled as in "
            "the inputs.",
        ).format(gate=gate), "bad"
    if space.separable_in_all_units:
        return translate(
            "hidden_space_note",
            "Not separable over these units, but over all {width} units of the "
            "layer it is: try other units.",
        ).format(width=space.width), "info"
    return translate(
        "hidden_space_note",
        "Not yet separable by one line: the 1s and the 0s still interleave. "
        "Training bends the space until one line can cut them.",
    ), "info"


def _many_points_verdict(space: HiddenSpace) -> tuple[str, str]:
    """How many training points the output's line puts on their side (too
    many points to say whether any line could)."""
    right = space.output_line_right()
    if right is None:
        return translate(
            "hidden_space_note",
            "Each point sits where the hidden units put it. Training moves the "
            "points until the next layer can cut the two classes apart.",
        ), "info"
    trained = right[~space.test]
    text = translate(
        "hidden_space_note",
        "The output's boundary puts {right} of the {count} training points on "
        "their target's side here.",
    ).format(right=int(trained.sum()), count=len(trained))
    if space.test.any():
        text += " " + translate(
            "hidden_space_note",
            "Hollow points are test points: placed the same way, never trained on.",
        )
    return text, "good" if trained.all() else "info"


def _separable_text(plane: bool, in_inputs: bool) -> str:
    """One line (plane) cuts the points: as in the inputs, or thanks to the bend."""
    if in_inputs:
        if plane:
            return translate(
                "hidden_space_note",
                "{gate} can be cut by one plane here, as it already could in the "
                "input plane.",
            )
        return translate(
            "hidden_space_note",
            "{gate} can be cut by one line here, as it already could in the input "
            "plane.",
        )
    if plane:
        return translate(
            "hidden_space_note",
            "{gate} is now separable by one plane: the hidden layer has bent the "
            "space.",
        )
    return translate(
        "hidden_space_note",
        "{gate} is now separable by one line: the hidden layer has bent the space.",
    )


def _what_is_left_out(space: HiddenSpace) -> list[str]:
    """Sentences on what the drawing simplifies: the units held at their mean,
    and lines that belong to the next hidden layer, not the output."""
    notes = []
    if space.output_flat:
        notes.append(
            translate(
                "hidden_space_note", "The output is 0.5 everywhere: no boundary yet."
            )
        )
    elif space.next_is_output and space.boundaries[0].cut is None:
        notes.append(
            translate(
                "hidden_space_note",
                "The output's line lies outside this view: all four points are on "
                "one side of it.",
            )
            if space.corners
            else translate(
                "hidden_space_note",
                "The output's line lies outside this view: all the points are on "
                "one side of it.",
            )
        )
    held = space.held
    if held:
        notes.append(
            (
                translate(
                    "hidden_space_note",
                    "The line is drawn with the other {count} units held at their "
                    "mean over the four inputs.",
                )
                if space.corners
                else translate(
                    "hidden_space_note",
                    "The line is drawn with the other {count} units held at their "
                    "mean over the points.",
                )
            ).format(count=len(held))
        )
    if not space.next_is_output:
        notes.append(
            translate(
                "hidden_space_note",
                "Lines: where each unit of the second hidden layer changes side "
                "(its input is 0).",
            )
        )
    return notes
