"""Spec records: the quicker constructor and copier keep dataclass behaviour."""

from __future__ import annotations

import dataclasses

import pytest

from timeline.temporal.spec import Point, TimeSpec, fast_slots


def test_point_constructor_keeps_defaults_and_stays_frozen() -> None:
    """Keyword and positional arguments, defaults, equality, hashing and immutability are unchanged."""
    point = Point(2024, 3, day=5)
    assert (point.year, point.month, point.day, point.rel_base, point.like_base) == (
        2024,
        3,
        5,
        "publication",
        (),
    )
    assert point == Point(year=2024, month=3, day=5)
    assert hash(point) == hash(Point(year=2024, month=3, day=5))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.year = 2025  # type: ignore[misc]


def test_timespec_default_factory_gives_each_record_its_own_dict() -> None:
    """`extra` defaults to a fresh dict per record, as `field(default_factory=dict)` says."""
    first, second = TimeSpec("point"), TimeSpec("point")
    assert first.extra == {} and first.extra is not second.extra
    assert TimeSpec("point", extra={"prefer": "future"}).extra == {"prefer": "future"}


def test_with_copies_every_field_and_refuses_unknown_ones() -> None:
    """`with_` changes the named fields only, returns the record itself when nothing changes."""
    point = Point(year=2024, month=3, rel_unit="day", rel_offset=-1)
    moved = point.with_(month=4)
    assert dataclasses.asdict(moved) == {**dataclasses.asdict(point), "month": 4}
    assert point.with_(month=3) is point
    with pytest.raises(TypeError, match="no field"):
        point.with_(moon=1)


def test_fast_slots_keeps_a_dataclass_signature_and_defaults() -> None:
    """`fast_slots` on another frozen record: positional, keyword, default factory, `replace`."""

    @fast_slots
    @dataclasses.dataclass(frozen=True, slots=True)
    class Pair:
        left: int
        right: int = 2
        notes: list[str] = dataclasses.field(default_factory=list)

    pair = Pair(1)
    assert (pair.left, pair.right, pair.notes) == (1, 2, [])
    assert Pair(1, right=3, notes=["x"]) == Pair(left=1, right=3, notes=["x"])
    assert dataclasses.replace(pair, right=5) == Pair(1, 5)
    with pytest.raises(TypeError):
        Pair()  # type: ignore[call-arg]


def test_point_refuses_what_a_dataclass_refuses_and_copies_like_one() -> None:
    """Unknown, repeated or too many fields are errors; pickling, copying and `replace` keep the point."""
    import copy
    import pickle

    with pytest.raises(TypeError, match="unexpected keyword argument moon"):
        Point(moon=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'year'"):
        Point(2024, year=2025)  # type: ignore[misc]
    with pytest.raises(TypeError, match="at most"):
        Point(*range(40))  # type: ignore[arg-type]
    point = Point(year=2024, fallback=Point(month=3))
    assert pickle.loads(pickle.dumps(point)) == point
    assert copy.deepcopy(point) == point and copy.copy(point) == point
    assert dataclasses.replace(point, day=5) == Point(year=2024, day=5, fallback=Point(month=3))
    assert list(vars(point)) == [f.name for f in dataclasses.fields(Point)]  # fields in their order
    with pytest.raises(dataclasses.FrozenInstanceError):
        object.__getattribute__(point, "__setattr__")("day", 3)


def test_point_of_builds_what_the_constructor_builds() -> None:
    """point_of(fields) is Point(**fields): same fields, equal, frozen; an unknown field is refused."""
    from dataclasses import FrozenInstanceError

    from timeline.temporal.spec import point_of

    fields = {"year": 2023, "month": 2, "day": 16, "rel_unit": "day", "rel_offset": -1}
    made = point_of(fields)
    assert made == Point(**fields) and vars(made) == vars(Point(**fields))
    assert point_of({}) == Point()
    with pytest.raises(FrozenInstanceError):
        made.year = 2024  # type: ignore[misc]
    with pytest.raises(TypeError):
        point_of({"yeer": 2023})
