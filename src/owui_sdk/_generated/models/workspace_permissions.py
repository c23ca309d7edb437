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
        "knowledge",
        "prompts",
        "tools",
        "skills",
        "models_import",
        "models_export",
        "models_hidden",
        "prompts_import",
        "prompts_export",
        "tools_import",
        "tools_export",
        "skills_import",
        "skills_export",
    }
)


@_attrs_define
class WorkspacePermissions:
    models: bool | Unset = False
    knowledge: bool | Unset = False
    prompts: bool | Unset = False
    tools: bool | Unset = False
    skills: bool | Unset = False
    models_import: bool | Unset = False
    models_export: bool | Unset = False
    models_hidden: bool | Unset = False
    prompts_import: bool | Unset = False
    prompts_export: bool | Unset = False
    tools_import: bool | Unset = False
    tools_export: bool | Unset = False
    skills_import: bool | Unset = False
    skills_export: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        models = self.models

        knowledge = self.knowledge

        prompts = self.prompts

        tools = self.tools

        skills = self.skills

        models_import = self.models_import

        models_export = self.models_export

        models_hidden = self.models_hidden

        prompts_import = self.prompts_import

        prompts_export = self.prompts_export

        tools_import = self.tools_import

        tools_export = self.tools_export

        skills_import = self.skills_import

        skills_export = self.skills_export

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if models is not UNSET:
            field_dict["models"] = models
        if knowledge is not UNSET:
            field_dict["knowledge"] = knowledge
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if tools is not UNSET:
            field_dict["tools"] = tools
        if skills is not UNSET:
            field_dict["skills"] = skills
        if models_import is not UNSET:
            field_dict["models_import"] = models_import
        if models_export is not UNSET:
            field_dict["models_export"] = models_export
        if models_hidden is not UNSET:
            field_dict["models_hidden"] = models_hidden
        if prompts_import is not UNSET:
            field_dict["prompts_import"] = prompts_import
        if prompts_export is not UNSET:
            field_dict["prompts_export"] = prompts_export
        if tools_import is not UNSET:
            field_dict["tools_import"] = tools_import
        if tools_export is not UNSET:
            field_dict["tools_export"] = tools_export
        if skills_import is not UNSET:
            field_dict["skills_import"] = skills_import
        if skills_export is not UNSET:
            field_dict["skills_export"] = skills_export
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        models = src_dict.get("models", UNSET)
        knowledge = src_dict.get("knowledge", UNSET)
        prompts = src_dict.get("prompts", UNSET)
        tools = src_dict.get("tools", UNSET)
        skills = src_dict.get("skills", UNSET)
        models_import = src_dict.get("models_import", UNSET)
        models_export = src_dict.get("models_export", UNSET)
        models_hidden = src_dict.get("models_hidden", UNSET)
        prompts_import = src_dict.get("prompts_import", UNSET)
        prompts_export = src_dict.get("prompts_export", UNSET)
        tools_import = src_dict.get("tools_import", UNSET)
        tools_export = src_dict.get("tools_export", UNSET)
        skills_import = src_dict.get("skills_import", UNSET)
        skills_export = src_dict.get("skills_export", UNSET)
        obj = cls(
            models,
            knowledge,
            prompts,
            tools,
            skills,
            models_import,
            models_export,
            models_hidden,
            prompts_import,
            prompts_export,
            tools_import,
            tools_export,
            skills_import,
            skills_export,
        )
        if len(src_dict) != 0 + (models is not UNSET) + (knowledge is not UNSET) + (
            prompts is not UNSET
        ) + (tools is not UNSET) + (skills is not UNSET) + (models_import is not UNSET) + (
            models_export is not UNSET
        ) + (models_hidden is not UNSET) + (prompts_import is not UNSET) + (
            prompts_export is not UNSET
        ) + (tools_import is not UNSET) + (tools_export is not UNSET) + (
            skills_import is not UNSET
        ) + (skills_export is not UNSET):
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
