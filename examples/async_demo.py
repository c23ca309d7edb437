"""An asyncio app: the same steps as sync_demo.py, with several chats created concurrently, and
a few calls of the rest of the API run at once.

    OPENWEBUI_BASE_URL=http://127.0.0.1:8080 OPENWEBUI_API_KEY=sk-... python examples/async_demo.py

`make demo` starts a local Open WebUI and runs this against it.
"""

from __future__ import annotations

import asyncio
import uuid

from owui_sdk import AsyncOpenWebUI
from owui_sdk.chats import MessageForm, TagForm
from owui_sdk.errors import NotFoundError


async def main() -> None:
    # OPENWEBUI_BASE_URL and OPENWEBUI_API_KEY are read from the environment.
    async with AsyncOpenWebUI() as client:
        print(f"[async] connected to {client.base_url}")

        titles = [f"Recipe idea {n}" for n in range(1, 6)]
        chats = await asyncio.gather(
            *(client.chats.create_new({"chat": {"title": title}}) for title in titles)
        )
        ids = [chat.id for chat in chats]
        print(f"[async] created {len(ids)} chats concurrently")

        first = ids[0]
        message_id = str(uuid.uuid4())
        await client.chats.update_message(
            first, message_id, MessageForm(content="Saffron risotto?")
        )
        print(f"[async] added a message to {first[:8]}")

        # One after the other: Open WebUI 0.12.4 answers 500 when several requests create
        # the same new tag at once (its tag insert races), and a POST is not retried.
        for chat_id in ids:
            await client.chats.add_tag(chat_id, TagForm(name="recipes"))
        print("[async] tagged all of them 'recipes'")

        found = [c.title async for c in client.chats.iter_search("Recipe")]
        print(f"[async] iter_search 'Recipe' walks {len(found)} chats")

        shared = await client.chats.share(first)
        print(f"[async] shared {first[:8]} as {shared.share_id}")
        await client.chats.delete_shared(first)

        await client.chats.archive(first)
        archived = [c.title async for c in client.chats.iter_archived_list()]
        print(f"[async] archived chats: {archived}")

        streamed = [chat.title async for chat in client.chats.iter_all()]
        print(f"[async] iter_all streamed {len(streamed)} chats: {sorted(streamed)}")

        results = await asyncio.gather(*(client.chats.delete(i) for i in ids))
        print(f"[async] deleted {sum(results)} chats")
        try:
            await client.chats.get(first)
        except NotFoundError as exc:
            print(f"[async] reading a deleted chat raises NotFoundError ({exc.status_code})")

        # The rest of the API, several areas at once.
        version, users, folders = await asyncio.gather(
            client.system.get_app_version(),
            client.users.get_users(page=1),
            client.folders.get_folders(),
        )
        print(f"[async] server {version.version}: {users.total} users, {len(folders)} folders")


if __name__ == "__main__":
    asyncio.run(main())
