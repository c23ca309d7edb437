"""Types every generated model and endpoint function shares: :data:`UNSET`, :class:`File`,
:class:`Response`.

Hand-written (the generator's ``types.py`` only re-exports this module), so it is linted and
type-checked where it is written. Public as :mod:`owui_sdk.api` and :mod:`owui_sdk.models`
re-export them.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import IO, TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, cast

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
