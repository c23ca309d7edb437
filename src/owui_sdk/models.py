"""Every model of the Open WebUI API, as attrs classes generated from its OpenAPI schema.

``from owui_sdk.models import ChatResponse``. Models load on first use, so this module costs
nothing to import. Each has ``from_dict`` (decoded JSON in) and ``to_dict`` (JSON out); keys
the schema does not declare are kept in ``additional_properties``.
"""

from typing import TYPE_CHECKING, Any

from ._generated import models as _models
from ._types import UNSET, File, Unset

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403

__all__ = [*_models.__all__, "UNSET", "File", "Unset"]


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(__all__)
