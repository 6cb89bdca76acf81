"""Weights and biases set by hand: the edits, their record, and the hand-made XOR
preset."""
