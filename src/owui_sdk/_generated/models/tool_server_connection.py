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
        "path",
        "auth_type",
        "key",
        "config",
        "type",
        "forward_cookies",
        "headers",
        "info",
    }
)


@_attrs_define
class ToolServerConnection:
    url: str
    path: str
    auth_type: None | str
    key: None | str
    config: dict[str, Any] | None
    type_: None | str | Unset = _attrs_field(default="openapi", alias="type")
    forward_cookies: bool | Unset = False
    headers: dict[str, Any] | None | str | Unset = UNSET
    info: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "url": self.url,
            "path": self.path,
            "auth_type": self.auth_type,
            "key": self.key,
            "config": self.config,
        }
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.forward_cookies is not UNSET:
            field_dict["forward_cookies"] = self.forward_cookies
        if self.headers is not UNSET:
            field_dict["headers"] = self.headers
        if self.info is not UNSET:
            field_dict["info"] = self.info
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ToolServerConnection:
            return _rebuilt(cls, ToolServerConnection.from_dict(src_dict))
        obj = _new(cls)
        obj.url = src_dict["url"]
        obj.path = src_dict["path"]
        obj.auth_type = src_dict["auth_type"]
        obj.key = src_dict["key"]
        obj.config = src_dict["config"]
        obj.type_ = type_ = src_dict.get("type", UNSET)
        obj.forward_cookies = forward_cookies = src_dict.get("forward_cookies", UNSET)
        obj.headers = headers = src_dict.get("headers", UNSET)
        obj.info = info = src_dict.get("info", UNSET)
        if (
            len(src_dict) == 9
            and type_ is not UNSET
            and forward_cookies is not UNSET
            and headers is not UNSET
            and info is not UNSET
        ) or len(src_dict) == 5 + (type_ is not UNSET) + (forward_cookies is not UNSET) + (
            headers is not UNSET
        ) + (info is not UNSET):
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
