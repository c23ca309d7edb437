"""A blocking script: create a chat, add a message, tag it, find it, share it, archive it,
delete it; then a few calls of the rest of the API (users, notes, the server itself).

    OPENWEBUI_BASE_URL=http://127.0.0.1:8080 OPENWEBUI_API_KEY=sk-... python examples/sync_demo.py

`make demo` starts a local Open WebUI and runs this against it.
"""

from __future__ import annotations

import uuid

from owui_sdk import OpenWebUI
from owui_sdk.chats import ChatForm, MessageForm, TagForm
from owui_sdk.errors import NotFoundError
from owui_sdk.models import NoteForm


def main() -> None:
    # OPENWEBUI_BASE_URL and OPENWEBUI_API_KEY are read from the environment.
    with OpenWebUI() as client:
        print(f"[sync] connected to {client.base_url}")

        chat = client.chats.create_new(ChatForm(chat={"title": "Trip to Lisbon", "messages": []}))
        print(f"[sync] created chat {chat.id} titled {chat.title!r}")

        message_id = str(uuid.uuid4())
        chat = client.chats.update_message(
            chat.id, message_id, MessageForm(content="Which museums open on Mondays?")
        )
        stored = chat.chat["history"]["messages"][message_id]["content"]
        print(f"[sync] added message {message_id[:8]}: {stored!r}")

        tags = client.chats.add_tag(chat.id, TagForm(name="travel"))
        print(f"[sync] tagged it: {[t.name for t in tags]}")

        found = client.chats.search("Lisbon")
        print(f"[sync] search 'Lisbon' finds {[c.title for c in found]}")
        tagged = client.chats.get_by_tags({"name": "travel"})
        print(f"[sync] tag 'travel' finds {[c.title for c in tagged]}")

        shared = client.chats.share(chat.id)
        assert shared.share_id
        copy = client.chats.get_shared(shared.share_id)
        print(f"[sync] shared as {shared.share_id}; the shared copy reads {copy.title!r}")
        client.chats.delete_shared(chat.id)
        print("[sync] unshared it")

        archived = client.chats.archive(chat.id)
        print(f"[sync] archived: {archived.archived}")
        print(f"[sync] archived chats: {client.chats.get_archived_count()}")
        client.chats.archive(chat.id)
        print("[sync] unarchived it")

        print(f"[sync] chats on the first page: {len(client.chats.get_list(page=1))}")
        client.chats.delete(chat.id)
        try:
            client.chats.get(chat.id)
        except NotFoundError as exc:
            print(f"[sync] deleted; reading it again raises NotFoundError ({exc.status_code})")

        # The rest of the API: a resource per area, methods named after Open WebUI's routes.
        version = client.system.get_app_version()
        print(f"[sync] server version {version.version}")
        users = client.users.get_users(page=1)
        print(f"[sync] {users.total} users, first: {users.users[0].name!r}")
        note = client.notes.create_new_note(NoteForm(title="Packing list"))
        assert note is not None
        print(f"[sync] created note {note.id[:8]} {note.title!r}")
        client.notes.delete_note_by_id(note.id)
        # What the schema lacks: any path, with the same auth, retries and errors.
        health = client.request("GET", "/health").json()
        print(f"[sync] GET /health -> {health}")


if __name__ == "__main__":
    main()
