"""A channel bot: answers every message that mentions it with a model's completion.

It signs in as its own account (channels need a session token, not an API key), listens to
its channels over the socket, and for each message that mentions it asks a model and posts the
answer through the REST API, as a reply to that message. After a dropped connection or a server
restart it reconnects by itself and answers the mentions it missed, read through the REST API.

    OPENWEBUI_BASE_URL=http://127.0.0.1:8080 BOT_EMAIL=bot@example.com BOT_PASSWORD=... \\
        BOT_MODEL=llama3 [BOT_CHANNEL=general] python examples/channel_bot.py

Mention the bot in a channel it belongs to (type @ and its name in the web app). Needs the
events extra: ``pip install 'owui-sdk[events]'``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os

from owui_sdk import AsyncOpenWebUI
from owui_sdk.errors import OpenWebUIError
from owui_sdk.events import ChannelEvent, ChannelMessage, Reconnected

# How many recent messages of a channel are read after a reconnection, to answer the missed
# mentions.
CATCH_UP = 50


class Bot:
    """Answers the messages that mention ``bot_id``, once each."""

    def __init__(self, client: AsyncOpenWebUI, bot_id: str, model: str) -> None:
        self.client = client
        self.bot_id = bot_id
        self.model = model
        self.answered: set[str] = set()
        self.channels: set[str] = set()  # those a mention came from: read them on catch-up
        self.since = 0  # the newest message seen (server time, in nanoseconds)

    def wants(self, message: ChannelMessage) -> bool:
        return (
            message.user_id != self.bot_id
            and message.id not in self.answered
            and message.mentions_user(self.bot_id)
        )

    async def answer(self, message: ChannelMessage) -> None:
        self.answered.add(message.id)
        if message.channel_id is None:
            return
        try:
            completion = await self.client.chat.completions.create(
                model=self.model, messages=[{"role": "user", "content": message.text}]
            )
            text = completion.choices[0].message.content or "(no answer)"
        except OpenWebUIError as error:  # the model failed: say so in the channel, go on
            text = f"Sorry, I could not answer: {error}"
        await self.client.channels.post_new_message(
            message.channel_id, {"content": text, "reply_to_id": message.id}
        )
        print(f"answered {message.id} in {message.channel_id}", flush=True)

    async def on_message(self, message: ChannelMessage) -> None:
        self.since = max(self.since, message.created_at or 0)
        if message.channel_id is not None:
            self.channels.add(message.channel_id)
        if self.wants(message):
            await self.answer(message)

    async def catch_up(self) -> None:
        """Answer the mentions written while the connection was down."""
        for channel_id in sorted(self.channels):
            recent = await self.client.channels.get_channel_messages(channel_id, limit=CATCH_UP)
            for item in reversed(recent):  # the server lists the newest first
                message = ChannelMessage.from_dict(item.to_dict())
                if (message.created_at or 0) > self.since:
                    await self.on_message(message)


async def main() -> None:
    base_url = os.environ.get("OPENWEBUI_BASE_URL", "http://127.0.0.1:8080")
    client = await AsyncOpenWebUI.from_credentials(
        base_url, os.environ["BOT_EMAIL"], os.environ["BOT_PASSWORD"]
    )
    channel = os.environ.get("BOT_CHANNEL")
    async with (
        client,
        client.events.connect(channels=[channel] if channel else None, types=["message"]) as events,
    ):
        assert events.user is not None
        bot = Bot(client, events.user["id"], os.environ["BOT_MODEL"])
        bot.channels.update(events.channel_ids or ())
        print(f"listening as {events.user['name']} on {base_url}", flush=True)
        async for event in events:
            if isinstance(event, Reconnected):
                print(f"reconnected after {event.offline_seconds:.1f} s", flush=True)
                await bot.catch_up()
            elif isinstance(event, ChannelEvent) and event.message is not None:
                await bot.on_message(event.message)


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
