"""Do the datasets agree? Per province: each dataset's rows, the rows only it has, and the events
counted once with the share that more than one dataset holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..filters import IncidentFilter, Parameters
from . import queries
from .counts import province_labels


@dataclass(frozen=True)
class ProvinceComparison:
    province: str  # its name, with its country where another province has the same name
    events: int  # counted once
    rows: dict[str, int] = field(default_factory=dict)  # dataset -> its rows here
    only: dict[str, int] = field(default_factory=dict)  # dataset -> its rows no other dataset kept has
    province_id: int | None = None
    name: str = ""  # the province's own name
    country: str | None = None

    @property
    def linked_events(self) -> int:
        """Events more than one dataset holds: every event counted once but those only one has."""
        return self.events - sum(self.only.values())

    @property
    def linked_share(self) -> float:
        return self.linked_events / self.events if self.events else 0.0


def compare_datasets(source, incident_filter: IncidentFilter) -> tuple[list[str], list[ProvinceComparison]]:
    """The datasets under the filter, and one comparison per province with incidents, by name."""
    source = queries._store(source)
    raw = incident_filter.with_changes(count_once=False)
    bound = Parameters(source.dialect)
    condition = raw.bound_sql(bound)
    table = queries._table(source)
    also = f" AND {condition}" if condition else ""
    rows = queries.fetch_all(
        source,
        f"""SELECT f."province_id", f."source_dataset", coalesce(sum(f."events"), 0),
                   coalesce(sum(CASE WHEN f."event_group" IS NOT NULL AND EXISTS (
                       SELECT 1 FROM {table} AS g WHERE g."event_group" = f."event_group"
                       AND g."source_dataset" <> f."source_dataset"{also}) THEN f."events" ELSE 0 END), 0)
            FROM {table} AS f {queries._where(bound, raw)} GROUP BY 1, 2""",  # nosec B608: identifiers from the schema, values bound
        bound,
    )
    once = queries.count_by_province(source, incident_filter.with_changes(count_once=True))
    datasets = sorted({dataset for _, dataset, _, _ in rows})
    per_province: dict[int, tuple[dict, dict]] = {}
    for province, dataset, count, linked in rows:
        if province is None:
            continue
        counts, only = per_province.setdefault(int(province), ({}, {}))
        counts[dataset], only[dataset] = int(count), int(count) - int(linked)
    named = {province.id: province for province in queries.provinces(source)}
    labels = province_labels(named.values())
    comparisons = [
        ProvinceComparison(
            labels[key], once.get(key, (0, 0))[0], counts, only, key, named[key].name, named[key].country
        )
        for key, (counts, only) in per_province.items()
        if key in named
    ]
    return datasets, sorted(comparisons, key=lambda comparison: comparison.province)
