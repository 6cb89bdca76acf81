"""What an untrusted file may hold, stated once (read by `untrusted`).

Each bound sits well above what xorgui itself writes, and well below what
would cost a person's machine more than a moment: the longest run of the
widest network saves some 40 MB of session.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_SESSION_FILE = 512 * MB
"""A session file on disk."""
MAX_SESSION_UNPACKED = 512 * MB
"""All of a session's parts together, unpacked."""
MAX_MEMBER = 256 * MB
"""One part of a session (the arrays, unpacked), or one array in it."""
MAX_DESCRIPTION = 32 * MB
"""A session's description (session.json), unpacked (its hand edits can be
long; a too long name inside it is refused by its own bound)."""
MAX_LAYOUT_MEMBER = 1 * MB
"""One saved window layout."""
MAX_MEMBERS = 64
"""Parts of a session file (its arrays' file counts separately)."""
MAX_ARRAYS = 64
"""Arrays in a session (seven or eight for the run, four per pinned run)."""
MAX_CONFIG_FILE = 1 * MB
"""A configuration file (one with the most points of one's own, 2,000, takes
some 150 KB)."""
MAX_POINTS_FILE = 1 * MB
"""A file of data points (CSV): the most points a data set holds, written
with long numbers, take a tenth of it."""
MAX_JSON_DEPTH = 32
"""Lists and objects inside each other (a session nests six deep: a
pinned run's configuration's given points)."""
MAX_NUMBER_DIGITS = 40
"""Characters of one number in JSON (Python reads up to 4,300 digits)."""
MAX_LABEL = 200
"""Characters of a pinned run's name."""
MAX_NOTE = 1000
"""Characters of a note or a hand edit's preset name."""
MAX_EDITS = 10_000
"""Hand edits saved with a run."""
MAX_RUN_EPOCHS = 10_000_000_000
"""Epochs of a saved run: ten of the largest budgets (a day at a million
epochs a second)."""
MIN_THINNED_CHECKPOINTS = 32
"""A run's timeline doubles its spacing only when its checkpoints fill their
memory, which takes more than twice this many even for the widest network:
a larger spacing than the run's epochs over this is no real file's."""
ARRAY_KINDS = "biuf"
"""The numpy dtype kinds an array may have: numbers only (no strings, objects
or dates)."""
