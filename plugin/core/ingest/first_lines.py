"""Where each event id was first seen in a file, across chunks, without a Python object per row."""

from __future__ import annotations

import numpy as np
import pandas as pd

# Two independent 64-bit hashes of an id: one orders the table, the other confirms a match (a false
# duplicate would need both to collide).
_ORDER_KEY = "incident-id-sort"  # pandas wants 16 bytes
_CHECK_KEY = "atlas-id-confirm"


class IdHashes:
    """A chunk's ids hashed once, for both questions asked of them."""

    def __init__(self, ids: np.ndarray):
        values = np.asarray(ids, dtype=object)
        self.order = pd.util.hash_array(values, hash_key=_ORDER_KEY)
        self.check = pd.util.hash_array(values, hash_key=_CHECK_KEY)

    def __len__(self) -> int:
        return len(self.order)


class FirstLines:
    """Sorted hashes of the ids kept so far, with the line each was first seen on."""

    def __init__(self):
        self.order = np.zeros(0, dtype=np.uint64)
        self.check = np.zeros(0, dtype=np.uint64)
        self.lines = np.zeros(0, dtype=np.int64)

    def earlier(self, ids: IdHashes) -> np.ndarray:
        """The line each id was first kept on in an earlier chunk, NaN for ids not seen before."""
        result = np.full(len(ids), np.nan)
        if not len(self.order) or not len(ids):
            return result
        positions = np.minimum(np.searchsorted(self.order, ids.order), len(self.order) - 1)
        found = (self.order[positions] == ids.order) & (self.check[positions] == ids.check)
        result[found] = self.lines[positions[found]]
        return result

    def add(self, ids: IdHashes, keep: np.ndarray, lines: np.ndarray) -> None:
        """Keep the ids where keep is true (distinct, none kept before), first seen on lines."""
        order, check, lines = ids.order[keep], ids.check[keep], np.asarray(lines, dtype=np.int64)[keep]
        if not len(order):
            return
        sorting = np.argsort(order, kind="stable")
        order, check, lines = order[sorting], check[sorting], lines[sorting]
        # Merged into place: one pass over what is kept, not a sort of all of it per chunk.
        at = np.searchsorted(self.order, order)
        self.order = np.insert(self.order, at, order)
        self.check = np.insert(self.check, at, check)
        self.lines = np.insert(self.lines, at, lines)
