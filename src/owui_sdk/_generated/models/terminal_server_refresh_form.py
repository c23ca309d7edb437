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
        "key",
        "auth_type",
        "user_id",
        "policy_id",
        "only_idle",
        "reset",
    }
)


@_attrs_define
class TerminalServerRefreshForm:
    url: str
    key: None | str | Unset = ""
    auth_type: None | str | Unset = "bearer"
    user_id: None | str | Unset = UNSET
    policy_id: None | str | Unset = UNSET
    only_idle: bool | Unset = True
    reset: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "url": self.url,
        }
        if self.key is not UNSET:
            field_dict["key"] = self.key
        if self.auth_type is not UNSET:
            field_dict["auth_type"] = self.auth_type
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.policy_id is not UNSET:
            field_dict["policy_id"] = self.policy_id
        if self.only_idle is not UNSET:
            field_dict["only_idle"] = self.only_idle
        if self.reset is not UNSET:
            field_dict["reset"] = self.reset
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not TerminalServerRefreshForm:
            return _rebuilt(cls, TerminalServerRefreshForm.from_dict(src_dict))
        obj = _new(cls)
        obj.url = src_dict["url"]
        obj.key = key = src_dict.get("key", UNSET)
        obj.auth_type = auth_type = src_dict.get("auth_type", UNSET)
        obj.user_id = user_id = src_dict.get("user_id", UNSET)
        obj.policy_id = policy_id = src_dict.get("policy_id", UNSET)
        obj.only_idle = only_idle = src_dict.get("only_idle", UNSET)
        obj.reset = reset = src_dict.get("reset", UNSET)
        if (
            len(src_dict) == 7
            and key is not UNSET
            and auth_type is not UNSET
            and user_id is not UNSET
            and policy_id is not UNSET
            and only_idle is not UNSET
            and reset is not UNSET
        ) or len(src_dict) == 1 + (key is not UNSET) + (auth_type is not UNSET) + (
            user_id is not UNSET
        ) + (policy_id is not UNSET) + (only_idle is not UNSET) + (reset is not UNSET):
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
