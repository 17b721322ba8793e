"""`TimeMention` records for tag()'s hot loop: pydantic checks each shape of values once, not each record.

A record's field checks depend on its values only through their types and the `Literal` words
they hold (a `str` field takes any string, a `date` field any date), except for the bounds of
annotated fields (`Offset` >= 0) and the model validators (end after start, text length, date
order). So the first record of a *shape* (the type of every value, and the value itself for
the `Literal` fields) is built by pydantic as always; when pydantic returns every value as
given, later records of that shape are assembled directly, with the bounds and the model's own
validators run on each of them. Any failure falls back to pydantic, which raises its usual error.
The record is the very one pydantic would build (same values, same types, same fields set).

The shortcut reads the model at import and switches itself off (every record then goes through
pydantic) as soon as the model has anything it does not know: a constraint other than a
lower bound, a field or `before`/`wrap` validator, a config option that changes values, private
attributes. tests/test_mention_records.py checks it is on and builds what pydantic builds.
"""

from __future__ import annotations

import inspect
from datetime import date, datetime
from typing import Any, Literal, get_args, get_origin

import annotated_types

from timeline.models import TimeMention

FIELDS = (
    "text",
    "start",
    "end",
    "type",
    "value",
    "timex3",
    "timex3_mod",
    "date_start",
    "date_end",
    "precision",
    "qualifier",
    "anchor",
    "rule",
)
"""The fields `time_mention` takes, in the model's order."""

MAX_SHAPES = 4096
"""Shapes remembered at most (there are a few dozen in practice)."""

_PLAIN_TYPES = {str, int, date, datetime, type(None)}
"""Types whose every instance passes pydantic's check unchanged (ints and strings of any value)."""

_SAFE_CONFIG = {"frozen", "extra"}
"""Config options that change no value (anything else, e.g. str_strip_whitespace, turns the shortcut off)."""


def _literal_fields() -> tuple[str, ...] | None:
    """The fields whose type holds a `Literal` (their words are part of the shape); None when a field's
    type is anything but plain strings, integers, dates, None and `Literal`s (a list or a model inside
    would make a value's validity depend on more than its type)."""
    found = []
    for name, info in TimeMention.model_fields.items():
        members = get_args(info.annotation) if get_origin(info.annotation) is not Literal else ()
        if get_origin(info.annotation) is Literal or any(get_origin(m) is Literal for m in members):
            found.append(name)
        plain = [m for m in (members or (info.annotation,)) if get_origin(m) is not Literal]
        if get_origin(info.annotation) is not Literal and not set(plain) <= _PLAIN_TYPES:
            return None
    return tuple(found)


def _lower_bounds() -> tuple[tuple[str, Any], ...] | None:
    """(field, bound) for every `ge` constraint; None when a field has any other constraint."""
    bounds = []
    for name, info in TimeMention.model_fields.items():
        for item in info.metadata:
            if not isinstance(item, annotated_types.Ge):
                return None
            bounds.append((name, item.ge))
    return tuple(bounds)


def _after_validators() -> tuple[Any, ...] | None:
    """The model's `after` validators (functions of the record alone); None if it has any other kind."""
    decorators = TimeMention.__pydantic_decorators__
    if (
        decorators.field_validators
        or decorators.validators
        or decorators.root_validators
        or TimeMention.__pydantic_post_init__ is not None
        or TimeMention.__private_attributes__
        or set(TimeMention.model_config) - _SAFE_CONFIG
        or tuple(TimeMention.model_fields) != FIELDS
    ):
        return None
    funcs = []
    for found in decorators.model_validators.values():
        if found.info.mode != "after" or len(inspect.signature(found.func).parameters) != 1:
            return None
        funcs.append(found.func)
    return tuple(funcs)


_LITERALS = _literal_fields()
_BOUNDS = _lower_bounds()
_OFFSET_BOUNDS = _BOUNDS is not None and [name for name, _ in _BOUNDS] == ["start", "end"]
"""True when the only bounds are those of the offsets (the usual model): checked inline, not in a loop."""
_START_BOUND, _END_BOUND = (bound for _, bound in _BOUNDS) if _OFFSET_BOUNDS else (0, 0)  # type: ignore[union-attr]
_VALIDATORS = _after_validators()
ENABLED = _LITERALS == ("type", "precision", "qualifier", "anchor") and None not in (_BOUNDS, _VALIDATORS)
"""True when the shortcut applies (tests/test_mention_records.py keeps it so)."""

_UNCHANGED: dict[tuple[object, ...], bool] = {}
"""shape → True when pydantic returned a record of that shape with every value as given."""
_ALL_FIELDS = set(FIELDS)
"""The fields a record made with every field given says were set (a copy for each record)."""
_new = object.__new__
_set = object.__setattr__


def time_mention(
    text: str,
    start: int,
    end: int,
    kind: str,
    value: str | None,
    timex3: str | None,
    timex3_mod: str | None,
    date_start: datetime | date | None,
    date_end: date | None,
    precision: str | None,
    qualifier: str,
    anchor: str,
    rule: str,
) -> TimeMention:
    """The validated `TimeMention` of these values, `kind` its `type` (raises pydantic's ValidationError when invalid)."""
    values = {
        "text": text,
        "start": start,
        "end": end,
        "type": kind,
        "value": value,
        "timex3": timex3,
        "timex3_mod": timex3_mod,
        "date_start": date_start,
        "date_end": date_end,
        "precision": precision,
        "qualifier": qualifier,
        "anchor": anchor,
        "rule": rule,
    }
    if not ENABLED:
        return TimeMention(**values)  # type: ignore[arg-type]
    shape = (
        text.__class__,
        start.__class__,
        end.__class__,
        kind.__class__,
        kind,
        value.__class__,
        timex3.__class__,
        timex3_mod.__class__,
        date_start.__class__,
        date_end.__class__,
        precision.__class__,
        precision,
        qualifier.__class__,
        qualifier,
        anchor.__class__,
        anchor,
        rule.__class__,
    )
    known = _UNCHANGED.get(shape)
    if known and (start >= _START_BOUND and end >= _END_BOUND if _OFFSET_BOUNDS else _within_bounds(values)):
        record = _new(TimeMention)
        _set(record, "__dict__", values)
        _set(record, "__pydantic_fields_set__", _ALL_FIELDS.copy())
        _set(record, "__pydantic_extra__", None)
        _set(record, "__pydantic_private__", None)
        try:
            for check in _VALIDATORS:  # type: ignore[union-attr]
                if check(record) is not record:
                    break
            else:
                return record
        except ValueError:  # pydantic turns it into its ValidationError: let it
            pass
    record = TimeMention(**values)  # type: ignore[arg-type]
    if known is None and len(_UNCHANGED) < MAX_SHAPES:
        _UNCHANGED[shape] = all(
            getattr(record, name).__class__ is given.__class__ and getattr(record, name) == given
            for name, given in values.items()
        )
    return record


def _within_bounds(values: dict[str, Any]) -> bool:
    """True when every bounded field (`Offset` >= 0) is within its bound."""
    return all(values[name] >= bound for name, bound in _BOUNDS)  # type: ignore[union-attr]
