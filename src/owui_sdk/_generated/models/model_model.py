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
        "id",
        "user_id",
        "name",
        "params",
        "meta",
        "is_active",
        "updated_at",
        "created_at",
        "version_id",
        "base_model_id",
        "access_grants",
    }
)


@_attrs_define
class ModelModel:
    id: str
    user_id: str
    name: str
    params: ModelParams
    """ Parameters for model inference (temperature, top_p, etc.). """
    meta: ModelMeta
    """ Metadata for a workspace model entry (profile, description, tags, capabilities). """
    is_active: bool
    updated_at: int
    created_at: int
    version_id: None | str | Unset = UNSET
    base_model_id: None | str | Unset = UNSET
    access_grants: list[AccessGrantModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        params = self.params.to_dict()

        meta = self.meta.to_dict()

        access_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_grants, Unset):
            access_grants = []
            for access_grants_item_data in self.access_grants:
                access_grants_item = access_grants_item_data.to_dict()
                access_grants.append(access_grants_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "name": self.name,
            "params": params,
            "meta": meta,
            "is_active": self.is_active,
            "updated_at": self.updated_at,
            "created_at": self.created_at,
        }
        if self.version_id is not UNSET:
            field_dict["version_id"] = self.version_id
        if self.base_model_id is not UNSET:
            field_dict["base_model_id"] = self.base_model_id
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
        if cls is not ModelModel:
            return _rebuilt(cls, ModelModel.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.name = src_dict["name"]
        params = ModelParams.from_dict(src_dict["params"])

        obj.params = params
        meta = ModelMeta.from_dict(src_dict["meta"])

        obj.meta = meta
        obj.is_active = src_dict["is_active"]
        obj.updated_at = src_dict["updated_at"]
        obj.created_at = src_dict["created_at"]
        obj.version_id = version_id = src_dict.get("version_id", UNSET)
        obj.base_model_id = base_model_id = src_dict.get("base_model_id", UNSET)
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[AccessGrantModel] | Unset
        if isinstance(_access_grants, Unset):
            access_grants = UNSET
        else:
            access_grants = list(map(AccessGrantModel.from_dict, _access_grants))

        obj.access_grants = access_grants
        if (
            len(src_dict) == 11
            and version_id is not UNSET
            and base_model_id is not UNSET
            and access_grants is not UNSET
        ) or len(src_dict) == 8 + (version_id is not UNSET) + (base_model_id is not UNSET) + (
            access_grants is not UNSET
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.access_grant_model import AccessGrantModel
from ..models.model_meta import ModelMeta
from ..models.model_params import ModelParams
