"""The headless face: the command line (train, sweep, bench), its progress
line, and the one gateway to off-screen rendering."""
