from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        enable_code_execution = self.enable_code_execution

        code_execution_engine = self.code_execution_engine

        code_execution_jupyter_url: None | str
        code_execution_jupyter_url = self.code_execution_jupyter_url

        code_execution_jupyter_auth: None | str
        code_execution_jupyter_auth = self.code_execution_jupyter_auth

        code_execution_jupyter_auth_token: None | str
        code_execution_jupyter_auth_token = self.code_execution_jupyter_auth_token

        code_execution_jupyter_auth_password: None | str
        code_execution_jupyter_auth_password = self.code_execution_jupyter_auth_password

        code_execution_jupyter_timeout: int | None
        code_execution_jupyter_timeout = self.code_execution_jupyter_timeout

        enable_code_interpreter = self.enable_code_interpreter

        code_interpreter_engine = self.code_interpreter_engine

        code_interpreter_prompt_template: None | str
        code_interpreter_prompt_template = self.code_interpreter_prompt_template

        code_interpreter_jupyter_url: None | str
        code_interpreter_jupyter_url = self.code_interpreter_jupyter_url

        code_interpreter_jupyter_auth: None | str
        code_interpreter_jupyter_auth = self.code_interpreter_jupyter_auth

        code_interpreter_jupyter_auth_token: None | str
        code_interpreter_jupyter_auth_token = self.code_interpreter_jupyter_auth_token

        code_interpreter_jupyter_auth_password: None | str
        code_interpreter_jupyter_auth_password = self.code_interpreter_jupyter_auth_password

        code_interpreter_jupyter_timeout: int | None
        code_interpreter_jupyter_timeout = self.code_interpreter_jupyter_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ENABLE_CODE_EXECUTION"] = enable_code_execution
        field_dict["CODE_EXECUTION_ENGINE"] = code_execution_engine
        field_dict["CODE_EXECUTION_JUPYTER_URL"] = code_execution_jupyter_url
        field_dict["CODE_EXECUTION_JUPYTER_AUTH"] = code_execution_jupyter_auth
        field_dict["CODE_EXECUTION_JUPYTER_AUTH_TOKEN"] = code_execution_jupyter_auth_token
        field_dict["CODE_EXECUTION_JUPYTER_AUTH_PASSWORD"] = code_execution_jupyter_auth_password
        field_dict["CODE_EXECUTION_JUPYTER_TIMEOUT"] = code_execution_jupyter_timeout
        field_dict["ENABLE_CODE_INTERPRETER"] = enable_code_interpreter
        field_dict["CODE_INTERPRETER_ENGINE"] = code_interpreter_engine
        field_dict["CODE_INTERPRETER_PROMPT_TEMPLATE"] = code_interpreter_prompt_template
        field_dict["CODE_INTERPRETER_JUPYTER_URL"] = code_interpreter_jupyter_url
        field_dict["CODE_INTERPRETER_JUPYTER_AUTH"] = code_interpreter_jupyter_auth
        field_dict["CODE_INTERPRETER_JUPYTER_AUTH_TOKEN"] = code_interpreter_jupyter_auth_token
        field_dict["CODE_INTERPRETER_JUPYTER_AUTH_PASSWORD"] = (
            code_interpreter_jupyter_auth_password
        )
        field_dict["CODE_INTERPRETER_JUPYTER_TIMEOUT"] = code_interpreter_jupyter_timeout
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        enable_code_execution = src_dict["ENABLE_CODE_EXECUTION"]
        code_execution_engine = src_dict["CODE_EXECUTION_ENGINE"]
        code_execution_jupyter_url = src_dict["CODE_EXECUTION_JUPYTER_URL"]

        code_execution_jupyter_auth = src_dict["CODE_EXECUTION_JUPYTER_AUTH"]

        code_execution_jupyter_auth_token = src_dict["CODE_EXECUTION_JUPYTER_AUTH_TOKEN"]

        code_execution_jupyter_auth_password = src_dict["CODE_EXECUTION_JUPYTER_AUTH_PASSWORD"]

        code_execution_jupyter_timeout = src_dict["CODE_EXECUTION_JUPYTER_TIMEOUT"]

        enable_code_interpreter = src_dict["ENABLE_CODE_INTERPRETER"]
        code_interpreter_engine = src_dict["CODE_INTERPRETER_ENGINE"]
        code_interpreter_prompt_template = src_dict["CODE_INTERPRETER_PROMPT_TEMPLATE"]

        code_interpreter_jupyter_url = src_dict["CODE_INTERPRETER_JUPYTER_URL"]

        code_interpreter_jupyter_auth = src_dict["CODE_INTERPRETER_JUPYTER_AUTH"]

        code_interpreter_jupyter_auth_token = src_dict["CODE_INTERPRETER_JUPYTER_AUTH_TOKEN"]

        code_interpreter_jupyter_auth_password = src_dict["CODE_INTERPRETER_JUPYTER_AUTH_PASSWORD"]

        code_interpreter_jupyter_timeout = src_dict["CODE_INTERPRETER_JUPYTER_TIMEOUT"]

        obj = cls(
            enable_code_execution,
            code_execution_engine,
            code_execution_jupyter_url,
            code_execution_jupyter_auth,
            code_execution_jupyter_auth_token,
            code_execution_jupyter_auth_password,
            code_execution_jupyter_timeout,
            enable_code_interpreter,
            code_interpreter_engine,
            code_interpreter_prompt_template,
            code_interpreter_jupyter_url,
            code_interpreter_jupyter_auth,
            code_interpreter_jupyter_auth_token,
            code_interpreter_jupyter_auth_password,
            code_interpreter_jupyter_timeout,
        )
        if len(src_dict) != 15:
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
