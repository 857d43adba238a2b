"""A count stated as none (暂无项目入选…) is a claim of 0 with its full provenance, of the
applicant only, and of the year the document speaks from."""

from extractor.extract.claims import find_claims
from extractor.model import BlockKind, Origin, RawBlock, Status
from tests.extract.phenomena import built


def test_a_count_stated_as_none_is_a_claim_of_zero_where_the_text_says_it() -> None:
    body = (
        "到2026年，全市5G基站达到1万个。全省暂无企业入选5G工厂名录；澧川市暂无项目入选工业互联网"
        "试点示范（5G工厂方向），仍在培育。"
    )
    blocks = [
        RawBlock(BlockKind.paragraph, "时间：2024-06-18", 1),
        RawBlock(BlockKind.paragraph, body, 2, origin=Origin.ocr),
    ]
    document = built(*blocks)
    # the province's none is not the applicant's; the applicant's is, as of the document's
    # date (not the target year stated before it)
    (zero,) = [c for c in find_claims(document) if c.value == 0]
    (evidence,) = zero.evidence
    assert (zero.field, zero.status, zero.year) == (
        "pilot_5g_factory_projects",
        Status.actual,
        2024,
    )
    assert (zero.page, evidence.page, evidence.block) == (2, 2, 1)
    assert document.text[evidence.span.start : evidence.span.end] == "暂无项目入选"
    assert evidence.quote == "澧川市暂无项目入选工业互联网试点示范(5G工厂方向)"
    assert zero.pattern_id == "pilot_5g_factory_projects/pilot@zero"
    assert zero.confidence == round(0.85 * 0.95, 3)  # a none-statement, read by OCR
