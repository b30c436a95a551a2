"""Several datasets in one store: the same events from ACLED, UCDP GED and a third source, linked
one to one and counted once; each dataset's own counts equal its file's."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from helpers import counts_by_name
from incident_atlas.plugin.core.filters import IncidentFilter
from incident_atlas.plugin.core.ingest.formats.generic import ColumnMapping
from incident_atlas.plugin.core.ingest.importer import ImportOptions, import_incidents
from incident_atlas.plugin.core.store import column_store, queries
from incident_atlas.plugin.gui.check_list import VALUE_ROLE
from source_files import PLACES, UCDP_HEADER, acled_row, ucdp_row, write_acled, write_csv

PLACE_NAMES = sorted(PLACES)
EVENTS = 48  # two events at each place on some days: one dataset's rows there are never linked together


def event(i: int) -> tuple[str, str, int]:
    """Place, ISO day and ACLED's fatalities of event i; events 2k and 2k+1 share place, day and
    fatalities (which of the twins links to which is the matching's choice, so no count hangs on it)."""
    place = PLACE_NAMES[(i // 2) % len(PLACE_NAMES)]
    return place, f"2020-{1 + (i // 16):02d}-{1 + (i // 2) % 8 * 3:02d}", (i // 2) % 5


def acled_file(path: Path) -> Path:
    rows = []
    for i in range(EVENTS):
        place, day, fatalities = event(i)
        rows.append(acled_row(f"IRQ{i}", place, event_date=day, fatalities=fatalities, actor1="Islamic State (Iraq)"))
    return write_acled(path, rows)


def ucdp_file(path: Path) -> Path:
    rows = []
    for i in range(EVENTS):
        place, day, fatalities = event(i)
        stamp = f"{day} 00:00:00.000"
        # Another id, another name for the actor, sometimes more deaths: the same event as UCDP saw it.
        rows.append(
            ucdp_row(str(9000 + i), place, date_start=stamp, date_end=stamp, best=fatalities + i % 2, side_a="IS")
        )
    return write_csv(path, UCDP_HEADER, rows)


THIRD = ColumnMapping(event_id="id", date="day", latitude="lat", longitude="lon", dataset="third", fatalities="killed")


def third_file(path: Path) -> Path:
    """Half the events (the even ones), as an analyst's own list."""
    rows = []
    for i in range(0, EVENTS, 2):
        place, day, fatalities = event(i)
        _, lon, lat = PLACES[place]
        rows.append({"id": f"T{i}", "day": day, "lat": lat + 0.01, "lon": lon, "killed": fatalities})
    return write_csv(path, ["id", "day", "lat", "lon", "killed"], rows)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("datasets")
    acled, ucdp = acled_file(folder / "acled.csv"), ucdp_file(folder / "ucdp.csv")
    both = folder / "both.gpkg"
    import_incidents(ImportOptions(source=acled, output=both))
    result = import_incidents(ImportOptions(source=ucdp, output=both))
    assert result.linked == 2 * EVENTS
    import_incidents(ImportOptions(source=acled, output=folder / "acled.gpkg"))
    import_incidents(ImportOptions(source=ucdp, output=folder / "ucdp.gpkg"))
    return folder


def groups(path: Path) -> list[list[tuple[str, str]]]:
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT event_group, source_dataset, event_id FROM incidents WHERE event_group IS NOT NULL ORDER BY 1, 2"
        ).fetchall()
    found: dict[int, list] = {}
    for group, dataset, event_id in rows:
        found.setdefault(group, []).append((dataset, event_id))
    return list(found.values())


def both_ways(path: Path, incident_filter: IncidentFilter):
    """The counts in SQL and in the dock's in-memory columns, which must agree."""
    columns = column_store.load(path)
    in_sql = (queries.count_by_province(path, incident_filter), queries.summary(path, incident_filter))
    in_memory = (columns.count_by_province(incident_filter), columns.summary(incident_filter))
    assert in_sql == in_memory, incident_filter
    # By name: each file numbers its provinces in the order its import met them.
    return counts_by_name(in_sql[0], path), in_sql[1]


def test_rows_of_the_same_event_are_linked_one_to_one(stores):
    found = groups(stores / "both.gpkg")
    assert len(found) == EVENTS
    for members in found:
        assert sorted(dataset for dataset, _ in members) == ["acled", "ucdp_ged"]  # never two of one dataset
    # Events 0 and 1 share place and day: each ACLED row has its own UCDP partner.
    partners = {a: u for (_, a), (_, u) in (sorted(m) for m in found)}
    assert partners["IRQ0"] != partners["IRQ1"]
    assert {partners["IRQ0"], partners["IRQ1"]} == {"9000", "9001"}


def test_each_dataset_counts_as_its_own_file(stores):
    for dataset, own in (("acled", "acled.gpkg"), ("ucdp_ged", "ucdp.gpkg")):
        chosen = IncidentFilter(datasets=(dataset,))
        assert both_ways(stores / "both.gpkg", chosen) == both_ways(stores / own, IncidentFilter())


def test_counting_once_equals_one_file_province_by_province(stores):
    both = stores / "both.gpkg"
    acled_counts, acled_summary = both_ways(stores / "acled.gpkg", IncidentFilter())
    once, summary = both_ways(both, IncidentFilter(prefer_dataset="acled"))
    assert once == acled_counts  # incidents and ACLED's fatalities, province by province
    assert (summary.incidents, summary.linked_rows) == (EVENTS, EVENTS)
    assert "48 rows linked to another dataset's and counted once" in summary.text()
    highest, _ = both_ways(both, IncidentFilter())  # fatalities: the highest of the linked rows
    ucdp_counts, _ = both_ways(stores / "ucdp.gpkg", IncidentFilter())
    assert {p: n for p, (n, _) in highest.items()} == {p: n for p, (n, _) in acled_counts.items()}
    assert {p: f for p, (_, f) in highest.items()} == {p: f for p, (_, f) in ucdp_counts.items()}  # UCDP's >= ACLED's
    twice, summary = both_ways(both, IncidentFilter(count_once=False))
    assert summary.incidents == 2 * EVENTS and summary.linked_rows == 0
    assert twice == {p: (2 * n, acled_counts[p][1] + ucdp_counts[p][1]) for p, (n, _) in acled_counts.items()}


def test_a_filter_that_keeps_one_dataset_s_row_still_counts_the_event(stores):
    both = stores / "both.gpkg"
    by_ucdp_name = IncidentFilter(actors=("IS",))  # UCDP's name for the actor: only its rows match
    counts, summary = both_ways(both, by_ucdp_name)
    assert summary.incidents == EVENTS and summary.linked_rows == 0
    preferring_ucdp, _ = both_ways(both, IncidentFilter(prefer_dataset="ucdp_ged"))
    assert preferring_ucdp == both_ways(stores / "ucdp.gpkg", IncidentFilter())[0]
    first_months = IncidentFilter(date_to=date(2020, 2, 29))
    counts, summary = both_ways(both, first_months)
    assert summary.incidents == 32 and summary.linked_rows == 32


def test_a_third_dataset_with_half_the_events_links_only_those(stores, tmp_path):
    three = tmp_path / "three.gpkg"
    for path in ("acled.csv", "ucdp.csv"):
        import_incidents(ImportOptions(source=stores / path, output=three))
    third = import_incidents(
        ImportOptions(source=third_file(tmp_path / "third.csv"), output=three, source_format="generic", mapping=THIRD)
    )
    assert third.imported == EVENTS // 2
    sizes = sorted(len(members) for members in groups(three))
    assert sizes == [2] * (EVENTS // 2) + [3] * (EVENTS // 2)
    for members in groups(three):
        datasets = [dataset for dataset, _ in members]
        assert len(datasets) == len(set(datasets))
        if "third" in datasets:  # with the event at its place and day (or its twin there)
            number, partner = int(dict(members)["third"][1:]), int(dict(members)["acled"][3:])
            assert event(partner)[:2] == event(number)[:2]
    counts, summary = both_ways(three, IncidentFilter(prefer_dataset="acled"))
    assert counts == both_ways(stores / "acled.gpkg", IncidentFilter())[0]
    assert summary.linked_rows == EVENTS + EVENTS // 2


def test_the_dock_chooses_datasets_and_counts_each_event_once(stores, plugin, qgis_new_project):
    from helpers import settle

    dock = plugin.dock
    assert dock.open_geopackage(stores / "both.gpkg")
    settle(dock)
    assert not dock.datasets_box.isHidden()
    assert [(i.data(VALUE_ROLE), i.text()) for i in dock.datasets.list.items()] == [
        ("acled", "ACLED  (48)"),  # named as the compare dialog and the maps name them
        ("ucdp_ged", "UCDP GED  (48)"),
    ]
    assert dock.summary_label.text().startswith("48 incidents")
    assert "48 rows linked to another dataset's and counted once" in dock.summary_label.text()
    assert sum(n for n, _ in dock.last_facets.provinces.values()) == EVENTS  # the map counts events too
    dock.datasets.count_once.setChecked(False)
    settle(dock)
    assert dock.summary_label.text().startswith("96 incidents")
    dock.datasets.count_once.setChecked(True)
    dock.datasets.list.set_checked(["ucdp_ged"])
    settle(dock)
    assert dock.session.layer.subsetString() == "\"source_dataset\" IN ('ucdp_ged')"
    assert dock.summary_label.text().startswith("48 incidents") and "linked" not in dock.summary_label.text()
    provenance = dock.map_texts().provenance  # cites only the imports whose rows the filter keeps
    assert "UCDP GED (ucdp.csv, imported" in provenance and "ACLED (" not in provenance
    ucdp_fatalities = queries.summary(stores / "ucdp.gpkg", IncidentFilter()).fatalities
    assert dock.last_facets.summary.fatalities == ucdp_fatalities
    dock.datasets.list.set_checked([])
    dock.datasets.prefer.setCurrentIndex(dock.datasets.prefer.findData("acled"))
    settle(dock)
    assert counts_by_name(dock.last_facets.provinces, stores / "both.gpkg") == counts_by_name(
        queries.count_by_province(stores / "acled.gpkg", IncidentFilter()), stores / "acled.gpkg"
    )
    dock.datasets.compare_button.click()
    table = dock.compare_dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Province", "Events", "Held by several (%)", "ACLED", "only ACLED", "UCDP GED", "only UCDP GED"]
    # Every column in view without scrolling, as far as the screen allows (offscreen: 800 px).
    needed = table.horizontalHeader().length() + table.verticalHeader().width()
    screen = dock.compare_dialog.screen().availableGeometry().width()
    assert dock.compare_dialog.width() >= min(needed, int(screen * 0.9))
    first = [table.item(0, c).data(0) for c in range(table.columnCount())]
    assert first[1:] == [max(n for n, _ in dock.last_facets.provinces.values()), 100, first[1], 0, first[1], 0]
    dock.compare_dialog.close()
    dock.reset()
    settle(dock)
    assert dock.current_filter() == IncidentFilter()


def test_a_store_of_one_dataset_hides_the_section(stores, plugin, qgis_new_project):
    from helpers import settle

    assert plugin.dock.open_geopackage(stores / "acled.gpkg")
    settle(plugin.dock)
    assert plugin.dock.datasets_box.isHidden()


def test_comparing_datasets_province_by_province(stores, tmp_path):
    from incident_atlas.plugin.core.store.compare import compare_datasets

    both = stores / "both.gpkg"
    datasets, rows = compare_datasets(both, IncidentFilter())
    assert datasets == ["acled", "ucdp_ged"]
    acled = counts_by_name(queries.count_by_province(stores / "acled.gpkg", IncidentFilter()), stores / "acled.gpkg")
    assert {r.province: r.events for r in rows} == {p: n for p, (n, _) in acled.items()}
    for row in rows:
        assert row.rows == {"acled": row.events, "ucdp_ged": row.events}
        assert row.only == {"acled": 0, "ucdp_ged": 0} and row.linked_share == 1.0
    # Without UCDP's first months, ACLED alone has them: rows only one dataset has.
    late_ucdp = tmp_path / "late.gpkg"
    import_incidents(ImportOptions(source=stores / "acled.csv", output=late_ucdp))
    with open(stores / "ucdp.csv", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    kept = [lines[0]] + [line for line in lines[1:] if "2020-01-" not in line]
    (tmp_path / "late-ucdp.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    import_incidents(ImportOptions(source=tmp_path / "late-ucdp.csv", output=late_ucdp))
    _, rows = compare_datasets(late_ucdp, IncidentFilter())
    assert sum(r.events for r in rows) == EVENTS
    assert sum(r.only["acled"] for r in rows) == 16 and sum(r.only.get("ucdp_ged", 0) for r in rows) == 0
    assert sum(r.linked_events for r in rows) == EVENTS - 16


def test_processing_chooses_datasets_counts_once_and_compares(stores, plugin, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    both = str(stores / "both.gpkg")

    def counted(**parameters) -> dict[str, int]:
        output = tmp_path / f"counts-{len(list(tmp_path.iterdir()))}.gpkg"
        processing.run("incidentatlas:countbyprovince", {"INPUT": both, "OUTPUT": str(output), **parameters})
        layer = QgsVectorLayer(str(output), "counts", "ogr")
        return {f["name"]: f["incidents"] for f in layer.getFeatures() if f["incidents"]}

    acled_store = stores / "acled.gpkg"
    acled = {
        p: n
        for p, (n, _) in counts_by_name(queries.count_by_province(acled_store, IncidentFilter()), acled_store).items()
    }
    assert counted() == acled  # COUNT_ONCE is on unless turned off
    assert counted(COUNT_ONCE=False) == {p: 2 * n for p, n in acled.items()}
    assert counted(DATASETS='["ucdp_ged"]') == counted(DATASETS="acled") == acled
    result = processing.run("incidentatlas:comparedatasets", {"INPUT": both, "OUTPUT": "memory:"})
    table = result["OUTPUT"]
    assert [f.name() for f in table.fields()] == [
        "province_id",
        "province",
        "country",
        "events",
        "linked_events",
        "linked_share",
        "acled",
        "acled_only",
        "ucdp_ged",
        "ucdp_ged_only",
    ]
    diyala = next(f for f in table.getFeatures() if f["province"] == "Diyala")
    assert (diyala["events"], diyala["acled"], diyala["ucdp_ged"], diyala["linked_share"]) == (
        acled["Diyala"],
        acled["Diyala"],
        acled["Diyala"],
        1.0,
    )


@pytest.mark.postgis
def test_links_and_counting_once_on_postgis(stores, postgis):
    from incident_atlas.plugin.core.store.compare import compare_datasets
    from test_postgis import fresh

    source = fresh(postgis, "datasets")
    import_incidents(ImportOptions(source=stores / "acled.csv", output=source))
    result = import_incidents(ImportOptions(source=stores / "ucdp.csv", output=source))
    assert result.linked == 2 * EVENTS
    gpkg = stores / "both.gpkg"
    for incident_filter in (
        IncidentFilter(),
        IncidentFilter(prefer_dataset="acled"),
        IncidentFilter(count_once=False),
        IncidentFilter(datasets=("ucdp_ged",)),
        IncidentFilter(actors=("IS",)),
        IncidentFilter(date_to=date(2020, 2, 29), prefer_dataset="ucdp_ged"),
    ):
        assert counts_by_name(queries.count_by_province(source, incident_filter), source) == counts_by_name(
            queries.count_by_province(gpkg, incident_filter), gpkg
        )
        assert queries.summary(source, incident_filter) == queries.summary(gpkg, incident_filter)

    def compared(store):
        datasets, rows = compare_datasets(store, IncidentFilter())
        return datasets, [(r.province, r.country, r.events, r.rows, r.only) for r in rows]

    assert compared(source) == compared(gpkg)


def test_the_compare_template_puts_the_table_beside_the_map(stores, plugin, tmp_path):
    import processing
    from incident_atlas.plugin.core.definitions import TEMPLATES
    from test_brief import pdf_text, squeeze

    output = tmp_path / "compare.pdf"
    processing.run(
        "incidentatlas:exportmap",
        {"INPUT": str(stores / "both.gpkg"), "TEMPLATE": TEMPLATES.index_of("compare"), "OUTPUT": str(output)},
    )
    text = pdf_text(output)
    acled = counts_by_name(queries.count_by_province(stores / "acled.gpkg", IncidentFilter()), stores / "acled.gpkg")
    busiest = max(acled, key=lambda province: (acled[province][0], province))
    for words in ("Held by several (%)", "only ACLED", "only UCDP GED", "(each event counted once)", busiest):
        assert squeeze(words) in text, words
    assert squeeze("48 rows describing an event another dataset also has are counted once") in text


def test_the_tolerances_are_the_analyst_s_to_change(stores, plugin, tmp_path):
    import processing

    output = tmp_path / "strict.gpkg"
    processing.run("incidentatlas:importincidents", {"INPUT": str(stores / "acled.csv"), "OUTPUT": str(output)})
    moved = tmp_path / "moved.csv"  # UCDP's rows 3 km away: one place at 10 km, two at 2 km
    with open(stores / "ucdp.csv", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    header = lines[0].split(",")
    latitude = header.index("latitude")
    rows = []
    for line in lines[1:]:
        values = line.split(",")
        values[latitude] = str(float(values[latitude]) + 0.027)
        rows.append(",".join(values))
    moved.write_text("\n".join([lines[0], *rows]) + "\n", encoding="utf-8")
    linked = processing.run("incidentatlas:importincidents", {"INPUT": str(moved), "OUTPUT": str(output), "LINK_KM": 2})
    assert len(groups(output)) == 0 and linked["IMPORTED"] == EVENTS
    processing.run("incidentatlas:importincidents", {"INPUT": str(moved), "OUTPUT": str(output), "LINK_KM": 10})
    assert len(groups(output)) == EVENTS


def test_an_update_links_again_only_what_it_touched_and_agrees_with_linking_everything(stores, tmp_path):
    """Moved, re-dated and deleted UCDP rows: the incremental result equals linking the store afresh."""
    from incident_atlas.plugin.core.dialect import SQLITE
    from incident_atlas.plugin.core.store.base import Deletions
    from incident_atlas.plugin.core.store.link_store import read_link_input
    from incident_atlas.plugin.core.store.links import link_groups

    store = tmp_path / "store.gpkg"
    shutil.copy(stores / "both.gpkg", store)
    with open(stores / "ucdp.csv", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    header = lines[0].split(",")
    changed = []
    for line in lines[1:4]:  # 9000 moves 300 km east, 9001 a month later, 9002 as it was
        values = dict(zip(header, line.split(",")))
        if values["id"] == "9000":
            values["longitude"] = str(float(values["longitude"]) + 3)
        if values["id"] == "9001":
            values["date_start"] = values["date_end"] = values["date_start"].replace("2020-01-", "2020-02-")
        changed.append(",".join(values[name] for name in header))
    (tmp_path / "changed.csv").write_text("\n".join([lines[0], *changed]) + "\n", encoding="utf-8")
    result = import_incidents(
        ImportOptions(source=tmp_path / "changed.csv", output=store, deletions=Deletions(event_ids=("9010",)))
    )
    assert (result.updated, result.deleted) == (2, 1)

    def partition(path):
        with sqlite3.connect(path) as db:
            rows = db.execute("SELECT event_group, source_dataset || ':' || event_id FROM incidents").fetchall()
        found = {}
        for group, name in rows:
            if group is not None:
                found.setdefault(group, set()).add(name)
        return sorted(sorted(members) for members in found.values())

    with sqlite3.connect(store) as db:
        rows, _, _ = read_link_input(db.cursor(), '"incidents"', SQLITE)
        afresh = link_groups(rows)
    fids = rows.fid
    names = dict(sqlite3.connect(store).execute("SELECT fid, source_dataset || ':' || event_id FROM incidents"))
    expected = {}
    for fid, group in zip(fids, afresh):
        if group >= 0:
            expected.setdefault(int(group), set()).add(names[int(fid)])
    assert partition(store) == sorted(sorted(members) for members in expected.values())
    assert ["acled:IRQ10"] not in partition(store) and len(partition(store)) < EVENTS  # relinked, not stale
