"""Feed a knowledge base from a folder, ask a question that needs it, run it again (nothing is
uploaded twice), then clean up.

    OPENWEBUI_BASE_URL=http://127.0.0.1:8080 OPENWEBUI_API_KEY=sk-... python examples/knowledge_demo.py

`make demo` runs this against a local Open WebUI whose embeddings come from the project's echo
server.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from owui_sdk import OpenWebUI
from owui_sdk.models import AddedFile, KnowledgeForm


def show(result: AddedFile) -> None:
    print(f"[kb] {result.status:>8} {result.name}" + (f" ({result.error})" if result.error else ""))


def main() -> None:
    with OpenWebUI() as client, tempfile.TemporaryDirectory() as folder:
        docs = Path(folder)
        (docs / "tram.txt").write_text("The tram 28 leaves Martim Moniz every 12 minutes.\n")
        (docs / "cafes.md").write_text("# Cafés\n\nPastéis de Belém has baked since 1837.\n")
        (docs / "empty.txt").write_text("")  # Open WebUI refuses it: reported, not fatal

        kb = client.knowledge.create_new_knowledge(
            KnowledgeForm(name="Lisbon notes", description="owui-sdk demo")
        )
        assert kb is not None
        try:
            files = sorted(docs.iterdir())
            client.knowledge.add_files(kb.id, files, on_progress=show)
            print(f"[kb] listed: {[f.filename for f in client.knowledge.iter_files(kb.id)]}")

            model = client.chat.models()[0].id
            answer = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": "How often does the tram 28 leave?"}],
                files=[{"type": "collection", "id": kb.id}],
            )
            sources = answer.additional_properties.get("sources", [])
            print(f"[kb] answered with {len(sources)} source(s) from the knowledge base")

            print("[kb] again, unchanged:")
            client.knowledge.add_files(kb.id, files, on_progress=show)
        finally:
            client.knowledge.delete_knowledge_by_id(kb.id)
            print("[kb] deleted the knowledge base")


if __name__ == "__main__":
    main()
