from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.manifest_requested_scopes_item import (
    ManifestRequestedScopesItem,
    check_manifest_requested_scopes_item,
)
from ..types import UNSET, Unset


@_attrs_define
class Manifest:
    id: str
    name: str
    public_key: str
    requested_scopes: list[ManifestRequestedScopesItem]
    description: str | Unset = ""
    profile_image_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        name = self.name

        public_key = self.public_key

        requested_scopes = []
        for requested_scopes_item_data in self.requested_scopes:
            requested_scopes_item: str = requested_scopes_item_data
            requested_scopes.append(requested_scopes_item)

        description = self.description

        profile_image_url: None | str | Unset
        if isinstance(self.profile_image_url, Unset):
            profile_image_url = UNSET
        else:
            profile_image_url = self.profile_image_url

        field_dict: dict[str, Any] = {}
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["public_key"] = public_key
        field_dict["requested_scopes"] = requested_scopes
        if description is not UNSET:
            field_dict["description"] = description
        if profile_image_url is not UNSET:
            field_dict["profile_image_url"] = profile_image_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        name = src_dict["name"]
        public_key = src_dict["public_key"]
        requested_scopes = []
        for requested_scopes_item_data in src_dict["requested_scopes"]:
            requested_scopes_item = check_manifest_requested_scopes_item(requested_scopes_item_data)

            requested_scopes.append(requested_scopes_item)

        description = src_dict.get("description", UNSET)
        profile_image_url = src_dict.get("profile_image_url", UNSET)

        obj = cls(
            id,
            name,
            public_key,
            requested_scopes,
            description,
            profile_image_url,
        )
        return obj
