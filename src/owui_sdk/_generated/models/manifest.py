from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
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
        field_dict: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "public_key": self.public_key,
            "requested_scopes": self.requested_scopes,
        }
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.profile_image_url is not UNSET:
            field_dict["profile_image_url"] = self.profile_image_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not Manifest:
            return _rebuilt(cls, Manifest.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        obj.public_key = src_dict["public_key"]
        requested_scopes = []
        for requested_scopes_item_data in src_dict["requested_scopes"]:
            requested_scopes_item = check_manifest_requested_scopes_item(requested_scopes_item_data)

            requested_scopes.append(requested_scopes_item)

        obj.requested_scopes = requested_scopes
        obj.description = src_dict.get("description", UNSET)
        obj.profile_image_url = src_dict.get("profile_image_url", UNSET)
        return obj
