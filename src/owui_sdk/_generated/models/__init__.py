"""All models of the schema, imported on first use (PEP 562): ``import`` costs nothing here."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_grant_model import AccessGrantModel
    from .access_grants_permissions import AccessGrantsPermissions
    from .add_memory_form import AddMemoryForm
    from .add_memory_form_type import AddMemoryFormType
    from .add_pipeline_form import AddPipelineForm
    from .add_user_form import AddUserForm
    from .add_user_response import AddUserResponse
    from .admin_config import AdminConfig
    from .admin_config_i18n_type_0 import AdminConfigI18NType0
    from .admin_config_i18n_type_0_additional_property import AdminConfigI18NType0AdditionalProperty
    from .aggregate_chat_stats import AggregateChatStats
    from .aggregate_chat_stats_history_models import AggregateChatStatsHistoryModels
    from .aggregate_chat_stats_models import AggregateChatStatsModels
    from .api_key import ApiKey
    from .app_access_response import AppAccessResponse
    from .app_access_response_connection_status import AppAccessResponseConnectionStatus
    from .app_connection_form import AppConnectionForm
    from .app_form import AppForm
    from .app_form_granted_scopes_item import AppFormGrantedScopesItem
    from .app_interaction_form import AppInteractionForm
    from .app_invitation import AppInvitation
    from .app_manifest_form import AppManifestForm
    from .app_response import AppResponse
    from .app_response_connection_status import AppResponseConnectionStatus
    from .app_update_form import AppUpdateForm
    from .app_update_form_granted_scopes_type_0_item import AppUpdateFormGrantedScopesType0Item
    from .audio_config_update_form import AudioConfigUpdateForm
    from .automation_data import AutomationData
    from .automation_form import AutomationForm
    from .automation_list_response import AutomationListResponse
    from .automation_response import AutomationResponse
    from .automation_run_model import AutomationRunModel
    from .automation_target import AutomationTarget
    from .automation_target_type import AutomationTargetType
    from .automation_terminal_config import AutomationTerminalConfig
    from .azure_open_ai_config_form import AzureOpenAIConfigForm
    from .banner_model import BannerModel
    from .banner_model_i18n_type_0 import BannerModelI18NType0
    from .banner_model_i18n_type_0_additional_property import BannerModelI18NType0AdditionalProperty
    from .batch_process_files_form import BatchProcessFilesForm
    from .batch_process_files_response import BatchProcessFilesResponse
    from .batch_process_files_result import BatchProcessFilesResult
    from .calendar_access_grants_form import CalendarAccessGrantsForm
    from .calendar_event_attendee_model import CalendarEventAttendeeModel
    from .calendar_event_form import CalendarEventForm
    from .calendar_event_list_response import CalendarEventListResponse
    from .calendar_event_model import CalendarEventModel
    from .calendar_event_update_form import CalendarEventUpdateForm
    from .calendar_event_user_response import CalendarEventUserResponse
    from .calendar_form import CalendarForm
    from .calendar_model import CalendarModel
    from .calendar_update_form import CalendarUpdateForm
    from .channel_access_grants_form import ChannelAccessGrantsForm
    from .channel_form import ChannelForm
    from .channel_full_response import ChannelFullResponse
    from .channel_list_item_response import ChannelListItemResponse
    from .channel_member_list_response import ChannelMemberListResponse
    from .channel_member_response import ChannelMemberResponse
    from .channel_model import ChannelModel
    from .channel_webhook_form import ChannelWebhookForm
    from .channel_webhook_model import ChannelWebhookModel
    from .chat_access_grants_form import ChatAccessGrantsForm
    from .chat_body import ChatBody
    from .chat_config_form import ChatConfigForm
    from .chat_folder_id_form import ChatFolderIdForm
    from .chat_form import ChatForm
    from .chat_history_stats import ChatHistoryStats
    from .chat_history_stats_messages import ChatHistoryStatsMessages
    from .chat_import_form import ChatImportForm
    from .chat_message_model import ChatMessageModel
    from .chat_permissions import ChatPermissions
    from .chat_response import ChatResponse
    from .chat_stats_export import ChatStatsExport
    from .chat_stats_export_list import ChatStatsExportList
    from .chat_title_id_response import ChatTitleIdResponse
    from .chat_usage_stats_list_response import ChatUsageStatsListResponse
    from .chat_usage_stats_response import ChatUsageStatsResponse
    from .chats_import_form import ChatsImportForm
    from .chats_message_form import ChatsMessageForm
    from .clone_form import CloneForm
    from .clone_skill_form import CloneSkillForm
    from .code_form import CodeForm
    from .code_interpreter_config_form import CodeInterpreterConfigForm
    from .compact_chat_form import CompactChatForm
    from .comparison_stats_entry import ComparisonStatsEntry
    from .comparison_stats_entry_models import ComparisonStatsEntryModels
    from .config_form import ConfigForm
    from .connections_config_form import ConnectionsConfigForm
    from .content_form import ContentForm
    from .copy_model_form import CopyModelForm
    from .create_channel_form import CreateChannelForm
    from .create_image_form import CreateImageForm
    from .create_model_form import CreateModelForm
    from .daily_stats_entry import DailyStatsEntry
    from .daily_stats_entry_models import DailyStatsEntryModels
    from .daily_stats_response import DailyStatsResponse
    from .delete_form import DeleteForm
    from .delete_pipeline_form import DeletePipelineForm
    from .edit_image_form import EditImageForm
    from .embedding_model_update_form import EmbeddingModelUpdateForm
    from .event_form import EventForm
    from .event_webhook_form import EventWebhookForm
    from .event_webhook_form_targets_type_0_item import EventWebhookFormTargetsType0Item
    from .event_webhook_update_form import EventWebhookUpdateForm
    from .event_webhook_update_form_targets_type_0_item import (
        EventWebhookUpdateFormTargetsType0Item,
    )
    from .external_knowledge_connection_form import ExternalKnowledgeConnectionForm
    from .external_knowledge_connection_list_response import ExternalKnowledgeConnectionListResponse
    from .external_knowledge_create_form import ExternalKnowledgeCreateForm
    from .external_knowledge_retrieve_test_form import ExternalKnowledgeRetrieveTestForm
    from .external_knowledge_source_create_form import ExternalKnowledgeSourceCreateForm
    from .external_knowledge_source_form import ExternalKnowledgeSourceForm
    from .external_knowledge_source_test_form import ExternalKnowledgeSourceTestForm
    from .external_knowledge_source_update_form import ExternalKnowledgeSourceUpdateForm
    from .features_permissions import FeaturesPermissions
    from .feedback_form import FeedbackForm
    from .feedback_id_response import FeedbackIdResponse
    from .feedback_list_response import FeedbackListResponse
    from .feedback_model import FeedbackModel
    from .feedback_user_response import FeedbackUserResponse
    from .feedbacks_model_history_response import FeedbacksModelHistoryResponse
    from .feedbacks_user_response import FeedbacksUserResponse
    from .file_content_response import FileContentResponse
    from .file_list_response import FileListResponse
    from .file_manifest_entry import FileManifestEntry
    from .file_message_response import FileMessageResponse
    from .file_meta import FileMeta
    from .file_metadata_response import FileMetadataResponse
    from .file_model import FileModel
    from .file_model_response import FileModelResponse
    from .file_rename_form import FileRenameForm
    from .file_user_response import FileUserResponse
    from .folder_access_grants_form import FolderAccessGrantsForm
    from .folder_form import FolderForm
    from .folder_is_expanded_form import FolderIsExpandedForm
    from .folder_metadata_response import FolderMetadataResponse
    from .folder_model import FolderModel
    from .folder_name_id_response import FolderNameIdResponse
    from .folder_parent_id_form import FolderParentIdForm
    from .folder_response import FolderResponse
    from .folder_update_form import FolderUpdateForm
    from .fork_form import ForkForm
    from .function_form import FunctionForm
    from .function_history_model import FunctionHistoryModel
    from .function_history_response import FunctionHistoryResponse
    from .function_meta import FunctionMeta
    from .function_model import FunctionModel
    from .function_response import FunctionResponse
    from .function_user_response import FunctionUserResponse
    from .function_version_form import FunctionVersionForm
    from .function_with_valves_model import FunctionWithValvesModel
    from .generate_completion_form import GenerateCompletionForm
    from .generate_embed_form import GenerateEmbedForm
    from .generate_embeddings_form import GenerateEmbeddingsForm
    from .get_daily_stats_granularity import GetDailyStatsGranularity
    from .get_daily_stats_metric import GetDailyStatsMetric
    from .get_user_analytics_metric import GetUserAnalyticsMetric
    from .group_export_response import GroupExportResponse
    from .group_form import GroupForm
    from .group_info_response import GroupInfoResponse
    from .group_member_info import GroupMemberInfo
    from .group_member_info_membership_type import GroupMemberInfoMembershipType
    from .group_members_response import GroupMembersResponse
    from .group_members_response_counts import GroupMembersResponseCounts
    from .group_response import GroupResponse
    from .group_update_form import GroupUpdateForm
    from .history_entry import HistoryEntry
    from .http_validation_error import HTTPValidationError
    from .images_config import ImagesConfig
    from .images_connection_verification_form import ImagesConnectionVerificationForm
    from .import_config_form import ImportConfigForm
    from .import_skills_body import ImportSkillsBody
    from .inspect_group_members_membership import InspectGroupMembersMembership
    from .interface_visibility_form import InterfaceVisibilityForm
    from .interface_visibility_form_visibility import InterfaceVisibilityFormVisibility
    from .knowledge_access_grants_form import KnowledgeAccessGrantsForm
    from .knowledge_access_list_response import KnowledgeAccessListResponse
    from .knowledge_access_response import KnowledgeAccessResponse
    from .knowledge_directory_create_form import KnowledgeDirectoryCreateForm
    from .knowledge_directory_model import KnowledgeDirectoryModel
    from .knowledge_directory_update_form import KnowledgeDirectoryUpdateForm
    from .knowledge_file_id_form import KnowledgeFileIdForm
    from .knowledge_file_list_response import KnowledgeFileListResponse
    from .knowledge_file_move_form import KnowledgeFileMoveForm
    from .knowledge_files_response import KnowledgeFilesResponse
    from .knowledge_form import KnowledgeForm
    from .knowledge_response import KnowledgeResponse
    from .ldap_config_form import LdapConfigForm
    from .ldap_form import LdapForm
    from .ldap_server_config import LdapServerConfig
    from .leaderboard_entry import LeaderboardEntry
    from .leaderboard_response import LeaderboardResponse
    from .list_memory_paths_form import ListMemoryPathsForm
    from .list_memory_paths_form_type import ListMemoryPathsFormType
    from .load_url_form import LoadUrlForm
    from .manifest import Manifest
    from .manifest_requested_scopes_item import ManifestRequestedScopesItem
    from .memory_model import MemoryModel
    from .memory_model_type import MemoryModelType
    from .memory_operation_model import MemoryOperationModel
    from .memory_operation_model_action import MemoryOperationModelAction
    from .memory_operation_model_type_type_0 import MemoryOperationModelTypeType0
    from .memory_update_model import MemoryUpdateModel
    from .memory_update_model_type_type_0 import MemoryUpdateModelTypeType0
    from .message_model import MessageModel
    from .message_response import MessageResponse
    from .message_stats import MessageStats
    from .message_user_response import MessageUserResponse
    from .message_user_slim_response import MessageUserSlimResponse
    from .message_with_reactions_response import MessageWithReactionsResponse
    from .messages_message_form import MessagesMessageForm
    from .mfa_challenge_form import MfaChallengeForm
    from .mfa_challenge_response import MfaChallengeResponse
    from .mfa_challenge_response_next_step import MfaChallengeResponseNextStep
    from .mfa_enrollment_response import MfaEnrollmentResponse
    from .mfa_factor_form import MfaFactorForm
    from .mfa_recovery_codes_response import MfaRecoveryCodesResponse
    from .mfa_recovery_form import MfaRecoveryForm
    from .mfa_setup_response import MfaSetupResponse
    from .mfa_status_response import MfaStatusResponse
    from .mfa_verify_form import MfaVerifyForm
    from .model_access_grants_form import ModelAccessGrantsForm
    from .model_access_list_response import ModelAccessListResponse
    from .model_access_response import ModelAccessResponse
    from .model_analytics_entry import ModelAnalyticsEntry
    from .model_analytics_response import ModelAnalyticsResponse
    from .model_avatar_animation import ModelAvatarAnimation
    from .model_avatar_gesture import ModelAvatarGesture
    from .model_chat_entry import ModelChatEntry
    from .model_chats_response import ModelChatsResponse
    from .model_control import ModelControl
    from .model_control_display import ModelControlDisplay
    from .model_control_option import ModelControlOption
    from .model_export_response import ModelExportResponse
    from .model_form import ModelForm
    from .model_history_entry import ModelHistoryEntry
    from .model_history_model import ModelHistoryModel
    from .model_history_model_history_response import ModelHistoryModelHistoryResponse
    from .model_id_form import ModelIdForm
    from .model_meta import ModelMeta
    from .model_model import ModelModel
    from .model_name_form import ModelNameForm
    from .model_overview_response import ModelOverviewResponse
    from .model_params import ModelParams
    from .model_response import ModelResponse
    from .model_unload_form import ModelUnloadForm
    from .model_version_form import ModelVersionForm
    from .model_voice import ModelVoice
    from .model_voice_avatar import ModelVoiceAvatar
    from .model_voice_avatar_states import ModelVoiceAvatarStates
    from .models_config_form import ModelsConfigForm
    from .models_import_form import ModelsImportForm
    from .note_access_grants_form import NoteAccessGrantsForm
    from .note_form import NoteForm
    from .note_item_response import NoteItemResponse
    from .note_list_response import NoteListResponse
    from .note_model import NoteModel
    from .note_response import NoteResponse
    from .note_update_form import NoteUpdateForm
    from .note_user_response import NoteUserResponse
    from .notification_target_form import NotificationTargetForm
    from .o_auth_client_registration_form import OAuthClientRegistrationForm
    from .o_auth_config_form import OAuthConfigForm
    from .o_auth_config_response import OAuthConfigResponse
    from .ollama_connection_verification_form import OllamaConnectionVerificationForm
    from .ollama_ollama_config_form import OllamaOllamaConfigForm
    from .ollama_responses_form import OllamaResponsesForm
    from .openai_connection_verification_form import OpenaiConnectionVerificationForm
    from .openai_open_ai_config_form import OpenaiOpenAIConfigForm
    from .openai_responses_form import OpenaiResponsesForm
    from .pending_user_response import PendingUserResponse
    from .pin_message_form import PinMessageForm
    from .preview_skill_import_body import PreviewSkillImportBody
    from .process_file_form import ProcessFileForm
    from .process_text_form import ProcessTextForm
    from .process_url_form import ProcessUrlForm
    from .process_url_response import ProcessUrlResponse
    from .prompt_access_grants_form import PromptAccessGrantsForm
    from .prompt_access_list_response import PromptAccessListResponse
    from .prompt_access_response import PromptAccessResponse
    from .prompt_form import PromptForm
    from .prompt_history_model import PromptHistoryModel
    from .prompt_history_response import PromptHistoryResponse
    from .prompt_metadata_form import PromptMetadataForm
    from .prompt_model import PromptModel
    from .prompt_suggestion import PromptSuggestion
    from .prompt_version_update_form import PromptVersionUpdateForm
    from .provider_model_operation_form import ProviderModelOperationForm
    from .push_model_form import PushModelForm
    from .query_collections_form import QueryCollectionsForm
    from .query_doc_form import QueryDocForm
    from .query_memory_form import QueryMemoryForm
    from .rating_data import RatingData
    from .reaction_form import ReactionForm
    from .reactions import Reactions
    from .read_memory_path_form import ReadMemoryPathForm
    from .read_memory_path_form_type import ReadMemoryPathFormType
    from .realtime_config_form import RealtimeConfigForm
    from .realtime_config_form_auth_type import RealtimeConfigFormAuthType
    from .realtime_config_form_provider import RealtimeConfigFormProvider
    from .remove_members_form import RemoveMembersForm
    from .resolve_tool_call_form import ResolveToolCallForm
    from .resolve_tool_call_form_action import ResolveToolCallFormAction
    from .retrieval_ollama_config_form import RetrievalOllamaConfigForm
    from .retrieval_open_ai_config_form import RetrievalOpenAIConfigForm
    from .rsvp_form import RSVPForm
    from .search_form import SearchForm
    from .search_kind import SearchKind
    from .search_memories_form import SearchMemoriesForm
    from .search_memories_form_type import SearchMemoriesFormType
    from .search_response import SearchResponse
    from .search_result import SearchResult
    from .search_result_kind import SearchResultKind
    from .search_scope import SearchScope
    from .search_scope_kind import SearchScopeKind
    from .search_sharing import SearchSharing
    from .session_user_info_response import SessionUserInfoResponse
    from .session_user_response import SessionUserResponse
    from .set_banners_form import SetBannersForm
    from .set_default_suggestions_form import SetDefaultSuggestionsForm
    from .settings_permissions import SettingsPermissions
    from .share_chat_form import ShareChatForm
    from .shared_chat_response import SharedChatResponse
    from .sharing_permissions import SharingPermissions
    from .signin_form import SigninForm
    from .signup_form import SignupForm
    from .skill_access_grants_form import SkillAccessGrantsForm
    from .skill_access_list_response import SkillAccessListResponse
    from .skill_access_response import SkillAccessResponse
    from .skill_data import SkillData
    from .skill_detail_response import SkillDetailResponse
    from .skill_file import SkillFile
    from .skill_file_operation import SkillFileOperation
    from .skill_file_operation_op import SkillFileOperationOp
    from .skill_form import SkillForm
    from .skill_history_response import SkillHistoryResponse
    from .skill_meta import SkillMeta
    from .skill_meta_i18n_type_0 import SkillMetaI18NType0
    from .skill_meta_i18n_type_0_additional_property import SkillMetaI18NType0AdditionalProperty
    from .skill_model import SkillModel
    from .skill_response import SkillResponse
    from .skill_user_response import SkillUserResponse
    from .skill_version_update_form import SkillVersionUpdateForm
    from .snapshot_data import SnapshotData
    from .status_response import StatusResponse
    from .stt_config_form import STTConfigForm
    from .subagents_config_form import SubagentsConfigForm
    from .summary_response import SummaryResponse
    from .sync_cleanup_form import SyncCleanupForm
    from .sync_diff_form import SyncDiffForm
    from .sync_diff_response import SyncDiffResponse
    from .sync_diff_response_directory_map import SyncDiffResponseDirectoryMap
    from .sync_functions_form import SyncFunctionsForm
    from .sync_models_form import SyncModelsForm
    from .tag_entry import TagEntry
    from .tag_filter_form import TagFilterForm
    from .tag_form import TagForm
    from .tag_model import TagModel
    from .task_config_form import TaskConfigForm
    from .terminal_server_connection import TerminalServerConnection
    from .terminal_server_lifecycle_form import TerminalServerLifecycleForm
    from .terminal_server_policy_form import TerminalServerPolicyForm
    from .terminal_server_refresh_form import TerminalServerRefreshForm
    from .terminal_servers_config_form import TerminalServersConfigForm
    from .token_exchange_form import TokenExchangeForm
    from .token_usage_entry import TokenUsageEntry
    from .token_usage_response import TokenUsageResponse
    from .tool_access_grants_form import ToolAccessGrantsForm
    from .tool_access_response import ToolAccessResponse
    from .tool_form import ToolForm
    from .tool_history_model import ToolHistoryModel
    from .tool_history_response import ToolHistoryResponse
    from .tool_meta import ToolMeta
    from .tool_meta_i18n_type_0 import ToolMetaI18NType0
    from .tool_meta_i18n_type_0_additional_property import ToolMetaI18NType0AdditionalProperty
    from .tool_model import ToolModel
    from .tool_response import ToolResponse
    from .tool_server_connection import ToolServerConnection
    from .tool_servers_config_form import ToolServersConfigForm
    from .tool_user_response import ToolUserResponse
    from .tool_version_form import ToolVersionForm
    from .transcription_body import TranscriptionBody
    from .tts_config_form import TTSConfigForm
    from .update_active_member_form import UpdateActiveMemberForm
    from .update_config_form import UpdateConfigForm
    from .update_members_form import UpdateMembersForm
    from .update_memories_form import UpdateMemoriesForm
    from .update_memories_form_source_type_0 import UpdateMemoriesFormSourceType0
    from .update_muted_member_form import UpdateMutedMemberForm
    from .update_password_form import UpdatePasswordForm
    from .update_profile_form import UpdateProfileForm
    from .update_timezone_form import UpdateTimezoneForm
    from .upload_file_body import UploadFileBody
    from .upload_model_body import UploadModelBody
    from .upload_model_by_url_idx_body import UploadModelByUrlIdxBody
    from .upload_pipeline_body import UploadPipelineBody
    from .url_form import UrlForm
    from .user_active_response import UserActiveResponse
    from .user_analytics_entry import UserAnalyticsEntry
    from .user_analytics_response import UserAnalyticsResponse
    from .user_group_ids_list_response import UserGroupIdsListResponse
    from .user_group_ids_model import UserGroupIdsModel
    from .user_id_name_status_response import UserIdNameStatusResponse
    from .user_ids_form import UserIdsForm
    from .user_info_list_response import UserInfoListResponse
    from .user_info_response import UserInfoResponse
    from .user_model import UserModel
    from .user_name_response import UserNameResponse
    from .user_permissions import UserPermissions
    from .user_profile_image_response import UserProfileImageResponse
    from .user_settings import UserSettings
    from .user_status import UserStatus
    from .user_update_form import UserUpdateForm
    from .user_usage_heatmap_entry import UserUsageHeatmapEntry
    from .user_usage_heatmap_entry_models import UserUsageHeatmapEntryModels
    from .user_usage_insights import UserUsageInsights
    from .user_usage_model_entry import UserUsageModelEntry
    from .user_usage_period import UserUsagePeriod
    from .user_usage_response import UserUsageResponse
    from .user_usage_tool_entry import UserUsageToolEntry
    from .user_usage_totals import UserUsageTotals
    from .user_variables_form import UserVariablesForm
    from .user_variables_response import UserVariablesResponse
    from .user_variables_response_variables import UserVariablesResponseVariables
    from .users_user_response import UsersUserResponse
    from .validation_error import ValidationError
    from .vector_search_result import VectorSearchResult
    from .web_config import WebConfig
    from .webhook_message_form import WebhookMessageForm
    from .workspace_permissions import WorkspacePermissions

_MODULES: dict[str, str] = {
    "AccessGrantModel": ".access_grant_model",
    "AccessGrantsPermissions": ".access_grants_permissions",
    "AddMemoryForm": ".add_memory_form",
    "AddMemoryFormType": ".add_memory_form_type",
    "AddPipelineForm": ".add_pipeline_form",
    "AddUserForm": ".add_user_form",
    "AddUserResponse": ".add_user_response",
    "AdminConfig": ".admin_config",
    "AdminConfigI18NType0": ".admin_config_i18n_type_0",
    "AdminConfigI18NType0AdditionalProperty": ".admin_config_i18n_type_0_additional_property",
    "AggregateChatStats": ".aggregate_chat_stats",
    "AggregateChatStatsHistoryModels": ".aggregate_chat_stats_history_models",
    "AggregateChatStatsModels": ".aggregate_chat_stats_models",
    "ApiKey": ".api_key",
    "AppAccessResponse": ".app_access_response",
    "AppAccessResponseConnectionStatus": ".app_access_response_connection_status",
    "AppConnectionForm": ".app_connection_form",
    "AppForm": ".app_form",
    "AppFormGrantedScopesItem": ".app_form_granted_scopes_item",
    "AppInteractionForm": ".app_interaction_form",
    "AppInvitation": ".app_invitation",
    "AppManifestForm": ".app_manifest_form",
    "AppResponse": ".app_response",
    "AppResponseConnectionStatus": ".app_response_connection_status",
    "AppUpdateForm": ".app_update_form",
    "AppUpdateFormGrantedScopesType0Item": ".app_update_form_granted_scopes_type_0_item",
    "AudioConfigUpdateForm": ".audio_config_update_form",
    "AutomationData": ".automation_data",
    "AutomationForm": ".automation_form",
    "AutomationListResponse": ".automation_list_response",
    "AutomationResponse": ".automation_response",
    "AutomationRunModel": ".automation_run_model",
    "AutomationTarget": ".automation_target",
    "AutomationTargetType": ".automation_target_type",
    "AutomationTerminalConfig": ".automation_terminal_config",
    "AzureOpenAIConfigForm": ".azure_open_ai_config_form",
    "BannerModel": ".banner_model",
    "BannerModelI18NType0": ".banner_model_i18n_type_0",
    "BannerModelI18NType0AdditionalProperty": ".banner_model_i18n_type_0_additional_property",
    "BatchProcessFilesForm": ".batch_process_files_form",
    "BatchProcessFilesResponse": ".batch_process_files_response",
    "BatchProcessFilesResult": ".batch_process_files_result",
    "CalendarAccessGrantsForm": ".calendar_access_grants_form",
    "CalendarEventAttendeeModel": ".calendar_event_attendee_model",
    "CalendarEventForm": ".calendar_event_form",
    "CalendarEventListResponse": ".calendar_event_list_response",
    "CalendarEventModel": ".calendar_event_model",
    "CalendarEventUpdateForm": ".calendar_event_update_form",
    "CalendarEventUserResponse": ".calendar_event_user_response",
    "CalendarForm": ".calendar_form",
    "CalendarModel": ".calendar_model",
    "CalendarUpdateForm": ".calendar_update_form",
    "ChannelAccessGrantsForm": ".channel_access_grants_form",
    "ChannelForm": ".channel_form",
    "ChannelFullResponse": ".channel_full_response",
    "ChannelListItemResponse": ".channel_list_item_response",
    "ChannelMemberListResponse": ".channel_member_list_response",
    "ChannelMemberResponse": ".channel_member_response",
    "ChannelModel": ".channel_model",
    "ChannelWebhookForm": ".channel_webhook_form",
    "ChannelWebhookModel": ".channel_webhook_model",
    "ChatAccessGrantsForm": ".chat_access_grants_form",
    "ChatBody": ".chat_body",
    "ChatConfigForm": ".chat_config_form",
    "ChatFolderIdForm": ".chat_folder_id_form",
    "ChatForm": ".chat_form",
    "ChatHistoryStats": ".chat_history_stats",
    "ChatHistoryStatsMessages": ".chat_history_stats_messages",
    "ChatImportForm": ".chat_import_form",
    "ChatMessageModel": ".chat_message_model",
    "ChatPermissions": ".chat_permissions",
    "ChatResponse": ".chat_response",
    "ChatStatsExport": ".chat_stats_export",
    "ChatStatsExportList": ".chat_stats_export_list",
    "ChatTitleIdResponse": ".chat_title_id_response",
    "ChatUsageStatsListResponse": ".chat_usage_stats_list_response",
    "ChatUsageStatsResponse": ".chat_usage_stats_response",
    "ChatsImportForm": ".chats_import_form",
    "ChatsMessageForm": ".chats_message_form",
    "CloneForm": ".clone_form",
    "CloneSkillForm": ".clone_skill_form",
    "CodeForm": ".code_form",
    "CodeInterpreterConfigForm": ".code_interpreter_config_form",
    "CompactChatForm": ".compact_chat_form",
    "ComparisonStatsEntry": ".comparison_stats_entry",
    "ComparisonStatsEntryModels": ".comparison_stats_entry_models",
    "ConfigForm": ".config_form",
    "ConnectionsConfigForm": ".connections_config_form",
    "ContentForm": ".content_form",
    "CopyModelForm": ".copy_model_form",
    "CreateChannelForm": ".create_channel_form",
    "CreateImageForm": ".create_image_form",
    "CreateModelForm": ".create_model_form",
    "DailyStatsEntry": ".daily_stats_entry",
    "DailyStatsEntryModels": ".daily_stats_entry_models",
    "DailyStatsResponse": ".daily_stats_response",
    "DeleteForm": ".delete_form",
    "DeletePipelineForm": ".delete_pipeline_form",
    "EditImageForm": ".edit_image_form",
    "EmbeddingModelUpdateForm": ".embedding_model_update_form",
    "EventForm": ".event_form",
    "EventWebhookForm": ".event_webhook_form",
    "EventWebhookFormTargetsType0Item": ".event_webhook_form_targets_type_0_item",
    "EventWebhookUpdateForm": ".event_webhook_update_form",
    "EventWebhookUpdateFormTargetsType0Item": ".event_webhook_update_form_targets_type_0_item",
    "ExternalKnowledgeConnectionForm": ".external_knowledge_connection_form",
    "ExternalKnowledgeConnectionListResponse": ".external_knowledge_connection_list_response",
    "ExternalKnowledgeCreateForm": ".external_knowledge_create_form",
    "ExternalKnowledgeRetrieveTestForm": ".external_knowledge_retrieve_test_form",
    "ExternalKnowledgeSourceCreateForm": ".external_knowledge_source_create_form",
    "ExternalKnowledgeSourceForm": ".external_knowledge_source_form",
    "ExternalKnowledgeSourceTestForm": ".external_knowledge_source_test_form",
    "ExternalKnowledgeSourceUpdateForm": ".external_knowledge_source_update_form",
    "FeaturesPermissions": ".features_permissions",
    "FeedbackForm": ".feedback_form",
    "FeedbackIdResponse": ".feedback_id_response",
    "FeedbackListResponse": ".feedback_list_response",
    "FeedbackModel": ".feedback_model",
    "FeedbackUserResponse": ".feedback_user_response",
    "FeedbacksModelHistoryResponse": ".feedbacks_model_history_response",
    "FeedbacksUserResponse": ".feedbacks_user_response",
    "FileContentResponse": ".file_content_response",
    "FileListResponse": ".file_list_response",
    "FileManifestEntry": ".file_manifest_entry",
    "FileMessageResponse": ".file_message_response",
    "FileMeta": ".file_meta",
    "FileMetadataResponse": ".file_metadata_response",
    "FileModel": ".file_model",
    "FileModelResponse": ".file_model_response",
    "FileRenameForm": ".file_rename_form",
    "FileUserResponse": ".file_user_response",
    "FolderAccessGrantsForm": ".folder_access_grants_form",
    "FolderForm": ".folder_form",
    "FolderIsExpandedForm": ".folder_is_expanded_form",
    "FolderMetadataResponse": ".folder_metadata_response",
    "FolderModel": ".folder_model",
    "FolderNameIdResponse": ".folder_name_id_response",
    "FolderParentIdForm": ".folder_parent_id_form",
    "FolderResponse": ".folder_response",
    "FolderUpdateForm": ".folder_update_form",
    "ForkForm": ".fork_form",
    "FunctionForm": ".function_form",
    "FunctionHistoryModel": ".function_history_model",
    "FunctionHistoryResponse": ".function_history_response",
    "FunctionMeta": ".function_meta",
    "FunctionModel": ".function_model",
    "FunctionResponse": ".function_response",
    "FunctionUserResponse": ".function_user_response",
    "FunctionVersionForm": ".function_version_form",
    "FunctionWithValvesModel": ".function_with_valves_model",
    "GenerateCompletionForm": ".generate_completion_form",
    "GenerateEmbedForm": ".generate_embed_form",
    "GenerateEmbeddingsForm": ".generate_embeddings_form",
    "GetDailyStatsGranularity": ".get_daily_stats_granularity",
    "GetDailyStatsMetric": ".get_daily_stats_metric",
    "GetUserAnalyticsMetric": ".get_user_analytics_metric",
    "GroupExportResponse": ".group_export_response",
    "GroupForm": ".group_form",
    "GroupInfoResponse": ".group_info_response",
    "GroupMemberInfo": ".group_member_info",
    "GroupMemberInfoMembershipType": ".group_member_info_membership_type",
    "GroupMembersResponse": ".group_members_response",
    "GroupMembersResponseCounts": ".group_members_response_counts",
    "GroupResponse": ".group_response",
    "GroupUpdateForm": ".group_update_form",
    "HistoryEntry": ".history_entry",
    "HTTPValidationError": ".http_validation_error",
    "ImagesConfig": ".images_config",
    "ImagesConnectionVerificationForm": ".images_connection_verification_form",
    "ImportConfigForm": ".import_config_form",
    "ImportSkillsBody": ".import_skills_body",
    "InspectGroupMembersMembership": ".inspect_group_members_membership",
    "InterfaceVisibilityForm": ".interface_visibility_form",
    "InterfaceVisibilityFormVisibility": ".interface_visibility_form_visibility",
    "KnowledgeAccessGrantsForm": ".knowledge_access_grants_form",
    "KnowledgeAccessListResponse": ".knowledge_access_list_response",
    "KnowledgeAccessResponse": ".knowledge_access_response",
    "KnowledgeDirectoryCreateForm": ".knowledge_directory_create_form",
    "KnowledgeDirectoryModel": ".knowledge_directory_model",
    "KnowledgeDirectoryUpdateForm": ".knowledge_directory_update_form",
    "KnowledgeFileIdForm": ".knowledge_file_id_form",
    "KnowledgeFileListResponse": ".knowledge_file_list_response",
    "KnowledgeFileMoveForm": ".knowledge_file_move_form",
    "KnowledgeFilesResponse": ".knowledge_files_response",
    "KnowledgeForm": ".knowledge_form",
    "KnowledgeResponse": ".knowledge_response",
    "LdapConfigForm": ".ldap_config_form",
    "LdapForm": ".ldap_form",
    "LdapServerConfig": ".ldap_server_config",
    "LeaderboardEntry": ".leaderboard_entry",
    "LeaderboardResponse": ".leaderboard_response",
    "ListMemoryPathsForm": ".list_memory_paths_form",
    "ListMemoryPathsFormType": ".list_memory_paths_form_type",
    "LoadUrlForm": ".load_url_form",
    "Manifest": ".manifest",
    "ManifestRequestedScopesItem": ".manifest_requested_scopes_item",
    "MemoryModel": ".memory_model",
    "MemoryModelType": ".memory_model_type",
    "MemoryOperationModel": ".memory_operation_model",
    "MemoryOperationModelAction": ".memory_operation_model_action",
    "MemoryOperationModelTypeType0": ".memory_operation_model_type_type_0",
    "MemoryUpdateModel": ".memory_update_model",
    "MemoryUpdateModelTypeType0": ".memory_update_model_type_type_0",
    "MessageModel": ".message_model",
    "MessageResponse": ".message_response",
    "MessageStats": ".message_stats",
    "MessageUserResponse": ".message_user_response",
    "MessageUserSlimResponse": ".message_user_slim_response",
    "MessageWithReactionsResponse": ".message_with_reactions_response",
    "MessagesMessageForm": ".messages_message_form",
    "MfaChallengeForm": ".mfa_challenge_form",
    "MfaChallengeResponse": ".mfa_challenge_response",
    "MfaChallengeResponseNextStep": ".mfa_challenge_response_next_step",
    "MfaEnrollmentResponse": ".mfa_enrollment_response",
    "MfaFactorForm": ".mfa_factor_form",
    "MfaRecoveryCodesResponse": ".mfa_recovery_codes_response",
    "MfaRecoveryForm": ".mfa_recovery_form",
    "MfaSetupResponse": ".mfa_setup_response",
    "MfaStatusResponse": ".mfa_status_response",
    "MfaVerifyForm": ".mfa_verify_form",
    "ModelAccessGrantsForm": ".model_access_grants_form",
    "ModelAccessListResponse": ".model_access_list_response",
    "ModelAccessResponse": ".model_access_response",
    "ModelAnalyticsEntry": ".model_analytics_entry",
    "ModelAnalyticsResponse": ".model_analytics_response",
    "ModelAvatarAnimation": ".model_avatar_animation",
    "ModelAvatarGesture": ".model_avatar_gesture",
    "ModelChatEntry": ".model_chat_entry",
    "ModelChatsResponse": ".model_chats_response",
    "ModelControl": ".model_control",
    "ModelControlDisplay": ".model_control_display",
    "ModelControlOption": ".model_control_option",
    "ModelExportResponse": ".model_export_response",
    "ModelForm": ".model_form",
    "ModelHistoryEntry": ".model_history_entry",
    "ModelHistoryModel": ".model_history_model",
    "ModelHistoryModelHistoryResponse": ".model_history_model_history_response",
    "ModelIdForm": ".model_id_form",
    "ModelMeta": ".model_meta",
    "ModelModel": ".model_model",
    "ModelNameForm": ".model_name_form",
    "ModelOverviewResponse": ".model_overview_response",
    "ModelParams": ".model_params",
    "ModelResponse": ".model_response",
    "ModelUnloadForm": ".model_unload_form",
    "ModelVersionForm": ".model_version_form",
    "ModelVoice": ".model_voice",
    "ModelVoiceAvatar": ".model_voice_avatar",
    "ModelVoiceAvatarStates": ".model_voice_avatar_states",
    "ModelsConfigForm": ".models_config_form",
    "ModelsImportForm": ".models_import_form",
    "NoteAccessGrantsForm": ".note_access_grants_form",
    "NoteForm": ".note_form",
    "NoteItemResponse": ".note_item_response",
    "NoteListResponse": ".note_list_response",
    "NoteModel": ".note_model",
    "NoteResponse": ".note_response",
    "NoteUpdateForm": ".note_update_form",
    "NoteUserResponse": ".note_user_response",
    "NotificationTargetForm": ".notification_target_form",
    "OAuthClientRegistrationForm": ".o_auth_client_registration_form",
    "OAuthConfigForm": ".o_auth_config_form",
    "OAuthConfigResponse": ".o_auth_config_response",
    "OllamaConnectionVerificationForm": ".ollama_connection_verification_form",
    "OllamaOllamaConfigForm": ".ollama_ollama_config_form",
    "OllamaResponsesForm": ".ollama_responses_form",
    "OpenaiConnectionVerificationForm": ".openai_connection_verification_form",
    "OpenaiOpenAIConfigForm": ".openai_open_ai_config_form",
    "OpenaiResponsesForm": ".openai_responses_form",
    "PendingUserResponse": ".pending_user_response",
    "PinMessageForm": ".pin_message_form",
    "PreviewSkillImportBody": ".preview_skill_import_body",
    "ProcessFileForm": ".process_file_form",
    "ProcessTextForm": ".process_text_form",
    "ProcessUrlForm": ".process_url_form",
    "ProcessUrlResponse": ".process_url_response",
    "PromptAccessGrantsForm": ".prompt_access_grants_form",
    "PromptAccessListResponse": ".prompt_access_list_response",
    "PromptAccessResponse": ".prompt_access_response",
    "PromptForm": ".prompt_form",
    "PromptHistoryModel": ".prompt_history_model",
    "PromptHistoryResponse": ".prompt_history_response",
    "PromptMetadataForm": ".prompt_metadata_form",
    "PromptModel": ".prompt_model",
    "PromptSuggestion": ".prompt_suggestion",
    "PromptVersionUpdateForm": ".prompt_version_update_form",
    "ProviderModelOperationForm": ".provider_model_operation_form",
    "PushModelForm": ".push_model_form",
    "QueryCollectionsForm": ".query_collections_form",
    "QueryDocForm": ".query_doc_form",
    "QueryMemoryForm": ".query_memory_form",
    "RatingData": ".rating_data",
    "ReactionForm": ".reaction_form",
    "Reactions": ".reactions",
    "ReadMemoryPathForm": ".read_memory_path_form",
    "ReadMemoryPathFormType": ".read_memory_path_form_type",
    "RealtimeConfigForm": ".realtime_config_form",
    "RealtimeConfigFormAuthType": ".realtime_config_form_auth_type",
    "RealtimeConfigFormProvider": ".realtime_config_form_provider",
    "RemoveMembersForm": ".remove_members_form",
    "ResolveToolCallForm": ".resolve_tool_call_form",
    "ResolveToolCallFormAction": ".resolve_tool_call_form_action",
    "RetrievalOllamaConfigForm": ".retrieval_ollama_config_form",
    "RetrievalOpenAIConfigForm": ".retrieval_open_ai_config_form",
    "RSVPForm": ".rsvp_form",
    "SearchForm": ".search_form",
    "SearchKind": ".search_kind",
    "SearchMemoriesForm": ".search_memories_form",
    "SearchMemoriesFormType": ".search_memories_form_type",
    "SearchResponse": ".search_response",
    "SearchResult": ".search_result",
    "SearchResultKind": ".search_result_kind",
    "SearchScope": ".search_scope",
    "SearchScopeKind": ".search_scope_kind",
    "SearchSharing": ".search_sharing",
    "SessionUserInfoResponse": ".session_user_info_response",
    "SessionUserResponse": ".session_user_response",
    "SetBannersForm": ".set_banners_form",
    "SetDefaultSuggestionsForm": ".set_default_suggestions_form",
    "SettingsPermissions": ".settings_permissions",
    "ShareChatForm": ".share_chat_form",
    "SharedChatResponse": ".shared_chat_response",
    "SharingPermissions": ".sharing_permissions",
    "SigninForm": ".signin_form",
    "SignupForm": ".signup_form",
    "SkillAccessGrantsForm": ".skill_access_grants_form",
    "SkillAccessListResponse": ".skill_access_list_response",
    "SkillAccessResponse": ".skill_access_response",
    "SkillData": ".skill_data",
    "SkillDetailResponse": ".skill_detail_response",
    "SkillFile": ".skill_file",
    "SkillFileOperation": ".skill_file_operation",
    "SkillFileOperationOp": ".skill_file_operation_op",
    "SkillForm": ".skill_form",
    "SkillHistoryResponse": ".skill_history_response",
    "SkillMeta": ".skill_meta",
    "SkillMetaI18NType0": ".skill_meta_i18n_type_0",
    "SkillMetaI18NType0AdditionalProperty": ".skill_meta_i18n_type_0_additional_property",
    "SkillModel": ".skill_model",
    "SkillResponse": ".skill_response",
    "SkillUserResponse": ".skill_user_response",
    "SkillVersionUpdateForm": ".skill_version_update_form",
    "SnapshotData": ".snapshot_data",
    "StatusResponse": ".status_response",
    "STTConfigForm": ".stt_config_form",
    "SubagentsConfigForm": ".subagents_config_form",
    "SummaryResponse": ".summary_response",
    "SyncCleanupForm": ".sync_cleanup_form",
    "SyncDiffForm": ".sync_diff_form",
    "SyncDiffResponse": ".sync_diff_response",
    "SyncDiffResponseDirectoryMap": ".sync_diff_response_directory_map",
    "SyncFunctionsForm": ".sync_functions_form",
    "SyncModelsForm": ".sync_models_form",
    "TagEntry": ".tag_entry",
    "TagFilterForm": ".tag_filter_form",
    "TagForm": ".tag_form",
    "TagModel": ".tag_model",
    "TaskConfigForm": ".task_config_form",
    "TerminalServerConnection": ".terminal_server_connection",
    "TerminalServerLifecycleForm": ".terminal_server_lifecycle_form",
    "TerminalServerPolicyForm": ".terminal_server_policy_form",
    "TerminalServerRefreshForm": ".terminal_server_refresh_form",
    "TerminalServersConfigForm": ".terminal_servers_config_form",
    "TokenExchangeForm": ".token_exchange_form",
    "TokenUsageEntry": ".token_usage_entry",
    "TokenUsageResponse": ".token_usage_response",
    "ToolAccessGrantsForm": ".tool_access_grants_form",
    "ToolAccessResponse": ".tool_access_response",
    "ToolForm": ".tool_form",
    "ToolHistoryModel": ".tool_history_model",
    "ToolHistoryResponse": ".tool_history_response",
    "ToolMeta": ".tool_meta",
    "ToolMetaI18NType0": ".tool_meta_i18n_type_0",
    "ToolMetaI18NType0AdditionalProperty": ".tool_meta_i18n_type_0_additional_property",
    "ToolModel": ".tool_model",
    "ToolResponse": ".tool_response",
    "ToolServerConnection": ".tool_server_connection",
    "ToolServersConfigForm": ".tool_servers_config_form",
    "ToolUserResponse": ".tool_user_response",
    "ToolVersionForm": ".tool_version_form",
    "TranscriptionBody": ".transcription_body",
    "TTSConfigForm": ".tts_config_form",
    "UpdateActiveMemberForm": ".update_active_member_form",
    "UpdateConfigForm": ".update_config_form",
    "UpdateMembersForm": ".update_members_form",
    "UpdateMemoriesForm": ".update_memories_form",
    "UpdateMemoriesFormSourceType0": ".update_memories_form_source_type_0",
    "UpdateMutedMemberForm": ".update_muted_member_form",
    "UpdatePasswordForm": ".update_password_form",
    "UpdateProfileForm": ".update_profile_form",
    "UpdateTimezoneForm": ".update_timezone_form",
    "UploadFileBody": ".upload_file_body",
    "UploadModelBody": ".upload_model_body",
    "UploadModelByUrlIdxBody": ".upload_model_by_url_idx_body",
    "UploadPipelineBody": ".upload_pipeline_body",
    "UrlForm": ".url_form",
    "UserActiveResponse": ".user_active_response",
    "UserAnalyticsEntry": ".user_analytics_entry",
    "UserAnalyticsResponse": ".user_analytics_response",
    "UserGroupIdsListResponse": ".user_group_ids_list_response",
    "UserGroupIdsModel": ".user_group_ids_model",
    "UserIdNameStatusResponse": ".user_id_name_status_response",
    "UserIdsForm": ".user_ids_form",
    "UserInfoListResponse": ".user_info_list_response",
    "UserInfoResponse": ".user_info_response",
    "UserModel": ".user_model",
    "UserNameResponse": ".user_name_response",
    "UserPermissions": ".user_permissions",
    "UserProfileImageResponse": ".user_profile_image_response",
    "UserSettings": ".user_settings",
    "UserStatus": ".user_status",
    "UserUpdateForm": ".user_update_form",
    "UserUsageHeatmapEntry": ".user_usage_heatmap_entry",
    "UserUsageHeatmapEntryModels": ".user_usage_heatmap_entry_models",
    "UserUsageInsights": ".user_usage_insights",
    "UserUsageModelEntry": ".user_usage_model_entry",
    "UserUsagePeriod": ".user_usage_period",
    "UserUsageResponse": ".user_usage_response",
    "UserUsageToolEntry": ".user_usage_tool_entry",
    "UserUsageTotals": ".user_usage_totals",
    "UserVariablesForm": ".user_variables_form",
    "UserVariablesResponse": ".user_variables_response",
    "UserVariablesResponseVariables": ".user_variables_response_variables",
    "UsersUserResponse": ".users_user_response",
    "ValidationError": ".validation_error",
    "VectorSearchResult": ".vector_search_result",
    "WebConfig": ".web_config",
    "WebhookMessageForm": ".webhook_message_form",
    "WorkspacePermissions": ".workspace_permissions",
}

__all__ = (
    "AccessGrantModel",
    "AccessGrantsPermissions",
    "AddMemoryForm",
    "AddMemoryFormType",
    "AddPipelineForm",
    "AddUserForm",
    "AddUserResponse",
    "AdminConfig",
    "AdminConfigI18NType0",
    "AdminConfigI18NType0AdditionalProperty",
    "AggregateChatStats",
    "AggregateChatStatsHistoryModels",
    "AggregateChatStatsModels",
    "ApiKey",
    "AppAccessResponse",
    "AppAccessResponseConnectionStatus",
    "AppConnectionForm",
    "AppForm",
    "AppFormGrantedScopesItem",
    "AppInteractionForm",
    "AppInvitation",
    "AppManifestForm",
    "AppResponse",
    "AppResponseConnectionStatus",
    "AppUpdateForm",
    "AppUpdateFormGrantedScopesType0Item",
    "AudioConfigUpdateForm",
    "AutomationData",
    "AutomationForm",
    "AutomationListResponse",
    "AutomationResponse",
    "AutomationRunModel",
    "AutomationTarget",
    "AutomationTargetType",
    "AutomationTerminalConfig",
    "AzureOpenAIConfigForm",
    "BannerModel",
    "BannerModelI18NType0",
    "BannerModelI18NType0AdditionalProperty",
    "BatchProcessFilesForm",
    "BatchProcessFilesResponse",
    "BatchProcessFilesResult",
    "CalendarAccessGrantsForm",
    "CalendarEventAttendeeModel",
    "CalendarEventForm",
    "CalendarEventListResponse",
    "CalendarEventModel",
    "CalendarEventUpdateForm",
    "CalendarEventUserResponse",
    "CalendarForm",
    "CalendarModel",
    "CalendarUpdateForm",
    "ChannelAccessGrantsForm",
    "ChannelForm",
    "ChannelFullResponse",
    "ChannelListItemResponse",
    "ChannelMemberListResponse",
    "ChannelMemberResponse",
    "ChannelModel",
    "ChannelWebhookForm",
    "ChannelWebhookModel",
    "ChatAccessGrantsForm",
    "ChatBody",
    "ChatConfigForm",
    "ChatFolderIdForm",
    "ChatForm",
    "ChatHistoryStats",
    "ChatHistoryStatsMessages",
    "ChatImportForm",
    "ChatMessageModel",
    "ChatPermissions",
    "ChatResponse",
    "ChatsImportForm",
    "ChatsMessageForm",
    "ChatStatsExport",
    "ChatStatsExportList",
    "ChatTitleIdResponse",
    "ChatUsageStatsListResponse",
    "ChatUsageStatsResponse",
    "CloneForm",
    "CloneSkillForm",
    "CodeForm",
    "CodeInterpreterConfigForm",
    "CompactChatForm",
    "ComparisonStatsEntry",
    "ComparisonStatsEntryModels",
    "ConfigForm",
    "ConnectionsConfigForm",
    "ContentForm",
    "CopyModelForm",
    "CreateChannelForm",
    "CreateImageForm",
    "CreateModelForm",
    "DailyStatsEntry",
    "DailyStatsEntryModels",
    "DailyStatsResponse",
    "DeleteForm",
    "DeletePipelineForm",
    "EditImageForm",
    "EmbeddingModelUpdateForm",
    "EventForm",
    "EventWebhookForm",
    "EventWebhookFormTargetsType0Item",
    "EventWebhookUpdateForm",
    "EventWebhookUpdateFormTargetsType0Item",
    "ExternalKnowledgeConnectionForm",
    "ExternalKnowledgeConnectionListResponse",
    "ExternalKnowledgeCreateForm",
    "ExternalKnowledgeRetrieveTestForm",
    "ExternalKnowledgeSourceCreateForm",
    "ExternalKnowledgeSourceForm",
    "ExternalKnowledgeSourceTestForm",
    "ExternalKnowledgeSourceUpdateForm",
    "FeaturesPermissions",
    "FeedbackForm",
    "FeedbackIdResponse",
    "FeedbackListResponse",
    "FeedbackModel",
    "FeedbacksModelHistoryResponse",
    "FeedbacksUserResponse",
    "FeedbackUserResponse",
    "FileContentResponse",
    "FileListResponse",
    "FileManifestEntry",
    "FileMessageResponse",
    "FileMeta",
    "FileMetadataResponse",
    "FileModel",
    "FileModelResponse",
    "FileRenameForm",
    "FileUserResponse",
    "FolderAccessGrantsForm",
    "FolderForm",
    "FolderIsExpandedForm",
    "FolderMetadataResponse",
    "FolderModel",
    "FolderNameIdResponse",
    "FolderParentIdForm",
    "FolderResponse",
    "FolderUpdateForm",
    "ForkForm",
    "FunctionForm",
    "FunctionHistoryModel",
    "FunctionHistoryResponse",
    "FunctionMeta",
    "FunctionModel",
    "FunctionResponse",
    "FunctionUserResponse",
    "FunctionVersionForm",
    "FunctionWithValvesModel",
    "GenerateCompletionForm",
    "GenerateEmbeddingsForm",
    "GenerateEmbedForm",
    "GetDailyStatsGranularity",
    "GetDailyStatsMetric",
    "GetUserAnalyticsMetric",
    "GroupExportResponse",
    "GroupForm",
    "GroupInfoResponse",
    "GroupMemberInfo",
    "GroupMemberInfoMembershipType",
    "GroupMembersResponse",
    "GroupMembersResponseCounts",
    "GroupResponse",
    "GroupUpdateForm",
    "HistoryEntry",
    "HTTPValidationError",
    "ImagesConfig",
    "ImagesConnectionVerificationForm",
    "ImportConfigForm",
    "ImportSkillsBody",
    "InspectGroupMembersMembership",
    "InterfaceVisibilityForm",
    "InterfaceVisibilityFormVisibility",
    "KnowledgeAccessGrantsForm",
    "KnowledgeAccessListResponse",
    "KnowledgeAccessResponse",
    "KnowledgeDirectoryCreateForm",
    "KnowledgeDirectoryModel",
    "KnowledgeDirectoryUpdateForm",
    "KnowledgeFileIdForm",
    "KnowledgeFileListResponse",
    "KnowledgeFileMoveForm",
    "KnowledgeFilesResponse",
    "KnowledgeForm",
    "KnowledgeResponse",
    "LdapConfigForm",
    "LdapForm",
    "LdapServerConfig",
    "LeaderboardEntry",
    "LeaderboardResponse",
    "ListMemoryPathsForm",
    "ListMemoryPathsFormType",
    "LoadUrlForm",
    "Manifest",
    "ManifestRequestedScopesItem",
    "MemoryModel",
    "MemoryModelType",
    "MemoryOperationModel",
    "MemoryOperationModelAction",
    "MemoryOperationModelTypeType0",
    "MemoryUpdateModel",
    "MemoryUpdateModelTypeType0",
    "MessageModel",
    "MessageResponse",
    "MessagesMessageForm",
    "MessageStats",
    "MessageUserResponse",
    "MessageUserSlimResponse",
    "MessageWithReactionsResponse",
    "MfaChallengeForm",
    "MfaChallengeResponse",
    "MfaChallengeResponseNextStep",
    "MfaEnrollmentResponse",
    "MfaFactorForm",
    "MfaRecoveryCodesResponse",
    "MfaRecoveryForm",
    "MfaSetupResponse",
    "MfaStatusResponse",
    "MfaVerifyForm",
    "ModelAccessGrantsForm",
    "ModelAccessListResponse",
    "ModelAccessResponse",
    "ModelAnalyticsEntry",
    "ModelAnalyticsResponse",
    "ModelAvatarAnimation",
    "ModelAvatarGesture",
    "ModelChatEntry",
    "ModelChatsResponse",
    "ModelControl",
    "ModelControlDisplay",
    "ModelControlOption",
    "ModelExportResponse",
    "ModelForm",
    "ModelHistoryEntry",
    "ModelHistoryModel",
    "ModelHistoryModelHistoryResponse",
    "ModelIdForm",
    "ModelMeta",
    "ModelModel",
    "ModelNameForm",
    "ModelOverviewResponse",
    "ModelParams",
    "ModelResponse",
    "ModelsConfigForm",
    "ModelsImportForm",
    "ModelUnloadForm",
    "ModelVersionForm",
    "ModelVoice",
    "ModelVoiceAvatar",
    "ModelVoiceAvatarStates",
    "NoteAccessGrantsForm",
    "NoteForm",
    "NoteItemResponse",
    "NoteListResponse",
    "NoteModel",
    "NoteResponse",
    "NoteUpdateForm",
    "NoteUserResponse",
    "NotificationTargetForm",
    "OAuthClientRegistrationForm",
    "OAuthConfigForm",
    "OAuthConfigResponse",
    "OllamaConnectionVerificationForm",
    "OllamaOllamaConfigForm",
    "OllamaResponsesForm",
    "OpenaiConnectionVerificationForm",
    "OpenaiOpenAIConfigForm",
    "OpenaiResponsesForm",
    "PendingUserResponse",
    "PinMessageForm",
    "PreviewSkillImportBody",
    "ProcessFileForm",
    "ProcessTextForm",
    "ProcessUrlForm",
    "ProcessUrlResponse",
    "PromptAccessGrantsForm",
    "PromptAccessListResponse",
    "PromptAccessResponse",
    "PromptForm",
    "PromptHistoryModel",
    "PromptHistoryResponse",
    "PromptMetadataForm",
    "PromptModel",
    "PromptSuggestion",
    "PromptVersionUpdateForm",
    "ProviderModelOperationForm",
    "PushModelForm",
    "QueryCollectionsForm",
    "QueryDocForm",
    "QueryMemoryForm",
    "RatingData",
    "ReactionForm",
    "Reactions",
    "ReadMemoryPathForm",
    "ReadMemoryPathFormType",
    "RealtimeConfigForm",
    "RealtimeConfigFormAuthType",
    "RealtimeConfigFormProvider",
    "RemoveMembersForm",
    "ResolveToolCallForm",
    "ResolveToolCallFormAction",
    "RetrievalOllamaConfigForm",
    "RetrievalOpenAIConfigForm",
    "RSVPForm",
    "SearchForm",
    "SearchKind",
    "SearchMemoriesForm",
    "SearchMemoriesFormType",
    "SearchResponse",
    "SearchResult",
    "SearchResultKind",
    "SearchScope",
    "SearchScopeKind",
    "SearchSharing",
    "SessionUserInfoResponse",
    "SessionUserResponse",
    "SetBannersForm",
    "SetDefaultSuggestionsForm",
    "SettingsPermissions",
    "ShareChatForm",
    "SharedChatResponse",
    "SharingPermissions",
    "SigninForm",
    "SignupForm",
    "SkillAccessGrantsForm",
    "SkillAccessListResponse",
    "SkillAccessResponse",
    "SkillData",
    "SkillDetailResponse",
    "SkillFile",
    "SkillFileOperation",
    "SkillFileOperationOp",
    "SkillForm",
    "SkillHistoryResponse",
    "SkillMeta",
    "SkillMetaI18NType0",
    "SkillMetaI18NType0AdditionalProperty",
    "SkillModel",
    "SkillResponse",
    "SkillUserResponse",
    "SkillVersionUpdateForm",
    "SnapshotData",
    "StatusResponse",
    "STTConfigForm",
    "SubagentsConfigForm",
    "SummaryResponse",
    "SyncCleanupForm",
    "SyncDiffForm",
    "SyncDiffResponse",
    "SyncDiffResponseDirectoryMap",
    "SyncFunctionsForm",
    "SyncModelsForm",
    "TagEntry",
    "TagFilterForm",
    "TagForm",
    "TagModel",
    "TaskConfigForm",
    "TerminalServerConnection",
    "TerminalServerLifecycleForm",
    "TerminalServerPolicyForm",
    "TerminalServerRefreshForm",
    "TerminalServersConfigForm",
    "TokenExchangeForm",
    "TokenUsageEntry",
    "TokenUsageResponse",
    "ToolAccessGrantsForm",
    "ToolAccessResponse",
    "ToolForm",
    "ToolHistoryModel",
    "ToolHistoryResponse",
    "ToolMeta",
    "ToolMetaI18NType0",
    "ToolMetaI18NType0AdditionalProperty",
    "ToolModel",
    "ToolResponse",
    "ToolServerConnection",
    "ToolServersConfigForm",
    "ToolUserResponse",
    "ToolVersionForm",
    "TranscriptionBody",
    "TTSConfigForm",
    "UpdateActiveMemberForm",
    "UpdateConfigForm",
    "UpdateMembersForm",
    "UpdateMemoriesForm",
    "UpdateMemoriesFormSourceType0",
    "UpdateMutedMemberForm",
    "UpdatePasswordForm",
    "UpdateProfileForm",
    "UpdateTimezoneForm",
    "UploadFileBody",
    "UploadModelBody",
    "UploadModelByUrlIdxBody",
    "UploadPipelineBody",
    "UrlForm",
    "UserActiveResponse",
    "UserAnalyticsEntry",
    "UserAnalyticsResponse",
    "UserGroupIdsListResponse",
    "UserGroupIdsModel",
    "UserIdNameStatusResponse",
    "UserIdsForm",
    "UserInfoListResponse",
    "UserInfoResponse",
    "UserModel",
    "UserNameResponse",
    "UserPermissions",
    "UserProfileImageResponse",
    "UserSettings",
    "UserStatus",
    "UsersUserResponse",
    "UserUpdateForm",
    "UserUsageHeatmapEntry",
    "UserUsageHeatmapEntryModels",
    "UserUsageInsights",
    "UserUsageModelEntry",
    "UserUsagePeriod",
    "UserUsageResponse",
    "UserUsageToolEntry",
    "UserUsageTotals",
    "UserVariablesForm",
    "UserVariablesResponse",
    "UserVariablesResponseVariables",
    "ValidationError",
    "VectorSearchResult",
    "WebConfig",
    "WebhookMessageForm",
    "WorkspacePermissions",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
