"""IncidentFilter -> SQL selects exactly what the same filter selects in plain Python."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from helpers import province_id
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from incident_atlas.plugin.core.dialect import POSTGRES
from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS, IncidentFilter, sql_literal
from incident_atlas.plugin.core.store import column_store, geopackage_schema, queries
from incident_atlas.plugin.core.store.geopackage_writer import point_blobs

COLUMNS = (
    "event_id",
    "source_dataset",
    "event_date",
    "event_type",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "fatalities",
    "geo_precision",
    "date_precision",
    "province",
    "province_id",
)
PROVINCE_IDS = {"Diyala": 1, "Al-Anbar": 2, "Karbala'": 3}
HOSTILE_NAMES = [
    "Islamic State (Iraq)",
    "O'Brien's \"Brigade\"",
    "Asa'ib Ahl al-Haq; splinter",
    "الدولة الإسلامية",
    "--; DROP TABLE incidents; --",
    "/* comment */ militia",
    "Comma, Inc. (Iraq)",
    "100% _wild_ card",
    "Daesh",
]


def make_gpkg(path, records):
    geopackage_schema.create_incident_geopackage(path, "test")
    db = geopackage_schema.connect(path)
    blobs = point_blobs([44.0] * len(records), [33.0] * len(records))
    marks = ", ".join("?" * (len(COLUMNS) + 3))
    db.executemany(
        f'INSERT INTO incidents ({", ".join(COLUMNS)}, latitude, longitude, geom) VALUES ({marks})',
        [
            (*(r.get(c, PROVINCE_IDS.get(r["province"])) for c in COLUMNS), 33.0, 44.0, blob)
            for r, blob in zip(records, blobs)
        ],
    )
    db.close()
    return path


def python_match(flt: IncidentFilter, r: dict) -> bool:
    names = set(flt.expanded_actors())
    if names:
        assoc = set((r["assoc_actor_1"] or "").split("; ")) if r["assoc_actor_1"] else set()
        roles = {
            "primary": r["actor1"] in names,
            "secondary": r["actor2"] in names,
            "associated": bool(assoc & names),
        }
        if flt.actor_role == "any":
            if not any(roles.values()):
                return False
        elif not roles[flt.actor_role]:
            return False
    if flt.date_from and r["event_date"] < flt.date_from.isoformat():
        return False
    if flt.date_to and r["event_date"] > flt.date_to.isoformat():
        return False
    if flt.event_types and r["event_type"] not in flt.event_types:
        return False
    if flt.fatalities_min is not None and (r["fatalities"] or 0) < flt.fatalities_min:
        return False
    if flt.fatalities_max is not None and (r["fatalities"] or 0) > flt.fatalities_max:
        return False
    if flt.max_geo_precision is not None and not (
        r["geo_precision"] is not None and r["geo_precision"] <= flt.max_geo_precision
    ):
        return False
    if flt.provinces and PROVINCE_IDS.get(r["province"]) not in flt.provinces:
        return False
    return True


names = st.one_of(st.sampled_from(HOSTILE_NAMES), st.text(min_size=1, max_size=12).filter(lambda s: "\x00" not in s))
record = st.fixed_dictionaries(
    {
        "event_date": st.dates(date(2019, 1, 1), date(2021, 12, 31)).map(date.isoformat),
        "event_type": st.sampled_from(["Battles", "Explosions/Remote violence", "Riots"]),
        "actor1": names,
        "actor2": st.one_of(st.none(), names),
        "assoc_actor_1": st.one_of(
            st.none(), st.lists(names.filter(lambda s: ";" not in s), min_size=1, max_size=3).map("; ".join)
        ),
        "fatalities": st.one_of(st.none(), st.integers(0, 50)),
        "geo_precision": st.one_of(st.none(), st.integers(1, 4)),
        "date_precision": st.integers(1, 4),
        "province": st.sampled_from(["Diyala", "Al-Anbar", "Karbala'", None]),
    }
)
filters = st.builds(
    IncidentFilter,
    actors=st.lists(st.one_of(names, st.just("ISIS")), max_size=3).map(tuple),
    actor_role=st.sampled_from(["any", "primary", "secondary", "associated"]),
    date_from=st.one_of(st.none(), st.dates(date(2019, 1, 1), date(2021, 12, 31))),
    date_to=st.one_of(st.none(), st.dates(date(2019, 1, 1), date(2021, 12, 31))),
    event_types=st.lists(st.sampled_from(["Battles", "Riots", "It's"]), max_size=2).map(tuple),
    fatalities_min=st.one_of(st.none(), st.integers(0, 10)),
    fatalities_max=st.one_of(st.none(), st.integers(0, 60)),
    max_geo_precision=st.one_of(st.none(), st.integers(1, 4)),
    provinces=st.lists(st.sampled_from([PROVINCE_IDS["Diyala"], PROVINCE_IDS["Karbala'"]]), max_size=2).map(tuple),
    alias_groups=st.just(DEFAULT_ALIAS_GROUPS),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(record, min_size=1, max_size=25), flt=filters)
def test_sql_filter_selects_what_python_selects(tmp_path_factory, records, flt):
    for i, r in enumerate(records):
        r["event_id"] = f"E{i}"
        r["source_dataset"] = "test"
    gpkg = make_gpkg(tmp_path_factory.mktemp("f") / "f.gpkg", records)
    where = flt.to_sql()
    with sqlite3.connect(gpkg) as db:
        got = {row[0] for row in db.execute(f"SELECT event_id FROM incidents {'WHERE ' + where if where else ''}")}
    expected = {r["event_id"] for r in records if python_match(flt, r)}
    assert got == expected
    assert queries.summary(gpkg, flt).incidents == len(expected)
    # The dock's in-memory columns give the very same answers as SQL, read from the file and from
    # the cache the first reading left for the next session.
    read, cached = column_store.load(gpkg), column_store.load(gpkg)
    assert (read.from_cache, cached.from_cache) == (False, True)
    for columns in (read, cached):
        assert columns.summary(flt) == queries.summary(gpkg, flt)
        assert columns.count_by_province(flt) == queries.count_by_province(gpkg, flt)
        assert columns.actor_counts(flt) == queries.actor_counts(gpkg, flt)
        assert dict(columns.value_counts("event_type", flt, "event_types")) == dict(
            queries.value_counts(gpkg, "event_type", flt, "event_types")
        )
        assert columns.date_histogram(flt) == queries.date_histogram(gpkg, flt)


def test_quotes_are_doubled_and_nothing_else_changes():
    assert sql_literal("O'Brien") == "'O''Brien'"
    assert sql_literal("--; DROP") == "'--; DROP'"
    assert sql_literal("الدولة") == "'الدولة'"


def test_alias_group_expands_to_members():
    flt = IncidentFilter(actors=("ISIS",), alias_groups=DEFAULT_ALIAS_GROUPS)
    assert "Islamic State (Iraq)" in flt.expanded_actors()
    assert "Daesh" in flt.expanded_actors()
    assert "'Islamic State (Iraq)'" in flt.to_sql()


def test_json_round_trip():
    flt = IncidentFilter(
        actors=("ISIS", "O'Brien's \"Brigade\"", "الدولة الإسلامية"),
        actor_role="primary",
        date_from=date(2020, 1, 1),
        date_to=date(2020, 3, 31),
        event_types=("Battles",),
        fatalities_min=1,
        max_geo_precision=2,
        provinces=(PROVINCE_IDS["Karbala'"],),
        alias_groups=DEFAULT_ALIAS_GROUPS,
    )
    assert IncidentFilter.from_json(flt.to_json()) == flt
    # A preset saved by an older version named provinces: a name is no province (it may be several).
    karbala = PROVINCE_IDS["Karbala'"]
    old = flt.to_json().replace(f'"provinces": [{karbala}]', '"provinces": ["Karbala\'"]')
    assert '"Karbala\'"' in old and IncidentFilter.from_json(old).provinces == ()
    assert IncidentFilter().is_empty()
    assert IncidentFilter().to_sql() == ""
    with pytest.raises(ValueError):
        IncidentFilter(actor_role="victim")


def test_queries_on_the_sample(tmp_path):
    from sample_data import build_sample_geopackage

    gpkg = build_sample_geopackage(tmp_path / "sample.gpkg")
    q1_isis = IncidentFilter(
        actors=("ISIS",),
        actor_role="primary",
        date_from=date(2020, 1, 1),
        date_to=date(2020, 3, 31),
        alias_groups=DEFAULT_ALIAS_GROUPS,
    )
    counts = queries.count_by_province(gpkg, q1_isis)
    assert counts[province_id(gpkg, "Diyala")][0] == 80
    assert sum(n for n, _ in counts.values()) == 250
    total = queries.summary(gpkg, q1_isis)
    assert total.incidents == 250
    assert total.first_date >= "2020-01-01" and total.last_date <= "2020-03-31"
    assert total.text().startswith("250 incidents · ")
    # The actor facet ignores the actor restriction itself, so other actors still show counts.
    actors = dict(queries.actor_counts(gpkg, q1_isis))
    assert actors["Islamic State (Iraq)"] == 250
    assert actors["Unidentified Armed Group (Iraq)"] > 0


@pytest.fixture(scope="module")
def postgis_incidents(postgis):
    """The incident table of a fresh PostGIS schema, emptied before each example."""
    from incident_atlas.plugin.core.store.postgis import PostgresSource
    from incident_atlas.plugin.core.store.postgis_schema import create_incident_schema

    db = PostgresSource(postgis, "filter_properties").connect()
    with db.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS filter_properties CASCADE")
    create_incident_schema(db, "filter_properties")
    db.commit()
    yield db
    db.close()


@pytest.mark.postgis
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(record, min_size=1, max_size=25), flt=filters)
def test_postgres_sql_filter_selects_what_python_selects(postgis_incidents, records, flt):
    """The same property in PostgreSQL's dialect (strpos, not instr), on the real schema."""
    db = postgis_incidents
    with db.cursor() as cursor:
        cursor.execute("TRUNCATE filter_properties.incidents")
        for i, r in enumerate(records):
            r["event_id"], r["source_dataset"] = f"E{i}", "test"
            cursor.execute(
                f"INSERT INTO filter_properties.incidents ({', '.join(COLUMNS)}, latitude, longitude, geom) "
                f"VALUES ({', '.join(['%s'] * len(COLUMNS))}, 33.0, 44.0, ST_SetSRID(ST_MakePoint(44, 33), 4326))",
                [r.get(c, PROVINCE_IDS.get(r["province"])) for c in COLUMNS],
            )
        where = flt.to_sql(dialect=POSTGRES)
        cursor.execute(f"SELECT event_id FROM filter_properties.incidents {'WHERE ' + where if where else ''}")
        got = {row[0] for row in cursor.fetchall()}
    db.commit()
    assert got == {r["event_id"] for r in records if python_match(flt, r)}
