"""Python's cyclic garbage collector, eased for the length of a bulk import."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# How much rarer the youngest generation's collections are during an import.
RARER = 20


@contextmanager
def collected_less() -> Iterator[None]:
    """An import makes millions of short-lived objects (parsed elements, records, rows)
    that reference counting frees, without cycles; each time enough pile up, the
    collector walks them, and in its full passes also the hundreds of thousands of
    objects Django and Wagtail hold for the life of the process. Those are set aside
    (gc.freeze) and the young collections made rarer; both are undone afterwards."""
    threshold = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(threshold[0] * RARER, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
