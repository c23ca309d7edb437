from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "workspace",
        "sharing",
        "access_grants",
        "chat",
        "features",
        "settings",
    }
)


@_attrs_define
class UserPermissions:
    workspace: WorkspacePermissions
    sharing: SharingPermissions
    access_grants: AccessGrantsPermissions
    chat: ChatPermissions
    features: FeaturesPermissions
    settings: SettingsPermissions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        workspace = self.workspace.to_dict()

        sharing = self.sharing.to_dict()

        access_grants = self.access_grants.to_dict()

        chat = self.chat.to_dict()

        features = self.features.to_dict()

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "workspace": workspace,
            "sharing": sharing,
            "access_grants": access_grants,
            "chat": chat,
            "features": features,
            "settings": settings,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UserPermissions:
            return _rebuilt(cls, UserPermissions.from_dict(src_dict))
        obj = _new(cls)
        workspace = WorkspacePermissions.from_dict(src_dict["workspace"])

        obj.workspace = workspace
        sharing = SharingPermissions.from_dict(src_dict["sharing"])

        obj.sharing = sharing
        access_grants = AccessGrantsPermissions.from_dict(src_dict["access_grants"])

        obj.access_grants = access_grants
        chat = ChatPermissions.from_dict(src_dict["chat"])

        obj.chat = chat
        features = FeaturesPermissions.from_dict(src_dict["features"])

        obj.features = features
        settings = SettingsPermissions.from_dict(src_dict["settings"])

        obj.settings = settings
        if len(src_dict) == 6:
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.access_grants_permissions import AccessGrantsPermissions
from ..models.chat_permissions import ChatPermissions
from ..models.features_permissions import FeaturesPermissions
from ..models.settings_permissions import SettingsPermissions
from ..models.sharing_permissions import SharingPermissions
from ..models.workspace_permissions import WorkspacePermissions
