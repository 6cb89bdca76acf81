"""The controls panel: every setting of a run, the choices' names, and the learning
rate's two controls."""
