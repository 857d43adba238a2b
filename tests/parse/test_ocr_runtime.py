"""PP-OCR's networks in OpenVINO: the same outputs as onnxruntime, the recogniser's padding cut
off again, and onnxruntime kept when OpenVINO cannot load."""

from typing import Any

import numpy as np
import pytest

from extractor.parse import ocr_ppocr, ocr_runtime
from extractor.parse.ocr_runtime import Compiled, Recogniser


def _onnxruntime(part: str) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        str(ocr_runtime._model_paths()[part]), options, providers=["CPUExecutionProvider"]
    )
    name = session.get_inputs()[0].name
    return lambda batch: session.run(None, {name: batch})[0]


def _batch(shape: tuple[int, ...]) -> Any:
    return np.random.default_rng(7).uniform(-1, 1, shape).astype(np.float32)


def test_pp_ocr_networks_run_in_openvino() -> None:
    # rapidocr keeps each part's session where accelerate() replaces it: a newer rapidocr that
    # moved them would leave onnxruntime running, twice as slow, and fail here
    engine = ocr_ppocr._engine()
    assert ocr_ppocr.runtime() == "openvino"
    assert isinstance(engine.text_det.infer, Compiled)
    assert isinstance(engine.text_cls.infer, Compiled)
    assert isinstance(engine.text_rec.session, Recogniser)


@pytest.mark.parametrize(("part", "shape"), [("Det", (1, 3, 640, 480)), ("Cls", (1, 3, 48, 192))])
def test_detector_and_classifier_give_what_onnxruntime_gives(
    part: str, shape: tuple[int, ...]
) -> None:
    batch = _batch(shape)
    ours = Compiled(ocr_runtime._model_paths()[part])(batch)[0]
    np.testing.assert_allclose(ours, _onnxruntime(part)(batch), atol=1e-3)


@pytest.mark.parametrize("width", [320, 333, 1001])
def test_recogniser_pads_its_input_and_cuts_the_padding_off_its_output(width: int) -> None:
    batch = _batch((1, 3, 48, width))
    ours = Recogniser(ocr_runtime._model_paths()["Rec"])(batch)[0]
    theirs = _onnxruntime("Rec")(batch)
    assert ours.shape == theirs.shape  # one step per 8 pixels of the line as given, no more
    # each step the same character as without the padding (a line's context shifts a little)
    assert (ours.argmax(-1) == theirs.argmax(-1)).mean() >= 0.95


def test_onnxruntime_runs_the_networks_when_openvino_cannot_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rapidocr_onnxruntime import RapidOCR

    def fail(path: object) -> None:
        raise RuntimeError("no OpenVINO for this CPU")

    monkeypatch.setattr(ocr_runtime.Compiled, "__init__", fail)
    engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    before = engine.text_rec.session
    assert ocr_runtime.accelerate(engine) == "onnxruntime"
    assert engine.text_rec.session is before


def _detect_under_cap(cap_mb: int, conn: Any) -> None:
    """Worker: the detector on a page-sized input under an address-space cap of ``cap_mb``;
    sends what came of it."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (cap_mb << 20, cap_mb << 20))
    try:
        detector = Compiled(ocr_runtime._model_paths()["Det"])
    except Exception as err:  # too little left to compile: not what is tested here
        conn.send(("no model", repr(err)))
        return
    try:
        out = detector(np.zeros((1, 3, 2016, 1568), np.float32))[0]
    except MemoryError as err:
        conn.send(("memory", str(err)))
        return
    conn.send(("output", out.shape))


@pytest.mark.timeout(120)
def test_openvino_short_of_memory_raises_instead_of_giving_an_empty_output() -> None:
    """OpenVINO that cannot allocate its buffers returns an empty tensor: rapidocr read that as
    an IndexError, and an empty page might read as no text at all."""
    import multiprocessing

    outcomes = []
    for cap in (1200, 1400, 1600, 2000):
        receiver, sender = multiprocessing.Pipe(duplex=False)
        worker = multiprocessing.get_context("spawn").Process(
            target=_detect_under_cap, args=(cap, sender)
        )
        worker.start()
        outcome = receiver.recv() if receiver.poll(100) else ("no answer", worker.exitcode)
        worker.join(10)
        outcomes.append((cap, *outcome))
        if outcome[0] == "output":
            assert 0 not in outcome[1], outcomes
    assert any(kind == "memory" for _, kind, _ in outcomes), outcomes


def test_compiled_models_are_kept_in_a_directory_of_this_users_own(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr_runtime.tempfile, "gettempdir", lambda: str(tmp_path))
    directory = ocr_runtime.cache_directory()
    assert directory is not None
    assert directory.parent == tmp_path
    assert directory.stat().st_mode & 0o777 == 0o700
    ocr_runtime._core.cache_clear()
    try:
        Compiled(ocr_runtime._model_paths()["Cls"])
    finally:
        ocr_runtime._core.cache_clear()
    assert list(directory.iterdir())  # the compiled classifier, for the next worker to load


def test_a_cache_directory_others_may_write_in_or_a_link_is_not_used(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr_runtime.tempfile, "gettempdir", lambda: str(tmp_path))
    path = tmp_path / f"extractor-openvino-{ocr_runtime.os.getuid()}"
    path.mkdir()
    path.chmod(0o777)  # anyone could plant a compiled model here
    assert ocr_runtime.cache_directory() is None
    path.chmod(0o700)
    assert ocr_runtime.cache_directory() == path
    path.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    path.symlink_to(elsewhere)
    assert ocr_runtime.cache_directory() is None
