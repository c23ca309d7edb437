"""``client.audio``: the ``audio`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.audio`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import audio as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.audio_config_update_form import AudioConfigUpdateForm
    from .._generated.models.transcription_body import TranscriptionBody

__all__ = ["AsyncAudioResource", "AudioResource"]


class AsyncAudioResource:
    """The ``audio`` endpoints (asyncio): ``client.audio`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_audio_config(
        self,
    ) -> Any:
        """Get Audio Config

        ``GET /api/v1/audio/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_audio_config.asyncio(
            client=self._client,
        )

    async def get_models(
        self,
    ) -> Any:
        """Get Models

        ``GET /api/v1/audio/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_models.asyncio(
            client=self._client,
        )

    async def get_voices(
        self,
    ) -> Any:
        """Get Voices

        ``GET /api/v1/audio/voices``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_voices.asyncio(
            client=self._client,
        )

    async def speech(
        self,
    ) -> Any:
        """Speech

        ``POST /api/v1/audio/speech``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.speech.asyncio(
            client=self._client,
        )

    async def transcription(
        self,
        body: TranscriptionBody,
    ) -> Any:
        """Transcription

        ``POST /api/v1/audio/transcriptions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.transcription.asyncio(
            client=self._client,
            body=body,
        )

    async def update_audio_config(
        self,
        body: AudioConfigUpdateForm | dict[str, Any],
    ) -> Any:
        """Update Audio Config

        ``POST /api/v1/audio/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_audio_config.asyncio(
            client=self._client,
            body=body,
        )


class AudioResource:
    """The ``audio`` endpoints: ``client.audio`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get_audio_config(
        self,
    ) -> Any:
        """Get Audio Config

        ``GET /api/v1/audio/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_audio_config.sync(
            client=self._client,
        )

    def get_models(
        self,
    ) -> Any:
        """Get Models

        ``GET /api/v1/audio/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_models.sync(
            client=self._client,
        )

    def get_voices(
        self,
    ) -> Any:
        """Get Voices

        ``GET /api/v1/audio/voices``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_voices.sync(
            client=self._client,
        )

    def speech(
        self,
    ) -> Any:
        """Speech

        ``POST /api/v1/audio/speech``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.speech.sync(
            client=self._client,
        )

    def transcription(
        self,
        body: TranscriptionBody,
    ) -> Any:
        """Transcription

        ``POST /api/v1/audio/transcriptions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.transcription.sync(
            client=self._client,
            body=body,
        )

    def update_audio_config(
        self,
        body: AudioConfigUpdateForm | dict[str, Any],
    ) -> Any:
        """Update Audio Config

        ``POST /api/v1/audio/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_audio_config.sync(
            client=self._client,
            body=body,
        )
