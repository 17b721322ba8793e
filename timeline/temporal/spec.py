"""What a grammar rule says a time expression means, before it is anchored to a calendar.

Rules build a `TimeSpec` from the words alone ("去年3月" = month 3 of the year before the
reference); `anchoring.resolve` turns it into calendar values once the reference date and
the narrative context are known. Nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal, TypeVar

_T = TypeVar("_T")
Part = Literal["early", "mid", "late"]
RelUnit = Literal[
    "century", "decade", "year", "half", "quarter", "month", "week", "day", "hour", "minute", "second"
]
Base = Literal["publication", "narrative"]
SpecKind = Literal[
    "point", "range", "duration", "set", "present", "recent", "past", "future", "after", "then"
]


@dataclass(frozen=True)
class Point:
    """A calendar point as written; any field may be missing and is filled by anchoring.

    Its fields live in the instance dict, not in slots (see `fast_defaults`): a point of 35 fields
    is then made by copying a dict of defaults.

    `rel_unit`/`rel_offset` shift from the base ("去年" = year -1, "三天前" = day -3);
    absolute fields written beside them refine the shifted point ("去年3月").
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    decade: int | None = None  # 1990 for 上世纪90年代
    quarter: int | None = None  # 1..4
    half: int | None = None  # 1..2
    season: str | None = None  # SP, SU, FA, WI
    tenday: int | None = None  # 1..3: 上旬 / 中旬 / 下旬
    week: int | None = None  # ISO week number
    weekday: int | None = None  # 0 = Monday
    daypart: str | None = None  # TIMEX3 parts of day: MO, AF, EV, NI (凌晨 = NI of the next day)
    part: Part | None = None  # 初 / 中 / 底 of the finest unit present
    holiday: str | None = None  # a named day (春节, 国庆) whose date depends on the year
    holiday_day: int | None = (
        None  # with `holiday`: its nth day, -1 the last (庞格尔节第四天, 逾越节最后一天)
    )
    lunar: bool = False  # month and day are on the Chinese calendar (农历八月十五, 正月初一)
    leap: bool = False  # with `lunar`: the leap month that follows `month` (闰四月)
    rel_unit: RelUnit | None = None
    rel_offset: int = 0
    rel_base: Base = "publication"
    year_of_century: bool = False  # "90年代", "'90s": century taken from the reference
    # precisions of a nearby narrative point that a shift keeps ("a year earlier" → its quarter)
    like_base: tuple[str, ...] = ()
    # a partial date borrows its year only from a date written with one (not from "a year ago")
    year_from_explicit: bool = False
    # a yearless date takes the latest year not beyond reference + ahead_days (0: plain past/future roll)
    ahead_days: int = 0
    # the grammar's reading of tense: "future" for "will meet Monday", overriding the caller's preference
    prefer: str | None = None
    # count from the latest date not itself counted from the story ("a year earlier" never chains)
    no_chain: bool = False
    # with `like_base`: what the expression means when no such narrative point is near
    fallback: Point | None = None
    # counted from an event named just before it (解除封锁半年后): without a narrative date, no base at all
    needs_base: bool = False
    # with `weekday` and `month`: the nth such weekday (-1 = the last), as in holidays;
    # with `month` alone: the week that starts on the month's nth Monday (3月第三周)
    nth: int | None = None
    # with `year_from_explicit`: only a date ending at or after this text offset lends (its paragraph's start)
    lend_after: int = 0
    latest: bool = (
        False  # with weekday and a week shift: the latest such weekday before the base ("last Tuesday");
        # with a yearless month: the latest such month before the publication month ("last November");
        # with a yearless season: the latest one ended before the publication month ("last spring")
    )
    week_of: bool = False  # with month and day: the ISO week holding that day ("the week of March 6")
    half_day: bool = False  # a clock time written without a.m./p.m. ("3:30"): read forward, it may be p.m.

    @property
    def is_relative(self) -> bool:
        """True when the point needs a base date (a shift, a missing year, a bare weekday)."""
        return self.rel_unit is not None or (self.year is None and self.decade is None)

    def with_(self, **changes: object) -> Point:
        """Return a copy with `changes` applied."""
        return _copy_with(self, changes)


@dataclass(frozen=True, slots=True)
class TimeSpec:
    """The meaning of one expression.

    kind:
      point     a calendar point (`start`)
      range     from `start` to `end` (missing fields of `end` come from `start`)
      duration  a length of time (`duration`, ISO 8601 like P3Y); never a date
      set       a recurrence (`timex`, like P1D or XXXX-WXX-1); never a date
      present   now / as of the reference (如今, 目前, currently)
      recent    the recent past up to the reference (近年来, in recent years)
      past      an unspecified past (此前, formerly): PAST_REF
      future    an unspecified future (将来): FUTURE_REF
      after     some time after the narrative point (随后, later)
      then      the narrative point itself (当时 "then", 最初 "at the start": approximate)

    `extra["precision"]` may set the precision of present/recent/past answers (近日 = day);
    `extra["prefer"]` ("past" / "future") overrides the caller's preference for this expression
    (a grammar sets it when the sentence speaks of a plan: 将于9月19日).
    """

    kind: SpecKind
    start: Point | None = None
    end: Point | None = None
    qualifier: str = "none"
    duration: str | None = None
    timex: str | None = None
    approximate: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def with_(self, **changes: object) -> TimeSpec:
        """Return a copy with `changes` applied."""
        return _copy_with(self, changes)


_FIELDS: dict[type, tuple[tuple[str, ...], frozenset[str]]] = {
    cls: (names, frozenset(names))
    for cls in (Point, TimeSpec)
    for names in [tuple(f.name for f in fields(cls))]
}
_new = object.__new__


_SCALARS = (int, str, bool, float)


def _copy_with(obj: Any, changes: dict[str, object]) -> Any:
    """`dataclasses.replace` for these frozen records, without its per-call field inspection (a hot path)."""
    known = _FIELDS[type(obj)][1]
    if not changes.keys() <= known:
        unknown = ", ".join(sorted(changes.keys() - known))
        raise TypeError(f"{type(obj).__name__} has no field {unknown}")
    for name, value in changes.items():
        # unchanged: the same object, or an equal scalar of the same type (False is not 0; a dict is
        # never taken for an equal one, it could be changed later)
        old = getattr(obj, name)
        if old is not value and not (type(old) is type(value) and type(value) in _SCALARS and old == value):
            return _COPIERS[type(obj)](obj, changes)
    return obj  # nothing changes: the record is immutable, so it is its own copy


def fast_slots(cls: type[_T]) -> type[_T]:
    """Give a frozen slots dataclass a quicker `__init__` (and a copier for `_copy_with`); returns the class.

    A frozen dataclass sets each field through `object.__setattr__`, about a tenth of a
    microsecond per field and call; setting the slots through their own descriptors, in
    straight-line code written here as `dataclasses` writes its own, halves that (TimeSpec,
    Resolved, Candidate; Point has `fast_defaults`). Same signature, defaults and default
    factories as the generated one.
    """
    names = [f.name for f in fields(cls)]
    scope: dict[str, object] = {"_new": _new, "_cls": cls, "_MISSING": MISSING}
    params = []
    for f in fields(cls):
        scope[f"_put_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
        else:
            params.append(f.name)
    init = [f"def __init__(self, {', '.join(params)}):"]
    for f in fields(cls):
        if f.default_factory is not MISSING:
            init.append(f"    if {f.name} is _MISSING: {f.name} = _factory_{f.name}()")
        init.append(f"    _put_{f.name}(self, {f.name})")
    copy = ["def _copy(obj, changes):", "    new = _new(_cls)"]
    copy += [f"    _put_{n}(new, changes['{n}'] if '{n}' in changes else obj.{n})" for n in names]
    copy.append("    return new")
    exec("\n".join(init) + "\n\n" + "\n".join(copy), scope)  # code built from field names only
    init_fn = scope["__init__"]
    init_fn.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init_fn.__doc__ = cls.__init__.__doc__  # type: ignore[attr-defined, misc]
    cls.__init__ = init_fn  # type: ignore[misc]
    _COPIERS[cls] = scope["_copy"]  # type: ignore[assignment]
    return cls


def fast_defaults(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass without slots, every field of which has a plain default, a quicker
    `__init__` (and a copier for `_copy_with`); returns the class.

    Binding 35 keyword parameters and setting 35 fields costs about two microseconds a point;
    copying a ready dict of the defaults, updating it with the fields given and making it the
    instance dict costs about half of that, and a copy with changes a fifth. Same signature
    (positional or keyword), defaults, errors for unknown or repeated fields, and frozenness.
    """
    found = fields(cls)
    if any(f.default is MISSING for f in found) or "__slots__" in cls.__dict__:
        raise TypeError("fast_defaults needs a dataclass without slots whose every field has a default")
    names = tuple(f.name for f in found)
    known = frozenset(names)
    defaults = {f.name: f.default for f in found}
    label = cls.__name__

    def init(self: object, *args: object, **given: object) -> None:
        if args:
            if len(args) > len(names):
                raise TypeError(
                    f"{label}() takes at most {len(names)} positional arguments ({len(args)} given)"
                )
            for name, value in zip(names, args, strict=False):
                if name in given:
                    raise TypeError(f"{label}() got multiple values for argument {name!r}")
                given[name] = value
        if not given.keys() <= known:
            unknown = ", ".join(sorted(given.keys() - known))
            raise TypeError(f"{label}() got an unexpected keyword argument {unknown}")
        values = defaults.copy()  # every default is immutable, so the copies may share them
        values.update(given)
        _set(self, "__dict__", values)

    def copy(obj: Any, changes: dict[str, object]) -> Any:
        new = _new(cls)
        values = obj.__dict__.copy()
        values.update(changes)
        _set(new, "__dict__", values)
        return new

    init.__name__ = "__init__"
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    _COPIERS[cls] = copy
    _DEFAULTS[cls] = (defaults, known)
    return cls


def point_of(fields: dict[str, Any]) -> Point:
    """`Point(**fields)` without the keyword call: the grammars' readers build a point from a dict (a hot path)."""
    defaults, known = _DEFAULTS[Point]
    if not fields.keys() <= known:
        return Point(**fields)  # raises the usual TypeError for the unknown field
    values = defaults.copy()
    values.update(fields)
    point = _new(Point)
    _set(point, "__dict__", values)
    return point


_set = object.__setattr__
_COPIERS: dict[type, Any] = {}
_DEFAULTS: dict[type, tuple[dict[str, Any], frozenset[str]]] = {}
"""A `fast_defaults` class → (its field defaults, its field names)."""
fast_slots(TimeSpec)
fast_defaults(Point)
