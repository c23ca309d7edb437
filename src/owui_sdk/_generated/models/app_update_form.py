from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
from ..models.app_update_form_granted_scopes_type_0_item import (
    AppUpdateFormGrantedScopesType0Item,
    check_app_update_form_granted_scopes_type_0_item,
)
from ..types import UNSET, Unset


@_attrs_define
class AppUpdateForm:
    is_active: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    settings: dict[str, Any] | None | Unset = UNSET
    manifest: Manifest | None | Unset = UNSET
    granted_scopes: list[AppUpdateFormGrantedScopesType0Item] | None | Unset = UNSET
    access_grants: list[dict[str, Any]] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        manifest: dict[str, Any] | None | Unset
        if isinstance(self.manifest, Unset):
            manifest = UNSET
        elif isinstance(self.manifest, Manifest):
            manifest = self.manifest.to_dict()
        else:
            manifest = self.manifest

        field_dict: dict[str, Any] = {}
        if self.is_active is not UNSET:
            field_dict["is_active"] = self.is_active
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.settings is not UNSET:
            field_dict["settings"] = self.settings
        if manifest is not UNSET:
            field_dict["manifest"] = manifest
        if self.granted_scopes is not UNSET:
            field_dict["granted_scopes"] = self.granted_scopes
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
        if cls is not AppUpdateForm:
            return _rebuilt(cls, AppUpdateForm.from_dict(src_dict))
        obj = _new(cls)
        obj.is_active = src_dict.get("is_active", UNSET)
        obj.name = src_dict.get("name", UNSET)
        obj.settings = src_dict.get("settings", UNSET)
        _manifest = src_dict.get("manifest", UNSET)
        manifest: Manifest | None | Unset
        if _manifest is None or isinstance(_manifest, Unset):
            manifest = _manifest
        else:
            if not isinstance(_manifest, dict):
                raise TypeError(f"manifest: unexpected {type(_manifest).__name__}")
            manifest_type_0 = Manifest.from_dict(_manifest)

            manifest = manifest_type_0

        obj.manifest = manifest
        _granted_scopes = src_dict.get("granted_scopes", UNSET)
        granted_scopes: list[AppUpdateFormGrantedScopesType0Item] | None | Unset
        if _granted_scopes is None or isinstance(_granted_scopes, Unset):
            granted_scopes = _granted_scopes
        else:
            if not isinstance(_granted_scopes, list):
                raise TypeError(f"granted_scopes: unexpected {type(_granted_scopes).__name__}")
            granted_scopes_type_0 = []
            for granted_scopes_type_0_item_data in _granted_scopes:
                granted_scopes_type_0_item = check_app_update_form_granted_scopes_type_0_item(
                    granted_scopes_type_0_item_data
                )

                granted_scopes_type_0.append(granted_scopes_type_0_item)

            granted_scopes = granted_scopes_type_0

        obj.granted_scopes = granted_scopes
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[dict[str, Any]] | None | Unset
        if _access_grants is None or isinstance(_access_grants, Unset):
            access_grants = _access_grants
        else:
            if not isinstance(_access_grants, list):
                raise TypeError(f"access_grants: unexpected {type(_access_grants).__name__}")
            access_grants_type_0 = _access_grants

            access_grants = access_grants_type_0

        obj.access_grants = access_grants
        return obj


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.manifest import Manifest
