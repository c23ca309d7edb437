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
        "tts",
        "stt",
        "realtime",
    }
)


@_attrs_define
class AudioConfigUpdateForm:
    tts: TTSConfigForm
    stt: STTConfigForm
    realtime: None | RealtimeConfigForm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        tts = self.tts.to_dict()

        stt = self.stt.to_dict()

        realtime: dict[str, Any] | None | Unset
        if isinstance(self.realtime, Unset):
            realtime = UNSET
        elif isinstance(self.realtime, RealtimeConfigForm):
            realtime = self.realtime.to_dict()
        else:
            realtime = self.realtime

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "tts": tts,
            "stt": stt,
        }
        if realtime is not UNSET:
            field_dict["realtime"] = realtime
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AudioConfigUpdateForm:
            return _rebuilt(cls, AudioConfigUpdateForm.from_dict(src_dict))
        obj = _new(cls)
        tts = TTSConfigForm.from_dict(src_dict["tts"])

        obj.tts = tts
        stt = STTConfigForm.from_dict(src_dict["stt"])

        obj.stt = stt
        _realtime = src_dict.get("realtime", UNSET)
        realtime: None | RealtimeConfigForm | Unset
        if _realtime is None or isinstance(_realtime, Unset):
            realtime = _realtime
        else:
            if not isinstance(_realtime, dict):
                raise TypeError(f"realtime: unexpected {type(_realtime).__name__}")
            realtime_type_0 = RealtimeConfigForm.from_dict(_realtime)

            realtime = realtime_type_0

        obj.realtime = realtime
        if (len(src_dict) == 3 and realtime is not UNSET) or len(src_dict) == 2 + (
            realtime is not UNSET
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
from ..models.realtime_config_form import RealtimeConfigForm
from ..models.stt_config_form import STTConfigForm
from ..models.tts_config_form import TTSConfigForm
