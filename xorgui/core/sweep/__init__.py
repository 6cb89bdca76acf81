"""Many seeds at once: the blocks of seeds, the narrow networks' engine, every seed's
initial weights, and the result."""
