from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "title",
        "chat",
        "updated_at",
        "created_at",
        "archived",
        "share_id",
        "pinned",
        "meta",
        "variables",
        "folder_id",
        "tasks",
        "summary",
        "current_message_id",
        "context_usage",
    }
)


@_attrs_define
class ChatResponse:
    id: str
    user_id: str
    title: str
    chat: dict[str, Any]
    updated_at: int
    created_at: int
    archived: bool
    share_id: None | str | Unset = UNSET
    pinned: bool | None | Unset = False
    meta: dict[str, Any] | Unset = UNSET
    variables: dict[str, Any] | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    tasks: list[Any] | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    current_message_id: None | str | Unset = UNSET
    context_usage: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "title": self.title,
            "chat": self.chat,
            "updated_at": self.updated_at,
            "created_at": self.created_at,
            "archived": self.archived,
        }
        if self.share_id is not UNSET:
            field_dict["share_id"] = self.share_id
        if self.pinned is not UNSET:
            field_dict["pinned"] = self.pinned
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.variables is not UNSET:
            field_dict["variables"] = self.variables
        if self.folder_id is not UNSET:
            field_dict["folder_id"] = self.folder_id
        if self.tasks is not UNSET:
            field_dict["tasks"] = self.tasks
        if self.summary is not UNSET:
            field_dict["summary"] = self.summary
        if self.current_message_id is not UNSET:
            field_dict["current_message_id"] = self.current_message_id
        if self.context_usage is not UNSET:
            field_dict["context_usage"] = self.context_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChatResponse:
            return _rebuilt(cls, ChatResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.title = src_dict["title"]
        obj.chat = src_dict["chat"]
        obj.updated_at = src_dict["updated_at"]
        obj.created_at = src_dict["created_at"]
        obj.archived = src_dict["archived"]
        obj.share_id = share_id = src_dict.get("share_id", UNSET)
        obj.pinned = pinned = src_dict.get("pinned", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        obj.variables = variables = src_dict.get("variables", UNSET)
        obj.folder_id = folder_id = src_dict.get("folder_id", UNSET)
        _tasks = src_dict.get("tasks", UNSET)
        tasks: list[Any] | None | Unset
        if _tasks is None or isinstance(_tasks, Unset):
            tasks = _tasks
        else:
            if not isinstance(_tasks, list):
                raise TypeError(f"tasks: unexpected {type(_tasks).__name__}")
            tasks_type_0 = _tasks

            tasks = tasks_type_0

        obj.tasks = tasks
        obj.summary = summary = src_dict.get("summary", UNSET)
        obj.current_message_id = current_message_id = src_dict.get("current_message_id", UNSET)
        obj.context_usage = context_usage = src_dict.get("context_usage", UNSET)
        if (
            len(src_dict) == 16
            and share_id is not UNSET
            and pinned is not UNSET
            and meta is not UNSET
            and variables is not UNSET
            and folder_id is not UNSET
            and tasks is not UNSET
            and summary is not UNSET
            and current_message_id is not UNSET
            and context_usage is not UNSET
        ) or len(src_dict) == 7 + (share_id is not UNSET) + (pinned is not UNSET) + (
            meta is not UNSET
        ) + (variables is not UNSET) + (folder_id is not UNSET) + (tasks is not UNSET) + (
            summary is not UNSET
        ) + (current_message_id is not UNSET) + (context_usage is not UNSET):
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        """The keys of :attr:`additional_properties`."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
