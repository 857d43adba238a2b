"""The indicator table: indicator rows × 现状/目标 columns, each filled cell a gold claim."""

from __future__ import annotations

from typing import Any

from corpus import numbers as num
from corpus.blocks import Block, Claim
from corpus.facts import Facts, Figure
from corpus.templates import fields, structure
from corpus.voice import Voice


def _row_spec(name: str, figures: list[Figure], voice: Voice) -> dict[str, Any] | None:
    fitting = [
        row
        for row in fields()[name]["rows"]
        if all(num.cell_fits(f.value, float(row["scale"])) for f in figures)
    ]
    return voice.rng.choice(fitting) if fitting else None


def indicator_table(
    voice: Voice,
    actual: list[str],
    target: list[str],
    caption: str,
    interim: bool,
) -> tuple[Block, set[str]]:
    """The table block and the fields it could not hold (their figures must go into prose)."""
    facts: Facts = voice.facts
    labels = structure()["table_header"]
    with_group = voice.rng.random() < 0.5
    with_number = voice.rng.random() < 0.6
    order = [name for name in fields() if name in actual or name in target]
    if with_group:
        areas = list(structure()["groups"])
        order.sort(key=lambda name: areas.index(fields()[name]["area"]))
    current = labels["current_dated"] if facts.dated else labels["current_undated"]
    lead = ([labels["number"]] if with_number else []) + ([labels["group"]] if with_group else [])
    lead.append(labels["indicator"])
    value_cols = [current.format(by=facts.by)]
    if interim:
        value_cols.append(labels["interim"].format(iy=facts.iy))
    value_cols.append(labels["target"].format(ty=facts.ty))
    merges: list[tuple[int, int, int, int]] = []
    if interim:
        header = [
            [*lead, value_cols[0], labels["target_group"], ""],
            [""] * (len(lead) + 1) + value_cols[1:],
        ]
        merges += [(0, c, 1, c) for c in range(len(lead) + 1)]
        merges.append((0, len(lead) + 1, 0, len(lead) + 2))
    else:
        header = [[*lead, *value_cols]]
    rows, claims, left_out = [*header], [], set()
    group_start: tuple[int, str] | None = None
    for name in order:
        figures = [facts.actuals[name]] if name in actual else []
        columns: list[Figure | None] = [facts.actuals[name] if name in actual else None]
        if interim:
            columns.append(facts.interim.get(name) if name in target else None)
        columns.append(facts.targets[name] if name in target else None)
        figures = [f for f in columns if f is not None]
        spec = _row_spec(name, figures, voice)
        if spec is None:
            left_out.add(name)
            continue
        label = f"{spec['label']}（{spec['unit']}）"
        row = [str(len(rows) - len(header) + 1)] if with_number else []
        if with_group:
            group = structure()["groups"][fields()[name]["area"]]
            if group_start and group_start[1] == group:
                row.append("")
                merges = [
                    m
                    for m in merges
                    if m != (group_start[0], len(row) - 1, len(rows) - 1, len(row) - 1)
                ]
                merges.append((group_start[0], len(row) - 1, len(rows), len(row) - 1))
            else:
                group_start = (len(rows), group)
                row.append(group)
        row.append(label)
        for column, figure in enumerate(columns):
            if figure is None:
                row.append(labels["empty"])
                continue
            text = num.cell(
                figure.value, figure.qualifier, float(spec["scale"]), voice.rng, voice.simple
            )
            row.append(text)
            header_text = value_cols[column]
            claims.append(
                Claim(
                    figure.field,
                    figure.value,
                    figure.status,
                    figure.year,
                    figure.qualifier,
                    f"{label}：{text}（{header_text}）",
                    text,
                    (caption, label, text),
                )
            )
        rows.append(row)
    block = Block(
        "table",
        text=caption,
        rows=rows,
        header_rows=len(header),
        merges=merges,
        claims=claims,
        simple=voice.simple,
    )
    return block, left_out
