"""An animation written frame by frame: GIF and WebP by Pillow, MP4 by ffmpeg
(imageio-ffmpeg's own binary), always through a temporary file renamed over
the target at the end, so a cancelled or failed export leaves no file."""

from __future__ import annotations

import contextlib
import os
import shutil
from typing import Any

import numpy as np

from xorgui.core.files import ExportError, atomic_path, failure_reason
from xorgui.core.refusal import Refusal, Words

FORMATS = {".gif": "GIF", ".webp": "WebP", ".mp4": "MP4"}
"""The animation formats, by file extension."""
FULL_DISK_BYTES = 1024 * 1024
"""A folder with less room than this left is full, for a video."""
GIF_TICK_MS = 10
"""A GIF stores each frame's delay in hundredths of a second."""
MIN_GIF_DELAY_MS = 20
"""Browsers play a GIF delay under 20 ms as 100 ms: never write one."""


def animation_format(path: str | os.PathLike[str]) -> str:
    """The format `path`'s extension names ("GIF", "WebP" or "MP4").

    Raises a Refusal (a ValueError) for any other extension.
    """
    extension = os.path.splitext(os.fspath(path))[1].lower()
    if extension not in FORMATS:
        raise Refusal(
            "animation_extension",
            file=repr(os.fspath(path)),
            extension=extension or Words("no_extension"),
            allowed=", ".join(FORMATS),
        )
    return FORMATS[extension]


def frame_delay_ms(format: str, fps: float) -> float:
    """How long each frame shows when a `format` file plays at `fps`: a GIF's
    delay is rounded to its 10 ms steps (20 ms at least), a WebP's to whole
    milliseconds; an MP4 keeps the exact rate."""
    if format == "GIF":
        ticks = round(1000.0 / fps / GIF_TICK_MS)
        return float(max(MIN_GIF_DELAY_MS, GIF_TICK_MS * ticks))
    if format == "WebP":
        return float(round(1000.0 / fps))
    return 1000.0 / fps


def play_seconds(format: str, frames: int, fps: float) -> float:
    """How long `frames` frames play in a `format` file written at `fps`."""
    return frames * frame_delay_ms(format, fps) / 1000.0


class _Abandoned(Exception):
    """Thrown into the temporary file's context to remove it."""


class AnimationWriter:
    """Takes frames (H x W x 3 uint8 arrays, all one size) and writes them to
    `path` at `fps` when `finish()` is called; `abort()` leaves no file.

    Raises ValueError for an unknown extension, ExportError when the file
    cannot be written.
    """

    def __init__(self, path: str | os.PathLike[str], fps: float) -> None:
        self.format = animation_format(path)
        self._fps = fps
        self._context = atomic_path(path)
        self._temp = self._context.__enter__()
        self._images: list[Any] = []
        self._video: Any = None
        self.frames = 0

    @property
    def play_seconds(self) -> float:
        """How long the frames added so far play in the file."""
        return play_seconds(self.format, self.frames, self._fps)

    def add(self, frame: np.ndarray) -> None:
        """Append one frame; a GIF's is reduced to its own 256 colours now."""
        from PIL import Image

        try:
            if self.format == "MP4":
                self._video_writer().append_data(frame)
            elif self.format == "GIF":
                image = Image.fromarray(frame, "RGB")
                self._images.append(image.quantize(method=Image.Quantize.FASTOCTREE))
            else:
                self._images.append(Image.fromarray(frame, "RGB"))
        except (OSError, RuntimeError) as exc:
            self.abort()
            raise ExportError(
                "encode_failed", format=self.format, reason=failure_reason(exc)
            ) from exc
        self.frames += 1

    def finish(self) -> None:
        """Encode what is left and put the file in place."""
        if not self.frames:
            self.abort()
            raise ExportError("no_frames")
        try:
            if self._video is not None:
                self._video.close()
                self._video = None
                self._check_video()
            else:
                self._save_images()
        except (OSError, RuntimeError) as exc:
            self.abort()
            raise ExportError(
                "encode_failed", format=self.format, reason=failure_reason(exc)
            ) from exc
        self._images = []
        self._context.__exit__(None, None, None)

    def abort(self) -> None:
        """Stop and remove the temporary file: the target is left as it was."""
        if self._video is not None:
            video, self._video = self._video, None
            # The file it wrote is removed next, whatever closing it says.
            with contextlib.suppress(OSError, RuntimeError):
                video.close()
        self._images = []
        error = _Abandoned()
        self._context.__exit__(_Abandoned, error, None)

    def _video_writer(self) -> Any:
        if self._video is None:
            import imageio.v2 as imageio

            self._video = imageio.get_writer(
                self._temp,
                format="FFMPEG",
                mode="I",
                fps=self._fps,
                codec="libx264",
                pixelformat="yuv420p",
                quality=8,
                macro_block_size=2,
                # ffmpeg never reports failure to its caller, only in lines
                # on stderr: silenced, and the file is checked at the end.
                ffmpeg_log_level="quiet",
            )
        return self._video

    def _check_video(self) -> None:
        """RuntimeError unless ffmpeg wrote every frame (it exits without
        saying so when the disk fills up)."""
        from imageio_ffmpeg import count_frames_and_secs

        try:
            frames, _seconds = count_frames_and_secs(self._temp)
        except (RuntimeError, OSError):
            frames = 0
        if frames == self.frames:
            return
        folder = os.path.dirname(self._temp)
        if shutil.disk_usage(folder).free < FULL_DISK_BYTES:
            raise RuntimeError("No space left on device")
        raise RuntimeError("ffmpeg could not finish the file")

    def _save_images(self) -> None:
        first, *rest = self._images
        options: dict[str, Any] = {
            "save_all": True,
            "append_images": rest,
            "duration": round(frame_delay_ms(self.format, self._fps)),
            "loop": 0,
        }
        if self.format == "WebP":
            options.update(quality=85, method=4)
        first.save(self._temp, format=self.format.upper(), **options)
