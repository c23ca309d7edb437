from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        controls = self.controls

        valves = self.valves

        system_prompt = self.system_prompt

        params = self.params

        file_upload = self.file_upload

        web_upload = self.web_upload

        delete = self.delete

        delete_message = self.delete_message

        continue_response = self.continue_response

        regenerate_response = self.regenerate_response

        rate_response = self.rate_response

        edit = self.edit

        share = self.share

        export = self.export

        import_ = self.import_

        stt = self.stt

        tts = self.tts

        call = self.call

        multiple_models = self.multiple_models

        temporary = self.temporary

        temporary_enforced = self.temporary_enforced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if controls is not UNSET:
            field_dict["controls"] = controls
        if valves is not UNSET:
            field_dict["valves"] = valves
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if params is not UNSET:
            field_dict["params"] = params
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload
        if web_upload is not UNSET:
            field_dict["web_upload"] = web_upload
        if delete is not UNSET:
            field_dict["delete"] = delete
        if delete_message is not UNSET:
            field_dict["delete_message"] = delete_message
        if continue_response is not UNSET:
            field_dict["continue_response"] = continue_response
        if regenerate_response is not UNSET:
            field_dict["regenerate_response"] = regenerate_response
        if rate_response is not UNSET:
            field_dict["rate_response"] = rate_response
        if edit is not UNSET:
            field_dict["edit"] = edit
        if share is not UNSET:
            field_dict["share"] = share
        if export is not UNSET:
            field_dict["export"] = export
        if import_ is not UNSET:
            field_dict["import"] = import_
        if stt is not UNSET:
            field_dict["stt"] = stt
        if tts is not UNSET:
            field_dict["tts"] = tts
        if call is not UNSET:
            field_dict["call"] = call
        if multiple_models is not UNSET:
            field_dict["multiple_models"] = multiple_models
        if temporary is not UNSET:
            field_dict["temporary"] = temporary
        if temporary_enforced is not UNSET:
            field_dict["temporary_enforced"] = temporary_enforced
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        controls = src_dict.get("controls", UNSET)
        valves = src_dict.get("valves", UNSET)
        system_prompt = src_dict.get("system_prompt", UNSET)
        params = src_dict.get("params", UNSET)
        file_upload = src_dict.get("file_upload", UNSET)
        web_upload = src_dict.get("web_upload", UNSET)
        delete = src_dict.get("delete", UNSET)
        delete_message = src_dict.get("delete_message", UNSET)
        continue_response = src_dict.get("continue_response", UNSET)
        regenerate_response = src_dict.get("regenerate_response", UNSET)
        rate_response = src_dict.get("rate_response", UNSET)
        edit = src_dict.get("edit", UNSET)
        share = src_dict.get("share", UNSET)
        export = src_dict.get("export", UNSET)
        import_ = src_dict.get("import", UNSET)
        stt = src_dict.get("stt", UNSET)
        tts = src_dict.get("tts", UNSET)
        call = src_dict.get("call", UNSET)
        multiple_models = src_dict.get("multiple_models", UNSET)
        temporary = src_dict.get("temporary", UNSET)
        temporary_enforced = src_dict.get("temporary_enforced", UNSET)
        obj = cls(
            controls,
            valves,
            system_prompt,
            params,
            file_upload,
            web_upload,
            delete,
            delete_message,
            continue_response,
            regenerate_response,
            rate_response,
            edit,
            share,
            export,
            import_,
            stt,
            tts,
            call,
            multiple_models,
            temporary,
            temporary_enforced,
        )
        if len(src_dict) != 0 + (controls is not UNSET) + (valves is not UNSET) + (
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
