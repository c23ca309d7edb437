from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class AppManifestForm:
    url: str
    api_key: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        url = self.url

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict["url"] = url
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        url = src_dict["url"]
        api_key = src_dict.get("api_key", UNSET)

        app_id = src_dict.get("app_id", UNSET)

        obj = cls(
            url,
            api_key,
            app_id,
        )
        return obj
