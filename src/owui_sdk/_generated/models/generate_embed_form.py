from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        model = self.model

        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        truncate: bool | None | Unset
        if isinstance(self.truncate, Unset):
            truncate = UNSET
        else:
            truncate = self.truncate

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        keep_alive: int | None | str | Unset
        if isinstance(self.keep_alive, Unset):
            keep_alive = UNSET
        else:
            keep_alive = self.keep_alive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = model
        field_dict["input"] = input_
        if truncate is not UNSET:
            field_dict["truncate"] = truncate
        if options is not UNSET:
            field_dict["options"] = options
        if keep_alive is not UNSET:
            field_dict["keep_alive"] = keep_alive
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        model = src_dict["model"]
        _input_ = src_dict["input"]
        input_: list[str] | str
        try:
            if not isinstance(_input_, list):
                raise TypeError()
            input_type_0 = _input_

            input_ = input_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            input_ = _input_

        truncate = src_dict.get("truncate", UNSET)

        options = src_dict.get("options", UNSET)

        keep_alive = src_dict.get("keep_alive", UNSET)

        obj = cls(
            model,
            input_,
            truncate,
            options,
            keep_alive,
        )
        if len(src_dict) != 2 + (truncate is not UNSET) + (options is not UNSET) + (
            keep_alive is not UNSET
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
