"""The models' shared code: the ``_JSON`` table the generator writes and every model's round trip.

Each generated model lists its JSON keys (with the attribute of each) in one string that
``to_dict`` and ``from_dict`` read, and takes its mapping methods and ``to_dict`` from one base
class. A wrong entry in a table would drop or rename a field in ``to_dict``: every model of the
schema is round-tripped here, from a sample made from its schema, unknown keys included.
"""

from __future__ import annotations

import copy
import pickle
from types import SimpleNamespace
from typing import Any

import attrs
import pytest
from codegen.generate import TABLE_WIDTH, table_source
from codegen.normalize import normalize

import owui_sdk.models
from tests._schema import spec
from tests.codegen._samples import build


def props(*pairs: tuple[str, str]) -> list[Any]:
    return [SimpleNamespace(name=key, python_name=attribute) for key, attribute in pairs]


def test_a_table_names_the_attribute_only_where_it_is_not_the_key() -> None:
    source = table_source(props(("id", "id"), ("type", "type_"), ("ADMIN_EMAIL", "admin_email")))
    assert source == '_pairs("id type=type_ ADMIN_EMAIL=admin_email")'


def test_a_long_table_is_wrapped_into_one_string_of_whole_entries() -> None:
    keys = [f"field_number_{i}" for i in range(40)]
    source = table_source(props(*((key, key) for key in keys)))
    lines = source.splitlines()
    assert lines[0] == "_pairs(" and lines[-1] == ")"
    assert all(len(line) <= TABLE_WIDTH + 6 for line in lines)
    assert len(lines) <= len(keys) / 4  # 15-character keys: five or six a line
    value = eval(source, {"_pairs": owui_sdk._types._pairs})  # the module the models import
    assert value == tuple((key, key) for key in keys)


@pytest.mark.parametrize("key", ["with space", "a=b", 'quo"te', "back\\slash", ""])
def test_a_key_the_string_cannot_hold_gets_a_tuple(key: str) -> None:
    source = table_source(props(("id", "id"), (key, "odd")))
    assert eval(source) == (("id", "id"), (key, "odd"))


def test_no_fields_is_an_empty_table() -> None:
    assert eval(table_source([]), {"_pairs": owui_sdk._types._pairs}) == ()


# --- every model of the schema -------------------------------------------------------------------

SCHEMAS: dict[str, Any] = normalize(spec())["components"]["schemas"]


def model_names() -> list[str]:
    names = []
    for name in owui_sdk.models.__all__:
        cls = getattr(owui_sdk.models, name)
        if attrs.has(cls) and name in SCHEMAS and "properties" in SCHEMAS[name]:
            names.append(name)
    return names


def test_most_models_are_round_tripped() -> None:
    assert len(model_names()) > 200


@pytest.mark.parametrize("name", model_names())
@pytest.mark.parametrize("full", [True, False], ids=["every-field", "required-only"])
def test_every_model_round_trips(name: str, full: bool) -> None:
    cls = getattr(owui_sdk.models, name)
    # No unknown key in the sample: the order checked below is the schema's; unknown keys
    # are added and checked on their own further down.
    data = build(SCHEMAS[name], "full" if full else "minimal", SCHEMAS, extra=False)
    if "format" in str(SCHEMAS[name]) and "binary" in str(SCHEMAS[name]):
        pytest.skip("a multipart form: files are not JSON")
    model = cls.from_dict(data)
    assert model.to_dict() == data
    required = set(SCHEMAS[name].get("required", []))
    # The schema's order, required fields first (the generator's order, as before the tables).
    order = [key for key in data if key in required] + [key for key in data if key not in required]
    assert list(model.to_dict()) == order
    assert pickle.loads(pickle.dumps(model)) == model
    assert copy.deepcopy(model) == model
    attribute = dict(cls._JSON)
    for missing in [key for key in data if key not in required] if full else []:
        # As many keys as the model declares, one optional field left out and an unknown key
        # in its place: counting the keys alone would take the unknown one for the missing.
        lacking = {key: value for key, value in data.items() if key != missing}
        swapped = {**lacking, "zz_unknown": [1]}
        model = cls.from_dict(swapped)
        assert getattr(model, attribute[missing]) is owui_sdk.models.UNSET
        open_model = hasattr(model, "additional_properties")
        assert model.to_dict() == (swapped if open_model else lacking)
        assert cls.from_dict(lacking).to_dict() == lacking
    model = cls.from_dict(data)
    if hasattr(model, "additional_properties"):
        extended = {"zz_unknown": [1], **data}
        model = cls.from_dict(extended)
        assert model.additional_properties == {"zz_unknown": [1]}
        assert model.additional_keys == ["zz_unknown"]
        assert "zz_unknown" in model and model["zz_unknown"] == [1]
        assert model.to_dict() == extended
        assert next(iter(model.to_dict())) == "zz_unknown"  # unknown keys first, as sent
        del model["zz_unknown"]
        assert model.to_dict() == data
    else:
        with pytest.raises(TypeError):
            model["anything"]  # a closed model is no mapping


def test_unset_survives_pickling_and_copies() -> None:
    form = owui_sdk.models.ChatForm(chat={"title": "A"})
    for again in (pickle.loads(pickle.dumps(form)), copy.deepcopy(form), copy.copy(form)):
        assert again.folder_id is owui_sdk.models.UNSET
        assert again.to_dict() == {"chat": {"title": "A"}}
