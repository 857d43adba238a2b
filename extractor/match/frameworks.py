"""Indicator frameworks by id: the files of patterns/frameworks/, validated once, and their tree.

A framework is data: a third one is a new YAML file beside miit-2023.yaml and liaoning.yaml,
never new code. Beyond what the Framework model checks (ids, parents, first-level points), the
loader checks what a file can get wrong across nodes: the id against the file name, each parent
one level up, and a level's points adding up to the points above them.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from extractor.errors import PatternError, UnknownFramework
from extractor.model.framework import Condition, Framework, Indicator
from extractor.model.pattern_files import load_cached, load_data
from extractor.settings import PATTERNS_DIR

FRAMEWORKS = "frameworks"
_POINTS_TOLERANCE = 1e-6


def framework_ids(root: Path | None = None) -> list[str]:
    """The ids with a file in <root>/frameworks/ (default patterns/), sorted."""
    directory = (root or PATTERNS_DIR) / FRAMEWORKS
    return sorted(path.stem for path in directory.glob("*.yaml") if path.is_file())


def load_framework(framework_id: str, root: Path | None = None) -> Framework:
    """The framework of patterns/frameworks/<id>.yaml, read once per process and checked.

    Args:
        framework_id: the file's stem, e.g. ``miit-2023``; also the ``framework`` of gold/v1.
        root: a patterns folder other than the installed one (tests, a third framework);
            its files are read afresh on each call.

    Raises:
        UnknownFramework: no such file; the message lists the ids that exist.
        PatternError: the file is malformed; the message names the file and the key.
    """
    known = framework_ids(root)
    if framework_id not in known:
        raise UnknownFramework(framework_id, known)
    relative = f"{FRAMEWORKS}/{framework_id}.yaml"
    if root is None:
        framework = load_cached(relative, Framework)
    else:
        framework = load_data(relative, Framework, root)
    problems = _problems(framework, framework_id)
    if problems:
        raise PatternError(f"{(root or PATTERNS_DIR) / relative}: {'; '.join(problems)}")
    return framework


def _problems(framework: Framework, framework_id: str) -> list[str]:
    """What the model cannot see node by node: the id, the levels, the points of each level."""
    problems: list[str] = []
    if framework.id != framework_id:
        problems.append(f"id: {framework.id!r} is not the file name {framework_id!r}")
    by_id = {i.id: i for i in framework.indicators}
    for node in framework.indicators:
        parent = by_id.get(node.parent) if node.parent is not None else None
        if node.level == 1 and node.parent is not None:
            problems.append(f"{node.id}: parent: a first-level indicator has none")
        elif node.level > 1 and node.parent is None:
            problems.append(f"{node.id}: parent: missing for level {node.level}")
        elif parent is not None and parent.level != node.level - 1:
            problems.append(f"{node.id}: parent: {parent.id} is not one level up")
    if not problems:  # with each parent one level up there is no cycle to walk round
        problems.extend(_points_problems(framework, by_id))
    keys = [c.key for c in framework.conditions]
    problems.extend(
        f"conditions: key {k!r} repeats" for k in sorted(set(keys)) if keys.count(k) > 1
    )
    return problems


def _points_problems(framework: Framework, by_id: dict[str, Indicator]) -> list[str]:
    """Where every descendant of a node at some level has points, they add up to the node's."""
    descendants: dict[tuple[str, int], list[Indicator]] = defaultdict(list)
    for node in framework.indicators:
        ancestor = by_id.get(node.parent) if node.parent is not None else None
        while ancestor is not None:
            descendants[ancestor.id, node.level].append(node)
            ancestor = by_id.get(ancestor.parent) if ancestor.parent is not None else None
    problems = []
    for (node_id, level), nodes in sorted(descendants.items()):
        node_points = by_id[node_id].points
        if node_points is None or any(n.points is None for n in nodes):
            continue
        total = sum(n.points or 0 for n in nodes)
        if abs(total - node_points) > _POINTS_TOLERANCE:
            problems.append(
                f"{node_id}: points: level-{level} points under it add up to {total:g},"
                f" not {node_points:g}"
            )
    return problems


def indicator(framework: Framework, indicator_id: str) -> Indicator:
    """One indicator by id; an unknown id is a KeyError naming the framework."""
    for candidate in framework.indicators:
        if candidate.id == indicator_id:
            return candidate
    raise KeyError(f"framework {framework.id}: no indicator {indicator_id!r}")


def children(framework: Framework, indicator_id: str) -> list[Indicator]:
    """The indicators directly under one, in file order; [] for a third-level one."""
    indicator(framework, indicator_id)  # an unknown id is a bug, not an empty subtree
    return [i for i in framework.indicators if i.parent == indicator_id]


def third_level(framework: Framework) -> list[Indicator]:
    """The third-level indicators in file order: what passages are matched against."""
    return [i for i in framework.indicators if i.level == 3]


def area(framework: Framework, indicator_id: str) -> Indicator:
    """The first-level indicator an indicator belongs to (itself for a first-level one)."""
    node = indicator(framework, indicator_id)
    while node.parent is not None:
        node = indicator(framework, node.parent)
    return node


def condition(framework: Framework, key: str) -> Condition:
    """A non-deviable condition by its gold/v1 prescreen key; KeyError when it has none."""
    for candidate in framework.conditions:
        if candidate.key == key:
            return candidate
    known = ", ".join(c.key for c in framework.conditions) or "(none)"
    raise KeyError(f"framework {framework.id}: no condition {key!r} (known: {known})")
