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
        "DEFAULT_MODELS",
        "DEFAULT_PINNED_MODELS",
        "MODEL_ORDER_LIST",
        "DEFAULT_MODEL_METADATA",
        "DEFAULT_MODEL_PARAMS",
    }
)


@_attrs_define
class ModelsConfigForm:
    default_models: None | str
    default_pinned_models: None | str
    model_order_list: list[str] | None
    default_model_metadata: dict[str, Any] | None | Unset = UNSET
    default_model_params: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "DEFAULT_MODELS": self.default_models,
            "DEFAULT_PINNED_MODELS": self.default_pinned_models,
            "MODEL_ORDER_LIST": self.model_order_list,
        }
        if self.default_model_metadata is not UNSET:
            field_dict["DEFAULT_MODEL_METADATA"] = self.default_model_metadata
        if self.default_model_params is not UNSET:
            field_dict["DEFAULT_MODEL_PARAMS"] = self.default_model_params
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ModelsConfigForm:
            return _rebuilt(cls, ModelsConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.default_models = src_dict["DEFAULT_MODELS"]
        obj.default_pinned_models = src_dict["DEFAULT_PINNED_MODELS"]
        _model_order_list = src_dict["MODEL_ORDER_LIST"]
        model_order_list: list[str] | None
        if _model_order_list is None:
            model_order_list = None
        else:
            if not isinstance(_model_order_list, list):
                raise TypeError(f"MODEL_ORDER_LIST: unexpected {type(_model_order_list).__name__}")
            model_order_list_type_0 = _model_order_list

            model_order_list = model_order_list_type_0

        obj.model_order_list = model_order_list
        obj.default_model_metadata = default_model_metadata = src_dict.get(
            "DEFAULT_MODEL_METADATA", UNSET
        )
        obj.default_model_params = default_model_params = src_dict.get(
            "DEFAULT_MODEL_PARAMS", UNSET
        )
        if (
            len(src_dict) == 5
            and default_model_metadata is not UNSET
            and default_model_params is not UNSET
        ) or len(src_dict) == 3 + (default_model_metadata is not UNSET) + (
            default_model_params is not UNSET
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
