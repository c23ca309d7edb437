from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "api_keys",
        "notes",
        "channels",
        "encrypted_channels",
        "folders",
        "direct_tool_servers",
        "web_search",
        "image_generation",
        "code_interpreter",
        "memories",
        "automations",
        "calendar",
        "webhooks",
    }
)


@_attrs_define
class FeaturesPermissions:
    api_keys: bool | Unset = False
    notes: bool | Unset = True
    channels: bool | Unset = True
    encrypted_channels: bool | Unset = False
    folders: bool | Unset = True
    direct_tool_servers: bool | Unset = False
    web_search: bool | Unset = True
    image_generation: bool | Unset = True
    code_interpreter: bool | Unset = True
    memories: bool | Unset = True
    automations: bool | Unset = False
    calendar: bool | Unset = True
    webhooks: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        api_keys = self.api_keys

        notes = self.notes

        channels = self.channels

        encrypted_channels = self.encrypted_channels

        folders = self.folders

        direct_tool_servers = self.direct_tool_servers

        web_search = self.web_search

        image_generation = self.image_generation

        code_interpreter = self.code_interpreter

        memories = self.memories

        automations = self.automations

        calendar = self.calendar

        webhooks = self.webhooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if notes is not UNSET:
            field_dict["notes"] = notes
        if channels is not UNSET:
            field_dict["channels"] = channels
        if encrypted_channels is not UNSET:
            field_dict["encrypted_channels"] = encrypted_channels
        if folders is not UNSET:
            field_dict["folders"] = folders
        if direct_tool_servers is not UNSET:
            field_dict["direct_tool_servers"] = direct_tool_servers
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if image_generation is not UNSET:
            field_dict["image_generation"] = image_generation
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if memories is not UNSET:
            field_dict["memories"] = memories
        if automations is not UNSET:
            field_dict["automations"] = automations
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        api_keys = src_dict.get("api_keys", UNSET)
        notes = src_dict.get("notes", UNSET)
        channels = src_dict.get("channels", UNSET)
        encrypted_channels = src_dict.get("encrypted_channels", UNSET)
        folders = src_dict.get("folders", UNSET)
        direct_tool_servers = src_dict.get("direct_tool_servers", UNSET)
        web_search = src_dict.get("web_search", UNSET)
        image_generation = src_dict.get("image_generation", UNSET)
        code_interpreter = src_dict.get("code_interpreter", UNSET)
        memories = src_dict.get("memories", UNSET)
        automations = src_dict.get("automations", UNSET)
        calendar = src_dict.get("calendar", UNSET)
        webhooks = src_dict.get("webhooks", UNSET)
        obj = cls(
            api_keys,
            notes,
            channels,
            encrypted_channels,
            folders,
            direct_tool_servers,
            web_search,
            image_generation,
            code_interpreter,
            memories,
            automations,
            calendar,
            webhooks,
        )
        if len(src_dict) != 0 + (api_keys is not UNSET) + (notes is not UNSET) + (
            channels is not UNSET
        ) + (encrypted_channels is not UNSET) + (folders is not UNSET) + (
            direct_tool_servers is not UNSET
        ) + (web_search is not UNSET) + (image_generation is not UNSET) + (
            code_interpreter is not UNSET
        ) + (memories is not UNSET) + (automations is not UNSET) + (calendar is not UNSET) + (
            webhooks is not UNSET
        ):
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
