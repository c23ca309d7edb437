"""mkdocs hook: the exception trees are drawn from the classes of ``owui_sdk.errors``.

A tree is written by hand on a page (the errors guide) and in the module's docstring (the
errors reference, through ``docs/_griffe/owui_docs.py``), each with a note per exception; both
had drifted from the code (an exception missing, one drawn outside its base). Here the written
tree is only the source of the notes: a ````text`` block whose first line is the root,
``OpenWebUIError``, is drawn again from the classes (every exception of ``errors.__all__``
under its base, in the written order, then source order for those the text lacks), each line
keeping its note (none if it had none), an exception the text lacks getting the first sentence
of its docstring; a base from outside the tree (``TimeoutError``) is named in the note.

Used from ``mkdocs.yml``: ``hooks: [docs/_hooks/error_tree.py]``; :func:`redraw` is also used by
the griffe extension.
"""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

ROOT = "OpenWebUIError"
_TREE_CHARS = "│├└─┃┣┗━| "
_LINE = re.compile(rf"^[{_TREE_CHARS}]*(?P<name>[A-Z]\w+)(?:\s+(?P<note>.*))?$")
_BLOCK = re.compile(r"^(?P<fence>```text\n)(?P<body>" + ROOT + r"\b.*?\n)(?P<end>```)", re.M | re.S)


def notes_of(text: str) -> dict[str, str]:
    """``{exception: note}`` of a drawn tree, in the order drawn; notes may be ``""``."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = _LINE.match(line.rstrip())
        if match:
            found[match["name"]] = (match["note"] or "").strip()
    return found


def _first_sentence(doc: str | None) -> str:
    text = " ".join((doc or "").strip().split("\n\n")[0].split())
    sentence = re.split(r"(?<=[.:;])\s", text, maxsplit=1)[0]
    return sentence.rstrip(".:;")


def _classes() -> dict[str, type]:
    errors = importlib.import_module("owui_sdk.errors")
    return {name: getattr(errors, name) for name in errors.__all__}


def redraw(text: str) -> str:
    """The tree ``text`` draws, drawn again from the classes with its notes."""
    notes = notes_of(text)
    classes = _classes()
    order = {name: i for i, name in enumerate(notes)}

    def key(name: str) -> tuple[int, int]:
        return order.get(name, len(order)), inspect.getsourcelines(classes[name])[1]

    children: dict[str, list[str]] = {name: [] for name in classes}
    for name, cls in classes.items():
        bases = [b.__name__ for b in cls.__bases__ if b.__name__ in classes]
        if bases:
            children[bases[0]].append(name)
    rows: list[tuple[str, str]] = []

    def walk(name: str, lead: str, branch: str) -> None:
        cls = classes[name]
        # A line the text has keeps its note, even none; a missing one gets the docstring's.
        note = notes[name] if name in notes else _first_sentence(cls.__doc__)
        others = [b.__name__ for b in cls.__bases__ if b.__name__ not in classes]
        others = [o for o in others if o != "Exception"]
        if others and "also" not in note:
            note = f"{note} (also a {', '.join(others)})" if note else f"also a {others[0]}"
        rows.append((lead + branch + name, note))
        kids = sorted(children[name], key=key)
        for i, kid in enumerate(kids):
            last = i == len(kids) - 1
            walk(
                kid,
                lead + ("" if not branch else ("    " if branch[0] == "└" else "│   ")),
                "└── " if last else "├── ",
            )

    walk(ROOT, "", "")
    width = max(len(left) for left, _ in rows) + 2
    return "\n".join((left.ljust(width) + note).rstrip() for left, note in rows) + "\n"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Draw again every ````text`` block that is the exception tree."""
    if ROOT not in markdown:
        return markdown
    return _BLOCK.sub(lambda m: m["fence"] + redraw(m["body"]) + m["end"], markdown)
