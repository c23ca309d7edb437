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
        "prompt_id",
        "snapshot",
        "user_id",
        "created_at",
        "parent_id",
        "commit_message",
        "user",
    }
)


@_attrs_define
class PromptHistoryResponse:
    """Response model with user info."""

    id: str
    prompt_id: str
    snapshot: dict[str, Any]
    user_id: str
    created_at: int
    parent_id: None | str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    user: None | Unset | UsersUserResponse = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UsersUserResponse):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "prompt_id": self.prompt_id,
            "snapshot": self.snapshot,
            "user_id": self.user_id,
            "created_at": self.created_at,
        }
        if self.parent_id is not UNSET:
            field_dict["parent_id"] = self.parent_id
        if self.commit_message is not UNSET:
            field_dict["commit_message"] = self.commit_message
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
        if cls is not PromptHistoryResponse:
            return _rebuilt(cls, PromptHistoryResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.prompt_id = src_dict["prompt_id"]
        obj.snapshot = src_dict["snapshot"]
        obj.user_id = src_dict["user_id"]
        obj.created_at = src_dict["created_at"]
        obj.parent_id = parent_id = src_dict.get("parent_id", UNSET)
        obj.commit_message = commit_message = src_dict.get("commit_message", UNSET)
        _user = src_dict.get("user", UNSET)
        user: None | Unset | UsersUserResponse
        if _user is None or isinstance(_user, Unset):
            user = _user
        else:
            if not isinstance(_user, dict):
                raise TypeError(f"user: unexpected {type(_user).__name__}")
            user_type_0 = UsersUserResponse.from_dict(_user)

            user = user_type_0

        obj.user = user
        if (
            len(src_dict) == 8
            and parent_id is not UNSET
            and commit_message is not UNSET
            and user is not UNSET
        ) or len(src_dict) == 5 + (parent_id is not UNSET) + (commit_message is not UNSET) + (
            user is not UNSET
        ):
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
from ..models.users_user_response import UsersUserResponse
