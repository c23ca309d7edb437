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
        "label",
        "host",
        "app_dn",
        "app_dn_password",
        "search_base",
        "port",
        "attribute_for_mail",
        "default_email_domain",
        "attribute_for_username",
        "search_filters",
        "use_tls",
        "certificate_path",
        "validate_cert",
        "ciphers",
        "enable_group_management",
        "enable_group_creation",
        "attribute_for_groups",
    }
)


@_attrs_define
class LdapServerConfig:
    label: str
    host: str
    app_dn: str
    app_dn_password: str
    search_base: str
    port: int | None | Unset = UNSET
    attribute_for_mail: str | Unset = "mail"
    default_email_domain: str | Unset = ""
    attribute_for_username: str | Unset = "uid"
    search_filters: str | Unset = ""
    use_tls: bool | Unset = True
    certificate_path: None | str | Unset = UNSET
    validate_cert: bool | Unset = True
    ciphers: None | str | Unset = "ALL"
    enable_group_management: bool | Unset = False
    enable_group_creation: bool | Unset = False
    attribute_for_groups: str | Unset = "memberOf"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "label": self.label,
            "host": self.host,
            "app_dn": self.app_dn,
            "app_dn_password": self.app_dn_password,
            "search_base": self.search_base,
        }
        if self.port is not UNSET:
            field_dict["port"] = self.port
        if self.attribute_for_mail is not UNSET:
            field_dict["attribute_for_mail"] = self.attribute_for_mail
        if self.default_email_domain is not UNSET:
            field_dict["default_email_domain"] = self.default_email_domain
        if self.attribute_for_username is not UNSET:
            field_dict["attribute_for_username"] = self.attribute_for_username
        if self.search_filters is not UNSET:
            field_dict["search_filters"] = self.search_filters
        if self.use_tls is not UNSET:
            field_dict["use_tls"] = self.use_tls
        if self.certificate_path is not UNSET:
            field_dict["certificate_path"] = self.certificate_path
        if self.validate_cert is not UNSET:
            field_dict["validate_cert"] = self.validate_cert
        if self.ciphers is not UNSET:
            field_dict["ciphers"] = self.ciphers
        if self.enable_group_management is not UNSET:
            field_dict["enable_group_management"] = self.enable_group_management
        if self.enable_group_creation is not UNSET:
            field_dict["enable_group_creation"] = self.enable_group_creation
        if self.attribute_for_groups is not UNSET:
            field_dict["attribute_for_groups"] = self.attribute_for_groups
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not LdapServerConfig:
            return _rebuilt(cls, LdapServerConfig.from_dict(src_dict))
        obj = _new(cls)
        obj.label = src_dict["label"]
        obj.host = src_dict["host"]
        obj.app_dn = src_dict["app_dn"]
        obj.app_dn_password = src_dict["app_dn_password"]
        obj.search_base = src_dict["search_base"]
        obj.port = port = src_dict.get("port", UNSET)
        obj.attribute_for_mail = attribute_for_mail = src_dict.get("attribute_for_mail", UNSET)
        obj.default_email_domain = default_email_domain = src_dict.get(
            "default_email_domain", UNSET
        )
        obj.attribute_for_username = attribute_for_username = src_dict.get(
            "attribute_for_username", UNSET
        )
        obj.search_filters = search_filters = src_dict.get("search_filters", UNSET)
        obj.use_tls = use_tls = src_dict.get("use_tls", UNSET)
        obj.certificate_path = certificate_path = src_dict.get("certificate_path", UNSET)
        obj.validate_cert = validate_cert = src_dict.get("validate_cert", UNSET)
        obj.ciphers = ciphers = src_dict.get("ciphers", UNSET)
        obj.enable_group_management = enable_group_management = src_dict.get(
            "enable_group_management", UNSET
        )
        obj.enable_group_creation = enable_group_creation = src_dict.get(
            "enable_group_creation", UNSET
        )
        obj.attribute_for_groups = attribute_for_groups = src_dict.get(
            "attribute_for_groups", UNSET
        )
        if (
            len(src_dict) == 17
            and port is not UNSET
            and attribute_for_mail is not UNSET
            and default_email_domain is not UNSET
            and attribute_for_username is not UNSET
            and search_filters is not UNSET
            and use_tls is not UNSET
            and certificate_path is not UNSET
            and validate_cert is not UNSET
            and ciphers is not UNSET
            and enable_group_management is not UNSET
            and enable_group_creation is not UNSET
            and attribute_for_groups is not UNSET
        ) or len(src_dict) == 5 + (port is not UNSET) + (attribute_for_mail is not UNSET) + (
            default_email_domain is not UNSET
        ) + (attribute_for_username is not UNSET) + (search_filters is not UNSET) + (
            use_tls is not UNSET
        ) + (certificate_path is not UNSET) + (validate_cert is not UNSET) + (
            ciphers is not UNSET
        ) + (enable_group_management is not UNSET) + (enable_group_creation is not UNSET) + (
            attribute_for_groups is not UNSET
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
