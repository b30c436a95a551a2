"""Change per province against a baseline, and whether it is larger than chance.

The current period is the filter's dates. The baseline is the period of equal length just before
("previous"), the same dates a year earlier ("last_year"), or the mean of the N periods of equal
length before ("mean"). Each province's change is tested exactly (stats.py) and the p-values are
corrected across provinces (Benjamini-Hochberg); only q below alpha is called significant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .. import definitions
from ..filters import IncidentFilter
from ..i18n import tr
from ..store.counts import ProvinceRef, province_labels
from . import stats

BASELINES = definitions.BASELINES.keys()
INCREASE, DECREASE, NONE = "increase", "decrease", "none"


@dataclass(frozen=True)
class Window:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass
class ChangeRow:
    name: str
    code: str | None
    current: int
    baseline: float | None  # the baseline's count (or mean); None where the data does not reach it
    change_abs: float | None
    change_pct: float | None  # None when the baseline is 0 or missing
    p_value: float | None
    q_value: float | None = None
    direction: str = NONE
    province_id: int | None = None
    country: str | None = None
    label: str = ""  # the name as shown: with the country where another province has the same name

    def __post_init__(self):
        self.label = self.label or self.name


@dataclass
class ChangeTable:
    current: Window
    baselines: list[Window]  # one, or N for "mean"
    kind: str
    alpha: float
    rows: list[ChangeRow] = field(default_factory=list)
    total: int = 0  # incidents in the current period, every province

    @property
    def covered(self) -> bool:
        return bool(self.rows) and self.rows[0].baseline is not None


def _year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def baseline_windows(current: Window, kind: str, periods: int = 4) -> list[Window]:
    if kind == "previous":
        return [Window(current.start - timedelta(days=current.days), current.start - timedelta(days=1))]
    if kind == "last_year":
        return [Window(_year_earlier(current.start), _year_earlier(current.end))]
    if kind == "mean":
        if periods < 1:
            raise ValueError(tr("the mean baseline needs at least one period"))
        return [
            Window(
                current.start - timedelta(days=current.days * n),
                current.start - timedelta(days=current.days * (n - 1) + 1),
            )
            for n in range(1, periods + 1)
        ]
    raise ValueError(f"baseline must be one of {', '.join(BASELINES)}, not {kind!r}")


def change_by_province(
    counts,
    provinces: list[ProvinceRef],
    incident_filter: IncidentFilter,
    kind: str = "previous",
    periods: int = 4,
    alpha: float = 0.05,
    data_start: date | None = None,
) -> ChangeTable:
    """counts: a store's facet counts, with count_by_province(). data_start: the data's first day;
    a baseline that begins before it is not covered by the data, and nothing is tested against it."""
    if incident_filter.date_from is None or incident_filter.date_to is None:
        raise ValueError(tr("change against a baseline needs the current period's dates (from and to)"))
    current = Window(incident_filter.date_from, incident_filter.date_to)
    windows = baseline_windows(current, kind, periods)
    table = ChangeTable(current, windows, kind, alpha)
    now = counts.count_by_province(incident_filter)
    table.total = sum(n for n, _ in now.values())
    covered = data_start is not None and min(w.start for w in windows) >= data_start
    before = [counts.count_by_province(incident_filter.with_changes(date_from=w.start, date_to=w.end)) for w in windows]
    labels = province_labels(provinces)
    for province in provinces:
        current_count = now.get(province.id, (0, 0))[0]
        row = ChangeRow(province.name, province.code, current_count, None, None, None, None)
        row.province_id, row.country, row.label = province.id, province.country, labels[province.id]
        if covered:
            observed = [b.get(province.id, (0, 0))[0] for b in before]
            row.baseline = sum(observed) / len(observed) if kind == "mean" else float(observed[0])
            row.change_abs = current_count - row.baseline
            row.change_pct = 100.0 * row.change_abs / row.baseline if row.baseline > 0 else None
            if kind == "mean":
                # The baseline periods have the current one's length: the mean is the expected count.
                row.p_value = stats.poisson_two_sided(current_count, row.baseline)
            else:
                share = current.days / (current.days + windows[0].days)
                row.p_value = stats.binomial_two_sided(current_count, current_count + observed[0], share)
        table.rows.append(row)
    assign_directions(table.rows, alpha)
    return table


def assign_directions(rows: list[ChangeRow], alpha: float) -> None:
    """q-values across the rows that were tested, and a direction only where q is below alpha."""
    for row, q in zip(rows, stats.benjamini_hochberg([r.p_value for r in rows])):
        row.q_value = q
        if q is not None and q < alpha and row.change_abs:
            row.direction = INCREASE if row.change_abs > 0 else DECREASE
