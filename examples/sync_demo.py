"""A blocking script: create a chat, add a message, tag it, find it, share it, archive it,
delete it, printing each step.

    OWUI_BASE_URL=http://127.0.0.1:8080 OWUI_API_KEY=sk-... python examples/sync_demo.py

`make demo` starts a local Open WebUI and runs this against it.
"""

from __future__ import annotations

import os
import uuid

from owui_sdk import OpenWebUI
from owui_sdk.chats import ChatForm, MessageForm, TagForm
from owui_sdk.errors import NotFoundError


def main() -> None:
    base_url = os.environ.get("OWUI_BASE_URL", "http://127.0.0.1:8080")
    with OpenWebUI(base_url, api_key=os.environ["OWUI_API_KEY"]) as client:
        print(f"[sync] connected to {client.base_url}")

        chat = client.chats.create_new(ChatForm(chat={"title": "Trip to Lisbon", "messages": []}))
        assert chat is not None
        print(f"[sync] created chat {chat.id} titled {chat.title!r}")

        message_id = str(uuid.uuid4())
        chat = client.chats.update_message(
            chat.id, message_id, MessageForm(content="Which museums open on Mondays?")
        )
        assert chat is not None
        stored = chat.chat["history"]["messages"][message_id]["content"]
        print(f"[sync] added message {message_id[:8]}: {stored!r}")

        tags = client.chats.add_tag(chat.id, TagForm(name="travel"))
        print(f"[sync] tagged it: {[t.name for t in tags]}")

        found = client.chats.search("Lisbon")
        print(f"[sync] search 'Lisbon' finds {[c.title for c in found]}")
        tagged = client.chats.get_by_tags({"name": "travel"})
        print(f"[sync] tag 'travel' finds {[c.title for c in tagged]}")

        shared = client.chats.share(chat.id)
        assert shared is not None and shared.share_id
        copy = client.chats.get_shared(shared.share_id)
        print(
            f"[sync] shared as {shared.share_id}; the shared copy reads {copy.title if copy else None!r}"
        )
        client.chats.delete_shared(chat.id)
        print("[sync] unshared it")

        archived = client.chats.archive(chat.id)
        print(f"[sync] archived: {archived.archived if archived else None}")
        print(f"[sync] archived chats: {client.chats.get_archived_count()}")
        client.chats.archive(chat.id)
        print("[sync] unarchived it")

        print(f"[sync] chats on the first page: {len(client.chats.get_list(page=1))}")
        client.chats.delete(chat.id)
        try:
            client.chats.get(chat.id)
        except NotFoundError as exc:
            print(f"[sync] deleted; reading it again raises NotFoundError ({exc.status_code})")


if __name__ == "__main__":
    main()
