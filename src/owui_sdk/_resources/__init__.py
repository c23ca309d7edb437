"""The clients' resources, one per tag of the schema; generated, do not edit.

:class:`AsyncResources` and :class:`SyncResources` give :class:`owui_sdk.AsyncOpenWebUI` and
:class:`owui_sdk.OpenWebUI` a property per tag (``client.users``, ``client.files``, ...). A
resource's module loads on the property's first use, and the resource is kept for the next.
The clients override some properties with a hand-written subclass of the resource (the
facade's ``client.chats``, ``client.files``, ``client.knowledge``); nothing here imports the
facade.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .analytics import AnalyticsResource, AsyncAnalyticsResource
    from .apps import AppsResource, AsyncAppsResource
    from .audio import AsyncAudioResource, AudioResource
    from .auths import AsyncAuthsResource, AuthsResource
    from .automations import AsyncAutomationsResource, AutomationsResource
    from .calendars import AsyncCalendarsResource, CalendarsResource
    from .channels import AsyncChannelsResource, ChannelsResource
    from .chats import AsyncChatsResource, ChatsResource
    from .configs import AsyncConfigsResource, ConfigsResource
    from .evaluations import AsyncEvaluationsResource, EvaluationsResource
    from .files import AsyncFilesResource, FilesResource
    from .folders import AsyncFoldersResource, FoldersResource
    from .functions import AsyncFunctionsResource, FunctionsResource
    from .groups import AsyncGroupsResource, GroupsResource
    from .images import AsyncImagesResource, ImagesResource
    from .knowledge import AsyncKnowledgeResource, KnowledgeResource
    from .memories import AsyncMemoriesResource, MemoriesResource
    from .models import AsyncModelsResource, ModelsResource
    from .notes import AsyncNotesResource, NotesResource
    from .notifications import AsyncNotificationsResource, NotificationsResource
    from .ollama import AsyncOllamaResource, OllamaResource
    from .openai import AsyncOpenaiResource, OpenaiResource
    from .pipelines import AsyncPipelinesResource, PipelinesResource
    from .prompts import AsyncPromptsResource, PromptsResource
    from .retrieval import AsyncRetrievalResource, RetrievalResource
    from .search import AsyncSearchResource, SearchResource
    from .skills import AsyncSkillsResource, SkillsResource
    from .system import AsyncSystemResource, SystemResource
    from .tasks import AsyncTasksResource, TasksResource
    from .terminals import AsyncTerminalsResource, TerminalsResource
    from .tools import AsyncToolsResource, ToolsResource
    from .users import AsyncUsersResource, UsersResource
    from .utils import AsyncUtilsResource, UtilsResource

__all__ = ["TAGS", "AsyncResources", "SyncResources"]

#: The tags with a generated resource, in the order of the properties below.
TAGS: tuple[str, ...] = (
    "analytics",
    "apps",
    "audio",
    "auths",
    "automations",
    "calendars",
    "channels",
    "chats",
    "configs",
    "evaluations",
    "files",
    "folders",
    "functions",
    "groups",
    "images",
    "knowledge",
    "memories",
    "models",
    "notes",
    "notifications",
    "ollama",
    "openai",
    "pipelines",
    "prompts",
    "retrieval",
    "search",
    "skills",
    "system",
    "tasks",
    "terminals",
    "tools",
    "users",
    "utils",
)


def _load(owner: AsyncResources | SyncResources, tag: str, module: str, name: str) -> Any:
    cache = owner._resources
    resource = cache.get(tag)
    if resource is None:
        cls = getattr(importlib.import_module(module), name)
        resource = cache[tag] = cls(owner._transport())
    return resource


class AsyncResources:
    """A property per tag, each the resource of that tag's endpoints."""

    __slots__ = ()
    _resources: dict[str, Any]

    def _transport(self) -> AsyncClient:
        # What the resources send through; the client defines it.
        raise NotImplementedError

    @property
    def analytics(self) -> AsyncAnalyticsResource:
        """The ``analytics`` endpoints: :class:`~owui_sdk._resources.analytics.AsyncAnalyticsResource`."""
        return cast(
            "AsyncAnalyticsResource",
            _load(self, "analytics", "owui_sdk._resources.analytics", "AsyncAnalyticsResource"),
        )

    @property
    def apps(self) -> AsyncAppsResource:
        """The ``apps`` endpoints: :class:`~owui_sdk._resources.apps.AsyncAppsResource`."""
        return cast(
            "AsyncAppsResource",
            _load(self, "apps", "owui_sdk._resources.apps", "AsyncAppsResource"),
        )

    @property
    def audio(self) -> AsyncAudioResource:
        """The ``audio`` endpoints: :class:`~owui_sdk._resources.audio.AsyncAudioResource`."""
        return cast(
            "AsyncAudioResource",
            _load(self, "audio", "owui_sdk._resources.audio", "AsyncAudioResource"),
        )

    @property
    def auths(self) -> AsyncAuthsResource:
        """The ``auths`` endpoints: :class:`~owui_sdk._resources.auths.AsyncAuthsResource`."""
        return cast(
            "AsyncAuthsResource",
            _load(self, "auths", "owui_sdk._resources.auths", "AsyncAuthsResource"),
        )

    @property
    def automations(self) -> AsyncAutomationsResource:
        """The ``automations`` endpoints: :class:`~owui_sdk._resources.automations.AsyncAutomationsResource`."""
        return cast(
            "AsyncAutomationsResource",
            _load(
                self, "automations", "owui_sdk._resources.automations", "AsyncAutomationsResource"
            ),
        )

    @property
    def calendars(self) -> AsyncCalendarsResource:
        """The ``calendars`` endpoints: :class:`~owui_sdk._resources.calendars.AsyncCalendarsResource`."""
        return cast(
            "AsyncCalendarsResource",
            _load(self, "calendars", "owui_sdk._resources.calendars", "AsyncCalendarsResource"),
        )

    @property
    def channels(self) -> AsyncChannelsResource:
        """The ``channels`` endpoints: :class:`~owui_sdk._resources.channels.AsyncChannelsResource`."""
        return cast(
            "AsyncChannelsResource",
            _load(self, "channels", "owui_sdk._resources.channels", "AsyncChannelsResource"),
        )

    @property
    def chats(self) -> AsyncChatsResource:
        """The ``chats`` endpoints: :class:`~owui_sdk._resources.chats.AsyncChatsResource`."""
        return cast(
            "AsyncChatsResource",
            _load(self, "chats", "owui_sdk._resources.chats", "AsyncChatsResource"),
        )

    @property
    def configs(self) -> AsyncConfigsResource:
        """The ``configs`` endpoints: :class:`~owui_sdk._resources.configs.AsyncConfigsResource`."""
        return cast(
            "AsyncConfigsResource",
            _load(self, "configs", "owui_sdk._resources.configs", "AsyncConfigsResource"),
        )

    @property
    def evaluations(self) -> AsyncEvaluationsResource:
        """The ``evaluations`` endpoints: :class:`~owui_sdk._resources.evaluations.AsyncEvaluationsResource`."""
        return cast(
            "AsyncEvaluationsResource",
            _load(
                self, "evaluations", "owui_sdk._resources.evaluations", "AsyncEvaluationsResource"
            ),
        )

    @property
    def files(self) -> AsyncFilesResource:
        """The ``files`` endpoints: :class:`~owui_sdk._resources.files.AsyncFilesResource`."""
        return cast(
            "AsyncFilesResource",
            _load(self, "files", "owui_sdk._resources.files", "AsyncFilesResource"),
        )

    @property
    def folders(self) -> AsyncFoldersResource:
        """The ``folders`` endpoints: :class:`~owui_sdk._resources.folders.AsyncFoldersResource`."""
        return cast(
            "AsyncFoldersResource",
            _load(self, "folders", "owui_sdk._resources.folders", "AsyncFoldersResource"),
        )

    @property
    def functions(self) -> AsyncFunctionsResource:
        """The ``functions`` endpoints: :class:`~owui_sdk._resources.functions.AsyncFunctionsResource`."""
        return cast(
            "AsyncFunctionsResource",
            _load(self, "functions", "owui_sdk._resources.functions", "AsyncFunctionsResource"),
        )

    @property
    def groups(self) -> AsyncGroupsResource:
        """The ``groups`` endpoints: :class:`~owui_sdk._resources.groups.AsyncGroupsResource`."""
        return cast(
            "AsyncGroupsResource",
            _load(self, "groups", "owui_sdk._resources.groups", "AsyncGroupsResource"),
        )

    @property
    def images(self) -> AsyncImagesResource:
        """The ``images`` endpoints: :class:`~owui_sdk._resources.images.AsyncImagesResource`."""
        return cast(
            "AsyncImagesResource",
            _load(self, "images", "owui_sdk._resources.images", "AsyncImagesResource"),
        )

    @property
    def knowledge(self) -> AsyncKnowledgeResource:
        """The ``knowledge`` endpoints: :class:`~owui_sdk._resources.knowledge.AsyncKnowledgeResource`."""
        return cast(
            "AsyncKnowledgeResource",
            _load(self, "knowledge", "owui_sdk._resources.knowledge", "AsyncKnowledgeResource"),
        )

    @property
    def memories(self) -> AsyncMemoriesResource:
        """The ``memories`` endpoints: :class:`~owui_sdk._resources.memories.AsyncMemoriesResource`."""
        return cast(
            "AsyncMemoriesResource",
            _load(self, "memories", "owui_sdk._resources.memories", "AsyncMemoriesResource"),
        )

    @property
    def models(self) -> AsyncModelsResource:
        """The ``models`` endpoints: :class:`~owui_sdk._resources.models.AsyncModelsResource`."""
        return cast(
            "AsyncModelsResource",
            _load(self, "models", "owui_sdk._resources.models", "AsyncModelsResource"),
        )

    @property
    def notes(self) -> AsyncNotesResource:
        """The ``notes`` endpoints: :class:`~owui_sdk._resources.notes.AsyncNotesResource`."""
        return cast(
            "AsyncNotesResource",
            _load(self, "notes", "owui_sdk._resources.notes", "AsyncNotesResource"),
        )

    @property
    def notifications(self) -> AsyncNotificationsResource:
        """The ``notifications`` endpoints: :class:`~owui_sdk._resources.notifications.AsyncNotificationsResource`."""
        return cast(
            "AsyncNotificationsResource",
            _load(
                self,
                "notifications",
                "owui_sdk._resources.notifications",
                "AsyncNotificationsResource",
            ),
        )

    @property
    def ollama(self) -> AsyncOllamaResource:
        """The ``ollama`` endpoints: :class:`~owui_sdk._resources.ollama.AsyncOllamaResource`."""
        return cast(
            "AsyncOllamaResource",
            _load(self, "ollama", "owui_sdk._resources.ollama", "AsyncOllamaResource"),
        )

    @property
    def openai(self) -> AsyncOpenaiResource:
        """The ``openai`` endpoints: :class:`~owui_sdk._resources.openai.AsyncOpenaiResource`."""
        return cast(
            "AsyncOpenaiResource",
            _load(self, "openai", "owui_sdk._resources.openai", "AsyncOpenaiResource"),
        )

    @property
    def pipelines(self) -> AsyncPipelinesResource:
        """The ``pipelines`` endpoints: :class:`~owui_sdk._resources.pipelines.AsyncPipelinesResource`."""
        return cast(
            "AsyncPipelinesResource",
            _load(self, "pipelines", "owui_sdk._resources.pipelines", "AsyncPipelinesResource"),
        )

    @property
    def prompts(self) -> AsyncPromptsResource:
        """The ``prompts`` endpoints: :class:`~owui_sdk._resources.prompts.AsyncPromptsResource`."""
        return cast(
            "AsyncPromptsResource",
            _load(self, "prompts", "owui_sdk._resources.prompts", "AsyncPromptsResource"),
        )

    @property
    def retrieval(self) -> AsyncRetrievalResource:
        """The ``retrieval`` endpoints: :class:`~owui_sdk._resources.retrieval.AsyncRetrievalResource`."""
        return cast(
            "AsyncRetrievalResource",
            _load(self, "retrieval", "owui_sdk._resources.retrieval", "AsyncRetrievalResource"),
        )

    @property
    def search(self) -> AsyncSearchResource:
        """The ``search`` endpoints: :class:`~owui_sdk._resources.search.AsyncSearchResource`."""
        return cast(
            "AsyncSearchResource",
            _load(self, "search", "owui_sdk._resources.search", "AsyncSearchResource"),
        )

    @property
    def skills(self) -> AsyncSkillsResource:
        """The ``skills`` endpoints: :class:`~owui_sdk._resources.skills.AsyncSkillsResource`."""
        return cast(
            "AsyncSkillsResource",
            _load(self, "skills", "owui_sdk._resources.skills", "AsyncSkillsResource"),
        )

    @property
    def system(self) -> AsyncSystemResource:
        """The ``system`` endpoints: :class:`~owui_sdk._resources.system.AsyncSystemResource`."""
        return cast(
            "AsyncSystemResource",
            _load(self, "system", "owui_sdk._resources.system", "AsyncSystemResource"),
        )

    @property
    def tasks(self) -> AsyncTasksResource:
        """The ``tasks`` endpoints: :class:`~owui_sdk._resources.tasks.AsyncTasksResource`."""
        return cast(
            "AsyncTasksResource",
            _load(self, "tasks", "owui_sdk._resources.tasks", "AsyncTasksResource"),
        )

    @property
    def terminals(self) -> AsyncTerminalsResource:
        """The ``terminals`` endpoints: :class:`~owui_sdk._resources.terminals.AsyncTerminalsResource`."""
        return cast(
            "AsyncTerminalsResource",
            _load(self, "terminals", "owui_sdk._resources.terminals", "AsyncTerminalsResource"),
        )

    @property
    def tools(self) -> AsyncToolsResource:
        """The ``tools`` endpoints: :class:`~owui_sdk._resources.tools.AsyncToolsResource`."""
        return cast(
            "AsyncToolsResource",
            _load(self, "tools", "owui_sdk._resources.tools", "AsyncToolsResource"),
        )

    @property
    def users(self) -> AsyncUsersResource:
        """The ``users`` endpoints: :class:`~owui_sdk._resources.users.AsyncUsersResource`."""
        return cast(
            "AsyncUsersResource",
            _load(self, "users", "owui_sdk._resources.users", "AsyncUsersResource"),
        )

    @property
    def utils(self) -> AsyncUtilsResource:
        """The ``utils`` endpoints: :class:`~owui_sdk._resources.utils.AsyncUtilsResource`."""
        return cast(
            "AsyncUtilsResource",
            _load(self, "utils", "owui_sdk._resources.utils", "AsyncUtilsResource"),
        )


class SyncResources:
    """A property per tag, each the resource of that tag's endpoints."""

    __slots__ = ()
    _resources: dict[str, Any]

    def _transport(self) -> SyncClient:
        # What the resources send through; the client defines it.
        raise NotImplementedError

    @property
    def analytics(self) -> AnalyticsResource:
        """The ``analytics`` endpoints: :class:`~owui_sdk._resources.analytics.AnalyticsResource`."""
        return cast(
            "AnalyticsResource",
            _load(self, "analytics", "owui_sdk._resources.analytics", "AnalyticsResource"),
        )

    @property
    def apps(self) -> AppsResource:
        """The ``apps`` endpoints: :class:`~owui_sdk._resources.apps.AppsResource`."""
        return cast("AppsResource", _load(self, "apps", "owui_sdk._resources.apps", "AppsResource"))

    @property
    def audio(self) -> AudioResource:
        """The ``audio`` endpoints: :class:`~owui_sdk._resources.audio.AudioResource`."""
        return cast(
            "AudioResource", _load(self, "audio", "owui_sdk._resources.audio", "AudioResource")
        )

    @property
    def auths(self) -> AuthsResource:
        """The ``auths`` endpoints: :class:`~owui_sdk._resources.auths.AuthsResource`."""
        return cast(
            "AuthsResource", _load(self, "auths", "owui_sdk._resources.auths", "AuthsResource")
        )

    @property
    def automations(self) -> AutomationsResource:
        """The ``automations`` endpoints: :class:`~owui_sdk._resources.automations.AutomationsResource`."""
        return cast(
            "AutomationsResource",
            _load(self, "automations", "owui_sdk._resources.automations", "AutomationsResource"),
        )

    @property
    def calendars(self) -> CalendarsResource:
        """The ``calendars`` endpoints: :class:`~owui_sdk._resources.calendars.CalendarsResource`."""
        return cast(
            "CalendarsResource",
            _load(self, "calendars", "owui_sdk._resources.calendars", "CalendarsResource"),
        )

    @property
    def channels(self) -> ChannelsResource:
        """The ``channels`` endpoints: :class:`~owui_sdk._resources.channels.ChannelsResource`."""
        return cast(
            "ChannelsResource",
            _load(self, "channels", "owui_sdk._resources.channels", "ChannelsResource"),
        )

    @property
    def chats(self) -> ChatsResource:
        """The ``chats`` endpoints: :class:`~owui_sdk._resources.chats.ChatsResource`."""
        return cast(
            "ChatsResource", _load(self, "chats", "owui_sdk._resources.chats", "ChatsResource")
        )

    @property
    def configs(self) -> ConfigsResource:
        """The ``configs`` endpoints: :class:`~owui_sdk._resources.configs.ConfigsResource`."""
        return cast(
            "ConfigsResource",
            _load(self, "configs", "owui_sdk._resources.configs", "ConfigsResource"),
        )

    @property
    def evaluations(self) -> EvaluationsResource:
        """The ``evaluations`` endpoints: :class:`~owui_sdk._resources.evaluations.EvaluationsResource`."""
        return cast(
            "EvaluationsResource",
            _load(self, "evaluations", "owui_sdk._resources.evaluations", "EvaluationsResource"),
        )

    @property
    def files(self) -> FilesResource:
        """The ``files`` endpoints: :class:`~owui_sdk._resources.files.FilesResource`."""
        return cast(
            "FilesResource", _load(self, "files", "owui_sdk._resources.files", "FilesResource")
        )

    @property
    def folders(self) -> FoldersResource:
        """The ``folders`` endpoints: :class:`~owui_sdk._resources.folders.FoldersResource`."""
        return cast(
            "FoldersResource",
            _load(self, "folders", "owui_sdk._resources.folders", "FoldersResource"),
        )

    @property
    def functions(self) -> FunctionsResource:
        """The ``functions`` endpoints: :class:`~owui_sdk._resources.functions.FunctionsResource`."""
        return cast(
            "FunctionsResource",
            _load(self, "functions", "owui_sdk._resources.functions", "FunctionsResource"),
        )

    @property
    def groups(self) -> GroupsResource:
        """The ``groups`` endpoints: :class:`~owui_sdk._resources.groups.GroupsResource`."""
        return cast(
            "GroupsResource", _load(self, "groups", "owui_sdk._resources.groups", "GroupsResource")
        )

    @property
    def images(self) -> ImagesResource:
        """The ``images`` endpoints: :class:`~owui_sdk._resources.images.ImagesResource`."""
        return cast(
            "ImagesResource", _load(self, "images", "owui_sdk._resources.images", "ImagesResource")
        )

    @property
    def knowledge(self) -> KnowledgeResource:
        """The ``knowledge`` endpoints: :class:`~owui_sdk._resources.knowledge.KnowledgeResource`."""
        return cast(
            "KnowledgeResource",
            _load(self, "knowledge", "owui_sdk._resources.knowledge", "KnowledgeResource"),
        )

    @property
    def memories(self) -> MemoriesResource:
        """The ``memories`` endpoints: :class:`~owui_sdk._resources.memories.MemoriesResource`."""
        return cast(
            "MemoriesResource",
            _load(self, "memories", "owui_sdk._resources.memories", "MemoriesResource"),
        )

    @property
    def models(self) -> ModelsResource:
        """The ``models`` endpoints: :class:`~owui_sdk._resources.models.ModelsResource`."""
        return cast(
            "ModelsResource", _load(self, "models", "owui_sdk._resources.models", "ModelsResource")
        )

    @property
    def notes(self) -> NotesResource:
        """The ``notes`` endpoints: :class:`~owui_sdk._resources.notes.NotesResource`."""
        return cast(
            "NotesResource", _load(self, "notes", "owui_sdk._resources.notes", "NotesResource")
        )

    @property
    def notifications(self) -> NotificationsResource:
        """The ``notifications`` endpoints: :class:`~owui_sdk._resources.notifications.NotificationsResource`."""
        return cast(
            "NotificationsResource",
            _load(
                self, "notifications", "owui_sdk._resources.notifications", "NotificationsResource"
            ),
        )

    @property
    def ollama(self) -> OllamaResource:
        """The ``ollama`` endpoints: :class:`~owui_sdk._resources.ollama.OllamaResource`."""
        return cast(
            "OllamaResource", _load(self, "ollama", "owui_sdk._resources.ollama", "OllamaResource")
        )

    @property
    def openai(self) -> OpenaiResource:
        """The ``openai`` endpoints: :class:`~owui_sdk._resources.openai.OpenaiResource`."""
        return cast(
            "OpenaiResource", _load(self, "openai", "owui_sdk._resources.openai", "OpenaiResource")
        )

    @property
    def pipelines(self) -> PipelinesResource:
        """The ``pipelines`` endpoints: :class:`~owui_sdk._resources.pipelines.PipelinesResource`."""
        return cast(
            "PipelinesResource",
            _load(self, "pipelines", "owui_sdk._resources.pipelines", "PipelinesResource"),
        )

    @property
    def prompts(self) -> PromptsResource:
        """The ``prompts`` endpoints: :class:`~owui_sdk._resources.prompts.PromptsResource`."""
        return cast(
            "PromptsResource",
            _load(self, "prompts", "owui_sdk._resources.prompts", "PromptsResource"),
        )

    @property
    def retrieval(self) -> RetrievalResource:
        """The ``retrieval`` endpoints: :class:`~owui_sdk._resources.retrieval.RetrievalResource`."""
        return cast(
            "RetrievalResource",
            _load(self, "retrieval", "owui_sdk._resources.retrieval", "RetrievalResource"),
        )

    @property
    def search(self) -> SearchResource:
        """The ``search`` endpoints: :class:`~owui_sdk._resources.search.SearchResource`."""
        return cast(
            "SearchResource", _load(self, "search", "owui_sdk._resources.search", "SearchResource")
        )

    @property
    def skills(self) -> SkillsResource:
        """The ``skills`` endpoints: :class:`~owui_sdk._resources.skills.SkillsResource`."""
        return cast(
            "SkillsResource", _load(self, "skills", "owui_sdk._resources.skills", "SkillsResource")
        )

    @property
    def system(self) -> SystemResource:
        """The ``system`` endpoints: :class:`~owui_sdk._resources.system.SystemResource`."""
        return cast(
            "SystemResource", _load(self, "system", "owui_sdk._resources.system", "SystemResource")
        )

    @property
    def tasks(self) -> TasksResource:
        """The ``tasks`` endpoints: :class:`~owui_sdk._resources.tasks.TasksResource`."""
        return cast(
            "TasksResource", _load(self, "tasks", "owui_sdk._resources.tasks", "TasksResource")
        )

    @property
    def terminals(self) -> TerminalsResource:
        """The ``terminals`` endpoints: :class:`~owui_sdk._resources.terminals.TerminalsResource`."""
        return cast(
            "TerminalsResource",
            _load(self, "terminals", "owui_sdk._resources.terminals", "TerminalsResource"),
        )

    @property
    def tools(self) -> ToolsResource:
        """The ``tools`` endpoints: :class:`~owui_sdk._resources.tools.ToolsResource`."""
        return cast(
            "ToolsResource", _load(self, "tools", "owui_sdk._resources.tools", "ToolsResource")
        )

    @property
    def users(self) -> UsersResource:
        """The ``users`` endpoints: :class:`~owui_sdk._resources.users.UsersResource`."""
        return cast(
            "UsersResource", _load(self, "users", "owui_sdk._resources.users", "UsersResource")
        )

    @property
    def utils(self) -> UtilsResource:
        """The ``utils`` endpoints: :class:`~owui_sdk._resources.utils.UtilsResource`."""
        return cast(
            "UtilsResource", _load(self, "utils", "owui_sdk._resources.utils", "UtilsResource")
        )
