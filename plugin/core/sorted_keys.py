"""Looking values up in a sorted array of integer keys (grid cells, hexagons, buckets), numpy only."""

from __future__ import annotations

import numpy as np


def find_sorted(keys: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each wanted key is (or would go) in the sorted keys, and whether it is there."""
    position = np.searchsorted(keys, wanted)
    found = position < len(keys)
    found[found] = keys[position[found]] == wanted[found]
    return position, found
