from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        enable_web_search: bool | None | Unset
        if isinstance(self.enable_web_search, Unset):
            enable_web_search = UNSET
        else:
            enable_web_search = self.enable_web_search

        enable_web_search_confirmation: bool | None | Unset
        if isinstance(self.enable_web_search_confirmation, Unset):
            enable_web_search_confirmation = UNSET
        else:
            enable_web_search_confirmation = self.enable_web_search_confirmation

        web_search_confirmation_content: None | str | Unset
        if isinstance(self.web_search_confirmation_content, Unset):
            web_search_confirmation_content = UNSET
        else:
            web_search_confirmation_content = self.web_search_confirmation_content

        web_search_engine: None | str | Unset
        if isinstance(self.web_search_engine, Unset):
            web_search_engine = UNSET
        else:
            web_search_engine = self.web_search_engine

        web_search_trust_env: bool | None | Unset
        if isinstance(self.web_search_trust_env, Unset):
            web_search_trust_env = UNSET
        else:
            web_search_trust_env = self.web_search_trust_env

        web_search_result_count: int | None | Unset
        if isinstance(self.web_search_result_count, Unset):
            web_search_result_count = UNSET
        else:
            web_search_result_count = self.web_search_result_count

        web_search_concurrent_requests: int | None | Unset
        if isinstance(self.web_search_concurrent_requests, Unset):
            web_search_concurrent_requests = UNSET
        else:
            web_search_concurrent_requests = self.web_search_concurrent_requests

        web_search_domain_filter_list: list[str] | None | Unset
        if isinstance(self.web_search_domain_filter_list, Unset):
            web_search_domain_filter_list = UNSET
        elif isinstance(self.web_search_domain_filter_list, list):
            web_search_domain_filter_list = self.web_search_domain_filter_list

        else:
            web_search_domain_filter_list = self.web_search_domain_filter_list

        web_fetch_max_content_length: int | None | Unset
        if isinstance(self.web_fetch_max_content_length, Unset):
            web_fetch_max_content_length = UNSET
        else:
            web_fetch_max_content_length = self.web_fetch_max_content_length

        web_loader_concurrent_requests: int | None | Unset
        if isinstance(self.web_loader_concurrent_requests, Unset):
            web_loader_concurrent_requests = UNSET
        else:
            web_loader_concurrent_requests = self.web_loader_concurrent_requests

        bypass_web_search_embedding_and_retrieval: bool | None | Unset
        if isinstance(self.bypass_web_search_embedding_and_retrieval, Unset):
            bypass_web_search_embedding_and_retrieval = UNSET
        else:
            bypass_web_search_embedding_and_retrieval = (
                self.bypass_web_search_embedding_and_retrieval
            )

        bypass_web_search_web_loader: bool | None | Unset
        if isinstance(self.bypass_web_search_web_loader, Unset):
            bypass_web_search_web_loader = UNSET
        else:
            bypass_web_search_web_loader = self.bypass_web_search_web_loader

        ollama_cloud_web_search_api_key: None | str | Unset
        if isinstance(self.ollama_cloud_web_search_api_key, Unset):
            ollama_cloud_web_search_api_key = UNSET
        else:
            ollama_cloud_web_search_api_key = self.ollama_cloud_web_search_api_key

        searxng_query_url: None | str | Unset
        if isinstance(self.searxng_query_url, Unset):
            searxng_query_url = UNSET
        else:
            searxng_query_url = self.searxng_query_url

        searxng_language: None | str | Unset
        if isinstance(self.searxng_language, Unset):
            searxng_language = UNSET
        else:
            searxng_language = self.searxng_language

        openserp_base_url: None | str | Unset
        if isinstance(self.openserp_base_url, Unset):
            openserp_base_url = UNSET
        else:
            openserp_base_url = self.openserp_base_url

        yacy_query_url: None | str | Unset
        if isinstance(self.yacy_query_url, Unset):
            yacy_query_url = UNSET
        else:
            yacy_query_url = self.yacy_query_url

        yacy_username: None | str | Unset
        if isinstance(self.yacy_username, Unset):
            yacy_username = UNSET
        else:
            yacy_username = self.yacy_username

        yacy_password: None | str | Unset
        if isinstance(self.yacy_password, Unset):
            yacy_password = UNSET
        else:
            yacy_password = self.yacy_password

        google_pse_api_key: None | str | Unset
        if isinstance(self.google_pse_api_key, Unset):
            google_pse_api_key = UNSET
        else:
            google_pse_api_key = self.google_pse_api_key

        google_pse_engine_id: None | str | Unset
        if isinstance(self.google_pse_engine_id, Unset):
            google_pse_engine_id = UNSET
        else:
            google_pse_engine_id = self.google_pse_engine_id

        brave_search_api_key: None | str | Unset
        if isinstance(self.brave_search_api_key, Unset):
            brave_search_api_key = UNSET
        else:
            brave_search_api_key = self.brave_search_api_key

        brave_search_context_tokens: int | None | Unset
        if isinstance(self.brave_search_context_tokens, Unset):
            brave_search_context_tokens = UNSET
        else:
            brave_search_context_tokens = self.brave_search_context_tokens

        kagi_search_api_key: None | str | Unset
        if isinstance(self.kagi_search_api_key, Unset):
            kagi_search_api_key = UNSET
        else:
            kagi_search_api_key = self.kagi_search_api_key

        mojeek_search_api_key: None | str | Unset
        if isinstance(self.mojeek_search_api_key, Unset):
            mojeek_search_api_key = UNSET
        else:
            mojeek_search_api_key = self.mojeek_search_api_key

        bocha_search_api_key: None | str | Unset
        if isinstance(self.bocha_search_api_key, Unset):
            bocha_search_api_key = UNSET
        else:
            bocha_search_api_key = self.bocha_search_api_key

        serpstack_api_key: None | str | Unset
        if isinstance(self.serpstack_api_key, Unset):
            serpstack_api_key = UNSET
        else:
            serpstack_api_key = self.serpstack_api_key

        serpstack_https: bool | None | Unset
        if isinstance(self.serpstack_https, Unset):
            serpstack_https = UNSET
        else:
            serpstack_https = self.serpstack_https

        serper_api_key: None | str | Unset
        if isinstance(self.serper_api_key, Unset):
            serper_api_key = UNSET
        else:
            serper_api_key = self.serper_api_key

        serphouse_api_key: None | str | Unset
        if isinstance(self.serphouse_api_key, Unset):
            serphouse_api_key = UNSET
        else:
            serphouse_api_key = self.serphouse_api_key

        serphouse_domain: None | str | Unset
        if isinstance(self.serphouse_domain, Unset):
            serphouse_domain = UNSET
        else:
            serphouse_domain = self.serphouse_domain

        serply_api_key: None | str | Unset
        if isinstance(self.serply_api_key, Unset):
            serply_api_key = UNSET
        else:
            serply_api_key = self.serply_api_key

        ddgs_backend: None | str | Unset
        if isinstance(self.ddgs_backend, Unset):
            ddgs_backend = UNSET
        else:
            ddgs_backend = self.ddgs_backend

        tavily_api_key: None | str | Unset
        if isinstance(self.tavily_api_key, Unset):
            tavily_api_key = UNSET
        else:
            tavily_api_key = self.tavily_api_key

        staan_api_key: None | str | Unset
        if isinstance(self.staan_api_key, Unset):
            staan_api_key = UNSET
        else:
            staan_api_key = self.staan_api_key

        staan_market: None | str | Unset
        if isinstance(self.staan_market, Unset):
            staan_market = UNSET
        else:
            staan_market = self.staan_market

        staan_max_snippets: int | None | Unset
        if isinstance(self.staan_max_snippets, Unset):
            staan_max_snippets = UNSET
        else:
            staan_max_snippets = self.staan_max_snippets

        searchapi_api_key: None | str | Unset
        if isinstance(self.searchapi_api_key, Unset):
            searchapi_api_key = UNSET
        else:
            searchapi_api_key = self.searchapi_api_key

        searchapi_engine: None | str | Unset
        if isinstance(self.searchapi_engine, Unset):
            searchapi_engine = UNSET
        else:
            searchapi_engine = self.searchapi_engine

        serpapi_api_key: None | str | Unset
        if isinstance(self.serpapi_api_key, Unset):
            serpapi_api_key = UNSET
        else:
            serpapi_api_key = self.serpapi_api_key

        serpapi_engine: None | str | Unset
        if isinstance(self.serpapi_engine, Unset):
            serpapi_engine = UNSET
        else:
            serpapi_engine = self.serpapi_engine

        jina_api_key: None | str | Unset
        if isinstance(self.jina_api_key, Unset):
            jina_api_key = UNSET
        else:
            jina_api_key = self.jina_api_key

        jina_api_base_url: None | str | Unset
        if isinstance(self.jina_api_base_url, Unset):
            jina_api_base_url = UNSET
        else:
            jina_api_base_url = self.jina_api_base_url

        bing_search_v7_endpoint: None | str | Unset
        if isinstance(self.bing_search_v7_endpoint, Unset):
            bing_search_v7_endpoint = UNSET
        else:
            bing_search_v7_endpoint = self.bing_search_v7_endpoint

        bing_search_v7_subscription_key: None | str | Unset
        if isinstance(self.bing_search_v7_subscription_key, Unset):
            bing_search_v7_subscription_key = UNSET
        else:
            bing_search_v7_subscription_key = self.bing_search_v7_subscription_key

        exa_api_key: None | str | Unset
        if isinstance(self.exa_api_key, Unset):
            exa_api_key = UNSET
        else:
            exa_api_key = self.exa_api_key

        exa_max_content_length: int | None | Unset
        if isinstance(self.exa_max_content_length, Unset):
            exa_max_content_length = UNSET
        else:
            exa_max_content_length = self.exa_max_content_length

        perplexity_api_key: None | str | Unset
        if isinstance(self.perplexity_api_key, Unset):
            perplexity_api_key = UNSET
        else:
            perplexity_api_key = self.perplexity_api_key

        perplexity_model: None | str | Unset
        if isinstance(self.perplexity_model, Unset):
            perplexity_model = UNSET
        else:
            perplexity_model = self.perplexity_model

        perplexity_search_context_usage: None | str | Unset
        if isinstance(self.perplexity_search_context_usage, Unset):
            perplexity_search_context_usage = UNSET
        else:
            perplexity_search_context_usage = self.perplexity_search_context_usage

        perplexity_search_api_url: None | str | Unset
        if isinstance(self.perplexity_search_api_url, Unset):
            perplexity_search_api_url = UNSET
        else:
            perplexity_search_api_url = self.perplexity_search_api_url

        microsoft_web_iq_api_base_url: None | str | Unset
        if isinstance(self.microsoft_web_iq_api_base_url, Unset):
            microsoft_web_iq_api_base_url = UNSET
        else:
            microsoft_web_iq_api_base_url = self.microsoft_web_iq_api_base_url

        microsoft_web_iq_api_key: None | str | Unset
        if isinstance(self.microsoft_web_iq_api_key, Unset):
            microsoft_web_iq_api_key = UNSET
        else:
            microsoft_web_iq_api_key = self.microsoft_web_iq_api_key

        microsoft_web_iq_language: None | str | Unset
        if isinstance(self.microsoft_web_iq_language, Unset):
            microsoft_web_iq_language = UNSET
        else:
            microsoft_web_iq_language = self.microsoft_web_iq_language

        sougou_api_sid: None | str | Unset
        if isinstance(self.sougou_api_sid, Unset):
            sougou_api_sid = UNSET
        else:
            sougou_api_sid = self.sougou_api_sid

        sougou_api_sk: None | str | Unset
        if isinstance(self.sougou_api_sk, Unset):
            sougou_api_sk = UNSET
        else:
            sougou_api_sk = self.sougou_api_sk

        web_loader_engine: None | str | Unset
        if isinstance(self.web_loader_engine, Unset):
            web_loader_engine = UNSET
        else:
            web_loader_engine = self.web_loader_engine

        web_loader_timeout: None | str | Unset
        if isinstance(self.web_loader_timeout, Unset):
            web_loader_timeout = UNSET
        else:
            web_loader_timeout = self.web_loader_timeout

        enable_web_loader_ssl_verification: bool | None | Unset
        if isinstance(self.enable_web_loader_ssl_verification, Unset):
            enable_web_loader_ssl_verification = UNSET
        else:
            enable_web_loader_ssl_verification = self.enable_web_loader_ssl_verification

        playwright_ws_url: None | str | Unset
        if isinstance(self.playwright_ws_url, Unset):
            playwright_ws_url = UNSET
        else:
            playwright_ws_url = self.playwright_ws_url

        playwright_timeout: int | None | Unset
        if isinstance(self.playwright_timeout, Unset):
            playwright_timeout = UNSET
        else:
            playwright_timeout = self.playwright_timeout

        firecrawl_api_key: None | str | Unset
        if isinstance(self.firecrawl_api_key, Unset):
            firecrawl_api_key = UNSET
        else:
            firecrawl_api_key = self.firecrawl_api_key

        firecrawl_api_base_url: None | str | Unset
        if isinstance(self.firecrawl_api_base_url, Unset):
            firecrawl_api_base_url = UNSET
        else:
            firecrawl_api_base_url = self.firecrawl_api_base_url

        firecrawl_timeout: None | str | Unset
        if isinstance(self.firecrawl_timeout, Unset):
            firecrawl_timeout = UNSET
        else:
            firecrawl_timeout = self.firecrawl_timeout

        tavily_extract_depth: None | str | Unset
        if isinstance(self.tavily_extract_depth, Unset):
            tavily_extract_depth = UNSET
        else:
            tavily_extract_depth = self.tavily_extract_depth

        tavily_search_depth: None | str | Unset
        if isinstance(self.tavily_search_depth, Unset):
            tavily_search_depth = UNSET
        else:
            tavily_search_depth = self.tavily_search_depth

        external_web_search_url: None | str | Unset
        if isinstance(self.external_web_search_url, Unset):
            external_web_search_url = UNSET
        else:
            external_web_search_url = self.external_web_search_url

        external_web_search_api_key: None | str | Unset
        if isinstance(self.external_web_search_api_key, Unset):
            external_web_search_api_key = UNSET
        else:
            external_web_search_api_key = self.external_web_search_api_key

        external_web_loader_url: None | str | Unset
        if isinstance(self.external_web_loader_url, Unset):
            external_web_loader_url = UNSET
        else:
            external_web_loader_url = self.external_web_loader_url

        external_web_loader_api_key: None | str | Unset
        if isinstance(self.external_web_loader_api_key, Unset):
            external_web_loader_api_key = UNSET
        else:
            external_web_loader_api_key = self.external_web_loader_api_key

        youtube_loader_language: list[str] | None | Unset
        if isinstance(self.youtube_loader_language, Unset):
            youtube_loader_language = UNSET
        elif isinstance(self.youtube_loader_language, list):
            youtube_loader_language = self.youtube_loader_language

        else:
            youtube_loader_language = self.youtube_loader_language

        youtube_loader_proxy_url: None | str | Unset
        if isinstance(self.youtube_loader_proxy_url, Unset):
            youtube_loader_proxy_url = UNSET
        else:
            youtube_loader_proxy_url = self.youtube_loader_proxy_url

        youtube_loader_translation: None | str | Unset
        if isinstance(self.youtube_loader_translation, Unset):
            youtube_loader_translation = UNSET
        else:
            youtube_loader_translation = self.youtube_loader_translation

        yandex_web_search_url: None | str | Unset
        if isinstance(self.yandex_web_search_url, Unset):
            yandex_web_search_url = UNSET
        else:
            yandex_web_search_url = self.yandex_web_search_url

        yandex_web_search_api_key: None | str | Unset
        if isinstance(self.yandex_web_search_api_key, Unset):
            yandex_web_search_api_key = UNSET
        else:
            yandex_web_search_api_key = self.yandex_web_search_api_key

        yandex_web_search_config: None | str | Unset
        if isinstance(self.yandex_web_search_config, Unset):
            yandex_web_search_config = UNSET
        else:
            yandex_web_search_config = self.yandex_web_search_config

        youcom_api_key: None | str | Unset
        if isinstance(self.youcom_api_key, Unset):
            youcom_api_key = UNSET
        else:
            youcom_api_key = self.youcom_api_key

        linkup_api_key: None | str | Unset
        if isinstance(self.linkup_api_key, Unset):
            linkup_api_key = UNSET
        else:
            linkup_api_key = self.linkup_api_key

        linkup_search_params: dict[str, Any] | None | Unset
        if isinstance(self.linkup_search_params, Unset):
            linkup_search_params = UNSET
        else:
            linkup_search_params = self.linkup_search_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enable_web_search is not UNSET:
            field_dict["ENABLE_WEB_SEARCH"] = enable_web_search
        if enable_web_search_confirmation is not UNSET:
            field_dict["ENABLE_WEB_SEARCH_CONFIRMATION"] = enable_web_search_confirmation
        if web_search_confirmation_content is not UNSET:
            field_dict["WEB_SEARCH_CONFIRMATION_CONTENT"] = web_search_confirmation_content
        if web_search_engine is not UNSET:
            field_dict["WEB_SEARCH_ENGINE"] = web_search_engine
        if web_search_trust_env is not UNSET:
            field_dict["WEB_SEARCH_TRUST_ENV"] = web_search_trust_env
        if web_search_result_count is not UNSET:
            field_dict["WEB_SEARCH_RESULT_COUNT"] = web_search_result_count
        if web_search_concurrent_requests is not UNSET:
            field_dict["WEB_SEARCH_CONCURRENT_REQUESTS"] = web_search_concurrent_requests
        if web_search_domain_filter_list is not UNSET:
            field_dict["WEB_SEARCH_DOMAIN_FILTER_LIST"] = web_search_domain_filter_list
        if web_fetch_max_content_length is not UNSET:
            field_dict["WEB_FETCH_MAX_CONTENT_LENGTH"] = web_fetch_max_content_length
        if web_loader_concurrent_requests is not UNSET:
            field_dict["WEB_LOADER_CONCURRENT_REQUESTS"] = web_loader_concurrent_requests
        if bypass_web_search_embedding_and_retrieval is not UNSET:
            field_dict["BYPASS_WEB_SEARCH_EMBEDDING_AND_RETRIEVAL"] = (
                bypass_web_search_embedding_and_retrieval
            )
        if bypass_web_search_web_loader is not UNSET:
            field_dict["BYPASS_WEB_SEARCH_WEB_LOADER"] = bypass_web_search_web_loader
        if ollama_cloud_web_search_api_key is not UNSET:
            field_dict["OLLAMA_CLOUD_WEB_SEARCH_API_KEY"] = ollama_cloud_web_search_api_key
        if searxng_query_url is not UNSET:
            field_dict["SEARXNG_QUERY_URL"] = searxng_query_url
        if searxng_language is not UNSET:
            field_dict["SEARXNG_LANGUAGE"] = searxng_language
        if openserp_base_url is not UNSET:
            field_dict["OPENSERP_BASE_URL"] = openserp_base_url
        if yacy_query_url is not UNSET:
            field_dict["YACY_QUERY_URL"] = yacy_query_url
        if yacy_username is not UNSET:
            field_dict["YACY_USERNAME"] = yacy_username
        if yacy_password is not UNSET:
            field_dict["YACY_PASSWORD"] = yacy_password
        if google_pse_api_key is not UNSET:
            field_dict["GOOGLE_PSE_API_KEY"] = google_pse_api_key
        if google_pse_engine_id is not UNSET:
            field_dict["GOOGLE_PSE_ENGINE_ID"] = google_pse_engine_id
        if brave_search_api_key is not UNSET:
            field_dict["BRAVE_SEARCH_API_KEY"] = brave_search_api_key
        if brave_search_context_tokens is not UNSET:
            field_dict["BRAVE_SEARCH_CONTEXT_TOKENS"] = brave_search_context_tokens
        if kagi_search_api_key is not UNSET:
            field_dict["KAGI_SEARCH_API_KEY"] = kagi_search_api_key
        if mojeek_search_api_key is not UNSET:
            field_dict["MOJEEK_SEARCH_API_KEY"] = mojeek_search_api_key
        if bocha_search_api_key is not UNSET:
            field_dict["BOCHA_SEARCH_API_KEY"] = bocha_search_api_key
        if serpstack_api_key is not UNSET:
            field_dict["SERPSTACK_API_KEY"] = serpstack_api_key
        if serpstack_https is not UNSET:
            field_dict["SERPSTACK_HTTPS"] = serpstack_https
        if serper_api_key is not UNSET:
            field_dict["SERPER_API_KEY"] = serper_api_key
        if serphouse_api_key is not UNSET:
            field_dict["SERPHOUSE_API_KEY"] = serphouse_api_key
        if serphouse_domain is not UNSET:
            field_dict["SERPHOUSE_DOMAIN"] = serphouse_domain
        if serply_api_key is not UNSET:
            field_dict["SERPLY_API_KEY"] = serply_api_key
        if ddgs_backend is not UNSET:
            field_dict["DDGS_BACKEND"] = ddgs_backend
        if tavily_api_key is not UNSET:
            field_dict["TAVILY_API_KEY"] = tavily_api_key
        if staan_api_key is not UNSET:
            field_dict["STAAN_API_KEY"] = staan_api_key
        if staan_market is not UNSET:
            field_dict["STAAN_MARKET"] = staan_market
        if staan_max_snippets is not UNSET:
            field_dict["STAAN_MAX_SNIPPETS"] = staan_max_snippets
        if searchapi_api_key is not UNSET:
            field_dict["SEARCHAPI_API_KEY"] = searchapi_api_key
        if searchapi_engine is not UNSET:
            field_dict["SEARCHAPI_ENGINE"] = searchapi_engine
        if serpapi_api_key is not UNSET:
            field_dict["SERPAPI_API_KEY"] = serpapi_api_key
        if serpapi_engine is not UNSET:
            field_dict["SERPAPI_ENGINE"] = serpapi_engine
        if jina_api_key is not UNSET:
            field_dict["JINA_API_KEY"] = jina_api_key
        if jina_api_base_url is not UNSET:
            field_dict["JINA_API_BASE_URL"] = jina_api_base_url
        if bing_search_v7_endpoint is not UNSET:
            field_dict["BING_SEARCH_V7_ENDPOINT"] = bing_search_v7_endpoint
        if bing_search_v7_subscription_key is not UNSET:
            field_dict["BING_SEARCH_V7_SUBSCRIPTION_KEY"] = bing_search_v7_subscription_key
        if exa_api_key is not UNSET:
            field_dict["EXA_API_KEY"] = exa_api_key
        if exa_max_content_length is not UNSET:
            field_dict["EXA_MAX_CONTENT_LENGTH"] = exa_max_content_length
        if perplexity_api_key is not UNSET:
            field_dict["PERPLEXITY_API_KEY"] = perplexity_api_key
        if perplexity_model is not UNSET:
            field_dict["PERPLEXITY_MODEL"] = perplexity_model
        if perplexity_search_context_usage is not UNSET:
            field_dict["PERPLEXITY_SEARCH_CONTEXT_USAGE"] = perplexity_search_context_usage
        if perplexity_search_api_url is not UNSET:
            field_dict["PERPLEXITY_SEARCH_API_URL"] = perplexity_search_api_url
        if microsoft_web_iq_api_base_url is not UNSET:
            field_dict["MICROSOFT_WEB_IQ_API_BASE_URL"] = microsoft_web_iq_api_base_url
        if microsoft_web_iq_api_key is not UNSET:
            field_dict["MICROSOFT_WEB_IQ_API_KEY"] = microsoft_web_iq_api_key
        if microsoft_web_iq_language is not UNSET:
            field_dict["MICROSOFT_WEB_IQ_LANGUAGE"] = microsoft_web_iq_language
        if sougou_api_sid is not UNSET:
            field_dict["SOUGOU_API_SID"] = sougou_api_sid
        if sougou_api_sk is not UNSET:
            field_dict["SOUGOU_API_SK"] = sougou_api_sk
        if web_loader_engine is not UNSET:
            field_dict["WEB_LOADER_ENGINE"] = web_loader_engine
        if web_loader_timeout is not UNSET:
            field_dict["WEB_LOADER_TIMEOUT"] = web_loader_timeout
        if enable_web_loader_ssl_verification is not UNSET:
            field_dict["ENABLE_WEB_LOADER_SSL_VERIFICATION"] = enable_web_loader_ssl_verification
        if playwright_ws_url is not UNSET:
            field_dict["PLAYWRIGHT_WS_URL"] = playwright_ws_url
        if playwright_timeout is not UNSET:
            field_dict["PLAYWRIGHT_TIMEOUT"] = playwright_timeout
        if firecrawl_api_key is not UNSET:
            field_dict["FIRECRAWL_API_KEY"] = firecrawl_api_key
        if firecrawl_api_base_url is not UNSET:
            field_dict["FIRECRAWL_API_BASE_URL"] = firecrawl_api_base_url
        if firecrawl_timeout is not UNSET:
            field_dict["FIRECRAWL_TIMEOUT"] = firecrawl_timeout
        if tavily_extract_depth is not UNSET:
            field_dict["TAVILY_EXTRACT_DEPTH"] = tavily_extract_depth
        if tavily_search_depth is not UNSET:
            field_dict["TAVILY_SEARCH_DEPTH"] = tavily_search_depth
        if external_web_search_url is not UNSET:
            field_dict["EXTERNAL_WEB_SEARCH_URL"] = external_web_search_url
        if external_web_search_api_key is not UNSET:
            field_dict["EXTERNAL_WEB_SEARCH_API_KEY"] = external_web_search_api_key
        if external_web_loader_url is not UNSET:
            field_dict["EXTERNAL_WEB_LOADER_URL"] = external_web_loader_url
        if external_web_loader_api_key is not UNSET:
            field_dict["EXTERNAL_WEB_LOADER_API_KEY"] = external_web_loader_api_key
        if youtube_loader_language is not UNSET:
            field_dict["YOUTUBE_LOADER_LANGUAGE"] = youtube_loader_language
        if youtube_loader_proxy_url is not UNSET:
            field_dict["YOUTUBE_LOADER_PROXY_URL"] = youtube_loader_proxy_url
        if youtube_loader_translation is not UNSET:
            field_dict["YOUTUBE_LOADER_TRANSLATION"] = youtube_loader_translation
        if yandex_web_search_url is not UNSET:
            field_dict["YANDEX_WEB_SEARCH_URL"] = yandex_web_search_url
        if yandex_web_search_api_key is not UNSET:
            field_dict["YANDEX_WEB_SEARCH_API_KEY"] = yandex_web_search_api_key
        if yandex_web_search_config is not UNSET:
            field_dict["YANDEX_WEB_SEARCH_CONFIG"] = yandex_web_search_config
        if youcom_api_key is not UNSET:
            field_dict["YOUCOM_API_KEY"] = youcom_api_key
        if linkup_api_key is not UNSET:
            field_dict["LINKUP_API_KEY"] = linkup_api_key
        if linkup_search_params is not UNSET:
            field_dict["LINKUP_SEARCH_PARAMS"] = linkup_search_params
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        enable_web_search = src_dict.get("ENABLE_WEB_SEARCH", UNSET)

        enable_web_search_confirmation = src_dict.get("ENABLE_WEB_SEARCH_CONFIRMATION", UNSET)

        web_search_confirmation_content = src_dict.get("WEB_SEARCH_CONFIRMATION_CONTENT", UNSET)

        web_search_engine = src_dict.get("WEB_SEARCH_ENGINE", UNSET)

        web_search_trust_env = src_dict.get("WEB_SEARCH_TRUST_ENV", UNSET)

        web_search_result_count = src_dict.get("WEB_SEARCH_RESULT_COUNT", UNSET)

        web_search_concurrent_requests = src_dict.get("WEB_SEARCH_CONCURRENT_REQUESTS", UNSET)

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

        web_fetch_max_content_length = src_dict.get("WEB_FETCH_MAX_CONTENT_LENGTH", UNSET)

        web_loader_concurrent_requests = src_dict.get("WEB_LOADER_CONCURRENT_REQUESTS", UNSET)

        bypass_web_search_embedding_and_retrieval = src_dict.get(
            "BYPASS_WEB_SEARCH_EMBEDDING_AND_RETRIEVAL", UNSET
        )

        bypass_web_search_web_loader = src_dict.get("BYPASS_WEB_SEARCH_WEB_LOADER", UNSET)

        ollama_cloud_web_search_api_key = src_dict.get("OLLAMA_CLOUD_WEB_SEARCH_API_KEY", UNSET)

        searxng_query_url = src_dict.get("SEARXNG_QUERY_URL", UNSET)

        searxng_language = src_dict.get("SEARXNG_LANGUAGE", UNSET)

        openserp_base_url = src_dict.get("OPENSERP_BASE_URL", UNSET)

        yacy_query_url = src_dict.get("YACY_QUERY_URL", UNSET)

        yacy_username = src_dict.get("YACY_USERNAME", UNSET)

        yacy_password = src_dict.get("YACY_PASSWORD", UNSET)

        google_pse_api_key = src_dict.get("GOOGLE_PSE_API_KEY", UNSET)

        google_pse_engine_id = src_dict.get("GOOGLE_PSE_ENGINE_ID", UNSET)

        brave_search_api_key = src_dict.get("BRAVE_SEARCH_API_KEY", UNSET)

        brave_search_context_tokens = src_dict.get("BRAVE_SEARCH_CONTEXT_TOKENS", UNSET)

        kagi_search_api_key = src_dict.get("KAGI_SEARCH_API_KEY", UNSET)

        mojeek_search_api_key = src_dict.get("MOJEEK_SEARCH_API_KEY", UNSET)

        bocha_search_api_key = src_dict.get("BOCHA_SEARCH_API_KEY", UNSET)

        serpstack_api_key = src_dict.get("SERPSTACK_API_KEY", UNSET)

        serpstack_https = src_dict.get("SERPSTACK_HTTPS", UNSET)

        serper_api_key = src_dict.get("SERPER_API_KEY", UNSET)

        serphouse_api_key = src_dict.get("SERPHOUSE_API_KEY", UNSET)

        serphouse_domain = src_dict.get("SERPHOUSE_DOMAIN", UNSET)

        serply_api_key = src_dict.get("SERPLY_API_KEY", UNSET)

        ddgs_backend = src_dict.get("DDGS_BACKEND", UNSET)

        tavily_api_key = src_dict.get("TAVILY_API_KEY", UNSET)

        staan_api_key = src_dict.get("STAAN_API_KEY", UNSET)

        staan_market = src_dict.get("STAAN_MARKET", UNSET)

        staan_max_snippets = src_dict.get("STAAN_MAX_SNIPPETS", UNSET)

        searchapi_api_key = src_dict.get("SEARCHAPI_API_KEY", UNSET)

        searchapi_engine = src_dict.get("SEARCHAPI_ENGINE", UNSET)

        serpapi_api_key = src_dict.get("SERPAPI_API_KEY", UNSET)

        serpapi_engine = src_dict.get("SERPAPI_ENGINE", UNSET)

        jina_api_key = src_dict.get("JINA_API_KEY", UNSET)

        jina_api_base_url = src_dict.get("JINA_API_BASE_URL", UNSET)

        bing_search_v7_endpoint = src_dict.get("BING_SEARCH_V7_ENDPOINT", UNSET)

        bing_search_v7_subscription_key = src_dict.get("BING_SEARCH_V7_SUBSCRIPTION_KEY", UNSET)

        exa_api_key = src_dict.get("EXA_API_KEY", UNSET)

        exa_max_content_length = src_dict.get("EXA_MAX_CONTENT_LENGTH", UNSET)

        perplexity_api_key = src_dict.get("PERPLEXITY_API_KEY", UNSET)

        perplexity_model = src_dict.get("PERPLEXITY_MODEL", UNSET)

        perplexity_search_context_usage = src_dict.get("PERPLEXITY_SEARCH_CONTEXT_USAGE", UNSET)

        perplexity_search_api_url = src_dict.get("PERPLEXITY_SEARCH_API_URL", UNSET)

        microsoft_web_iq_api_base_url = src_dict.get("MICROSOFT_WEB_IQ_API_BASE_URL", UNSET)

        microsoft_web_iq_api_key = src_dict.get("MICROSOFT_WEB_IQ_API_KEY", UNSET)

        microsoft_web_iq_language = src_dict.get("MICROSOFT_WEB_IQ_LANGUAGE", UNSET)

        sougou_api_sid = src_dict.get("SOUGOU_API_SID", UNSET)

        sougou_api_sk = src_dict.get("SOUGOU_API_SK", UNSET)

        web_loader_engine = src_dict.get("WEB_LOADER_ENGINE", UNSET)

        web_loader_timeout = src_dict.get("WEB_LOADER_TIMEOUT", UNSET)

        enable_web_loader_ssl_verification = src_dict.get(
            "ENABLE_WEB_LOADER_SSL_VERIFICATION", UNSET
        )

        playwright_ws_url = src_dict.get("PLAYWRIGHT_WS_URL", UNSET)

        playwright_timeout = src_dict.get("PLAYWRIGHT_TIMEOUT", UNSET)

        firecrawl_api_key = src_dict.get("FIRECRAWL_API_KEY", UNSET)

        firecrawl_api_base_url = src_dict.get("FIRECRAWL_API_BASE_URL", UNSET)

        firecrawl_timeout = src_dict.get("FIRECRAWL_TIMEOUT", UNSET)

        tavily_extract_depth = src_dict.get("TAVILY_EXTRACT_DEPTH", UNSET)

        tavily_search_depth = src_dict.get("TAVILY_SEARCH_DEPTH", UNSET)

        external_web_search_url = src_dict.get("EXTERNAL_WEB_SEARCH_URL", UNSET)

        external_web_search_api_key = src_dict.get("EXTERNAL_WEB_SEARCH_API_KEY", UNSET)

        external_web_loader_url = src_dict.get("EXTERNAL_WEB_LOADER_URL", UNSET)

        external_web_loader_api_key = src_dict.get("EXTERNAL_WEB_LOADER_API_KEY", UNSET)

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

        youtube_loader_proxy_url = src_dict.get("YOUTUBE_LOADER_PROXY_URL", UNSET)

        youtube_loader_translation = src_dict.get("YOUTUBE_LOADER_TRANSLATION", UNSET)

        yandex_web_search_url = src_dict.get("YANDEX_WEB_SEARCH_URL", UNSET)

        yandex_web_search_api_key = src_dict.get("YANDEX_WEB_SEARCH_API_KEY", UNSET)

        yandex_web_search_config = src_dict.get("YANDEX_WEB_SEARCH_CONFIG", UNSET)

        youcom_api_key = src_dict.get("YOUCOM_API_KEY", UNSET)

        linkup_api_key = src_dict.get("LINKUP_API_KEY", UNSET)

        linkup_search_params = src_dict.get("LINKUP_SEARCH_PARAMS", UNSET)

        obj = cls(
            enable_web_search,
            enable_web_search_confirmation,
            web_search_confirmation_content,
            web_search_engine,
            web_search_trust_env,
            web_search_result_count,
            web_search_concurrent_requests,
            web_search_domain_filter_list,
            web_fetch_max_content_length,
            web_loader_concurrent_requests,
            bypass_web_search_embedding_and_retrieval,
            bypass_web_search_web_loader,
            ollama_cloud_web_search_api_key,
            searxng_query_url,
            searxng_language,
            openserp_base_url,
            yacy_query_url,
            yacy_username,
            yacy_password,
            google_pse_api_key,
            google_pse_engine_id,
            brave_search_api_key,
            brave_search_context_tokens,
            kagi_search_api_key,
            mojeek_search_api_key,
            bocha_search_api_key,
            serpstack_api_key,
            serpstack_https,
            serper_api_key,
            serphouse_api_key,
            serphouse_domain,
            serply_api_key,
            ddgs_backend,
            tavily_api_key,
            staan_api_key,
            staan_market,
            staan_max_snippets,
            searchapi_api_key,
            searchapi_engine,
            serpapi_api_key,
            serpapi_engine,
            jina_api_key,
            jina_api_base_url,
            bing_search_v7_endpoint,
            bing_search_v7_subscription_key,
            exa_api_key,
            exa_max_content_length,
            perplexity_api_key,
            perplexity_model,
            perplexity_search_context_usage,
            perplexity_search_api_url,
            microsoft_web_iq_api_base_url,
            microsoft_web_iq_api_key,
            microsoft_web_iq_language,
            sougou_api_sid,
            sougou_api_sk,
            web_loader_engine,
            web_loader_timeout,
            enable_web_loader_ssl_verification,
            playwright_ws_url,
            playwright_timeout,
            firecrawl_api_key,
            firecrawl_api_base_url,
            firecrawl_timeout,
            tavily_extract_depth,
            tavily_search_depth,
            external_web_search_url,
            external_web_search_api_key,
            external_web_loader_url,
            external_web_loader_api_key,
            youtube_loader_language,
            youtube_loader_proxy_url,
            youtube_loader_translation,
            yandex_web_search_url,
            yandex_web_search_api_key,
            yandex_web_search_config,
            youcom_api_key,
            linkup_api_key,
            linkup_search_params,
        )
        if len(src_dict) != 0 + (enable_web_search is not UNSET) + (
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
