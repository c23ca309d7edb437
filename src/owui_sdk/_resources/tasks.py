"""``client.tasks``: the ``tasks`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.tasks`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import tasks as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.task_config_form import TaskConfigForm

__all__ = ["AsyncTasksResource", "TasksResource"]


class AsyncTasksResource:
    """The ``tasks`` endpoints (asyncio): ``client.tasks`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate_autocompletion(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Autocompletion

        ``POST /api/v1/tasks/auto/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_autocompletion.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_chat_tags(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Chat Tags

        ``POST /api/v1/tasks/tags/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_chat_tags.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_emoji(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Emoji

        ``POST /api/v1/tasks/emoji/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_emoji.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_follow_ups(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Follow Ups

        ``POST /api/v1/tasks/follow_up/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_follow_ups.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_image_prompt(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Image Prompt

        ``POST /api/v1/tasks/image_prompt/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_image_prompt.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_moa_response(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Moa Response

        ``POST /api/v1/tasks/moa/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_moa_response.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_queries(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Queries

        ``POST /api/v1/tasks/queries/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_queries.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_title(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Title

        ``POST /api/v1/tasks/title/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_title.asyncio(
            client=self._client,
            body=body,
        )

    async def get_task_config(
        self,
    ) -> Any:
        """Get Task Config

        ``GET /api/v1/tasks/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_task_config.asyncio(
            client=self._client,
        )

    async def update_task_config(
        self,
        body: TaskConfigForm | dict[str, Any],
    ) -> Any:
        """Update Task Config

        ``POST /api/v1/tasks/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_task_config.asyncio(
            client=self._client,
            body=body,
        )


class TasksResource:
    """The ``tasks`` endpoints: ``client.tasks`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate_autocompletion(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Autocompletion

        ``POST /api/v1/tasks/auto/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_autocompletion.sync(
            client=self._client,
            body=body,
        )

    def generate_chat_tags(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Chat Tags

        ``POST /api/v1/tasks/tags/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_chat_tags.sync(
            client=self._client,
            body=body,
        )

    def generate_emoji(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Emoji

        ``POST /api/v1/tasks/emoji/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_emoji.sync(
            client=self._client,
            body=body,
        )

    def generate_follow_ups(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Follow Ups

        ``POST /api/v1/tasks/follow_up/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_follow_ups.sync(
            client=self._client,
            body=body,
        )

    def generate_image_prompt(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Image Prompt

        ``POST /api/v1/tasks/image_prompt/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_image_prompt.sync(
            client=self._client,
            body=body,
        )

    def generate_moa_response(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Moa Response

        ``POST /api/v1/tasks/moa/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_moa_response.sync(
            client=self._client,
            body=body,
        )

    def generate_queries(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Queries

        ``POST /api/v1/tasks/queries/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_queries.sync(
            client=self._client,
            body=body,
        )

    def generate_title(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Title

        ``POST /api/v1/tasks/title/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_title.sync(
            client=self._client,
            body=body,
        )

    def get_task_config(
        self,
    ) -> Any:
        """Get Task Config

        ``GET /api/v1/tasks/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_task_config.sync(
            client=self._client,
        )

    def update_task_config(
        self,
        body: TaskConfigForm | dict[str, Any],
    ) -> Any:
        """Update Task Config

        ``POST /api/v1/tasks/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_task_config.sync(
            client=self._client,
            body=body,
        )
