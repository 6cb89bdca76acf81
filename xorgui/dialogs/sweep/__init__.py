"""Training > Sweep seeds: the dialog, its histogram and its summary in words."""
