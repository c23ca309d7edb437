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
        "models",
        "public_models",
        "knowledge",
        "public_knowledge",
        "prompts",
        "public_prompts",
        "tools",
        "public_tools",
        "skills",
        "public_skills",
        "notes",
        "public_notes",
        "folders",
        "public_chats",
        "open_chats",
        "public_calendars",
    }
)


@_attrs_define
class SharingPermissions:
    models: bool | Unset = False
    public_models: bool | Unset = False
    knowledge: bool | Unset = False
    public_knowledge: bool | Unset = False
    prompts: bool | Unset = False
    public_prompts: bool | Unset = False
    tools: bool | Unset = False
    public_tools: bool | Unset = False
    skills: bool | Unset = False
    public_skills: bool | Unset = False
    notes: bool | Unset = False
    public_notes: bool | Unset = False
    folders: bool | Unset = False
    public_chats: bool | Unset = False
    open_chats: bool | Unset = False
    public_calendars: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.models is not UNSET:
            field_dict["models"] = self.models
        if self.public_models is not UNSET:
            field_dict["public_models"] = self.public_models
        if self.knowledge is not UNSET:
            field_dict["knowledge"] = self.knowledge
        if self.public_knowledge is not UNSET:
            field_dict["public_knowledge"] = self.public_knowledge
        if self.prompts is not UNSET:
            field_dict["prompts"] = self.prompts
        if self.public_prompts is not UNSET:
            field_dict["public_prompts"] = self.public_prompts
        if self.tools is not UNSET:
            field_dict["tools"] = self.tools
        if self.public_tools is not UNSET:
            field_dict["public_tools"] = self.public_tools
        if self.skills is not UNSET:
            field_dict["skills"] = self.skills
        if self.public_skills is not UNSET:
            field_dict["public_skills"] = self.public_skills
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.public_notes is not UNSET:
            field_dict["public_notes"] = self.public_notes
        if self.folders is not UNSET:
            field_dict["folders"] = self.folders
        if self.public_chats is not UNSET:
            field_dict["public_chats"] = self.public_chats
        if self.open_chats is not UNSET:
            field_dict["open_chats"] = self.open_chats
        if self.public_calendars is not UNSET:
            field_dict["public_calendars"] = self.public_calendars
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SharingPermissions:
            return _rebuilt(cls, SharingPermissions.from_dict(src_dict))
        obj = _new(cls)
        obj.models = models = src_dict.get("models", UNSET)
        obj.public_models = public_models = src_dict.get("public_models", UNSET)
        obj.knowledge = knowledge = src_dict.get("knowledge", UNSET)
        obj.public_knowledge = public_knowledge = src_dict.get("public_knowledge", UNSET)
        obj.prompts = prompts = src_dict.get("prompts", UNSET)
        obj.public_prompts = public_prompts = src_dict.get("public_prompts", UNSET)
        obj.tools = tools = src_dict.get("tools", UNSET)
        obj.public_tools = public_tools = src_dict.get("public_tools", UNSET)
        obj.skills = skills = src_dict.get("skills", UNSET)
        obj.public_skills = public_skills = src_dict.get("public_skills", UNSET)
        obj.notes = notes = src_dict.get("notes", UNSET)
        obj.public_notes = public_notes = src_dict.get("public_notes", UNSET)
        obj.folders = folders = src_dict.get("folders", UNSET)
        obj.public_chats = public_chats = src_dict.get("public_chats", UNSET)
        obj.open_chats = open_chats = src_dict.get("open_chats", UNSET)
        obj.public_calendars = public_calendars = src_dict.get("public_calendars", UNSET)
        if (
            len(src_dict) == 16
            and models is not UNSET
            and public_models is not UNSET
            and knowledge is not UNSET
            and public_knowledge is not UNSET
            and prompts is not UNSET
            and public_prompts is not UNSET
            and tools is not UNSET
            and public_tools is not UNSET
            and skills is not UNSET
            and public_skills is not UNSET
            and notes is not UNSET
            and public_notes is not UNSET
            and folders is not UNSET
            and public_chats is not UNSET
            and open_chats is not UNSET
            and public_calendars is not UNSET
        ) or len(src_dict) == 0 + (models is not UNSET) + (public_models is not UNSET) + (
            knowledge is not UNSET
        ) + (public_knowledge is not UNSET) + (prompts is not UNSET) + (
            public_prompts is not UNSET
        ) + (tools is not UNSET) + (public_tools is not UNSET) + (skills is not UNSET) + (
            public_skills is not UNSET
        ) + (notes is not UNSET) + (public_notes is not UNSET) + (folders is not UNSET) + (
            public_chats is not UNSET
        ) + (open_chats is not UNSET) + (public_calendars is not UNSET):
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
