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
        "ENABLE_CONTEXT_COMPACTION",
        "CONTEXT_COMPACTION_PROMPT_TEMPLATE",
        "CONTEXT_COMPACTION_MODEL",
        "CONTEXT_COMPACTION_TOKEN_THRESHOLD",
        "CONTEXT_COMPACTION_TOKEN_CAP",
        "CONTEXT_COMPACTION_RETENTION_PERCENTAGE",
        "ENABLE_TOOL_PERMISSIONS",
        "ENABLE_TOOL_SEARCH",
        "TOOL_SEARCH_DEFER_THRESHOLD",
        "TOOL_SEARCH_ALWAYS_LOADED",
        "TOOL_SEARCH_DEFER_BUILTIN_TOOLS",
    }
)


@_attrs_define
class ChatConfigForm:
    enable_context_compaction: bool
    context_compaction_prompt_template: str
    context_compaction_model: None | str | Unset = ""
    context_compaction_token_threshold: int | None | Unset = UNSET
    context_compaction_token_cap: int | None | Unset = UNSET
    context_compaction_retention_percentage: int | None | Unset = UNSET
    enable_tool_permissions: bool | Unset = False
    enable_tool_search: bool | Unset = False
    tool_search_defer_threshold: int | Unset = 400
    tool_search_always_loaded: list[str] | Unset = UNSET
    tool_search_defer_builtin_tools: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "ENABLE_CONTEXT_COMPACTION": self.enable_context_compaction,
            "CONTEXT_COMPACTION_PROMPT_TEMPLATE": self.context_compaction_prompt_template,
        }
        if self.context_compaction_model is not UNSET:
            field_dict["CONTEXT_COMPACTION_MODEL"] = self.context_compaction_model
        if self.context_compaction_token_threshold is not UNSET:
            field_dict["CONTEXT_COMPACTION_TOKEN_THRESHOLD"] = (
                self.context_compaction_token_threshold
            )
        if self.context_compaction_token_cap is not UNSET:
            field_dict["CONTEXT_COMPACTION_TOKEN_CAP"] = self.context_compaction_token_cap
        if self.context_compaction_retention_percentage is not UNSET:
            field_dict["CONTEXT_COMPACTION_RETENTION_PERCENTAGE"] = (
                self.context_compaction_retention_percentage
            )
        if self.enable_tool_permissions is not UNSET:
            field_dict["ENABLE_TOOL_PERMISSIONS"] = self.enable_tool_permissions
        if self.enable_tool_search is not UNSET:
            field_dict["ENABLE_TOOL_SEARCH"] = self.enable_tool_search
        if self.tool_search_defer_threshold is not UNSET:
            field_dict["TOOL_SEARCH_DEFER_THRESHOLD"] = self.tool_search_defer_threshold
        if self.tool_search_always_loaded is not UNSET:
            field_dict["TOOL_SEARCH_ALWAYS_LOADED"] = self.tool_search_always_loaded
        if self.tool_search_defer_builtin_tools is not UNSET:
            field_dict["TOOL_SEARCH_DEFER_BUILTIN_TOOLS"] = self.tool_search_defer_builtin_tools
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChatConfigForm:
            return _rebuilt(cls, ChatConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.enable_context_compaction = src_dict["ENABLE_CONTEXT_COMPACTION"]
        obj.context_compaction_prompt_template = src_dict["CONTEXT_COMPACTION_PROMPT_TEMPLATE"]
        obj.context_compaction_model = context_compaction_model = src_dict.get(
            "CONTEXT_COMPACTION_MODEL", UNSET
        )
        obj.context_compaction_token_threshold = context_compaction_token_threshold = src_dict.get(
            "CONTEXT_COMPACTION_TOKEN_THRESHOLD", UNSET
        )
        obj.context_compaction_token_cap = context_compaction_token_cap = src_dict.get(
            "CONTEXT_COMPACTION_TOKEN_CAP", UNSET
        )
        obj.context_compaction_retention_percentage = context_compaction_retention_percentage = (
            src_dict.get("CONTEXT_COMPACTION_RETENTION_PERCENTAGE", UNSET)
        )
        obj.enable_tool_permissions = enable_tool_permissions = src_dict.get(
            "ENABLE_TOOL_PERMISSIONS", UNSET
        )
        obj.enable_tool_search = enable_tool_search = src_dict.get("ENABLE_TOOL_SEARCH", UNSET)
        obj.tool_search_defer_threshold = tool_search_defer_threshold = src_dict.get(
            "TOOL_SEARCH_DEFER_THRESHOLD", UNSET
        )
        obj.tool_search_always_loaded = tool_search_always_loaded = src_dict.get(
            "TOOL_SEARCH_ALWAYS_LOADED", UNSET
        )
        obj.tool_search_defer_builtin_tools = tool_search_defer_builtin_tools = src_dict.get(
            "TOOL_SEARCH_DEFER_BUILTIN_TOOLS", UNSET
        )
        if (
            len(src_dict) == 11
            and context_compaction_model is not UNSET
            and context_compaction_token_threshold is not UNSET
            and context_compaction_token_cap is not UNSET
            and context_compaction_retention_percentage is not UNSET
            and enable_tool_permissions is not UNSET
            and enable_tool_search is not UNSET
            and tool_search_defer_threshold is not UNSET
            and tool_search_always_loaded is not UNSET
            and tool_search_defer_builtin_tools is not UNSET
        ) or len(src_dict) == 2 + (context_compaction_model is not UNSET) + (
            context_compaction_token_threshold is not UNSET
        ) + (context_compaction_token_cap is not UNSET) + (
            context_compaction_retention_percentage is not UNSET
        ) + (enable_tool_permissions is not UNSET) + (enable_tool_search is not UNSET) + (
            tool_search_defer_threshold is not UNSET
        ) + (tool_search_always_loaded is not UNSET) + (
            tool_search_defer_builtin_tools is not UNSET
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
