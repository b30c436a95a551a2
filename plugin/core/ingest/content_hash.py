"""What a re-import compares a row by: a hash of what the source said about it."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..store.schema import HASHED_COLUMNS, TARGET_COLUMNS


def content_hashes(accepted: pd.DataFrame) -> np.ndarray:
    """What a re-import compares: the hashed columns, and the columns a row has beyond them: its weight
    where it stands for more or fewer than one event, its target where the source names one. A row
    without them hashes as it did before those columns existed, so older stores' hashes stay valid."""
    hashes = pd.util.hash_pandas_object(accepted[list(HASHED_COLUMNS)], index=False).to_numpy().view(np.int64)
    optional = {"events": accepted["events"].to_numpy() != 1 if "events" in accepted else np.zeros(len(accepted), bool)}
    optional.update({c: accepted[c].notna().to_numpy() for c in TARGET_COLUMNS if c in accepted})
    kinds = np.zeros(len(accepted), dtype=np.int64)
    for bit, has in enumerate(optional.values()):
        kinds |= has.astype(np.int64) << bit
    if kinds.any():
        hashes = hashes.copy()
        for kind in np.unique(kinds[kinds > 0]):
            rows = kinds == kind
            columns = [*HASHED_COLUMNS, *(name for bit, name in enumerate(optional) if kind >> bit & 1)]
            hashes[rows] = (
                pd.util.hash_pandas_object(accepted.loc[rows, columns], index=False).to_numpy().view(np.int64)
            )
    return hashes
