from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "name",
        "data",
        "is_active",
        "created_at",
        "updated_at",
        "folder_id",
        "meta",
        "last_run_at",
        "next_run_at",
        "last_run",
        "next_runs",
    }
)


@_attrs_define
class AutomationResponse:
    id: str
    user_id: str
    name: str
    data: dict[str, Any]
    is_active: bool
    created_at: int
    updated_at: int
    folder_id: None | str | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    last_run_at: int | None | Unset = UNSET
    next_run_at: int | None | Unset = UNSET
    last_run: AutomationRunModel | None | Unset = UNSET
    next_runs: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        last_run: dict[str, Any] | None | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        elif isinstance(self.last_run, AutomationRunModel):
            last_run = self.last_run.to_dict()
        else:
            last_run = self.last_run

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "name": self.name,
            "data": self.data,
            "is_active": self.is_active,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.folder_id is not UNSET:
            field_dict["folder_id"] = self.folder_id
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.last_run_at is not UNSET:
            field_dict["last_run_at"] = self.last_run_at
        if self.next_run_at is not UNSET:
            field_dict["next_run_at"] = self.next_run_at
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if self.next_runs is not UNSET:
            field_dict["next_runs"] = self.next_runs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AutomationResponse:
            return _rebuilt(cls, AutomationResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.name = src_dict["name"]
        obj.data = src_dict["data"]
        obj.is_active = src_dict["is_active"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.folder_id = folder_id = src_dict.get("folder_id", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        obj.last_run_at = last_run_at = src_dict.get("last_run_at", UNSET)
        obj.next_run_at = next_run_at = src_dict.get("next_run_at", UNSET)
        _last_run = src_dict.get("last_run", UNSET)
        last_run: AutomationRunModel | None | Unset
        if _last_run is None or isinstance(_last_run, Unset):
            last_run = _last_run
        else:
            if not isinstance(_last_run, dict):
                raise TypeError(f"last_run: unexpected {type(_last_run).__name__}")
            last_run_type_0 = AutomationRunModel.from_dict(_last_run)

            last_run = last_run_type_0

        obj.last_run = last_run
        _next_runs = src_dict.get("next_runs", UNSET)
        next_runs: list[int] | None | Unset
        if _next_runs is None or isinstance(_next_runs, Unset):
            next_runs = _next_runs
        else:
            if not isinstance(_next_runs, list):
                raise TypeError(f"next_runs: unexpected {type(_next_runs).__name__}")
            next_runs_type_0 = _next_runs

            next_runs = next_runs_type_0

        obj.next_runs = next_runs
        if (
            len(src_dict) == 13
            and folder_id is not UNSET
            and meta is not UNSET
            and last_run_at is not UNSET
            and next_run_at is not UNSET
            and last_run is not UNSET
            and next_runs is not UNSET
        ) or len(src_dict) == 7 + (folder_id is not UNSET) + (meta is not UNSET) + (
            last_run_at is not UNSET
        ) + (next_run_at is not UNSET) + (last_run is not UNSET) + (next_runs is not UNSET):
            obj.additional_properties = {}
        else:
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.automation_run_model import AutomationRunModel
