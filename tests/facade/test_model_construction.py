"""The generated models' from_dict and to_dict, as their fast paths build them (issue 24)."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from owui_sdk.api import UNSET
from owui_sdk.models import ChatResponse, ChatTitleIdResponse

ROW: dict[str, Any] = {
    "id": "c1",
    "title": "T",
    "updated_at": 2,
    "created_at": 1,
    "last_read_at": None,
    "snippet": "s",
    "active": False,
    "archived": True,
}


@attrs.define
class _Titled(ChatTitleIdResponse):
    note: str = "default note"


class _Counted(ChatTitleIdResponse):
    # A plain subclass with its own __init__: from_dict still runs it.
    made = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        type(self).made += 1
        super().__init__(*args, **kwargs)


def test_from_dict_reads_every_field_and_no_unknown_key() -> None:
    row = ChatTitleIdResponse.from_dict(ROW)
    assert (row.id, row.title, row.updated_at, row.created_at) == ("c1", "T", 2, 1)
    assert (row.last_read_at, row.snippet, row.active, row.archived) == (None, "s", False, True)
    assert row.additional_properties == {}
    assert row == ChatTitleIdResponse("c1", "T", 2, 1, None, "s", False, True)


@pytest.mark.parametrize("missing", [[], ["snippet"], ["snippet", "active", "last_read_at"]])
def test_unknown_keys_are_kept_whatever_optional_fields_are_absent(missing: list[str]) -> None:
    # The unknown keys are found by counting the declared ones present: an absent optional
    # field and an unknown key must not cancel out.
    data = {k: v for k, v in ROW.items() if k not in missing} | {"pinned_at": 5}
    row = ChatTitleIdResponse.from_dict(data)
    assert row.additional_properties == {"pinned_at": 5}
    for name in missing:
        assert getattr(row, name) is UNSET
    assert row.to_dict() == data


def test_absent_fields_stay_absent_in_to_dict() -> None:
    data = {k: ROW[k] for k in ("id", "title", "updated_at", "created_at")}
    row = ChatTitleIdResponse.from_dict(data)
    assert row.additional_properties == {}
    assert row.to_dict() == data


def test_to_dict_puts_unknown_keys_first_and_declared_fields_win() -> None:
    row = ChatTitleIdResponse.from_dict({"zz": 1, **ROW})
    row["title"] = "shadowed"  # an unknown key of a declared name: the field wins
    dumped = row.to_dict()
    assert list(dumped) == [
        "zz",
        "title",
        "id",
        "updated_at",
        "created_at",
        "last_read_at",
        "snippet",
        "active",
        "archived",
    ]
    assert dumped["title"] == "T"
    assert dumped["zz"] == 1


def test_to_dict_is_a_new_dict_each_time() -> None:
    row = ChatTitleIdResponse.from_dict({"zz": 1, **ROW})
    dumped = row.to_dict()
    dumped["zz"] = 2
    dumped["id"] = "changed"
    assert row.additional_properties == {"zz": 1}
    assert row.to_dict()["zz"] == 1


def test_an_attrs_subclass_gets_its_own_fields_and_defaults() -> None:
    row = _Titled.from_dict({**ROW, "zz": 1})
    assert type(row) is _Titled
    assert row.note == "default note"
    assert row.title == "T"
    assert row.additional_properties == {"zz": 1}
    assert row.to_dict()["zz"] == 1


def test_a_subclass_init_runs() -> None:
    before = _Counted.made
    row = _Counted.from_dict(ROW)
    assert type(row) is _Counted
    assert _Counted.made == before + 1
    assert row.id == "c1"


def test_nested_fields_are_read_and_written() -> None:
    data = {
        "id": "c1",
        "user_id": "u1",
        "title": "T",
        "chat": {"history": {"messages": {}}},
        "updated_at": 2,
        "created_at": 1,
        "archived": False,
        "tasks": [{"a": 1}],
        "meta": {"tags": ["x"]},
    }
    chat = ChatResponse.from_dict(data)
    assert chat.tasks == [{"a": 1}]
    assert chat.to_dict() == data
    with pytest.raises(TypeError):
        ChatResponse.from_dict({**data, "tasks": "not a list"})
    with pytest.raises(KeyError):
        ChatResponse.from_dict({k: v for k, v in data.items() if k != "user_id"})
