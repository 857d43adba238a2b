"""The two document skeletons, 申报表 and 试点工作方案, filled by a Composer."""

from __future__ import annotations

import random

from corpus import names
from corpus.blocks import Block, Distractor, Document
from corpus.compose import Composer, Options, contact, names_number
from corpus.facts import Facts
from corpus.templates import names as name_pool
from corpus.templates import structure
from corpus.voice import Part, Voice
from evaluation.gold import CONDITIONS

CONDITION_FIELDS = frozenset(
    {
        "bs_total",
        "bs_per_10k",
        "population",
        "scenario_factories",
        "typical_scenarios",
        "pilot_5g_factory_projects",
        "directory_5g_factories",
        "national_titles",
    }
)
AREAS = ("infra", "application", "ecosystem", "policy", "service", "basic")
# 试点工作方案: which 发展基础 part speaks to which condition
PLAN_PART = {
    "bs_density": 0,
    "scenario_factories": 1,
    "factory_5g": 1,
    "national_demonstration": 2,
    "special_policy": 3,
}


def _form_table(composer: Composer) -> None:
    rng, shape = composer.rng, structure()
    values = {
        "person": names.person(rng),
        "person2": names.person(rng),
        "post": rng.choice(name_pool()["posts"]),
        "post2": rng.choice(name_pool()["posts"]),
        "phone": names.phone(rng),
        "phone2": names.phone(rng),
        "email": f"gxj{rng.randint(10, 99)}@example.gov.cn",
        "email2": f"txb{rng.randint(10, 99)}@example.gov.cn",
    }
    kind = shape["applicant_kind"][composer.facts.framework]
    first = shape["applicant_line"].format(kind=kind, city=composer.facts.city).split("：")
    rows = [[first[0], first[1], "", ""]]
    rows += [[cell.format(**values) for cell in row] for row in shape["form_rows"]]
    phones = [Distractor("phone", values[k]) for k in ("phone", "phone2")]
    composer.blocks.append(
        Block(
            "table",
            rows=rows,
            header_rows=0,
            merges=[(0, 1, 0, 3)],
            distractors=phones,
            simple=composer.options.simple,
        )
    )


def _annexes(composer: Composer) -> None:
    shape = structure()
    for number, (title, items) in enumerate(composer.annexes, start=1):
        composer.add("pagebreak")
        composer.add("heading", shape["annex"]["heading"].format(k=number))
        composer.add("title", title)
        for k, item in enumerate(items, start=1):
            composer.add("item", shape["lists"]["enumerated"].format(k=k, item=item))


def _areas(composer: Composer) -> None:
    for area in AREAS:
        parts = composer.actuals(area, skip=CONDITION_FIELDS)
        if parts:
            composer.para([Part(composer.voice.filler_sentence()), *parts])


def build_form(composer: Composer) -> None:
    """申报表: form rows, 基本情况, 不可偏离条件说明, 建设内容, 目标, 承诺, 推荐意见."""
    shape, voice, facts = structure(), composer.voice, composer.facts
    sections = shape["form_sections"]
    composer.add("title", shape["titles"]["form"][facts.framework])
    _form_table(composer)
    composer.add("heading", sections["basic"])
    composer.intro()
    composer.para(composer.summary())
    composer.filler(1)
    parts = composer.conditions()
    if facts.framework == "miit-2023":
        composer.add("heading", sections["conditions"])
        for condition in CONDITIONS:
            composer.add("subheading", shape["condition_headings"][condition])
            composer.para(parts[condition] or [Part(voice.filler_sentence())])
    else:
        composer.add("heading", shape["plan_sections"]["liaoning"]["basis"])
        composer.para([p for c in CONDITIONS for p in parts[c]])
    composer.add("heading", sections["content"])
    _areas(composer)
    composer.filler(composer.rng.randint(1, 3))
    if composer.options.filler_chars:
        composer.long_filler("content")
    composer.add("heading", sections["goals"])
    composer.para([Part(voice.pick("goal_intro"))], distract=0.0)
    composer.targets()
    if composer.options.table:
        composer.table(1)
    composer.leftovers()
    composer.flush_distractors()
    composer.para(contact(composer), distract=0.0)
    composer.add("heading", sections["commitment"])
    composer.add("para", shape["commitment"])
    composer.add("right", shape["seal_line"])
    composer.para([voice.date()], kind="right", distract=0.0)
    if facts.framework == "miit-2023":
        for heading, text, seal in shape["recommendations"]:
            composer.add("heading", heading)
            composer.add("para", text)
            composer.add("right", seal)
            composer.para([voice.date()], kind="right", distract=0.0)
    _annexes(composer)


def build_plan(composer: Composer) -> None:
    """试点工作方案: 一、发展基础 二、总体要求 三、重点任务 四、保障措施, then annexes."""
    voice, facts, rng = composer.voice, composer.facts, composer.rng
    shape = structure()["plan_sections"][facts.framework]
    composer.add("title", structure()["titles"]["plan"][facts.framework].format(city=facts.city))
    composer.add("heading", shape["basis"])
    composer.intro()
    composer.para(composer.summary())
    parts = composer.conditions()
    for index, part_heading in enumerate(shape["basis_parts"]):
        composer.add("subheading", part_heading)
        here = [p for c, i in PLAN_PART.items() if i == index for p in parts[c]]
        area = ("infra", "application", "ecosystem", "policy")[index]
        here += composer.actuals(area, skip=CONDITION_FIELDS)
        if index == 3:
            here += composer.actuals("service", skip=CONDITION_FIELDS)
            here += composer.actuals("basic", skip=CONDITION_FIELDS)
        composer.para([Part(voice.filler_sentence()), *here])
    composer.add("heading", shape["requirements"])
    composer.add("subheading", shape["guidance"])
    composer.filler(1)
    composer.add("subheading", shape["goals"])
    composer.para([Part(voice.pick("goal_intro"))], distract=0.0)
    composer.targets()
    if composer.options.table:
        composer.table(1)
    composer.add("heading", shape["tasks"])
    for part_heading in shape["task_parts"]:
        composer.add("subheading", part_heading)
        for k in range(1, rng.randint(2, 4)):
            composer.para([Part(f"{k}.{voice.filler_sentence()}")], kind="para", distract=0.2)
    if composer.options.filler_chars:
        composer.long_filler("content")
    composer.leftovers()
    composer.add("heading", shape["safeguards"])
    for index, part_heading in enumerate(shape["safeguard_parts"]):
        composer.add("subheading", part_heading)
        extra = parts["no_major_incident"] if index == 2 else []
        composer.para([voice.filler(rng.randint(1, 3)), *extra])
    composer.flush_distractors()
    composer.para(contact(composer), distract=0.0)
    _annexes(composer)


def build(rng: random.Random, facts: Facts, options: Options) -> Document:
    """The whole document for these facts; lists and flags are copied for the gold file."""
    voice = Voice(rng, facts, options.simple)
    composer = Composer(voice, options)
    (build_form if options.structure == "form" else build_plan)(composer)
    lists = {
        "policy_documents": list(facts.policies),
        "national_titles": list(facts.titles),
        "factories_5g": list(facts.pilots) + list(facts.directory),
    }
    header = rng.choice(structure()["running_header"]).format(city=facts.city)
    return Document(
        framework=facts.framework,
        city=facts.city,
        blocks=composer.blocks,
        header=header,
        footer=rng.choice(structure()["footers"]),
        lists={key: value for key, value in lists.items() if value},
        flags={
            "policy": "named" if facts.policies else "none" if facts.policy_none else "silent",
            "incident": facts.incident,
        },
    )


__all__ = ["build", "names_number"]
