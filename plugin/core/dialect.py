"""The SQL pieces in which SQLite (GeoPackage) and PostgreSQL differ, named once.

Callers build their SQL from these and never ask which database they talk to."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SqlDialect:
    name: str
    find_function: str  # position of a substring, 1-based, 0 when absent: same arguments in both
    placeholder: str  # the DB-API parameter marker
    day_template: str  # an ISO day (YYYY-MM-DD) of a date column
    month_template: str  # the first day of a date column's month, as an ISO day
    types: dict[str, str] = field(default_factory=dict)  # the schema's SQL types in this dialect
    # The ISO first day of a date column's period, by "interval" or "week/<first day>".
    period_templates: dict[str, str] = field(default_factory=dict)
    by_code_point: str = ""  # what makes text compare by code point, as Python's sorted() does
    epoch_days_template: str = ""  # a date column as whole days since 1970-01-01
    temp_schema: str = "temp"  # where a session's temporary tables are named
    serial_key: str = "INTEGER PRIMARY KEY"  # an integer key numbering inserted rows from 1
    named_template: str = ":{name}"  # a parameter bound by name

    def find(self, haystack: str, needle: str) -> str:
        return f"{self.find_function}({haystack}, {needle})"

    def day(self, column: str) -> str:
        return self.day_template.format(column=column)

    def month(self, column: str) -> str:
        return self.month_template.format(column=column)

    def column_type(self, sql_type: str) -> str:
        """A column type of the schema (SQLite's names, e.g. "INTEGER NOT NULL") in this dialect."""
        base, _, rest = sql_type.partition(" ")
        return self.types.get(base, base) + (f" {rest}" if rest else "")

    def period_start(self, column: str, interval: str, week_start: str = "monday") -> str:
        key = f"week/{week_start}" if interval == "week" else interval
        return self.period_templates[key].format(column=column)

    def named(self, name: str) -> str:
        return self.named_template.format(name=name)

    def parameters(self, count: int) -> str:
        return ", ".join([self.placeholder] * count)


SQLITE = SqlDialect(
    name="sqlite",
    find_function="instr",
    placeholder="?",
    day_template="{column}",
    month_template="substr({column}, 1, 7) || '-01'",
    epoch_days_template="CAST(julianday({column}) - 2440587.5 AS INTEGER)",
    period_templates={
        "day": "{column}",
        # strftime's %w counts from Sunday (0): days back to the Monday, or to the Saturday.
        "week/monday": "date({column}, '-' || ((CAST(strftime('%w', {column}) AS INTEGER) + 6) % 7) || ' days')",
        "week/saturday": "date({column}, '-' || ((CAST(strftime('%w', {column}) AS INTEGER) + 1) % 7) || ' days')",
        "month": "substr({column}, 1, 7) || '-01'",
        "quarter": "substr({column}, 1, 5) || printf('%02d', "
        "((CAST(substr({column}, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1) || '-01'",
        "year": "substr({column}, 1, 4) || '-01-01'",
    },
)
POSTGRES = SqlDialect(
    name="postgres",
    find_function="strpos",
    placeholder="%s",
    day_template="to_char({column}, 'YYYY-MM-DD')",
    month_template="to_char({column}, 'YYYY-MM-01')",
    by_code_point=' COLLATE "C"',
    epoch_days_template="({column} - DATE '1970-01-01')",
    temp_schema="pg_temp",
    named_template="%({name})s",
    serial_key="bigserial PRIMARY KEY",
    types={"TEXT": "text", "DATE": "date", "INTEGER": "bigint", "REAL": "double precision", "DATETIME": "timestamptz"},
    period_templates={
        "day": "to_char({column}, 'YYYY-MM-DD')",
        "week/monday": "to_char(date_trunc('week', {column}), 'YYYY-MM-DD')",  # ISO weeks start on Monday
        "week/saturday": "to_char(date_trunc('week', {column} + 2) - interval '2 days', 'YYYY-MM-DD')",
        "month": "to_char(date_trunc('month', {column}), 'YYYY-MM-DD')",
        "quarter": "to_char(date_trunc('quarter', {column}), 'YYYY-MM-DD')",
        "year": "to_char(date_trunc('year', {column}), 'YYYY-MM-DD')",
    },
)
