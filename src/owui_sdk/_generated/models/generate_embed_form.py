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
        "model",
        "input",
        "truncate",
        "options",
        "keep_alive",
    }
)


@_attrs_define
class GenerateEmbedForm:
    """Payload for the newer /api/embed endpoint (batch-capable)."""

    model: str
    input_: list[str] | str = _attrs_field(alias="input")
    truncate: bool | None | Unset = UNSET
    options: dict[str, Any] | None | Unset = UNSET
    keep_alive: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "model": self.model,
            "input": self.input_,
        }
        if self.truncate is not UNSET:
            field_dict["truncate"] = self.truncate
        if self.options is not UNSET:
            field_dict["options"] = self.options
        if self.keep_alive is not UNSET:
            field_dict["keep_alive"] = self.keep_alive
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not GenerateEmbedForm:
            return _rebuilt(cls, GenerateEmbedForm.from_dict(src_dict))
        obj = _new(cls)
        obj.model = src_dict["model"]
        _input_ = src_dict["input"]
        input_: list[str] | str
        try:
            if not isinstance(_input_, list):
                raise TypeError()
            input_type_0 = _input_

            input_ = input_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            input_ = _input_

        obj.input_ = input_
        obj.truncate = truncate = src_dict.get("truncate", UNSET)
        obj.options = options = src_dict.get("options", UNSET)
        obj.keep_alive = keep_alive = src_dict.get("keep_alive", UNSET)
        if (
            len(src_dict) == 5
            and truncate is not UNSET
            and options is not UNSET
            and keep_alive is not UNSET
        ) or len(src_dict) == 2 + (truncate is not UNSET) + (options is not UNSET) + (
            keep_alive is not UNSET
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
