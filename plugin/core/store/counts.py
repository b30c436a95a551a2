"""What a count under a filter returns, whichever store counted it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..i18n import tr


@dataclass(frozen=True)
class ProvinceRef:
    """A province as the counts know it: its polygon's fid (every count's key: names recur across
    countries, "Punjab" in India and Pakistan) with its name, code and country for people."""

    id: int
    name: str
    code: str | None = None
    country: str | None = None


def province_labels(provinces: Iterable[ProvinceRef]) -> dict[int, str]:
    """Each province's name, with its country where another province of the list has the same name."""
    provinces = list(provinces)
    repeated = Counter(province.name for province in provinces)
    return {
        province.id: tr("{name} ({country})").format(name=province.name, country=province.country)
        if repeated[province.name] > 1 and province.country
        else province.name
        for province in provinces
    }


@dataclass(frozen=True)
class Summary:
    incidents: int
    fatalities: int
    provinces: int
    first_date: str | None
    last_date: str | None
    placed_by_name: int = 0  # rows without coordinates, placed by their province's name
    moved_to_nearest: int = 0  # border events moved to the nearest province of their country
    aggregated_rows: int = 0  # rows of ACLED's aggregated data (weekly counts) among those counted
    linked_rows: int = 0  # rows not counted because another dataset's row of the same event was
    datasets: tuple[str, ...] = ()  # the datasets of the rows the filter keeps, by name
    in_regions: int = 0  # incidents naming only a region of several provinces: in the totals, not on maps

    def text(self) -> str:
        text = " · ".join(
            (
                tr("%n incidents", "", self.incidents),
                tr("%n fatalities", "", self.fatalities),
                tr("%n provinces", "", self.provinces),
            )
        )
        if self.first_date:
            text += " · " + tr("{start} – {end}").format(start=self.first_date, end=self.last_date)
        if self.aggregated_rows:
            text += " · " + tr("weekly aggregates: no actors, dates by week")
        if self.linked_rows:
            text += " · " + tr("%n rows linked to another dataset's and counted once", "", self.linked_rows)
        return text
