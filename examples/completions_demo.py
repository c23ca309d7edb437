"""Chat completions through Open WebUI: list the models, ask one, then stream an answer as it
is written, in both colours.

    OPENWEBUI_BASE_URL=http://127.0.0.1:8080 OPENWEBUI_API_KEY=sk-... python examples/completions_demo.py

`make demo` runs this against a local Open WebUI whose model is the project's echo server.
"""

from __future__ import annotations

import asyncio

from owui_sdk import AsyncOpenWebUI, OpenWebUI


def blocking() -> None:
    with OpenWebUI() as client:
        models = client.chat.models()
        print(f"[sync] models: {[m.id for m in models]}")
        model = models[0].id

        completion = client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": "Name a museum in Lisbon."}]
        )
        print(f"[sync] answer: {completion.choices[0].message.content!r}")

        print("[sync] streamed: ", end="")
        with client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Tell me about the tram 28."}],
            stream=True,
        ) as stream:
            for chunk in stream:
                if chunk.choices:
                    print(chunk.choices[0].delta.content or "", end="", flush=True)
        print()


async def concurrently() -> None:
    async with AsyncOpenWebUI() as client:
        model = (await client.chat.models())[0].id
        questions = ["Best pastry?", "Best viewpoint?", "Best day trip?"]
        answers = await asyncio.gather(
            *(
                client.chat.completions.create(
                    model=model, messages=[{"role": "user", "content": q}]
                )
                for q in questions
            )
        )
        for question, answer in zip(questions, answers, strict=True):
            print(f"[async] {question} -> {answer.choices[0].message.content!r}")


if __name__ == "__main__":
    blocking()
    asyncio.run(concurrently())
