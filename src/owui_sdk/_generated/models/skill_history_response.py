from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "skill_id",
        "user_id",
        "created_at",
        "parent_id",
        "commit_message",
        "user",
    }
)


@_attrs_define
class SkillHistoryResponse:
    """A saved version of a skill; its content is fetched by id."""

    id: str
    skill_id: str
    user_id: str
    created_at: int
    parent_id: None | str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    user: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        skill_id = self.skill_id

        user_id = self.user_id

        created_at = self.created_at

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["skill_id"] = skill_id
        field_dict["user_id"] = user_id
        field_dict["created_at"] = created_at
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if user is not UNSET:
            field_dict["user"] = user
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        skill_id = src_dict["skill_id"]
        user_id = src_dict["user_id"]
        created_at = src_dict["created_at"]
        parent_id = src_dict.get("parent_id", UNSET)

        commit_message = src_dict.get("commit_message", UNSET)

        user = src_dict.get("user", UNSET)

        obj = cls(
            id,
            skill_id,
            user_id,
            created_at,
            parent_id,
            commit_message,
            user,
        )
        if len(src_dict) != 4 + (parent_id is not UNSET) + (commit_message is not UNSET) + (
            user is not UNSET
        ):
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
