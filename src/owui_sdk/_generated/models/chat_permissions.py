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
        "controls",
        "valves",
        "system_prompt",
        "params",
        "file_upload",
        "web_upload",
        "delete",
        "delete_message",
        "continue_response",
        "regenerate_response",
        "rate_response",
        "edit",
        "share",
        "export",
        "import",
        "stt",
        "tts",
        "call",
        "multiple_models",
        "temporary",
        "temporary_enforced",
    }
)


@_attrs_define
class ChatPermissions:
    controls: bool | Unset = True
    valves: bool | Unset = True
    system_prompt: bool | Unset = True
    params: bool | Unset = True
    file_upload: bool | Unset = True
    web_upload: bool | Unset = True
    delete: bool | Unset = True
    delete_message: bool | Unset = True
    continue_response: bool | Unset = True
    regenerate_response: bool | Unset = True
    rate_response: bool | Unset = True
    edit: bool | Unset = True
    share: bool | Unset = True
    export: bool | Unset = True
    import_: bool | Unset = True
    stt: bool | Unset = True
    tts: bool | Unset = True
    call: bool | Unset = True
    multiple_models: bool | Unset = True
    temporary: bool | Unset = True
    temporary_enforced: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.controls is not UNSET:
            field_dict["controls"] = self.controls
        if self.valves is not UNSET:
            field_dict["valves"] = self.valves
        if self.system_prompt is not UNSET:
            field_dict["system_prompt"] = self.system_prompt
        if self.params is not UNSET:
            field_dict["params"] = self.params
        if self.file_upload is not UNSET:
            field_dict["file_upload"] = self.file_upload
        if self.web_upload is not UNSET:
            field_dict["web_upload"] = self.web_upload
        if self.delete is not UNSET:
            field_dict["delete"] = self.delete
        if self.delete_message is not UNSET:
            field_dict["delete_message"] = self.delete_message
        if self.continue_response is not UNSET:
            field_dict["continue_response"] = self.continue_response
        if self.regenerate_response is not UNSET:
            field_dict["regenerate_response"] = self.regenerate_response
        if self.rate_response is not UNSET:
            field_dict["rate_response"] = self.rate_response
        if self.edit is not UNSET:
            field_dict["edit"] = self.edit
        if self.share is not UNSET:
            field_dict["share"] = self.share
        if self.export is not UNSET:
            field_dict["export"] = self.export
        if self.import_ is not UNSET:
            field_dict["import"] = self.import_
        if self.stt is not UNSET:
            field_dict["stt"] = self.stt
        if self.tts is not UNSET:
            field_dict["tts"] = self.tts
        if self.call is not UNSET:
            field_dict["call"] = self.call
        if self.multiple_models is not UNSET:
            field_dict["multiple_models"] = self.multiple_models
        if self.temporary is not UNSET:
            field_dict["temporary"] = self.temporary
        if self.temporary_enforced is not UNSET:
            field_dict["temporary_enforced"] = self.temporary_enforced
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChatPermissions:
            return _rebuilt(cls, ChatPermissions.from_dict(src_dict))
        obj = _new(cls)
        obj.controls = controls = src_dict.get("controls", UNSET)
        obj.valves = valves = src_dict.get("valves", UNSET)
        obj.system_prompt = system_prompt = src_dict.get("system_prompt", UNSET)
        obj.params = params = src_dict.get("params", UNSET)
        obj.file_upload = file_upload = src_dict.get("file_upload", UNSET)
        obj.web_upload = web_upload = src_dict.get("web_upload", UNSET)
        obj.delete = delete = src_dict.get("delete", UNSET)
        obj.delete_message = delete_message = src_dict.get("delete_message", UNSET)
        obj.continue_response = continue_response = src_dict.get("continue_response", UNSET)
        obj.regenerate_response = regenerate_response = src_dict.get("regenerate_response", UNSET)
        obj.rate_response = rate_response = src_dict.get("rate_response", UNSET)
        obj.edit = edit = src_dict.get("edit", UNSET)
        obj.share = share = src_dict.get("share", UNSET)
        obj.export = export = src_dict.get("export", UNSET)
        obj.import_ = import_ = src_dict.get("import", UNSET)
        obj.stt = stt = src_dict.get("stt", UNSET)
        obj.tts = tts = src_dict.get("tts", UNSET)
        obj.call = call = src_dict.get("call", UNSET)
        obj.multiple_models = multiple_models = src_dict.get("multiple_models", UNSET)
        obj.temporary = temporary = src_dict.get("temporary", UNSET)
        obj.temporary_enforced = temporary_enforced = src_dict.get("temporary_enforced", UNSET)
        if (
            len(src_dict) == 21
            and controls is not UNSET
            and valves is not UNSET
            and system_prompt is not UNSET
            and params is not UNSET
            and file_upload is not UNSET
            and web_upload is not UNSET
            and delete is not UNSET
            and delete_message is not UNSET
            and continue_response is not UNSET
            and regenerate_response is not UNSET
            and rate_response is not UNSET
            and edit is not UNSET
            and share is not UNSET
            and export is not UNSET
            and import_ is not UNSET
            and stt is not UNSET
            and tts is not UNSET
            and call is not UNSET
            and multiple_models is not UNSET
            and temporary is not UNSET
            and temporary_enforced is not UNSET
        ) or len(src_dict) == 0 + (controls is not UNSET) + (valves is not UNSET) + (
            system_prompt is not UNSET
        ) + (params is not UNSET) + (file_upload is not UNSET) + (web_upload is not UNSET) + (
            delete is not UNSET
        ) + (delete_message is not UNSET) + (continue_response is not UNSET) + (
            regenerate_response is not UNSET
        ) + (rate_response is not UNSET) + (edit is not UNSET) + (share is not UNSET) + (
            export is not UNSET
        ) + (import_ is not UNSET) + (stt is not UNSET) + (tts is not UNSET) + (
            call is not UNSET
        ) + (multiple_models is not UNSET) + (temporary is not UNSET) + (
            temporary_enforced is not UNSET
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
