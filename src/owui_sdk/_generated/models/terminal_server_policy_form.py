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
        "url",
        "policy_id",
        "key",
        "auth_type",
        "policy_data",
    }
)


@_attrs_define
class TerminalServerPolicyForm:
    url: str
    policy_id: str
    key: None | str | Unset = ""
    auth_type: None | str | Unset = "bearer"
    policy_data: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "url": self.url,
            "policy_id": self.policy_id,
        }
        if self.key is not UNSET:
            field_dict["key"] = self.key
        if self.auth_type is not UNSET:
            field_dict["auth_type"] = self.auth_type
        if self.policy_data is not UNSET:
            field_dict["policy_data"] = self.policy_data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not TerminalServerPolicyForm:
            return _rebuilt(cls, TerminalServerPolicyForm.from_dict(src_dict))
        obj = _new(cls)
        obj.url = src_dict["url"]
        obj.policy_id = src_dict["policy_id"]
        obj.key = key = src_dict.get("key", UNSET)
        obj.auth_type = auth_type = src_dict.get("auth_type", UNSET)
        obj.policy_data = policy_data = src_dict.get("policy_data", UNSET)
        if (
            len(src_dict) == 5
            and key is not UNSET
            and auth_type is not UNSET
            and policy_data is not UNSET
        ) or len(src_dict) == 2 + (key is not UNSET) + (auth_type is not UNSET) + (
            policy_data is not UNSET
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
