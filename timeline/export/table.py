"""Claims → one flat table with fixed columns and Arrow types, shared by CSV and Parquet."""

from __future__ import annotations

import json
import types
import typing
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa

from timeline.models import SCHEMA_VERSION, Claim, Timeline

COLUMNS: tuple[str, ...] = tuple(Claim.model_fields)
"""Canonical column order: the field order of `Claim` (the single source of truth)."""

NESTED = ("entities", "quantities")

_ENTITY = pa.struct([("text", pa.string()), ("type", pa.string())])
_QUANTITY = pa.struct(
    [
        ("text", pa.string()),
        ("value", pa.float64()),
        ("value_max", pa.float64()),
        ("unit", pa.string()),
        ("approx", pa.string()),
    ]
)
_SPECIAL: dict[str, pa.DataType] = {
    "entities": pa.list_(_ENTITY),
    "quantities": pa.list_(_QUANTITY),
    "confidence": pa.float32(),
    "date_year": pa.int16(),
}
_DICT = pa.dictionary(pa.int8(), pa.string())
_TIMESTAMP = pa.timestamp("ms", tz="UTC")


def _arrow_type(name: str, annotation: Any) -> pa.DataType:
    if name in _SPECIAL:
        return _SPECIAL[name]
    args = (
        [a for a in typing.get_args(annotation) if a is not type(None)]
        if _is_union(annotation)
        else [annotation]
    )
    base = typing.get_origin(args[0]) or args[0]
    if base is typing.Annotated:
        base = typing.get_args(args[0])[0]
    if base is typing.Literal:
        return _DICT
    if datetime in args and date in args:  # a day, or a local time for hour precision: the day
        return pa.date32()
    if base is datetime:
        return _TIMESTAMP
    if base is date:
        return pa.date32()
    if base is int:
        return pa.int32()
    if base is float:
        return pa.float64()
    return pa.string()


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


SCHEMA = pa.schema(
    [pa.field(name, _arrow_type(name, field.annotation)) for name, field in Claim.model_fields.items()],
    metadata={b"timeline.schema_version": SCHEMA_VERSION.encode()},
)
"""The Arrow schema of an export; an empty export keeps these types."""


def _allowed(annotation: Any) -> list[str]:
    """The values a Literal field (optional or not) allows, in the order the model declares them."""
    args = (
        [a for a in typing.get_args(annotation) if a is not type(None)]
        if _is_union(annotation)
        else [annotation]
    )
    return list(typing.get_args(args[0]))


ENUMS: dict[str, list[str]] = {
    field.name: _allowed(Claim.model_fields[field.name].annotation)
    for field in SCHEMA
    if pa.types.is_dictionary(field.type)
}
"""Every enum column's full list of values: each file's dictionary holds them all, in this order, so
pandas reads the same categories from every export (`pd.concat` keeps them; precision sorts coarse
to fine) whatever values one export happens to hold."""


def rows(timeline: Timeline) -> list[dict[str, Any]]:
    """Claims as flat Python rows: days as `date`, instants in UTC, nested fields as lists of dicts."""
    out = []
    for claim in timeline.claims:
        row = claim.model_dump()
        for key, value in row.items():
            if isinstance(value, datetime):
                row[key] = value.date() if SCHEMA.field(key).type == pa.date32() else value.astimezone(UTC)
        out.append(row)
    return out


def to_arrow(timeline: Timeline) -> pa.Table:
    """The claims as an Arrow table with the canonical schema."""
    data = rows(timeline)
    columns = {name: [row[name] for row in data] for name in COLUMNS}
    arrays = []
    for field in SCHEMA:
        values = columns[field.name]
        if pa.types.is_dictionary(field.type):
            allowed = ENUMS[field.name]
            indices = pa.array([None if v is None else allowed.index(v) for v in values], pa.int8())
            arrays.append(pa.DictionaryArray.from_arrays(indices, pa.array(allowed, pa.string())))
        else:
            arrays.append(pa.array(values, field.type))
    return pa.Table.from_arrays(arrays, schema=SCHEMA)


def nested_json(value: list[dict[str, Any]]) -> str:
    """A nested field as compact JSON text (for CSV), keys in a stable order."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
