"""Types every generated model and endpoint function shares: :data:`UNSET`, :class:`File`,
:class:`Response`; and what the models share: their base classes (``to_dict``, the mapping
methods) and the helpers of their ``from_dict``.

Hand-written (the generator's ``types.py`` only re-exports this module), so it is linted and
type-checked where it is written. Public as :mod:`owui_sdk.api` and :mod:`owui_sdk.models`
re-export them.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from datetime import date
from typing import IO, TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from attrs import AttrsInstance

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


class Unset:
    """The type of :data:`UNSET`: a field or argument that was not given."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Pickled and copied as the module's UNSET: the one instance every ``is UNSET`` test
        # (to_dict, the endpoint functions) compares with. A second instance would be sent.
        return "UNSET"


#: A field or argument left out: not sent, so the server applies its own default.
UNSET: Unset = Unset()

_M = TypeVar("_M")


class _New(Protocol):
    def __call__(self, cls: type[_M], /) -> _M: ...


# A generated model's from_dict makes its instance with object.__new__ and stores the fields
# itself: calling the class (type.__call__, then attrs' __init__ with every field as an
# argument) costs about a quarter of building a small model, and from_dict runs once per item
# of every list the server sends. Typed, so that the result is the class's own type.
_new = cast(_New, object.__new__)


def _rebuilt(cls: type[_M], parent: AttrsInstance) -> _M:
    """``parent`` (a generated model) made again as ``cls``, a subclass, through its ``__init__``.

    ``from_dict`` skips ``__init__`` only for the generated class itself: a subclass may add
    fields with defaults or its own ``__init__``, which it runs as it always has.
    """
    # Here, not at the top: attrs loads with the first model, not with the package.
    import attrs

    values = {
        field.alias: getattr(parent, field.name)
        for field in attrs.fields(type(parent))
        if field.init
    }
    instance = cls(**values)
    extra = getattr(parent, "additional_properties", None)
    if extra:
        instance.additional_properties = extra  # type: ignore[attr-defined]
    return instance


class _Model:
    """The base of every generated model: ``to_dict``, written once rather than in each of
    several hundred generated modules, walks the model's ``_JSON`` table (:func:`_pairs`).

    No ``__slots__`` entries (the attrs subclass holds the slots) and no attrs fields, so
    ``attrs.fields()``, pickling and copies of a model are what attrs makes of its own class.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        # Each generated class sets it in its body.
        _JSON: ClassVar[tuple[tuple[str, str], ...]]

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        return _to_dict(self, self._JSON)


class _Open(_Model):
    """The base of a generated model that keeps undeclared keys (``additional_properties``):
    sent back by ``to_dict``, and read and written through the model as a mapping.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        # Declared by each subclass (as an attrs field, its value type the schema's).
        additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out, unknown keys kept)."""
        return _to_dict(self, self._JSON, self.additional_properties)

    @property
    def additional_keys(self) -> list[str]:
        """The keys of :attr:`additional_properties`."""
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _pairs(table: str) -> tuple[tuple[str, str], ...]:
    """A model's JSON keys with the attribute holding each, in the schema's order.

    Written by the generator as one space-separated string (no key holds a space, ``=``, a
    quote or a backslash: it checks), ``key`` where the attribute has the key's name and
    ``key=attribute`` where it does not (``type=type_``, ``ADMIN_EMAIL=admin_email``): a few
    lines a model, where a literal would take a line a key.
    """
    pairs = []
    for entry in table.split():
        key, _, attribute = entry.partition("=")
        pairs.append((key, attribute or key))
    return tuple(pairs)


def _declared(pairs: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The JSON keys of :func:`_pairs`' table: any other key of an answer is an additional one."""
    return frozenset(key for key, _ in pairs)


def _extra(src_dict: Mapping[str, Any], declared: frozenset[str]) -> dict[str, Any]:
    """The keys of ``src_dict`` a model does not declare: its ``additional_properties``.

    ``from_dict`` calls it only once its inline count found more keys than the declared ones
    the answer holds.
    """
    return {key: value for key, value in src_dict.items() if key not in declared}


# Values that are JSON as they are. A list of them is too; anything else is converted by _json.
_PLAIN = frozenset({str, int, float, bool, type(None), dict})


def _json(value: Any) -> Any:
    """A field's value as JSON-ready data: a model by its ``to_dict``, a date or datetime in ISO
    format, a :class:`File` as the tuple httpx sends, a list item by item; the rest as it is.

    A list holding nothing to convert is returned itself, not copied (as free-form values are).
    """
    if type(value) in _PLAIN:
        return value
    if isinstance(value, list):
        if all(type(item) in _PLAIN for item in value):
            return value
        return [_json(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, File):
        return value.to_tuple()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _to_dict(
    model: object, pairs: tuple[tuple[str, str], ...], extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What a generated model's ``to_dict`` returns: ``extra`` (its additional properties) first,
    as the server's order had them, then each declared field that is set, in the schema's
    order (a declared key wins over an undeclared one of the same name), as JSON-ready data.
    """
    field_dict = {} if not extra else {key: _json(value) for key, value in extra.items()}
    for key, attribute in pairs:
        value = getattr(model, attribute)
        if value is not UNSET:
            field_dict[key] = value if type(value) in _PLAIN else _json(value)
    return field_dict


# The types that `httpx.Client(files=)` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


# File and Response are plain slotted classes, not attrs: owui_sdk.api and the resources load
# this module on first use, and attrs costs more to import than everything else there. attrs
# loads with the first model.
class File:
    """A file to upload as multipart/form-data, e.g. in :class:`~owui_sdk.models.UploadFileBody`.

    Attributes:
        payload: An open binary file (or :class:`io.BytesIO`); read when the request is sent.
        file_name: The name the server records; ``None`` sends none.
        mime_type: The part's content type; ``None`` lets httpx guess from the name.
    """

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(
        self, payload: IO[bytes], file_name: str | None = None, mime_type: str | None = None
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """The tuple httpx takes for one multipart file."""
        return self.file_name, self.payload, self.mime_type

    def __repr__(self) -> str:
        return (
            f"File(payload={self.payload!r}, file_name={self.file_name!r}, "
            f"mime_type={self.mime_type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File):
            return NotImplemented
        return (self.payload, self.file_name, self.mime_type) == (
            other.payload,
            other.file_name,
            other.mime_type,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value


T = TypeVar("T")


class Response(Generic[T]):
    """A raw answer from a ``*_detailed`` function: status, body, headers, and the parsed value.

    ``status_code`` is an ``int`` (servers and proxies send codes ``http.HTTPStatus`` lacks).
    ``parsed`` is ``None`` for an error status: the ``*_detailed`` functions do not raise on
    one, so the raw answer stays available.
    """

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(
        self,
        status_code: int,
        content: bytes,
        headers: MutableMapping[str, str],
        parsed: T | None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return (
            f"Response(status_code={self.status_code!r}, content={self.content!r}, "
            f"headers={self.headers!r}, parsed={self.parsed!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Response):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _values(self) -> tuple[Any, ...]:
        return self.status_code, self.content, self.headers, self.parsed
