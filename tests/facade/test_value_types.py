"""The small public value types of ``owui_sdk.api``: ``UNSET``, ``File`` and ``Response``.

They are what a user passes to and gets from the per-endpoint functions, so their truth value,
repr and equality are part of the API.
"""

from __future__ import annotations

import io

import pytest

from owui_sdk.api import UNSET, File, Response, Unset


def test_unset_is_falsy_and_reads_as_unset() -> None:
    assert not UNSET
    assert bool(Unset()) is False
    assert repr(UNSET) == "UNSET"
    assert isinstance(UNSET, Unset)


def test_file_is_compared_by_value_and_shown_whole() -> None:
    payload = io.BytesIO(b"hello")
    one = File(payload=payload, file_name="a.txt", mime_type="text/plain")
    same = File(payload=payload, file_name="a.txt", mime_type="text/plain")
    other = File(payload=payload, file_name="b.txt", mime_type="text/plain")
    assert one == same and one != other
    assert one != ("a.txt", payload, "text/plain")  # not a tuple, even with the same parts
    assert one.to_tuple() == ("a.txt", payload, "text/plain")
    assert repr(one) == f"File(payload={payload!r}, file_name='a.txt', mime_type='text/plain')"
    with pytest.raises(TypeError):
        hash(one)  # mutable: compared by value, so not hashable


def test_response_is_compared_by_value_and_shown_whole() -> None:
    one: Response[int] = Response(200, b"1", {"content-type": "application/json"}, 1)
    same: Response[int] = Response(200, b"1", {"content-type": "application/json"}, 1)
    error: Response[int] = Response(503, b"down", {}, None)
    assert one == same and one != error
    assert one != (200, b"1", {"content-type": "application/json"}, 1)
    assert repr(error) == "Response(status_code=503, content=b'down', headers={}, parsed=None)"
    with pytest.raises(TypeError):
        hash(one)
