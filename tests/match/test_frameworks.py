import copy
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from evaluation.gold import CONDITIONS, FIELDS, LIST_KEYS
from extractor.errors import PatternError, UnknownFramework
from extractor.labels import field_ids
from extractor.match.frameworks import (
    area,
    children,
    condition,
    framework_ids,
    indicator,
    load_framework,
    third_level,
)
from extractor.model import Comparison, ConditionKind, Framework

FRAMEWORK_IDS = ["liaoning", "miit-2023"]


@pytest.fixture(scope="module")
def miit() -> Framework:
    return load_framework("miit-2023")


@pytest.fixture(scope="module")
def liaoning() -> Framework:
    return load_framework("liaoning")


def test_both_frameworks_are_files_and_load() -> None:
    assert framework_ids() == FRAMEWORK_IDS
    for framework_id in FRAMEWORK_IDS:
        assert load_framework(framework_id).id == framework_id


def test_a_framework_is_read_once_per_process() -> None:
    assert load_framework("miit-2023") is load_framework("miit-2023")


@pytest.mark.parametrize(
    ("framework_id", "per_level"),
    [
        # 试点评审指标（2023年版）: 4+3+6+6+4+1 second-level, 5+8+6+9+8+1 third-level
        pytest.param("miit-2023", {1: 6, 2: 24, 3: 37}, id="miit-2023"),
        # 培育要素指标: 3+3+5+4+3+1 second-level, 3+5+5+7+4+1 third-level
        pytest.param("liaoning", {1: 6, 2: 19, 3: 25}, id="liaoning"),
    ],
)
def test_indicator_tree_has_the_seed_counts_per_level(
    framework_id: str, per_level: dict[int, int]
) -> None:
    framework = load_framework(framework_id)
    assert Counter(i.level for i in framework.indicators) == per_level


def test_miit_has_the_six_areas_with_their_points(miit: Framework) -> None:
    areas = {i.name: i.points for i in miit.indicators if i.level == 1}
    assert areas == {
        "发展政策": 20,
        "基础设施": 20,
        "行业应用": 25,
        "产业生态": 20,
        "公共服务": 10,
        "现场考察": 5,
    }
    assert sum(p or 0 for p in areas.values()) == miit.total_points == 100


def test_liaoning_third_level_points_add_up_to_each_area(liaoning: Framework) -> None:
    areas = {i.id: i.points for i in liaoning.indicators if i.level == 1}
    # 15 = 5+5+5, 25 = 6+6+5+5+3, 25 = 3+8+8+4+2, 20 = 2+2+5+3+2+3+3, 10 = 3+3+2+2, 5 = 5
    assert list(areas.values()) == [15, 25, 25, 20, 10, 5]
    summed = Counter[str]()
    for node in third_level(liaoning):
        assert node.points is not None, node.id
        summed[area(liaoning, node.id).id] += int(node.points)
    assert dict(summed) == areas


def test_liaoning_has_no_conditions_and_no_form(liaoning: Framework) -> None:
    assert liaoning.conditions == []
    assert liaoning.form is None
    assert not any(i.non_deviable for i in liaoning.indicators)


def test_miit_conditions_have_exactly_the_gold_keys(miit: Framework) -> None:
    keys = [c.key for c in miit.conditions]
    assert sorted(keys) == sorted(CONDITIONS)
    assert len(keys) == len(set(keys))


def test_each_condition_is_on_a_starred_third_level_indicator(miit: Framework) -> None:
    for rule in miit.conditions:
        node = indicator(miit, rule.indicator)
        assert node.non_deviable, rule.key
        assert node.level == 3, rule.key
    starred = {i.id for i in miit.indicators if i.non_deviable}
    assert starred == {c.indicator for c in miit.conditions}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        pytest.param("special_policy", [("list", "policy_documents", "ge", 1)], id="policy"),
        # 超过30个: exactly 30 fails, so gt and not ge
        pytest.param("bs_density", [("field", "bs_per_10k", "gt", 30)], id="bs-density"),
        pytest.param("scenario_factories", [("field", "scenario_factories", "ge", 5)], id="scenes"),
        pytest.param(
            "factory_5g",
            [
                ("field", "pilot_5g_factory_projects", "ge", 1),
                ("field", "directory_5g_factories", "ge", 5),
                ("list", "factories_5g", "ge", 5),  # five named 名录 entries
            ],
            id="factory-5g",
        ),
        pytest.param(
            "national_demonstration",
            [("field", "national_titles", "ge", 5), ("list", "national_titles", "ge", 5)],
            id="titles",
        ),
    ],
)
def test_counts_conditions_hold_the_seed_thresholds(
    miit: Framework, key: str, expected: list[tuple[str, str, str, float]]
) -> None:
    rule = condition(miit, key)
    assert rule.kind is ConditionKind.counts
    found = [
        ("field", r.field, r.comparison.value, r.threshold)
        if r.field is not None
        else ("list", r.list, r.comparison.value, r.threshold)
        for r in rule.any_of
    ]
    assert found == expected
    assert all(r.text for r in rule.any_of)
    assert "000_539af59f588e4708.txt" in rule.source


def test_no_major_incident_is_a_declaration(miit: Framework) -> None:
    rule = condition(miit, "no_major_incident")
    assert rule.kind is ConditionKind.declaration
    assert rule.any_of == []
    assert condition(miit, "bs_density").any_of[0].comparison is Comparison.gt


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_fields_and_lists_are_gold_ids(framework_id: str) -> None:
    framework = load_framework(framework_id)
    registered = set(field_ids())  # the register of fields, which covers gold/v1's table
    assert registered >= FIELDS
    for node in framework.indicators:
        assert set(node.fields) <= registered, (node.id, set(node.fields) - registered)
        assert set(node.lists) <= LIST_KEYS, (node.id, set(node.lists) - LIST_KEYS)
    for rule in framework.conditions:
        for requirement in rule.any_of:
            assert requirement.field is None or requirement.field in registered, rule.key
            assert requirement.list is None or requirement.list in LIST_KEYS, rule.key


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_every_third_level_indicator_has_ten_to_25_keywords(framework_id: str) -> None:
    for node in third_level(load_framework(framework_id)):
        assert 10 <= len(node.keywords) <= 25, (node.id, len(node.keywords))
        assert len(set(node.keywords)) == len(node.keywords), node.id


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_ids_are_ascii_paths_of_their_parents(framework_id: str) -> None:
    for node in load_framework(framework_id).indicators:
        assert node.id.isascii(), node.id
        expected_parent = node.id.rpartition(".")[0] or None
        assert node.parent == expected_parent, node.id


def test_form_has_the_four_sections_with_their_word_limits(miit: Framework) -> None:
    assert miit.form is not None
    limits = {s.title: s.max_chars for s in miit.form.sections}
    assert limits == {
        "申报城市基本情况": 1500,
        "申报先导区不可偏离条件说明": 1500,
        "先导区试点建设内容": 2000,
        "先导区试点目标及预期效果": 1500,
    }
    assert len(miit.form.opinions) == 3
    assert "如有不实" in miit.form.commitment
    assert "申报城市人民政府负责人" in miit.form.contacts


def test_helpers_walk_the_tree(miit: Framework) -> None:
    assert [c.id for c in children(miit, "policy")] == [
        "policy.special",
        "policy.funding",
        "policy.finance",
        "policy.other",
    ]
    assert children(miit, "infrastructure.network.coverage") == []
    assert area(miit, "infrastructure.network.coverage").id == "infrastructure"
    assert all(i.level == 3 for i in third_level(miit))
    with pytest.raises(KeyError, match="no indicator"):
        children(miit, "policy.nothing")
    with pytest.raises(KeyError, match="bs_density"):
        condition(miit, "no_such_condition")


def _tiny() -> dict[str, Any]:
    """A county framework of two areas, one condition: what a third framework file holds."""
    return {
        "id": "county-demo",
        "name": "某县先导区培育指标",
        "source": "test data",
        "total_points": 100,
        "indicators": [
            {"id": "policy", "name": "发展政策", "level": 1, "points": 40},
            {"id": "policy.special", "name": "专项政策", "level": 2, "parent": "policy"},
            {
                "id": "policy.special.doc",
                "name": "专项政策制定情况",
                "level": 3,
                "parent": "policy.special",
                "points": 40,
                "lists": ["policy_documents"],
                "non_deviable": True,
                "keywords": ["专项政策", "政策文件"],
            },
            {"id": "network", "name": "基础设施", "level": 1, "points": 60},
            {"id": "network.bs", "name": "5G基站", "level": 2, "parent": "network"},
            {
                "id": "network.bs.density",
                "name": "每万人基站数",
                "level": 3,
                "parent": "network.bs",
                "points": 60,
                "fields": ["bs_per_10k"],
            },
        ],
        "conditions": [
            {
                "key": "special_policy",
                "indicator": "policy.special.doc",
                "name": "专项政策",
                "kind": "counts",
                "source": "test data",
                "any_of": [
                    {
                        "list": "policy_documents",
                        "comparison": "ge",
                        "threshold": 1,
                        "text": "不少于1项",
                    }
                ],
            },
        ],
    }


def _write(root: Path, content: dict[str, Any], name: str = "county-demo") -> Path:
    folder = root / "frameworks"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


def test_a_third_framework_is_a_new_file_not_code(tmp_path: Path) -> None:
    _write(tmp_path, _tiny())
    assert framework_ids(tmp_path) == ["county-demo"]
    framework = load_framework("county-demo", root=tmp_path)
    assert [i.id for i in third_level(framework)] == ["policy.special.doc", "network.bs.density"]
    assert condition(framework, "special_policy").indicator == "policy.special.doc"


def _points_off(content: dict[str, Any]) -> None:
    content["indicators"][0]["points"] = 30  # 30 + 60 is not 100


def _unknown_parent(content: dict[str, Any]) -> None:
    content["indicators"][2]["parent"] = "policy.speical"


def _typo_key(content: dict[str, Any]) -> None:
    content["indicators"][2]["keyword"] = content["indicators"][2].pop("keywords")


def _third_level_points_off(content: dict[str, Any]) -> None:
    content["indicators"][5]["points"] = 50  # network: 60, its third level: 50


def _parent_two_levels_up(content: dict[str, Any]) -> None:
    content["indicators"][5]["parent"] = "network"


def _id_not_file_name(content: dict[str, Any]) -> None:
    content["id"] = "county-other"


def _condition_on_unknown_indicator(content: dict[str, Any]) -> None:
    content["conditions"][0]["indicator"] = "policy.special.docs"


@pytest.mark.parametrize(
    ("break_it", "named"),
    [
        pytest.param(_points_off, "add up to 90", id="first-level-points"),
        pytest.param(_unknown_parent, "unknown parent policy.speical", id="unknown-parent"),
        pytest.param(_typo_key, "keyword", id="typo-key"),
        pytest.param(_third_level_points_off, "network: points", id="third-level-points"),
        pytest.param(_parent_two_levels_up, "network.bs.density: parent", id="level-skip"),
        pytest.param(_id_not_file_name, "id:", id="id-not-file-name"),
        pytest.param(_condition_on_unknown_indicator, "unknown indicator", id="condition"),
    ],
)
def test_a_broken_file_raises_pattern_error_naming_file_and_key(
    tmp_path: Path, break_it: Any, named: str
) -> None:
    content = copy.deepcopy(_tiny())
    break_it(content)
    path = _write(tmp_path, content)
    with pytest.raises(PatternError) as info:
        load_framework("county-demo", root=tmp_path)
    assert str(path) in str(info.value)
    assert named in str(info.value)


def test_a_file_that_is_not_yaml_raises_pattern_error(tmp_path: Path) -> None:
    (tmp_path / "frameworks").mkdir()
    path = tmp_path / "frameworks" / "county-demo.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(PatternError, match="not valid YAML") as info:
        load_framework("county-demo", root=tmp_path)
    assert str(path) in str(info.value)


def test_an_unknown_id_raises_unknown_framework_listing_the_known() -> None:
    with pytest.raises(UnknownFramework) as info:
        load_framework("miit-2022")
    message = str(info.value)
    assert "miit-2022" in message
    assert "miit-2023" in message
    assert "liaoning" in message
    assert info.value.known == tuple(FRAMEWORK_IDS)
    copied = pickle.loads(pickle.dumps(info.value))
    assert str(copied) == message


def test_an_id_cannot_reach_outside_the_frameworks_folder(tmp_path: Path) -> None:
    _write(tmp_path, _tiny())
    with pytest.raises(UnknownFramework):
        load_framework("../frameworks/county-demo", root=tmp_path)
