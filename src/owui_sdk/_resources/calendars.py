"""``client.calendars``: the ``calendars`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.calendars`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import calendars as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.calendar_access_grants_form import CalendarAccessGrantsForm
    from .._generated.models.calendar_event_form import CalendarEventForm
    from .._generated.models.calendar_event_list_response import CalendarEventListResponse
    from .._generated.models.calendar_event_model import CalendarEventModel
    from .._generated.models.calendar_event_update_form import CalendarEventUpdateForm
    from .._generated.models.calendar_form import CalendarForm
    from .._generated.models.calendar_model import CalendarModel
    from .._generated.models.calendar_update_form import CalendarUpdateForm
    from .._generated.models.rsvp_form import RSVPForm
    from .._generated.models.status_response import StatusResponse
    from .._types import Unset

__all__ = ["AsyncCalendarsResource", "CalendarsResource"]


class AsyncCalendarsResource:
    """The ``calendars`` endpoints (asyncio): ``client.calendars`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_calendar(
        self,
        body: CalendarForm | dict[str, Any],
    ) -> CalendarModel:
        """Create Calendar

        Create a new user calendar.

        ``POST /api/v1/calendars/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_calendar.asyncio(
            client=self._client,
            body=body,
        )

    async def create_event(
        self,
        body: CalendarEventForm | dict[str, Any],
    ) -> CalendarEventModel:
        """Create Event

        ``POST /api/v1/calendars/events/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_event.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_calendar(
        self,
        calendar_id: str,
    ) -> StatusResponse:
        """Delete Calendar

        ``DELETE /api/v1/calendars/{calendar_id}/delete``
        """
        return await _api.delete_calendar.asyncio(
            calendar_id,
            client=self._client,
        )

    async def delete_event(
        self,
        event_id: str,
    ) -> StatusResponse:
        """Delete Event

        ``DELETE /api/v1/calendars/events/{event_id}/delete``
        """
        return await _api.delete_event.asyncio(
            event_id,
            client=self._client,
        )

    async def get_calendar_by_id(
        self,
        calendar_id: str,
    ) -> CalendarModel:
        """Get Calendar By Id

        ``GET /api/v1/calendars/{calendar_id}``
        """
        return await _api.get_calendar_by_id.asyncio(
            calendar_id,
            client=self._client,
        )

    async def get_calendars(
        self,
    ) -> list[CalendarModel]:
        """Get Calendars

        List user's calendars (owned + shared), plus a virtual Scheduled Tasks calendar
        when automations are available.

        ``GET /api/v1/calendars/``
        """
        return await _api.get_calendars.asyncio(
            client=self._client,
        )

    async def get_event(
        self,
        event_id: str,
    ) -> CalendarEventModel:
        """Get Event

        ``GET /api/v1/calendars/events/{event_id}``
        """
        return await _api.get_event.asyncio(
            event_id,
            client=self._client,
        )

    async def get_events(
        self,
        *,
        start: str,
        end: str,
        calendar_ids: None | str | Unset = UNSET,
    ) -> Any:
        """Get Events

        Get events in date range.

        Includes:

        - Stored events from the database
        - Virtual events computed from active automation RRULEs (Scheduled Tasks calendar)

        ``GET /api/v1/calendars/events``

        Args:
            start (str): ISO 8601 datetime string (e.g. 2026-04-01T00:00:00)
            end (str): ISO 8601 datetime string (e.g. 2026-05-01T00:00:00)
            calendar_ids (None | str | Unset): optional comma-separated list to filter

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_events.asyncio(
            client=self._client,
            start=start,
            end=end,
            calendar_ids=calendar_ids,
        )

    async def rsvp_event(
        self,
        event_id: str,
        body: RSVPForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Rsvp Event

        Update own RSVP status for an event.

        ``POST /api/v1/calendars/events/{event_id}/rsvp``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.rsvp_event.asyncio(
            event_id,
            client=self._client,
            body=body,
        )

    async def search_events(
        self,
        *,
        query: None | str | Unset = UNSET,
        skip: int | Unset = 0,
        limit: int | Unset = 30,
    ) -> CalendarEventListResponse:
        """Search Events

        ``GET /api/v1/calendars/events/search``
        """
        return await _api.search_events.asyncio(
            client=self._client,
            query=query,
            skip=skip,
            limit=limit,
        )

    async def set_default_calendar(
        self,
        calendar_id: str,
    ) -> CalendarModel:
        """Set Default Calendar

        ``POST /api/v1/calendars/{calendar_id}/default``
        """
        return await _api.set_default_calendar.asyncio(
            calendar_id,
            client=self._client,
        )

    async def update_calendar(
        self,
        calendar_id: str,
        body: CalendarUpdateForm | dict[str, Any],
    ) -> CalendarModel:
        """Update Calendar

        ``POST /api/v1/calendars/{calendar_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_calendar.asyncio(
            calendar_id,
            client=self._client,
            body=body,
        )

    async def update_calendar_access_by_id(
        self,
        calendar_id: str,
        body: CalendarAccessGrantsForm | dict[str, Any],
    ) -> CalendarModel:
        """Update Calendar Access By Id

        ``POST /api/v1/calendars/{calendar_id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_calendar_access_by_id.asyncio(
            calendar_id,
            client=self._client,
            body=body,
        )

    async def update_event(
        self,
        event_id: str,
        body: CalendarEventUpdateForm | dict[str, Any],
    ) -> CalendarEventModel:
        """Update Event

        ``POST /api/v1/calendars/events/{event_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_event.asyncio(
            event_id,
            client=self._client,
            body=body,
        )


class CalendarsResource:
    """The ``calendars`` endpoints: ``client.calendars`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_calendar(
        self,
        body: CalendarForm | dict[str, Any],
    ) -> CalendarModel:
        """Create Calendar

        Create a new user calendar.

        ``POST /api/v1/calendars/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_calendar.sync(
            client=self._client,
            body=body,
        )

    def create_event(
        self,
        body: CalendarEventForm | dict[str, Any],
    ) -> CalendarEventModel:
        """Create Event

        ``POST /api/v1/calendars/events/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_event.sync(
            client=self._client,
            body=body,
        )

    def delete_calendar(
        self,
        calendar_id: str,
    ) -> StatusResponse:
        """Delete Calendar

        ``DELETE /api/v1/calendars/{calendar_id}/delete``
        """
        return _api.delete_calendar.sync(
            calendar_id,
            client=self._client,
        )

    def delete_event(
        self,
        event_id: str,
    ) -> StatusResponse:
        """Delete Event

        ``DELETE /api/v1/calendars/events/{event_id}/delete``
        """
        return _api.delete_event.sync(
            event_id,
            client=self._client,
        )

    def get_calendar_by_id(
        self,
        calendar_id: str,
    ) -> CalendarModel:
        """Get Calendar By Id

        ``GET /api/v1/calendars/{calendar_id}``
        """
        return _api.get_calendar_by_id.sync(
            calendar_id,
            client=self._client,
        )

    def get_calendars(
        self,
    ) -> list[CalendarModel]:
        """Get Calendars

        List user's calendars (owned + shared), plus a virtual Scheduled Tasks calendar
        when automations are available.

        ``GET /api/v1/calendars/``
        """
        return _api.get_calendars.sync(
            client=self._client,
        )

    def get_event(
        self,
        event_id: str,
    ) -> CalendarEventModel:
        """Get Event

        ``GET /api/v1/calendars/events/{event_id}``
        """
        return _api.get_event.sync(
            event_id,
            client=self._client,
        )

    def get_events(
        self,
        *,
        start: str,
        end: str,
        calendar_ids: None | str | Unset = UNSET,
    ) -> Any:
        """Get Events

        Get events in date range.

        Includes:

        - Stored events from the database
        - Virtual events computed from active automation RRULEs (Scheduled Tasks calendar)

        ``GET /api/v1/calendars/events``

        Args:
            start (str): ISO 8601 datetime string (e.g. 2026-04-01T00:00:00)
            end (str): ISO 8601 datetime string (e.g. 2026-05-01T00:00:00)
            calendar_ids (None | str | Unset): optional comma-separated list to filter

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_events.sync(
            client=self._client,
            start=start,
            end=end,
            calendar_ids=calendar_ids,
        )

    def rsvp_event(
        self,
        event_id: str,
        body: RSVPForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Rsvp Event

        Update own RSVP status for an event.

        ``POST /api/v1/calendars/events/{event_id}/rsvp``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.rsvp_event.sync(
            event_id,
            client=self._client,
            body=body,
        )

    def search_events(
        self,
        *,
        query: None | str | Unset = UNSET,
        skip: int | Unset = 0,
        limit: int | Unset = 30,
    ) -> CalendarEventListResponse:
        """Search Events

        ``GET /api/v1/calendars/events/search``
        """
        return _api.search_events.sync(
            client=self._client,
            query=query,
            skip=skip,
            limit=limit,
        )

    def set_default_calendar(
        self,
        calendar_id: str,
    ) -> CalendarModel:
        """Set Default Calendar

        ``POST /api/v1/calendars/{calendar_id}/default``
        """
        return _api.set_default_calendar.sync(
            calendar_id,
            client=self._client,
        )

    def update_calendar(
        self,
        calendar_id: str,
        body: CalendarUpdateForm | dict[str, Any],
    ) -> CalendarModel:
        """Update Calendar

        ``POST /api/v1/calendars/{calendar_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_calendar.sync(
            calendar_id,
            client=self._client,
            body=body,
        )

    def update_calendar_access_by_id(
        self,
        calendar_id: str,
        body: CalendarAccessGrantsForm | dict[str, Any],
    ) -> CalendarModel:
        """Update Calendar Access By Id

        ``POST /api/v1/calendars/{calendar_id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_calendar_access_by_id.sync(
            calendar_id,
            client=self._client,
            body=body,
        )

    def update_event(
        self,
        event_id: str,
        body: CalendarEventUpdateForm | dict[str, Any],
    ) -> CalendarEventModel:
        """Update Event

        ``POST /api/v1/calendars/events/{event_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_event.sync(
            event_id,
            client=self._client,
            body=body,
        )
