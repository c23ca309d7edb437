from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        url = self.url

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        auth_type: None | str | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        forward_cookies = self.forward_cookies

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        else:
            config = self.config

        server_type: None | str | Unset
        if isinstance(self.server_type, Unset):
            server_type = UNSET
        else:
            server_type = self.server_type

        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["url"] = url
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if path is not UNSET:
            field_dict["path"] = path
        if key is not UNSET:
            field_dict["key"] = key
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if forward_cookies is not UNSET:
            field_dict["forward_cookies"] = forward_cookies
        if config is not UNSET:
            field_dict["config"] = config
        if server_type is not UNSET:
            field_dict["server_type"] = server_type
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        url = src_dict["url"]
        id = src_dict.get("id", UNSET)

        name = src_dict.get("name", UNSET)

        enabled = src_dict.get("enabled", UNSET)

        path = src_dict.get("path", UNSET)

        key = src_dict.get("key", UNSET)

        auth_type = src_dict.get("auth_type", UNSET)

        forward_cookies = src_dict.get("forward_cookies", UNSET)
        config = src_dict.get("config", UNSET)

        server_type = src_dict.get("server_type", UNSET)

        policy_id = src_dict.get("policy_id", UNSET)

        obj = cls(
            url,
            id,
            name,
            enabled,
            path,
            key,
            auth_type,
            forward_cookies,
            config,
            server_type,
            policy_id,
        )
        if len(src_dict) != 1 + (id is not UNSET) + (name is not UNSET) + (enabled is not UNSET) + (
            path is not UNSET
        ) + (key is not UNSET) + (auth_type is not UNSET) + (forward_cookies is not UNSET) + (
            config is not UNSET
        ) + (server_type is not UNSET) + (policy_id is not UNSET):
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
