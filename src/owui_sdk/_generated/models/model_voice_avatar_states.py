from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset({})


@_attrs_define
class ModelVoiceAvatarStates:
    additional_properties: dict[str, ModelAvatarAnimation] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ModelVoiceAvatarStates:
            return _rebuilt(cls, ModelVoiceAvatarStates.from_dict(src_dict))
        obj = _new(cls)
        if len(src_dict) == 0:
            obj.additional_properties = {}
        else:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _FIELDS:
                    continue
                additional_property = ModelAvatarAnimation.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            obj.additional_properties = additional_properties
        return obj

    @property
    def additional_keys(self) -> list[str]:
        """The keys of :attr:`additional_properties`."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ModelAvatarAnimation:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ModelAvatarAnimation) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.model_avatar_animation import ModelAvatarAnimation
