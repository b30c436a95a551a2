"""Writers for small source files in each format, so tests state their rows in plain Python."""

from __future__ import annotations

import csv
from pathlib import Path

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
).split(",")

# Points well inside Iraqi governorates (lon, lat), checked against Natural Earth admin-1.
PLACES = {
    "Baqubah": ("Diyala", 44.65, 33.75),
    "Khanaqin": ("Diyala", 45.38, 34.35),
    "Ramadi": ("Al-Anbar", 43.30, 33.42),
    "Akashat": ("Al-Anbar", 41.0, 33.8),
    "Tikrit": ("Sala ad-Din", 43.68, 34.60),
    "Kirkuk": ("At-Ta'mim", 44.39, 35.47),
    "Mosul": ("Ninawa", 43.13, 36.34),
    "Baghdad": ("Baghdad", 44.36, 33.31),
}


def acled_row(event_id: str, place: str = "Baqubah", **overrides) -> dict[str, str]:
    _, lon, lat = PLACES[place]
    row = {name: "" for name in ACLED_HEADER}
    row.update(
        event_id_cnty=event_id,
        event_date="2020-02-15",
        year="2020",
        time_precision="1",
        disorder_type="Political violence",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Islamic State (Iraq)",
        actor2="Military Forces of Iraq (2018-2022)",
        country="Iraq",
        admin1=PLACES[place][0],
        location=place,
        latitude=str(lat),
        longitude=str(lon),
        geo_precision="1",
        source="Rudaw",
        notes="IED attack",
        fatalities="1",
    )
    row.update({key: str(value) for key, value in overrides.items()})
    return row


def write_csv(path: Path, header, rows, *, encoding="utf-8", newline="\n", delimiter=",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, delimiter=delimiter, lineterminator=newline)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_acled(path: Path, rows, **options) -> Path:
    return write_csv(path, ACLED_HEADER, rows, **options)


UCDP_HEADER = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,"
    "side_a_new_id,side_a,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,"
    "source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,"
    "longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,"
    "deaths_a,deaths_b,deaths_civilians,deaths_unknown,high,low,best"
).split(",")


def ucdp_row(event_id: str, place: str = "Tikrit", **overrides) -> dict[str, str]:
    _, lon, lat = PLACES[place]
    row = {name: "" for name in UCDP_HEADER}
    row.update(
        id=event_id,
        year="2020",
        type_of_violence="1",
        conflict_name="Iraq: Government",
        dyad_name="Government of Iraq - IS",
        side_a="Government of Iraq",
        side_b="IS",
        source_office="Rudaw",
        source_headline="Clash near " + place,
        where_prec="1",
        where_coordinates=place,
        adm_1=PLACES[place][0] + " province",
        latitude=str(lat),
        longitude=str(lon),
        country="Iraq",
        date_prec="1",
        date_start="2020-05-02 00:00:00.000",
        date_end="2020-05-02 00:00:00.000",
        best="4",
    )
    row.update({key: str(value) for key, value in overrides.items()})
    return row


GTD_HEADER = (
    "eventid,iyear,imonth,iday,approxdate,extended,country,country_txt,region,region_txt,provstate,city,"
    "latitude,longitude,specificity,vicinity,summary,attacktype1,attacktype1_txt,targtype1,targtype1_txt,"
    "target1,gname,gname2,weaptype1,weaptype1_txt,nkill,nwound,scite1"
).split(",")


def gtd_row(event_id: str, place: str = "Mosul", **overrides) -> dict[str, str]:
    _, lon, lat = PLACES[place]
    row = {name: "" for name in GTD_HEADER}
    row.update(
        eventid=event_id,
        iyear="2016",
        imonth="10",
        iday="17",
        country="95",
        country_txt="Iraq",
        provstate=PLACES[place][0],
        city=place,
        latitude=str(lat),
        longitude=str(lon),
        specificity="1",
        summary="Bombing",
        attacktype1_txt="Bombing/Explosion",
        targtype1_txt="Military",
        target1="Checkpoint",
        gname="Islamic State of Iraq and the Levant (ISIL)",
        weaptype1_txt="Explosives",
        nkill="3",
        nwound="5",
        scite1="Reuters",
    )
    row.update({key: str(value) for key, value in overrides.items()})
    return row
