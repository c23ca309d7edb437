"""Telling servers apart: one server URL under its spellings, two URLs that reach one
place, and the error of a copy whose target is its source."""

from __future__ import annotations

__all__ = ["SameServerError", "normalised_url", "same_address"]


def normalised_url(url: str) -> tuple[str, str, int | None, str]:
    """``url`` as (scheme, host, port, path), so that spellings of one server URL compare
    equal: the scheme and host in lower case, the scheme's default port made explicit, the
    path without a trailing slash or an ``/api`` suffix (``http`` when no scheme is given).
    Text only: ``localhost`` and ``127.0.0.1`` stay different here (see ``same_address``)."""
    from urllib.parse import urlsplit

    text = str(url).strip()
    parts = urlsplit(text if "://" in text else f"http://{text}")
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = {"http": 80, "https": 443}.get(scheme)
    path = parts.path.rstrip("/")
    if path.endswith("/api"):
        path = path[: -len("/api")].rstrip("/")
    return scheme, (parts.hostname or "").lower(), port, path


class SameServerError(ValueError):
    """The target of a copy is the source itself: the same server and the same user (a
    ``ValueError`` to users; the command line tells it apart to exit 2)."""


def same_address(first: str, second: str) -> bool:
    """Whether two server URLs reach the same place: the same scheme, port and path (as
    :func:`normalised_url` compares them), and hosts that are equal or resolve to a common
    address (``localhost`` and ``127.0.0.1``). Two ports of one host are two servers. A host
    that does not resolve is compared by name only."""
    import socket

    one, two = normalised_url(first), normalised_url(second)
    if (one[0], one[2], one[3]) != (two[0], two[2], two[3]):
        return False
    if one[1] == two[1]:
        return True

    def addresses(host: str) -> set[str]:
        try:
            return {str(info[4][0]) for info in socket.getaddrinfo(host, one[2])}
        except (OSError, UnicodeError):
            return set()

    return bool(addresses(one[1]) & addresses(two[1]))
