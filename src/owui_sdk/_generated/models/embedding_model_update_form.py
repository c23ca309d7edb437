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
        "RAG_EMBEDDING_ENGINE",
        "RAG_EMBEDDING_MODEL",
        "openai_config",
        "ollama_config",
        "azure_openai_config",
        "RAG_EMBEDDING_BATCH_SIZE",
        "ENABLE_ASYNC_EMBEDDING",
        "RAG_EMBEDDING_CONCURRENT_REQUESTS",
    }
)


@_attrs_define
class EmbeddingModelUpdateForm:
    rag_embedding_engine: str
    rag_embedding_model: str
    openai_config: None | RetrievalOpenAIConfigForm | Unset = UNSET
    ollama_config: None | RetrievalOllamaConfigForm | Unset = UNSET
    azure_openai_config: AzureOpenAIConfigForm | None | Unset = UNSET
    rag_embedding_batch_size: int | None | Unset = 1
    enable_async_embedding: bool | None | Unset = True
    rag_embedding_concurrent_requests: int | None | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        openai_config: dict[str, Any] | None | Unset
        if isinstance(self.openai_config, Unset):
            openai_config = UNSET
        elif isinstance(self.openai_config, RetrievalOpenAIConfigForm):
            openai_config = self.openai_config.to_dict()
        else:
            openai_config = self.openai_config

        ollama_config: dict[str, Any] | None | Unset
        if isinstance(self.ollama_config, Unset):
            ollama_config = UNSET
        elif isinstance(self.ollama_config, RetrievalOllamaConfigForm):
            ollama_config = self.ollama_config.to_dict()
        else:
            ollama_config = self.ollama_config

        azure_openai_config: dict[str, Any] | None | Unset
        if isinstance(self.azure_openai_config, Unset):
            azure_openai_config = UNSET
        elif isinstance(self.azure_openai_config, AzureOpenAIConfigForm):
            azure_openai_config = self.azure_openai_config.to_dict()
        else:
            azure_openai_config = self.azure_openai_config

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "RAG_EMBEDDING_ENGINE": self.rag_embedding_engine,
            "RAG_EMBEDDING_MODEL": self.rag_embedding_model,
        }
        if openai_config is not UNSET:
            field_dict["openai_config"] = openai_config
        if ollama_config is not UNSET:
            field_dict["ollama_config"] = ollama_config
        if azure_openai_config is not UNSET:
            field_dict["azure_openai_config"] = azure_openai_config
        if self.rag_embedding_batch_size is not UNSET:
            field_dict["RAG_EMBEDDING_BATCH_SIZE"] = self.rag_embedding_batch_size
        if self.enable_async_embedding is not UNSET:
            field_dict["ENABLE_ASYNC_EMBEDDING"] = self.enable_async_embedding
        if self.rag_embedding_concurrent_requests is not UNSET:
            field_dict["RAG_EMBEDDING_CONCURRENT_REQUESTS"] = self.rag_embedding_concurrent_requests
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not EmbeddingModelUpdateForm:
            return _rebuilt(cls, EmbeddingModelUpdateForm.from_dict(src_dict))
        obj = _new(cls)
        obj.rag_embedding_engine = src_dict["RAG_EMBEDDING_ENGINE"]
        obj.rag_embedding_model = src_dict["RAG_EMBEDDING_MODEL"]
        _openai_config = src_dict.get("openai_config", UNSET)
        openai_config: None | RetrievalOpenAIConfigForm | Unset
        if _openai_config is None or isinstance(_openai_config, Unset):
            openai_config = _openai_config
        else:
            if not isinstance(_openai_config, dict):
                raise TypeError(f"openai_config: unexpected {type(_openai_config).__name__}")
            openai_config_type_0 = RetrievalOpenAIConfigForm.from_dict(_openai_config)

            openai_config = openai_config_type_0

        obj.openai_config = openai_config
        _ollama_config = src_dict.get("ollama_config", UNSET)
        ollama_config: None | RetrievalOllamaConfigForm | Unset
        if _ollama_config is None or isinstance(_ollama_config, Unset):
            ollama_config = _ollama_config
        else:
            if not isinstance(_ollama_config, dict):
                raise TypeError(f"ollama_config: unexpected {type(_ollama_config).__name__}")
            ollama_config_type_0 = RetrievalOllamaConfigForm.from_dict(_ollama_config)

            ollama_config = ollama_config_type_0

        obj.ollama_config = ollama_config
        _azure_openai_config = src_dict.get("azure_openai_config", UNSET)
        azure_openai_config: AzureOpenAIConfigForm | None | Unset
        if _azure_openai_config is None or isinstance(_azure_openai_config, Unset):
            azure_openai_config = _azure_openai_config
        else:
            if not isinstance(_azure_openai_config, dict):
                raise TypeError(
                    f"azure_openai_config: unexpected {type(_azure_openai_config).__name__}"
                )
            azure_openai_config_type_0 = AzureOpenAIConfigForm.from_dict(_azure_openai_config)

            azure_openai_config = azure_openai_config_type_0

        obj.azure_openai_config = azure_openai_config
        obj.rag_embedding_batch_size = rag_embedding_batch_size = src_dict.get(
            "RAG_EMBEDDING_BATCH_SIZE", UNSET
        )
        obj.enable_async_embedding = enable_async_embedding = src_dict.get(
            "ENABLE_ASYNC_EMBEDDING", UNSET
        )
        obj.rag_embedding_concurrent_requests = rag_embedding_concurrent_requests = src_dict.get(
            "RAG_EMBEDDING_CONCURRENT_REQUESTS", UNSET
        )
        if (
            len(src_dict) == 8
            and openai_config is not UNSET
            and ollama_config is not UNSET
            and azure_openai_config is not UNSET
            and rag_embedding_batch_size is not UNSET
            and enable_async_embedding is not UNSET
            and rag_embedding_concurrent_requests is not UNSET
        ) or len(src_dict) == 2 + (openai_config is not UNSET) + (ollama_config is not UNSET) + (
            azure_openai_config is not UNSET
        ) + (rag_embedding_batch_size is not UNSET) + (enable_async_embedding is not UNSET) + (
            rag_embedding_concurrent_requests is not UNSET
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
from ..models.azure_open_ai_config_form import AzureOpenAIConfigForm
from ..models.retrieval_ollama_config_form import RetrievalOllamaConfigForm
from ..models.retrieval_open_ai_config_form import RetrievalOpenAIConfigForm
