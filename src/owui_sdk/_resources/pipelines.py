"""``client.pipelines``: the ``pipelines`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.pipelines`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import pipelines as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.add_pipeline_form import AddPipelineForm
    from .._generated.models.delete_pipeline_form import DeletePipelineForm
    from .._generated.models.upload_pipeline_body import UploadPipelineBody
    from .._types import Unset

__all__ = ["AsyncPipelinesResource", "PipelinesResource"]


class AsyncPipelinesResource:
    """The ``pipelines`` endpoints (asyncio): ``client.pipelines`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def add_pipeline(
        self,
        body: AddPipelineForm | dict[str, Any],
    ) -> Any:
        """Add Pipeline

        ``POST /api/v1/pipelines/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.add_pipeline.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_pipeline(
        self,
        body: DeletePipelineForm | dict[str, Any],
    ) -> Any:
        """Delete Pipeline

        ``DELETE /api/v1/pipelines/delete``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_pipeline.asyncio(
            client=self._client,
            body=body,
        )

    async def get_pipeline_valves(
        self,
        pipeline_id: str,
        *,
        url_idx: int | None,
    ) -> Any:
        """Get Pipeline Valves

        ``GET /api/v1/pipelines/{pipeline_id}/valves``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_pipeline_valves.asyncio(
            pipeline_id,
            client=self._client,
            url_idx=url_idx,
        )

    async def get_pipeline_valves_spec(
        self,
        pipeline_id: str,
        *,
        url_idx: int | None,
    ) -> Any:
        """Get Pipeline Valves Spec

        ``GET /api/v1/pipelines/{pipeline_id}/valves/spec``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_pipeline_valves_spec.asyncio(
            pipeline_id,
            client=self._client,
            url_idx=url_idx,
        )

    async def get_pipelines(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Get Pipelines

        ``GET /api/v1/pipelines/``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_pipelines.asyncio(
            client=self._client,
            url_idx=url_idx,
        )

    async def get_pipelines_list(
        self,
    ) -> Any:
        """Get Pipelines List

        ``GET /api/v1/pipelines/list``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_pipelines_list.asyncio(
            client=self._client,
        )

    async def update_pipeline_valves(
        self,
        pipeline_id: str,
        body: dict[str, Any],
        *,
        url_idx: int | None,
    ) -> Any:
        """Update Pipeline Valves

        ``POST /api/v1/pipelines/{pipeline_id}/valves/update``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_pipeline_valves.asyncio(
            pipeline_id,
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def upload_pipeline(
        self,
        body: UploadPipelineBody,
    ) -> Any:
        """Upload Pipeline

        ``POST /api/v1/pipelines/upload``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.upload_pipeline.asyncio(
            client=self._client,
            body=body,
        )


class PipelinesResource:
    """The ``pipelines`` endpoints: ``client.pipelines`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def add_pipeline(
        self,
        body: AddPipelineForm | dict[str, Any],
    ) -> Any:
        """Add Pipeline

        ``POST /api/v1/pipelines/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.add_pipeline.sync(
            client=self._client,
            body=body,
        )

    def delete_pipeline(
        self,
        body: DeletePipelineForm | dict[str, Any],
    ) -> Any:
        """Delete Pipeline

        ``DELETE /api/v1/pipelines/delete``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_pipeline.sync(
            client=self._client,
            body=body,
        )

    def get_pipeline_valves(
        self,
        pipeline_id: str,
        *,
        url_idx: int | None,
    ) -> Any:
        """Get Pipeline Valves

        ``GET /api/v1/pipelines/{pipeline_id}/valves``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_pipeline_valves.sync(
            pipeline_id,
            client=self._client,
            url_idx=url_idx,
        )

    def get_pipeline_valves_spec(
        self,
        pipeline_id: str,
        *,
        url_idx: int | None,
    ) -> Any:
        """Get Pipeline Valves Spec

        ``GET /api/v1/pipelines/{pipeline_id}/valves/spec``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_pipeline_valves_spec.sync(
            pipeline_id,
            client=self._client,
            url_idx=url_idx,
        )

    def get_pipelines(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Get Pipelines

        ``GET /api/v1/pipelines/``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_pipelines.sync(
            client=self._client,
            url_idx=url_idx,
        )

    def get_pipelines_list(
        self,
    ) -> Any:
        """Get Pipelines List

        ``GET /api/v1/pipelines/list``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_pipelines_list.sync(
            client=self._client,
        )

    def update_pipeline_valves(
        self,
        pipeline_id: str,
        body: dict[str, Any],
        *,
        url_idx: int | None,
    ) -> Any:
        """Update Pipeline Valves

        ``POST /api/v1/pipelines/{pipeline_id}/valves/update``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_pipeline_valves.sync(
            pipeline_id,
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def upload_pipeline(
        self,
        body: UploadPipelineBody,
    ) -> Any:
        """Upload Pipeline

        ``POST /api/v1/pipelines/upload``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.upload_pipeline.sync(
            client=self._client,
            body=body,
        )
