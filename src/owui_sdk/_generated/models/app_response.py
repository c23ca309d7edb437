from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..models.app_response_connection_status import (
    AppResponseConnectionStatus,
    check_app_response_connection_status,
)
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "slug",
        "name",
        "is_active",
        "configured",
        "data",
        "created_at",
        "updated_at",
        "connection_status",
    }
)


@_attrs_define
class AppResponse:
    id: str
    slug: str
    name: str
    is_active: bool
    configured: bool
    data: dict[str, Any]
    created_at: int
    updated_at: int
    connection_status: AppResponseConnectionStatus | Unset = "disconnected"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "slug": self.slug,
            "name": self.name,
            "is_active": self.is_active,
            "configured": self.configured,
            "data": self.data,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.connection_status is not UNSET:
            field_dict["connection_status"] = self.connection_status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AppResponse:
            return _rebuilt(cls, AppResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.slug = src_dict["slug"]
        obj.name = src_dict["name"]
        obj.is_active = src_dict["is_active"]
        obj.configured = src_dict["configured"]
        obj.data = src_dict["data"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        _connection_status = src_dict.get("connection_status", UNSET)
        connection_status: AppResponseConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = check_app_response_connection_status(_connection_status)

        obj.connection_status = connection_status
        if (len(src_dict) == 9 and connection_status is not UNSET) or len(src_dict) == 8 + (
            connection_status is not UNSET
        ):
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
