from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        user_id = self.user_id

        title = self.title

        chat = self.chat

        updated_at = self.updated_at

        created_at = self.created_at

        archived = self.archived

        share_id: None | str | Unset
        if isinstance(self.share_id, Unset):
            share_id = UNSET
        else:
            share_id = self.share_id

        pinned: bool | None | Unset
        if isinstance(self.pinned, Unset):
            pinned = UNSET
        else:
            pinned = self.pinned

        meta = self.meta

        variables = self.variables

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        tasks: list[Any] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = self.tasks

        else:
            tasks = self.tasks

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        current_message_id: None | str | Unset
        if isinstance(self.current_message_id, Unset):
            current_message_id = UNSET
        else:
            current_message_id = self.current_message_id

        context_usage: dict[str, Any] | None | Unset
        if isinstance(self.context_usage, Unset):
            context_usage = UNSET
        else:
            context_usage = self.context_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["user_id"] = user_id
        field_dict["title"] = title
        field_dict["chat"] = chat
        field_dict["updated_at"] = updated_at
        field_dict["created_at"] = created_at
        field_dict["archived"] = archived
        if share_id is not UNSET:
            field_dict["share_id"] = share_id
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if meta is not UNSET:
            field_dict["meta"] = meta
        if variables is not UNSET:
            field_dict["variables"] = variables
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if summary is not UNSET:
            field_dict["summary"] = summary
        if current_message_id is not UNSET:
            field_dict["current_message_id"] = current_message_id
        if context_usage is not UNSET:
            field_dict["context_usage"] = context_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        user_id = src_dict["user_id"]
        title = src_dict["title"]
        chat = src_dict["chat"]
        updated_at = src_dict["updated_at"]
        created_at = src_dict["created_at"]
        archived = src_dict["archived"]
        share_id = src_dict.get("share_id", UNSET)

        pinned = src_dict.get("pinned", UNSET)

        meta = src_dict.get("meta", UNSET)
        variables = src_dict.get("variables", UNSET)
        folder_id = src_dict.get("folder_id", UNSET)

        _tasks = src_dict.get("tasks", UNSET)
        tasks: list[Any] | None | Unset
        if _tasks is None or isinstance(_tasks, Unset):
            tasks = _tasks
        else:
            if not isinstance(_tasks, list):
                raise TypeError(f"tasks: unexpected {type(_tasks).__name__}")
            tasks_type_0 = _tasks

            tasks = tasks_type_0

        summary = src_dict.get("summary", UNSET)

        current_message_id = src_dict.get("current_message_id", UNSET)

        context_usage = src_dict.get("context_usage", UNSET)

        obj = cls(
            id,
            user_id,
            title,
            chat,
            updated_at,
            created_at,
            archived,
            share_id,
            pinned,
            meta,
            variables,
            folder_id,
            tasks,
            summary,
            current_message_id,
            context_usage,
        )
        if len(src_dict) != 7 + (share_id is not UNSET) + (pinned is not UNSET) + (
            meta is not UNSET
        ) + (variables is not UNSET) + (folder_id is not UNSET) + (tasks is not UNSET) + (
            summary is not UNSET
        ) + (current_message_id is not UNSET) + (context_usage is not UNSET):
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
