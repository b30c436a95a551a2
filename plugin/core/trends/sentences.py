"""A sentence per province that an analyst can paste into a brief, written from the numbers.

It says "significant" only where the corrected test does, and says so when the data does not
reach the baseline; every template is translated."""

from __future__ import annotations

from ..i18n import format_day, tr
from .change import DECREASE, INCREASE, ChangeRow, ChangeTable


def _percent(value: float) -> str:
    return f"{value:+.0f} %"


def baseline_words(table: ChangeTable) -> str:
    if table.kind == "previous":
        return tr("the previous %n days", "", table.baselines[0].days)
    if table.kind == "last_year":
        window = table.baselines[0]
        return tr("the same dates a year earlier ({start} to {end})").format(
            start=format_day(window.start), end=format_day(window.end)
        )
    return tr("the %n periods of equal length before", "", len(table.baselines))


def _count(value: float, kind: str) -> str:
    return f"{value:,.1f}" if kind == "mean" and value != int(value) else f"{int(value):,}"


def province_sentence(row: ChangeRow, table: ChangeTable) -> str:
    opening = tr("{province}: %n incidents from {start} to {end}", "", row.current).format(
        province=row.label,
        start=format_day(table.current.start),
        end=format_day(table.current.end),
    )
    if table.total:
        opening += ", " + tr("{share} of {total}").format(
            share=f"{100 * row.current / table.total:.0f} %", total=f"{table.total:,}"
        )
    words = baseline_words(table)
    if row.baseline is None:
        return opening + "; " + tr("the data does not reach back to {baseline}").format(baseline=words)
    before = _count(row.baseline, table.kind)
    if table.kind == "mean":
        before = tr("a mean of {count}").format(count=before)
    verdict = tr("significant") if row.direction in (INCREASE, DECREASE) else tr("not significant")
    change = _percent(row.change_pct) if row.change_pct is not None else f"{row.change_abs:+,.0f}"
    if row.change_abs > 0:
        middle = tr("up from {before} in {baseline} ({change}, {verdict})")
    elif row.change_abs < 0:
        middle = tr("down from {before} in {baseline} ({change}, {verdict})")
    else:
        return opening + "; " + tr("the same as in {baseline}").format(baseline=words)
    return opening + "; " + middle.format(before=before, baseline=words, change=change, verdict=verdict)
