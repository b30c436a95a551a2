"""Map classes a cartographer would sign, checked by the legend texts QGIS's renderer carries."""

from __future__ import annotations

import pytest
from incident_atlas.plugin.core.maps.choropleth import ChoroplethSettings, build_renderer, classification


def legend(values: list[float | None], **settings) -> list[str]:
    chosen = ChoroplethSettings(**settings)
    named = {f"P{i}": v for i, v in enumerate(values)}
    renderer = build_renderer(named, chosen, classification(values, chosen))
    return [r.label() for r in renderer.ranges()]


def note(values, **settings) -> str:
    return classification(values, ChoroplethSettings(**settings)).note


def test_many_zeros_get_their_own_class_and_counts_do_not_overlap():
    # The issue's own map: 23 provinces without incidents, Jenks over the rest.
    values = [0] * 23 + [1, 1, 2, 3, 4, 5, 7, 9, 12, 30, 57]
    assert legend(values, method="jenks", classes=5) == [
        "No incidents  (23 provinces)",
        "1 – 2  (3 provinces)",
        "3 – 5  (3 provinces)",
        "6 – 9  (2 provinces)",
        "10 – 30  (2 provinces)",
        "31 – 57  (1 province)",
    ]
    assert legend(values, method="quantile", classes=4) == [
        "No incidents  (23 provinces)",
        "1 – 2  (3 provinces)",
        "3 – 5  (3 provinces)",
        "6 – 10  (2 provinces)",
        "11 – 57  (3 provinces)",
    ]


def test_fatalities_quantiles_have_no_empty_or_repeated_class():
    values = [0] * 25 + [50, 60, 135, 200, 400, 900, 1500, 3134]
    labels = legend(values, measure="fatalities", method="quantile", classes=4)
    assert labels[0] == "No fatalities  (25 provinces)"
    assert all("(0 provinces)" not in label for label in labels)
    assert len(set(labels)) == len(labels)
    assert labels[-1].endswith("3,134  (2 provinces)")


def test_fewer_distinct_values_than_classes_make_fewer_classes_and_say_so():
    values = [0, 0, 0, 4, 4, 9]
    assert legend(values, method="jenks", classes=5) == [
        "No incidents  (3 provinces)",
        "4  (2 provinces)",
        "5 – 9  (1 province)",
    ]
    assert note(values, method="jenks", classes=5) == (
        "2 classes, not 5: the data has only 2 distinct values above zero"
    )


def test_one_province_with_incidents_and_all_zero():
    assert legend([0, 0, 0, 3], classes=5) == ["No incidents  (3 provinces)", "3  (1 province)"]
    assert legend([0, 0, 0], classes=5) == ["No incidents  (3 provinces)"]
    assert legend([], classes=5) == ["No incidents  (0 provinces)"]


def test_changes_diverge_around_a_neutral_class():
    values = [-12, -5, -2, -1, 0, 0, 1, 4, 9, 20]
    assert legend(values, measure="change_abs", method="jenks", classes=5) == [
        "-12 – -6  (1 province)",
        "-5 – -1  (3 provinces)",
        "No change  (2 provinces)",
        "+1 – +9  (3 provinces)",
        "+10 – +20  (1 province)",
    ]
    percent = legend([-50.0, -12.5, 0.0, 33.3, 95.1, 200.0], measure="change_pct", method="jenks", classes=5)
    assert percent == [
        "-50 % – -12 %  (1 province)",
        "-12 %  (1 province)",
        "No change  (1 province)",
        "+33 % – +95 %  (2 provinces)",
        "+95 % – +200 %  (1 province)",
    ]


def test_a_shared_bound_on_the_decrease_side_belongs_to_the_class_nearer_zero():
    chosen = ChoroplethSettings(measure="change_pct", method="jenks", classes=5)
    renderer = build_renderer({"A": -50.0, "B": -12.5}, chosen, classification([-50.0, -12.5], chosen))
    # QGIS gives a value to the first class holding it: -12.5 must not fall in "-50 % – -12 %".
    assert renderer.rangeForValue(-12.5).label().startswith("-12 %")
    assert renderer.rangeForValue(-50.0).label().startswith("-50 %")


def test_rates_carry_the_decimals_their_size_needs():
    labels = legend([0, 0.012, 0.5, 1.25, 3.7, 12.9], measure="per_1000_km2", method="jenks", classes=4)
    assert labels == [
        "No incidents  (1 province)",
        "0.01  (1 province)",
        "0.01 – 0.50  (1 province)",
        "0.50 – 3.70  (2 provinces)",
        "3.70 – 12.90  (1 province)",
    ]
    assert legend([0, 120.0, 350.0, 900.0], measure="per_1000_km2", method="jenks", classes=3)[1:] == [
        "120  (1 province)",
        "120 – 350  (1 province)",
        "350 – 900  (1 province)",
    ]


def test_fixed_breaks_are_integer_ranges_that_do_not_overlap():
    assert legend([0, 3, 12, 60], method="fixed", fixed_breaks=(0, 5, 20, 100)) == [
        "0 – 5  (2 provinces)",
        "6 – 20  (1 province)",
        "21 – 100  (1 province)",
    ]
    with pytest.raises(ValueError, match="at least two values"):
        legend([1], method="fixed", fixed_breaks=(5,))
