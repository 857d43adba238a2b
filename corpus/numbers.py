"""Writing a canonical value as a Chinese document would: numerals, 万/亿, qualifiers, units."""

from __future__ import annotations

import random

from corpus.templates import numbers, phrase

_FULLWIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
# qualifier words that stand in for the verb: 超过3.6万个, not 达超过3.6万个
PREFIX_QUALIFIERS = frozenset({"over", "at_least", "about", "under"})


def fullwidth(text: str) -> str:
    """Arabic digits, point and comma as full-width characters (１２０００)."""
    return text.translate(_FULLWIDTH)


def plain(x: float) -> str:
    """A number without trailing zeros: 3.50 → 3.5, 12.0 → 12."""
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def _below_10k(n: int) -> str:
    digits, small = numbers()["digits"], numbers()["small_units"]
    text, pending_zero = "", False
    for position in (3, 2, 1, 0):
        digit = n // 10**position % 10
        if digit == 0:
            pending_zero = pending_zero or bool(text)
            continue
        if pending_zero:
            text += digits[0]
            pending_zero = False
        text += digits[digit] + small[position]
    return text


def chinese(n: int, two: bool = False) -> str:
    """An integer below 10^8 in Chinese numerals (一万二千三百); ``two`` writes a leading 两."""
    if not 0 <= n < 10**8:
        raise ValueError(f"{n} out of range for Chinese numerals")
    digits, wan = phrase(numbers()["digits"]), phrase(numbers()["units"]["ten_thousand"])
    if n == 0:
        return digits[0]
    high, low = divmod(n, 10000)
    text = _below_10k(high) + wan if high else ""
    if low:
        text += (digits[0] if high and low < 1000 else "") + _below_10k(low)
    if text.startswith(digits[1] + numbers()["small_units"][1]):
        text = text[1:]  # 一十二 is written 十二
    if two and text.startswith(digits[2]) and (len(text) == 1 or text[1] != digits[0]):
        text = numbers()["units"]["two"] + text[1:]
    return text


def chinese_decimal(x: float) -> str:
    """A number with one or two decimals in Chinese numerals (三十六点八)."""
    whole = int(x)
    if x == whole:
        return chinese(whole)
    digits = phrase(numbers()["digits"])
    decimals = plain(x).split(".")[1]
    return (
        chinese(whole)
        + phrase(numbers()["units"]["decimal_point"])
        + "".join(digits[int(d)] for d in decimals)
    )


def _fits(x: float, places: int = 2) -> bool:
    return abs(round(x, places) - x) < 1e-9


def forms(value: float, kind: str, simple: bool = False) -> list[str]:
    """Every way this value can be written exactly, as the number part before the unit."""
    wan, yi = numbers()["units"]["ten_thousand"], numbers()["units"]["hundred_million"]
    out: list[str] = []
    whole = value == int(value)
    n = int(value)
    if kind == "money":
        if value >= 1e8 and _fits(value / 1e8):
            out.append(plain(value / 1e8) + yi)
        if _fits(value / 1e4) and value < 1e9:
            out.append(plain(value / 1e4) + wan)
        if not simple and value % 1e4 == 0 and value / 1e4 < 10000 and value < 1e8:
            out.append(chinese(int(value / 1e4), two=True) + wan)
        if not simple and value % 1e8 == 0:
            out.append(chinese(int(value / 1e8), two=True) + yi)
    elif kind == "persons":
        if _fits(value / 1e4):
            out.append(plain(value / 1e4) + wan)
        out.append(str(n))
        if not simple:
            out.append(f"{n:,}")
            if value % 1e4 == 0:
                out.append(chinese(int(value / 1e4)) + wan)
    else:
        out.append(plain(value))
        if simple:
            return out
        out.append(chinese_decimal(value) if not whole else chinese(n, two=n < 10 or n >= 1000))
        if whole and n >= 1000:
            out.append(f"{n:,}")
        if whole and n >= 10000 and _fits(value / 1e4):
            out.append(plain(value / 1e4) + wan)
    if not simple:
        out += [fullwidth(text) for text in out if any(c.isdigit() for c in text)]
    return out


def is_round(value: float) -> bool:
    """A figure round enough to take 余 (三十余个, 2000余家)."""
    return value == int(value) and value >= 10 and int(value) % 10 == 0


def figure(
    value: float, qualifier: str, kind: str, unit: str, rng: random.Random, simple: bool = False
) -> str:
    """The figure as written: qualifier, number, unit (超过3.6万个, 三十余家, 约350万人)."""
    number = rng.choice(forms(value, kind, simple))
    unit = phrase(numbers()["units"]["money"]) if kind == "money" else unit
    if qualifier == "exact":
        return number + unit
    words = numbers()["qualifiers"][qualifier]
    slots: list[tuple[str, str]] = [("prefix", word) for word in words.get("prefix", [])]
    if not simple:
        slots += [("after_unit", word) for word in words.get("after_unit", [])]
        if is_round(value) or number.endswith(
            (numbers()["units"]["ten_thousand"], numbers()["units"]["hundred_million"])
        ):
            slots += [("after_number", word) for word in words.get("after_number", [])]
    where, word = rng.choice(slots)
    if where == "prefix":
        return word + number + unit
    if where == "after_number":
        return number + word + unit
    return number + unit + word


def starts_with_qualifier(text: str, qualifier: str) -> bool:
    """Whether a rendered figure begins with a qualifier word, so no verb goes before it."""
    words = numbers()["qualifiers"].get(qualifier, {}).get("prefix", [])
    return qualifier in PREFIX_QUALIFIERS and text.startswith(tuple(words))


def cell(value: float, qualifier: str, scale: float, rng: random.Random, simple: bool) -> str:
    """A table cell for a row whose unit (and scale) is in the row label: 3.6, 不少于45."""
    x = value / scale
    options = [plain(x)]
    if not simple:
        if x == int(x) and x >= 1000:
            options.append(f"{int(x):,}")
        options.append(fullwidth(plain(x)))
    number = rng.choice(options)
    if qualifier == "exact":
        return number
    words = numbers()["cell_qualifiers"][qualifier]
    slots: list[tuple[str, str]] = [("prefix", w) for w in words.get("prefix", [])]
    slots += [("after_unit", w) for w in words.get("after_unit", [])]
    where, word = rng.choice(slots)
    return word + number if where == "prefix" else number + word


def cell_fits(value: float, scale: float) -> bool:
    """Whether a value can be written in a row of this scale with at most two decimals."""
    return _fits(value / scale)
