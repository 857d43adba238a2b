from pathlib import Path

import pytest

from extractor.model import ConditionVerdict
from extractor.pipeline import assess, parse_in_process
from extractor.settings import Limits


def _verdicts(tmp_path: Path, text: str) -> dict[str, ConditionVerdict]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    _, verdicts = assess(parse_in_process(path, Limits(ocr=False)), "miit-2023")
    return {v.key: v for v in verdicts}


CASES = [
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数36.8个。", "bs_density", "pass", id="density-over"
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数30个。", "bs_density", "fail", id="density-30-fails"
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数超过30个。", "bs_density", "pass", id="over-30"
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数超过29个。", "bs_density", "unclear", id="over-29"
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数30来个。",
        "bs_density",
        "unclear",
        id="thirty-or-so-is-about-thirty-not-over",
    ),
    pytest.param(
        "时间：2024-09-24\n2026年5G基站总数达到2.5万个；每万人拥有5G基站数达到38个。",
        "bs_density",
        "unclear",
        id="a-goal-after-a-semicolon-under-a-later-year-is-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市1个项目拟入选工业和信息化部2024年工业互联网试点示范（5G工厂方向）。",
        "factory_5g",
        "unclear",
        id="a-project-proposed-for-the-pilot-is-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市1个项目入选工业和信息化部2023年工业互联网试点示范（5G工厂方向）。",
        "factory_5g",
        "pass",
        id="a-project-selected-for-the-pilot-passes",
    ),
    pytest.param(
        "时间：2024-09-24\n全市5家工厂将具备10个以上典型应用场景。",
        "scenario_factories",
        "unclear",
        id="factories-that-will-have-the-scenarios-are-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市2个项目有望入选工业互联网试点示范（5G工厂方向）。",
        "factory_5g",
        "unclear",
        id="projects-expected-to-be-selected-are-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市部级及以上称号6项有望获批。",
        "national_demonstration",
        "unclear",
        id="titles-expected-are-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市常住人口800万人，5G基站3万个正在建设。",
        "bs_density",
        "unclear",
        id="stations-being-built-give-no-density-that-passes",
    ),
    pytest.param(
        "时间：2024-09-24\n全市常住人口800万人，已建和在建5G基站3万个。",
        "bs_density",
        "unclear",
        id="stations-built-and-being-built-together-give-no-density-that-passes",
    ),
    pytest.param(
        "时间：2024-09-24\n全市部级及以上称号5项正在申报。",
        "national_demonstration",
        "unclear",
        id="titles-applied-for-are-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市共有5家工厂申报具备10个以上典型应用场景的工厂。",
        "scenario_factories",
        "unclear",
        id="factories-that-applied-are-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市部级及以上相关称号累计获得5项（含公示）。",
        "national_demonstration",
        "unclear",
        id="titles-counted-with-ones-in-public-notice-are-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市累计获得部级及以上称号5项，其中2项尚在公示。",
        "national_demonstration",
        "unclear",
        id="titles-of-which-some-are-in-public-notice-are-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市累计获得部级及以上称号5项（含2023年新获批2项），其中国家级示范基地2项。",
        "national_demonstration",
        "pass",
        id="titles-counted-with-their-breakdown-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市每万人拥有5G基站数尚未达到35个。",
        "bs_density",
        "unclear",
        id="a-figure-not-yet-reached-is-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市每万人拥有5G基站数距35个仍有差距。",
        "bs_density",
        "unclear",
        id="a-figure-still-short-of-is-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n全市每万人拥有5G基站数离35个还差3个。",
        "bs_density",
        "unclear",
        id="a-figure-still-some-way-off-is-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n若每万人拥有5G基站数达到35个，将给予奖励。",
        "bs_density",
        "unclear",
        id="a-figure-only-supposed-is-no-pass",
    ),
    pytest.param(
        "时间：2024-09-24\n依托若干重点项目全市每万人拥有5G基站数达到35个，距全省平均仍有差距。",
        "bs_density",
        "pass",
        id="several-measures-and-a-gap-to-another-figure-leave-a-reached-one",
    ),
    pytest.param(
        "时间：2024-09-24\n全市已有5家工厂具备10个以上典型应用场景，将持续扩大应用。",
        "scenario_factories",
        "pass",
        id="a-goal-in-the-clause-after-leaves-an-achieved-count",
    ),
    pytest.param(
        "到2026年，全市每万人拥有5G基站数达到45个。", "bs_density", "unclear", id="target-only"
    ),
    pytest.param(
        "截至2023年底，全市5G基站9 360个，常住人口288万人。",
        "bs_density",
        "pass",
        id="derived-32.5",
    ),
    pytest.param(
        "截至2023年底，全市5G基站7 000个，常住人口288万人。",
        "bs_density",
        "fail",
        id="derived-24.3",
    ),
    pytest.param(
        "截至2023年底，全市共有1个项目入选工业互联网试点示范（5G工厂方向）。",
        "factory_5g",
        "pass",
        id="or-rule-pilot",
    ),
    pytest.param(
        "截至2023年底，全市入选5G工厂名录项目6个。", "factory_5g", "pass", id="or-rule-directory"
    ),
    pytest.param(
        "截至2023年底，全市仅有2家企业入选5G工厂名录，尚无项目入选工业互联网试点示范（5G工厂方向）。",
        "factory_5g",
        "fail",
        id="or-rule-both-short",
    ),
    pytest.param(
        "截至2023年底，全市入选5G工厂名录项目2个。",
        "factory_5g",
        "unclear",
        id="or-rule-one-unsaid",
    ),
    pytest.param(
        "截至2023年底，全市具备10个以上典型应用场景的工厂7家。",
        "scenario_factories",
        "pass",
        id="scenario-factories",
    ),
    pytest.param(
        "截至2023年底，全市具备10个以上典型应用场景的工厂不足5家。",
        "scenario_factories",
        "fail",
        id="under-five",
    ),
    pytest.param(
        "截至2023年底，全市获得部级及以上相关称号3项。",
        "national_demonstration",
        "fail",
        id="titles-3",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市每万人拥有4G基站数35个。",
        "bs_density",
        "unclear",
        id="another-generation-of-stations-is-no-5g-density",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市每万人拥有4G基站数20个，每万人拥有5G基站数35个。",
        "bs_density",
        "pass",
        id="a-5g-density-after-a-4g-one",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市每万人拥有5G行业虚拟专网35个。",
        "bs_density",
        "unclear",
        id="another-thing-per-10k-named-before-the-figure",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年底，澄江市每万人拥有5G基站35个。",
        "bs_density",
        "unclear",
        id="an-as-of-year-end-after-the-document-date-is-a-projection",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年10月，澄江市每万人拥有5G基站35个。",
        "bs_density",
        "unclear",
        id="an-as-of-month-after-the-document-date-is-a-projection",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年8月，澄江市每万人拥有5G基站35个。",
        "bs_density",
        "pass",
        id="an-as-of-month-before-the-document-date",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市工业园区每万人拥有5G基站35个。",
        "bs_density",
        "unclear",
        id="the-parks-density-is-a-part-s",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市重点区域每万人拥有5G基站35个。",
        "bs_density",
        "unclear",
        id="the-key-areas-density-is-a-part-s",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市每万家企业拥有5G基站35个。",
        "bs_density",
        "unclear",
        id="stations-per-10k-enterprises",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市重点工业企业每万人拥有5G基站35个。",
        "bs_density",
        "unclear",
        id="stations-per-10k-workers-of-key-enterprises",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市每万人拥有5G基站35个（按服务人口计算）。",
        "bs_density",
        "unclear",
        id="stations-per-10k-of-another-population",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市每1万人拥有5G基站35个（按常住人口计算）。",
        "bs_density",
        "pass",
        id="stations-per-1-wan-residents",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市每万人拥有5G基站三十余个。",
        "bs_density",
        "pass",
        id="a-figure-whose-own-word-says-more-than",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市每万人拥有5G基站30个以上。",
        "bs_density",
        "unclear",
        id="thirty-or-more-may-be-thirty",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市每万人拥有35个5G行业虚拟专网。",
        "bs_density",
        "unclear",
        id="another-5g-thing-per-10k-named-after-the-figure",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市每万人拥有35个行业虚拟专网。",
        "bs_density",
        "unclear",
        id="another-thing-per-10k-named-after-the-figure",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G基站建设加快，每万人拥有量达35个，居全省第一。",
        "bs_density",
        "pass",
        id="a-density-of-stations-named-in-its-sentence",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获评省级、部级称号合计7项。",
        "national_demonstration",
        "unclear",
        id="titles-of-a-lower-level-joined-on-share-the-count",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获评国家级称号5项，均为行业协会评选。",
        "national_demonstration",
        "unclear",
        id="titles-an-association-confers-are-no-ministry-s",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级以上称号5项（含已到期2项）。",
        "national_demonstration",
        "unclear",
        id="titles-counted-with-expired-ones",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市具备10个以上典型应用场景的工厂5家以上（目标值）。",
        "scenario_factories",
        "unclear",
        id="a-count-noted-as-a-goal-in-brackets",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市每万人拥有5G基站数35个的目标尚未实现。",
        "bs_density",
        "unclear",
        id="a-figure-named-as-a-goal-not-reached",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市已实现每万人拥有5G基站数35个的目标。",
        "bs_density",
        "pass",
        id="a-figure-named-as-a-goal-reached",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市累计获得部级及以上称号5项的目标尚未完成。",
        "national_demonstration",
        "unclear",
        id="a-goal-said-not-reached-after-the-count",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市入选5G工厂名录项目8个的任务已下达。",
        "factory_5g",
        "unclear",
        id="a-task-of-the-count-is-a-goal",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市部级及以上称号5项正在创建中。",
        "national_demonstration",
        "unclear",
        id="titles-still-being-created",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市部级及以上称号5项已通过初审。",
        "national_demonstration",
        "unclear",
        id="titles-through-a-first-review-only",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级称号5项，其中2项为企业自主申报尚待认定。",
        "national_demonstration",
        "unclear",
        id="titles-counted-with-ones-awaiting-approval",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级以上称号5个批次。",
        "national_demonstration",
        "unclear",
        id="batches-of-titles-are-no-count-of-titles",
    ),
    pytest.param(
        "时间：2024-09-24\n全省获评的部级以上称号包括：国家新型工业化产业示范基地、国家级工业设计中心、"
        "国家级绿色工厂、服务型制造示范城市、国家产融合作试点城市。",
        "national_demonstration",
        "unclear",
        id="a-province-s-titles-listed-after-its-intro",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获评的部级以上称号包括：国家新型工业化产业示范基地、国家级工业设计中心、"
        "国家级绿色工厂、服务型制造示范城市、国家产融合作试点城市。",
        "national_demonstration",
        "pass",
        id="the-applicant-s-titles-listed-after-its-intro",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得工业互联网产业联盟颁发的国家级称号5项。",
        "national_demonstration",
        "unclear",
        id="titles-an-alliance-confers-are-no-ministry-s",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获评国家级、部级称号7项。",
        "national_demonstration",
        "pass",
        id="national-and-ministerial-titles-joined",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市8个项目入选省级5G工厂名录。",
        "factory_5g",
        "unclear",
        id="a-provincial-directory-after-the-count-is-not-the-ministry-s",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市8家企业入选5G工厂名录培育库。",
        "factory_5g",
        "unclear",
        id="a-pool-of-candidates-after-the-count-is-not-the-directory",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市入选5G工厂名录培育库的企业8家。",
        "factory_5g",
        "unclear",
        id="a-pool-of-candidates-before-the-count-is-not-the-directory",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市入选5G工厂名录培育库的项目有：澄江重工集团有限公司5G全连接工厂、"
        "澄江电子股份有限公司5G智能工厂、澄江化工股份有限公司5G智慧工厂、澄江钢铁集团5G智慧钢厂、"
        "澄江港集团5G智慧港口。",
        "factory_5g",
        "unclear",
        id="a-pool-of-candidates-listed-by-name-is-not-the-directory",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市对标5G工厂名录建设的项目：澄江重工集团有限公司5G全连接工厂、"
        "澄江电子股份有限公司5G智能工厂、澄江化工股份有限公司5G智慧工厂、澄江钢铁集团5G智慧钢厂、"
        "澄江港集团5G智慧港口。",
        "factory_5g",
        "unclear",
        id="projects-built-to-the-directory-s-standard-are-not-in-it",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市入选工业互联网试点示范（5G工厂方向）项目1个，"
        "已于2023年被撤销。",
        "factory_5g",
        "unclear",
        id="a-pilot-withdrawn-in-the-clause-after",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市1个项目入选工业互联网试点示范（5G工厂方向）培育项目。",
        "factory_5g",
        "unclear",
        id="a-pilot-s-pool-after-the-count",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市入选工业互联网试点示范（5G工厂方向）培育项目1个。",
        "factory_5g",
        "unclear",
        id="a-pilot-s-pool-before-the-count",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，澄江市入选5G工厂名录项目8个，已全部建成投产。",
        "factory_5g",
        "pass",
        id="entries-said-after-to-be-in-production",
    ),
    pytest.param(
        "时间：2024-09-24\n入选全国5G工厂名录的8个项目中，澄江市占1个。",
        "factory_5g",
        "unclear",
        id="the-applicant-s-share-of-a-whole-is-its-count",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G工厂建设加快，入选全国5G工厂名录的8个项目中，我市占1个。",
        "factory_5g",
        "unclear",
        id="the-applicant-s-share-of-a-whole-said-by-a-pronoun",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市入选5G工厂名录的8个项目中，3个位于高新区。",
        "factory_5g",
        "pass",
        id="the-applicant-s-whole-with-a-part-said-after",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市8个项目入选工业和信息化部5G工厂名录。",
        "factory_5g",
        "pass",
        id="the-ministry-s-directory-after-the-count",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市1个项目入选省级工业互联网试点示范（5G工厂方向）。",
        "factory_5g",
        "unclear",
        id="a-provincial-pilot-is-not-the-ministry-s",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市6个项目入选省工信厅发布的5G工厂名录。",
        "factory_5g",
        "unclear",
        id="a-directory-the-province-s-department-made",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市建成5G工厂8家。",
        "factory_5g",
        "unclear",
        id="5g-factories-built-are-no-directory-entries",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市建成国家级5G工厂8家。",
        "factory_5g",
        "pass",
        id="national-5g-factories-are-directory-entries",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5家工厂共具备10个以上典型应用场景。",
        "scenario_factories",
        "unclear",
        id="scenarios-the-factories-have-together",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市共有5家工厂具备10个以上典型应用场景。",
        "scenario_factories",
        "pass",
        id="factories-each-with-ten-scenarios",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级及以上称号5项（其中2项为省级）。",
        "national_demonstration",
        "unclear",
        id="a-note-after-the-count-naming-a-lower-level",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级及以上称号5项（第6、7项为省级称号，仅作参考）。",
        "national_demonstration",
        "pass",
        id="a-note-on-items-beyond-the-count-naming-a-lower-level",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级及以上称号5项（详见附件）。",
        "national_demonstration",
        "pass",
        id="a-note-after-the-count-naming-no-level",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G基站3.6万个（其中市级统计口径2000个），常住人口1000万人。",
        "bs_density",
        "pass",
        id="a-level-in-a-note-the-field-does-not-rule-out",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市具备10个以上典型应用场景的工厂5家，其中3家正在建设。",
        "scenario_factories",
        "unclear",
        id="counted-with-factories-still-being-built",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市今年开通5G基站3.6万个，常住人口1000万人。",
        "bs_density",
        "unclear",
        id="stations-opened-this-year-derive-no-density",
    ),
    pytest.param(
        "时间：2024-09-24\n截至今年6月，澄江市开通5G基站3.6万个，常住人口1000万人。",
        "bs_density",
        "pass",
        id="stations-opened-as-of-a-month-derive-a-density",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G用户每万人35个。",
        "bs_density",
        "unclear",
        id="users-per-ten-thousand-are-no-stations",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市4G、5G基站共3.6万个，常住人口1000万人。",
        "bs_density",
        "unclear",
        id="stations-of-two-generations-together-derive-no-density",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G基站规划3.6万个，常住人口1000万人。",
        "bs_density",
        "unclear",
        id="stations-planned-derive-no-density",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G基站3.6万个（含规划站址），常住人口1000万人。",
        "bs_density",
        "unclear",
        id="stations-counted-with-planned-sites-derive-no-density",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G基站累计批复3.6万个，常住人口1000万人。",
        "bs_density",
        "unclear",
        id="stations-approved-derive-no-density",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G基站需求3.6万个，常住人口1000万人。",
        "bs_density",
        "unclear",
        id="stations-needed-derive-no-density",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级及以上称号5项，均为2025年获得。",
        "national_demonstration",
        "unclear",
        id="titles-all-won-in-a-later-year",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级及以上称号5项，均为2020年以来获得。",
        "national_demonstration",
        "pass",
        id="titles-won-since-a-year",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级及以上称号5项：国家级绿色工厂（2025年）等。",
        "national_demonstration",
        "pass",
        id="an-item-s-year-in-a-listing-is-not-the-count-s",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市1个项目入选工业互联网试点示范（5G工厂方向）（2025年）。",
        "factory_5g",
        "unclear",
        id="a-later-year-in-brackets-after-the-list-s-name",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级及以上称号5项，均为市级认定。",
        "national_demonstration",
        "unclear",
        id="titles-all-of-a-lower-level-said-after",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市累计获得部级及以上称号5项，其中3项已被撤销。",
        "national_demonstration",
        "unclear",
        id="titles-some-withdrawn",
    ),
    pytest.param(
        "时间：2024-09-24\n\n澄江市省级称号众多，部级及以上称号5项。",
        "national_demonstration",
        "pass",
        id="a-lower-level-in-the-clause-before-a-comma-is-not-joined",
    ),
    pytest.param(
        "时间：2024-09-24\n\n澄江市获评称号较多，省级、部级称号合计7项。",
        "national_demonstration",
        "unclear",
        id="a-joined-lower-level-after-a-comma",
    ),
    pytest.param(
        "时间：2024-09-24\n\n省级、部级称号合计7项。",
        "national_demonstration",
        "unclear",
        id="a-joined-lower-level-opening-its-paragraph",
    ),
    pytest.param(
        "时间：2024-09-24\n\n省级智能工厂示范企业称号、部级称号7项。",
        "national_demonstration",
        "unclear",
        id="a-joined-noun-of-twelve-characters",
    ),
    pytest.param(
        "澄江市“5G+工业互联网”融合应用先导区试点工作方案\n\n时间：2024-09-24\n\n"
        "澄江高新区每万人拥有5G基站数35个。",
        "bs_density",
        "unclear",
        id="a-named-zone-of-the-city-is-not-the-city",
    ),
    pytest.param(
        "澄江高新技术产业开发区“5G+工业互联网”融合应用先导区试点工作方案\n\n"
        "时间：2024-09-24\n\n澄江高新区每万人拥有5G基站数35个。",
        "bs_density",
        "pass",
        id="the-zone-s-own-application",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市每万人拥有5G基站数达30个以上。",
        "bs_density",
        "unclear",
        id="thirty-and-more-may-be-thirty",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市每万人拥有5G基站数31个以上。",
        "bs_density",
        "pass",
        id="thirty-one-and-more",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G基站3万个以上，常住人口1000万人。",
        "bs_density",
        "unclear",
        id="a-derived-density-of-thirty-and-more-may-be-thirty",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获得部级及以上称号5项以上。",
        "national_demonstration",
        "pass",
        id="five-titles-and-more-are-at-least-five",
    ),
    pytest.param(
        "时间：2024-09-24\n\n| 指标 | 截至2024年6月 |\n| 每万人拥有5G基站数（个） | 30以上 |\n",
        "bs_density",
        "unclear",
        id="a-table-cell-of-thirty-and-more-may-be-thirty",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市获评国家级、部级称号7项，省级称号12项。",
        "national_demonstration",
        "pass",
        id="a-lower-level-after-the-count-is-not-joined-on",
    ),
    pytest.param(
        "时间：2024-09-24\n市工信局牵头编制的《澄江市“5G+工业互联网”融合应用先导区建设行动方案》，目前已形成讨论稿。",
        "special_policy",
        "unclear",
        id="a-draft-said-later-in-the-sentence",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市中心城区每万人拥有5G基站数达到45个。",
        "bs_density",
        "unclear",
        id="a-part-of-the-city-is-not-the-city",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2024年6月，城区每万人拥有5G基站数达到45个，"
        "全市每万人拥有5G基站数达到28个。",
        "bs_density",
        "fail",
        id="the-urban-core-over-the-whole-city-under",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市5G基站达到3.6万个，其中主城区2.1万个，常住人口1000万人，"
        "每万人拥有5G基站数达到36个。",
        "bs_density",
        "pass",
        id="a-part-named-in-its-clause-leaves-the-next-to-the-city",
    ),
    pytest.param(
        "时间：2024-09-24\n澄江市在主城区建成5G基站3.6万个，常住人口1000万人。",
        "bs_density",
        "unclear",
        id="stations-of-the-urban-core-derive-no-density",
    ),
    pytest.param(
        "截至2023年底，全市获得部级及以上相关称号5项。",
        "national_demonstration",
        "pass",
        id="titles-5",
    ),
    pytest.param(
        "2023年，市政府印发《澄江市“5G+工业互联网”融合应用先导区建设行动方案》。",
        "special_policy",
        "pass",
        id="policy-issued",
    ),
    pytest.param(
        "时间：2024-09-24\n2020年，市政府印发《澄江市“5G+工业互联网”融合应用先导区建设行动方案》，"
        "该方案已于2022年废止。",
        "special_policy",
        "unclear",
        id="a-policy-repealed-is-no-policy-in-force",
    ),
    pytest.param(
        "时间：2024-09-24\n市政府已将《澄江市“5G+工业互联网”融合应用先导区建设行动方案》"
        "列入2025年重点工作。",
        "special_policy",
        "unclear",
        id="a-policy-put-on-next-year-s-work-plan-is-planned",
    ),
    pytest.param(
        "时间：2024-09-24\n《澄江市“5G+工业互联网”融合应用先导区建设行动方案》编制完成，目前尚未印发。",
        "special_policy",
        "unclear",
        id="a-policy-drafted-but-not-yet-issued",
    ),
    pytest.param(
        "时间：2024-09-24\n《澄江市“5G+工业互联网”融合应用先导区建设行动方案》已报送市政府审定。",
        "special_policy",
        "unclear",
        id="a-policy-sent-up-for-approval",
    ),
    pytest.param(
        "时间：2024-09-24\n《澄江市“5G+工业互联网”融合应用先导区建设行动方案》已印发，配套细则尚未出台。",
        "special_policy",
        "pass",
        id="a-policy-issued-whose-rules-are-not",
    ),
    pytest.param(
        "时间：2024-09-24\n市工信局印发《关于做好2024年5G工厂申报工作的通知》。",
        "special_policy",
        "unclear",
        id="a-notice-organising-a-call-is-no-policy",
    ),
    pytest.param(
        "时间：2024-09-24\n市政府召开常务会议，研究《澄江市“5G+工业互联网”融合应用先导区建设行动方案》。",
        "special_policy",
        "unclear",
        id="a-policy-discussed-is-not-issued",
    ),
    pytest.param(
        "时间：2024-09-24\n市政府常务会议审议通过《澄江市“5G+工业互联网”融合应用先导区建设行动方案》。",
        "special_policy",
        "pass",
        id="a-policy-adopted-is-issued",
    ),
    pytest.param(
        "时间：2024-09-24\n市政府印发《关于加快推进“5G+工业互联网”发展的通知》。",
        "special_policy",
        "pass",
        id="a-notice-that-is-a-policy",
    ),
    pytest.param(
        "目前，我市尚未出台“5G+工业互联网”专项政策文件。",
        "special_policy",
        "fail",
        id="policy-denied",
    ),
    pytest.param("全市5G基站9 360个。", "special_policy", "unclear", id="policy-unsaid"),
    pytest.param(
        "近三年，我市未发生重大网络安全事件和重大安全生产事故，申报材料真实有效。",
        "no_major_incident",
        "pass",
        id="incidents-and-falsity-ruled-out",
    ),
    pytest.param(
        "全年未发生重大网络安全事件和重大生产安全事故。",
        "no_major_incident",
        "unclear",
        id="incidents-ruled-out-only",
    ),
    pytest.param(
        "去年发生的化工企业重大爆炸事故教训深刻。",
        "no_major_incident",
        "fail",
        id="incident-reported",
    ),
    pytest.param(
        "我市坚决防范重大安全生产事故，申报材料真实有效。",
        "no_major_incident",
        "unclear",
        id="prevention-is-no-event",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站约31个。",
        "bs_density",
        "unclear",
        id="about-31-may-be-under-30-5",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站将近31个。",
        "bs_density",
        "unclear",
        id="nearly-31-may-be-under-30-5",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站近35个。", "bs_density", "pass", id="nearly-35"
    ),
    pytest.param("截至2023年底，全市每万人拥有5G基站约25个。", "bs_density", "fail", id="about-25"),
    pytest.param(
        "截至2023年底，全市约5家工厂具备10个以上典型应用场景。",
        "scenario_factories",
        "unclear",
        id="about-five-factories-may-be-four",
    ),
    pytest.param(
        "时间：2024-09-24\n《澧川市加快5G+工业互联网发展若干政策》已经市政府常务会议原则通过。",
        "special_policy",
        "unclear",
        id="a-policy-adopted-in-principle-is-not-issued",
    ),
    pytest.param(
        "时间：2024-09-24\n市政府常务会议原则通过《澧川市加快5G+工业互联网发展若干政策》。",
        "special_policy",
        "unclear",
        id="adopted-in-principle-before-the-title",
    ),
    pytest.param(
        "时间：2024-09-24\n《澧川市加快5G+工业互联网发展若干政策》已经市政府常务会议原则通过，"
        "并于2023年5月正式印发。",
        "special_policy",
        "pass",
        id="adopted-in-principle-then-issued",
    ),
    pytest.param(
        "时间：2024-09-24\n《澧川市加快5G+工业互联网发展若干政策》已完成征求意见，目前已正式印发。",
        "special_policy",
        "pass",
        id="consulted-on-then-issued",
    ),
    pytest.param(
        "时间：2024-09-24\n《澧川市加快5G+工业互联网发展若干政策》已完成征求意见，拟于2025年印发。",
        "special_policy",
        "unclear",
        id="consulted-on-and-issued-later",
    ),
    pytest.param(
        "我市5家工厂具备10个以上典型应用场景的目标已纳入考核。",
        "scenario_factories",
        "unclear",
        id="a-goal-word-closing-the-counts-phrase",
    ),
    pytest.param(
        "截至2024年6月，全市每万人拥有5G基站35个的目标已经实现。",
        "bs_density",
        "pass",
        id="a-goal-said-reached",
    ),
    pytest.param(
        "截至2024年6月，全市每万人拥有5G基站35个为实现全省领先的目标奠定基础。",
        "bs_density",
        "pass",
        id="a-goal-the-figure-aims-at-is-not-the-figure",
    ),
    pytest.param(
        "时间：2024-09-24\n我市尚未制订“5G+工业互联网”专项政策文件。",
        "special_policy",
        "fail",
        id="no-policy-drawn-up-zhiding-4",
    ),
    pytest.param(
        "我市累计获得各级相关称号8项，其中部级及以上相关称号3项。",
        "national_demonstration",
        "fail",
        id="titles-of-every-level-are-no-count-of-ministerial-ones",
    ),
    pytest.param(
        "我市累计获得省部级及以上相关称号6项。",
        "national_demonstration",
        "unclear",
        id="provincial-and-ministerial-titles-together",
    ),
    pytest.param(
        "全市共有6个项目入选5G工厂名录，其中4个为省级名录。",
        "factory_5g",
        "unclear",
        id="a-level-noted-after-the-field-s-words",
    ),
    pytest.param(
        "全市共有6个项目入选5G工厂名录，其中4个为2023年入选。",
        "factory_5g",
        "pass",
        id="a-year-noted-after-the-field-s-words",
    ),
    pytest.param(
        "全市5G基站3万个、5G工厂6个，其中省级5G工厂4个。",
        "factory_5g",
        "unclear",
        id="a-level-noted-after-another-figure",
    ),
    pytest.param(
        "全市共有6个项目入选5G工厂名录，位居全省第一，其中4个为省级名录。",
        "factory_5g",
        "unclear",
        id="a-level-noted-in-a-later-clause-with-no-figure-before-it",
    ),
    pytest.param(
        "全市共有6个项目入选2023年5G工厂名录，其中4个为省级名录。",
        "factory_5g",
        "unclear",
        id="a-year-before-the-level-note-is-no-other-count",
    ),
    pytest.param(
        "我市获得部级及以上相关称号6项，2023年新增2项，其中1项为省级。",
        "national_demonstration",
        "pass",
        id="a-level-note-after-another-count-is-that-count-s",
    ),
    pytest.param(
        "我市获得部级及以上相关称号6项（含省级），居全省第一。",
        "national_demonstration",
        "unclear",
        id="a-level-noted-right-after-the-count-before-a-clause",
    ),
    pytest.param(
        "截至2023年底，全市5G基站密度达到每万人32个，位居全省前列（不含县域）。",
        "bs_density",
        "unclear",
        id="a-density-leaving-part-of-the-applicant-out",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站35个，不含在建基站。",
        "bs_density",
        "pass",
        id="a-density-leaving-stations-out-leaves-no-place-out",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有4G/5G基站35个。",
        "bs_density",
        "unclear",
        id="stations-of-two-generations-per-10k",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有移动通信基站35个。",
        "bs_density",
        "unclear",
        id="mobile-stations-of-every-generation-per-10k",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G移动通信基站35个。",
        "bs_density",
        "pass",
        id="5g-mobile-stations-per-10k",
    ),
    pytest.param(
        "截至2023年底，全市共有5家工厂具备10个以上典型应用场景（含在建）。",
        "scenario_factories",
        "unclear",
        id="factories-counted-with-ones-being-built-noted-after-the-field",
    ),
    pytest.param(
        "截至2023年底，全市5家工厂平均具备10个以上典型应用场景。",
        "scenario_factories",
        "unclear",
        id="ten-scenarios-on-average-is-not-ten-each",
    ),
    pytest.param(
        "截至2023年底，全市5家工厂具备10个以上典型应用场景（覆盖20个典型场景中的12个）。",
        "scenario_factories",
        "pass",
        id="a-bracket-after-the-field-that-includes-nothing-pending",
    ),
]


@pytest.mark.parametrize(("text", "key", "verdict"), CASES)
def test_condition_verdict(tmp_path: Path, text: str, key: str, verdict: str) -> None:
    found = _verdicts(tmp_path, text)[key]
    assert found.verdict.value == verdict, found.reason
    assert found.reason


@pytest.mark.parametrize(("text", "key", "verdict"), CASES)
def test_never_a_pass_without_evidence(tmp_path: Path, text: str, key: str, verdict: str) -> None:
    for found in _verdicts(tmp_path, text).values():
        assert found.verdict.value != "pass" or found.evidence, found


def test_pass_reason_cites_figure_year_and_threshold(tmp_path: Path) -> None:
    found = _verdicts(tmp_path, "截至2023年底，全市每万人拥有5G基站数36.8个。")["bs_density"]
    assert "36.8" in found.reason
    assert "2023" in found.reason
    assert "30" in found.reason
    assert found.evidence[0].quote.startswith("截至2023年底")


def test_derived_density_says_it_is_derived(tmp_path: Path) -> None:
    found = _verdicts(tmp_path, "截至2023年底，全市5G基站9 360个，常住人口288万人。")["bs_density"]
    assert "32.5" in found.reason
    assert len(found.evidence) == 2  # the total and the population


def test_target_only_reason_names_the_target(tmp_path: Path) -> None:
    found = _verdicts(tmp_path, "到2026年，全市每万人拥有5G基站数达到45个。")["bs_density"]
    assert "45" in found.reason
    assert "2026" in found.reason
    assert found.evidence == ()


def test_named_titles_without_a_count(tmp_path: Path) -> None:
    text = (
        "截至2023年底，全市已获得以下称号：华川电子股份有限公司工业互联网试点示范项目、"
        "澄江市国家产融合作试点城市、澄江经济技术开发区国家新型工业化产业示范基地（装备制造）、"
        "万丰精密机械有限公司智能制造示范工厂、澄江纺织集团有限公司服务型制造示范企业。"
    )
    found = _verdicts(tmp_path, text)["national_demonstration"]
    assert found.verdict.value == "pass", found.reason
    assert len(found.evidence) >= 5


_NAMED = (
    "部级及以上相关称号情况：\n华川电子股份有限公司工业互联网试点示范项目；\n"
    "万丰精密机械有限公司智能制造示范工厂；\n澄江纺织集团有限公司服务型制造示范企业；\n"
    "澄江重工有限公司智能制造优秀场景；\n澄江钢铁有限公司“5G+智慧炼钢”工业互联网试点示范项目。\n"
)


@pytest.mark.parametrize(
    ("lead", "verdict"),
    [
        pytest.param("", "unclear", id="no-date-and-no-year-anywhere"),
        pytest.param("时间：2024-06-18\n", "pass", id="a-dateline"),
        pytest.param("截至2023年底，", "pass", id="a-year-in-the-text"),
        pytest.param("我市共获得部级及以上相关称号5项。", "pass", id="a-stated-count"),
    ],
)
def test_named_items_alone_in_an_undated_text_are_checked(
    tmp_path: Path, lead: str, verdict: str
) -> None:
    found = _verdicts(tmp_path, "澄江市申报材料\n" + lead + _NAMED)["national_demonstration"]
    assert found.verdict.value == verdict, found.reason
    if verdict == "unclear":
        assert "未注明日期或年份" in found.reason


def test_liaoning_has_no_prescreen(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("截至2023年底，全县每万人拥有5G基站数36.8个。", encoding="utf-8")
    prediction, verdicts = assess(parse_in_process(path, Limits(ocr=False)), "liaoning")
    assert verdicts == []
    assert prediction.prescreen is None


def test_an_unknown_framework_still_reads_the_figures(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("截至2023年底，全市每万人拥有5G基站数36.8个。", encoding="utf-8")
    prediction, verdicts = assess(parse_in_process(path, Limits(ocr=False)), "miit-2099")
    assert [c.field for c in prediction.claims] == ["bs_per_10k"]
    assert verdicts == []
    assert prediction.prescreen is None


def test_a_bound_including_its_figure_is_said_as_at_least(tmp_path: Path) -> None:
    text = "时间：2024-09-24\n澄江市每万人拥有5G基站数达30个以上。"
    reason = _verdicts(tmp_path, text)["bs_density"].reason
    assert "不少于30" in reason
    assert "超过30" not in reason
