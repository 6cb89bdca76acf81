"""The code behind a run: a plain PyTorch script in the article's style that
trains the run's network on its data and prints the losses the app shows."""
