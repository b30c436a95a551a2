"""Series and change per province equal an independent pandas computation, on both stores."""

from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd
import pytest
from conftest import SOURCE_KINDS, sample_source_for
from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter
from incident_atlas.plugin.core.store import queries
from incident_atlas.plugin.core.store.counts import ProvinceRef
from incident_atlas.plugin.core.trends.change import change_by_province
from incident_atlas.plugin.core.trends.sentences import province_sentence
from incident_atlas.plugin.core.trends.series import province_series
from scipy.stats import binomtest, poisson
from statsmodels.stats.multitest import multipletests

ISIS = IncidentFilter(actors=("ISIS",), actor_role="primary", alias_groups=DEFAULT_ALIAS_GROUPS)
Q2 = ISIS.with_changes(date_from=date(2020, 4, 1), date_to=date(2020, 6, 30))
PANDAS_WEEKS = {"monday": "W-SUN", "saturday": "W-FRI"}  # pandas names a week by its last day


@pytest.fixture(scope="module", params=SOURCE_KINDS)
def source(request, sample_gpkg):
    return sample_source_for(request, sample_gpkg, "trend_sample")


@pytest.fixture(scope="module")
def incidents(sample_gpkg) -> pd.DataFrame:
    """The sample's incidents as pandas reads them: the reference the plugin's numbers must equal."""
    with sqlite3.connect(sample_gpkg) as db:
        frame = pd.read_sql("SELECT event_date, actor1, province, fatalities FROM incidents", db)
    frame["event_date"] = pd.to_datetime(frame["event_date"])
    names = set(ISIS.expanded_actors())
    return frame[frame["actor1"].isin(names) & frame["province"].notna()]


@pytest.fixture(scope="module")
def provinces(source) -> list[ProvinceRef]:
    return queries.provinces(source)


@pytest.mark.parametrize(
    "interval, week_start",
    [("week", "monday"), ("week", "saturday"), ("month", "monday"), ("day", "monday"), ("quarter", "monday")],
)
def test_series_equal_pandas(source, incidents, provinces, interval, week_start):
    counts = source.facet_counts()
    window = ISIS.with_changes(date_from=date(2020, 2, 5), date_to=date(2020, 5, 20))
    rows = province_series(counts, provinces, window, interval, week_start)
    inside = incidents[(incidents["event_date"] >= "2020-02-05") & (incidents["event_date"] <= "2020-05-20")]
    frequency = {"week": PANDAS_WEEKS[week_start], "month": "M", "day": "D", "quarter": "Q"}[interval]
    starts = inside["event_date"].dt.to_period(frequency).dt.start_time.dt.date
    expected = inside.groupby([inside["province"], starts]).agg(n=("province", "size"), f=("fatalities", "sum"))
    got = {(r.name, r.period_start): (r.incidents, r.fatalities) for r in rows}
    for (province, start), values in expected.iterrows():
        assert got.pop((province, start)) == (values["n"], values["f"])
    assert set(got.values()) == {(0, 0)}  # every other province and period is there, as zero
    periods = sorted({(r.period_start, r.period_end, r.partial) for r in rows})
    assert len(rows) == len(provinces) * len(periods)
    for start, end, partial in periods:
        assert partial == (start < date(2020, 2, 5) or end > date(2020, 5, 20))
        if interval == "week":
            assert start.weekday() == (0 if week_start == "monday" else 5) and (end - start).days == 6


def test_change_against_the_previous_period_equals_pandas_and_scipy(source, incidents, provinces, sample_gpkg):
    table = change_by_province(source.facet_counts(), provinces, Q2, "previous", data_start=date(2020, 1, 1))
    current = incidents[(incidents["event_date"] >= "2020-04-01") & (incidents["event_date"] <= "2020-06-30")]
    before = incidents[(incidents["event_date"] >= "2020-01-01") & (incidents["event_date"] <= "2020-03-31")]
    now, then = current["province"].value_counts(), before["province"].value_counts()
    assert table.baselines[0].start == date(2020, 1, 1) and table.baselines[0].days == 91
    for row in table.rows:
        c, b = int(now.get(row.name, 0)), int(then.get(row.name, 0))
        assert (row.current, row.baseline, row.change_abs) == (c, b, c - b)
        assert row.change_pct == (pytest.approx(100 * (c - b) / b) if b else None)
        expected = binomtest(c, c + b, 91 / 182).pvalue if c + b else 1.0
        assert row.p_value == pytest.approx(expected, abs=1e-9)
        assert row.direction in ("increase", "decrease", "none")
        if row.direction != "none":
            assert row.q_value < 0.05
    # Diyala 80 -> 64 is -20 %, and no larger than chance (p = 0.21): the sentence says so.
    diyala = next(r for r in table.rows if r.name == "Diyala")
    assert (diyala.current, diyala.baseline, diyala.direction) == (64, 80, "none")
    assert diyala.p_value == pytest.approx(binomtest(64, 144, 0.5).pvalue, abs=1e-12)
    assert "down from 80 in the previous 91 days (-20 %, not significant)" in province_sentence(diyala, table)


def test_isis_in_diyala_rose_in_the_first_quarter_of_2020(source, provinces):
    """The seed's question on the sample: 80 attacks in Diyala in Q1 2020 against 41 the quarter before."""
    from incident_atlas.plugin.core.store import queries

    first, _last = queries.date_range(source)
    q1 = ISIS.with_changes(date_from=date(2020, 1, 1), date_to=date(2020, 3, 31))
    table = change_by_province(source.facet_counts(), provinces, q1, "previous", data_start=date.fromisoformat(first))
    ranked = sorted(table.rows, key=lambda r: -r.current)
    diyala = ranked[0]
    assert (diyala.name, diyala.current, diyala.baseline, diyala.direction) == ("Diyala", 80, 41, "increase")
    assert table.total == 250
    assert diyala.p_value == pytest.approx(binomtest(80, 121, 0.5).pvalue, abs=1e-12)
    assert province_sentence(diyala, table) == (
        "Diyala: 80 incidents from 1 Jan 2020 to 31 Mar 2020, 32 % of 250; "
        "up from 41 in the previous 91 days (+95 %, significant)"
    )
    assert [r.name for r in table.rows if r.direction != "none"] == ["Diyala"]


class Counts:
    """Counts as a store gives them, for the direction rules on counts the sample doesn't hold."""

    def __init__(self, current: dict[str, int], before: dict[str, int], start: date):
        self.current, self.before, self.start = current, before, start

    def count_by_province(self, incident_filter):
        counts = self.current if incident_filter.date_from == self.start else self.before
        return {number: (n, 0) for number, n in enumerate(counts.values())}


def test_direction_follows_the_corrected_test_not_the_percentage():
    current = {"Diyala": 60, "Anbar": 7, "Ninawa": 5, "Basra": 0}
    before = {"Diyala": 20, "Anbar": 4, "Ninawa": 30, "Basra": 0}
    provinces = [ProvinceRef(number, name) for number, name in enumerate(current)]
    window = IncidentFilter(date_from=date(2020, 4, 1), date_to=date(2020, 6, 30))
    counts = Counts(current, before, date(2020, 4, 1))
    table = change_by_province(counts, provinces, window, data_start=date(2019, 1, 1))
    rows = {row.name: row for row in table.rows}
    sentences = {name: province_sentence(row, table) for name, row in rows.items()}
    assert rows["Diyala"].direction == "increase" and "(+200 %, significant)" in sentences["Diyala"]
    assert rows["Ninawa"].direction == "decrease" and "(-83 %, significant)" in sentences["Ninawa"]
    # 4 -> 7 is +75 %, and not significant: percentages alone mislead with small counts.
    assert rows["Anbar"].direction == "none" and "(+75 %, not significant)" in sentences["Anbar"]
    assert rows["Basra"].direction == "none" and rows["Basra"].change_pct is None
    p = [rows[name].p_value for name in ("Diyala", "Anbar", "Ninawa", "Basra")]
    assert [rows[n].q_value for n in ("Diyala", "Anbar", "Ninawa", "Basra")] == pytest.approx(
        list(multipletests(p, method="fdr_bh")[1])
    )


def test_change_against_the_mean_of_previous_periods_is_a_poisson_test(source, provinces):
    month = ISIS.with_changes(date_from=date(2020, 6, 1), date_to=date(2020, 6, 30))
    counts = source.facet_counts()
    table = change_by_province(counts, provinces, month, "mean", periods=4, data_start=date(2020, 1, 1))
    assert [w.days for w in table.baselines] == [30] * 4
    for row in table.rows:
        earlier = [
            counts.count_by_province(month.with_changes(date_from=w.start, date_to=w.end)) for w in table.baselines
        ]
        mean = sum(e.get(row.province_id, (0, 0))[0] for e in earlier) / 4
        assert row.baseline == pytest.approx(mean)
        if mean > 0:
            reference = poisson.pmf(range(0, 400), mean)
            observed = poisson.pmf(row.current, mean) * (1 + 1e-7)
            assert row.p_value == pytest.approx(min(1.0, reference[reference <= observed].sum()), abs=1e-9)


def test_a_baseline_the_data_does_not_reach_is_never_tested(source, provinces):
    q1 = ISIS.with_changes(date_from=date(2020, 1, 1), date_to=date(2020, 3, 31))
    table = change_by_province(source.facet_counts(), provinces, q1, "previous", data_start=date(2020, 1, 1))
    assert not table.covered
    for row in table.rows:
        assert (row.baseline, row.p_value, row.q_value, row.direction) == (None, None, None, "none")
        sentence = province_sentence(row, table)
        assert "does not reach back" in sentence and "significant" not in sentence


def test_one_day_zero_counts_and_an_empty_filter_give_clear_results(source, provinces):
    counts = source.facet_counts()
    day = ISIS.with_changes(date_from=date(2020, 5, 2), date_to=date(2020, 5, 2))
    table = change_by_province(counts, provinces, day, "previous", data_start=date(2020, 1, 1))
    assert table.current.days == 1 and table.baselines[0].start == date(2020, 5, 1)
    nobody = day.with_changes(actors=("No such actor",), date_from=date(2020, 4, 1), date_to=date(2020, 6, 30))
    empty = change_by_province(counts, provinces, nobody, "last_year", data_start=date(2019, 1, 1))
    assert empty.total == 0
    for row in empty.rows:  # zero in both periods: no change, nothing divided by zero
        assert (row.current, row.baseline, row.change_pct, row.p_value, row.direction) == (0, 0, None, 1.0, "none")
        sentence = province_sentence(row, empty)
        assert "the same as in" in sentence and "significant" not in sentence
    with pytest.raises(ValueError, match="needs the current period"):
        change_by_province(counts, provinces, ISIS, "previous")


def test_trend_and_change_algorithms(plugin, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    common = {"INPUT": str(sample_gpkg), "ACTORS": "ISIS", "ACTOR_ROLE": 1, "DATE_FROM": "2020-04-01"}
    trend = processing.run(
        "incidentatlas:trendbyprovince",
        {**common, "DATE_TO": "2020-06-30", "INTERVAL": 2, "OUTPUT": str(tmp_path / "trend.gpkg")},
    )
    table = QgsVectorLayer(trend["OUTPUT"], "trend", "ogr")
    rows = [f.attributes() for f in table.getFeatures()]
    names = table.fields().names()
    assert names[1:] == [
        "province_id",
        "name",
        "code",
        "country",
        "period_start",
        "period_end",
        "partial",
        "incidents",
        "fatalities",
    ]
    assert len(rows) == 18 * 3  # every province, every month of Q2
    by_month = {}
    for feature in table.getFeatures():
        by_month.setdefault(feature["period_start"].toPyDate(), 0)
        by_month[feature["period_start"].toPyDate()] += feature["incidents"]
    total = sum(by_month.values())
    assert sorted(by_month) == [date(2020, 4, 1), date(2020, 5, 1), date(2020, 6, 1)] and total > 0

    change = processing.run(
        "incidentatlas:changebyprovince",
        {**common, "DATE_TO": "2020-06-30", "BASELINE": 0, "OUTPUT": str(tmp_path / "change.gpkg")},
    )
    layer = QgsVectorLayer(change["OUTPUT"], "change", "ogr")
    features = {f["name"]: f for f in layer.getFeatures()}
    assert len(features) == 18 and layer.geometryType() is not None
    assert sum(f["current"] for f in features.values()) == total
    diyala = features["Diyala"]
    assert (diyala["current"], diyala["baseline"], diyala["direction"]) == (64, 80, "none")
    assert diyala["sentence"].startswith("Diyala: 64 incidents from 1 Apr 2020 to 30 Jun 2020")
    quiet = [f for f in features.values() if f["direction"] == "none"]
    assert all("not significant" in f["sentence"] or "the same as" in f["sentence"] for f in quiet)
