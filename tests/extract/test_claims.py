from pathlib import Path

import pytest

from extractor.extract.claims import _is_bare, _is_breakdown, find_claims
from extractor.extract.numbers import find_figures
from extractor.extract.reasons import Rejection
from extractor.model import BlockKind, Origin, PredictedClaim, RawBlock
from tests.extract.phenomena import built, claims_of, parse_text, table_block


def _claims(tmp_path: Path, text: str) -> list[PredictedClaim]:
    return find_claims(parse_text(tmp_path, text))


def _simple(claims: list[PredictedClaim]) -> set[tuple[str, float, str, int | None]]:
    return {(c.field, c.value, c.status.value, c.year) for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "截至2023年底，全市累计建成5G基站1.2万个，每万人拥有5G基站数达36.8个。",
            {("bs_total", 12000, "actual", 2023), ("bs_per_10k", 36.8, "actual", 2023)},
            id="actuals-with-as-of-year",
        ),
        pytest.param(
            "截至2023年底建成5G基站8965个，到2026年力争建成5G基站1.5万个。",
            {("bs_total", 8965, "actual", 2023), ("bs_total", 15000, "target", 2026)},
            id="target-beside-actual",
        ),
        pytest.param(
            "2023年末全市常住人口245万人，规模以上工业企业两千余家。",
            {
                ("population", 2450000, "actual", 2023),
                ("above_scale_enterprises", 2000, "actual", 2023),
            },
            id="wan-people-and-chinese-numerals",
        ),
        pytest.param(
            "全国累计建成5G基站337.7万个，全省5G基站达到6.2万个。",
            set(),
            id="national-and-provincial-are-not-claims",
        ),
        pytest.param(
            "2023年全市新增5G基站3200个，高于每万人拥有5G基站数超过30个的要求。",
            set(),
            id="growth-and-threshold-are-not-claims",
        ),
        pytest.param(
            "联系电话：0411-86123456，东政发〔2023〕12号，覆盖率达到98.5%。",
            set(),
            id="phone-document-number-percentage",
        ),
        pytest.param(
            "2023年，全市已有7家工厂的典型应用场景超过10个。",
            {("scenario_factories", 7, "actual", 2023)},
            id="count-before-its-field",
        ),
        pytest.param(
            "到2026年，全市规上工业企业数量提升至2，200家。",
            {("above_scale_enterprises", 2200, "target", 2026)},
            id="rise-to-is-a-level-and-fullwidth-thousands",
        ),
    ],
)
def test_claims_in_sentences(
    tmp_path: Path, text: str, expected: set[tuple[str, float, str, int | None]]
) -> None:
    assert _simple(_claims(tmp_path, text)) == expected


def test_same_figure_twice_is_one_claim_with_two_pieces_of_evidence(tmp_path: Path) -> None:
    text = "截至2023年底，5G基站达到1.2万个。\n\n二、基础\n截至2023年底，建成5G基站1.2万个。"
    claims = _claims(tmp_path, text)
    assert len(claims) == 1
    assert len(claims[0].evidence) == 2


def test_evidence_span_points_at_the_figure(tmp_path: Path) -> None:
    document = parse_text(tmp_path, "截至2023年底，每万人拥有5G基站数达３６．８个。")
    (claim,) = find_claims(document)
    span = claim.evidence[0].span
    assert document.text[span.start : span.end] == "36.8"


def test_a_figure_no_rule_took_is_kept_with_its_reason_and_place(tmp_path: Path) -> None:
    text = "澧川市工业稳步增长。全市新建标准厂房120座，建成5G基站5000个。\n\n2024年9月20日"
    document = parse_text(tmp_path, text)
    rejected: list[Rejection] = []
    claims = find_claims(document, rejected)
    assert [(c.field, c.value) for c in claims] == [("bs_total", 5000)]
    (growth,) = rejected
    span = growth.evidence.span
    assert (growth.figure, growth.value, growth.reason) == ("120", 120, "growth")
    assert document.text[span.start : span.end] == "120"
    # quoted to its sentence's ends, as the claims are
    assert growth.evidence.quote == "全市新建标准厂房120座，建成5G基站5000个"
    assert growth.evidence.block == claims[0].evidence[0].block


@pytest.mark.parametrize(
    ("head", "name"),
    [("", "澧川市"), ("", "澧川"), ("澧川高新区2024年工作总结\n\n", "澧川高新")],
    ids=["full-name", "short-name", "a-park-s-short-name"],
)
def test_a_clause_naming_only_the_applicant_borrows_the_field_named_before(
    tmp_path: Path, head: str, name: str
) -> None:
    # the applicant's name, in full or without its last character, is no noun of the clause's
    text = f"{head}5G基站建设加快推进，{name}累计达到5000个。\n\n澧川市人民政府\n2024年9月20日"
    assert _simple(_claims(tmp_path, text)) == {("bs_total", 5000, "actual", 2024)}


def test_a_bare_clause_borrows_only_a_field_counted_in_its_unit(tmp_path: Path) -> None:
    text = "5G基站建设加快推进，累计达到5000家。\n\n澧川市人民政府\n2024年9月20日"
    assert _claims(tmp_path, text) == []


def _reasons(tmp_path: Path, text: str) -> list[str]:
    rejected: list[Rejection] = []
    find_claims(parse_text(tmp_path, "时间：2024-06-18\n" + text), rejected)
    return [r.reason for r in rejected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("全市2个项目拟入选工业互联网试点示范（5G工厂方向）。", id="proposed"),
        pytest.param("全市3个项目申报工业互联网试点示范（5G工厂方向）。", id="applied-for"),
        pytest.param("全市有2家企业列为5G工厂名录候选企业。", id="a-candidate"),
    ],
)
def test_a_count_not_selected_yet_is_pending(tmp_path: Path, text: str) -> None:
    assert _reasons(tmp_path, text) == ["pending"]


def test_a_count_selected_in_the_clause_after_a_pending_one_stands(tmp_path: Path) -> None:
    text = (
        "另有1个项目拟入选工业互联网试点示范（5G工厂方向），"
        "全市已有2个项目入选工业互联网试点示范（5G工厂方向）。"
    )
    assert _reasons(tmp_path, text) == ["pending"]
    assert [c.value for c in claims_of(tmp_path, "时间：2024-06-18\n" + text)] == [2]


def test_a_batch_named_up_to_three_clauses_back_makes_the_figure_its_intake(
    tmp_path: Path,
) -> None:
    batch, then = "工信部公示第七批国家级专精特新“小巨人”企业名单，", "我市入选16家。"
    assert _reasons(tmp_path, batch + "数字化转型持续推进，" + then) == ["intake"]
    # four clauses back it is another sentence's news: the figure names no field of its own
    far = batch + "我市工业稳步增长，数字化转型持续推进，" + then
    assert _reasons(tmp_path, far) == ["no-field"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [("五千来个", "about"), ("5000余个", "over"), ("五千多个", "over"), ("5000个", "exact")],
)
def test_a_figure_s_own_last_word_bounds_it(tmp_path: Path, written: str, expected: str) -> None:
    (claim,) = _claims(tmp_path, f"截至2023年底，全市已建成5G基站{written}。")
    assert (claim.value, claim.qualifier.value) == (5000, expected)


def _breakdown(text: str, figure: str, unit: str = "个") -> bool:
    """Whether the figure written ``figure`` (its last occurrence) breaks a count down."""
    at = text.rindex(figure)
    (found,) = [f for f in find_figures(text) if f.start == at]
    return _is_breakdown(text, found, unit)


def test_a_figure_in_an_open_bracket_after_a_count_breaks_it_down() -> None:
    assert _breakdown("3个项目入选5G工厂名录(2022年1个、2023年2个)", "2")
    # the last bracket decides, not one closed before it
    assert _breakdown("二期(在建)3个(2022年1个、2023年2个)", "2")
    assert _breakdown("3个项目入选5G工厂名录(国家级)，2023年2个", "2") is False
    # a bracket opened more than 24 characters before the figure is not its own
    far = "3个项目入选5G工厂名录(2022年共有1个项目入选，2023年全市又新入选了2个"
    assert _breakdown(far, "2") is False
    # nor a bracket after no count
    assert _breakdown("项目入选5G工厂名录(2022年1个、2023年2个)", "2") is False
    # a bracket naming a field of its own (每万人39.6个) holds a count, not a part; a field
    # counted in another unit (常住人口, in 人) names none for a count in 个
    assert _breakdown("5G基站9800个(每万人39.6个)", "39.6") is False
    assert _breakdown("5G基站9800个(常住人口区2个)", "2")


def test_a_figure_right_after_a_latin_letter_is_part_of_a_name(tmp_path: Path) -> None:
    assert _reasons(tmp_path, "全市新建V32个5G基站。") == ["part-of-a-name"]
    assert _reasons(tmp_path, "全市新建V3个5G基站。") == ["part-of-a-name"]
    # a letter two characters before is another word's (5G站: a station, then its count)
    assert _reasons(tmp_path, "全市新建5G站32个。") != ["part-of-a-name"]


def test_a_bracket_naming_a_field_of_another_unit_still_breaks_its_count_down(
    tmp_path: Path,
) -> None:
    # 专项资金 is counted in 元: inside the bracket it names nothing a count in 家 could be
    text = "全市规上工业企业1200家（专项资金支持企业300家）。"
    assert _reasons(tmp_path, text) == ["definition"]


def test_a_bare_clause_borrows_a_field_from_its_own_sentence_only(tmp_path: Path) -> None:
    assert _reasons(tmp_path, "全市5G基站建设加快推进。累计达到5000个。") == ["no-field"]


def test_a_claim_names_how_its_field_was_found(tmp_path: Path) -> None:
    own = _claims(tmp_path, "截至2023年底，全市累计建成5G基站5000个。")
    borrowed = _claims(tmp_path, "截至2023年底，全市5G基站建设加快，累计达到5000个。")
    assert [c.pattern_id for c in own + borrowed] == [
        "bs_total/stations",
        "bs_total/stations@sentence",
    ]


def test_a_claim_quotes_its_own_sentence(tmp_path: Path) -> None:
    text = "澧川市工业稳步增长。截至2023年底，全市5G基站5000个。数字化转型持续推进。"
    (claim,) = _claims(tmp_path, text)
    assert claim.evidence[0].quote == "截至2023年底，全市5G基站5000个"


def test_figures_of_two_sentences_do_not_relate(tmp_path: Path) -> None:
    # a larger running total in the next sentence does not replace the first statement
    text = "截至2023年底，全市5G基站达到7650个。全市5G基站累计达到7800个。"
    assert [c.value for c in _claims(tmp_path, text)] == [7650, 7800]


def _block_claims(*blocks: RawBlock) -> list[PredictedClaim]:
    return find_claims(built(*blocks))


def test_a_claim_read_by_ocr_is_less_sure() -> None:
    text = "截至2023年底，全市5G基站5000个。"
    (read,) = _block_claims(RawBlock(kind=BlockKind.paragraph, text=text, page=1))
    (ocr,) = _block_claims(RawBlock(kind=BlockKind.paragraph, text=text, page=1, origin=Origin.ocr))
    assert ocr.confidence < read.confidence


@pytest.mark.parametrize(
    ("heading", "expected"),
    [("三、发展目标", ("target", None)), ("三、工作成效", ("actual", 2024))],
    ids=["a-goals-heading", "a-results-heading"],
)
def test_a_heading_over_a_figure_says_whether_it_is_a_goal(
    heading: str, expected: tuple[str, int | None]
) -> None:
    (claim,) = _block_claims(
        RawBlock(kind=BlockKind.heading, text=heading, page=1),
        RawBlock(kind=BlockKind.paragraph, text="全市5G基站达到5000个。", page=1),
        RawBlock(kind=BlockKind.paragraph, text="澧川市人民政府 2024年9月20日", page=1),
    )
    assert (claim.status.value, claim.year) == expected


def test_a_figure_in_a_short_quotation_is_the_rules_quoted_back(tmp_path: Path) -> None:
    assert _reasons(tmp_path, "我市部级称号离“不少于5项”的要求还有距离。") == ["quoted"]
    assert _reasons(tmp_path, "“不少于5项部级称号”是申报条件之一。") == ["quoted"]
    # a quotation closed far after the figure is a plan's words, with its figures
    plan = "规划提出“全市建成5G基站5000个，实现城区和重点园区连续覆盖”。"
    assert _reasons(tmp_path, plan) == []


def test_a_clause_is_bare_without_the_applicant_s_name_and_one_character_more() -> None:
    assert _is_bare("澧川高新区累计达到", "澧川高新区")
    assert _is_bare("澧川高新园累计达到", "澧川高新区")  # its short name, and 园
    assert not _is_bare("澧川高新园区累计达到", "澧川高新区")
    assert not _is_bare("澧川高新园累计达到")


def test_a_qualifier_opening_the_paragraph_bounds_the_figure(tmp_path: Path) -> None:
    (claim,) = _claims(tmp_path, "约5000个5G基站已在全市建成开通。")
    assert claim.qualifier.value == "about"


def _dated(tmp_path: Path, text: str) -> set[tuple[str, float, str, int | None]]:
    return _simple(_claims(tmp_path, "时间：2024-06-18\n" + text))


def test_respective_figures_take_the_fields_of_the_counts_listed_before(tmp_path: Path) -> None:
    # the first listed count opens the sentence, its noun after it: it still takes its place
    text = "18家省级专精特新中小企业、国家级专精特新“小巨人”企业2家，累计分别达到41家和5家。"
    assert _dated(tmp_path, text) == {("little_giants", 5, "actual", 2024)}
    # fewer counts listed than figures after 分别: none is paired
    fewer = "截至2023年底，全市单项冠军企业3家，累计分别达到14家和96家。"
    assert _dated(tmp_path, fewer) == {("single_champions", 3, "actual", 2023)}
    assert _reasons(tmp_path, fewer) == ["no-field", "no-field"]
    # each listed noun read in its count's unit: 行业解决方案 in 个 counts solutions
    solutions = (
        "截至2023年底，全市新增“5G+工业互联网”行业解决方案20个、解决方案服务商8家，"
        "累计分别达到25个和10家。"
    )
    assert _dated(tmp_path, solutions) == {("solution_providers", 10, "actual", 2023)}


def test_paired_nouns_are_read_in_the_figure_s_unit(tmp_path: Path) -> None:
    # 2022年 is no field: its figure is that year's, not the stock the next noun names
    years = "2022年、2023年5G基站数量分别达到4000个、7000个。"
    assert _dated(tmp_path, years) == {("bs_total", 7000, "actual", 2023)}
    # 行业解决方案 in 个 counts solutions, not the enterprises that provide them
    text = "全市“5G+工业互联网”行业解决方案、解决方案服务商数量分别达到20个、8家。"
    assert _dated(tmp_path, text) == {("solution_providers", 8, "actual", 2024)}


@pytest.mark.parametrize(
    ("heading", "label", "expected"),
    [
        ("二、建设情况", "发展目标", ("target", None)),
        ("二、发展目标", "工作基础", ("actual", 2024)),
    ],
    ids=["a-goals-cell-under-a-results-heading", "a-results-cell-under-a-goals-heading"],
)
def test_a_form_cell_s_label_not_the_heading_above_the_form_says_whether_it_is_a_goal(
    heading: str, label: str, expected: tuple[str, int | None]
) -> None:
    (claim,) = _block_claims(
        RawBlock(kind=BlockKind.heading, text=heading, page=1),
        table_block([(label, "全市5G基站达到8000个，实现城区和重点园区连续覆盖。")]),
        RawBlock(kind=BlockKind.paragraph, text="澧川市人民政府 2024年9月20日", page=1),
    )
    assert (claim.status.value, claim.year) == expected


def test_a_count_entering_a_dated_list_is_of_the_list_s_year(tmp_path: Path) -> None:
    # a plan period running past the document's date (“十四五”, to 2025) names no year of its own
    text = "“十四五”以来我市2个项目入选2023年5G工厂名录。"
    assert _dated(tmp_path, text) == {("directory_5g_factories", 2, "actual", 2023)}


def test_the_two_ends_of_a_range_are_no_claims(tmp_path: Path) -> None:
    # 20 has no count word of its own: 25 is the one a reader could take for a count
    assert _reasons(tmp_path, "全市计划新建5G基站20—25个。") == ["in-a-range"]
