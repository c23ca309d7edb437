from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        enable_image_generation = self.enable_image_generation

        enable_image_prompt_generation = self.enable_image_prompt_generation

        image_generation_engine = self.image_generation_engine

        image_generation_model = self.image_generation_model

        image_size: None | str
        image_size = self.image_size

        image_steps: int | None
        image_steps = self.image_steps

        images_openai_api_base_url = self.images_openai_api_base_url

        images_openai_api_key = self.images_openai_api_key

        images_openai_api_version = self.images_openai_api_version

        images_openai_api_params: dict[str, Any] | None | str
        images_openai_api_params = self.images_openai_api_params

        automatic1111_base_url = self.automatic1111_base_url

        automatic1111_api_auth: dict[str, Any] | None | str
        automatic1111_api_auth = self.automatic1111_api_auth

        automatic1111_params: dict[str, Any] | None | str
        automatic1111_params = self.automatic1111_params

        comfyui_base_url = self.comfyui_base_url

        comfyui_api_key = self.comfyui_api_key

        comfyui_workflow = self.comfyui_workflow

        comfyui_workflow_nodes = self.comfyui_workflow_nodes

        images_gemini_api_base_url = self.images_gemini_api_base_url

        images_gemini_api_key = self.images_gemini_api_key

        images_gemini_endpoint_method = self.images_gemini_endpoint_method

        enable_image_edit = self.enable_image_edit

        image_edit_engine = self.image_edit_engine

        image_edit_model = self.image_edit_model

        image_edit_size: None | str
        image_edit_size = self.image_edit_size

        images_edit_openai_api_base_url = self.images_edit_openai_api_base_url

        images_edit_openai_api_key = self.images_edit_openai_api_key

        images_edit_openai_api_version = self.images_edit_openai_api_version

        images_edit_gemini_api_base_url = self.images_edit_gemini_api_base_url

        images_edit_gemini_api_key = self.images_edit_gemini_api_key

        images_edit_comfyui_base_url = self.images_edit_comfyui_base_url

        images_edit_comfyui_api_key = self.images_edit_comfyui_api_key

        images_edit_comfyui_workflow = self.images_edit_comfyui_workflow

        images_edit_comfyui_workflow_nodes = self.images_edit_comfyui_workflow_nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ENABLE_IMAGE_GENERATION"] = enable_image_generation
        field_dict["ENABLE_IMAGE_PROMPT_GENERATION"] = enable_image_prompt_generation
        field_dict["IMAGE_GENERATION_ENGINE"] = image_generation_engine
        field_dict["IMAGE_GENERATION_MODEL"] = image_generation_model
        field_dict["IMAGE_SIZE"] = image_size
        field_dict["IMAGE_STEPS"] = image_steps
        field_dict["IMAGES_OPENAI_API_BASE_URL"] = images_openai_api_base_url
        field_dict["IMAGES_OPENAI_API_KEY"] = images_openai_api_key
        field_dict["IMAGES_OPENAI_API_VERSION"] = images_openai_api_version
        field_dict["IMAGES_OPENAI_API_PARAMS"] = images_openai_api_params
        field_dict["AUTOMATIC1111_BASE_URL"] = automatic1111_base_url
        field_dict["AUTOMATIC1111_API_AUTH"] = automatic1111_api_auth
        field_dict["AUTOMATIC1111_PARAMS"] = automatic1111_params
        field_dict["COMFYUI_BASE_URL"] = comfyui_base_url
        field_dict["COMFYUI_API_KEY"] = comfyui_api_key
        field_dict["COMFYUI_WORKFLOW"] = comfyui_workflow
        field_dict["COMFYUI_WORKFLOW_NODES"] = comfyui_workflow_nodes
        field_dict["IMAGES_GEMINI_API_BASE_URL"] = images_gemini_api_base_url
        field_dict["IMAGES_GEMINI_API_KEY"] = images_gemini_api_key
        field_dict["IMAGES_GEMINI_ENDPOINT_METHOD"] = images_gemini_endpoint_method
        field_dict["ENABLE_IMAGE_EDIT"] = enable_image_edit
        field_dict["IMAGE_EDIT_ENGINE"] = image_edit_engine
        field_dict["IMAGE_EDIT_MODEL"] = image_edit_model
        field_dict["IMAGE_EDIT_SIZE"] = image_edit_size
        field_dict["IMAGES_EDIT_OPENAI_API_BASE_URL"] = images_edit_openai_api_base_url
        field_dict["IMAGES_EDIT_OPENAI_API_KEY"] = images_edit_openai_api_key
        field_dict["IMAGES_EDIT_OPENAI_API_VERSION"] = images_edit_openai_api_version
        field_dict["IMAGES_EDIT_GEMINI_API_BASE_URL"] = images_edit_gemini_api_base_url
        field_dict["IMAGES_EDIT_GEMINI_API_KEY"] = images_edit_gemini_api_key
        field_dict["IMAGES_EDIT_COMFYUI_BASE_URL"] = images_edit_comfyui_base_url
        field_dict["IMAGES_EDIT_COMFYUI_API_KEY"] = images_edit_comfyui_api_key
        field_dict["IMAGES_EDIT_COMFYUI_WORKFLOW"] = images_edit_comfyui_workflow
        field_dict["IMAGES_EDIT_COMFYUI_WORKFLOW_NODES"] = images_edit_comfyui_workflow_nodes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        enable_image_generation = src_dict["ENABLE_IMAGE_GENERATION"]
        enable_image_prompt_generation = src_dict["ENABLE_IMAGE_PROMPT_GENERATION"]
        image_generation_engine = src_dict["IMAGE_GENERATION_ENGINE"]
        image_generation_model = src_dict["IMAGE_GENERATION_MODEL"]
        image_size = src_dict["IMAGE_SIZE"]

        image_steps = src_dict["IMAGE_STEPS"]

        images_openai_api_base_url = src_dict["IMAGES_OPENAI_API_BASE_URL"]
        images_openai_api_key = src_dict["IMAGES_OPENAI_API_KEY"]
        images_openai_api_version = src_dict["IMAGES_OPENAI_API_VERSION"]
        images_openai_api_params = src_dict["IMAGES_OPENAI_API_PARAMS"]

        automatic1111_base_url = src_dict["AUTOMATIC1111_BASE_URL"]
        automatic1111_api_auth = src_dict["AUTOMATIC1111_API_AUTH"]

        automatic1111_params = src_dict["AUTOMATIC1111_PARAMS"]

        comfyui_base_url = src_dict["COMFYUI_BASE_URL"]
        comfyui_api_key = src_dict["COMFYUI_API_KEY"]
        comfyui_workflow = src_dict["COMFYUI_WORKFLOW"]
        comfyui_workflow_nodes = src_dict["COMFYUI_WORKFLOW_NODES"]

        images_gemini_api_base_url = src_dict["IMAGES_GEMINI_API_BASE_URL"]
        images_gemini_api_key = src_dict["IMAGES_GEMINI_API_KEY"]
        images_gemini_endpoint_method = src_dict["IMAGES_GEMINI_ENDPOINT_METHOD"]
        enable_image_edit = src_dict["ENABLE_IMAGE_EDIT"]
        image_edit_engine = src_dict["IMAGE_EDIT_ENGINE"]
        image_edit_model = src_dict["IMAGE_EDIT_MODEL"]
        image_edit_size = src_dict["IMAGE_EDIT_SIZE"]

        images_edit_openai_api_base_url = src_dict["IMAGES_EDIT_OPENAI_API_BASE_URL"]
        images_edit_openai_api_key = src_dict["IMAGES_EDIT_OPENAI_API_KEY"]
        images_edit_openai_api_version = src_dict["IMAGES_EDIT_OPENAI_API_VERSION"]
        images_edit_gemini_api_base_url = src_dict["IMAGES_EDIT_GEMINI_API_BASE_URL"]
        images_edit_gemini_api_key = src_dict["IMAGES_EDIT_GEMINI_API_KEY"]
        images_edit_comfyui_base_url = src_dict["IMAGES_EDIT_COMFYUI_BASE_URL"]
        images_edit_comfyui_api_key = src_dict["IMAGES_EDIT_COMFYUI_API_KEY"]
        images_edit_comfyui_workflow = src_dict["IMAGES_EDIT_COMFYUI_WORKFLOW"]
        images_edit_comfyui_workflow_nodes = src_dict["IMAGES_EDIT_COMFYUI_WORKFLOW_NODES"]

        obj = cls(
            enable_image_generation,
            enable_image_prompt_generation,
            image_generation_engine,
            image_generation_model,
            image_size,
            image_steps,
            images_openai_api_base_url,
            images_openai_api_key,
            images_openai_api_version,
            images_openai_api_params,
            automatic1111_base_url,
            automatic1111_api_auth,
            automatic1111_params,
            comfyui_base_url,
            comfyui_api_key,
            comfyui_workflow,
            comfyui_workflow_nodes,
            images_gemini_api_base_url,
            images_gemini_api_key,
            images_gemini_endpoint_method,
            enable_image_edit,
            image_edit_engine,
            image_edit_model,
            image_edit_size,
            images_edit_openai_api_base_url,
            images_edit_openai_api_key,
            images_edit_openai_api_version,
            images_edit_gemini_api_base_url,
            images_edit_gemini_api_key,
            images_edit_comfyui_base_url,
            images_edit_comfyui_api_key,
            images_edit_comfyui_workflow,
            images_edit_comfyui_workflow_nodes,
        )
        if len(src_dict) != 33:
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
