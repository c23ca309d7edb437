from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
from ..models.app_form_granted_scopes_item import (
    AppFormGrantedScopesItem,
    check_app_form_granted_scopes_item,
)
from ..types import UNSET, Unset


@_attrs_define
class AppForm:
    manifest: Manifest
    url: str
    api_key: str
    slug: str
    granted_scopes: list[AppFormGrantedScopesItem]
    access_grants: list[dict[str, Any]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        manifest = self.manifest.to_dict()

        field_dict: dict[str, Any] = {
            "manifest": manifest,
            "url": self.url,
            "api_key": self.api_key,
            "slug": self.slug,
            "granted_scopes": self.granted_scopes,
        }
        if self.access_grants is not UNSET:
            field_dict["access_grants"] = self.access_grants
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AppForm:
            return _rebuilt(cls, AppForm.from_dict(src_dict))
        obj = _new(cls)
        manifest = Manifest.from_dict(src_dict["manifest"])

        obj.manifest = manifest
        obj.url = src_dict["url"]
        obj.api_key = src_dict["api_key"]
        obj.slug = src_dict["slug"]
        granted_scopes = []
        for granted_scopes_item_data in src_dict["granted_scopes"]:
            granted_scopes_item = check_app_form_granted_scopes_item(granted_scopes_item_data)

            granted_scopes.append(granted_scopes_item)

        obj.granted_scopes = granted_scopes
        obj.access_grants = src_dict.get("access_grants", UNSET)
        return obj


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.manifest import Manifest
