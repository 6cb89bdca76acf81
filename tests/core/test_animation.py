"""An animation's frame epochs, the replay they are drawn from, the writer's
files, and the words that set one setup apart from another."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from xorgui.core.animation.epochs import Spacing, frame_epochs
from xorgui.core.animation.file import AnimationWriter, animation_format
from xorgui.core.animation.replay import replay
from xorgui.core.config import TrainConfig
from xorgui.core.config_difference import Difference, config_differences
from xorgui.core.files import ExportError
from xorgui.core.training.trainer import Trainer


def plateau_then_drop() -> tuple[np.ndarray, np.ndarray]:
    """A loss that sits still for 9,000 epochs, then drops within 1,000."""
    epochs = np.arange(0, 10_000, 10)
    losses = np.where(
        epochs < 9000, 0.69, 0.69 - 0.6 * np.clip((epochs - 9000) / 1000, 0, 1)
    )
    return epochs, losses


def test_evenly_in_epochs_spaces_frames_alike_from_0_to_the_last() -> None:
    epochs, losses = plateau_then_drop()
    chosen = frame_epochs(epochs, losses, 10_000, 11, Spacing.EPOCHS)
    assert chosen == list(range(0, 10_001, 1000))


def test_spacing_by_loss_shows_the_plateau_and_gives_the_drop_half() -> None:
    epochs, losses = plateau_then_drop()
    chosen = np.array(frame_epochs(epochs, losses, 10_000, 100, Spacing.LOSS))
    assert len(chosen) == 100 and chosen[0] == 0 and chosen[-1] == 10_000
    assert (np.diff(chosen) > 0).all()
    in_drop = ((chosen >= 9000) & (chosen <= 10_000)).sum()
    on_plateau = (chosen < 9000).sum()
    assert 50 <= in_drop <= 60  # evenly in epochs it would be 10
    assert on_plateau >= 40


def test_a_short_run_has_one_frame_per_epoch_at_most() -> None:
    assert frame_epochs(np.arange(5), np.ones(5), 4, 120, Spacing.LOSS) == [
        0,
        1,
        2,
        3,
        4,
    ]
    assert frame_epochs(np.empty(0), np.empty(0), 0, 120, Spacing.EPOCHS) == [0]


def test_the_replay_stops_where_the_run_was_and_matches_it() -> None:
    config = TrainConfig(epochs=3000)
    run = Trainer(config)
    run.train(2500)
    snapshots = [s for s in replay(config, [0, 1200, 2500], grid=8) if s is not None]
    assert [s.epoch for s in snapshots] == [0, 1200, 2500]
    assert snapshots[-1].loss == run.current_loss()  # deterministic: bit for bit
    assert all(s.surface is not None and s.surface.size == 8 for s in snapshots)


def frame(shade: int) -> np.ndarray:
    image = np.zeros((48, 64, 3), dtype=np.uint8)
    image[:, :, 1] = shade
    return image


def test_a_gif_is_written_whole_and_in_place(tmp_path: Path) -> None:
    target = tmp_path / "a.gif"
    writer = AnimationWriter(target, fps=10)
    for shade in (0, 100, 200):
        writer.add(frame(shade))
    assert not target.exists()  # only once finished
    writer.finish()
    with Image.open(target) as gif:
        assert (gif.n_frames, gif.size) == (3, (64, 48))
        assert gif.info["duration"] == 100
    assert [path.name for path in tmp_path.iterdir()] == ["a.gif"]


def test_an_aborted_animation_leaves_the_old_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "a.mp4"
    target.write_bytes(b"older")
    writer = AnimationWriter(target, fps=10)
    writer.add(frame(50))
    writer.abort()
    assert target.read_bytes() == b"older"
    assert [path.name for path in tmp_path.iterdir()] == ["a.mp4"]


def test_bad_names_and_folders_are_refused(tmp_path: Path) -> None:
    assert animation_format("x.GIF") == "GIF"
    with pytest.raises(ValueError, match=r"\.gif, \.webp, \.mp4"):
        animation_format("x.avi")
    with pytest.raises(ExportError, match="does not exist"):
        AnimationWriter(tmp_path / "missing" / "a.gif", fps=10)


def test_differences_name_what_sets_a_setup_apart() -> None:
    base = TrainConfig()
    changed = base.with_changes(seed=7, lr=0.5, hidden=(16,), optimizer="adam")
    assert config_differences(changed, base) == [
        Difference("seed", "7"),
        Difference("width", "16"),
        Difference("optimizer", "adam"),
        Difference("lr", "0.5"),
    ]
    assert config_differences(base.with_changes(hidden=(4, 4)), base) == [
        Difference("hidden", "2-4-4-1")
    ]
    assert config_differences(base.with_changes(hidden=()), base) == [
        Difference("hidden", "")
    ]
    assert config_differences(base.with_changes(epochs=5), base) == []
