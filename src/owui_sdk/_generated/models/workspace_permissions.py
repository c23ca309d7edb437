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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.models is not UNSET:
            field_dict["models"] = self.models
        if self.knowledge is not UNSET:
            field_dict["knowledge"] = self.knowledge
        if self.prompts is not UNSET:
            field_dict["prompts"] = self.prompts
        if self.tools is not UNSET:
            field_dict["tools"] = self.tools
        if self.skills is not UNSET:
            field_dict["skills"] = self.skills
        if self.models_import is not UNSET:
            field_dict["models_import"] = self.models_import
        if self.models_export is not UNSET:
            field_dict["models_export"] = self.models_export
        if self.models_hidden is not UNSET:
            field_dict["models_hidden"] = self.models_hidden
        if self.prompts_import is not UNSET:
            field_dict["prompts_import"] = self.prompts_import
        if self.prompts_export is not UNSET:
            field_dict["prompts_export"] = self.prompts_export
        if self.tools_import is not UNSET:
            field_dict["tools_import"] = self.tools_import
        if self.tools_export is not UNSET:
            field_dict["tools_export"] = self.tools_export
        if self.skills_import is not UNSET:
            field_dict["skills_import"] = self.skills_import
        if self.skills_export is not UNSET:
            field_dict["skills_export"] = self.skills_export
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not WorkspacePermissions:
            return _rebuilt(cls, WorkspacePermissions.from_dict(src_dict))
        obj = _new(cls)
        obj.models = models = src_dict.get("models", UNSET)
        obj.knowledge = knowledge = src_dict.get("knowledge", UNSET)
        obj.prompts = prompts = src_dict.get("prompts", UNSET)
        obj.tools = tools = src_dict.get("tools", UNSET)
        obj.skills = skills = src_dict.get("skills", UNSET)
        obj.models_import = models_import = src_dict.get("models_import", UNSET)
        obj.models_export = models_export = src_dict.get("models_export", UNSET)
        obj.models_hidden = models_hidden = src_dict.get("models_hidden", UNSET)
        obj.prompts_import = prompts_import = src_dict.get("prompts_import", UNSET)
        obj.prompts_export = prompts_export = src_dict.get("prompts_export", UNSET)
        obj.tools_import = tools_import = src_dict.get("tools_import", UNSET)
        obj.tools_export = tools_export = src_dict.get("tools_export", UNSET)
        obj.skills_import = skills_import = src_dict.get("skills_import", UNSET)
        obj.skills_export = skills_export = src_dict.get("skills_export", UNSET)
        if (
            len(src_dict) == 14
            and models is not UNSET
            and knowledge is not UNSET
            and prompts is not UNSET
            and tools is not UNSET
            and skills is not UNSET
            and models_import is not UNSET
            and models_export is not UNSET
            and models_hidden is not UNSET
            and prompts_import is not UNSET
            and prompts_export is not UNSET
            and tools_import is not UNSET
            and tools_export is not UNSET
            and skills_import is not UNSET
            and skills_export is not UNSET
        ) or len(src_dict) == 0 + (models is not UNSET) + (knowledge is not UNSET) + (
            prompts is not UNSET
        ) + (tools is not UNSET) + (skills is not UNSET) + (models_import is not UNSET) + (
            models_export is not UNSET
        ) + (models_hidden is not UNSET) + (prompts_import is not UNSET) + (
            prompts_export is not UNSET
        ) + (tools_import is not UNSET) + (tools_export is not UNSET) + (
            skills_import is not UNSET
        ) + (skills_export is not UNSET):
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
