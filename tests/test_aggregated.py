"""ACLED's aggregated data (weekly rows per admin-1 and sub-event type): every count sums the weeks'
events, in SQL, in the in-memory columns, in trends and in the dock."""

from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd
import pytest
from helpers import counts_by_name, province_id, settle
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.store import queries
from incident_atlas.plugin.core.store.geopackage import GeoPackageSource
from incident_atlas.plugin.core.trends.series import province_series
from qgis.core import QgsProject
from source_files import acled_row, write_acled, write_csv

# The layout of ACLED's aggregated download (upper case, as ACLED writes it).
HEADER = (
    "WEEK,REGION,COUNTRY,ADMIN1,EVENT_TYPE,SUB_EVENT_TYPE,EVENTS,FATALITIES,POPULATION_EXPOSURE,"
    "DISORDER_TYPE,ID,CENTROID_LATITUDE,CENTROID_LONGITUDE"
).split(",")
CENTROIDS = {"Diyala": (33.95, 45.0), "Al Anbar": (33.3, 42.2), "Ninewa": (36.0, 42.6), "Basra": (30.6, 47.5)}
ROWS = [
    ("2020-01-04", "Diyala", "Explosions/Remote violence", "Remote explosive/landmine/IED", 7, 3),
    ("2020-01-04", "Diyala", "Battles", "Armed clash", 4, 6),
    ("2020-01-11", "Diyala", "Explosions/Remote violence", "Remote explosive/landmine/IED", 9, 1),
    ("2020-01-04", "Al Anbar", "Battles", "Armed clash", 2, 0),
    ("2020-01-18", "Ninewa", "Violence against civilians", "Attack", 5, 5),
    ("2020-01-25", "Basra", "Protests", "Peaceful protest", 12, 0),
]


def aggregated_csv(path, rows=ROWS):
    records = []
    for number, (week, admin1, event_type, sub_type, events, fatalities) in enumerate(rows):
        lat, lon = CENTROIDS[admin1]
        records.append(
            {
                "WEEK": week,
                "REGION": "Middle East",
                "COUNTRY": "Iraq",
                "ADMIN1": admin1,
                "EVENT_TYPE": event_type,
                "SUB_EVENT_TYPE": sub_type,
                "EVENTS": str(events),
                "FATALITIES": str(fatalities),
                "POPULATION_EXPOSURE": "",
                "DISORDER_TYPE": "Political violence",
                "ID": str(number + 1),
                "CENTROID_LATITUDE": str(lat),
                "CENTROID_LONGITUDE": str(lon),
            }
        )
    return write_csv(path, HEADER, records)


@pytest.fixture()
def imported(tmp_path):
    result = import_incidents(ImportOptions(source=aggregated_csv(tmp_path / "agg.csv"), output=tmp_path / "a.gpkg"))
    return result, GeoPackageSource(result.output)


def test_aggregated_rows_count_their_events_everywhere(imported):
    result, source = imported
    assert result.source_layout == "ACLED aggregated data (weekly, admin-1)"
    assert (result.rows_read, result.imported, result.rejected) == (6, 6, 0)
    every = IncidentFilter()
    summary = queries.summary(source, every)
    assert (summary.incidents, summary.fatalities, summary.aggregated_rows) == (39, 15, 6)
    assert "weekly aggregates: no actors, dates by week" in summary.text()
    expected = pd.DataFrame(ROWS, columns=["week", "admin1", "type", "sub", "events", "fatalities"])
    names = {"Diyala": "Diyala", "Al Anbar": "Al-Anbar", "Ninewa": "Ninawa", "Basra": "Al-Basrah"}
    by_province = expected.groupby(expected["admin1"].map(names))[["events", "fatalities"]].sum()
    assert counts_by_name(queries.count_by_province(source, every), source) == {
        name: (int(row.events), int(row.fatalities)) for name, row in by_province.iterrows()
    }
    assert queries.value_counts(source, "event_type", every)[:2] == [
        ("Explosions/Remote violence", 16),
        ("Protests", 12),
    ]
    columns = source.facet_counts()
    for incident_filter in (
        every,
        IncidentFilter(event_types=("Battles",)),
        IncidentFilter(provinces=(province_id(source, "Diyala"),)),
    ):
        assert columns.summary(incident_filter) == queries.summary(source, incident_filter)
        assert columns.count_by_province(incident_filter) == queries.count_by_province(source, incident_filter)
        assert columns.value_counts("event_type", incident_filter) == queries.value_counts(
            source, "event_type", incident_filter
        )
        assert columns.date_histogram(incident_filter) == queries.date_histogram(source, incident_filter)
    # Weeks as ACLED gives them (from Saturday), six days long; province precision.
    with sqlite3.connect(result.output) as db:
        first = db.execute(
            "SELECT event_date, event_date_end, date_precision, geo_precision, actor1, events FROM incidents "
            "WHERE source_province = 'Diyala' AND event_type = 'Battles'"
        ).fetchall()
    assert first == [("2020-01-04", "2020-01-10", 2, 3, None, 4)]


def test_trends_sum_the_weeks(imported):
    _, source = imported
    window = IncidentFilter(date_from=date(2020, 1, 1), date_to=date(2020, 1, 31))
    provinces = queries.provinces(source)
    for counts in (source.facet_counts(), queries.ServerCounts(source)):
        rows = province_series(counts, provinces, window, "month")
        diyala = [r for r in rows if r.name == "Diyala"]
        assert [(r.incidents, r.fatalities) for r in diyala] == [(20, 10)]


def test_reimport_and_a_changed_week(tmp_path):
    source = aggregated_csv(tmp_path / "agg.csv")
    output = tmp_path / "a.gpkg"
    import_incidents(ImportOptions(source=source, output=output))
    again = import_incidents(ImportOptions(source=source, output=output))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 6)
    revised = [ROWS[0][:4] + (8, 3), *ROWS[1:]]  # ACLED revised a week: one more event
    newer = import_incidents(ImportOptions(source=aggregated_csv(tmp_path / "agg2.csv", revised), output=output))
    assert (newer.inserted, newer.updated, newer.unchanged) == (0, 1, 5)
    assert queries.summary(GeoPackageSource(output), IncidentFilter()).incidents == 40


def test_events_and_aggregates_in_one_geopackage_add_up(imported, tmp_path):
    result, source = imported
    import_incidents(ImportOptions(source=write_acled(tmp_path / "e.csv", [acled_row("E1")]), output=result.output))
    summary = queries.summary(source, IncidentFilter())
    assert (summary.incidents, summary.aggregated_rows) == (40, 6)
    assert queries.count_by_province(source, IncidentFilter())[province_id(source, "Diyala")] == (21, 11)
    assert source.facet_counts().summary(IncidentFilter()) == summary


def test_the_dock_greys_out_actors_for_aggregated_data(plugin, imported, qgis_new_project):
    result, _ = imported
    QgsProject.instance().clear()
    dock = plugin.dock
    assert dock.open_geopackage(result.output)
    settle(dock)
    assert dock.summary_label.text().startswith("39 incidents")
    assert not dock.actors.isEnabled() and "no actors" in dock.actors.toolTip()
