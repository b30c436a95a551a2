"""Classes a cartographer would sign.

Provinces with nothing get their own class and colour; the method classifies only the values
above zero; no class is empty or repeated (fewer classes than asked when the data has fewer
distinct values, and the note says so); counts are integer ranges that do not overlap (1 – 2,
3 – 4, 5 – 9, 10 – 57); rates carry the few decimals their size needs; changes diverge around a
neutral "no change" class, decreases and increases classified apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from qgis.core import (
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
)

from ..i18n import tr

CLASSIFIERS = {
    "jenks": QgsClassificationJenks,
    "quantile": QgsClassificationQuantile,
    "equal": QgsClassificationEqualInterval,
    "pretty": QgsClassificationPrettyBreaks,
}

INTEGER_MEASURES = ("incidents", "fatalities", "change_abs")
DIVERGING = ("change_abs", "change_pct")
ZERO, RANGE, DECREASE, INCREASE = "zero", "range", "decrease", "increase"


@dataclass(frozen=True)
class MapClass:
    lower: float
    upper: float
    text: str  # the range as the legend writes it, without the count of provinces
    role: str  # ZERO (nothing / no change), RANGE, DECREASE or INCREASE


@dataclass
class Classification:
    classes: list[MapClass]
    note: str = ""  # why there are fewer classes than asked, for the legend

    @property
    def ranges(self) -> list[tuple[float, float]]:
        return [(c.lower, c.upper) for c in self.classes]


def zero_text(measure: str) -> str:
    if measure in DIVERGING:
        return tr("No change")
    if measure == "fatalities":
        return tr("No fatalities")
    return tr("No incidents")


def _upper_bounds(values: list[float], method: str, count: int) -> list[float]:
    """The classes' upper bounds by QGIS's own method, over the values given (all above zero)."""
    distinct = sorted(set(values))
    if len(distinct) <= count:  # one class per value: nothing to classify
        return distinct
    ranges = CLASSIFIERS[method]().classes(values, count)
    return [r.upperBound() for r in ranges]


def _integer_classes(values: list[float], uppers: list[float], role: str, fmt) -> list[MapClass]:
    """Integer ranges that meet end to end (each starts one above the last), none empty: a bound
    whose class would hold no value is dropped and the next class starts where it would have."""
    present = sorted({int(round(v)) for v in values})
    bounds = sorted({min(int(math.floor(u + 1e-9)), present[-1]) for u in uppers} | {present[-1]})
    classes: list[MapClass] = []
    lower = present[0]
    for upper in bounds:
        if upper < lower or not any(lower <= v <= upper for v in present):
            continue
        text = fmt(lower) if lower == upper else f"{fmt(lower)} – {fmt(upper)}"
        classes.append(MapClass(float(lower), float(upper), text, role))
        lower = upper + 1
    return classes


def decimals_for(bounds: list[float]) -> int:
    """The fewest decimals (up to 3) that keep every bound distinct and the smallest one above zero."""
    for decimals in range(4):
        rounded = [round(b, decimals) for b in bounds]
        if len(set(rounded)) == len(set(bounds)) and min((abs(r) for r in rounded if r), default=1) > 0:
            smallest = min((abs(b) for b in bounds if b), default=1)
            if round(smallest, decimals) != 0:
                return decimals
    return 3


def _float_classes(values: list[float], uppers: list[float], role: str, suffix: str) -> list[MapClass]:
    """Ranges that meet end to end (a shared bound belongs to the class below it), none empty."""
    values = sorted(values)
    bounds = sorted(set(uppers) | {values[-1]})
    decimals = decimals_for([values[0], *bounds])
    classes: list[MapClass] = []
    lower = values[0]
    for upper in bounds:
        if not any((lower <= v if not classes else lower < v) and v <= upper for v in values):
            continue
        low, high = f"{lower:,.{decimals}f}{suffix}", f"{upper:,.{decimals}f}{suffix}"
        classes.append(MapClass(float(lower), float(upper), low if lower == upper else f"{low} – {high}", role))
        lower = upper
    return classes


def _side(values: list[float], measure: str, method: str, count: int, role: str) -> list[MapClass]:
    """Classes of the values on one side of zero (given as positive magnitudes)."""
    if not values:
        return []
    uppers = _upper_bounds(values, method, max(count, 1))
    suffix = " %" if measure == "change_pct" else ""
    if measure in INTEGER_MEASURES:
        sign = -1 if role == DECREASE else 1
        classes = _integer_classes(values, uppers, role, lambda v: f"{sign * v:+,}" if role != RANGE else f"{v:,}")
    else:
        classes = _float_classes(values, uppers, role, suffix)
        if role in (DECREASE, INCREASE):
            sign = "-" if role == DECREASE else "+"
            classes = [MapClass(c.lower, c.upper, _signed(c.text, sign), c.role) for c in classes]
    if role == DECREASE:  # magnitudes back to negative values, most negative first
        # QGIS gives a value to the first class that holds it: a shared bound must stay with the class
        # nearer zero, so the class below it ends just short of it.
        negated = []
        for index, c in enumerate(classes):
            shared = index > 0 and measure not in INTEGER_MEASURES  # integer ranges share no bound
            upper = math.nextafter(-c.lower, -math.inf) if shared else -c.lower
            negated.append(_reversed_text(MapClass(-c.upper, upper, c.text, role)))
        classes = list(reversed(negated))
    return classes


def _signed(text: str, sign: str) -> str:
    return " – ".join(sign + part for part in text.split(" – "))


def _reversed_text(c: MapClass) -> MapClass:
    parts = c.text.split(" – ")
    return MapClass(c.lower, c.upper, " – ".join(reversed(parts)), c.role)


def classify(values: list[float | None], measure: str, method: str, classes: int) -> Classification:
    """The classes for these province values (None counts as zero, as the map draws it)."""
    numbers = [0.0 if v is None else float(v) for v in values if v is None or math.isfinite(v)]
    result: list[MapClass] = []
    if measure in DIVERGING:
        per_side = max(1, (classes - 1) // 2)
        decreases = [-v for v in numbers if v < 0]
        result += _side(decreases, measure, method, per_side, DECREASE)
        if any(v == 0 for v in numbers):
            result.append(MapClass(0.0, 0.0, zero_text(measure), ZERO))
        result += _side([v for v in numbers if v > 0], measure, method, per_side, INCREASE)
        asked = 2 * per_side
        made = len([c for c in result if c.role != ZERO])
    else:
        if any(v == 0 for v in numbers):
            result.append(MapClass(0.0, 0.0, zero_text(measure), ZERO))
        result += _side([v for v in numbers if v > 0], measure, method, classes, RANGE)
        asked, made = classes, len([c for c in result if c.role != ZERO])
    if not result:  # no province at all
        result.append(MapClass(0.0, 0.0, zero_text(measure), ZERO))
    note = ""
    distinct = len({v for v in numbers if v != 0})
    if made < asked and distinct < asked:
        note = tr("%n classes, not {asked}: the data has only {distinct} distinct values above zero", "", made).format(
            asked=asked, distinct=distinct
        )
    return Classification(result, note)


def fixed_classes(breaks: tuple[float, ...], measure: str) -> Classification:
    """The analyst's own breaks, as given; counts labelled as integer ranges that do not overlap."""
    bounds = sorted(breaks)
    if len(bounds) < 2:
        raise ValueError(tr("Fixed breaks need at least two values, e.g. 0, 10, 50, 100"))
    result = []
    integer = measure in INTEGER_MEASURES and all(float(b).is_integer() for b in bounds)
    decimals = 0 if integer else decimals_for(bounds)
    for index, (lower, upper) in enumerate(zip(bounds[:-1], bounds[1:])):
        if integer:
            low = int(lower) + (1 if index else 0)  # a bound belongs to the class below it
            text = f"{low:,}" if low == int(upper) else f"{low:,} – {int(upper):,}"
            result.append(MapClass(float(low), float(upper), text, RANGE))
        else:
            result.append(MapClass(lower, upper, f"{lower:,.{decimals}f} – {upper:,.{decimals}f}", RANGE))
    return Classification(result)
