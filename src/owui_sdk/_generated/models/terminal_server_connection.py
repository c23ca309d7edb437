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
        "id",
        "name",
        "enabled",
        "path",
        "key",
        "auth_type",
        "forward_cookies",
        "config",
        "server_type",
        "policy_id",
    }
)


@_attrs_define
class TerminalServerConnection:
    url: str
    id: None | str | Unset = ""
    name: None | str | Unset = ""
    enabled: bool | None | Unset = True
    path: None | str | Unset = "/openapi.json"
    key: None | str | Unset = ""
    auth_type: None | str | Unset = "bearer"
    forward_cookies: bool | Unset = False
    config: dict[str, Any] | None | Unset = UNSET
    server_type: None | str | Unset = UNSET
    policy_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "url": self.url,
        }
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        if self.path is not UNSET:
            field_dict["path"] = self.path
        if self.key is not UNSET:
            field_dict["key"] = self.key
        if self.auth_type is not UNSET:
            field_dict["auth_type"] = self.auth_type
        if self.forward_cookies is not UNSET:
            field_dict["forward_cookies"] = self.forward_cookies
        if self.config is not UNSET:
            field_dict["config"] = self.config
        if self.server_type is not UNSET:
            field_dict["server_type"] = self.server_type
        if self.policy_id is not UNSET:
            field_dict["policy_id"] = self.policy_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not TerminalServerConnection:
            return _rebuilt(cls, TerminalServerConnection.from_dict(src_dict))
        obj = _new(cls)
        obj.url = src_dict["url"]
        obj.id = id = src_dict.get("id", UNSET)
        obj.name = name = src_dict.get("name", UNSET)
        obj.enabled = enabled = src_dict.get("enabled", UNSET)
        obj.path = path = src_dict.get("path", UNSET)
        obj.key = key = src_dict.get("key", UNSET)
        obj.auth_type = auth_type = src_dict.get("auth_type", UNSET)
        obj.forward_cookies = forward_cookies = src_dict.get("forward_cookies", UNSET)
        obj.config = config = src_dict.get("config", UNSET)
        obj.server_type = server_type = src_dict.get("server_type", UNSET)
        obj.policy_id = policy_id = src_dict.get("policy_id", UNSET)
        if (
            len(src_dict) == 11
            and id is not UNSET
            and name is not UNSET
            and enabled is not UNSET
            and path is not UNSET
            and key is not UNSET
            and auth_type is not UNSET
            and forward_cookies is not UNSET
            and config is not UNSET
            and server_type is not UNSET
            and policy_id is not UNSET
        ) or len(src_dict) == 1 + (id is not UNSET) + (name is not UNSET) + (
            enabled is not UNSET
        ) + (path is not UNSET) + (key is not UNSET) + (auth_type is not UNSET) + (
            forward_cookies is not UNSET
        ) + (config is not UNSET) + (server_type is not UNSET) + (policy_id is not UNSET):
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
