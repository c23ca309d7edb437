from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        models = self.models

        public_models = self.public_models

        knowledge = self.knowledge

        public_knowledge = self.public_knowledge

        prompts = self.prompts

        public_prompts = self.public_prompts

        tools = self.tools

        public_tools = self.public_tools

        skills = self.skills

        public_skills = self.public_skills

        notes = self.notes

        public_notes = self.public_notes

        folders = self.folders

        public_chats = self.public_chats

        open_chats = self.open_chats

        public_calendars = self.public_calendars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if models is not UNSET:
            field_dict["models"] = models
        if public_models is not UNSET:
            field_dict["public_models"] = public_models
        if knowledge is not UNSET:
            field_dict["knowledge"] = knowledge
        if public_knowledge is not UNSET:
            field_dict["public_knowledge"] = public_knowledge
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if public_prompts is not UNSET:
            field_dict["public_prompts"] = public_prompts
        if tools is not UNSET:
            field_dict["tools"] = tools
        if public_tools is not UNSET:
            field_dict["public_tools"] = public_tools
        if skills is not UNSET:
            field_dict["skills"] = skills
        if public_skills is not UNSET:
            field_dict["public_skills"] = public_skills
        if notes is not UNSET:
            field_dict["notes"] = notes
        if public_notes is not UNSET:
            field_dict["public_notes"] = public_notes
        if folders is not UNSET:
            field_dict["folders"] = folders
        if public_chats is not UNSET:
            field_dict["public_chats"] = public_chats
        if open_chats is not UNSET:
            field_dict["open_chats"] = open_chats
        if public_calendars is not UNSET:
            field_dict["public_calendars"] = public_calendars
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        models = src_dict.get("models", UNSET)
        public_models = src_dict.get("public_models", UNSET)
        knowledge = src_dict.get("knowledge", UNSET)
        public_knowledge = src_dict.get("public_knowledge", UNSET)
        prompts = src_dict.get("prompts", UNSET)
        public_prompts = src_dict.get("public_prompts", UNSET)
        tools = src_dict.get("tools", UNSET)
        public_tools = src_dict.get("public_tools", UNSET)
        skills = src_dict.get("skills", UNSET)
        public_skills = src_dict.get("public_skills", UNSET)
        notes = src_dict.get("notes", UNSET)
        public_notes = src_dict.get("public_notes", UNSET)
        folders = src_dict.get("folders", UNSET)
        public_chats = src_dict.get("public_chats", UNSET)
        open_chats = src_dict.get("open_chats", UNSET)
        public_calendars = src_dict.get("public_calendars", UNSET)
        obj = cls(
            models,
            public_models,
            knowledge,
            public_knowledge,
            prompts,
            public_prompts,
            tools,
            public_tools,
            skills,
            public_skills,
            notes,
            public_notes,
            folders,
            public_chats,
            open_chats,
            public_calendars,
        )
        if len(src_dict) != 0 + (models is not UNSET) + (public_models is not UNSET) + (
            knowledge is not UNSET
        ) + (public_knowledge is not UNSET) + (prompts is not UNSET) + (
            public_prompts is not UNSET
        ) + (tools is not UNSET) + (public_tools is not UNSET) + (skills is not UNSET) + (
            public_skills is not UNSET
        ) + (notes is not UNSET) + (public_notes is not UNSET) + (folders is not UNSET) + (
            public_chats is not UNSET
        ) + (open_chats is not UNSET) + (public_calendars is not UNSET):
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
