"""Invented applicants, enterprises, policy titles, ministerial titles and 5G factories."""

from __future__ import annotations

import random

from corpus.templates import names, phrase, strings


def city(rng: random.Random) -> str:
    """An invented prefecture-level city (江州市)."""
    pool = names()
    first, second = strings(pool["city_first"]), strings(pool["city_second"])
    return rng.choice(first) + rng.choice(second) + phrase(pool["city_suffix"])


def applicant(rng: random.Random, framework: str) -> tuple[str, str]:
    """The applicant as written and its kind: a city (national) or county/district/park."""
    pool = names()
    if framework == "miit-2023":
        return city(rng), "city"
    kind = rng.choice(["district", "county", "park", "hightech"])
    name = rng.choice(pool["district_first"]) + rng.choice(pool["district_second"])
    text = pool["applicant_kinds"][kind].format(city=rng.choice(pool["liaoning_cities"]), name=name)
    return text, ("park" if kind == "hightech" else kind)


def enterprise(rng: random.Random) -> str:
    """An invented enterprise name (恒通重工股份有限公司)."""
    pool = names()
    return "".join(
        rng.choice(strings(pool[part]))
        for part in ("enterprise_brand", "enterprise_trade", "enterprise_suffix")
    )


def factory(rng: random.Random) -> str:
    """A named 5G factory of the 5G工厂名录."""
    return rng.choice(strings(names()["factory_project"])).format(ent=enterprise(rng))


def pilot(rng: random.Random) -> str:
    """A named project of 工业互联网试点示范（5G工厂方向）."""
    return rng.choice(strings(names()["pilot_project"])).format(ent=enterprise(rng))


def _distinct(rng: random.Random, make: list[str], count: int, **values: str) -> list[str]:
    out: list[str] = []
    for _ in range(count * 20):
        if len(out) == count:
            break
        values_now = dict(values)
        values_now["ent"] = enterprise(rng)
        values_now["trade"] = rng.choice(names()["enterprise_trade"])
        text = rng.choice(make).format(**values_now)
        if text not in out:
            out.append(text)
    return out


def titles(rng: random.Random, applicant_name: str, count: int) -> list[str]:
    """``count`` distinct ministerial titles held by the applicant or its enterprises."""
    pool = names()["title_item"]
    applicant_titles = rng.sample(pool["applicant"], k=min(rng.randint(0, 2), count))
    rest = _distinct(rng, pool["enterprise"], count - len(applicant_titles))
    items = [
        text.format(trade=rng.choice(names()["enterprise_trade"])) for text in applicant_titles
    ]
    return items + rest


def policies(rng: random.Random, applicant_name: str, count: int, year: int) -> list[str]:
    """``count`` distinct titles of the applicant's own special policy documents."""
    return _distinct(
        rng, names()["policy_title"], count, city=applicant_name, y1=str(year - 1), y2=str(year + 1)
    )


def person(rng: random.Random) -> str:
    """An invented contact person."""
    pool = names()
    return rng.choice(strings(pool["people_surname"])) + rng.choice(strings(pool["people_given"]))


def phone(rng: random.Random) -> str:
    """A landline or mobile number."""
    if rng.random() < 0.5:
        return f"0{rng.randint(310, 999)}-{rng.randint(2, 8)}{rng.randint(1000000, 9999999)}"
    return f"1{rng.choice([3, 5, 8])}{rng.randint(100000000, 999999999)}"
