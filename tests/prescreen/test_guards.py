"""The two guards of the pre-screen, each on a prediction built by hand so that nothing before
them can stand in for them: never a pass without evidence, and never a pass on a figure dated
after the document (whatever status the extraction gave it)."""

from pathlib import Path

from extractor.match.frameworks import load_framework
from extractor.model import Evidence, PredictedClaim, Prediction, Span, Status, Verdict
from extractor.prescreen.verdicts import prescreen
from tests.extract.phenomena import parse_text


def _density(year: int, evidence: bool = True) -> PredictedClaim:
    quote = "每万人拥有5G基站数36.8个"
    return PredictedClaim(
        field="bs_per_10k",
        value=36.8,
        unit="stations per 10,000 people",
        status=Status.actual,
        year=year,
        evidence=(Evidence(block=0, span=Span(start=0, end=len(quote)), quote=quote),)
        if evidence
        else (),
    )


def _density_verdict(tmp_path: Path, text: str, claim: PredictedClaim) -> tuple[Verdict, str]:
    document = parse_text(tmp_path, text)
    prediction = Prediction(document="a.txt", framework="miit-2023", claims=(claim,))
    found = prescreen(document, prediction, load_framework("miit-2023"))
    verdict = next(v for v in found if v.key == "bs_density")
    return verdict.verdict, verdict.reason


def test_a_figure_over_the_threshold_passes_with_its_evidence(tmp_path: Path) -> None:
    verdict, _ = _density_verdict(tmp_path, "时间：2024-09-20\n澧川市申报材料", _density(2023))
    assert verdict is Verdict.passed


def test_never_a_pass_without_evidence(tmp_path: Path) -> None:
    claim = _density(2023, evidence=False)
    verdict, _ = _density_verdict(tmp_path, "时间：2024-09-20\n澧川市申报材料", claim)
    assert verdict is Verdict.unclear


def test_never_a_pass_on_a_figure_dated_after_the_document(tmp_path: Path) -> None:
    verdict, reason = _density_verdict(tmp_path, "时间：2024-09-20\n澧川市申报材料", _density(2026))
    assert verdict is Verdict.unclear
    assert "2026" in reason
    assert "截至2026" not in reason  # a reason never says 截至 a year still to come
