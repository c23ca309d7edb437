from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "ENABLE_CODE_EXECUTION",
        "CODE_EXECUTION_ENGINE",
        "CODE_EXECUTION_JUPYTER_URL",
        "CODE_EXECUTION_JUPYTER_AUTH",
        "CODE_EXECUTION_JUPYTER_AUTH_TOKEN",
        "CODE_EXECUTION_JUPYTER_AUTH_PASSWORD",
        "CODE_EXECUTION_JUPYTER_TIMEOUT",
        "ENABLE_CODE_INTERPRETER",
        "CODE_INTERPRETER_ENGINE",
        "CODE_INTERPRETER_PROMPT_TEMPLATE",
        "CODE_INTERPRETER_JUPYTER_URL",
        "CODE_INTERPRETER_JUPYTER_AUTH",
        "CODE_INTERPRETER_JUPYTER_AUTH_TOKEN",
        "CODE_INTERPRETER_JUPYTER_AUTH_PASSWORD",
        "CODE_INTERPRETER_JUPYTER_TIMEOUT",
    }
)


@_attrs_define
class CodeInterpreterConfigForm:
    enable_code_execution: bool
    code_execution_engine: str
    code_execution_jupyter_url: None | str
    code_execution_jupyter_auth: None | str
    code_execution_jupyter_auth_token: None | str
    code_execution_jupyter_auth_password: None | str
    code_execution_jupyter_timeout: int | None
    enable_code_interpreter: bool
    code_interpreter_engine: str
    code_interpreter_prompt_template: None | str
    code_interpreter_jupyter_url: None | str
    code_interpreter_jupyter_auth: None | str
    code_interpreter_jupyter_auth_token: None | str
    code_interpreter_jupyter_auth_password: None | str
    code_interpreter_jupyter_timeout: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "ENABLE_CODE_EXECUTION": self.enable_code_execution,
            "CODE_EXECUTION_ENGINE": self.code_execution_engine,
            "CODE_EXECUTION_JUPYTER_URL": self.code_execution_jupyter_url,
            "CODE_EXECUTION_JUPYTER_AUTH": self.code_execution_jupyter_auth,
            "CODE_EXECUTION_JUPYTER_AUTH_TOKEN": self.code_execution_jupyter_auth_token,
            "CODE_EXECUTION_JUPYTER_AUTH_PASSWORD": self.code_execution_jupyter_auth_password,
            "CODE_EXECUTION_JUPYTER_TIMEOUT": self.code_execution_jupyter_timeout,
            "ENABLE_CODE_INTERPRETER": self.enable_code_interpreter,
            "CODE_INTERPRETER_ENGINE": self.code_interpreter_engine,
            "CODE_INTERPRETER_PROMPT_TEMPLATE": self.code_interpreter_prompt_template,
            "CODE_INTERPRETER_JUPYTER_URL": self.code_interpreter_jupyter_url,
            "CODE_INTERPRETER_JUPYTER_AUTH": self.code_interpreter_jupyter_auth,
            "CODE_INTERPRETER_JUPYTER_AUTH_TOKEN": self.code_interpreter_jupyter_auth_token,
            "CODE_INTERPRETER_JUPYTER_AUTH_PASSWORD": self.code_interpreter_jupyter_auth_password,
            "CODE_INTERPRETER_JUPYTER_TIMEOUT": self.code_interpreter_jupyter_timeout,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not CodeInterpreterConfigForm:
            return _rebuilt(cls, CodeInterpreterConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.enable_code_execution = src_dict["ENABLE_CODE_EXECUTION"]
        obj.code_execution_engine = src_dict["CODE_EXECUTION_ENGINE"]
        obj.code_execution_jupyter_url = src_dict["CODE_EXECUTION_JUPYTER_URL"]
        obj.code_execution_jupyter_auth = src_dict["CODE_EXECUTION_JUPYTER_AUTH"]
        obj.code_execution_jupyter_auth_token = src_dict["CODE_EXECUTION_JUPYTER_AUTH_TOKEN"]
        obj.code_execution_jupyter_auth_password = src_dict["CODE_EXECUTION_JUPYTER_AUTH_PASSWORD"]
        obj.code_execution_jupyter_timeout = src_dict["CODE_EXECUTION_JUPYTER_TIMEOUT"]
        obj.enable_code_interpreter = src_dict["ENABLE_CODE_INTERPRETER"]
        obj.code_interpreter_engine = src_dict["CODE_INTERPRETER_ENGINE"]
        obj.code_interpreter_prompt_template = src_dict["CODE_INTERPRETER_PROMPT_TEMPLATE"]
        obj.code_interpreter_jupyter_url = src_dict["CODE_INTERPRETER_JUPYTER_URL"]
        obj.code_interpreter_jupyter_auth = src_dict["CODE_INTERPRETER_JUPYTER_AUTH"]
        obj.code_interpreter_jupyter_auth_token = src_dict["CODE_INTERPRETER_JUPYTER_AUTH_TOKEN"]
        obj.code_interpreter_jupyter_auth_password = src_dict[
            "CODE_INTERPRETER_JUPYTER_AUTH_PASSWORD"
        ]
        obj.code_interpreter_jupyter_timeout = src_dict["CODE_INTERPRETER_JUPYTER_TIMEOUT"]
        if len(src_dict) == 15:
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
