"""Why an untrusted file or value is refused, as a code and its values.

The core never words a refusal for a person itself: it raises `Refusal(code,
**values)`, and each face words it (`xorgui.visuals.refusal_words` in the
window's language, naming the screen's labels; the command line in English,
naming its options). A value may itself be a `Words` (a phrase such as "a
whole number from 0 to 10"), worded the same way. Every template is written
once, here, and marked for Qt's translation tools by `QT_TRANSLATE_NOOP`
(which only returns its text: the core imports no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTEXT = "refusal"
LONG_VALUE = 40
"""A value is shown with at most this many characters, then "…"."""
LONG_PATH = 160
"""A file's path is shown with at most this many of its last characters."""
PATHS = ("file", "folder")
"""The values that are paths (shown by their end, not cut after LONG_VALUE)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """`text`, marked for lupdate to collect under `context`."""
    del context
    return text


SENTENCES: dict[str, str] = {
    # Files, whatever they hold.
    "file_missing": QT_TRANSLATE_NOOP("refusal", "{file} does not exist."),
    "file_folder": QT_TRANSLATE_NOOP(
        "refusal", "{file} is a folder; choose a {kind} file."
    ),
    "file_special": QT_TRANSLATE_NOOP(
        "refusal",
        "{file} is not an ordinary file (a device, a pipe or a system file); "
        "choose a {kind} file.",
    ),
    "file_forbidden": QT_TRANSLATE_NOOP("refusal", "You may not read {file}."),
    "file_unreadable": QT_TRANSLATE_NOOP("refusal", "{file} cannot be read."),
    "file_empty": QT_TRANSLATE_NOOP(
        "refusal", "{file} is empty; it is not a {kind} file."
    ),
    "file_too_large": QT_TRANSLATE_NOOP(
        "refusal",
        "{file} is larger than {limit} MB, larger than any {kind} file.",
    ),
    "not_text": QT_TRANSLATE_NOOP("refusal", "{file} is not a UTF-8 text file."),
    # Session files.
    "not_session": QT_TRANSLATE_NOOP(
        "refusal", "{file} is not an xorgui session file (or it is cut short)."
    ),
    "newer_session": QT_TRANSLATE_NOOP(
        "refusal",
        "{file} was saved by a newer xorgui (session format {version}); this "
        "version reads format {supported}, so update xorgui to open it.",
    ),
    "session_unpacks_too_large": QT_TRANSLATE_NOOP(
        "refusal",
        "{file} unpacks to more than {limit} MB, more than any session holds.",
    ),
    "session_damaged": QT_TRANSLATE_NOOP(
        "refusal", "{file} is damaged and cannot be opened: {part}."
    ),
    "session_settings": QT_TRANSLATE_NOOP(
        "refusal", "{file} holds settings this version cannot use: {reason}"
    ),
    # Settings (a configuration file, an option, a session's settings).
    "setting_refused": QT_TRANSLATE_NOOP(
        "refusal", "{setting}: {value} is not allowed; expected {allowed}."
    ),
    "setting_missing": QT_TRANSLATE_NOOP(
        "refusal", "{setting} is missing; expected {allowed}."
    ),
    "config_not_json": QT_TRANSLATE_NOOP(
        "refusal",
        "{file} is not a configuration: it is not valid JSON (line {line}, "
        "column {column}).",
    ),
    "json_too_deep": QT_TRANSLATE_NOOP(
        "refusal", "{file} nests lists or objects more than {depth} deep."
    ),
    "json_number_too_long": QT_TRANSLATE_NOOP(
        "refusal", "{file} holds a number of more than {digits} digits."
    ),
    "json_not_number": QT_TRANSLATE_NOOP(
        "refusal", "{file} holds {value}, which is not a number."
    ),
    # Data points from a CSV file (core.data.csv_file).
    "csv_not_csv": QT_TRANSLATE_NOOP(
        "refusal",
        "{file} is not a CSV file of points: line {line} has no commas (each "
        "line holds x1,x2,label).",
    ),
    "csv_quotes": QT_TRANSLATE_NOOP(
        "refusal", "{file}, line {line}: its quotation marks do not pair up."
    ),
    "csv_columns": QT_TRANSLATE_NOOP(
        "refusal",
        "{file}, line {line}: {count} values where a point has 3 (x1,x2,label).",
    ),
    "csv_header": QT_TRANSLATE_NOOP(
        "refusal",
        "{file}, line {line}: neither a point nor the header x1,x2,label.",
    ),
    "csv_not_number": QT_TRANSLATE_NOOP(
        "refusal", "{file}, line {line}, column {column}: {value} is not a number."
    ),
    "csv_outside": QT_TRANSLATE_NOOP(
        "refusal",
        "{file}, line {line}, column {column}: {value} is outside the square; "
        "x1 and x2 are from 0 to 1.",
    ),
    "csv_label": QT_TRANSLATE_NOOP(
        "refusal",
        "{file}, line {line}: the label {value} is neither 0 nor 1 (the two classes).",
    ),
    "csv_too_few": QT_TRANSLATE_NOOP(
        "refusal", "{file} holds {count} points; a data set needs at least {low}."
    ),
    "csv_too_many": QT_TRANSLATE_NOOP(
        "refusal", "{file} holds more than {high} points, more than a data set holds."
    ),
    # Files that cannot be written (core.files.ExportError).
    "write_failed": QT_TRANSLATE_NOOP("refusal", "cannot write {file}: {reason}"),
    "write_null": QT_TRANSLATE_NOOP(
        "refusal", "cannot write {file}: a file name has no null character"
    ),
    "write_folder": QT_TRANSLATE_NOOP(
        "refusal", "cannot write {file}: it is a folder, not a file"
    ),
    "write_special": QT_TRANSLATE_NOOP(
        "refusal",
        "cannot write {file}: it is not an ordinary file (a device or a pipe)",
    ),
    "write_no_folder": QT_TRANSLATE_NOOP(
        "refusal", "cannot write {file}: the folder {folder} does not exist"
    ),
    "image_empty": QT_TRANSLATE_NOOP(
        "refusal", "cannot write {file}: the image is empty"
    ),
    "image_not_encoded": QT_TRANSLATE_NOOP(
        "refusal", "cannot write {file}: the image could not be encoded"
    ),
    "encode_failed": QT_TRANSLATE_NOOP(
        "refusal", "cannot encode the {format}: {reason}"
    ),
    "no_frames": QT_TRANSLATE_NOOP(
        "refusal", "cannot write an animation without frames"
    ),
    "animation_extension": QT_TRANSLATE_NOOP(
        "refusal", "{file} has {extension}; an animation is a {allowed} file"
    ),
    "engine_not_started": QT_TRANSLATE_NOOP(
        "refusal", "the training engine has not started yet"
    ),
}
"""Each refusal's sentence; {file}, {setting} and {value} are worded by the
face (a shortened path, the screen's label or option, a shortened value)."""

PHRASES: dict[str, str] = {
    # What a setting allows.
    "one_of": QT_TRANSLATE_NOOP("refusal", "one of {choices}"),
    "whole_range": QT_TRANSLATE_NOOP("refusal", "a whole number from {low} to {high}"),
    "number_range": QT_TRANSLATE_NOOP("refusal", "a number from {low} to {high}"),
    "hidden_range": QT_TRANSLATE_NOOP(
        "refusal",
        "0 to {layers} hidden layers, each {low} to {high} units wide",
    ),
    "mse_for_linear": QT_TRANSLATE_NOOP(
        "refusal",
        "{mse} with a linear output (cross-entropy needs a sigmoid output "
        "between 0 and 1)",
    ),
    "gate_names": QT_TRANSLATE_NOOP(
        "refusal",
        "one of {choices}, or the 4 target bits for the inputs "
        "(0,0) (0,1) (1,0) (1,1), such as 1011",
    ),
    "format_version": QT_TRANSLATE_NOOP("refusal", "format version {version}"),
    "known_key": QT_TRANSLATE_NOOP("refusal", "one of the settings {keys}"),
    "json_object": QT_TRANSLATE_NOOP("refusal", "a JSON object of settings"),
    "json_kind_list": QT_TRANSLATE_NOOP("refusal", "a list"),
    "json_kind_text": QT_TRANSLATE_NOOP("refusal", "a text"),
    "json_kind_number": QT_TRANSLATE_NOOP("refusal", "a number"),
    "json_kind_other": QT_TRANSLATE_NOOP("refusal", "true, false or null"),
    "width_list": QT_TRANSLATE_NOOP("refusal", "a list of layer widths, such as [2]"),
    "width_text": QT_TRANSLATE_NOOP(
        "refusal", "comma-separated widths such as 2 or 4,4, or none"
    ),
    "feature_list": QT_TRANSLATE_NOOP(
        "refusal", "one or more different features of {choices}"
    ),
    "given_points": QT_TRANSLATE_NOOP(
        "refusal", "a list of {low} to {high} points, each [x1, x2, label]"
    ),
    "given_range": QT_TRANSLATE_NOOP(
        "refusal", "points whose x1, x2 and label are each a number from 0 to 1"
    ),
    "test_share_room": QT_TRANSLATE_NOOP(
        "refusal", "a test share that leaves at least one point to train on"
    ),
    # The part of a session file that is damaged.
    "part_description": QT_TRANSLATE_NOOP("refusal", "its description is unreadable"),
    "part_arrays": QT_TRANSLATE_NOOP("refusal", "its numbers are unreadable"),
    "part_array_kind": QT_TRANSLATE_NOOP(
        "refusal", "it holds text or objects where numbers belong"
    ),
    "part_array_size": QT_TRANSLATE_NOOP(
        "refusal", "its numbers do not fill the sizes they claim"
    ),
    "part_member_size": QT_TRANSLATE_NOOP(
        "refusal", "a part of it does not unpack to the size and content it states"
    ),
    "part_packing": QT_TRANSLATE_NOOP(
        "refusal", "a part is encrypted or packed in a way xorgui does not read"
    ),
    "part_checkpoints_order": QT_TRANSLATE_NOOP(
        "refusal", "its checkpoints are out of order"
    ),
    "part_checkpoints_incomplete": QT_TRANSLATE_NOOP(
        "refusal", "its checkpoints are incomplete"
    ),
    "part_checkpoints_network": QT_TRANSLATE_NOOP(
        "refusal", "its checkpoints are not of a {shape} network"
    ),
    "part_not_numbers": QT_TRANSLATE_NOOP(
        "refusal", "its checkpoints hold values that are not numbers"
    ),
    "part_solved": QT_TRANSLATE_NOOP("refusal", "its solved epochs are out of range"),
    "part_segments": QT_TRANSLATE_NOOP(
        "refusal", "its changes of settings do not fit its checkpoints"
    ),
    "part_tip": QT_TRANSLATE_NOOP(
        "refusal", "its latest epoch does not fit its checkpoints"
    ),
    "part_tip_model": QT_TRANSLATE_NOOP("refusal", "its latest model is damaged"),
    "part_history": QT_TRANSLATE_NOOP(
        "refusal", "its loss history does not fit the run"
    ),
    "part_history_values": QT_TRANSLATE_NOOP(
        "refusal", "its loss history holds values that are not numbers"
    ),
    "part_spacing": QT_TRANSLATE_NOOP(
        "refusal", "its checkpoints are not evenly spaced"
    ),
    "part_budget": QT_TRANSLATE_NOOP("refusal", "its epoch budget is out of range"),
    "part_shown_epoch": QT_TRANSLATE_NOOP(
        "refusal", "the epoch it showed is not one of its run"
    ),
    "part_divergence": QT_TRANSLATE_NOOP("refusal", "its divergence is damaged"),
    "part_edits": QT_TRANSLATE_NOOP("refusal", "its hand edits are damaged"),
    "part_pinned": QT_TRANSLATE_NOOP("refusal", "a pinned run is damaged"),
    "part_pinned_label": QT_TRANSLATE_NOOP(
        "refusal", "a pinned run's name is missing or longer than {most} characters"
    ),
    "part_pinned_count": QT_TRANSLATE_NOOP("refusal", "it pins more than {most} runs"),
    "part_layout": QT_TRANSLATE_NOOP("refusal", "its window layout is damaged"),
    "part_missing": QT_TRANSLATE_NOOP("refusal", "a part of it is missing"),
    "part_too_many": QT_TRANSLATE_NOOP(
        "refusal", "it holds more than {most} parts, more than any session"
    ),
    # Why a file could not be written.
    "reason_disk_full": QT_TRANSLATE_NOOP("refusal", "the disk is full"),
    "reason_permission": QT_TRANSLATE_NOOP(
        "refusal", "permission denied (the folder is read-only or not yours)"
    ),
    "reason_no_folder": QT_TRANSLATE_NOOP("refusal", "the folder does not exist"),
    "reason_is_folder": QT_TRANSLATE_NOOP("refusal", "it is a folder, not a file"),
    "reason_name_too_long": QT_TRANSLATE_NOOP("refusal", "the name is too long"),
    "no_extension": QT_TRANSLATE_NOOP("refusal", "no extension"),
    # What a file was meant to be.
    "kind_session": QT_TRANSLATE_NOOP("refusal", "session"),
    "kind_config": QT_TRANSLATE_NOOP("refusal", "configuration"),
    "kind_points": QT_TRANSLATE_NOOP("refusal", "data points CSV"),
}
"""Phrases that fill a sentence's values."""


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence or phrase without its words: a code of SENTENCES or PHRASES
    and the values it names (each a plain value or another Words)."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Choices:
    """The values a setting allows, as the configuration file writes them
    ("and, or, xor"); the window names them as its controls do (XOR)."""

    setting: str
    keys: tuple[str, ...]

    def __str__(self) -> str:
        return ", ".join(self.keys)


class Refusal(ValueError):
    """An untrusted input that cannot be used; `words` says why, without
    words. str() is the English sentence (for logs and the command line)."""

    def __init__(self, code: str, **values: Any) -> None:
        self.words = Words(code, values)
        super().__init__(code)

    @property
    def code(self) -> str:
        return self.words.code

    def __str__(self) -> str:
        return english(self.words)


def shortened(text: str) -> str:
    """`text` with at most LONG_VALUE characters, then "…"."""
    one_line = " ".join(str(text).split())
    return one_line if len(one_line) <= LONG_VALUE else one_line[:LONG_VALUE] + "…"


def template(code: str) -> str:
    """The English text of a sentence or phrase code."""
    return SENTENCES[code] if code in SENTENCES else PHRASES[code]


def word(words: Words, translate: Any, value: Any) -> str:
    """`words` in the language `translate(context, text)` gives, each value
    worded by `value(name, raw)` (nested Words first worded the same way)."""
    values = {
        name: word(raw, translate, value)
        if isinstance(raw, Words)
        else value(name, raw)
        for name, raw in words.values.items()
    }
    return translate(CONTEXT, template(words.code)).format(**values)


def english(words: Words) -> str:
    """`words` in English, settings named as in the configuration file."""
    return word(words, lambda _context, text: text, plain_value)


def plain_value(name: str, raw: Any) -> str:
    """A value as the English wording shows it: a path by its end, a setting's
    value quoted, each shortened."""
    if name in PATHS:
        return shortened_path(str(raw))
    if name == "value":
        return shortened(repr(raw))
    if isinstance(raw, Choices):  # ours, and every one of them counts
        return str(raw)
    return shortened(str(raw))


def shortened_path(path: str) -> str:
    """`path`, or "…" and its last LONG_PATH characters (its name shows)."""
    return path if len(path) <= LONG_PATH else "…" + path[-LONG_PATH:]
