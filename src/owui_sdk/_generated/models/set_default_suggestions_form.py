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
        "suggestions",
        "i18n",
    }
)


@_attrs_define
class SetDefaultSuggestionsForm:
    suggestions: list[PromptSuggestion] | None
    i18n: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        suggestions: list[dict[str, Any]] | None
        if isinstance(self.suggestions, list):
            suggestions = []
            for suggestions_type_0_item_data in self.suggestions:
                suggestions_type_0_item = suggestions_type_0_item_data.to_dict()
                suggestions.append(suggestions_type_0_item)

        else:
            suggestions = self.suggestions

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "suggestions": suggestions,
        }
        if self.i18n is not UNSET:
            field_dict["i18n"] = self.i18n
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SetDefaultSuggestionsForm:
            return _rebuilt(cls, SetDefaultSuggestionsForm.from_dict(src_dict))
        obj = _new(cls)
        _suggestions = src_dict["suggestions"]
        suggestions: list[PromptSuggestion] | None
        if _suggestions is None:
            suggestions = None
        else:
            if not isinstance(_suggestions, list):
                raise TypeError(f"suggestions: unexpected {type(_suggestions).__name__}")
            suggestions_type_0 = list(map(PromptSuggestion.from_dict, _suggestions))

            suggestions = suggestions_type_0

        obj.suggestions = suggestions
        obj.i18n = i18n = src_dict.get("i18n", UNSET)
        if (len(src_dict) == 2 and i18n is not UNSET) or len(src_dict) == 1 + (i18n is not UNSET):
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.prompt_suggestion import PromptSuggestion
