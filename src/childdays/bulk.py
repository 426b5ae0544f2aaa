"""Building many acyclic objects at once without the cyclic garbage collector walking them.

Internal module (docs/api.md).
"""

from __future__ import annotations

import gc

TYPE_CHECKING = False  # typing is not imported at run time (cold start)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeVar

    _Built = TypeVar("_Built")


def without_cyclic_gc(build: Callable[[], _Built]) -> _Built:
    """``build()`` with the cyclic garbage collector paused (and restored as it was).

    Building a catalog, or a year of a large one, allocates hundreds of thousands of containers
    and no cycles; the collector would walk every object built so far again and again, which
    makes the work grow faster than the number of observances. Reference counting still frees
    everything that is dropped meanwhile.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return build()
    finally:
        if was_enabled:
            gc.enable()
