"""An asyncio app: the same steps as sync_demo.py, with several chats created concurrently.

    OWUI_BASE_URL=http://127.0.0.1:8080 OWUI_API_KEY=sk-... python examples/async_demo.py

`make demo` starts a local Open WebUI and runs this against it.
"""

from __future__ import annotations

import asyncio
import os
import uuid

from owui_sdk import AsyncOpenWebUI
from owui_sdk.chats import MessageForm, TagForm
from owui_sdk.errors import NotFoundError


async def main() -> None:
    base_url = os.environ.get("OWUI_BASE_URL", "http://127.0.0.1:8080")
    async with AsyncOpenWebUI(base_url, api_key=os.environ["OWUI_API_KEY"]) as client:
        print(f"[async] connected to {client.base_url}")

        titles = [f"Recipe idea {n}" for n in range(1, 6)]
        chats = await asyncio.gather(
            *(client.chats.create_new({"chat": {"title": title}}) for title in titles)
        )
        ids = [chat.id for chat in chats if chat is not None]
        print(f"[async] created {len(ids)} chats concurrently")

        first = ids[0]
        message_id = str(uuid.uuid4())
        await client.chats.update_message(first, message_id, MessageForm(content="Saffron risotto?"))
        print(f"[async] added a message to {first[:8]}")

        await asyncio.gather(*(client.chats.add_tag(i, TagForm(name="recipes")) for i in ids))
        print("[async] tagged all of them 'recipes'")

        found = [c.title async for c in client.chats.iter_search("Recipe")]
        print(f"[async] iter_search 'Recipe' walks {len(found)} chats")

        shared = await client.chats.share(first)
        print(f"[async] shared {first[:8]} as {shared.share_id if shared else None}")
        await client.chats.delete_shared(first)

        await client.chats.archive(first)
        archived = [c.title async for c in client.chats.iter_archived_list()]
        print(f"[async] archived chats: {archived}")

        count = 0
        async for chat in client.chats.iter_all():
            count += 1
        print(f"[async] iter_all streamed {count} chats")

        results = await asyncio.gather(*(client.chats.delete(i) for i in ids))
        print(f"[async] deleted {sum(results)} chats")
        try:
            await client.chats.get(first)
        except NotFoundError as exc:
            print(f"[async] reading a deleted chat raises NotFoundError ({exc.status_code})")


if __name__ == "__main__":
    asyncio.run(main())
