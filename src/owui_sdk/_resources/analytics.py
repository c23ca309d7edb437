"""``client.analytics``: the ``analytics`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.analytics`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._paging import apages, pages
from .._types import UNSET
from ..api import analytics as _api

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Generator

    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.chat_message_model import ChatMessageModel
    from .._generated.models.daily_stats_response import DailyStatsResponse
    from .._generated.models.get_daily_stats_granularity import (
        GetDailyStatsGranularity,
    )
    from .._generated.models.get_daily_stats_metric import (
        GetDailyStatsMetric,
    )
    from .._generated.models.get_user_analytics_metric import (
        GetUserAnalyticsMetric,
    )
    from .._generated.models.model_analytics_response import ModelAnalyticsResponse
    from .._generated.models.model_chat_entry import ModelChatEntry
    from .._generated.models.model_chats_response import ModelChatsResponse
    from .._generated.models.model_overview_response import ModelOverviewResponse
    from .._generated.models.summary_response import SummaryResponse
    from .._generated.models.token_usage_response import TokenUsageResponse
    from .._generated.models.user_analytics_response import UserAnalyticsResponse
    from .._types import Unset

__all__ = ["AsyncAnalyticsResource", "AnalyticsResource"]


class AsyncAnalyticsResource:
    """The ``analytics`` endpoints (asyncio): ``client.analytics`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_daily_stats(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        granularity: GetDailyStatsGranularity | Unset = "daily",
        metric: GetDailyStatsMetric | Unset = "messages",
        compare: bool | Unset = False,
    ) -> DailyStatsResponse:
        """Get Daily Stats

        Get message counts or total tokens grouped by model for the time-series chart.

        ``GET /api/v1/analytics/daily``

        Args:
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
            group_id (None | str | Unset): Filter by user group ID
        """
        return await _api.get_daily_stats.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
            granularity=granularity,
            metric=metric,
            compare=compare,
        )

    async def get_messages(
        self,
        *,
        model_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        chat_id: None | str | Unset = UNSET,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
    ) -> list[ChatMessageModel]:
        """Get Messages

        Query messages with filters.

        ``GET /api/v1/analytics/messages``

        Args:
            model_id (None | str | Unset): Filter by model ID
            user_id (None | str | Unset): Filter by user ID
            chat_id (None | str | Unset): Filter by chat ID
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
        """
        return await _api.get_messages.asyncio(
            client=self._client,
            model_id=model_id,
            user_id=user_id,
            chat_id=chat_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
        )

    def iter_get_messages(
        self,
        *,
        model_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        chat_id: None | str | Unset = UNSET,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        limit: int = 50,
    ) -> AsyncGenerator[ChatMessageModel]:
        """Every item of :meth:`get_messages`, page after page.

        Pages are asked for by ``skip``, ``limit`` items at a time; the walk ends at a page
        shorter than ``limit``. The next page is read once the previous one is used up. Takes
        the arguments of :meth:`get_messages` but ``skip``; ``limit`` is the page size.
        """
        return apages(
            lambda skip: self.get_messages(
                model_id=model_id,
                user_id=user_id,
                chat_id=chat_id,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                skip=skip,
            ),
            lambda answer: (answer or [], None, None),
            size=limit,
        )

    async def get_model_analytics(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> ModelAnalyticsResponse:
        """Get Model Analytics

        Get message counts per model.

        ``GET /api/v1/analytics/models``

        Args:
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
            group_id (None | str | Unset): Filter by user group ID
        """
        return await _api.get_model_analytics.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
        )

    async def get_model_chats(
        self,
        model_id: str,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
        order_by: str | Unset = "updated_at",
        direction: str | Unset = "desc",
    ) -> ModelChatsResponse:
        """Get Model Chats

        Get chats that used a specific model, with preview and feedback info.

        ``GET /api/v1/analytics/models/{model_id}/chats``
        """
        return await _api.get_model_chats.asyncio(
            model_id,
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
            order_by=order_by,
            direction=direction,
        )

    def iter_get_model_chats(
        self,
        model_id: str,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        limit: int = 50,
        order_by: str | Unset = "updated_at",
        direction: str | Unset = "desc",
    ) -> AsyncGenerator[ModelChatEntry]:
        """Every item of :meth:`get_model_chats`, page after page.

        Pages are asked for by ``skip``, ``limit`` items at a time; the walk ends at a page
        shorter than ``limit``, or once ``total`` items came. The next page is read once the
        previous one is used up. Takes the arguments of :meth:`get_model_chats` but ``skip``;
        ``limit`` is the page size.
        """
        return apages(
            lambda skip: self.get_model_chats(
                model_id,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                order_by=order_by,
                direction=direction,
                skip=skip,
            ),
            lambda answer: (
                answer.chats or [],
                answer.total if isinstance(answer.total, int) else None,
                None,
            ),
            size=limit,
        )

    async def get_model_overview(
        self,
        model_id: str,
        *,
        days: int | Unset = 30,
    ) -> ModelOverviewResponse:
        """Get Model Overview

        Get model overview with feedback history and chat tags.

        ``GET /api/v1/analytics/models/{model_id}/overview``

        Args:
            days (int | Unset): Number of days of history (0 for all) Default: 30.
        """
        return await _api.get_model_overview.asyncio(
            model_id,
            client=self._client,
            days=days,
        )

    async def get_summary(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> SummaryResponse:
        """Get Summary

        Get summary statistics for the dashboard.

        ``GET /api/v1/analytics/summary``

        Args:
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
            group_id (None | str | Unset): Filter by user group ID
        """
        return await _api.get_summary.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
        )

    async def get_token_usage(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> TokenUsageResponse:
        """Get Token Usage

        Get token usage aggregated by model.

        ``GET /api/v1/analytics/tokens``

        Args:
            group_id (None | str | Unset): Filter by user group ID
        """
        return await _api.get_token_usage.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
        )

    async def get_user_analytics(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        metric: GetUserAnalyticsMetric | Unset = "messages",
    ) -> UserAnalyticsResponse:
        """Get User Analytics

        Get message counts and token usage per user with user info.

        ``GET /api/v1/analytics/users``

        Args:
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
            group_id (None | str | Unset): Filter by user group ID
            limit (int | Unset): Max users to return Default: 50.
        """
        return await _api.get_user_analytics.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
            limit=limit,
            metric=metric,
        )


class AnalyticsResource:
    """The ``analytics`` endpoints: ``client.analytics`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get_daily_stats(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        granularity: GetDailyStatsGranularity | Unset = "daily",
        metric: GetDailyStatsMetric | Unset = "messages",
        compare: bool | Unset = False,
    ) -> DailyStatsResponse:
        """Get Daily Stats

        Get message counts or total tokens grouped by model for the time-series chart.

        ``GET /api/v1/analytics/daily``

        Args:
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
            group_id (None | str | Unset): Filter by user group ID
        """
        return _api.get_daily_stats.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
            granularity=granularity,
            metric=metric,
            compare=compare,
        )

    def get_messages(
        self,
        *,
        model_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        chat_id: None | str | Unset = UNSET,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
    ) -> list[ChatMessageModel]:
        """Get Messages

        Query messages with filters.

        ``GET /api/v1/analytics/messages``

        Args:
            model_id (None | str | Unset): Filter by model ID
            user_id (None | str | Unset): Filter by user ID
            chat_id (None | str | Unset): Filter by chat ID
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
        """
        return _api.get_messages.sync(
            client=self._client,
            model_id=model_id,
            user_id=user_id,
            chat_id=chat_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
        )

    def iter_get_messages(
        self,
        *,
        model_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        chat_id: None | str | Unset = UNSET,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        limit: int = 50,
    ) -> Generator[ChatMessageModel]:
        """Every item of :meth:`get_messages`, page after page.

        Pages are asked for by ``skip``, ``limit`` items at a time; the walk ends at a page
        shorter than ``limit``. The next page is read once the previous one is used up. Takes
        the arguments of :meth:`get_messages` but ``skip``; ``limit`` is the page size.
        """
        return pages(
            lambda skip: self.get_messages(
                model_id=model_id,
                user_id=user_id,
                chat_id=chat_id,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                skip=skip,
            ),
            lambda answer: (answer or [], None, None),
            size=limit,
        )

    def get_model_analytics(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> ModelAnalyticsResponse:
        """Get Model Analytics

        Get message counts per model.

        ``GET /api/v1/analytics/models``

        Args:
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
            group_id (None | str | Unset): Filter by user group ID
        """
        return _api.get_model_analytics.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
        )

    def get_model_chats(
        self,
        model_id: str,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
        order_by: str | Unset = "updated_at",
        direction: str | Unset = "desc",
    ) -> ModelChatsResponse:
        """Get Model Chats

        Get chats that used a specific model, with preview and feedback info.

        ``GET /api/v1/analytics/models/{model_id}/chats``
        """
        return _api.get_model_chats.sync(
            model_id,
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
            order_by=order_by,
            direction=direction,
        )

    def iter_get_model_chats(
        self,
        model_id: str,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        limit: int = 50,
        order_by: str | Unset = "updated_at",
        direction: str | Unset = "desc",
    ) -> Generator[ModelChatEntry]:
        """Every item of :meth:`get_model_chats`, page after page.

        Pages are asked for by ``skip``, ``limit`` items at a time; the walk ends at a page
        shorter than ``limit``, or once ``total`` items came. The next page is read once the
        previous one is used up. Takes the arguments of :meth:`get_model_chats` but ``skip``;
        ``limit`` is the page size.
        """
        return pages(
            lambda skip: self.get_model_chats(
                model_id,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                order_by=order_by,
                direction=direction,
                skip=skip,
            ),
            lambda answer: (
                answer.chats or [],
                answer.total if isinstance(answer.total, int) else None,
                None,
            ),
            size=limit,
        )

    def get_model_overview(
        self,
        model_id: str,
        *,
        days: int | Unset = 30,
    ) -> ModelOverviewResponse:
        """Get Model Overview

        Get model overview with feedback history and chat tags.

        ``GET /api/v1/analytics/models/{model_id}/overview``

        Args:
            days (int | Unset): Number of days of history (0 for all) Default: 30.
        """
        return _api.get_model_overview.sync(
            model_id,
            client=self._client,
            days=days,
        )

    def get_summary(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> SummaryResponse:
        """Get Summary

        Get summary statistics for the dashboard.

        ``GET /api/v1/analytics/summary``

        Args:
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
            group_id (None | str | Unset): Filter by user group ID
        """
        return _api.get_summary.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
        )

    def get_token_usage(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
    ) -> TokenUsageResponse:
        """Get Token Usage

        Get token usage aggregated by model.

        ``GET /api/v1/analytics/tokens``

        Args:
            group_id (None | str | Unset): Filter by user group ID
        """
        return _api.get_token_usage.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
        )

    def get_user_analytics(
        self,
        *,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
        group_id: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        metric: GetUserAnalyticsMetric | Unset = "messages",
    ) -> UserAnalyticsResponse:
        """Get User Analytics

        Get message counts and token usage per user with user info.

        ``GET /api/v1/analytics/users``

        Args:
            start_date (int | None | Unset): Start timestamp (epoch)
            end_date (int | None | Unset): End timestamp (epoch)
            group_id (None | str | Unset): Filter by user group ID
            limit (int | Unset): Max users to return Default: 50.
        """
        return _api.get_user_analytics.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
            limit=limit,
            metric=metric,
        )
