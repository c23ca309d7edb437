"""``client.utils``: the ``utils`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.utils`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import utils as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.code_form import CodeForm

__all__ = ["AsyncUtilsResource", "UtilsResource"]


class AsyncUtilsResource:
    """The ``utils`` endpoints (asyncio): ``client.utils`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def download_db(
        self,
    ) -> Any:
        """Download Db

        Download the raw SQLite database file (admin-only, SQLite deployments only).

        ``GET /api/v1/utils/db/download``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.download_db.asyncio(
            client=self._client,
        )

    async def execute_code(
        self,
        body: CodeForm | dict[str, Any],
    ) -> Any:
        """Execute Code

        ``POST /api/v1/utils/code/execute``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.execute_code.asyncio(
            client=self._client,
            body=body,
        )

    async def format_code(
        self,
        body: CodeForm | dict[str, Any],
    ) -> Any:
        """Format Code

        ``POST /api/v1/utils/code/format``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.format_code.asyncio(
            client=self._client,
            body=body,
        )

    async def get_gravatar(
        self,
        *,
        email: str,
    ) -> Any:
        """Get Gravatar

        ``GET /api/v1/utils/gravatar``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_gravatar.asyncio(
            client=self._client,
            email=email,
        )


class UtilsResource:
    """The ``utils`` endpoints: ``client.utils`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def download_db(
        self,
    ) -> Any:
        """Download Db

        Download the raw SQLite database file (admin-only, SQLite deployments only).

        ``GET /api/v1/utils/db/download``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.download_db.sync(
            client=self._client,
        )

    def execute_code(
        self,
        body: CodeForm | dict[str, Any],
    ) -> Any:
        """Execute Code

        ``POST /api/v1/utils/code/execute``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.execute_code.sync(
            client=self._client,
            body=body,
        )

    def format_code(
        self,
        body: CodeForm | dict[str, Any],
    ) -> Any:
        """Format Code

        ``POST /api/v1/utils/code/format``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.format_code.sync(
            client=self._client,
            body=body,
        )

    def get_gravatar(
        self,
        *,
        email: str,
    ) -> Any:
        """Get Gravatar

        ``GET /api/v1/utils/gravatar``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_gravatar.sync(
            client=self._client,
            email=email,
        )
