from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "access_grants",
        "share_mode",
    }
)


@_attrs_define
class ChatAccessGrantsForm:
    access_grants: list[dict[str, Any]]
    share_mode: Literal["continue"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "access_grants": self.access_grants,
        }
        if self.share_mode is not UNSET:
            field_dict["share_mode"] = self.share_mode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChatAccessGrantsForm:
            return _rebuilt(cls, ChatAccessGrantsForm.from_dict(src_dict))
        obj = _new(cls)
        obj.access_grants = src_dict["access_grants"]
        _share_mode = src_dict.get("share_mode", UNSET)
        share_mode: Literal["continue"] | None | Unset
        if _share_mode is None or isinstance(_share_mode, Unset):
            share_mode = _share_mode
        else:
            share_mode_type_0 = cast(Literal["continue"], _share_mode)
            if share_mode_type_0 != "continue":
                raise ValueError(
                    f"share_mode_type_0 must match const 'continue', got '{share_mode_type_0}'"
                )
            share_mode = share_mode_type_0

        obj.share_mode = share_mode
        if (len(src_dict) == 2 and share_mode is not UNSET) or len(src_dict) == 1 + (
            share_mode is not UNSET
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
