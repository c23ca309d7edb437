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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.api_keys is not UNSET:
            field_dict["api_keys"] = self.api_keys
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.channels is not UNSET:
            field_dict["channels"] = self.channels
        if self.encrypted_channels is not UNSET:
            field_dict["encrypted_channels"] = self.encrypted_channels
        if self.folders is not UNSET:
            field_dict["folders"] = self.folders
        if self.direct_tool_servers is not UNSET:
            field_dict["direct_tool_servers"] = self.direct_tool_servers
        if self.web_search is not UNSET:
            field_dict["web_search"] = self.web_search
        if self.image_generation is not UNSET:
            field_dict["image_generation"] = self.image_generation
        if self.code_interpreter is not UNSET:
            field_dict["code_interpreter"] = self.code_interpreter
        if self.memories is not UNSET:
            field_dict["memories"] = self.memories
        if self.automations is not UNSET:
            field_dict["automations"] = self.automations
        if self.calendar is not UNSET:
            field_dict["calendar"] = self.calendar
        if self.webhooks is not UNSET:
            field_dict["webhooks"] = self.webhooks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not FeaturesPermissions:
            return _rebuilt(cls, FeaturesPermissions.from_dict(src_dict))
        obj = _new(cls)
        obj.api_keys = api_keys = src_dict.get("api_keys", UNSET)
        obj.notes = notes = src_dict.get("notes", UNSET)
        obj.channels = channels = src_dict.get("channels", UNSET)
        obj.encrypted_channels = encrypted_channels = src_dict.get("encrypted_channels", UNSET)
        obj.folders = folders = src_dict.get("folders", UNSET)
        obj.direct_tool_servers = direct_tool_servers = src_dict.get("direct_tool_servers", UNSET)
        obj.web_search = web_search = src_dict.get("web_search", UNSET)
        obj.image_generation = image_generation = src_dict.get("image_generation", UNSET)
        obj.code_interpreter = code_interpreter = src_dict.get("code_interpreter", UNSET)
        obj.memories = memories = src_dict.get("memories", UNSET)
        obj.automations = automations = src_dict.get("automations", UNSET)
        obj.calendar = calendar = src_dict.get("calendar", UNSET)
        obj.webhooks = webhooks = src_dict.get("webhooks", UNSET)
        if (
            len(src_dict) == 13
            and api_keys is not UNSET
            and notes is not UNSET
            and channels is not UNSET
            and encrypted_channels is not UNSET
            and folders is not UNSET
            and direct_tool_servers is not UNSET
            and web_search is not UNSET
            and image_generation is not UNSET
            and code_interpreter is not UNSET
            and memories is not UNSET
            and automations is not UNSET
            and calendar is not UNSET
            and webhooks is not UNSET
        ) or len(src_dict) == 0 + (api_keys is not UNSET) + (notes is not UNSET) + (
            channels is not UNSET
        ) + (encrypted_channels is not UNSET) + (folders is not UNSET) + (
            direct_tool_servers is not UNSET
        ) + (web_search is not UNSET) + (image_generation is not UNSET) + (
            code_interpreter is not UNSET
        ) + (memories is not UNSET) + (automations is not UNSET) + (calendar is not UNSET) + (
            webhooks is not UNSET
        ):
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
