"""A large ACLED-shaped CSV written fast, for benchmarks (not the demo data)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

ACTORS = np.array(
    [
        "Islamic State (Iraq)",
        "Popular Mobilization Forces",
        "Military Forces of Iraq (2018-2022)",
        "Police Forces of Iraq (2018-2022)",
        "Peshmerga",
        "Unidentified Armed Group (Iraq)",
    ]
)
TYPES = np.array(["Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"])


def write_acled_like(path: Path, rows: int, seed: int = 1) -> Path:
    generator = np.random.default_rng(seed)
    days = generator.integers(0, 3 * 365, rows)
    dates = (np.datetime64("2019-01-01") + days).astype(str)
    frame = pd.DataFrame(
        {
            "event_id_cnty": np.char.add("IRQ", np.arange(rows).astype(str)),
            "event_date": dates,
            "year": dates.astype("U4"),
            # ACLED's own mix: nearly all dated to the day, most placed at a town.
            "time_precision": generator.choice([1, 2, 3], rows, p=[0.9, 0.08, 0.02]),
            "disorder_type": "Political violence",
            "event_type": TYPES[generator.integers(0, len(TYPES), rows)],
            "sub_event_type": "Armed clash",
            "actor1": ACTORS[generator.integers(0, len(ACTORS), rows)],
            "assoc_actor_1": "",
            "inter1": 2,
            "actor2": ACTORS[generator.integers(0, len(ACTORS), rows)],
            "assoc_actor_2": "",
            "inter2": 1,
            "interaction": 12,
            "civilian_targeting": "",
            "iso": 368,
            "region": "Middle East",
            "country": "Iraq",
            "admin1": "Diyala",
            "admin2": "Baquba",
            "admin3": "",
            "location": "Baqubah",
            "latitude": np.round(generator.uniform(29.5, 37.0, rows), 4),
            "longitude": np.round(generator.uniform(39.0, 48.0, rows), 4),
            "geo_precision": generator.choice([1, 2, 3], rows, p=[0.6, 0.35, 0.05]),
            "source": "Synthetic benchmark source",
            "source_scale": "National",
            "notes": "On a synthetic date, a synthetic group attacked a synthetic checkpoint; no one is real.",
            "fatalities": generator.poisson(1.2, rows),
            "tags": "",
            "timestamp": 1600000000,
        }
    )
    frame.to_csv(path, index=False)
    return path
