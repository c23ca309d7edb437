from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        rag_template: None | str | Unset
        if isinstance(self.rag_template, Unset):
            rag_template = UNSET
        else:
            rag_template = self.rag_template

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        bypass_embedding_and_retrieval: bool | None | Unset
        if isinstance(self.bypass_embedding_and_retrieval, Unset):
            bypass_embedding_and_retrieval = UNSET
        else:
            bypass_embedding_and_retrieval = self.bypass_embedding_and_retrieval

        rag_full_context: bool | None | Unset
        if isinstance(self.rag_full_context, Unset):
            rag_full_context = UNSET
        else:
            rag_full_context = self.rag_full_context

        enable_rag_hybrid_search: bool | None | Unset
        if isinstance(self.enable_rag_hybrid_search, Unset):
            enable_rag_hybrid_search = UNSET
        else:
            enable_rag_hybrid_search = self.enable_rag_hybrid_search

        enable_rag_hybrid_search_enriched_texts: bool | None | Unset
        if isinstance(self.enable_rag_hybrid_search_enriched_texts, Unset):
            enable_rag_hybrid_search_enriched_texts = UNSET
        else:
            enable_rag_hybrid_search_enriched_texts = self.enable_rag_hybrid_search_enriched_texts

        top_k_reranker: int | None | Unset
        if isinstance(self.top_k_reranker, Unset):
            top_k_reranker = UNSET
        else:
            top_k_reranker = self.top_k_reranker

        relevance_threshold: float | None | Unset
        if isinstance(self.relevance_threshold, Unset):
            relevance_threshold = UNSET
        else:
            relevance_threshold = self.relevance_threshold

        hybrid_bm25_weight: float | None | Unset
        if isinstance(self.hybrid_bm25_weight, Unset):
            hybrid_bm25_weight = UNSET
        else:
            hybrid_bm25_weight = self.hybrid_bm25_weight

        content_extraction_engine: None | str | Unset
        if isinstance(self.content_extraction_engine, Unset):
            content_extraction_engine = UNSET
        else:
            content_extraction_engine = self.content_extraction_engine

        content_extraction_supported_media_mime_types: list[str] | None | Unset
        if isinstance(self.content_extraction_supported_media_mime_types, Unset):
            content_extraction_supported_media_mime_types = UNSET
        elif isinstance(self.content_extraction_supported_media_mime_types, list):
            content_extraction_supported_media_mime_types = (
                self.content_extraction_supported_media_mime_types
            )

        else:
            content_extraction_supported_media_mime_types = (
                self.content_extraction_supported_media_mime_types
            )

        pdf_extract_images: bool | None | Unset
        if isinstance(self.pdf_extract_images, Unset):
            pdf_extract_images = UNSET
        else:
            pdf_extract_images = self.pdf_extract_images

        pdf_loader_mode: None | str | Unset
        if isinstance(self.pdf_loader_mode, Unset):
            pdf_loader_mode = UNSET
        else:
            pdf_loader_mode = self.pdf_loader_mode

        datalab_marker_api_key: None | str | Unset
        if isinstance(self.datalab_marker_api_key, Unset):
            datalab_marker_api_key = UNSET
        else:
            datalab_marker_api_key = self.datalab_marker_api_key

        datalab_marker_api_base_url: None | str | Unset
        if isinstance(self.datalab_marker_api_base_url, Unset):
            datalab_marker_api_base_url = UNSET
        else:
            datalab_marker_api_base_url = self.datalab_marker_api_base_url

        datalab_marker_additional_config: None | str | Unset
        if isinstance(self.datalab_marker_additional_config, Unset):
            datalab_marker_additional_config = UNSET
        else:
            datalab_marker_additional_config = self.datalab_marker_additional_config

        datalab_marker_skip_cache: bool | None | Unset
        if isinstance(self.datalab_marker_skip_cache, Unset):
            datalab_marker_skip_cache = UNSET
        else:
            datalab_marker_skip_cache = self.datalab_marker_skip_cache

        datalab_marker_force_ocr: bool | None | Unset
        if isinstance(self.datalab_marker_force_ocr, Unset):
            datalab_marker_force_ocr = UNSET
        else:
            datalab_marker_force_ocr = self.datalab_marker_force_ocr

        datalab_marker_paginate: bool | None | Unset
        if isinstance(self.datalab_marker_paginate, Unset):
            datalab_marker_paginate = UNSET
        else:
            datalab_marker_paginate = self.datalab_marker_paginate

        datalab_marker_strip_existing_ocr: bool | None | Unset
        if isinstance(self.datalab_marker_strip_existing_ocr, Unset):
            datalab_marker_strip_existing_ocr = UNSET
        else:
            datalab_marker_strip_existing_ocr = self.datalab_marker_strip_existing_ocr

        datalab_marker_disable_image_extraction: bool | None | Unset
        if isinstance(self.datalab_marker_disable_image_extraction, Unset):
            datalab_marker_disable_image_extraction = UNSET
        else:
            datalab_marker_disable_image_extraction = self.datalab_marker_disable_image_extraction

        datalab_marker_format_lines: bool | None | Unset
        if isinstance(self.datalab_marker_format_lines, Unset):
            datalab_marker_format_lines = UNSET
        else:
            datalab_marker_format_lines = self.datalab_marker_format_lines

        datalab_marker_use_llm: bool | None | Unset
        if isinstance(self.datalab_marker_use_llm, Unset):
            datalab_marker_use_llm = UNSET
        else:
            datalab_marker_use_llm = self.datalab_marker_use_llm

        datalab_marker_output_format: None | str | Unset
        if isinstance(self.datalab_marker_output_format, Unset):
            datalab_marker_output_format = UNSET
        else:
            datalab_marker_output_format = self.datalab_marker_output_format

        external_document_loader_url: None | str | Unset
        if isinstance(self.external_document_loader_url, Unset):
            external_document_loader_url = UNSET
        else:
            external_document_loader_url = self.external_document_loader_url

        external_document_loader_api_key: None | str | Unset
        if isinstance(self.external_document_loader_api_key, Unset):
            external_document_loader_api_key = UNSET
        else:
            external_document_loader_api_key = self.external_document_loader_api_key

        external_document_loader_headers: dict[str, Any] | None | Unset
        if isinstance(self.external_document_loader_headers, Unset):
            external_document_loader_headers = UNSET
        else:
            external_document_loader_headers = self.external_document_loader_headers

        tika_server_url: None | str | Unset
        if isinstance(self.tika_server_url, Unset):
            tika_server_url = UNSET
        else:
            tika_server_url = self.tika_server_url

        tika_server_version: None | str | Unset
        if isinstance(self.tika_server_version, Unset):
            tika_server_version = UNSET
        else:
            tika_server_version = self.tika_server_version

        docling_server_url: None | str | Unset
        if isinstance(self.docling_server_url, Unset):
            docling_server_url = UNSET
        else:
            docling_server_url = self.docling_server_url

        docling_api_key: None | str | Unset
        if isinstance(self.docling_api_key, Unset):
            docling_api_key = UNSET
        else:
            docling_api_key = self.docling_api_key

        docling_params: dict[str, Any] | None | Unset
        if isinstance(self.docling_params, Unset):
            docling_params = UNSET
        else:
            docling_params = self.docling_params

        document_intelligence_endpoint: None | str | Unset
        if isinstance(self.document_intelligence_endpoint, Unset):
            document_intelligence_endpoint = UNSET
        else:
            document_intelligence_endpoint = self.document_intelligence_endpoint

        document_intelligence_key: None | str | Unset
        if isinstance(self.document_intelligence_key, Unset):
            document_intelligence_key = UNSET
        else:
            document_intelligence_key = self.document_intelligence_key

        document_intelligence_model: None | str | Unset
        if isinstance(self.document_intelligence_model, Unset):
            document_intelligence_model = UNSET
        else:
            document_intelligence_model = self.document_intelligence_model

        mistral_ocr_api_base_url: None | str | Unset
        if isinstance(self.mistral_ocr_api_base_url, Unset):
            mistral_ocr_api_base_url = UNSET
        else:
            mistral_ocr_api_base_url = self.mistral_ocr_api_base_url

        mistral_ocr_api_key: None | str | Unset
        if isinstance(self.mistral_ocr_api_key, Unset):
            mistral_ocr_api_key = UNSET
        else:
            mistral_ocr_api_key = self.mistral_ocr_api_key

        mistral_ocr_use_base64: bool | None | Unset
        if isinstance(self.mistral_ocr_use_base64, Unset):
            mistral_ocr_use_base64 = UNSET
        else:
            mistral_ocr_use_base64 = self.mistral_ocr_use_base64

        paddleocr_vl_base_url: None | str | Unset
        if isinstance(self.paddleocr_vl_base_url, Unset):
            paddleocr_vl_base_url = UNSET
        else:
            paddleocr_vl_base_url = self.paddleocr_vl_base_url

        paddleocr_vl_token: None | str | Unset
        if isinstance(self.paddleocr_vl_token, Unset):
            paddleocr_vl_token = UNSET
        else:
            paddleocr_vl_token = self.paddleocr_vl_token

        mineru_api_mode: None | str | Unset
        if isinstance(self.mineru_api_mode, Unset):
            mineru_api_mode = UNSET
        else:
            mineru_api_mode = self.mineru_api_mode

        mineru_api_url: None | str | Unset
        if isinstance(self.mineru_api_url, Unset):
            mineru_api_url = UNSET
        else:
            mineru_api_url = self.mineru_api_url

        mineru_api_key: None | str | Unset
        if isinstance(self.mineru_api_key, Unset):
            mineru_api_key = UNSET
        else:
            mineru_api_key = self.mineru_api_key

        mineru_api_timeout: int | None | Unset
        if isinstance(self.mineru_api_timeout, Unset):
            mineru_api_timeout = UNSET
        else:
            mineru_api_timeout = self.mineru_api_timeout

        mineru_params: dict[str, Any] | None | Unset
        if isinstance(self.mineru_params, Unset):
            mineru_params = UNSET
        else:
            mineru_params = self.mineru_params

        mineru_file_extensions: list[str] | None | Unset
        if isinstance(self.mineru_file_extensions, Unset):
            mineru_file_extensions = UNSET
        elif isinstance(self.mineru_file_extensions, list):
            mineru_file_extensions = self.mineru_file_extensions

        else:
            mineru_file_extensions = self.mineru_file_extensions

        rag_reranking_model: None | str | Unset
        if isinstance(self.rag_reranking_model, Unset):
            rag_reranking_model = UNSET
        else:
            rag_reranking_model = self.rag_reranking_model

        rag_reranking_engine: None | str | Unset
        if isinstance(self.rag_reranking_engine, Unset):
            rag_reranking_engine = UNSET
        else:
            rag_reranking_engine = self.rag_reranking_engine

        rag_reranking_batch_size: int | None | Unset
        if isinstance(self.rag_reranking_batch_size, Unset):
            rag_reranking_batch_size = UNSET
        else:
            rag_reranking_batch_size = self.rag_reranking_batch_size

        rag_external_reranker_url: None | str | Unset
        if isinstance(self.rag_external_reranker_url, Unset):
            rag_external_reranker_url = UNSET
        else:
            rag_external_reranker_url = self.rag_external_reranker_url

        rag_external_reranker_api_key: None | str | Unset
        if isinstance(self.rag_external_reranker_api_key, Unset):
            rag_external_reranker_api_key = UNSET
        else:
            rag_external_reranker_api_key = self.rag_external_reranker_api_key

        rag_external_reranker_timeout: None | str | Unset
        if isinstance(self.rag_external_reranker_timeout, Unset):
            rag_external_reranker_timeout = UNSET
        else:
            rag_external_reranker_timeout = self.rag_external_reranker_timeout

        text_splitter: None | str | Unset
        if isinstance(self.text_splitter, Unset):
            text_splitter = UNSET
        else:
            text_splitter = self.text_splitter

        rag_tokenizer_model: None | str | Unset
        if isinstance(self.rag_tokenizer_model, Unset):
            rag_tokenizer_model = UNSET
        else:
            rag_tokenizer_model = self.rag_tokenizer_model

        enable_markdown_header_text_splitter: bool | None | Unset
        if isinstance(self.enable_markdown_header_text_splitter, Unset):
            enable_markdown_header_text_splitter = UNSET
        else:
            enable_markdown_header_text_splitter = self.enable_markdown_header_text_splitter

        chunk_size: int | None | Unset
        if isinstance(self.chunk_size, Unset):
            chunk_size = UNSET
        else:
            chunk_size = self.chunk_size

        chunk_min_size_target: int | None | Unset
        if isinstance(self.chunk_min_size_target, Unset):
            chunk_min_size_target = UNSET
        else:
            chunk_min_size_target = self.chunk_min_size_target

        chunk_overlap: int | None | Unset
        if isinstance(self.chunk_overlap, Unset):
            chunk_overlap = UNSET
        else:
            chunk_overlap = self.chunk_overlap

        file_max_size: int | None | str | Unset
        if isinstance(self.file_max_size, Unset):
            file_max_size = UNSET
        else:
            file_max_size = self.file_max_size

        file_max_count: int | None | str | Unset
        if isinstance(self.file_max_count, Unset):
            file_max_count = UNSET
        else:
            file_max_count = self.file_max_count

        file_image_compression_width: int | None | str | Unset
        if isinstance(self.file_image_compression_width, Unset):
            file_image_compression_width = UNSET
        else:
            file_image_compression_width = self.file_image_compression_width

        file_image_compression_height: int | None | str | Unset
        if isinstance(self.file_image_compression_height, Unset):
            file_image_compression_height = UNSET
        else:
            file_image_compression_height = self.file_image_compression_height

        allowed_file_extensions: list[str] | None | Unset
        if isinstance(self.allowed_file_extensions, Unset):
            allowed_file_extensions = UNSET
        elif isinstance(self.allowed_file_extensions, list):
            allowed_file_extensions = self.allowed_file_extensions

        else:
            allowed_file_extensions = self.allowed_file_extensions

        enable_google_drive_integration: bool | None | Unset
        if isinstance(self.enable_google_drive_integration, Unset):
            enable_google_drive_integration = UNSET
        else:
            enable_google_drive_integration = self.enable_google_drive_integration

        enable_onedrive_integration: bool | None | Unset
        if isinstance(self.enable_onedrive_integration, Unset):
            enable_onedrive_integration = UNSET
        else:
            enable_onedrive_integration = self.enable_onedrive_integration

        web: dict[str, Any] | None | Unset
        if isinstance(self.web, Unset):
            web = UNSET
        elif isinstance(self.web, WebConfig):
            web = self.web.to_dict()
        else:
            web = self.web

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if rag_template is not UNSET:
            field_dict["RAG_TEMPLATE"] = rag_template
        if top_k is not UNSET:
            field_dict["TOP_K"] = top_k
        if bypass_embedding_and_retrieval is not UNSET:
            field_dict["BYPASS_EMBEDDING_AND_RETRIEVAL"] = bypass_embedding_and_retrieval
        if rag_full_context is not UNSET:
            field_dict["RAG_FULL_CONTEXT"] = rag_full_context
        if enable_rag_hybrid_search is not UNSET:
            field_dict["ENABLE_RAG_HYBRID_SEARCH"] = enable_rag_hybrid_search
        if enable_rag_hybrid_search_enriched_texts is not UNSET:
            field_dict["ENABLE_RAG_HYBRID_SEARCH_ENRICHED_TEXTS"] = (
                enable_rag_hybrid_search_enriched_texts
            )
        if top_k_reranker is not UNSET:
            field_dict["TOP_K_RERANKER"] = top_k_reranker
        if relevance_threshold is not UNSET:
            field_dict["RELEVANCE_THRESHOLD"] = relevance_threshold
        if hybrid_bm25_weight is not UNSET:
            field_dict["HYBRID_BM25_WEIGHT"] = hybrid_bm25_weight
        if content_extraction_engine is not UNSET:
            field_dict["CONTENT_EXTRACTION_ENGINE"] = content_extraction_engine
        if content_extraction_supported_media_mime_types is not UNSET:
            field_dict["CONTENT_EXTRACTION_SUPPORTED_MEDIA_MIME_TYPES"] = (
                content_extraction_supported_media_mime_types
            )
        if pdf_extract_images is not UNSET:
            field_dict["PDF_EXTRACT_IMAGES"] = pdf_extract_images
        if pdf_loader_mode is not UNSET:
            field_dict["PDF_LOADER_MODE"] = pdf_loader_mode
        if datalab_marker_api_key is not UNSET:
            field_dict["DATALAB_MARKER_API_KEY"] = datalab_marker_api_key
        if datalab_marker_api_base_url is not UNSET:
            field_dict["DATALAB_MARKER_API_BASE_URL"] = datalab_marker_api_base_url
        if datalab_marker_additional_config is not UNSET:
            field_dict["DATALAB_MARKER_ADDITIONAL_CONFIG"] = datalab_marker_additional_config
        if datalab_marker_skip_cache is not UNSET:
            field_dict["DATALAB_MARKER_SKIP_CACHE"] = datalab_marker_skip_cache
        if datalab_marker_force_ocr is not UNSET:
            field_dict["DATALAB_MARKER_FORCE_OCR"] = datalab_marker_force_ocr
        if datalab_marker_paginate is not UNSET:
            field_dict["DATALAB_MARKER_PAGINATE"] = datalab_marker_paginate
        if datalab_marker_strip_existing_ocr is not UNSET:
            field_dict["DATALAB_MARKER_STRIP_EXISTING_OCR"] = datalab_marker_strip_existing_ocr
        if datalab_marker_disable_image_extraction is not UNSET:
            field_dict["DATALAB_MARKER_DISABLE_IMAGE_EXTRACTION"] = (
                datalab_marker_disable_image_extraction
            )
        if datalab_marker_format_lines is not UNSET:
            field_dict["DATALAB_MARKER_FORMAT_LINES"] = datalab_marker_format_lines
        if datalab_marker_use_llm is not UNSET:
            field_dict["DATALAB_MARKER_USE_LLM"] = datalab_marker_use_llm
        if datalab_marker_output_format is not UNSET:
            field_dict["DATALAB_MARKER_OUTPUT_FORMAT"] = datalab_marker_output_format
        if external_document_loader_url is not UNSET:
            field_dict["EXTERNAL_DOCUMENT_LOADER_URL"] = external_document_loader_url
        if external_document_loader_api_key is not UNSET:
            field_dict["EXTERNAL_DOCUMENT_LOADER_API_KEY"] = external_document_loader_api_key
        if external_document_loader_headers is not UNSET:
            field_dict["EXTERNAL_DOCUMENT_LOADER_HEADERS"] = external_document_loader_headers
        if tika_server_url is not UNSET:
            field_dict["TIKA_SERVER_URL"] = tika_server_url
        if tika_server_version is not UNSET:
            field_dict["TIKA_SERVER_VERSION"] = tika_server_version
        if docling_server_url is not UNSET:
            field_dict["DOCLING_SERVER_URL"] = docling_server_url
        if docling_api_key is not UNSET:
            field_dict["DOCLING_API_KEY"] = docling_api_key
        if docling_params is not UNSET:
            field_dict["DOCLING_PARAMS"] = docling_params
        if document_intelligence_endpoint is not UNSET:
            field_dict["DOCUMENT_INTELLIGENCE_ENDPOINT"] = document_intelligence_endpoint
        if document_intelligence_key is not UNSET:
            field_dict["DOCUMENT_INTELLIGENCE_KEY"] = document_intelligence_key
        if document_intelligence_model is not UNSET:
            field_dict["DOCUMENT_INTELLIGENCE_MODEL"] = document_intelligence_model
        if mistral_ocr_api_base_url is not UNSET:
            field_dict["MISTRAL_OCR_API_BASE_URL"] = mistral_ocr_api_base_url
        if mistral_ocr_api_key is not UNSET:
            field_dict["MISTRAL_OCR_API_KEY"] = mistral_ocr_api_key
        if mistral_ocr_use_base64 is not UNSET:
            field_dict["MISTRAL_OCR_USE_BASE64"] = mistral_ocr_use_base64
        if paddleocr_vl_base_url is not UNSET:
            field_dict["PADDLEOCR_VL_BASE_URL"] = paddleocr_vl_base_url
        if paddleocr_vl_token is not UNSET:
            field_dict["PADDLEOCR_VL_TOKEN"] = paddleocr_vl_token
        if mineru_api_mode is not UNSET:
            field_dict["MINERU_API_MODE"] = mineru_api_mode
        if mineru_api_url is not UNSET:
            field_dict["MINERU_API_URL"] = mineru_api_url
        if mineru_api_key is not UNSET:
            field_dict["MINERU_API_KEY"] = mineru_api_key
        if mineru_api_timeout is not UNSET:
            field_dict["MINERU_API_TIMEOUT"] = mineru_api_timeout
        if mineru_params is not UNSET:
            field_dict["MINERU_PARAMS"] = mineru_params
        if mineru_file_extensions is not UNSET:
            field_dict["MINERU_FILE_EXTENSIONS"] = mineru_file_extensions
        if rag_reranking_model is not UNSET:
            field_dict["RAG_RERANKING_MODEL"] = rag_reranking_model
        if rag_reranking_engine is not UNSET:
            field_dict["RAG_RERANKING_ENGINE"] = rag_reranking_engine
        if rag_reranking_batch_size is not UNSET:
            field_dict["RAG_RERANKING_BATCH_SIZE"] = rag_reranking_batch_size
        if rag_external_reranker_url is not UNSET:
            field_dict["RAG_EXTERNAL_RERANKER_URL"] = rag_external_reranker_url
        if rag_external_reranker_api_key is not UNSET:
            field_dict["RAG_EXTERNAL_RERANKER_API_KEY"] = rag_external_reranker_api_key
        if rag_external_reranker_timeout is not UNSET:
            field_dict["RAG_EXTERNAL_RERANKER_TIMEOUT"] = rag_external_reranker_timeout
        if text_splitter is not UNSET:
            field_dict["TEXT_SPLITTER"] = text_splitter
        if rag_tokenizer_model is not UNSET:
            field_dict["RAG_TOKENIZER_MODEL"] = rag_tokenizer_model
        if enable_markdown_header_text_splitter is not UNSET:
            field_dict["ENABLE_MARKDOWN_HEADER_TEXT_SPLITTER"] = (
                enable_markdown_header_text_splitter
            )
        if chunk_size is not UNSET:
            field_dict["CHUNK_SIZE"] = chunk_size
        if chunk_min_size_target is not UNSET:
            field_dict["CHUNK_MIN_SIZE_TARGET"] = chunk_min_size_target
        if chunk_overlap is not UNSET:
            field_dict["CHUNK_OVERLAP"] = chunk_overlap
        if file_max_size is not UNSET:
            field_dict["FILE_MAX_SIZE"] = file_max_size
        if file_max_count is not UNSET:
            field_dict["FILE_MAX_COUNT"] = file_max_count
        if file_image_compression_width is not UNSET:
            field_dict["FILE_IMAGE_COMPRESSION_WIDTH"] = file_image_compression_width
        if file_image_compression_height is not UNSET:
            field_dict["FILE_IMAGE_COMPRESSION_HEIGHT"] = file_image_compression_height
        if allowed_file_extensions is not UNSET:
            field_dict["ALLOWED_FILE_EXTENSIONS"] = allowed_file_extensions
        if enable_google_drive_integration is not UNSET:
            field_dict["ENABLE_GOOGLE_DRIVE_INTEGRATION"] = enable_google_drive_integration
        if enable_onedrive_integration is not UNSET:
            field_dict["ENABLE_ONEDRIVE_INTEGRATION"] = enable_onedrive_integration
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
        rag_template = src_dict.get("RAG_TEMPLATE", UNSET)

        top_k = src_dict.get("TOP_K", UNSET)

        bypass_embedding_and_retrieval = src_dict.get("BYPASS_EMBEDDING_AND_RETRIEVAL", UNSET)

        rag_full_context = src_dict.get("RAG_FULL_CONTEXT", UNSET)

        enable_rag_hybrid_search = src_dict.get("ENABLE_RAG_HYBRID_SEARCH", UNSET)

        enable_rag_hybrid_search_enriched_texts = src_dict.get(
            "ENABLE_RAG_HYBRID_SEARCH_ENRICHED_TEXTS", UNSET
        )

        top_k_reranker = src_dict.get("TOP_K_RERANKER", UNSET)

        relevance_threshold = src_dict.get("RELEVANCE_THRESHOLD", UNSET)

        hybrid_bm25_weight = src_dict.get("HYBRID_BM25_WEIGHT", UNSET)

        content_extraction_engine = src_dict.get("CONTENT_EXTRACTION_ENGINE", UNSET)

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

        pdf_extract_images = src_dict.get("PDF_EXTRACT_IMAGES", UNSET)

        pdf_loader_mode = src_dict.get("PDF_LOADER_MODE", UNSET)

        datalab_marker_api_key = src_dict.get("DATALAB_MARKER_API_KEY", UNSET)

        datalab_marker_api_base_url = src_dict.get("DATALAB_MARKER_API_BASE_URL", UNSET)

        datalab_marker_additional_config = src_dict.get("DATALAB_MARKER_ADDITIONAL_CONFIG", UNSET)

        datalab_marker_skip_cache = src_dict.get("DATALAB_MARKER_SKIP_CACHE", UNSET)

        datalab_marker_force_ocr = src_dict.get("DATALAB_MARKER_FORCE_OCR", UNSET)

        datalab_marker_paginate = src_dict.get("DATALAB_MARKER_PAGINATE", UNSET)

        datalab_marker_strip_existing_ocr = src_dict.get("DATALAB_MARKER_STRIP_EXISTING_OCR", UNSET)

        datalab_marker_disable_image_extraction = src_dict.get(
            "DATALAB_MARKER_DISABLE_IMAGE_EXTRACTION", UNSET
        )

        datalab_marker_format_lines = src_dict.get("DATALAB_MARKER_FORMAT_LINES", UNSET)

        datalab_marker_use_llm = src_dict.get("DATALAB_MARKER_USE_LLM", UNSET)

        datalab_marker_output_format = src_dict.get("DATALAB_MARKER_OUTPUT_FORMAT", UNSET)

        external_document_loader_url = src_dict.get("EXTERNAL_DOCUMENT_LOADER_URL", UNSET)

        external_document_loader_api_key = src_dict.get("EXTERNAL_DOCUMENT_LOADER_API_KEY", UNSET)

        external_document_loader_headers = src_dict.get("EXTERNAL_DOCUMENT_LOADER_HEADERS", UNSET)

        tika_server_url = src_dict.get("TIKA_SERVER_URL", UNSET)

        tika_server_version = src_dict.get("TIKA_SERVER_VERSION", UNSET)

        docling_server_url = src_dict.get("DOCLING_SERVER_URL", UNSET)

        docling_api_key = src_dict.get("DOCLING_API_KEY", UNSET)

        docling_params = src_dict.get("DOCLING_PARAMS", UNSET)

        document_intelligence_endpoint = src_dict.get("DOCUMENT_INTELLIGENCE_ENDPOINT", UNSET)

        document_intelligence_key = src_dict.get("DOCUMENT_INTELLIGENCE_KEY", UNSET)

        document_intelligence_model = src_dict.get("DOCUMENT_INTELLIGENCE_MODEL", UNSET)

        mistral_ocr_api_base_url = src_dict.get("MISTRAL_OCR_API_BASE_URL", UNSET)

        mistral_ocr_api_key = src_dict.get("MISTRAL_OCR_API_KEY", UNSET)

        mistral_ocr_use_base64 = src_dict.get("MISTRAL_OCR_USE_BASE64", UNSET)

        paddleocr_vl_base_url = src_dict.get("PADDLEOCR_VL_BASE_URL", UNSET)

        paddleocr_vl_token = src_dict.get("PADDLEOCR_VL_TOKEN", UNSET)

        mineru_api_mode = src_dict.get("MINERU_API_MODE", UNSET)

        mineru_api_url = src_dict.get("MINERU_API_URL", UNSET)

        mineru_api_key = src_dict.get("MINERU_API_KEY", UNSET)

        mineru_api_timeout = src_dict.get("MINERU_API_TIMEOUT", UNSET)

        mineru_params = src_dict.get("MINERU_PARAMS", UNSET)

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

        rag_reranking_model = src_dict.get("RAG_RERANKING_MODEL", UNSET)

        rag_reranking_engine = src_dict.get("RAG_RERANKING_ENGINE", UNSET)

        rag_reranking_batch_size = src_dict.get("RAG_RERANKING_BATCH_SIZE", UNSET)

        rag_external_reranker_url = src_dict.get("RAG_EXTERNAL_RERANKER_URL", UNSET)

        rag_external_reranker_api_key = src_dict.get("RAG_EXTERNAL_RERANKER_API_KEY", UNSET)

        rag_external_reranker_timeout = src_dict.get("RAG_EXTERNAL_RERANKER_TIMEOUT", UNSET)

        text_splitter = src_dict.get("TEXT_SPLITTER", UNSET)

        rag_tokenizer_model = src_dict.get("RAG_TOKENIZER_MODEL", UNSET)

        enable_markdown_header_text_splitter = src_dict.get(
            "ENABLE_MARKDOWN_HEADER_TEXT_SPLITTER", UNSET
        )

        chunk_size = src_dict.get("CHUNK_SIZE", UNSET)

        chunk_min_size_target = src_dict.get("CHUNK_MIN_SIZE_TARGET", UNSET)

        chunk_overlap = src_dict.get("CHUNK_OVERLAP", UNSET)

        file_max_size = src_dict.get("FILE_MAX_SIZE", UNSET)

        file_max_count = src_dict.get("FILE_MAX_COUNT", UNSET)

        file_image_compression_width = src_dict.get("FILE_IMAGE_COMPRESSION_WIDTH", UNSET)

        file_image_compression_height = src_dict.get("FILE_IMAGE_COMPRESSION_HEIGHT", UNSET)

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

        enable_google_drive_integration = src_dict.get("ENABLE_GOOGLE_DRIVE_INTEGRATION", UNSET)

        enable_onedrive_integration = src_dict.get("ENABLE_ONEDRIVE_INTEGRATION", UNSET)

        _web = src_dict.get("web", UNSET)
        web: None | Unset | WebConfig
        if _web is None or isinstance(_web, Unset):
            web = _web
        else:
            if not isinstance(_web, dict):
                raise TypeError(f"web: unexpected {type(_web).__name__}")
            web_type_0 = WebConfig.from_dict(_web)

            web = web_type_0

        obj = cls(
            rag_template,
            top_k,
            bypass_embedding_and_retrieval,
            rag_full_context,
            enable_rag_hybrid_search,
            enable_rag_hybrid_search_enriched_texts,
            top_k_reranker,
            relevance_threshold,
            hybrid_bm25_weight,
            content_extraction_engine,
            content_extraction_supported_media_mime_types,
            pdf_extract_images,
            pdf_loader_mode,
            datalab_marker_api_key,
            datalab_marker_api_base_url,
            datalab_marker_additional_config,
            datalab_marker_skip_cache,
            datalab_marker_force_ocr,
            datalab_marker_paginate,
            datalab_marker_strip_existing_ocr,
            datalab_marker_disable_image_extraction,
            datalab_marker_format_lines,
            datalab_marker_use_llm,
            datalab_marker_output_format,
            external_document_loader_url,
            external_document_loader_api_key,
            external_document_loader_headers,
            tika_server_url,
            tika_server_version,
            docling_server_url,
            docling_api_key,
            docling_params,
            document_intelligence_endpoint,
            document_intelligence_key,
            document_intelligence_model,
            mistral_ocr_api_base_url,
            mistral_ocr_api_key,
            mistral_ocr_use_base64,
            paddleocr_vl_base_url,
            paddleocr_vl_token,
            mineru_api_mode,
            mineru_api_url,
            mineru_api_key,
            mineru_api_timeout,
            mineru_params,
            mineru_file_extensions,
            rag_reranking_model,
            rag_reranking_engine,
            rag_reranking_batch_size,
            rag_external_reranker_url,
            rag_external_reranker_api_key,
            rag_external_reranker_timeout,
            text_splitter,
            rag_tokenizer_model,
            enable_markdown_header_text_splitter,
            chunk_size,
            chunk_min_size_target,
            chunk_overlap,
            file_max_size,
            file_max_count,
            file_image_compression_width,
            file_image_compression_height,
            allowed_file_extensions,
            enable_google_drive_integration,
            enable_onedrive_integration,
            web,
        )
        if len(src_dict) != 0 + (rag_template is not UNSET) + (top_k is not UNSET) + (
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
