"""The trainer: one network learning its data, driven a chunk of epochs at a time.

Epoch numbering follows the article: the loss of epoch *e* (0-based) is that
epoch's forward pass over the training points, before its update (or its
mini-batches' updates); the test points' loss is noted at the same moment.
After `train(n)` from a fresh start, `epoch == n` and the history holds the
losses of epochs 0 .. n-1; the current model is the one that epoch *n* would
start from.

`solved_epoch` is the smallest *e* such that the model after *e* epochs (the one
whose loss epoch *e* logs) and every model since, up to the current one, got
every training point right (`data.sets.is_right`); None while the current
model gets one wrong. The sweep's `epochs_to_solve` means the same.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from xorgui.core.config import TrainConfig
from xorgui.core.data.feature_inputs import feature_inputs
from xorgui.core.data.sets import data_set
from xorgui.core.grid import DEFAULT_GRID, MAX_GRID, grid_axis
from xorgui.core.hand_edit.edits import Edit, ParameterRef, changes_between, with_value
from xorgui.core.network import Layer
from xorgui.core.snapshot import Divergence, Snapshot, Surface
from xorgui.core.training.checkpoint import (
    Checkpoint,
    read_shuffle,
    shuffle_values,
    state_size,
)
from xorgui.core.training.engine import Engine, KeptStates
from xorgui.core.training.history import DEFAULT_CAPACITY, LossHistory
from xorgui.core.training.model import build_model, linear_layers

PLOT_POINTS = 4000
CHUNK_EPOCHS = 2048
"""The most epochs one engine call trains: its loss buffer and roll-back copy
cover one chunk; a headless run reports progress once a chunk."""


class Trainer:
    """Owns the model and its engine; knows nothing about any view."""

    def __init__(
        self,
        config: TrainConfig | None = None,
        log_every: int = 1,
        history_capacity: int = DEFAULT_CAPACITY,
    ) -> None:
        self.history = LossHistory(log_every, history_capacity)
        # The last grid asked for: its size and features, its axis (shared by
        # its surfaces) and the network's inputs there.
        self._grid: tuple[int, tuple[str, ...], np.ndarray, torch.Tensor] | None = None
        self.start_run(config or TrainConfig())

    def start_run(self, config: TrainConfig | None = None) -> None:
        """Start a run at epoch 0: rebuild the initial model of `config` (or
        of the config held: same seed, same weights) and clear the history."""
        if config is not None:
            self.config = config
        self.model: nn.Sequential = build_model(self.config)
        self.model.requires_grad_(False)
        self._engine = Engine.for_model(self.config, self.model)
        self._inputs = self._features(data_set(self.config).points)
        # Reused by every chunk: the state to roll back to, and the losses.
        self._backup = self._engine.state.copy()
        self._kept: KeptStates | None = None
        self._losses = torch.empty(CHUNK_EPOCHS + 1)
        self._loss_values = self._losses.numpy()
        self._probe = torch.empty(1)
        # The same for the test points' loss, when the data has some.
        testing = self._engine.testing
        self._test_losses = torch.empty(CHUNK_EPOCHS + 1 if testing else 0)
        self._test_values = self._test_losses.numpy()
        self._test_probe = torch.empty(1 if testing else 0)
        self._solved_since = torch.full((), -1, dtype=torch.long)
        self.epoch = 0
        self.solved_epoch: int | None = None
        self.divergence: Divergence | None = None
        self.edits: list[Edit] = []
        self.history.clear()
        self._loss_now = self._model_loss()
        self._read_solved_epoch()

    def set_learning_rate(self, lr: float) -> None:
        """Change the learning rate from the next epoch on; the model is kept."""
        self.config = self.config.with_changes(lr=lr)
        self._engine.lr = self.config.lr

    def set_epoch_budget(self, epochs: int) -> None:
        """Change the epoch budget; the model is kept."""
        self.config = self.config.with_changes(epochs=epochs)

    def set_parameter(self, ref: ParameterRef, value: float) -> Edit | None:
        """Set one weight or bias by hand (HandEditError if it cannot be)."""
        return self.set_layers(with_value(self.layers(), ref, value))

    def set_layers(
        self, layers: tuple[Layer, ...], preset: str | None = None
    ) -> Edit | None:
        """Set the model's weights and biases by hand, at the current epoch.

        The edit is recorded in `edits` (None is returned, and nothing recorded,
        when no value changes). Training goes on from the edited model with the
        optimizer's state cleared (SGD's momentum and Adam's moments zero, its
        step count 0), as a fresh `torch.optim` optimizer would start: the
        moments belonged to the model before the edit. The mini-batches'
        shuffle starts afresh from the seed too, and the solved epoch counts
        again from here: an edited model is a new model, as if the beginner's
        loop were run again from it.
        """
        changes = changes_between(self.layers(), layers)
        if not changes:
            return None
        state = self._engine.state
        parameters = zip(state.weights, state.biases, layers, strict=True)
        for weight, bias, layer in parameters:
            weight.copy_(torch.from_numpy(layer.weight))
            bias.copy_(torch.from_numpy(layer.bias))
        for slot in state.slots1 + state.slots2:
            slot.zero_()
        state.step = 0
        self._engine.reseed_shuffles()
        edit = Edit(self.epoch, changes, len(layers), preset)
        self.edits.append(edit)
        self._solved_since.fill_(-1)
        self._loss_now = self._model_loss()
        self._read_solved_epoch()
        return edit

    def train(self, epochs: int) -> np.ndarray:
        """Train up to `epochs` epochs and return their losses (float32).

        Stops early at the first non-finite loss: the model is rolled back to
        the last epoch whose loss was finite and `divergence` says where.
        """
        return self.train_keeping(epochs, 0)[0]

    def train_keeping(
        self, epochs: int, every: int
    ) -> tuple[np.ndarray, list[Checkpoint]]:
        """`train`, and the checkpoints of the epochs trained that are numbered
        a multiple of `every` (none for 0), taken inside the engine's calls:
        a timeline's, at no cost in calls (each call leaves Python, and in a
        busy window waits for the GIL to come back)."""
        if self.divergence is not None or epochs <= 0:
            return np.empty(0, dtype=np.float32), []
        done = []
        kept: list[Checkpoint] = []
        remaining = epochs
        while remaining > 0:
            count = min(remaining, CHUNK_EPOCHS)
            losses = self._train_chunk(count, every, kept)
            done.append(losses)
            remaining -= count
            if self.divergence is not None:
                break
        return np.concatenate(done), kept

    def _keeping(self, every: int) -> KeptStates | None:
        """The engine's buffers for checkpoints every `every` epochs."""
        if every <= 0:
            return None
        if self._kept is None or self._kept.every != every:
            width = sum(t.numel() for t in self._engine.state.tensors())
            self._kept = KeptStates.room(every, CHUNK_EPOCHS, width)
        return self._kept

    def _train_chunk(
        self, count: int, every: int, kept: list[Checkpoint]
    ) -> np.ndarray:
        buffers = self._keeping(every)
        start_epoch, start_step = self.epoch, self._engine.state.step
        start_shuffle = self._engine.shuffle_state() if buffers else None
        rows = 0
        try:
            rows = self._engine.run(
                count,
                self._losses,
                self._solved_since,
                self.epoch,
                self._backup,
                buffers,
                self._test_losses,
            )
        except RuntimeError:
            # BCE refuses a NaN output: the epoch whose loss is still NaN in
            # the buffer is where training diverged (the states it kept are
            # dropped). Anything else is a bug.
            if math.isfinite(self._model_loss()):
                raise
        # One more than `count`: the last is the final model's loss, checked too.
        losses = self._loss_values[: count + 1].copy()
        test_losses = self._test_values[: count + 1].copy()
        bad = np.flatnonzero(~np.isfinite(losses))
        if bad.size:
            first_bad = int(bad[0])
            self.divergence = Divergence(
                self.epoch + first_bad, float(losses[first_bad])
            )
            # Replay up to the last finite epoch, whose model is then shown.
            keep = max(first_bad - 1, 0)
            self._engine.state.restore(self._backup)
            # Back to what it was when the chunk started (`solved_epoch` still says).
            self._solved_since.fill_(
                -1 if self.solved_epoch is None else self.solved_epoch
            )
            self._engine.run(keep, self._losses, self._solved_since, self.epoch)
        else:
            keep = count
        self._loss_now = float(losses[keep])
        testing = self._engine.testing
        self._test_now = float(test_losses[keep]) if testing else None
        self.history.record(
            self.epoch, losses[:keep], test_losses[:keep] if testing else None
        )
        self.epoch += keep
        self._read_solved_epoch()
        if rows and buffers is not None:
            kept.extend(
                self._kept_checkpoints(
                    buffers, rows, (start_epoch, start_step), start_shuffle
                )
            )
        return losses[:keep]

    def _kept_checkpoints(
        self,
        buffers: KeptStates,
        rows: int,
        start: tuple[int, int],
        start_shuffle: np.ndarray | None,
    ) -> list[Checkpoint]:
        """The first `rows` states the engine kept in a call that began at
        epoch and step `start`, with the shuffle `start_shuffle` (None for a
        full batch), up to the epoch trained to (a diverged call's later
        states are not the run's)."""
        every = buffers.every
        start_epoch, start_step = start
        first = (start_epoch // every + 1) * every
        values = buffers.values[:rows].numpy().copy()
        solved = buffers.solved[:rows].tolist()
        updates = self._engine.updates_per_epoch
        kept = []
        for k, epoch in enumerate(range(first, first + rows * every, every)):
            if epoch > self.epoch:
                break
            state = values[k]
            if start_shuffle is not None:
                shuffle = shuffle_values(start_shuffle, epoch - start_epoch)
                state = np.concatenate([state, shuffle])
            step = start_step + (epoch - start_epoch) * updates
            kept.append(Checkpoint(epoch, step, solved[k], state))
        return kept

    def _model_loss(self) -> float:
        """The current model's loss, computed now (NaN if its output is not
        finite), and its test loss; whether it is solved is noted too."""
        self._engine.run(
            0,
            self._probe,
            self._solved_since,
            self.epoch,
            test_losses=self._test_probe,
        )
        self._test_now = float(self._test_probe) if self._engine.testing else None
        return float(self._probe)

    def loss_record(self) -> tuple[np.ndarray, np.ndarray]:
        """Every logged (epoch, loss), then the current model's loss at `epoch`
        (what that epoch will log): after 20,000 epochs the record ends at
        20,000, the epoch the window shows. Left out when not finite."""
        epochs, losses = self.history.epochs, self.history.losses
        if not math.isfinite(self._loss_now):
            return epochs.copy(), losses.copy()
        return np.append(epochs, self.epoch), np.append(losses, self._loss_now)

    def _read_solved_epoch(self) -> None:
        since = int(self._solved_since)
        self.solved_epoch = since if since >= 0 else None

    def checkpoint(self) -> Checkpoint:
        """This moment of the run, exactly (a copy): restoring it and training
        on gives the same numbers as never having stopped."""
        state = self._engine.state
        values = torch.cat([t.reshape(-1) for t in state.tensors()]).numpy()
        shuffle = self._engine.shuffle_state()
        if shuffle is not None:
            values = np.concatenate([values, shuffle_values(shuffle, 0)])
        return Checkpoint(self.epoch, state.step, int(self._solved_since), values)

    def restore(self, checkpoint: Checkpoint) -> None:
        """Go back (or forward) to `checkpoint`: model, optimizer, epoch,
        solved epoch and the mini-batches' shuffle; the config and the history
        stay as they are."""
        state = self._engine.state
        tensors = state.tensors()
        sizes = [t.numel() for t in tensors]
        width = state_size(self.config)
        if checkpoint.values.shape != (width,):
            raise ValueError(
                f"a checkpoint of this network holds {width} values, "
                f"got {checkpoint.values.shape}"
            )
        # A copy: the values may be read-only.
        flat = torch.tensor(checkpoint.values[: sum(sizes)])
        for tensor, part in zip(tensors, flat.split(sizes), strict=True):
            tensor.copy_(part.view_as(tensor))
        if self._engine.shuffle_state() is not None:
            self._engine.set_shuffle_state(*read_shuffle(checkpoint.values))
        state.step = checkpoint.step
        self.epoch = checkpoint.epoch
        self.divergence = None
        self._solved_since.fill_(checkpoint.solved_since)
        self._loss_now = self._model_loss()
        self._read_solved_epoch()

    def _features(self, points: np.ndarray) -> torch.Tensor:
        """The network's inputs at `points` (N, 2)."""
        return feature_inputs(torch.tensor(points), self.config.features)

    def predictions(self) -> np.ndarray:
        """The model's outputs at every point of the data set, float32, (N,)."""
        return self._engine.outputs(self._inputs).numpy().ravel().copy()

    def current_loss(self) -> float:
        """The loss of the current model, i.e. what epoch `epoch` will log (NaN
        for a model whose output is not finite, which BCE would refuse)."""
        return self._loss_now

    def current_test_loss(self) -> float | None:
        """The current model's loss on the test points (None without any)."""
        return self._test_now

    def surface(self, size: int = DEFAULT_GRID) -> Surface:
        """The model's output on a size x size grid over [0,1]², with its axis
        (`grid_axis(size)`)."""
        if not 2 <= size <= MAX_GRID:
            raise ValueError(f"grid size must be from 2 to {MAX_GRID}, got {size}")
        features = self.config.features
        if self._grid is None or self._grid[:2] != (size, features):
            axis = grid_axis(size)
            positions = torch.from_numpy(axis.copy())
            x1, x2 = torch.meshgrid(positions, positions, indexing="ij")
            axis.setflags(write=False)  # every surface on this grid shares it
            grid = torch.stack([x1.reshape(-1), x2.reshape(-1)], dim=1)
            self._grid = size, features, axis, feature_inputs(grid, features)
        axis, points = self._grid[2:]
        values = self._engine.outputs(points).numpy().reshape(size, size).copy()
        return Surface(axis, values)

    def parameters(self) -> dict[str, np.ndarray]:
        """Copies of the model's weights and biases by name ("0.weight", ...)."""
        return {
            name: p.detach().numpy().copy() for name, p in self.model.named_parameters()
        }

    def snapshot(self, grid: int | None = None) -> Snapshot:
        """An immutable copy of everything a view shows; the surface only if asked."""
        epochs, losses, test_losses = self.history.downsampled(PLOT_POINTS)
        return Snapshot(
            config=self.config,
            epoch=self.epoch,
            loss=self.current_loss(),
            predictions=self.predictions(),
            targets=data_set(self.config).targets.ravel(),
            history_epochs=epochs,
            history_losses=losses,
            surface=None if grid is None else self.surface(grid),
            divergence=self.divergence,
            solved_epoch=self.solved_epoch,
            layers=self.layers(),
            edits=tuple(self.edits),
            tip_epoch=self.epoch,
            test_loss=self.current_test_loss(),
            history_test_losses=test_losses,
        )

    def layers(self) -> tuple[Layer, ...]:
        """Copies of the model's Linear layers, input to output."""
        return tuple(
            Layer(
                layer.weight.detach().numpy().copy(),
                layer.bias.detach().numpy().copy(),
            )
            for layer in linear_layers(self.model)
        )

    def save_model(self) -> dict[str, object]:
        """What `torch.save` writes for --save-model: state dict plus config,
        and the hand edits' notes ("model edited by hand at epoch N: ...")."""
        return {
            "config": self.config.to_dict(),
            "state_dict": self.model.state_dict(),
            "notes": [edit.note for edit in self.edits],
        }
