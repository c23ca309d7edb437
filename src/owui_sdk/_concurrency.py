"""Running a function over many items at once, in each colour: what each colour does
differently, named once per colour (unasync turns ``amap_limited`` into ``map_limited``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar, cast

__all__ = ["amap_limited", "map_limited"]

T = TypeVar("T")
R = TypeVar("R")


async def amap_limited(
    fn: Callable[[T], Awaitable[R]],
    items: Sequence[T],
    limit: int,
    on_done: Callable[[R], None] | None = None,
) -> list[R]:
    """``fn`` over ``items``, at most ``limit`` at a time, results in input order; ``on_done``
    is called with each result as it comes. ``fn`` should not raise: the first error cancels
    the rest (anyio: asyncio and trio alike)."""
    import anyio

    results: list[R | None] = [None] * len(items)
    limiter = anyio.CapacityLimiter(max(1, limit))

    async def run(index: int, item: T) -> None:
        async with limiter:
            result = await fn(item)
        results[index] = result
        if on_done is not None:
            on_done(result)

    async with anyio.create_task_group() as group:
        for index, item in enumerate(items):
            group.start_soon(run, index, item)
    return cast("list[R]", results)


def map_limited(
    fn: Callable[[T], R],
    items: Sequence[T],
    limit: int,
    on_done: Callable[[R], None] | None = None,
) -> list[R]:
    """The blocking twin of :func:`amap_limited`: threads, ``on_done`` called in the caller's
    thread as results come. An error in the caller's thread (``on_done``'s, a worker's raised
    by ``fn``, or Ctrl-C) starts nothing more: the items in flight finish, the rest are
    dropped, and the error propagates."""
    from concurrent.futures import ThreadPoolExecutor, as_completed

    results: list[R | None] = [None] * len(items)
    pool = ThreadPoolExecutor(max_workers=max(1, limit), thread_name_prefix="owui-sdk")
    try:
        futures = {pool.submit(fn, item): index for index, item in enumerate(items)}
        for future in as_completed(futures):
            result = future.result()
            results[futures[future]] = result
            if on_done is not None:
                on_done(result)
    except BaseException:
        # Without cancel_futures, leaving the pool would run every queued item first.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return cast("list[R]", results)
