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
        id = self.id

        chat_id = self.chat_id

        user_id = self.user_id

        role = self.role

        created_at = self.created_at

        updated_at = self.updated_at

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        content: Any | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        output: list[Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, list):
            output = self.output

        else:
            output = self.output

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        files: list[Any] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = self.files

        else:
            files = self.files

        sources: list[Any] | None | Unset
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, list):
            sources = self.sources

        else:
            sources = self.sources

        embeds: list[Any] | None | Unset
        if isinstance(self.embeds, Unset):
            embeds = UNSET
        elif isinstance(self.embeds, list):
            embeds = self.embeds

        else:
            embeds = self.embeds

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta

        done = self.done

        status_history: list[Any] | None | Unset
        if isinstance(self.status_history, Unset):
            status_history = UNSET
        elif isinstance(self.status_history, list):
            status_history = self.status_history

        else:
            status_history = self.status_history

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        context_summary: None | str | Unset
        if isinstance(self.context_summary, Unset):
            context_summary = UNSET
        else:
            context_summary = self.context_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["chat_id"] = chat_id
        field_dict["user_id"] = user_id
        field_dict["role"] = role
        field_dict["created_at"] = created_at
        field_dict["updated_at"] = updated_at
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if content is not UNSET:
            field_dict["content"] = content
        if output is not UNSET:
            field_dict["output"] = output
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if files is not UNSET:
            field_dict["files"] = files
        if sources is not UNSET:
            field_dict["sources"] = sources
        if embeds is not UNSET:
            field_dict["embeds"] = embeds
        if meta is not UNSET:
            field_dict["meta"] = meta
        if done is not UNSET:
            field_dict["done"] = done
        if status_history is not UNSET:
            field_dict["status_history"] = status_history
        if error is not UNSET:
            field_dict["error"] = error
        if usage is not UNSET:
            field_dict["usage"] = usage
        if context_summary is not UNSET:
            field_dict["context_summary"] = context_summary
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        chat_id = src_dict["chat_id"]
        user_id = src_dict["user_id"]
        role = src_dict["role"]
        created_at = src_dict["created_at"]
        updated_at = src_dict["updated_at"]
        parent_id = src_dict.get("parent_id", UNSET)

        content = src_dict.get("content", UNSET)

        _output = src_dict.get("output", UNSET)
        output: list[Any] | None | Unset
        if _output is None or isinstance(_output, Unset):
            output = _output
        else:
            if not isinstance(_output, list):
                raise TypeError(f"output: unexpected {type(_output).__name__}")
            output_type_0 = _output

            output = output_type_0

        model_id = src_dict.get("model_id", UNSET)

        _files = src_dict.get("files", UNSET)
        files: list[Any] | None | Unset
        if _files is None or isinstance(_files, Unset):
            files = _files
        else:
            if not isinstance(_files, list):
                raise TypeError(f"files: unexpected {type(_files).__name__}")
            files_type_0 = _files

            files = files_type_0

        _sources = src_dict.get("sources", UNSET)
        sources: list[Any] | None | Unset
        if _sources is None or isinstance(_sources, Unset):
            sources = _sources
        else:
            if not isinstance(_sources, list):
                raise TypeError(f"sources: unexpected {type(_sources).__name__}")
            sources_type_0 = _sources

            sources = sources_type_0

        _embeds = src_dict.get("embeds", UNSET)
        embeds: list[Any] | None | Unset
        if _embeds is None or isinstance(_embeds, Unset):
            embeds = _embeds
        else:
            if not isinstance(_embeds, list):
                raise TypeError(f"embeds: unexpected {type(_embeds).__name__}")
            embeds_type_0 = _embeds

            embeds = embeds_type_0

        meta = src_dict.get("meta", UNSET)

        done = src_dict.get("done", UNSET)
        _status_history = src_dict.get("status_history", UNSET)
        status_history: list[Any] | None | Unset
        if _status_history is None or isinstance(_status_history, Unset):
            status_history = _status_history
        else:
            if not isinstance(_status_history, list):
                raise TypeError(f"status_history: unexpected {type(_status_history).__name__}")
            status_history_type_0 = _status_history

            status_history = status_history_type_0

        error = src_dict.get("error", UNSET)

        usage = src_dict.get("usage", UNSET)

        context_summary = src_dict.get("context_summary", UNSET)

        obj = cls(
            id,
            chat_id,
            user_id,
            role,
            created_at,
            updated_at,
            parent_id,
            content,
            output,
            model_id,
            files,
            sources,
            embeds,
            meta,
            done,
            status_history,
            error,
            usage,
            context_summary,
        )
        if len(src_dict) != 6 + (parent_id is not UNSET) + (content is not UNSET) + (
            output is not UNSET
        ) + (model_id is not UNSET) + (files is not UNSET) + (sources is not UNSET) + (
            embeds is not UNSET
        ) + (meta is not UNSET) + (done is not UNSET) + (status_history is not UNSET) + (
            error is not UNSET
        ) + (usage is not UNSET) + (context_summary is not UNSET):
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
