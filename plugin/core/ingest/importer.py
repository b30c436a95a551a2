"""Import a source file into an incident GeoPackage: one transaction, nothing lost.

Rows are read in chunks, normalised, checked, given their province by point-in-polygon and
staged in a temporary table; one set-based upsert then inserts new events, rewrites changed
ones and leaves the rest alone, so importing the same file twice changes nothing. A failure or
a cancel rolls the whole import back; a new file is built beside the target and renamed only
when complete.
"""

from __future__ import annotations

import hashlib
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ImportCancelledError, SourceError
from ..i18n import tr
from ..log import log
from ..maps import styles
from ..store.base import Deletions
from ..store.geopackage import GeoPackageSource
from ..store.links import LinkRules
from ..store.schema import SCHEMA_VERSION
from ..store.sources import as_source
from . import formats
from .assign import BORDER_KM, NameIndex, move_border_events, place_by_name
from .content_hash import content_hashes
from .first_lines import FirstLines, IdHashes
from .formats import ColumnMapping
from .json_reader import is_json_source, json_files
from .prefetch import prefetched
from .provinces import ProvinceIds, ProvincePolygons, load_polygons, province_rows, same_province
from .readers import LayoutMismatchError, raw_lines, read_chunks, read_header


@dataclass
class ImportOptions:
    source: Path
    output: Path
    source_format: str = "auto"
    mapping: ColumnMapping | None = None
    provinces_layer: object | None = None  # QgsVectorLayer; None for Natural Earth admin-1
    province_name_field: str | None = None
    plugin_version: str = ""
    dataset_name: str | None = None  # overrides the dataset label (e.g. "synthetic")
    lock_timeout: float = 600.0  # seconds a PostGIS import waits for another import into the same schema
    border_km: float = BORDER_KM  # a border event this close to the country its source names goes there
    source_label: str | None = None  # what the imports table names as the source (a download's API and query)
    download_query: str | None = None  # a download's query and where its next update starts (JSON)
    deletions: Deletions = field(default_factory=Deletions)  # what a download removes
    allow_empty: bool = False  # an update may bring no rows (only deletions, or nothing)
    link_rules: LinkRules = field(default_factory=LinkRules)  # when rows of two datasets are one event


@dataclass
class ImportResult:
    output: Path
    import_id: int
    source_format: str
    source_dataset: str
    sha256: str
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    deleted: int = 0  # events a download removed (the provider deleted them, or no longer has them)
    linked: int = 0  # rows of the store linked to another dataset's row of the same event
    outside_provinces: int = 0
    by_name: int = 0  # rows without coordinates placed by their province's name
    nearest: int = 0  # border events moved to the nearest province of the country their source names
    decimal_comma: int = 0  # rows whose coordinates were written 33,75 and read as 33.75
    in_regions: int = 0  # rows naming a region of several provinces (Northern Ireland): no province, no point
    provinces_source: str = ""
    source_layout: str = ""
    disagreements: list[tuple[str, str, str, int]] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.inserted + self.updated + self.unchanged

    def summary(self) -> str:
        """The accounting in the interface's language (message bar, log, Processing's output)."""
        # Each count in a phrase of its own, in the plural form its number takes (French: "1 rejetée");
        # the templates keep the punctuation the language writes.
        parts = [
            tr("{layout}: {read}: {imported} ({new}, {updated}, {unchanged}), {rejected}").format(
                layout=self.source_layout or self.source_format,
                read=tr("%n rows read", "", self.rows_read),
                imported=tr("%n imported", "", self.imported),
                new=tr("%n new", "", self.inserted),
                updated=tr("%n updated", "", self.updated),
                unchanged=tr("%n unchanged", "", self.unchanged),
                rejected=tr("%n rejected", "", self.rejected),
            )
        ]
        if self.deleted:
            parts.append(tr("%n deleted", "", self.deleted))
        if self.linked:
            parts.append(tr("%n rows linked to another dataset's row of the same event", "", self.linked))
        parts.append(tr("%n outside every province polygon", "", self.outside_provinces))
        parts.append(
            tr("{placed}, {moved}").format(
                placed=tr("%n placed by province name (no coordinates)", "", self.by_name),
                moved=tr("%n border events moved to the nearest province of their country", "", self.nearest),
            )
        )
        if self.decimal_comma:
            parts.append(tr("%n rows with coordinates written with a decimal comma", "", self.decimal_comma))
        if self.in_regions:
            parts.append(
                tr("%n naming only a region of several provinces (no province, no point)", "", self.in_regions)
            )
        return "; ".join(parts)


def source_paths(path: Path) -> list[Path]:
    """The file, or the pages of a download kept in a folder (JSON, by name)."""
    return json_files(path) if path.is_dir() else [path]


def file_sha256(path: Path) -> str:
    """Of the file's bytes; of a folder's pages one after the other."""
    digest = hashlib.sha256()
    for page in source_paths(path):
        with page.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


class _Progress:
    def __init__(self, feedback, total_bytes: int):
        self.feedback = feedback
        self.estimated_rows = max(total_bytes // 200, 1)  # exports run 150-400 bytes a row

    def check(self) -> None:
        if self.feedback is not None and self.feedback.isCanceled():
            raise ImportCancelledError(tr("The import was cancelled; the GeoPackage is unchanged."))

    def report(self, fraction: float) -> None:
        if self.feedback is not None:
            self.feedback.setProgress(max(0.0, min(100.0, fraction * 100)))
        self.check()


def _resolve_format(options: ImportOptions) -> tuple[formats.SourceFormat, str]:
    """The format, and the name of the file's layout (for the summary and the imports table)."""
    if options.source_format not in formats.FORMAT_KEYS:
        formats.by_key(options.source_format)  # raises the list of formats
    header = read_header(options.source)
    if not header:
        raise SourceError(tr("{name} has no header row").format(name=options.source.name))
    chosen = formats.detect(header) if options.source_format == formats.AUTO else formats.by_key(options.source_format)
    missing = chosen.header_problems(header, options.mapping)
    if missing and chosen.recognised_by:
        raise SourceError(
            tr("{name} is not a {chosen} file: it lacks {names}").format(
                name=options.source.name, chosen=chosen.key, names=", ".join(missing)
            )
        )
    if missing:
        raise SourceError(tr("The column mapping does not fit the file: ") + "; ".join(missing))
    layout = chosen.layout_of(header)
    return chosen, f"{layout} (JSON)" if is_json_source(options.source) else layout


def import_incidents(options: ImportOptions, feedback=None) -> ImportResult:
    """Import options.source into options.output (a GeoPackage path or an incident store).

    feedback is a QgsFeedback (progress, cancel)."""
    options.source = Path(options.source)
    store = as_source(options.output)
    if isinstance(store, GeoPackageSource):
        options.output = store.path
    if not (options.source.is_file() or (options.source.is_dir() and is_json_source(options.source))):
        raise SourceError(tr("The source file {source} does not exist").format(source=options.source))
    # An update that brings no rows still records itself (and what it deleted).
    empty = options.allow_empty and options.source_format != formats.AUTO and not read_header(options.source)
    if empty:
        source_format = formats.by_key(options.source_format)
        layout = source_format.key
    else:
        source_format, layout = _resolve_format(options)
    source_format.normaliser(options.mapping)  # a generic file without a mapping stops here
    progress = _Progress(feedback, sum(page.stat().st_size for page in source_paths(options.source)))
    sha256 = file_sha256(options.source)
    polygons = load_polygons(options.provinces_layer, options.province_name_field)
    if store.upgrade() is not None:
        log(
            tr("{store} was upgraded to schema version {version} before the import").format(
                store=store.label, version=SCHEMA_VERSION
            )
        )
    writer = store.begin_import(options, styles.default_styles(), styles.STYLE_NAME)
    try:
        dataset = options.mapping.dataset if source_format.key == "generic" and options.mapping else None
        dataset = options.dataset_name or dataset or source_format.dataset
        import_id = writer.start_import(options, source_format.key, dataset, sha256)
        result = ImportResult(options.output, import_id, source_format.key, dataset, sha256)
        result.provinces_source, result.source_layout = polygons.source_label, layout
        province_ids = ProvinceIds(polygons, *writer.existing_provinces())
        try:
            used_polygons, rejects = (
                (np.zeros(len(polygons.geometries), dtype=bool), [])
                if empty
                else _stage_source(options, writer, polygons, province_ids, result, progress, exact=False)
            )
        except LayoutMismatchError:
            # Quoted line breaks or blank lines: line numbers need the record-by-record reader.
            writer.reset_staging()
            result.rows_read = result.outside_provinces = result.by_name = result.nearest = 0
            result.decimal_comma = result.in_regions = 0
            used_polygons, rejects = _stage_source(
                options, writer, polygons, province_ids, result, progress, exact=True
            )
        missing_raw = {line for line, _, _, raw in rejects if raw is None}
        if missing_raw:
            found = raw_lines(options.source, missing_raw)
            rejects = [
                (line, event_id, reason, raw if raw is not None else found.get(line))
                for line, event_id, reason, raw in rejects
            ]
        writer.reject(import_id, rejects)
        result.rejected = len(rejects)
        result.inserted, result.updated, result.unchanged = writer.merge(import_id)
        result.deleted = writer.delete(import_id, dataset, options.deletions)
        progress.check()
        result.linked = writer.link(options.link_rules)
        progress.report(0.92)
        keep = _provinces_to_keep(polygons, used_polygons)
        writer.write_provinces(province_rows(polygons, keep, writer.encode_polygon, province_ids))
        result.disagreements = [g for g in writer.province_name_pairs() if not same_province(g[1], g[2])]
        writer.write_disagreements(result.disagreements)
        progress.check()
        writer.finish(result)
    except BaseException:
        writer.rollback()
        writer.close()
        writer.abandon()
        raise
    writer.close()
    writer.publish()
    progress.report(1.0)
    log(
        tr("Imported {source} into {store}: {summary}").format(
            source=options.source.name, store=store.label, summary=result.summary()
        )
    )
    return result


def _stage_source(options, writer, polygons, province_ids, result, progress, exact: bool):
    """Read, check and stage every row; returns the polygons used and the rejected rows.

    The next chunk is read, checked and assigned on a worker thread while this one is written.
    """
    used_polygons = np.zeros(len(polygons.geometries), dtype=bool)
    rejects: list[tuple[int, str | None, str, str | None]] = []
    chunks = _checked_chunks(options, polygons, province_ids, result, exact, used_polygons, rejects)
    # closing(): a cancel or a failed write stops the reader before the transaction rolls back.
    with closing(prefetched(chunks)) as staged:
        for accepted, hashes, rows_done in staged:
            writer.stage(accepted, hashes)
            # Progress by rows against a size-based estimate of the total, capped below the merge.
            progress.report(min(0.8, 0.8 * rows_done / max(progress.estimated_rows, 1)))
    return used_polygons, rejects


def _checked_chunks(options, polygons, province_ids, result, exact, used_polygons, rejects):
    """Chunks of accepted rows with their content hashes; rejects and counts are gathered on the way."""
    # A fresh normaliser for each pass: one that makes ids counts the rows it has seen.
    normalise = formats.by_key(result.source_format).normaliser(options.mapping)
    seen = FirstLines()
    by_name = NameIndex(polygons)
    names = polygons.table["name"].to_numpy(object)
    codes = polygons.table["code"].to_numpy(object)
    rows_done = 0
    columns = formats.by_key(result.source_format).columns_read(options.mapping)
    for chunk in read_chunks(options.source, exact=exact, columns=columns):
        result.rows_read += len(chunk.frame) + len(chunk.malformed)
        rejects.extend((line, None, reason, raw) for line, reason, raw in chunk.malformed)
        normalised = normalise(chunk.frame)
        frame, reasons = normalised.frame, normalised.reasons
        result.decimal_comma += normalised.decimal_comma
        named, regional = place_by_name(frame, reasons, polygons, by_name)
        # The first row with an event id wins; later ones are rejected, naming the first line.
        ids = frame["event_id"]
        lines = pd.Series(chunk.line_numbers, index=frame.index)
        candidates = reasons.isna() & ids.notna()
        candidate_ids = ids.where(candidates)
        id_hashes = IdHashes(ids.to_numpy(object))
        prior = pd.Series(seen.earlier(id_hashes), index=ids.index)
        duplicate = candidates & (candidate_ids.duplicated(keep="first") | prior.notna())
        if duplicate.any():
            first = prior.fillna(lines.where(candidates).groupby(candidate_ids).transform("min"))
            reasons[duplicate] = (
                "duplicate event id '"
                + ids[duplicate]
                + "' (first at line "
                + first[duplicate].astype(int).astype(str)
                + ")"
            )
        keep = reasons.isna().to_numpy()
        seen.add(id_hashes, keep, lines.to_numpy())
        for position in np.flatnonzero(~keep):
            raw = chunk.raw_text[position] if chunk.raw_text is not None else None
            rejects.append((int(chunk.line_numbers[position]), ids.iat[position], reasons.iat[position], raw))
        accepted, named, regional = frame[keep], named[keep], regional[keep]
        index = polygons.assign(accepted["longitude"].to_numpy(float), accepted["latitude"].to_numpy(float))
        swapped = _swapped_coordinates(accepted, index, polygons) & ~named & ~regional
        if swapped.any():
            # Reported, never silently "fixed": the analyst decides which column is which.
            positions = np.flatnonzero(keep)[swapped]
            for position in positions:
                raw = chunk.raw_text[position] if chunk.raw_text is not None else None
                reason = (
                    "latitude and longitude look swapped: the point lies outside "
                    f"{frame['country'].iat[position]}, and would lie inside it with the two exchanged"
                )
                rejects.append((int(chunk.line_numbers[position]), ids.iat[position], reason, raw))
            accepted, index, named, regional = accepted[~swapped], index[~swapped], named[~swapped], regional[~swapped]
        lon, lat = accepted["longitude"].to_numpy(float), accepted["latitude"].to_numpy(float)
        moved = move_border_events(
            polygons, index, lon, lat, accepted["country"], accepted["source_province"], by_name, options.border_km
        )
        moved &= ~named
        result.by_name += int(named.sum())
        result.nearest += int(moved.sum())
        inside = index >= 0
        method = np.where(named, "name", np.where(moved, "nearest", np.where(inside, "point", None)))
        method = np.where(regional, "region", method)
        used_polygons[index[inside]] = True
        result.in_regions += int(regional.sum())
        result.outside_provinces += int((~inside & ~regional).sum())
        province_id = pd.array(np.zeros(len(index), dtype=np.int64), dtype="Int64")
        province_id[inside] = province_ids.of(index[inside])
        province_id[~inside] = pd.NA
        accepted = accepted.assign(
            source_dataset=result.source_dataset,
            province_id=province_id,
            province=np.where(inside, names[np.maximum(index, 0)], None),
            province_code=np.where(inside, codes[np.maximum(index, 0)], None),
            province_method=method,
        )
        hashes = content_hashes(accepted)
        rows_done += len(chunk.frame)
        yield accepted, hashes, rows_done


def _swapped_coordinates(accepted: pd.DataFrame, index: np.ndarray, polygons: ProvincePolygons) -> np.ndarray:
    """Rows outside the country the source names, which exchanged coordinates would put inside it."""
    polygon_country, countries = polygons.country_numbers()
    # Countries compared as numbers: each distinct name is casefolded once, not once per row.
    raw_codes, raw_names = pd.factorize(accepted["country"])
    # The trailing -1 is what a missing country (code -1) looks up.
    lookup = np.append(countries.get_indexer([str(name).casefold() for name in raw_names]), -1)
    source_country = lookup[raw_codes]
    assigned = np.where(index >= 0, polygon_country[np.maximum(index, 0)], -2)
    suspect = (source_country >= 0) & (assigned != source_country)
    if not suspect.any():
        return suspect
    rows = np.flatnonzero(suspect)
    lat = accepted["latitude"].to_numpy(float)[rows]
    lon = accepted["longitude"].to_numpy(float)[rows]
    exchanged = polygons.assign(lat, lon)  # latitude as x, longitude as y
    exchanged_country = np.where(exchanged >= 0, polygon_country[np.maximum(exchanged, 0)], -2)
    result = np.zeros(len(accepted), dtype=bool)
    result[rows] = (np.abs(lon) <= 90) & (exchanged_country == source_country[rows])
    return result


def _provinces_to_keep(polygons: ProvincePolygons, used: np.ndarray) -> np.ndarray:
    """All polygons of every country that holds an incident, so quiet provinces show as zero."""
    countries = polygons.table["country_code"].fillna(polygons.table["country"]).fillna("")
    used_countries = set(countries[used])
    if polygons.source_label.startswith("Natural Earth"):
        return np.flatnonzero(countries.isin(used_countries).to_numpy())
    return np.arange(len(polygons.geometries))
