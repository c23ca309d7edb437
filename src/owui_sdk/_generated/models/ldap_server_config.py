from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        label = self.label

        host = self.host

        app_dn = self.app_dn

        app_dn_password = self.app_dn_password

        search_base = self.search_base

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        attribute_for_mail = self.attribute_for_mail

        default_email_domain = self.default_email_domain

        attribute_for_username = self.attribute_for_username

        search_filters = self.search_filters

        use_tls = self.use_tls

        certificate_path: None | str | Unset
        if isinstance(self.certificate_path, Unset):
            certificate_path = UNSET
        else:
            certificate_path = self.certificate_path

        validate_cert = self.validate_cert

        ciphers: None | str | Unset
        if isinstance(self.ciphers, Unset):
            ciphers = UNSET
        else:
            ciphers = self.ciphers

        enable_group_management = self.enable_group_management

        enable_group_creation = self.enable_group_creation

        attribute_for_groups = self.attribute_for_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["label"] = label
        field_dict["host"] = host
        field_dict["app_dn"] = app_dn
        field_dict["app_dn_password"] = app_dn_password
        field_dict["search_base"] = search_base
        if port is not UNSET:
            field_dict["port"] = port
        if attribute_for_mail is not UNSET:
            field_dict["attribute_for_mail"] = attribute_for_mail
        if default_email_domain is not UNSET:
            field_dict["default_email_domain"] = default_email_domain
        if attribute_for_username is not UNSET:
            field_dict["attribute_for_username"] = attribute_for_username
        if search_filters is not UNSET:
            field_dict["search_filters"] = search_filters
        if use_tls is not UNSET:
            field_dict["use_tls"] = use_tls
        if certificate_path is not UNSET:
            field_dict["certificate_path"] = certificate_path
        if validate_cert is not UNSET:
            field_dict["validate_cert"] = validate_cert
        if ciphers is not UNSET:
            field_dict["ciphers"] = ciphers
        if enable_group_management is not UNSET:
            field_dict["enable_group_management"] = enable_group_management
        if enable_group_creation is not UNSET:
            field_dict["enable_group_creation"] = enable_group_creation
        if attribute_for_groups is not UNSET:
            field_dict["attribute_for_groups"] = attribute_for_groups
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        label = src_dict["label"]
        host = src_dict["host"]
        app_dn = src_dict["app_dn"]
        app_dn_password = src_dict["app_dn_password"]
        search_base = src_dict["search_base"]
        port = src_dict.get("port", UNSET)

        attribute_for_mail = src_dict.get("attribute_for_mail", UNSET)
        default_email_domain = src_dict.get("default_email_domain", UNSET)
        attribute_for_username = src_dict.get("attribute_for_username", UNSET)
        search_filters = src_dict.get("search_filters", UNSET)
        use_tls = src_dict.get("use_tls", UNSET)
        certificate_path = src_dict.get("certificate_path", UNSET)

        validate_cert = src_dict.get("validate_cert", UNSET)
        ciphers = src_dict.get("ciphers", UNSET)

        enable_group_management = src_dict.get("enable_group_management", UNSET)
        enable_group_creation = src_dict.get("enable_group_creation", UNSET)
        attribute_for_groups = src_dict.get("attribute_for_groups", UNSET)
        obj = cls(
            label,
            host,
            app_dn,
            app_dn_password,
            search_base,
            port,
            attribute_for_mail,
            default_email_domain,
            attribute_for_username,
            search_filters,
            use_tls,
            certificate_path,
            validate_cert,
            ciphers,
            enable_group_management,
            enable_group_creation,
            attribute_for_groups,
        )
        if len(src_dict) != 5 + (port is not UNSET) + (attribute_for_mail is not UNSET) + (
            default_email_domain is not UNSET
        ) + (attribute_for_username is not UNSET) + (search_filters is not UNSET) + (
            use_tls is not UNSET
        ) + (certificate_path is not UNSET) + (validate_cert is not UNSET) + (
            ciphers is not UNSET
        ) + (enable_group_management is not UNSET) + (enable_group_creation is not UNSET) + (
            attribute_for_groups is not UNSET
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
