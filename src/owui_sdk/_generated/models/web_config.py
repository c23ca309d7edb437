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
        "ENABLE_WEB_SEARCH",
        "ENABLE_WEB_SEARCH_CONFIRMATION",
        "WEB_SEARCH_CONFIRMATION_CONTENT",
        "WEB_SEARCH_ENGINE",
        "WEB_SEARCH_TRUST_ENV",
        "WEB_SEARCH_RESULT_COUNT",
        "WEB_SEARCH_CONCURRENT_REQUESTS",
        "WEB_SEARCH_DOMAIN_FILTER_LIST",
        "WEB_FETCH_MAX_CONTENT_LENGTH",
        "WEB_LOADER_CONCURRENT_REQUESTS",
        "BYPASS_WEB_SEARCH_EMBEDDING_AND_RETRIEVAL",
        "BYPASS_WEB_SEARCH_WEB_LOADER",
        "OLLAMA_CLOUD_WEB_SEARCH_API_KEY",
        "SEARXNG_QUERY_URL",
        "SEARXNG_LANGUAGE",
        "OPENSERP_BASE_URL",
        "YACY_QUERY_URL",
        "YACY_USERNAME",
        "YACY_PASSWORD",
        "GOOGLE_PSE_API_KEY",
        "GOOGLE_PSE_ENGINE_ID",
        "BRAVE_SEARCH_API_KEY",
        "BRAVE_SEARCH_CONTEXT_TOKENS",
        "KAGI_SEARCH_API_KEY",
        "MOJEEK_SEARCH_API_KEY",
        "BOCHA_SEARCH_API_KEY",
        "SERPSTACK_API_KEY",
        "SERPSTACK_HTTPS",
        "SERPER_API_KEY",
        "SERPHOUSE_API_KEY",
        "SERPHOUSE_DOMAIN",
        "SERPLY_API_KEY",
        "DDGS_BACKEND",
        "TAVILY_API_KEY",
        "STAAN_API_KEY",
        "STAAN_MARKET",
        "STAAN_MAX_SNIPPETS",
        "SEARCHAPI_API_KEY",
        "SEARCHAPI_ENGINE",
        "SERPAPI_API_KEY",
        "SERPAPI_ENGINE",
        "JINA_API_KEY",
        "JINA_API_BASE_URL",
        "BING_SEARCH_V7_ENDPOINT",
        "BING_SEARCH_V7_SUBSCRIPTION_KEY",
        "EXA_API_KEY",
        "EXA_MAX_CONTENT_LENGTH",
        "PERPLEXITY_API_KEY",
        "PERPLEXITY_MODEL",
        "PERPLEXITY_SEARCH_CONTEXT_USAGE",
        "PERPLEXITY_SEARCH_API_URL",
        "MICROSOFT_WEB_IQ_API_BASE_URL",
        "MICROSOFT_WEB_IQ_API_KEY",
        "MICROSOFT_WEB_IQ_LANGUAGE",
        "SOUGOU_API_SID",
        "SOUGOU_API_SK",
        "WEB_LOADER_ENGINE",
        "WEB_LOADER_TIMEOUT",
        "ENABLE_WEB_LOADER_SSL_VERIFICATION",
        "PLAYWRIGHT_WS_URL",
        "PLAYWRIGHT_TIMEOUT",
        "FIRECRAWL_API_KEY",
        "FIRECRAWL_API_BASE_URL",
        "FIRECRAWL_TIMEOUT",
        "TAVILY_EXTRACT_DEPTH",
        "TAVILY_SEARCH_DEPTH",
        "EXTERNAL_WEB_SEARCH_URL",
        "EXTERNAL_WEB_SEARCH_API_KEY",
        "EXTERNAL_WEB_LOADER_URL",
        "EXTERNAL_WEB_LOADER_API_KEY",
        "YOUTUBE_LOADER_LANGUAGE",
        "YOUTUBE_LOADER_PROXY_URL",
        "YOUTUBE_LOADER_TRANSLATION",
        "YANDEX_WEB_SEARCH_URL",
        "YANDEX_WEB_SEARCH_API_KEY",
        "YANDEX_WEB_SEARCH_CONFIG",
        "YOUCOM_API_KEY",
        "LINKUP_API_KEY",
        "LINKUP_SEARCH_PARAMS",
    }
)


@_attrs_define
class WebConfig:
    enable_web_search: bool | None | Unset = UNSET
    enable_web_search_confirmation: bool | None | Unset = UNSET
    web_search_confirmation_content: None | str | Unset = UNSET
    web_search_engine: None | str | Unset = UNSET
    web_search_trust_env: bool | None | Unset = UNSET
    web_search_result_count: int | None | Unset = UNSET
    web_search_concurrent_requests: int | None | Unset = UNSET
    web_search_domain_filter_list: list[str] | None | Unset = UNSET
    web_fetch_max_content_length: int | None | Unset = UNSET
    web_loader_concurrent_requests: int | None | Unset = UNSET
    bypass_web_search_embedding_and_retrieval: bool | None | Unset = UNSET
    bypass_web_search_web_loader: bool | None | Unset = UNSET
    ollama_cloud_web_search_api_key: None | str | Unset = UNSET
    searxng_query_url: None | str | Unset = UNSET
    searxng_language: None | str | Unset = UNSET
    openserp_base_url: None | str | Unset = UNSET
    yacy_query_url: None | str | Unset = UNSET
    yacy_username: None | str | Unset = UNSET
    yacy_password: None | str | Unset = UNSET
    google_pse_api_key: None | str | Unset = UNSET
    google_pse_engine_id: None | str | Unset = UNSET
    brave_search_api_key: None | str | Unset = UNSET
    brave_search_context_tokens: int | None | Unset = UNSET
    kagi_search_api_key: None | str | Unset = UNSET
    mojeek_search_api_key: None | str | Unset = UNSET
    bocha_search_api_key: None | str | Unset = UNSET
    serpstack_api_key: None | str | Unset = UNSET
    serpstack_https: bool | None | Unset = UNSET
    serper_api_key: None | str | Unset = UNSET
    serphouse_api_key: None | str | Unset = UNSET
    serphouse_domain: None | str | Unset = UNSET
    serply_api_key: None | str | Unset = UNSET
    ddgs_backend: None | str | Unset = UNSET
    tavily_api_key: None | str | Unset = UNSET
    staan_api_key: None | str | Unset = UNSET
    staan_market: None | str | Unset = UNSET
    staan_max_snippets: int | None | Unset = UNSET
    searchapi_api_key: None | str | Unset = UNSET
    searchapi_engine: None | str | Unset = UNSET
    serpapi_api_key: None | str | Unset = UNSET
    serpapi_engine: None | str | Unset = UNSET
    jina_api_key: None | str | Unset = UNSET
    jina_api_base_url: None | str | Unset = UNSET
    bing_search_v7_endpoint: None | str | Unset = UNSET
    bing_search_v7_subscription_key: None | str | Unset = UNSET
    exa_api_key: None | str | Unset = UNSET
    exa_max_content_length: int | None | Unset = UNSET
    perplexity_api_key: None | str | Unset = UNSET
    perplexity_model: None | str | Unset = UNSET
    perplexity_search_context_usage: None | str | Unset = UNSET
    perplexity_search_api_url: None | str | Unset = UNSET
    microsoft_web_iq_api_base_url: None | str | Unset = UNSET
    microsoft_web_iq_api_key: None | str | Unset = UNSET
    microsoft_web_iq_language: None | str | Unset = UNSET
    sougou_api_sid: None | str | Unset = UNSET
    sougou_api_sk: None | str | Unset = UNSET
    web_loader_engine: None | str | Unset = UNSET
    web_loader_timeout: None | str | Unset = UNSET
    enable_web_loader_ssl_verification: bool | None | Unset = UNSET
    playwright_ws_url: None | str | Unset = UNSET
    playwright_timeout: int | None | Unset = UNSET
    firecrawl_api_key: None | str | Unset = UNSET
    firecrawl_api_base_url: None | str | Unset = UNSET
    firecrawl_timeout: None | str | Unset = UNSET
    tavily_extract_depth: None | str | Unset = UNSET
    tavily_search_depth: None | str | Unset = UNSET
    external_web_search_url: None | str | Unset = UNSET
    external_web_search_api_key: None | str | Unset = UNSET
    external_web_loader_url: None | str | Unset = UNSET
    external_web_loader_api_key: None | str | Unset = UNSET
    youtube_loader_language: list[str] | None | Unset = UNSET
    youtube_loader_proxy_url: None | str | Unset = UNSET
    youtube_loader_translation: None | str | Unset = UNSET
    yandex_web_search_url: None | str | Unset = UNSET
    yandex_web_search_api_key: None | str | Unset = UNSET
    yandex_web_search_config: None | str | Unset = UNSET
    youcom_api_key: None | str | Unset = UNSET
    linkup_api_key: None | str | Unset = UNSET
    linkup_search_params: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.enable_web_search is not UNSET:
            field_dict["ENABLE_WEB_SEARCH"] = self.enable_web_search
        if self.enable_web_search_confirmation is not UNSET:
            field_dict["ENABLE_WEB_SEARCH_CONFIRMATION"] = self.enable_web_search_confirmation
        if self.web_search_confirmation_content is not UNSET:
            field_dict["WEB_SEARCH_CONFIRMATION_CONTENT"] = self.web_search_confirmation_content
        if self.web_search_engine is not UNSET:
            field_dict["WEB_SEARCH_ENGINE"] = self.web_search_engine
        if self.web_search_trust_env is not UNSET:
            field_dict["WEB_SEARCH_TRUST_ENV"] = self.web_search_trust_env
        if self.web_search_result_count is not UNSET:
            field_dict["WEB_SEARCH_RESULT_COUNT"] = self.web_search_result_count
        if self.web_search_concurrent_requests is not UNSET:
            field_dict["WEB_SEARCH_CONCURRENT_REQUESTS"] = self.web_search_concurrent_requests
        if self.web_search_domain_filter_list is not UNSET:
            field_dict["WEB_SEARCH_DOMAIN_FILTER_LIST"] = self.web_search_domain_filter_list
        if self.web_fetch_max_content_length is not UNSET:
            field_dict["WEB_FETCH_MAX_CONTENT_LENGTH"] = self.web_fetch_max_content_length
        if self.web_loader_concurrent_requests is not UNSET:
            field_dict["WEB_LOADER_CONCURRENT_REQUESTS"] = self.web_loader_concurrent_requests
        if self.bypass_web_search_embedding_and_retrieval is not UNSET:
            field_dict["BYPASS_WEB_SEARCH_EMBEDDING_AND_RETRIEVAL"] = (
                self.bypass_web_search_embedding_and_retrieval
            )
        if self.bypass_web_search_web_loader is not UNSET:
            field_dict["BYPASS_WEB_SEARCH_WEB_LOADER"] = self.bypass_web_search_web_loader
        if self.ollama_cloud_web_search_api_key is not UNSET:
            field_dict["OLLAMA_CLOUD_WEB_SEARCH_API_KEY"] = self.ollama_cloud_web_search_api_key
        if self.searxng_query_url is not UNSET:
            field_dict["SEARXNG_QUERY_URL"] = self.searxng_query_url
        if self.searxng_language is not UNSET:
            field_dict["SEARXNG_LANGUAGE"] = self.searxng_language
        if self.openserp_base_url is not UNSET:
            field_dict["OPENSERP_BASE_URL"] = self.openserp_base_url
        if self.yacy_query_url is not UNSET:
            field_dict["YACY_QUERY_URL"] = self.yacy_query_url
        if self.yacy_username is not UNSET:
            field_dict["YACY_USERNAME"] = self.yacy_username
        if self.yacy_password is not UNSET:
            field_dict["YACY_PASSWORD"] = self.yacy_password
        if self.google_pse_api_key is not UNSET:
            field_dict["GOOGLE_PSE_API_KEY"] = self.google_pse_api_key
        if self.google_pse_engine_id is not UNSET:
            field_dict["GOOGLE_PSE_ENGINE_ID"] = self.google_pse_engine_id
        if self.brave_search_api_key is not UNSET:
            field_dict["BRAVE_SEARCH_API_KEY"] = self.brave_search_api_key
        if self.brave_search_context_tokens is not UNSET:
            field_dict["BRAVE_SEARCH_CONTEXT_TOKENS"] = self.brave_search_context_tokens
        if self.kagi_search_api_key is not UNSET:
            field_dict["KAGI_SEARCH_API_KEY"] = self.kagi_search_api_key
        if self.mojeek_search_api_key is not UNSET:
            field_dict["MOJEEK_SEARCH_API_KEY"] = self.mojeek_search_api_key
        if self.bocha_search_api_key is not UNSET:
            field_dict["BOCHA_SEARCH_API_KEY"] = self.bocha_search_api_key
        if self.serpstack_api_key is not UNSET:
            field_dict["SERPSTACK_API_KEY"] = self.serpstack_api_key
        if self.serpstack_https is not UNSET:
            field_dict["SERPSTACK_HTTPS"] = self.serpstack_https
        if self.serper_api_key is not UNSET:
            field_dict["SERPER_API_KEY"] = self.serper_api_key
        if self.serphouse_api_key is not UNSET:
            field_dict["SERPHOUSE_API_KEY"] = self.serphouse_api_key
        if self.serphouse_domain is not UNSET:
            field_dict["SERPHOUSE_DOMAIN"] = self.serphouse_domain
        if self.serply_api_key is not UNSET:
            field_dict["SERPLY_API_KEY"] = self.serply_api_key
        if self.ddgs_backend is not UNSET:
            field_dict["DDGS_BACKEND"] = self.ddgs_backend
        if self.tavily_api_key is not UNSET:
            field_dict["TAVILY_API_KEY"] = self.tavily_api_key
        if self.staan_api_key is not UNSET:
            field_dict["STAAN_API_KEY"] = self.staan_api_key
        if self.staan_market is not UNSET:
            field_dict["STAAN_MARKET"] = self.staan_market
        if self.staan_max_snippets is not UNSET:
            field_dict["STAAN_MAX_SNIPPETS"] = self.staan_max_snippets
        if self.searchapi_api_key is not UNSET:
            field_dict["SEARCHAPI_API_KEY"] = self.searchapi_api_key
        if self.searchapi_engine is not UNSET:
            field_dict["SEARCHAPI_ENGINE"] = self.searchapi_engine
        if self.serpapi_api_key is not UNSET:
            field_dict["SERPAPI_API_KEY"] = self.serpapi_api_key
        if self.serpapi_engine is not UNSET:
            field_dict["SERPAPI_ENGINE"] = self.serpapi_engine
        if self.jina_api_key is not UNSET:
            field_dict["JINA_API_KEY"] = self.jina_api_key
        if self.jina_api_base_url is not UNSET:
            field_dict["JINA_API_BASE_URL"] = self.jina_api_base_url
        if self.bing_search_v7_endpoint is not UNSET:
            field_dict["BING_SEARCH_V7_ENDPOINT"] = self.bing_search_v7_endpoint
        if self.bing_search_v7_subscription_key is not UNSET:
            field_dict["BING_SEARCH_V7_SUBSCRIPTION_KEY"] = self.bing_search_v7_subscription_key
        if self.exa_api_key is not UNSET:
            field_dict["EXA_API_KEY"] = self.exa_api_key
        if self.exa_max_content_length is not UNSET:
            field_dict["EXA_MAX_CONTENT_LENGTH"] = self.exa_max_content_length
        if self.perplexity_api_key is not UNSET:
            field_dict["PERPLEXITY_API_KEY"] = self.perplexity_api_key
        if self.perplexity_model is not UNSET:
            field_dict["PERPLEXITY_MODEL"] = self.perplexity_model
        if self.perplexity_search_context_usage is not UNSET:
            field_dict["PERPLEXITY_SEARCH_CONTEXT_USAGE"] = self.perplexity_search_context_usage
        if self.perplexity_search_api_url is not UNSET:
            field_dict["PERPLEXITY_SEARCH_API_URL"] = self.perplexity_search_api_url
        if self.microsoft_web_iq_api_base_url is not UNSET:
            field_dict["MICROSOFT_WEB_IQ_API_BASE_URL"] = self.microsoft_web_iq_api_base_url
        if self.microsoft_web_iq_api_key is not UNSET:
            field_dict["MICROSOFT_WEB_IQ_API_KEY"] = self.microsoft_web_iq_api_key
        if self.microsoft_web_iq_language is not UNSET:
            field_dict["MICROSOFT_WEB_IQ_LANGUAGE"] = self.microsoft_web_iq_language
        if self.sougou_api_sid is not UNSET:
            field_dict["SOUGOU_API_SID"] = self.sougou_api_sid
        if self.sougou_api_sk is not UNSET:
            field_dict["SOUGOU_API_SK"] = self.sougou_api_sk
        if self.web_loader_engine is not UNSET:
            field_dict["WEB_LOADER_ENGINE"] = self.web_loader_engine
        if self.web_loader_timeout is not UNSET:
            field_dict["WEB_LOADER_TIMEOUT"] = self.web_loader_timeout
        if self.enable_web_loader_ssl_verification is not UNSET:
            field_dict["ENABLE_WEB_LOADER_SSL_VERIFICATION"] = (
                self.enable_web_loader_ssl_verification
            )
        if self.playwright_ws_url is not UNSET:
            field_dict["PLAYWRIGHT_WS_URL"] = self.playwright_ws_url
        if self.playwright_timeout is not UNSET:
            field_dict["PLAYWRIGHT_TIMEOUT"] = self.playwright_timeout
        if self.firecrawl_api_key is not UNSET:
            field_dict["FIRECRAWL_API_KEY"] = self.firecrawl_api_key
        if self.firecrawl_api_base_url is not UNSET:
            field_dict["FIRECRAWL_API_BASE_URL"] = self.firecrawl_api_base_url
        if self.firecrawl_timeout is not UNSET:
            field_dict["FIRECRAWL_TIMEOUT"] = self.firecrawl_timeout
        if self.tavily_extract_depth is not UNSET:
            field_dict["TAVILY_EXTRACT_DEPTH"] = self.tavily_extract_depth
        if self.tavily_search_depth is not UNSET:
            field_dict["TAVILY_SEARCH_DEPTH"] = self.tavily_search_depth
        if self.external_web_search_url is not UNSET:
            field_dict["EXTERNAL_WEB_SEARCH_URL"] = self.external_web_search_url
        if self.external_web_search_api_key is not UNSET:
            field_dict["EXTERNAL_WEB_SEARCH_API_KEY"] = self.external_web_search_api_key
        if self.external_web_loader_url is not UNSET:
            field_dict["EXTERNAL_WEB_LOADER_URL"] = self.external_web_loader_url
        if self.external_web_loader_api_key is not UNSET:
            field_dict["EXTERNAL_WEB_LOADER_API_KEY"] = self.external_web_loader_api_key
        if self.youtube_loader_language is not UNSET:
            field_dict["YOUTUBE_LOADER_LANGUAGE"] = self.youtube_loader_language
        if self.youtube_loader_proxy_url is not UNSET:
            field_dict["YOUTUBE_LOADER_PROXY_URL"] = self.youtube_loader_proxy_url
        if self.youtube_loader_translation is not UNSET:
            field_dict["YOUTUBE_LOADER_TRANSLATION"] = self.youtube_loader_translation
        if self.yandex_web_search_url is not UNSET:
            field_dict["YANDEX_WEB_SEARCH_URL"] = self.yandex_web_search_url
        if self.yandex_web_search_api_key is not UNSET:
            field_dict["YANDEX_WEB_SEARCH_API_KEY"] = self.yandex_web_search_api_key
        if self.yandex_web_search_config is not UNSET:
            field_dict["YANDEX_WEB_SEARCH_CONFIG"] = self.yandex_web_search_config
        if self.youcom_api_key is not UNSET:
            field_dict["YOUCOM_API_KEY"] = self.youcom_api_key
        if self.linkup_api_key is not UNSET:
            field_dict["LINKUP_API_KEY"] = self.linkup_api_key
        if self.linkup_search_params is not UNSET:
            field_dict["LINKUP_SEARCH_PARAMS"] = self.linkup_search_params
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not WebConfig:
            return _rebuilt(cls, WebConfig.from_dict(src_dict))
        obj = _new(cls)
        obj.enable_web_search = enable_web_search = src_dict.get("ENABLE_WEB_SEARCH", UNSET)
        obj.enable_web_search_confirmation = enable_web_search_confirmation = src_dict.get(
            "ENABLE_WEB_SEARCH_CONFIRMATION", UNSET
        )
        obj.web_search_confirmation_content = web_search_confirmation_content = src_dict.get(
            "WEB_SEARCH_CONFIRMATION_CONTENT", UNSET
        )
        obj.web_search_engine = web_search_engine = src_dict.get("WEB_SEARCH_ENGINE", UNSET)
        obj.web_search_trust_env = web_search_trust_env = src_dict.get(
            "WEB_SEARCH_TRUST_ENV", UNSET
        )
        obj.web_search_result_count = web_search_result_count = src_dict.get(
            "WEB_SEARCH_RESULT_COUNT", UNSET
        )
        obj.web_search_concurrent_requests = web_search_concurrent_requests = src_dict.get(
            "WEB_SEARCH_CONCURRENT_REQUESTS", UNSET
        )
        _web_search_domain_filter_list = src_dict.get("WEB_SEARCH_DOMAIN_FILTER_LIST", UNSET)
        web_search_domain_filter_list: list[str] | None | Unset
        if _web_search_domain_filter_list is None or isinstance(
            _web_search_domain_filter_list, Unset
        ):
            web_search_domain_filter_list = _web_search_domain_filter_list
        else:
            if not isinstance(_web_search_domain_filter_list, list):
                raise TypeError(
                    f"WEB_SEARCH_DOMAIN_FILTER_LIST: unexpected {type(_web_search_domain_filter_list).__name__}"
                )
            web_search_domain_filter_list_type_0 = _web_search_domain_filter_list

            web_search_domain_filter_list = web_search_domain_filter_list_type_0

        obj.web_search_domain_filter_list = web_search_domain_filter_list
        obj.web_fetch_max_content_length = web_fetch_max_content_length = src_dict.get(
            "WEB_FETCH_MAX_CONTENT_LENGTH", UNSET
        )
        obj.web_loader_concurrent_requests = web_loader_concurrent_requests = src_dict.get(
            "WEB_LOADER_CONCURRENT_REQUESTS", UNSET
        )
        obj.bypass_web_search_embedding_and_retrieval = (
            bypass_web_search_embedding_and_retrieval
        ) = src_dict.get("BYPASS_WEB_SEARCH_EMBEDDING_AND_RETRIEVAL", UNSET)
        obj.bypass_web_search_web_loader = bypass_web_search_web_loader = src_dict.get(
            "BYPASS_WEB_SEARCH_WEB_LOADER", UNSET
        )
        obj.ollama_cloud_web_search_api_key = ollama_cloud_web_search_api_key = src_dict.get(
            "OLLAMA_CLOUD_WEB_SEARCH_API_KEY", UNSET
        )
        obj.searxng_query_url = searxng_query_url = src_dict.get("SEARXNG_QUERY_URL", UNSET)
        obj.searxng_language = searxng_language = src_dict.get("SEARXNG_LANGUAGE", UNSET)
        obj.openserp_base_url = openserp_base_url = src_dict.get("OPENSERP_BASE_URL", UNSET)
        obj.yacy_query_url = yacy_query_url = src_dict.get("YACY_QUERY_URL", UNSET)
        obj.yacy_username = yacy_username = src_dict.get("YACY_USERNAME", UNSET)
        obj.yacy_password = yacy_password = src_dict.get("YACY_PASSWORD", UNSET)
        obj.google_pse_api_key = google_pse_api_key = src_dict.get("GOOGLE_PSE_API_KEY", UNSET)
        obj.google_pse_engine_id = google_pse_engine_id = src_dict.get(
            "GOOGLE_PSE_ENGINE_ID", UNSET
        )
        obj.brave_search_api_key = brave_search_api_key = src_dict.get(
            "BRAVE_SEARCH_API_KEY", UNSET
        )
        obj.brave_search_context_tokens = brave_search_context_tokens = src_dict.get(
            "BRAVE_SEARCH_CONTEXT_TOKENS", UNSET
        )
        obj.kagi_search_api_key = kagi_search_api_key = src_dict.get("KAGI_SEARCH_API_KEY", UNSET)
        obj.mojeek_search_api_key = mojeek_search_api_key = src_dict.get(
            "MOJEEK_SEARCH_API_KEY", UNSET
        )
        obj.bocha_search_api_key = bocha_search_api_key = src_dict.get(
            "BOCHA_SEARCH_API_KEY", UNSET
        )
        obj.serpstack_api_key = serpstack_api_key = src_dict.get("SERPSTACK_API_KEY", UNSET)
        obj.serpstack_https = serpstack_https = src_dict.get("SERPSTACK_HTTPS", UNSET)
        obj.serper_api_key = serper_api_key = src_dict.get("SERPER_API_KEY", UNSET)
        obj.serphouse_api_key = serphouse_api_key = src_dict.get("SERPHOUSE_API_KEY", UNSET)
        obj.serphouse_domain = serphouse_domain = src_dict.get("SERPHOUSE_DOMAIN", UNSET)
        obj.serply_api_key = serply_api_key = src_dict.get("SERPLY_API_KEY", UNSET)
        obj.ddgs_backend = ddgs_backend = src_dict.get("DDGS_BACKEND", UNSET)
        obj.tavily_api_key = tavily_api_key = src_dict.get("TAVILY_API_KEY", UNSET)
        obj.staan_api_key = staan_api_key = src_dict.get("STAAN_API_KEY", UNSET)
        obj.staan_market = staan_market = src_dict.get("STAAN_MARKET", UNSET)
        obj.staan_max_snippets = staan_max_snippets = src_dict.get("STAAN_MAX_SNIPPETS", UNSET)
        obj.searchapi_api_key = searchapi_api_key = src_dict.get("SEARCHAPI_API_KEY", UNSET)
        obj.searchapi_engine = searchapi_engine = src_dict.get("SEARCHAPI_ENGINE", UNSET)
        obj.serpapi_api_key = serpapi_api_key = src_dict.get("SERPAPI_API_KEY", UNSET)
        obj.serpapi_engine = serpapi_engine = src_dict.get("SERPAPI_ENGINE", UNSET)
        obj.jina_api_key = jina_api_key = src_dict.get("JINA_API_KEY", UNSET)
        obj.jina_api_base_url = jina_api_base_url = src_dict.get("JINA_API_BASE_URL", UNSET)
        obj.bing_search_v7_endpoint = bing_search_v7_endpoint = src_dict.get(
            "BING_SEARCH_V7_ENDPOINT", UNSET
        )
        obj.bing_search_v7_subscription_key = bing_search_v7_subscription_key = src_dict.get(
            "BING_SEARCH_V7_SUBSCRIPTION_KEY", UNSET
        )
        obj.exa_api_key = exa_api_key = src_dict.get("EXA_API_KEY", UNSET)
        obj.exa_max_content_length = exa_max_content_length = src_dict.get(
            "EXA_MAX_CONTENT_LENGTH", UNSET
        )
        obj.perplexity_api_key = perplexity_api_key = src_dict.get("PERPLEXITY_API_KEY", UNSET)
        obj.perplexity_model = perplexity_model = src_dict.get("PERPLEXITY_MODEL", UNSET)
        obj.perplexity_search_context_usage = perplexity_search_context_usage = src_dict.get(
            "PERPLEXITY_SEARCH_CONTEXT_USAGE", UNSET
        )
        obj.perplexity_search_api_url = perplexity_search_api_url = src_dict.get(
            "PERPLEXITY_SEARCH_API_URL", UNSET
        )
        obj.microsoft_web_iq_api_base_url = microsoft_web_iq_api_base_url = src_dict.get(
            "MICROSOFT_WEB_IQ_API_BASE_URL", UNSET
        )
        obj.microsoft_web_iq_api_key = microsoft_web_iq_api_key = src_dict.get(
            "MICROSOFT_WEB_IQ_API_KEY", UNSET
        )
        obj.microsoft_web_iq_language = microsoft_web_iq_language = src_dict.get(
            "MICROSOFT_WEB_IQ_LANGUAGE", UNSET
        )
        obj.sougou_api_sid = sougou_api_sid = src_dict.get("SOUGOU_API_SID", UNSET)
        obj.sougou_api_sk = sougou_api_sk = src_dict.get("SOUGOU_API_SK", UNSET)
        obj.web_loader_engine = web_loader_engine = src_dict.get("WEB_LOADER_ENGINE", UNSET)
        obj.web_loader_timeout = web_loader_timeout = src_dict.get("WEB_LOADER_TIMEOUT", UNSET)
        obj.enable_web_loader_ssl_verification = enable_web_loader_ssl_verification = src_dict.get(
            "ENABLE_WEB_LOADER_SSL_VERIFICATION", UNSET
        )
        obj.playwright_ws_url = playwright_ws_url = src_dict.get("PLAYWRIGHT_WS_URL", UNSET)
        obj.playwright_timeout = playwright_timeout = src_dict.get("PLAYWRIGHT_TIMEOUT", UNSET)
        obj.firecrawl_api_key = firecrawl_api_key = src_dict.get("FIRECRAWL_API_KEY", UNSET)
        obj.firecrawl_api_base_url = firecrawl_api_base_url = src_dict.get(
            "FIRECRAWL_API_BASE_URL", UNSET
        )
        obj.firecrawl_timeout = firecrawl_timeout = src_dict.get("FIRECRAWL_TIMEOUT", UNSET)
        obj.tavily_extract_depth = tavily_extract_depth = src_dict.get(
            "TAVILY_EXTRACT_DEPTH", UNSET
        )
        obj.tavily_search_depth = tavily_search_depth = src_dict.get("TAVILY_SEARCH_DEPTH", UNSET)
        obj.external_web_search_url = external_web_search_url = src_dict.get(
            "EXTERNAL_WEB_SEARCH_URL", UNSET
        )
        obj.external_web_search_api_key = external_web_search_api_key = src_dict.get(
            "EXTERNAL_WEB_SEARCH_API_KEY", UNSET
        )
        obj.external_web_loader_url = external_web_loader_url = src_dict.get(
            "EXTERNAL_WEB_LOADER_URL", UNSET
        )
        obj.external_web_loader_api_key = external_web_loader_api_key = src_dict.get(
            "EXTERNAL_WEB_LOADER_API_KEY", UNSET
        )
        _youtube_loader_language = src_dict.get("YOUTUBE_LOADER_LANGUAGE", UNSET)
        youtube_loader_language: list[str] | None | Unset
        if _youtube_loader_language is None or isinstance(_youtube_loader_language, Unset):
            youtube_loader_language = _youtube_loader_language
        else:
            if not isinstance(_youtube_loader_language, list):
                raise TypeError(
                    f"YOUTUBE_LOADER_LANGUAGE: unexpected {type(_youtube_loader_language).__name__}"
                )
            youtube_loader_language_type_0 = _youtube_loader_language

            youtube_loader_language = youtube_loader_language_type_0

        obj.youtube_loader_language = youtube_loader_language
        obj.youtube_loader_proxy_url = youtube_loader_proxy_url = src_dict.get(
            "YOUTUBE_LOADER_PROXY_URL", UNSET
        )
        obj.youtube_loader_translation = youtube_loader_translation = src_dict.get(
            "YOUTUBE_LOADER_TRANSLATION", UNSET
        )
        obj.yandex_web_search_url = yandex_web_search_url = src_dict.get(
            "YANDEX_WEB_SEARCH_URL", UNSET
        )
        obj.yandex_web_search_api_key = yandex_web_search_api_key = src_dict.get(
            "YANDEX_WEB_SEARCH_API_KEY", UNSET
        )
        obj.yandex_web_search_config = yandex_web_search_config = src_dict.get(
            "YANDEX_WEB_SEARCH_CONFIG", UNSET
        )
        obj.youcom_api_key = youcom_api_key = src_dict.get("YOUCOM_API_KEY", UNSET)
        obj.linkup_api_key = linkup_api_key = src_dict.get("LINKUP_API_KEY", UNSET)
        obj.linkup_search_params = linkup_search_params = src_dict.get(
            "LINKUP_SEARCH_PARAMS", UNSET
        )
        if (
            len(src_dict) == 79
            and enable_web_search is not UNSET
            and enable_web_search_confirmation is not UNSET
            and web_search_confirmation_content is not UNSET
            and web_search_engine is not UNSET
            and web_search_trust_env is not UNSET
            and web_search_result_count is not UNSET
            and web_search_concurrent_requests is not UNSET
            and web_search_domain_filter_list is not UNSET
            and web_fetch_max_content_length is not UNSET
            and web_loader_concurrent_requests is not UNSET
            and bypass_web_search_embedding_and_retrieval is not UNSET
            and bypass_web_search_web_loader is not UNSET
            and ollama_cloud_web_search_api_key is not UNSET
            and searxng_query_url is not UNSET
            and searxng_language is not UNSET
            and openserp_base_url is not UNSET
            and yacy_query_url is not UNSET
            and yacy_username is not UNSET
            and yacy_password is not UNSET
            and google_pse_api_key is not UNSET
            and google_pse_engine_id is not UNSET
            and brave_search_api_key is not UNSET
            and brave_search_context_tokens is not UNSET
            and kagi_search_api_key is not UNSET
            and mojeek_search_api_key is not UNSET
            and bocha_search_api_key is not UNSET
            and serpstack_api_key is not UNSET
            and serpstack_https is not UNSET
            and serper_api_key is not UNSET
            and serphouse_api_key is not UNSET
            and serphouse_domain is not UNSET
            and serply_api_key is not UNSET
            and ddgs_backend is not UNSET
            and tavily_api_key is not UNSET
            and staan_api_key is not UNSET
            and staan_market is not UNSET
            and staan_max_snippets is not UNSET
            and searchapi_api_key is not UNSET
            and searchapi_engine is not UNSET
            and serpapi_api_key is not UNSET
            and serpapi_engine is not UNSET
            and jina_api_key is not UNSET
            and jina_api_base_url is not UNSET
            and bing_search_v7_endpoint is not UNSET
            and bing_search_v7_subscription_key is not UNSET
            and exa_api_key is not UNSET
            and exa_max_content_length is not UNSET
            and perplexity_api_key is not UNSET
            and perplexity_model is not UNSET
            and perplexity_search_context_usage is not UNSET
            and perplexity_search_api_url is not UNSET
            and microsoft_web_iq_api_base_url is not UNSET
            and microsoft_web_iq_api_key is not UNSET
            and microsoft_web_iq_language is not UNSET
            and sougou_api_sid is not UNSET
            and sougou_api_sk is not UNSET
            and web_loader_engine is not UNSET
            and web_loader_timeout is not UNSET
            and enable_web_loader_ssl_verification is not UNSET
            and playwright_ws_url is not UNSET
            and playwright_timeout is not UNSET
            and firecrawl_api_key is not UNSET
            and firecrawl_api_base_url is not UNSET
            and firecrawl_timeout is not UNSET
            and tavily_extract_depth is not UNSET
            and tavily_search_depth is not UNSET
            and external_web_search_url is not UNSET
            and external_web_search_api_key is not UNSET
            and external_web_loader_url is not UNSET
            and external_web_loader_api_key is not UNSET
            and youtube_loader_language is not UNSET
            and youtube_loader_proxy_url is not UNSET
            and youtube_loader_translation is not UNSET
            and yandex_web_search_url is not UNSET
            and yandex_web_search_api_key is not UNSET
            and yandex_web_search_config is not UNSET
            and youcom_api_key is not UNSET
            and linkup_api_key is not UNSET
            and linkup_search_params is not UNSET
        ) or len(src_dict) == 0 + (enable_web_search is not UNSET) + (
            enable_web_search_confirmation is not UNSET
        ) + (web_search_confirmation_content is not UNSET) + (web_search_engine is not UNSET) + (
            web_search_trust_env is not UNSET
        ) + (web_search_result_count is not UNSET) + (
            web_search_concurrent_requests is not UNSET
        ) + (web_search_domain_filter_list is not UNSET) + (
            web_fetch_max_content_length is not UNSET
        ) + (web_loader_concurrent_requests is not UNSET) + (
            bypass_web_search_embedding_and_retrieval is not UNSET
        ) + (bypass_web_search_web_loader is not UNSET) + (
            ollama_cloud_web_search_api_key is not UNSET
        ) + (searxng_query_url is not UNSET) + (searxng_language is not UNSET) + (
            openserp_base_url is not UNSET
        ) + (yacy_query_url is not UNSET) + (yacy_username is not UNSET) + (
            yacy_password is not UNSET
        ) + (google_pse_api_key is not UNSET) + (google_pse_engine_id is not UNSET) + (
            brave_search_api_key is not UNSET
        ) + (brave_search_context_tokens is not UNSET) + (kagi_search_api_key is not UNSET) + (
            mojeek_search_api_key is not UNSET
        ) + (bocha_search_api_key is not UNSET) + (serpstack_api_key is not UNSET) + (
            serpstack_https is not UNSET
        ) + (serper_api_key is not UNSET) + (serphouse_api_key is not UNSET) + (
            serphouse_domain is not UNSET
        ) + (serply_api_key is not UNSET) + (ddgs_backend is not UNSET) + (
            tavily_api_key is not UNSET
        ) + (staan_api_key is not UNSET) + (staan_market is not UNSET) + (
            staan_max_snippets is not UNSET
        ) + (searchapi_api_key is not UNSET) + (searchapi_engine is not UNSET) + (
            serpapi_api_key is not UNSET
        ) + (serpapi_engine is not UNSET) + (jina_api_key is not UNSET) + (
            jina_api_base_url is not UNSET
        ) + (bing_search_v7_endpoint is not UNSET) + (
            bing_search_v7_subscription_key is not UNSET
        ) + (exa_api_key is not UNSET) + (exa_max_content_length is not UNSET) + (
            perplexity_api_key is not UNSET
        ) + (perplexity_model is not UNSET) + (perplexity_search_context_usage is not UNSET) + (
            perplexity_search_api_url is not UNSET
        ) + (microsoft_web_iq_api_base_url is not UNSET) + (
            microsoft_web_iq_api_key is not UNSET
        ) + (microsoft_web_iq_language is not UNSET) + (sougou_api_sid is not UNSET) + (
            sougou_api_sk is not UNSET
        ) + (web_loader_engine is not UNSET) + (web_loader_timeout is not UNSET) + (
            enable_web_loader_ssl_verification is not UNSET
        ) + (playwright_ws_url is not UNSET) + (playwright_timeout is not UNSET) + (
            firecrawl_api_key is not UNSET
        ) + (firecrawl_api_base_url is not UNSET) + (firecrawl_timeout is not UNSET) + (
            tavily_extract_depth is not UNSET
        ) + (tavily_search_depth is not UNSET) + (external_web_search_url is not UNSET) + (
            external_web_search_api_key is not UNSET
        ) + (external_web_loader_url is not UNSET) + (external_web_loader_api_key is not UNSET) + (
            youtube_loader_language is not UNSET
        ) + (youtube_loader_proxy_url is not UNSET) + (youtube_loader_translation is not UNSET) + (
            yandex_web_search_url is not UNSET
        ) + (yandex_web_search_api_key is not UNSET) + (yandex_web_search_config is not UNSET) + (
            youcom_api_key is not UNSET
        ) + (linkup_api_key is not UNSET) + (linkup_search_params is not UNSET):
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
