"""What a document says on each non-deviable condition, with the named lists beside the counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.blocks import Distractor
from corpus.facts import Figure
from corpus.templates import structure
from corpus.voice import Part

if TYPE_CHECKING:
    from corpus.compose import Composer


def _with_list(composer: Composer, figure: Figure, items: list[str], annex_title: str) -> Part:
    """A count statement followed by its named items, inline or in an annex."""
    rng, words = composer.rng, structure()["lists"]
    if not items:
        composer.placed["actual"].add(figure.field)
        return composer.voice.statement(figure)
    if rng.random() < 0.3 and not composer.options.simple:
        composer.annexes.append((annex_title, items))
        suffix = rng.choice(words["annex_ref"]).format(k=len(composer.annexes))
    else:
        partial = len(items) < figure.value
        template = rng.choice(words["partial" if partial else "inline"])
        suffix = template.format(items=words["joiner"].join(items))
    composer.placed["actual"].add(figure.field)
    return composer.voice.statement(figure, suffix=suffix)


def _policy(composer: Composer) -> list[Part]:
    facts, voice, rng = composer.facts, composer.voice, composer.rng
    if facts.policies:
        joiner = rng.choice(structure()["lists"]["policy_joiners"])
        items = joiner.join(f"《{title}》" for title in facts.policies)
        parts = [
            Part(
                rng.choice(structure()["policy"]["named_intro"]).format(
                    s=voice.subject(), items=items
                )
            )
        ]
        if rng.random() < 0.5:
            number = voice.distractor("doc_number", pool="doc_number_local")
            quote = number.distractors[0].quote
            text = structure()["policy"]["docnum_sentence"].format(
                first=f"《{facts.policies[0]}》", docnum=quote
            )
            parts.append(Part(text, distractors=[Distractor("doc_number", quote)]))
        if rng.random() < 0.3:
            composer.annexes.append(
                (structure()["annex"]["policies"], [f"《{title}》" for title in facts.policies])
            )
        return parts
    if facts.policy_none:
        return [Part(voice.pick_from(("policy", "none")))]
    return []


def _density(composer: Composer) -> list[Part]:
    parts: list[Part] = []
    for name in ("population", "bs_total", "bs_per_10k"):
        parts += composer.state(composer.facts.actuals.get(name))
    if composer.rng.random() < 0.4:
        parts.append(composer.voice.distractor(composer.rng.choice(["threshold", "other_city"])))
    return parts


def _factories(composer: Composer) -> list[Part]:
    facts = composer.facts
    parts: list[Part] = []
    title = structure()["annex"]["factories"]
    for name, items in (
        ("pilot_5g_factory_projects", facts.pilots),
        ("directory_5g_factories", facts.directory),
    ):
        if name in facts.actuals:
            parts.append(_with_list(composer, facts.actuals[name], items, title))
    return parts


def _titles(composer: Composer) -> list[Part]:
    figure = composer.facts.actuals.get("national_titles")
    if figure is None:
        return []
    return [_with_list(composer, figure, composer.facts.titles, structure()["annex"]["titles"])]


def _incident(composer: Composer) -> list[Part]:
    kind = {"none": "none", "reported": "reported", "silent": "generic"}[composer.facts.incident]
    return [Part(composer.voice.pick_from(("incident", kind)))]


def condition_parts(composer: Composer) -> dict[str, list[Part]]:
    """Condition → the sentences about it, in the order the 申报表 asks for them."""
    scenario = []
    for name in ("scenario_factories", "typical_scenarios"):
        scenario += composer.state(composer.facts.actuals.get(name))
    return {
        "special_policy": _policy(composer),
        "bs_density": _density(composer),
        "scenario_factories": scenario,
        "factory_5g": _factories(composer),
        "national_demonstration": _titles(composer),
        "no_major_incident": _incident(composer),
    }
