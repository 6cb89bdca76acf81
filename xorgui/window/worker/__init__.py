"""The one training thread: `TrainingWorker` (training_worker.py) drives the run
session and emits snapshots; its stateless jobs (sweep, exports, session files,
hand edits) and its pacing live beside it."""
