"""Deterministic, realistic Open WebUI payloads (shapes as Open WebUI 0.12.4 returns them).

Everything is derived from a seed, so that two runs (and raw vs SDK) see the same bytes.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from typing import Any

USER_ID = "3f2b8c1e-9a4d-4e6f-b1c2-7d8e9f0a1b2c"
MODEL = "llama3.1:8b"
T0 = 1_760_000_000  # seconds, autumn 2025

_WORDS = (  # noqa: SIM905 (a list literal would take 100 lines)
    "the a of to and in is that for it as with was on be by this are or from at an not "
    "model token context window prompt answer question server request response python "
    "function value list dict error timeout retry stream chunk cache index query vector "
    "embedding document file upload image audio user admin chat message history folder "
    "tag share archive pin clone fork summary latency throughput memory cpu thread async "
    "await loop event socket header body json schema field type optional required default "
    "café naïve résumé — über straße 東京 データ"
).split()


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _content(rng: random.Random, role: str) -> str:
    if role == "user":
        return " ".join(_sentence(rng, rng.randint(6, 16)) for _ in range(rng.randint(1, 2)))
    parts = [_sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:
        parts.append("```python\nprint(client.chats.get_list(page=1))\n```")
    if rng.random() < 0.3:
        parts.append("- " + _sentence(rng, 5) + "\n- " + _sentence(rng, 6))
    return "\n\n".join(parts)


def messages(rng: random.Random, count: int, ts: int) -> tuple[dict[str, Any], list[Any]]:
    """``history.messages`` (by id) and the flat ``messages`` list of one conversation."""
    by_id: dict[str, Any] = {}
    flat: list[Any] = []
    parent: str | None = None
    for i in range(count):
        mid = _uuid(rng)
        role = "user" if i % 2 == 0 else "assistant"
        msg: dict[str, Any] = {
            "id": mid,
            "parentId": parent,
            "childrenIds": [],
            "role": role,
            "content": _content(rng, role),
            "timestamp": ts + i * 7,
        }
        if role == "user":
            msg["models"] = [MODEL]
        else:
            msg.update(model=MODEL, modelName="Llama 3.1 8B", modelIdx=0, done=True)
        if parent is not None:
            by_id[parent]["childrenIds"].append(mid)
        by_id[mid] = msg
        flat.append(msg)
        parent = mid
    return by_id, flat


def chat_response(rng: random.Random, n_messages: int) -> dict[str, Any]:
    """One ``ChatResponse`` as GET /api/v1/chats/{id} returns it."""
    cid = _uuid(rng)
    ts = T0 + rng.randint(0, 10_000_000)
    title = _sentence(rng, rng.randint(2, 6))[:-1]
    by_id, flat = messages(rng, n_messages, ts)
    current = flat[-1]["id"] if flat else None
    # history and messages hold the same dicts in Open WebUI's JSON too (serialised twice).
    chat = {
        "id": "",
        "title": title,
        "models": [MODEL],
        "params": {},
        "history": {"messages": by_id, "currentId": current},
        "messages": flat,
        "tags": [],
        "timestamp": ts * 1000,
        "files": [],
    }
    return {
        "id": cid,
        "user_id": USER_ID,
        "title": title,
        "chat": chat,
        "updated_at": ts + 60,
        "created_at": ts,
        "share_id": None,
        "archived": False,
        "pinned": False,
        "meta": {"tags": ["general"]} if rng.random() < 0.3 else {},
        "variables": {},
        "folder_id": None,
        "tasks": None,
        "summary": None,
        "current_message_id": current,
        "context_usage": None,
    }


def chat_title(rng: random.Random) -> dict[str, Any]:
    """One ``ChatTitleIdResponse`` as GET /api/v1/chats/?page=1 returns it."""
    ts = T0 + rng.randint(0, 10_000_000)
    return {
        "id": _uuid(rng),
        "title": _sentence(rng, rng.randint(2, 4))[:-1],
        "updated_at": ts + 60,
        "created_at": ts,
        "last_read_at": ts + 30 if rng.random() < 0.7 else None,
        "snippet": None,
        "active": False,
        "archived": False,
    }


def dumps(value: Any) -> bytes:
    # What Starlette's JSONResponse sends: UTF-8, compact separators.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def chat_list_body(seed: int = 1, count: int = 50) -> bytes:
    rng = random.Random(seed)
    return dumps([chat_title(rng) for _ in range(count)])


def big_chat_body(seed: int = 2, n_messages: int = 200) -> tuple[str, bytes]:
    rng = random.Random(seed)
    chat = chat_response(rng, n_messages)
    return chat["id"], dumps(chat)


def user_body() -> bytes:
    """One ``UserActiveResponse`` as GET /api/v1/users/{id} returns it: a small answer, where
    what the client does around the request weighs most."""
    return dumps(
        {
            "name": "Ada Lovelace",
            "profile_image_url": f"/api/v1/users/{USER_ID}/profile/image",
            "groups": [{"id": "b7c1e2d3-0a4b-4c5d-8e6f-7a8b9c0d1e2f", "name": "research"}],
            "is_active": True,
            "status_emoji": None,
            "status_message": None,
            "status_expires_at": None,
        }
    )


def many_chats(seed: int = 3, count: int = 1000, n_messages: int = 0) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [chat_response(rng, n_messages) for _ in range(count)]


def ndjson(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(dumps(row) + b"\n" for row in rows)


def lazy_ndjson_chunks(count: int, seed: int = 4, chunk_size: int = 16_384) -> Iterator[bytes]:
    """An NDJSON export of ``count`` chats (one or two messages each, 1.1-2.1 KB) made on the
    fly, in chunks of about ``chunk_size`` bytes (as a socket would deliver them): never more
    than one chunk exists at a time."""
    rng = random.Random(seed)
    buf: list[bytes] = []
    size = 0
    for i in range(count):
        line = dumps(chat_response(rng, 1 + i % 2)) + b"\n"
        buf.append(line)
        size += len(line)
        if size >= chunk_size:
            yield b"".join(buf)
            buf, size = [], 0
    if buf:
        yield b"".join(buf)


def sse_stream(chunks: int = 2000) -> bytes:
    """A streamed completion as Open WebUI 0.12.4 relays it: one ``data:`` event per chunk
    (OpenAI's compact JSON, a word of content each), a last chunk with ``finish_reason``, then
    ``data: [DONE]``."""
    rng = random.Random(7)
    words = ["the", "Lisbon", "tram", "über", "café", "28", "museum", "opens", "at", "ten."]
    head = '{"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1796203455,'
    head += '"model":"echo-1","choices":[{"index":0,"delta":'
    events = []
    for index in range(chunks):
        delta = {"content": rng.choice(words) + " "}
        if index == 0:
            delta = {"role": "assistant", **delta}
        events.append(
            "data: "
            + head
            + json.dumps(delta, separators=(",", ":"), ensure_ascii=False)
            + ',"logprobs":null,"finish_reason":null}]}\n\n'
        )
    events.append("data: " + head + '{},"logprobs":null,"finish_reason":"stop"}]}\n\n')
    events.append("data: [DONE]\n\n")
    return "".join(events).encode()
