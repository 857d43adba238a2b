"""PP-OCR's three networks run by OpenVINO instead of onnxruntime.

rapidocr-onnxruntime still does everything around them (resizing, finding the boxes, cutting
and turning the crops, decoding the characters and placing them) and ships the ONNX models;
OpenVINO only runs those same models, about twice as fast on one thread (the recogniser 4.2-5.7
against 8.7 ms per 100 pixels of line; the six scanned applications of corpus/scanned read to
the same text, 2.6-2.9 against 3.9 s per page in benchmarks/ocr_quality.py). Always in 32-bit
floats: on a CPU with AMX OpenVINO would pick bfloat16, and a figure read must not depend on
the machine.

If OpenVINO cannot load here, onnxruntime goes on running the models: slower, same text.

Compiled models are kept in this user's private directory, so that a document's worker loads
them in about 0.1 s instead of compiling them in 0.5 s (OpenVINO's own cache; it compiles afresh
when the model, the runtime or the settings change).
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import yaml

_LOG = logging.getLogger(__name__)

# One thread per worker process: two workers on two cores do not fight, and no thread is
# pinned to a core another worker's thread is pinned to.
_CONFIG = {
    "INFERENCE_NUM_THREADS": 1,
    "NUM_STREAMS": 1,
    "PERFORMANCE_HINT": "LATENCY",
    "INFERENCE_PRECISION_HINT": "f32",
    "ENABLE_CPU_PINNING": False,
}


class Compiled:
    """One ONNX model compiled for the CPU, called as rapidocr calls its onnxruntime session:
    with one input batch, giving the list of outputs (the first is all rapidocr reads)."""

    def __init__(self, path: Path) -> None:
        model = _core().compile_model(str(path), "CPU", _CONFIG)
        self._request = model.create_infer_request()
        self._output = model.output(0)

    def __call__(self, batch: Any) -> list[Any]:
        return [self._infer(batch)]

    def _infer(self, batch: Any) -> Any:
        """The first output for ``batch``. OpenVINO that cannot allocate its buffers (under the
        worker's address-space cap) returns an empty tensor instead of raising: that is an
        allocation failure, not a page without text."""
        out = self._request.infer([batch])[self._output]
        if out.size == 0 and batch.size:
            raise MemoryError(f"OpenVINO gave no output for an input of {tuple(batch.shape)}")
        return out


class Recogniser(Compiled):
    """The recogniser, fed lines padded to a whole number of steps wide: OpenVINO prepares its
    kernels once per input shape, which for lines of every width cost a third of the time;
    what the padding adds to the output is cut off again, so every character keeps its place."""

    _STEP = 64

    def __call__(self, batch: Any) -> list[Any]:
        import numpy as np

        width = batch.shape[-1]
        wide = -(-width // self._STEP) * self._STEP
        if wide != width:
            pad = [(0, 0)] * (batch.ndim - 1) + [(0, wide - width)]
            batch = np.pad(batch, pad)
        out = self._infer(batch)
        # PP-OCRv4's recogniser gives one step per 8 pixels, rounded: 320 → 40, 333 → 42
        return [out[:, : (width + 4) // 8]]


@cache
def _core() -> Any:
    """The process's one OpenVINO runtime, shared by the three models."""
    import openvino as ov

    core = ov.Core()
    directory = cache_directory()
    if directory is not None:
        core.set_property({"CACHE_DIR": str(directory)})
    return core


def cache_directory() -> Path | None:
    """This user's directory for compiled models, or None when it cannot be had safely: a
    compiled model is loaded as it is, so the directory must be this user's alone (made so,
    or found so: not a link, nobody else's, nobody else may write in it)."""
    path = Path(tempfile.gettempdir()) / f"extractor-openvino-{os.getuid()}"
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        found = path.lstat()
    except OSError as err:
        _LOG.info("no cache of compiled models: %s", err)
        return None
    mine = found.st_uid == os.getuid() and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    if not stat.S_ISDIR(found.st_mode) or not mine:
        _LOG.warning("not using %s for compiled models: it is not this user's alone", path)
        return None
    return path


@cache
def _model_paths() -> dict[str, Path]:
    """The ONNX files rapidocr-onnxruntime ships, by part (Det, Cls, Rec), as its config names."""
    import rapidocr_onnxruntime

    package = Path(rapidocr_onnxruntime.__file__).parent
    config = yaml.safe_load((package / "config.yaml").read_text(encoding="utf-8"))
    return {part: package / config[part]["model_path"] for part in ("Det", "Cls", "Rec")}


def accelerate(engine: Any) -> str:
    """Run ``engine``'s (a rapidocr ``RapidOCR``) networks in OpenVINO; the runtime that runs
    them now: ``openvino``, or ``onnxruntime`` when OpenVINO cannot load here."""
    try:
        paths = _model_paths()
        det, cls, rec = Compiled(paths["Det"]), Compiled(paths["Cls"]), Recogniser(paths["Rec"])
    except Exception as err:  # no OpenVINO wheel for this CPU, or a model it cannot compile
        _LOG.warning("OpenVINO unavailable, PP-OCR runs in onnxruntime: %s", err)
        return "onnxruntime"
    # where rapidocr 1.4 keeps each part's session; the models they load are the ones above
    engine.text_det.infer, engine.text_cls.infer, engine.text_rec.session = det, cls, rec
    return "openvino"
