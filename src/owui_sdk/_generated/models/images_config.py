from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "ENABLE_IMAGE_GENERATION",
        "ENABLE_IMAGE_PROMPT_GENERATION",
        "IMAGE_GENERATION_ENGINE",
        "IMAGE_GENERATION_MODEL",
        "IMAGE_SIZE",
        "IMAGE_STEPS",
        "IMAGES_OPENAI_API_BASE_URL",
        "IMAGES_OPENAI_API_KEY",
        "IMAGES_OPENAI_API_VERSION",
        "IMAGES_OPENAI_API_PARAMS",
        "AUTOMATIC1111_BASE_URL",
        "AUTOMATIC1111_API_AUTH",
        "AUTOMATIC1111_PARAMS",
        "COMFYUI_BASE_URL",
        "COMFYUI_API_KEY",
        "COMFYUI_WORKFLOW",
        "COMFYUI_WORKFLOW_NODES",
        "IMAGES_GEMINI_API_BASE_URL",
        "IMAGES_GEMINI_API_KEY",
        "IMAGES_GEMINI_ENDPOINT_METHOD",
        "ENABLE_IMAGE_EDIT",
        "IMAGE_EDIT_ENGINE",
        "IMAGE_EDIT_MODEL",
        "IMAGE_EDIT_SIZE",
        "IMAGES_EDIT_OPENAI_API_BASE_URL",
        "IMAGES_EDIT_OPENAI_API_KEY",
        "IMAGES_EDIT_OPENAI_API_VERSION",
        "IMAGES_EDIT_GEMINI_API_BASE_URL",
        "IMAGES_EDIT_GEMINI_API_KEY",
        "IMAGES_EDIT_COMFYUI_BASE_URL",
        "IMAGES_EDIT_COMFYUI_API_KEY",
        "IMAGES_EDIT_COMFYUI_WORKFLOW",
        "IMAGES_EDIT_COMFYUI_WORKFLOW_NODES",
    }
)


@_attrs_define
class ImagesConfig:
    enable_image_generation: bool
    enable_image_prompt_generation: bool
    image_generation_engine: str
    image_generation_model: str
    image_size: None | str
    image_steps: int | None
    images_openai_api_base_url: str
    images_openai_api_key: str
    images_openai_api_version: str
    images_openai_api_params: dict[str, Any] | None | str
    automatic1111_base_url: str
    automatic1111_api_auth: dict[str, Any] | None | str
    automatic1111_params: dict[str, Any] | None | str
    comfyui_base_url: str
    comfyui_api_key: str
    comfyui_workflow: str
    comfyui_workflow_nodes: list[dict[str, Any]]
    images_gemini_api_base_url: str
    images_gemini_api_key: str
    images_gemini_endpoint_method: str
    enable_image_edit: bool
    image_edit_engine: str
    image_edit_model: str
    image_edit_size: None | str
    images_edit_openai_api_base_url: str
    images_edit_openai_api_key: str
    images_edit_openai_api_version: str
    images_edit_gemini_api_base_url: str
    images_edit_gemini_api_key: str
    images_edit_comfyui_base_url: str
    images_edit_comfyui_api_key: str
    images_edit_comfyui_workflow: str
    images_edit_comfyui_workflow_nodes: list[dict[str, Any]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "ENABLE_IMAGE_GENERATION": self.enable_image_generation,
            "ENABLE_IMAGE_PROMPT_GENERATION": self.enable_image_prompt_generation,
            "IMAGE_GENERATION_ENGINE": self.image_generation_engine,
            "IMAGE_GENERATION_MODEL": self.image_generation_model,
            "IMAGE_SIZE": self.image_size,
            "IMAGE_STEPS": self.image_steps,
            "IMAGES_OPENAI_API_BASE_URL": self.images_openai_api_base_url,
            "IMAGES_OPENAI_API_KEY": self.images_openai_api_key,
            "IMAGES_OPENAI_API_VERSION": self.images_openai_api_version,
            "IMAGES_OPENAI_API_PARAMS": self.images_openai_api_params,
            "AUTOMATIC1111_BASE_URL": self.automatic1111_base_url,
            "AUTOMATIC1111_API_AUTH": self.automatic1111_api_auth,
            "AUTOMATIC1111_PARAMS": self.automatic1111_params,
            "COMFYUI_BASE_URL": self.comfyui_base_url,
            "COMFYUI_API_KEY": self.comfyui_api_key,
            "COMFYUI_WORKFLOW": self.comfyui_workflow,
            "COMFYUI_WORKFLOW_NODES": self.comfyui_workflow_nodes,
            "IMAGES_GEMINI_API_BASE_URL": self.images_gemini_api_base_url,
            "IMAGES_GEMINI_API_KEY": self.images_gemini_api_key,
            "IMAGES_GEMINI_ENDPOINT_METHOD": self.images_gemini_endpoint_method,
            "ENABLE_IMAGE_EDIT": self.enable_image_edit,
            "IMAGE_EDIT_ENGINE": self.image_edit_engine,
            "IMAGE_EDIT_MODEL": self.image_edit_model,
            "IMAGE_EDIT_SIZE": self.image_edit_size,
            "IMAGES_EDIT_OPENAI_API_BASE_URL": self.images_edit_openai_api_base_url,
            "IMAGES_EDIT_OPENAI_API_KEY": self.images_edit_openai_api_key,
            "IMAGES_EDIT_OPENAI_API_VERSION": self.images_edit_openai_api_version,
            "IMAGES_EDIT_GEMINI_API_BASE_URL": self.images_edit_gemini_api_base_url,
            "IMAGES_EDIT_GEMINI_API_KEY": self.images_edit_gemini_api_key,
            "IMAGES_EDIT_COMFYUI_BASE_URL": self.images_edit_comfyui_base_url,
            "IMAGES_EDIT_COMFYUI_API_KEY": self.images_edit_comfyui_api_key,
            "IMAGES_EDIT_COMFYUI_WORKFLOW": self.images_edit_comfyui_workflow,
            "IMAGES_EDIT_COMFYUI_WORKFLOW_NODES": self.images_edit_comfyui_workflow_nodes,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ImagesConfig:
            return _rebuilt(cls, ImagesConfig.from_dict(src_dict))
        obj = _new(cls)
        obj.enable_image_generation = src_dict["ENABLE_IMAGE_GENERATION"]
        obj.enable_image_prompt_generation = src_dict["ENABLE_IMAGE_PROMPT_GENERATION"]
        obj.image_generation_engine = src_dict["IMAGE_GENERATION_ENGINE"]
        obj.image_generation_model = src_dict["IMAGE_GENERATION_MODEL"]
        obj.image_size = src_dict["IMAGE_SIZE"]
        obj.image_steps = src_dict["IMAGE_STEPS"]
        obj.images_openai_api_base_url = src_dict["IMAGES_OPENAI_API_BASE_URL"]
        obj.images_openai_api_key = src_dict["IMAGES_OPENAI_API_KEY"]
        obj.images_openai_api_version = src_dict["IMAGES_OPENAI_API_VERSION"]
        obj.images_openai_api_params = src_dict["IMAGES_OPENAI_API_PARAMS"]
        obj.automatic1111_base_url = src_dict["AUTOMATIC1111_BASE_URL"]
        obj.automatic1111_api_auth = src_dict["AUTOMATIC1111_API_AUTH"]
        obj.automatic1111_params = src_dict["AUTOMATIC1111_PARAMS"]
        obj.comfyui_base_url = src_dict["COMFYUI_BASE_URL"]
        obj.comfyui_api_key = src_dict["COMFYUI_API_KEY"]
        obj.comfyui_workflow = src_dict["COMFYUI_WORKFLOW"]
        obj.comfyui_workflow_nodes = src_dict["COMFYUI_WORKFLOW_NODES"]
        obj.images_gemini_api_base_url = src_dict["IMAGES_GEMINI_API_BASE_URL"]
        obj.images_gemini_api_key = src_dict["IMAGES_GEMINI_API_KEY"]
        obj.images_gemini_endpoint_method = src_dict["IMAGES_GEMINI_ENDPOINT_METHOD"]
        obj.enable_image_edit = src_dict["ENABLE_IMAGE_EDIT"]
        obj.image_edit_engine = src_dict["IMAGE_EDIT_ENGINE"]
        obj.image_edit_model = src_dict["IMAGE_EDIT_MODEL"]
        obj.image_edit_size = src_dict["IMAGE_EDIT_SIZE"]
        obj.images_edit_openai_api_base_url = src_dict["IMAGES_EDIT_OPENAI_API_BASE_URL"]
        obj.images_edit_openai_api_key = src_dict["IMAGES_EDIT_OPENAI_API_KEY"]
        obj.images_edit_openai_api_version = src_dict["IMAGES_EDIT_OPENAI_API_VERSION"]
        obj.images_edit_gemini_api_base_url = src_dict["IMAGES_EDIT_GEMINI_API_BASE_URL"]
        obj.images_edit_gemini_api_key = src_dict["IMAGES_EDIT_GEMINI_API_KEY"]
        obj.images_edit_comfyui_base_url = src_dict["IMAGES_EDIT_COMFYUI_BASE_URL"]
        obj.images_edit_comfyui_api_key = src_dict["IMAGES_EDIT_COMFYUI_API_KEY"]
        obj.images_edit_comfyui_workflow = src_dict["IMAGES_EDIT_COMFYUI_WORKFLOW"]
        obj.images_edit_comfyui_workflow_nodes = src_dict["IMAGES_EDIT_COMFYUI_WORKFLOW_NODES"]
        if len(src_dict) == 33:
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
