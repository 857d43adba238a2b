"""Loading a data file from patterns/ into a pydantic model, failing with the file and key named."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from extractor.errors import PatternError
from extractor.language import current, translations
from extractor.settings import PATTERNS_DIR

ModelT = TypeVar("ModelT", bound=BaseModel)

# libyaml's parser where PyYAML's wheel has it: the patterns load in a fifth of the time
_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[valid-type,misc]
    """A key written twice in one mapping is an error: YAML would keep the second silently,
    and the first pattern (a cue of the same name added later, say) would never run."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping",
                        node.start_mark,
                        f"the key {key.value!r} is written twice",
                        key.start_mark,
                    )
                seen.add(key.value)
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]


def load_data(relative: str | Path, model: type[ModelT], root: Path | None = None) -> ModelT:
    """Validate one YAML/JSON file under patterns/; a typo raises PatternError, not KeyError."""
    path = (root or PATTERNS_DIR) / relative
    try:
        with path.open(encoding="utf-8") as handle:
            content = yaml.load(handle, Loader=_Loader)
    except OSError as err:
        raise PatternError(f"{path}: cannot read the data file ({err.strerror})") from err
    except yaml.YAMLError as err:
        raise PatternError(f"{path}: not valid YAML: {err}") from err
    try:
        return model.model_validate(content)
    except ValidationError as err:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in err.errors()
        )
        raise PatternError(f"{path}: {problems}") from err


@cache
def _cached(relative: str, model: type[BaseModel]) -> BaseModel:
    return load_data(relative, model)


def load_cached(relative: str, model: type[ModelT]) -> ModelT:
    """``load_data`` once per process: the patterns are read at first use, then shared."""
    value = _cached(relative, model)
    assert isinstance(value, model)
    return value


def _in_language(value: Any, translate: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return translate(value) if value else value  # gettext("") is the catalogue's header
    if isinstance(value, dict):
        return {key: _in_language(item, translate) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_in_language(item, translate) for item in value]
    return value


@cache
def _translated(relative: str, model: type[BaseModel], language: str) -> BaseModel:
    loaded = load_cached(relative, model).model_dump()
    return model.model_validate(_in_language(loaded, translations(language).gettext))


def load_translated(relative: str, model: type[ModelT]) -> ModelT:
    """A file of labels (every string value a message of the gettext catalogue, keys kept)
    in the reader's language, once per process and language."""
    value = _translated(relative, model, current())
    assert isinstance(value, model)
    return value
