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
        "chat_id",
        "user_id",
        "role",
        "created_at",
        "updated_at",
        "parent_id",
        "content",
        "output",
        "model_id",
        "files",
        "sources",
        "embeds",
        "meta",
        "done",
        "status_history",
        "error",
        "usage",
        "context_summary",
    }
)


@_attrs_define
class ChatMessageModel:
    id: str
    chat_id: str
    user_id: str
    role: str
    created_at: int
    updated_at: int
    parent_id: None | str | Unset = UNSET
    content: Any | None | Unset = UNSET
    output: list[Any] | None | Unset = UNSET
    model_id: None | str | Unset = UNSET
    files: list[Any] | None | Unset = UNSET
    sources: list[Any] | None | Unset = UNSET
    embeds: list[Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    done: bool | Unset = True
    status_history: list[Any] | None | Unset = UNSET
    error: dict[str, Any] | None | str | Unset = UNSET
    usage: dict[str, Any] | None | Unset = UNSET
    context_summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "chat_id": self.chat_id,
            "user_id": self.user_id,
            "role": self.role,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.parent_id is not UNSET:
            field_dict["parent_id"] = self.parent_id
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.output is not UNSET:
            field_dict["output"] = self.output
        if self.model_id is not UNSET:
            field_dict["model_id"] = self.model_id
        if self.files is not UNSET:
            field_dict["files"] = self.files
        if self.sources is not UNSET:
            field_dict["sources"] = self.sources
        if self.embeds is not UNSET:
            field_dict["embeds"] = self.embeds
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.done is not UNSET:
            field_dict["done"] = self.done
        if self.status_history is not UNSET:
            field_dict["status_history"] = self.status_history
        if self.error is not UNSET:
            field_dict["error"] = self.error
        if self.usage is not UNSET:
            field_dict["usage"] = self.usage
        if self.context_summary is not UNSET:
            field_dict["context_summary"] = self.context_summary
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChatMessageModel:
            return _rebuilt(cls, ChatMessageModel.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.chat_id = src_dict["chat_id"]
        obj.user_id = src_dict["user_id"]
        obj.role = src_dict["role"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.parent_id = parent_id = src_dict.get("parent_id", UNSET)
        obj.content = content = src_dict.get("content", UNSET)
        _output = src_dict.get("output", UNSET)
        output: list[Any] | None | Unset
        if _output is None or isinstance(_output, Unset):
            output = _output
        else:
            if not isinstance(_output, list):
                raise TypeError(f"output: unexpected {type(_output).__name__}")
            output_type_0 = _output

            output = output_type_0

        obj.output = output
        obj.model_id = model_id = src_dict.get("model_id", UNSET)
        _files = src_dict.get("files", UNSET)
        files: list[Any] | None | Unset
        if _files is None or isinstance(_files, Unset):
            files = _files
        else:
            if not isinstance(_files, list):
                raise TypeError(f"files: unexpected {type(_files).__name__}")
            files_type_0 = _files

            files = files_type_0

        obj.files = files
        _sources = src_dict.get("sources", UNSET)
        sources: list[Any] | None | Unset
        if _sources is None or isinstance(_sources, Unset):
            sources = _sources
        else:
            if not isinstance(_sources, list):
                raise TypeError(f"sources: unexpected {type(_sources).__name__}")
            sources_type_0 = _sources

            sources = sources_type_0

        obj.sources = sources
        _embeds = src_dict.get("embeds", UNSET)
        embeds: list[Any] | None | Unset
        if _embeds is None or isinstance(_embeds, Unset):
            embeds = _embeds
        else:
            if not isinstance(_embeds, list):
                raise TypeError(f"embeds: unexpected {type(_embeds).__name__}")
            embeds_type_0 = _embeds

            embeds = embeds_type_0

        obj.embeds = embeds
        obj.meta = meta = src_dict.get("meta", UNSET)
        obj.done = done = src_dict.get("done", UNSET)
        _status_history = src_dict.get("status_history", UNSET)
        status_history: list[Any] | None | Unset
        if _status_history is None or isinstance(_status_history, Unset):
            status_history = _status_history
        else:
            if not isinstance(_status_history, list):
                raise TypeError(f"status_history: unexpected {type(_status_history).__name__}")
            status_history_type_0 = _status_history

            status_history = status_history_type_0

        obj.status_history = status_history
        obj.error = error = src_dict.get("error", UNSET)
        obj.usage = usage = src_dict.get("usage", UNSET)
        obj.context_summary = context_summary = src_dict.get("context_summary", UNSET)
        if (
            len(src_dict) == 19
            and parent_id is not UNSET
            and content is not UNSET
            and output is not UNSET
            and model_id is not UNSET
            and files is not UNSET
            and sources is not UNSET
            and embeds is not UNSET
            and meta is not UNSET
            and done is not UNSET
            and status_history is not UNSET
            and error is not UNSET
            and usage is not UNSET
            and context_summary is not UNSET
        ) or len(src_dict) == 6 + (parent_id is not UNSET) + (content is not UNSET) + (
            output is not UNSET
        ) + (model_id is not UNSET) + (files is not UNSET) + (sources is not UNSET) + (
            embeds is not UNSET
        ) + (meta is not UNSET) + (done is not UNSET) + (status_history is not UNSET) + (
            error is not UNSET
        ) + (usage is not UNSET) + (context_summary is not UNSET):
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
