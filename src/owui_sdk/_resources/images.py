"""``client.images``: the ``images`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.images`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import images as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.create_image_form import CreateImageForm
    from .._generated.models.edit_image_form import EditImageForm
    from .._generated.models.images_config import ImagesConfig
    from .._generated.models.images_connection_verification_form import (
        ImagesConnectionVerificationForm,
    )

__all__ = ["AsyncImagesResource", "ImagesResource"]


class AsyncImagesResource:
    """The ``images`` endpoints (asyncio): ``client.images`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def edit_images(
        self,
        body: EditImageForm | dict[str, Any],
    ) -> Any:
        """Edit Images

        ``POST /api/v1/images/edit``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.edit_images.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_images(
        self,
        body: CreateImageForm | dict[str, Any],
    ) -> Any:
        """Generate Images

        ``POST /api/v1/images/generations``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_images.asyncio(
            client=self._client,
            body=body,
        )

    async def get_config(
        self,
    ) -> ImagesConfig:
        """Get Config

        ``GET /api/v1/images/config``
        """
        return await _api.get_config.asyncio(
            client=self._client,
        )

    async def get_models(
        self,
    ) -> Any:
        """Get Models

        ``GET /api/v1/images/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_models.asyncio(
            client=self._client,
        )

    async def update_config(
        self,
        body: ImagesConfig | dict[str, Any],
    ) -> Any:
        """Update Config

        ``POST /api/v1/images/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_config.asyncio(
            client=self._client,
            body=body,
        )

    async def verify_connection(
        self,
        body: ImagesConnectionVerificationForm | dict[str, Any],
    ) -> Any:
        """Verify Connection

        ``POST /api/v1/images/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.verify_connection.asyncio(
            client=self._client,
            body=body,
        )


class ImagesResource:
    """The ``images`` endpoints: ``client.images`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def edit_images(
        self,
        body: EditImageForm | dict[str, Any],
    ) -> Any:
        """Edit Images

        ``POST /api/v1/images/edit``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.edit_images.sync(
            client=self._client,
            body=body,
        )

    def generate_images(
        self,
        body: CreateImageForm | dict[str, Any],
    ) -> Any:
        """Generate Images

        ``POST /api/v1/images/generations``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_images.sync(
            client=self._client,
            body=body,
        )

    def get_config(
        self,
    ) -> ImagesConfig:
        """Get Config

        ``GET /api/v1/images/config``
        """
        return _api.get_config.sync(
            client=self._client,
        )

    def get_models(
        self,
    ) -> Any:
        """Get Models

        ``GET /api/v1/images/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_models.sync(
            client=self._client,
        )

    def update_config(
        self,
        body: ImagesConfig | dict[str, Any],
    ) -> Any:
        """Update Config

        ``POST /api/v1/images/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_config.sync(
            client=self._client,
            body=body,
        )

    def verify_connection(
        self,
        body: ImagesConnectionVerificationForm | dict[str, Any],
    ) -> Any:
        """Verify Connection

        ``POST /api/v1/images/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.verify_connection.sync(
            client=self._client,
            body=body,
        )
