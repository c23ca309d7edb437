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
        "profile_image_url",
        "background_image_url",
        "description",
        "i18n",
        "capabilities",
        "knowledge",
        "voice",
        "voice_avatar",
    }
)


@_attrs_define
class ModelMeta:
    """Metadata for a workspace model entry (profile, description, tags, capabilities)."""

    profile_image_url: None | str | Unset = UNSET
    background_image_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    """ User-facing description of the model. """
    i18n: dict[str, Any] | None | Unset = UNSET
    capabilities: dict[str, Any] | None | Unset = UNSET
    knowledge: list[Any] | None | Unset = UNSET
    voice: ModelVoice | None | Unset = UNSET
    voice_avatar: ModelVoiceAvatar | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        voice: dict[str, Any] | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, ModelVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        voice_avatar: dict[str, Any] | None | Unset
        if isinstance(self.voice_avatar, Unset):
            voice_avatar = UNSET
        elif isinstance(self.voice_avatar, ModelVoiceAvatar):
            voice_avatar = self.voice_avatar.to_dict()
        else:
            voice_avatar = self.voice_avatar

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.profile_image_url is not UNSET:
            field_dict["profile_image_url"] = self.profile_image_url
        if self.background_image_url is not UNSET:
            field_dict["background_image_url"] = self.background_image_url
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.i18n is not UNSET:
            field_dict["i18n"] = self.i18n
        if self.capabilities is not UNSET:
            field_dict["capabilities"] = self.capabilities
        if self.knowledge is not UNSET:
            field_dict["knowledge"] = self.knowledge
        if voice is not UNSET:
            field_dict["voice"] = voice
        if voice_avatar is not UNSET:
            field_dict["voice_avatar"] = voice_avatar
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ModelMeta:
            return _rebuilt(cls, ModelMeta.from_dict(src_dict))
        obj = _new(cls)
        obj.profile_image_url = profile_image_url = src_dict.get("profile_image_url", UNSET)
        obj.background_image_url = background_image_url = src_dict.get(
            "background_image_url", UNSET
        )
        obj.description = description = src_dict.get("description", UNSET)
        obj.i18n = i18n = src_dict.get("i18n", UNSET)
        obj.capabilities = capabilities = src_dict.get("capabilities", UNSET)
        _knowledge = src_dict.get("knowledge", UNSET)
        knowledge: list[Any] | None | Unset
        if _knowledge is None or isinstance(_knowledge, Unset):
            knowledge = _knowledge
        else:
            if not isinstance(_knowledge, list):
                raise TypeError(f"knowledge: unexpected {type(_knowledge).__name__}")
            knowledge_type_0 = _knowledge

            knowledge = knowledge_type_0

        obj.knowledge = knowledge
        _voice = src_dict.get("voice", UNSET)
        voice: ModelVoice | None | Unset
        if _voice is None or isinstance(_voice, Unset):
            voice = _voice
        else:
            if not isinstance(_voice, dict):
                raise TypeError(f"voice: unexpected {type(_voice).__name__}")
            voice_type_0 = ModelVoice.from_dict(_voice)

            voice = voice_type_0

        obj.voice = voice
        _voice_avatar = src_dict.get("voice_avatar", UNSET)
        voice_avatar: ModelVoiceAvatar | None | Unset
        if _voice_avatar is None or isinstance(_voice_avatar, Unset):
            voice_avatar = _voice_avatar
        else:
            if not isinstance(_voice_avatar, dict):
                raise TypeError(f"voice_avatar: unexpected {type(_voice_avatar).__name__}")
            voice_avatar_type_0 = ModelVoiceAvatar.from_dict(_voice_avatar)

            voice_avatar = voice_avatar_type_0

        obj.voice_avatar = voice_avatar
        if (
            len(src_dict) == 8
            and profile_image_url is not UNSET
            and background_image_url is not UNSET
            and description is not UNSET
            and i18n is not UNSET
            and capabilities is not UNSET
            and knowledge is not UNSET
            and voice is not UNSET
            and voice_avatar is not UNSET
        ) or len(src_dict) == 0 + (profile_image_url is not UNSET) + (
            background_image_url is not UNSET
        ) + (description is not UNSET) + (i18n is not UNSET) + (capabilities is not UNSET) + (
            knowledge is not UNSET
        ) + (voice is not UNSET) + (voice_avatar is not UNSET):
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
from ..models.model_voice import ModelVoice
from ..models.model_voice_avatar import ModelVoiceAvatar
