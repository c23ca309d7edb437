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
        url = self.url

        client_id = self.client_id

        client_name: None | str | Unset
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        else:
            client_name = self.client_name

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        oauth_server_url: None | str | Unset
        if isinstance(self.oauth_server_url, Unset):
            oauth_server_url = UNSET
        else:
            oauth_server_url = self.oauth_server_url

        oauth_scope: None | str | Unset
        if isinstance(self.oauth_scope, Unset):
            oauth_scope = UNSET
        else:
            oauth_scope = self.oauth_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["url"] = url
        field_dict["client_id"] = client_id
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if oauth_server_url is not UNSET:
            field_dict["oauth_server_url"] = oauth_server_url
        if oauth_scope is not UNSET:
            field_dict["oauth_scope"] = oauth_scope
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        url = src_dict["url"]
        client_id = src_dict["client_id"]
        client_name = src_dict.get("client_name", UNSET)

        client_secret = src_dict.get("client_secret", UNSET)

        oauth_server_url = src_dict.get("oauth_server_url", UNSET)

        oauth_scope = src_dict.get("oauth_scope", UNSET)

        obj = cls(
            url,
            client_id,
            client_name,
            client_secret,
            oauth_server_url,
            oauth_scope,
        )
        if len(src_dict) != 2 + (client_name is not UNSET) + (client_secret is not UNSET) + (
            oauth_server_url is not UNSET
        ) + (oauth_scope is not UNSET):
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
