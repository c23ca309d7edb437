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
        "RAG_TEMPLATE",
        "TOP_K",
        "BYPASS_EMBEDDING_AND_RETRIEVAL",
        "RAG_FULL_CONTEXT",
        "ENABLE_RAG_HYBRID_SEARCH",
        "ENABLE_RAG_HYBRID_SEARCH_ENRICHED_TEXTS",
        "TOP_K_RERANKER",
        "RELEVANCE_THRESHOLD",
        "HYBRID_BM25_WEIGHT",
        "CONTENT_EXTRACTION_ENGINE",
        "CONTENT_EXTRACTION_SUPPORTED_MEDIA_MIME_TYPES",
        "PDF_EXTRACT_IMAGES",
        "PDF_LOADER_MODE",
        "DATALAB_MARKER_API_KEY",
        "DATALAB_MARKER_API_BASE_URL",
        "DATALAB_MARKER_ADDITIONAL_CONFIG",
        "DATALAB_MARKER_SKIP_CACHE",
        "DATALAB_MARKER_FORCE_OCR",
        "DATALAB_MARKER_PAGINATE",
        "DATALAB_MARKER_STRIP_EXISTING_OCR",
        "DATALAB_MARKER_DISABLE_IMAGE_EXTRACTION",
        "DATALAB_MARKER_FORMAT_LINES",
        "DATALAB_MARKER_USE_LLM",
        "DATALAB_MARKER_OUTPUT_FORMAT",
        "EXTERNAL_DOCUMENT_LOADER_URL",
        "EXTERNAL_DOCUMENT_LOADER_API_KEY",
        "EXTERNAL_DOCUMENT_LOADER_HEADERS",
        "TIKA_SERVER_URL",
        "TIKA_SERVER_VERSION",
        "DOCLING_SERVER_URL",
        "DOCLING_API_KEY",
        "DOCLING_PARAMS",
        "DOCUMENT_INTELLIGENCE_ENDPOINT",
        "DOCUMENT_INTELLIGENCE_KEY",
        "DOCUMENT_INTELLIGENCE_MODEL",
        "MISTRAL_OCR_API_BASE_URL",
        "MISTRAL_OCR_API_KEY",
        "MISTRAL_OCR_USE_BASE64",
        "PADDLEOCR_VL_BASE_URL",
        "PADDLEOCR_VL_TOKEN",
        "MINERU_API_MODE",
        "MINERU_API_URL",
        "MINERU_API_KEY",
        "MINERU_API_TIMEOUT",
        "MINERU_PARAMS",
        "MINERU_FILE_EXTENSIONS",
        "RAG_RERANKING_MODEL",
        "RAG_RERANKING_ENGINE",
        "RAG_RERANKING_BATCH_SIZE",
        "RAG_EXTERNAL_RERANKER_URL",
        "RAG_EXTERNAL_RERANKER_API_KEY",
        "RAG_EXTERNAL_RERANKER_TIMEOUT",
        "TEXT_SPLITTER",
        "RAG_TOKENIZER_MODEL",
        "ENABLE_MARKDOWN_HEADER_TEXT_SPLITTER",
        "CHUNK_SIZE",
        "CHUNK_MIN_SIZE_TARGET",
        "CHUNK_OVERLAP",
        "FILE_MAX_SIZE",
        "FILE_MAX_COUNT",
        "FILE_IMAGE_COMPRESSION_WIDTH",
        "FILE_IMAGE_COMPRESSION_HEIGHT",
        "ALLOWED_FILE_EXTENSIONS",
        "ENABLE_GOOGLE_DRIVE_INTEGRATION",
        "ENABLE_ONEDRIVE_INTEGRATION",
        "web",
    }
)


@_attrs_define
class ConfigForm:
    rag_template: None | str | Unset = UNSET
    top_k: int | None | Unset = UNSET
    bypass_embedding_and_retrieval: bool | None | Unset = UNSET
    rag_full_context: bool | None | Unset = UNSET
    enable_rag_hybrid_search: bool | None | Unset = UNSET
    enable_rag_hybrid_search_enriched_texts: bool | None | Unset = UNSET
    top_k_reranker: int | None | Unset = UNSET
    relevance_threshold: float | None | Unset = UNSET
    hybrid_bm25_weight: float | None | Unset = UNSET
    content_extraction_engine: None | str | Unset = UNSET
    content_extraction_supported_media_mime_types: list[str] | None | Unset = UNSET
    pdf_extract_images: bool | None | Unset = UNSET
    pdf_loader_mode: None | str | Unset = UNSET
    datalab_marker_api_key: None | str | Unset = UNSET
    datalab_marker_api_base_url: None | str | Unset = UNSET
    datalab_marker_additional_config: None | str | Unset = UNSET
    datalab_marker_skip_cache: bool | None | Unset = UNSET
    datalab_marker_force_ocr: bool | None | Unset = UNSET
    datalab_marker_paginate: bool | None | Unset = UNSET
    datalab_marker_strip_existing_ocr: bool | None | Unset = UNSET
    datalab_marker_disable_image_extraction: bool | None | Unset = UNSET
    datalab_marker_format_lines: bool | None | Unset = UNSET
    datalab_marker_use_llm: bool | None | Unset = UNSET
    datalab_marker_output_format: None | str | Unset = UNSET
    external_document_loader_url: None | str | Unset = UNSET
    external_document_loader_api_key: None | str | Unset = UNSET
    external_document_loader_headers: dict[str, Any] | None | Unset = UNSET
    tika_server_url: None | str | Unset = UNSET
    tika_server_version: None | str | Unset = UNSET
    docling_server_url: None | str | Unset = UNSET
    docling_api_key: None | str | Unset = UNSET
    docling_params: dict[str, Any] | None | Unset = UNSET
    document_intelligence_endpoint: None | str | Unset = UNSET
    document_intelligence_key: None | str | Unset = UNSET
    document_intelligence_model: None | str | Unset = UNSET
    mistral_ocr_api_base_url: None | str | Unset = UNSET
    mistral_ocr_api_key: None | str | Unset = UNSET
    mistral_ocr_use_base64: bool | None | Unset = UNSET
    paddleocr_vl_base_url: None | str | Unset = UNSET
    paddleocr_vl_token: None | str | Unset = UNSET
    mineru_api_mode: None | str | Unset = UNSET
    mineru_api_url: None | str | Unset = UNSET
    mineru_api_key: None | str | Unset = UNSET
    mineru_api_timeout: int | None | Unset = UNSET
    mineru_params: dict[str, Any] | None | Unset = UNSET
    mineru_file_extensions: list[str] | None | Unset = UNSET
    rag_reranking_model: None | str | Unset = UNSET
    rag_reranking_engine: None | str | Unset = UNSET
    rag_reranking_batch_size: int | None | Unset = UNSET
    rag_external_reranker_url: None | str | Unset = UNSET
    rag_external_reranker_api_key: None | str | Unset = UNSET
    rag_external_reranker_timeout: None | str | Unset = UNSET
    text_splitter: None | str | Unset = UNSET
    rag_tokenizer_model: None | str | Unset = UNSET
    enable_markdown_header_text_splitter: bool | None | Unset = UNSET
    chunk_size: int | None | Unset = UNSET
    chunk_min_size_target: int | None | Unset = UNSET
    chunk_overlap: int | None | Unset = UNSET
    file_max_size: int | None | str | Unset = UNSET
    file_max_count: int | None | str | Unset = UNSET
    file_image_compression_width: int | None | str | Unset = UNSET
    file_image_compression_height: int | None | str | Unset = UNSET
    allowed_file_extensions: list[str] | None | Unset = UNSET
    enable_google_drive_integration: bool | None | Unset = UNSET
    enable_onedrive_integration: bool | None | Unset = UNSET
    web: None | Unset | WebConfig = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        web: dict[str, Any] | None | Unset
        if isinstance(self.web, Unset):
            web = UNSET
        elif isinstance(self.web, WebConfig):
            web = self.web.to_dict()
        else:
            web = self.web

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.rag_template is not UNSET:
            field_dict["RAG_TEMPLATE"] = self.rag_template
        if self.top_k is not UNSET:
            field_dict["TOP_K"] = self.top_k
        if self.bypass_embedding_and_retrieval is not UNSET:
            field_dict["BYPASS_EMBEDDING_AND_RETRIEVAL"] = self.bypass_embedding_and_retrieval
        if self.rag_full_context is not UNSET:
            field_dict["RAG_FULL_CONTEXT"] = self.rag_full_context
        if self.enable_rag_hybrid_search is not UNSET:
            field_dict["ENABLE_RAG_HYBRID_SEARCH"] = self.enable_rag_hybrid_search
        if self.enable_rag_hybrid_search_enriched_texts is not UNSET:
            field_dict["ENABLE_RAG_HYBRID_SEARCH_ENRICHED_TEXTS"] = (
                self.enable_rag_hybrid_search_enriched_texts
            )
        if self.top_k_reranker is not UNSET:
            field_dict["TOP_K_RERANKER"] = self.top_k_reranker
        if self.relevance_threshold is not UNSET:
            field_dict["RELEVANCE_THRESHOLD"] = self.relevance_threshold
        if self.hybrid_bm25_weight is not UNSET:
            field_dict["HYBRID_BM25_WEIGHT"] = self.hybrid_bm25_weight
        if self.content_extraction_engine is not UNSET:
            field_dict["CONTENT_EXTRACTION_ENGINE"] = self.content_extraction_engine
        if self.content_extraction_supported_media_mime_types is not UNSET:
            field_dict["CONTENT_EXTRACTION_SUPPORTED_MEDIA_MIME_TYPES"] = (
                self.content_extraction_supported_media_mime_types
            )
        if self.pdf_extract_images is not UNSET:
            field_dict["PDF_EXTRACT_IMAGES"] = self.pdf_extract_images
        if self.pdf_loader_mode is not UNSET:
            field_dict["PDF_LOADER_MODE"] = self.pdf_loader_mode
        if self.datalab_marker_api_key is not UNSET:
            field_dict["DATALAB_MARKER_API_KEY"] = self.datalab_marker_api_key
        if self.datalab_marker_api_base_url is not UNSET:
            field_dict["DATALAB_MARKER_API_BASE_URL"] = self.datalab_marker_api_base_url
        if self.datalab_marker_additional_config is not UNSET:
            field_dict["DATALAB_MARKER_ADDITIONAL_CONFIG"] = self.datalab_marker_additional_config
        if self.datalab_marker_skip_cache is not UNSET:
            field_dict["DATALAB_MARKER_SKIP_CACHE"] = self.datalab_marker_skip_cache
        if self.datalab_marker_force_ocr is not UNSET:
            field_dict["DATALAB_MARKER_FORCE_OCR"] = self.datalab_marker_force_ocr
        if self.datalab_marker_paginate is not UNSET:
            field_dict["DATALAB_MARKER_PAGINATE"] = self.datalab_marker_paginate
        if self.datalab_marker_strip_existing_ocr is not UNSET:
            field_dict["DATALAB_MARKER_STRIP_EXISTING_OCR"] = self.datalab_marker_strip_existing_ocr
        if self.datalab_marker_disable_image_extraction is not UNSET:
            field_dict["DATALAB_MARKER_DISABLE_IMAGE_EXTRACTION"] = (
                self.datalab_marker_disable_image_extraction
            )
        if self.datalab_marker_format_lines is not UNSET:
            field_dict["DATALAB_MARKER_FORMAT_LINES"] = self.datalab_marker_format_lines
        if self.datalab_marker_use_llm is not UNSET:
            field_dict["DATALAB_MARKER_USE_LLM"] = self.datalab_marker_use_llm
        if self.datalab_marker_output_format is not UNSET:
            field_dict["DATALAB_MARKER_OUTPUT_FORMAT"] = self.datalab_marker_output_format
        if self.external_document_loader_url is not UNSET:
            field_dict["EXTERNAL_DOCUMENT_LOADER_URL"] = self.external_document_loader_url
        if self.external_document_loader_api_key is not UNSET:
            field_dict["EXTERNAL_DOCUMENT_LOADER_API_KEY"] = self.external_document_loader_api_key
        if self.external_document_loader_headers is not UNSET:
            field_dict["EXTERNAL_DOCUMENT_LOADER_HEADERS"] = self.external_document_loader_headers
        if self.tika_server_url is not UNSET:
            field_dict["TIKA_SERVER_URL"] = self.tika_server_url
        if self.tika_server_version is not UNSET:
            field_dict["TIKA_SERVER_VERSION"] = self.tika_server_version
        if self.docling_server_url is not UNSET:
            field_dict["DOCLING_SERVER_URL"] = self.docling_server_url
        if self.docling_api_key is not UNSET:
            field_dict["DOCLING_API_KEY"] = self.docling_api_key
        if self.docling_params is not UNSET:
            field_dict["DOCLING_PARAMS"] = self.docling_params
        if self.document_intelligence_endpoint is not UNSET:
            field_dict["DOCUMENT_INTELLIGENCE_ENDPOINT"] = self.document_intelligence_endpoint
        if self.document_intelligence_key is not UNSET:
            field_dict["DOCUMENT_INTELLIGENCE_KEY"] = self.document_intelligence_key
        if self.document_intelligence_model is not UNSET:
            field_dict["DOCUMENT_INTELLIGENCE_MODEL"] = self.document_intelligence_model
        if self.mistral_ocr_api_base_url is not UNSET:
            field_dict["MISTRAL_OCR_API_BASE_URL"] = self.mistral_ocr_api_base_url
        if self.mistral_ocr_api_key is not UNSET:
            field_dict["MISTRAL_OCR_API_KEY"] = self.mistral_ocr_api_key
        if self.mistral_ocr_use_base64 is not UNSET:
            field_dict["MISTRAL_OCR_USE_BASE64"] = self.mistral_ocr_use_base64
        if self.paddleocr_vl_base_url is not UNSET:
            field_dict["PADDLEOCR_VL_BASE_URL"] = self.paddleocr_vl_base_url
        if self.paddleocr_vl_token is not UNSET:
            field_dict["PADDLEOCR_VL_TOKEN"] = self.paddleocr_vl_token
        if self.mineru_api_mode is not UNSET:
            field_dict["MINERU_API_MODE"] = self.mineru_api_mode
        if self.mineru_api_url is not UNSET:
            field_dict["MINERU_API_URL"] = self.mineru_api_url
        if self.mineru_api_key is not UNSET:
            field_dict["MINERU_API_KEY"] = self.mineru_api_key
        if self.mineru_api_timeout is not UNSET:
            field_dict["MINERU_API_TIMEOUT"] = self.mineru_api_timeout
        if self.mineru_params is not UNSET:
            field_dict["MINERU_PARAMS"] = self.mineru_params
        if self.mineru_file_extensions is not UNSET:
            field_dict["MINERU_FILE_EXTENSIONS"] = self.mineru_file_extensions
        if self.rag_reranking_model is not UNSET:
            field_dict["RAG_RERANKING_MODEL"] = self.rag_reranking_model
        if self.rag_reranking_engine is not UNSET:
            field_dict["RAG_RERANKING_ENGINE"] = self.rag_reranking_engine
        if self.rag_reranking_batch_size is not UNSET:
            field_dict["RAG_RERANKING_BATCH_SIZE"] = self.rag_reranking_batch_size
        if self.rag_external_reranker_url is not UNSET:
            field_dict["RAG_EXTERNAL_RERANKER_URL"] = self.rag_external_reranker_url
        if self.rag_external_reranker_api_key is not UNSET:
            field_dict["RAG_EXTERNAL_RERANKER_API_KEY"] = self.rag_external_reranker_api_key
        if self.rag_external_reranker_timeout is not UNSET:
            field_dict["RAG_EXTERNAL_RERANKER_TIMEOUT"] = self.rag_external_reranker_timeout
        if self.text_splitter is not UNSET:
            field_dict["TEXT_SPLITTER"] = self.text_splitter
        if self.rag_tokenizer_model is not UNSET:
            field_dict["RAG_TOKENIZER_MODEL"] = self.rag_tokenizer_model
        if self.enable_markdown_header_text_splitter is not UNSET:
            field_dict["ENABLE_MARKDOWN_HEADER_TEXT_SPLITTER"] = (
                self.enable_markdown_header_text_splitter
            )
        if self.chunk_size is not UNSET:
            field_dict["CHUNK_SIZE"] = self.chunk_size
        if self.chunk_min_size_target is not UNSET:
            field_dict["CHUNK_MIN_SIZE_TARGET"] = self.chunk_min_size_target
        if self.chunk_overlap is not UNSET:
            field_dict["CHUNK_OVERLAP"] = self.chunk_overlap
        if self.file_max_size is not UNSET:
            field_dict["FILE_MAX_SIZE"] = self.file_max_size
        if self.file_max_count is not UNSET:
            field_dict["FILE_MAX_COUNT"] = self.file_max_count
        if self.file_image_compression_width is not UNSET:
            field_dict["FILE_IMAGE_COMPRESSION_WIDTH"] = self.file_image_compression_width
        if self.file_image_compression_height is not UNSET:
            field_dict["FILE_IMAGE_COMPRESSION_HEIGHT"] = self.file_image_compression_height
        if self.allowed_file_extensions is not UNSET:
            field_dict["ALLOWED_FILE_EXTENSIONS"] = self.allowed_file_extensions
        if self.enable_google_drive_integration is not UNSET:
            field_dict["ENABLE_GOOGLE_DRIVE_INTEGRATION"] = self.enable_google_drive_integration
        if self.enable_onedrive_integration is not UNSET:
            field_dict["ENABLE_ONEDRIVE_INTEGRATION"] = self.enable_onedrive_integration
        if web is not UNSET:
            field_dict["web"] = web
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ConfigForm:
            return _rebuilt(cls, ConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.rag_template = rag_template = src_dict.get("RAG_TEMPLATE", UNSET)
        obj.top_k = top_k = src_dict.get("TOP_K", UNSET)
        obj.bypass_embedding_and_retrieval = bypass_embedding_and_retrieval = src_dict.get(
            "BYPASS_EMBEDDING_AND_RETRIEVAL", UNSET
        )
        obj.rag_full_context = rag_full_context = src_dict.get("RAG_FULL_CONTEXT", UNSET)
        obj.enable_rag_hybrid_search = enable_rag_hybrid_search = src_dict.get(
            "ENABLE_RAG_HYBRID_SEARCH", UNSET
        )
        obj.enable_rag_hybrid_search_enriched_texts = enable_rag_hybrid_search_enriched_texts = (
            src_dict.get("ENABLE_RAG_HYBRID_SEARCH_ENRICHED_TEXTS", UNSET)
        )
        obj.top_k_reranker = top_k_reranker = src_dict.get("TOP_K_RERANKER", UNSET)
        obj.relevance_threshold = relevance_threshold = src_dict.get("RELEVANCE_THRESHOLD", UNSET)
        obj.hybrid_bm25_weight = hybrid_bm25_weight = src_dict.get("HYBRID_BM25_WEIGHT", UNSET)
        obj.content_extraction_engine = content_extraction_engine = src_dict.get(
            "CONTENT_EXTRACTION_ENGINE", UNSET
        )
        _content_extraction_supported_media_mime_types = src_dict.get(
            "CONTENT_EXTRACTION_SUPPORTED_MEDIA_MIME_TYPES", UNSET
        )
        content_extraction_supported_media_mime_types: list[str] | None | Unset
        if _content_extraction_supported_media_mime_types is None or isinstance(
            _content_extraction_supported_media_mime_types, Unset
        ):
            content_extraction_supported_media_mime_types = (
                _content_extraction_supported_media_mime_types
            )
        else:
            if not isinstance(_content_extraction_supported_media_mime_types, list):
                raise TypeError(
                    f"CONTENT_EXTRACTION_SUPPORTED_MEDIA_MIME_TYPES: unexpected {type(_content_extraction_supported_media_mime_types).__name__}"
                )
            content_extraction_supported_media_mime_types_type_0 = (
                _content_extraction_supported_media_mime_types
            )

            content_extraction_supported_media_mime_types = (
                content_extraction_supported_media_mime_types_type_0
            )

        obj.content_extraction_supported_media_mime_types = (
            content_extraction_supported_media_mime_types
        )
        obj.pdf_extract_images = pdf_extract_images = src_dict.get("PDF_EXTRACT_IMAGES", UNSET)
        obj.pdf_loader_mode = pdf_loader_mode = src_dict.get("PDF_LOADER_MODE", UNSET)
        obj.datalab_marker_api_key = datalab_marker_api_key = src_dict.get(
            "DATALAB_MARKER_API_KEY", UNSET
        )
        obj.datalab_marker_api_base_url = datalab_marker_api_base_url = src_dict.get(
            "DATALAB_MARKER_API_BASE_URL", UNSET
        )
        obj.datalab_marker_additional_config = datalab_marker_additional_config = src_dict.get(
            "DATALAB_MARKER_ADDITIONAL_CONFIG", UNSET
        )
        obj.datalab_marker_skip_cache = datalab_marker_skip_cache = src_dict.get(
            "DATALAB_MARKER_SKIP_CACHE", UNSET
        )
        obj.datalab_marker_force_ocr = datalab_marker_force_ocr = src_dict.get(
            "DATALAB_MARKER_FORCE_OCR", UNSET
        )
        obj.datalab_marker_paginate = datalab_marker_paginate = src_dict.get(
            "DATALAB_MARKER_PAGINATE", UNSET
        )
        obj.datalab_marker_strip_existing_ocr = datalab_marker_strip_existing_ocr = src_dict.get(
            "DATALAB_MARKER_STRIP_EXISTING_OCR", UNSET
        )
        obj.datalab_marker_disable_image_extraction = datalab_marker_disable_image_extraction = (
            src_dict.get("DATALAB_MARKER_DISABLE_IMAGE_EXTRACTION", UNSET)
        )
        obj.datalab_marker_format_lines = datalab_marker_format_lines = src_dict.get(
            "DATALAB_MARKER_FORMAT_LINES", UNSET
        )
        obj.datalab_marker_use_llm = datalab_marker_use_llm = src_dict.get(
            "DATALAB_MARKER_USE_LLM", UNSET
        )
        obj.datalab_marker_output_format = datalab_marker_output_format = src_dict.get(
            "DATALAB_MARKER_OUTPUT_FORMAT", UNSET
        )
        obj.external_document_loader_url = external_document_loader_url = src_dict.get(
            "EXTERNAL_DOCUMENT_LOADER_URL", UNSET
        )
        obj.external_document_loader_api_key = external_document_loader_api_key = src_dict.get(
            "EXTERNAL_DOCUMENT_LOADER_API_KEY", UNSET
        )
        obj.external_document_loader_headers = external_document_loader_headers = src_dict.get(
            "EXTERNAL_DOCUMENT_LOADER_HEADERS", UNSET
        )
        obj.tika_server_url = tika_server_url = src_dict.get("TIKA_SERVER_URL", UNSET)
        obj.tika_server_version = tika_server_version = src_dict.get("TIKA_SERVER_VERSION", UNSET)
        obj.docling_server_url = docling_server_url = src_dict.get("DOCLING_SERVER_URL", UNSET)
        obj.docling_api_key = docling_api_key = src_dict.get("DOCLING_API_KEY", UNSET)
        obj.docling_params = docling_params = src_dict.get("DOCLING_PARAMS", UNSET)
        obj.document_intelligence_endpoint = document_intelligence_endpoint = src_dict.get(
            "DOCUMENT_INTELLIGENCE_ENDPOINT", UNSET
        )
        obj.document_intelligence_key = document_intelligence_key = src_dict.get(
            "DOCUMENT_INTELLIGENCE_KEY", UNSET
        )
        obj.document_intelligence_model = document_intelligence_model = src_dict.get(
            "DOCUMENT_INTELLIGENCE_MODEL", UNSET
        )
        obj.mistral_ocr_api_base_url = mistral_ocr_api_base_url = src_dict.get(
            "MISTRAL_OCR_API_BASE_URL", UNSET
        )
        obj.mistral_ocr_api_key = mistral_ocr_api_key = src_dict.get("MISTRAL_OCR_API_KEY", UNSET)
        obj.mistral_ocr_use_base64 = mistral_ocr_use_base64 = src_dict.get(
            "MISTRAL_OCR_USE_BASE64", UNSET
        )
        obj.paddleocr_vl_base_url = paddleocr_vl_base_url = src_dict.get(
            "PADDLEOCR_VL_BASE_URL", UNSET
        )
        obj.paddleocr_vl_token = paddleocr_vl_token = src_dict.get("PADDLEOCR_VL_TOKEN", UNSET)
        obj.mineru_api_mode = mineru_api_mode = src_dict.get("MINERU_API_MODE", UNSET)
        obj.mineru_api_url = mineru_api_url = src_dict.get("MINERU_API_URL", UNSET)
        obj.mineru_api_key = mineru_api_key = src_dict.get("MINERU_API_KEY", UNSET)
        obj.mineru_api_timeout = mineru_api_timeout = src_dict.get("MINERU_API_TIMEOUT", UNSET)
        obj.mineru_params = mineru_params = src_dict.get("MINERU_PARAMS", UNSET)
        _mineru_file_extensions = src_dict.get("MINERU_FILE_EXTENSIONS", UNSET)
        mineru_file_extensions: list[str] | None | Unset
        if _mineru_file_extensions is None or isinstance(_mineru_file_extensions, Unset):
            mineru_file_extensions = _mineru_file_extensions
        else:
            if not isinstance(_mineru_file_extensions, list):
                raise TypeError(
                    f"MINERU_FILE_EXTENSIONS: unexpected {type(_mineru_file_extensions).__name__}"
                )
            mineru_file_extensions_type_0 = _mineru_file_extensions

            mineru_file_extensions = mineru_file_extensions_type_0

        obj.mineru_file_extensions = mineru_file_extensions
        obj.rag_reranking_model = rag_reranking_model = src_dict.get("RAG_RERANKING_MODEL", UNSET)
        obj.rag_reranking_engine = rag_reranking_engine = src_dict.get(
            "RAG_RERANKING_ENGINE", UNSET
        )
        obj.rag_reranking_batch_size = rag_reranking_batch_size = src_dict.get(
            "RAG_RERANKING_BATCH_SIZE", UNSET
        )
        obj.rag_external_reranker_url = rag_external_reranker_url = src_dict.get(
            "RAG_EXTERNAL_RERANKER_URL", UNSET
        )
        obj.rag_external_reranker_api_key = rag_external_reranker_api_key = src_dict.get(
            "RAG_EXTERNAL_RERANKER_API_KEY", UNSET
        )
        obj.rag_external_reranker_timeout = rag_external_reranker_timeout = src_dict.get(
            "RAG_EXTERNAL_RERANKER_TIMEOUT", UNSET
        )
        obj.text_splitter = text_splitter = src_dict.get("TEXT_SPLITTER", UNSET)
        obj.rag_tokenizer_model = rag_tokenizer_model = src_dict.get("RAG_TOKENIZER_MODEL", UNSET)
        obj.enable_markdown_header_text_splitter = enable_markdown_header_text_splitter = (
            src_dict.get("ENABLE_MARKDOWN_HEADER_TEXT_SPLITTER", UNSET)
        )
        obj.chunk_size = chunk_size = src_dict.get("CHUNK_SIZE", UNSET)
        obj.chunk_min_size_target = chunk_min_size_target = src_dict.get(
            "CHUNK_MIN_SIZE_TARGET", UNSET
        )
        obj.chunk_overlap = chunk_overlap = src_dict.get("CHUNK_OVERLAP", UNSET)
        obj.file_max_size = file_max_size = src_dict.get("FILE_MAX_SIZE", UNSET)
        obj.file_max_count = file_max_count = src_dict.get("FILE_MAX_COUNT", UNSET)
        obj.file_image_compression_width = file_image_compression_width = src_dict.get(
            "FILE_IMAGE_COMPRESSION_WIDTH", UNSET
        )
        obj.file_image_compression_height = file_image_compression_height = src_dict.get(
            "FILE_IMAGE_COMPRESSION_HEIGHT", UNSET
        )
        _allowed_file_extensions = src_dict.get("ALLOWED_FILE_EXTENSIONS", UNSET)
        allowed_file_extensions: list[str] | None | Unset
        if _allowed_file_extensions is None or isinstance(_allowed_file_extensions, Unset):
            allowed_file_extensions = _allowed_file_extensions
        else:
            if not isinstance(_allowed_file_extensions, list):
                raise TypeError(
                    f"ALLOWED_FILE_EXTENSIONS: unexpected {type(_allowed_file_extensions).__name__}"
                )
            allowed_file_extensions_type_0 = _allowed_file_extensions

            allowed_file_extensions = allowed_file_extensions_type_0

        obj.allowed_file_extensions = allowed_file_extensions
        obj.enable_google_drive_integration = enable_google_drive_integration = src_dict.get(
            "ENABLE_GOOGLE_DRIVE_INTEGRATION", UNSET
        )
        obj.enable_onedrive_integration = enable_onedrive_integration = src_dict.get(
            "ENABLE_ONEDRIVE_INTEGRATION", UNSET
        )
        _web = src_dict.get("web", UNSET)
        web: None | Unset | WebConfig
        if _web is None or isinstance(_web, Unset):
            web = _web
        else:
            if not isinstance(_web, dict):
                raise TypeError(f"web: unexpected {type(_web).__name__}")
            web_type_0 = WebConfig.from_dict(_web)

            web = web_type_0

        obj.web = web
        if (
            len(src_dict) == 66
            and rag_template is not UNSET
            and top_k is not UNSET
            and bypass_embedding_and_retrieval is not UNSET
            and rag_full_context is not UNSET
            and enable_rag_hybrid_search is not UNSET
            and enable_rag_hybrid_search_enriched_texts is not UNSET
            and top_k_reranker is not UNSET
            and relevance_threshold is not UNSET
            and hybrid_bm25_weight is not UNSET
            and content_extraction_engine is not UNSET
            and content_extraction_supported_media_mime_types is not UNSET
            and pdf_extract_images is not UNSET
            and pdf_loader_mode is not UNSET
            and datalab_marker_api_key is not UNSET
            and datalab_marker_api_base_url is not UNSET
            and datalab_marker_additional_config is not UNSET
            and datalab_marker_skip_cache is not UNSET
            and datalab_marker_force_ocr is not UNSET
            and datalab_marker_paginate is not UNSET
            and datalab_marker_strip_existing_ocr is not UNSET
            and datalab_marker_disable_image_extraction is not UNSET
            and datalab_marker_format_lines is not UNSET
            and datalab_marker_use_llm is not UNSET
            and datalab_marker_output_format is not UNSET
            and external_document_loader_url is not UNSET
            and external_document_loader_api_key is not UNSET
            and external_document_loader_headers is not UNSET
            and tika_server_url is not UNSET
            and tika_server_version is not UNSET
            and docling_server_url is not UNSET
            and docling_api_key is not UNSET
            and docling_params is not UNSET
            and document_intelligence_endpoint is not UNSET
            and document_intelligence_key is not UNSET
            and document_intelligence_model is not UNSET
            and mistral_ocr_api_base_url is not UNSET
            and mistral_ocr_api_key is not UNSET
            and mistral_ocr_use_base64 is not UNSET
            and paddleocr_vl_base_url is not UNSET
            and paddleocr_vl_token is not UNSET
            and mineru_api_mode is not UNSET
            and mineru_api_url is not UNSET
            and mineru_api_key is not UNSET
            and mineru_api_timeout is not UNSET
            and mineru_params is not UNSET
            and mineru_file_extensions is not UNSET
            and rag_reranking_model is not UNSET
            and rag_reranking_engine is not UNSET
            and rag_reranking_batch_size is not UNSET
            and rag_external_reranker_url is not UNSET
            and rag_external_reranker_api_key is not UNSET
            and rag_external_reranker_timeout is not UNSET
            and text_splitter is not UNSET
            and rag_tokenizer_model is not UNSET
            and enable_markdown_header_text_splitter is not UNSET
            and chunk_size is not UNSET
            and chunk_min_size_target is not UNSET
            and chunk_overlap is not UNSET
            and file_max_size is not UNSET
            and file_max_count is not UNSET
            and file_image_compression_width is not UNSET
            and file_image_compression_height is not UNSET
            and allowed_file_extensions is not UNSET
            and enable_google_drive_integration is not UNSET
            and enable_onedrive_integration is not UNSET
            and web is not UNSET
        ) or len(src_dict) == 0 + (rag_template is not UNSET) + (top_k is not UNSET) + (
            bypass_embedding_and_retrieval is not UNSET
        ) + (rag_full_context is not UNSET) + (enable_rag_hybrid_search is not UNSET) + (
            enable_rag_hybrid_search_enriched_texts is not UNSET
        ) + (top_k_reranker is not UNSET) + (relevance_threshold is not UNSET) + (
            hybrid_bm25_weight is not UNSET
        ) + (content_extraction_engine is not UNSET) + (
            content_extraction_supported_media_mime_types is not UNSET
        ) + (pdf_extract_images is not UNSET) + (pdf_loader_mode is not UNSET) + (
            datalab_marker_api_key is not UNSET
        ) + (datalab_marker_api_base_url is not UNSET) + (
            datalab_marker_additional_config is not UNSET
        ) + (datalab_marker_skip_cache is not UNSET) + (datalab_marker_force_ocr is not UNSET) + (
            datalab_marker_paginate is not UNSET
        ) + (datalab_marker_strip_existing_ocr is not UNSET) + (
            datalab_marker_disable_image_extraction is not UNSET
        ) + (datalab_marker_format_lines is not UNSET) + (datalab_marker_use_llm is not UNSET) + (
            datalab_marker_output_format is not UNSET
        ) + (external_document_loader_url is not UNSET) + (
            external_document_loader_api_key is not UNSET
        ) + (external_document_loader_headers is not UNSET) + (tika_server_url is not UNSET) + (
            tika_server_version is not UNSET
        ) + (docling_server_url is not UNSET) + (docling_api_key is not UNSET) + (
            docling_params is not UNSET
        ) + (document_intelligence_endpoint is not UNSET) + (
            document_intelligence_key is not UNSET
        ) + (document_intelligence_model is not UNSET) + (mistral_ocr_api_base_url is not UNSET) + (
            mistral_ocr_api_key is not UNSET
        ) + (mistral_ocr_use_base64 is not UNSET) + (paddleocr_vl_base_url is not UNSET) + (
            paddleocr_vl_token is not UNSET
        ) + (mineru_api_mode is not UNSET) + (mineru_api_url is not UNSET) + (
            mineru_api_key is not UNSET
        ) + (mineru_api_timeout is not UNSET) + (mineru_params is not UNSET) + (
            mineru_file_extensions is not UNSET
        ) + (rag_reranking_model is not UNSET) + (rag_reranking_engine is not UNSET) + (
            rag_reranking_batch_size is not UNSET
        ) + (rag_external_reranker_url is not UNSET) + (
            rag_external_reranker_api_key is not UNSET
        ) + (rag_external_reranker_timeout is not UNSET) + (text_splitter is not UNSET) + (
            rag_tokenizer_model is not UNSET
        ) + (enable_markdown_header_text_splitter is not UNSET) + (chunk_size is not UNSET) + (
            chunk_min_size_target is not UNSET
        ) + (chunk_overlap is not UNSET) + (file_max_size is not UNSET) + (
            file_max_count is not UNSET
        ) + (file_image_compression_width is not UNSET) + (
            file_image_compression_height is not UNSET
        ) + (allowed_file_extensions is not UNSET) + (
            enable_google_drive_integration is not UNSET
        ) + (enable_onedrive_integration is not UNSET) + (web is not UNSET):
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
from ..models.web_config import WebConfig
