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
        "client_id",
        "client_name",
        "client_secret",
        "oauth_server_url",
        "oauth_scope",
    }
)


@_attrs_define
class OAuthClientRegistrationForm:
    url: str
    client_id: str
    client_name: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    oauth_server_url: None | str | Unset = UNSET
    oauth_scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "url": self.url,
            "client_id": self.client_id,
        }
        if self.client_name is not UNSET:
            field_dict["client_name"] = self.client_name
        if self.client_secret is not UNSET:
            field_dict["client_secret"] = self.client_secret
        if self.oauth_server_url is not UNSET:
            field_dict["oauth_server_url"] = self.oauth_server_url
        if self.oauth_scope is not UNSET:
            field_dict["oauth_scope"] = self.oauth_scope
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not OAuthClientRegistrationForm:
            return _rebuilt(cls, OAuthClientRegistrationForm.from_dict(src_dict))
        obj = _new(cls)
        obj.url = src_dict["url"]
        obj.client_id = src_dict["client_id"]
        obj.client_name = client_name = src_dict.get("client_name", UNSET)
        obj.client_secret = client_secret = src_dict.get("client_secret", UNSET)
        obj.oauth_server_url = oauth_server_url = src_dict.get("oauth_server_url", UNSET)
        obj.oauth_scope = oauth_scope = src_dict.get("oauth_scope", UNSET)
        if (
            len(src_dict) == 6
            and client_name is not UNSET
            and client_secret is not UNSET
            and oauth_server_url is not UNSET
            and oauth_scope is not UNSET
        ) or len(src_dict) == 2 + (client_name is not UNSET) + (client_secret is not UNSET) + (
            oauth_server_url is not UNSET
        ) + (oauth_scope is not UNSET):
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
