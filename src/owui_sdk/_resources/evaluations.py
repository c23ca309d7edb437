"""``client.evaluations``: the ``evaluations`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.evaluations`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import evaluations as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.feedback_form import FeedbackForm
    from .._generated.models.feedback_id_response import FeedbackIdResponse
    from .._generated.models.feedback_list_response import FeedbackListResponse
    from .._generated.models.feedback_model import FeedbackModel
    from .._generated.models.feedbacks_model_history_response import FeedbacksModelHistoryResponse
    from .._generated.models.leaderboard_response import LeaderboardResponse
    from .._generated.models.update_config_form import UpdateConfigForm
    from .._types import Unset

__all__ = ["AsyncEvaluationsResource", "EvaluationsResource"]


class AsyncEvaluationsResource:
    """The ``evaluations`` endpoints (asyncio): ``client.evaluations`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_feedback(
        self,
        body: FeedbackForm | dict[str, Any],
    ) -> FeedbackModel:
        """Create Feedback

        ``POST /api/v1/evaluations/feedback``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_feedback.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_all_feedbacks(
        self,
    ) -> Any:
        """Delete All Feedbacks

        ``DELETE /api/v1/evaluations/feedbacks/all``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_all_feedbacks.asyncio(
            client=self._client,
        )

    async def delete_feedback_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Feedback By Id

        ``DELETE /api/v1/evaluations/feedback/{id}``
        """
        return await _api.delete_feedback_by_id.asyncio(
            id,
            client=self._client,
        )

    async def delete_feedbacks(
        self,
    ) -> bool:
        """Delete Feedbacks

        ``DELETE /api/v1/evaluations/feedbacks``
        """
        return await _api.delete_feedbacks.asyncio(
            client=self._client,
        )

    async def export_all_feedbacks(
        self,
        *,
        model_id: None | str | Unset = UNSET,
    ) -> list[FeedbackModel]:
        """Export All Feedbacks

        ``GET /api/v1/evaluations/feedbacks/all/export``
        """
        return await _api.export_all_feedbacks.asyncio(
            client=self._client,
            model_id=model_id,
        )

    async def get_all_feedback_ids(
        self,
    ) -> list[FeedbackIdResponse]:
        """Get All Feedback Ids

        ``GET /api/v1/evaluations/feedbacks/all/ids``
        """
        return await _api.get_all_feedback_ids.asyncio(
            client=self._client,
        )

    async def get_config(
        self,
    ) -> Any:
        """Get Config

        ``GET /api/v1/evaluations/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_config.asyncio(
            client=self._client,
        )

    async def get_feedback_by_id(
        self,
        id: str,
    ) -> FeedbackModel:
        """Get Feedback By Id

        ``GET /api/v1/evaluations/feedback/{id}``
        """
        return await _api.get_feedback_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_feedback_model_ids(
        self,
    ) -> list[str]:
        """Get Feedback Model Ids

        ``GET /api/v1/evaluations/feedbacks/models``
        """
        return await _api.get_feedback_model_ids.asyncio(
            client=self._client,
        )

    async def get_feedbacks(
        self,
        *,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
        model_id: None | str | Unset = UNSET,
    ) -> FeedbackListResponse:
        """Get Feedbacks

        ``GET /api/v1/evaluations/feedbacks/list``
        """
        return await _api.get_feedbacks.asyncio(
            client=self._client,
            order_by=order_by,
            direction=direction,
            page=page,
            model_id=model_id,
        )

    async def get_leaderboard(
        self,
        *,
        query: None | str | Unset = UNSET,
    ) -> LeaderboardResponse:
        """Get Leaderboard

        Get model leaderboard with Elo ratings. Query filters by tag similarity.

        ``GET /api/v1/evaluations/leaderboard``
        """
        return await _api.get_leaderboard.asyncio(
            client=self._client,
            query=query,
        )

    async def get_model_history(
        self,
        model_id: str,
        *,
        days: int | Unset = 30,
    ) -> FeedbacksModelHistoryResponse:
        """Get Model History

        Get daily win/loss history for a specific model.

        ``GET /api/v1/evaluations/leaderboard/{model_id}/history``
        """
        return await _api.get_model_history.asyncio(
            model_id,
            client=self._client,
            days=days,
        )

    async def get_user_feedbacks(
        self,
        *,
        page: int | None | Unset = 1,
    ) -> FeedbackListResponse:
        """Get User Feedbacks

        ``GET /api/v1/evaluations/feedbacks/user``
        """
        return await _api.get_user_feedbacks.asyncio(
            client=self._client,
            page=page,
        )

    async def update_config(
        self,
        body: UpdateConfigForm | dict[str, Any],
    ) -> Any:
        """Update Config

        ``POST /api/v1/evaluations/config``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_config.asyncio(
            client=self._client,
            body=body,
        )

    async def update_feedback_by_id(
        self,
        id: str,
        body: FeedbackForm | dict[str, Any],
    ) -> FeedbackModel:
        """Update Feedback By Id

        ``POST /api/v1/evaluations/feedback/{id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_feedback_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )


class EvaluationsResource:
    """The ``evaluations`` endpoints: ``client.evaluations`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_feedback(
        self,
        body: FeedbackForm | dict[str, Any],
    ) -> FeedbackModel:
        """Create Feedback

        ``POST /api/v1/evaluations/feedback``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_feedback.sync(
            client=self._client,
            body=body,
        )

    def delete_all_feedbacks(
        self,
    ) -> Any:
        """Delete All Feedbacks

        ``DELETE /api/v1/evaluations/feedbacks/all``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_all_feedbacks.sync(
            client=self._client,
        )

    def delete_feedback_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Feedback By Id

        ``DELETE /api/v1/evaluations/feedback/{id}``
        """
        return _api.delete_feedback_by_id.sync(
            id,
            client=self._client,
        )

    def delete_feedbacks(
        self,
    ) -> bool:
        """Delete Feedbacks

        ``DELETE /api/v1/evaluations/feedbacks``
        """
        return _api.delete_feedbacks.sync(
            client=self._client,
        )

    def export_all_feedbacks(
        self,
        *,
        model_id: None | str | Unset = UNSET,
    ) -> list[FeedbackModel]:
        """Export All Feedbacks

        ``GET /api/v1/evaluations/feedbacks/all/export``
        """
        return _api.export_all_feedbacks.sync(
            client=self._client,
            model_id=model_id,
        )

    def get_all_feedback_ids(
        self,
    ) -> list[FeedbackIdResponse]:
        """Get All Feedback Ids

        ``GET /api/v1/evaluations/feedbacks/all/ids``
        """
        return _api.get_all_feedback_ids.sync(
            client=self._client,
        )

    def get_config(
        self,
    ) -> Any:
        """Get Config

        ``GET /api/v1/evaluations/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_config.sync(
            client=self._client,
        )

    def get_feedback_by_id(
        self,
        id: str,
    ) -> FeedbackModel:
        """Get Feedback By Id

        ``GET /api/v1/evaluations/feedback/{id}``
        """
        return _api.get_feedback_by_id.sync(
            id,
            client=self._client,
        )

    def get_feedback_model_ids(
        self,
    ) -> list[str]:
        """Get Feedback Model Ids

        ``GET /api/v1/evaluations/feedbacks/models``
        """
        return _api.get_feedback_model_ids.sync(
            client=self._client,
        )

    def get_feedbacks(
        self,
        *,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
        model_id: None | str | Unset = UNSET,
    ) -> FeedbackListResponse:
        """Get Feedbacks

        ``GET /api/v1/evaluations/feedbacks/list``
        """
        return _api.get_feedbacks.sync(
            client=self._client,
            order_by=order_by,
            direction=direction,
            page=page,
            model_id=model_id,
        )

    def get_leaderboard(
        self,
        *,
        query: None | str | Unset = UNSET,
    ) -> LeaderboardResponse:
        """Get Leaderboard

        Get model leaderboard with Elo ratings. Query filters by tag similarity.

        ``GET /api/v1/evaluations/leaderboard``
        """
        return _api.get_leaderboard.sync(
            client=self._client,
            query=query,
        )

    def get_model_history(
        self,
        model_id: str,
        *,
        days: int | Unset = 30,
    ) -> FeedbacksModelHistoryResponse:
        """Get Model History

        Get daily win/loss history for a specific model.

        ``GET /api/v1/evaluations/leaderboard/{model_id}/history``
        """
        return _api.get_model_history.sync(
            model_id,
            client=self._client,
            days=days,
        )

    def get_user_feedbacks(
        self,
        *,
        page: int | None | Unset = 1,
    ) -> FeedbackListResponse:
        """Get User Feedbacks

        ``GET /api/v1/evaluations/feedbacks/user``
        """
        return _api.get_user_feedbacks.sync(
            client=self._client,
            page=page,
        )

    def update_config(
        self,
        body: UpdateConfigForm | dict[str, Any],
    ) -> Any:
        """Update Config

        ``POST /api/v1/evaluations/config``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_config.sync(
            client=self._client,
            body=body,
        )

    def update_feedback_by_id(
        self,
        id: str,
        body: FeedbackForm | dict[str, Any],
    ) -> FeedbackModel:
        """Update Feedback By Id

        ``POST /api/v1/evaluations/feedback/{id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_feedback_by_id.sync(
            id,
            client=self._client,
            body=body,
        )
