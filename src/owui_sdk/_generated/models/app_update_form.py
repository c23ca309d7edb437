from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

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
        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        else:
            settings = self.settings

        manifest: dict[str, Any] | None | Unset
        if isinstance(self.manifest, Unset):
            manifest = UNSET
        elif isinstance(self.manifest, Manifest):
            manifest = self.manifest.to_dict()
        else:
            manifest = self.manifest

        granted_scopes: list[str] | None | Unset
        if isinstance(self.granted_scopes, Unset):
            granted_scopes = UNSET
        elif isinstance(self.granted_scopes, list):
            granted_scopes = []
            for granted_scopes_type_0_item_data in self.granted_scopes:
                granted_scopes_type_0_item: str = granted_scopes_type_0_item_data
                granted_scopes.append(granted_scopes_type_0_item)

        else:
            granted_scopes = self.granted_scopes

        access_grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.access_grants, Unset):
            access_grants = UNSET
        elif isinstance(self.access_grants, list):
            access_grants = self.access_grants

        else:
            access_grants = self.access_grants

        field_dict: dict[str, Any] = {}
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if manifest is not UNSET:
            field_dict["manifest"] = manifest
        if granted_scopes is not UNSET:
            field_dict["granted_scopes"] = granted_scopes
        if access_grants is not UNSET:
            field_dict["access_grants"] = access_grants
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        is_active = src_dict.get("is_active", UNSET)

        name = src_dict.get("name", UNSET)

        settings = src_dict.get("settings", UNSET)

        _manifest = src_dict.get("manifest", UNSET)
        manifest: Manifest | None | Unset
        if _manifest is None or isinstance(_manifest, Unset):
            manifest = _manifest
        else:
            if not isinstance(_manifest, dict):
                raise TypeError(f"manifest: unexpected {type(_manifest).__name__}")
            manifest_type_0 = Manifest.from_dict(_manifest)

            manifest = manifest_type_0

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

        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[dict[str, Any]] | None | Unset
        if _access_grants is None or isinstance(_access_grants, Unset):
            access_grants = _access_grants
        else:
            if not isinstance(_access_grants, list):
                raise TypeError(f"access_grants: unexpected {type(_access_grants).__name__}")
            access_grants_type_0 = _access_grants

            access_grants = access_grants_type_0

        obj = cls(
            is_active,
            name,
            settings,
            manifest,
            granted_scopes,
            access_grants,
        )
        return obj


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.manifest import Manifest
