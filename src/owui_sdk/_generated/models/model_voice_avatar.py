from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset


@_attrs_define
class ModelVoiceAvatar:
    file_id: str
    states: ModelVoiceAvatarStates | Unset = UNSET
    gestures: list[ModelAvatarGesture] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        states: dict[str, Any] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = self.states.to_dict()

        gestures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gestures, Unset):
            gestures = []
            for gestures_item_data in self.gestures:
                gestures_item = gestures_item_data.to_dict()
                gestures.append(gestures_item)

        field_dict: dict[str, Any] = {
            "file_id": self.file_id,
        }
        if states is not UNSET:
            field_dict["states"] = states
        if gestures is not UNSET:
            field_dict["gestures"] = gestures
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ModelVoiceAvatar:
            return _rebuilt(cls, ModelVoiceAvatar.from_dict(src_dict))
        obj = _new(cls)
        obj.file_id = src_dict["file_id"]
        _states = src_dict.get("states", UNSET)
        states: ModelVoiceAvatarStates | Unset
        if isinstance(_states, Unset):
            states = UNSET
        else:
            states = ModelVoiceAvatarStates.from_dict(_states)

        obj.states = states
        _gestures = src_dict.get("gestures", UNSET)
        gestures: list[ModelAvatarGesture] | Unset
        if isinstance(_gestures, Unset):
            gestures = UNSET
        else:
            gestures = list(map(ModelAvatarGesture.from_dict, _gestures))

        obj.gestures = gestures
        return obj


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.model_avatar_gesture import ModelAvatarGesture
from ..models.model_voice_avatar_states import ModelVoiceAvatarStates
