//! Baselines of `lookup.rs`: plain `match`es over the catalog.
//!
//! Generated; do not edit. Regenerate from the repository root with:
//! `CARGO_TARGET_DIR=/tmp/target-perf/gen cargo run --release --manifest-path bench/gen-catalog/Cargo.toml -- baseline errors.yaml > zimerr/benches/support/zim_match.rs && rustfmt --edition 2024 zimerr/benches/support/zim_match.rs`

use zimerr::ZimCode;

/// `from_code` as one `match code`.
pub(crate) const fn from_code_match(code: u32) -> Option<ZimCode> {
    match code {
        0 => Some(ZimCode::Success),
        1 => Some(ZimCode::Failed),
        6000001 => Some(ZimCode::InvalidParameter),
        6000002 => Some(ZimCode::SdkNotInitialized),
        6000003 => Some(ZimCode::InvalidAppId),
        6000004 => Some(ZimCode::SdkRateLimited),
        6000005 => Some(ZimCode::ServerRateLimited),
        6000006 => Some(ZimCode::SwitchServerError),
        6000007 => Some(ZimCode::InternalServerError),
        6000008 => Some(ZimCode::InternalDatabaseError),
        6000009 => Some(ZimCode::DisconnectedDuringRequest),
        6000010 => Some(ZimCode::LogUploadFailed),
        6000011 => Some(ZimCode::UserNotFound),
        6000101 => Some(ZimCode::LoginAuthFailed),
        6000102 => Some(ZimCode::LoginInternalError),
        6000103 => Some(ZimCode::TokenInvalid),
        6000104 => Some(ZimCode::NetworkError),
        6000106 => Some(ZimCode::TokenExpired),
        6000107 => Some(ZimCode::TokenVersionMismatch),
        6000108 => Some(ZimCode::TokenLifetimeTooShort),
        6000111 => Some(ZimCode::AlreadyLoggedIn),
        6000121 => Some(ZimCode::NotLoggedIn),
        6000123 => Some(ZimCode::SwitchUserWithoutLogout),
        6000124 => Some(ZimCode::OfflineLoginUserMismatch),
        6000201 => Some(ZimCode::MessageInternalError),
        6000202 => Some(ZimCode::MessageServerError),
        6000203 => Some(ZimCode::MessageSendFailed),
        6000204 => Some(ZimCode::MessageTargetNotFound),
        6000210 => Some(ZimCode::FileError),
        6000211 => Some(ZimCode::FileNotFound),
        6000212 => Some(ZimCode::RichMediaSendFailed),
        6000213 => Some(ZimCode::UnsupportedFileFormat),
        6000214 => Some(ZimCode::InvalidFileSize),
        6000215 => Some(ZimCode::InvalidAudioDuration),
        6000216 => Some(ZimCode::FilePermissionDenied),
        6000217 => Some(ZimCode::FileDownloadFailed),
        6000218 => Some(ZimCode::FileDownloadTooLarge),
        6000219 => Some(ZimCode::FileDownloadUrlInvalid),
        6000220 => Some(ZimCode::FileDownloadRequestFailed),
        6000221 => Some(ZimCode::ContentModerationRejected),
        6000222 => Some(ZimCode::ContentModerationFailed),
        6000230 => Some(ZimCode::RejectedByBusinessReview),
        6000231 => Some(ZimCode::SenderBanned),
        6000240 => Some(ZimCode::ImportExportFileError),
        6000241 => Some(ZimCode::ImportExportInProgress),
        6000242 => Some(ZimCode::ImportNotOwnData),
        6000243 => Some(ZimCode::MessageExportFailed),
        6000244 => Some(ZimCode::MessageImportFailed),
        6000245 => Some(ZimCode::ImportedDataParseFailed),
        6000270 => Some(ZimCode::CallInvitationFailed),
        6000271 => Some(ZimCode::CallCancelFailed),
        6000272 => Some(ZimCode::CallInitiateFailed),
        6000273 => Some(ZimCode::CallCanceledByInviter),
        6000274 => Some(ZimCode::CallResponderNotInvited),
        6000275 => Some(ZimCode::CallIdAlreadyExists),
        6000276 => Some(ZimCode::CallIdNotFound),
        6000281 => Some(ZimCode::CallInviteesNotRegistered),
        6000283 => Some(ZimCode::CallAlreadyJoinedAsPrimary),
        6000286 => Some(ZimCode::CallModeMismatch),
        6000301 => Some(ZimCode::RoomIdNotFound),
        6000302 => Some(ZimCode::RoomInternalError),
        6000303 => Some(ZimCode::RoomCreateFailed),
        6000304 => Some(ZimCode::JoinRoomNotFound),
        6000306 => Some(ZimCode::LeaveRoomNotFound),
        6000320 => Some(ZimCode::AlreadyInRoom),
        6000321 => Some(ZimCode::NotInRoom),
        6000322 => Some(ZimCode::RoomNotFound),
        6000323 => Some(ZimCode::RoomAlreadyExists),
        6000324 => Some(ZimCode::RoomCountLimitExceeded),
        6000325 => Some(ZimCode::JoinedRoomsLimitExceeded),
        6000326 => Some(ZimCode::RoomConnecting),
        6000330 => Some(ZimCode::RoomAttributesError),
        6000331 => Some(ZimCode::RoomAttributesOperationFailed),
        6000332 => Some(ZimCode::RoomAttributesPartiallyFailed),
        6000333 => Some(ZimCode::RoomAttributesQueryFailed),
        6000334 => Some(ZimCode::RoomAttributesCountExceeded),
        6000335 => Some(ZimCode::RoomAttributeKeyTooLong),
        6000336 => Some(ZimCode::RoomAttributeValueTooLong),
        6000337 => Some(ZimCode::RoomAttributesTotalTooLong),
        6000350 => Some(ZimCode::RoomMemberAttributesError),
        6000351 => Some(ZimCode::RoomMemberAttributesTotalTooLarge),
        6000352 => Some(ZimCode::RoomMemberAttributeKeyTooLong),
        6000353 => Some(ZimCode::RoomMemberAttributeValueTooLong),
        6000354 => Some(ZimCode::RoomMemberAttributesSetTooFrequent),
        6000355 => Some(ZimCode::RoomMemberAttributesQueryTooFrequent),
        6000356 => Some(ZimCode::UserRoomQueryTooFrequent),
        6000357 => Some(ZimCode::RoomMemberAttributesUserLimitExceeded),
        6000401 => Some(ZimCode::InvalidPushId),
        6000501 => Some(ZimCode::GroupOperationFailed),
        6000502 => Some(ZimCode::GroupInternalError),
        6000503 => Some(ZimCode::GroupCreateFailed),
        6000504 => Some(ZimCode::GroupDismissFailed),
        6000505 => Some(ZimCode::GroupJoinFailed),
        6000506 => Some(ZimCode::GroupLeaveFailed),
        6000507 => Some(ZimCode::GroupMemberRemoveFailed),
        6000508 => Some(ZimCode::GroupMemberAddFailed),
        6000509 => Some(ZimCode::GroupOwnerTransferFailed),
        6000510 => Some(ZimCode::GroupInfoUpdateFailed),
        6000511 => Some(ZimCode::GroupInfoQueryFailed),
        6000512 => Some(ZimCode::GroupAttributesOperationFailed),
        6000513 => Some(ZimCode::GroupAttributesQueryFailed),
        6000514 => Some(ZimCode::GroupMemberInfoUpdateFailed),
        6000515 => Some(ZimCode::GroupMemberInfoQueryFailed),
        6000516 => Some(ZimCode::GroupListQueryFailed),
        6000517 => Some(ZimCode::GroupMemberListQueryFailed),
        6000521 => Some(ZimCode::NotGroupMember),
        6000522 => Some(ZimCode::AlreadyGroupMember),
        6000523 => Some(ZimCode::GroupNotFound),
        6000524 => Some(ZimCode::GroupAlreadyExists),
        6000525 => Some(ZimCode::GroupMemberLimitReached),
        6000526 => Some(ZimCode::GroupAttributeNotFound),
        6000527 => Some(ZimCode::GroupIdDismissed),
        6000531 => Some(ZimCode::GroupAttributesCountExceeded),
        6000532 => Some(ZimCode::GroupAttributeKeyTooLong),
        6000533 => Some(ZimCode::GroupAttributeValueTooLong),
        6000541 => Some(ZimCode::GroupPermissionDenied),
        6000542 => Some(ZimCode::GroupJoinForbidden),
        6000543 => Some(ZimCode::GroupJoinNeedsApplication),
        6000544 => Some(ZimCode::GroupInvitePendingApproval),
        6000601 => Some(ZimCode::SessionFailed),
        6000602 => Some(ZimCode::SessionInternalError),
        6000603 => Some(ZimCode::SessionNotFound),
        6000604 => Some(ZimCode::PinnedSessionsLimitReached),
        6000277 => Some(ZimCode::ReceiptReadFailed),
        6000282 => Some(ZimCode::ReceiptReadBatchTooLarge),
        6000278 => Some(ZimCode::WithdrawTimeExpired),
        6000279 => Some(ZimCode::MessageAlreadyWithdrawn),
        6000280 => Some(ZimCode::ReactionAlreadyApplied),
        6000284 => Some(ZimCode::BlockedByBlacklist),
        6000804 => Some(ZimCode::AlreadyBlacklisted),
        6000805 => Some(ZimCode::CannotBlacklistSelf),
        6000806 => Some(ZimCode::AlreadyRemovedFromBlacklist),
        6000807 => Some(ZimCode::NotInBlacklist),
        6000808 => Some(ZimCode::BlacklistFull),
        6000815 => Some(ZimCode::BlacklistAddFailed),
        6000816 => Some(ZimCode::BlacklistRemoveFailed),
        6000801 => Some(ZimCode::FriendLimitReached),
        6000802 => Some(ZimCode::FriendApplicationAlreadyHandled),
        6000803 => Some(ZimCode::AlreadyFriends),
        6000809 => Some(ZimCode::FriendDeleteBatchTooLarge),
        6000810 => Some(ZimCode::CannotAddSelfAsFriend),
        6000811 => Some(ZimCode::FriendNotRegistered),
        6000812 => Some(ZimCode::NotAFriend),
        6000813 => Some(ZimCode::CannotDeleteSelfAsFriend),
        6000814 => Some(ZimCode::FriendApplicationExpired),
        _ => None,
    }
}

/// `description` as one `match self`.
#[allow(clippy::match_same_arms)]
pub(crate) const fn description_match(code: ZimCode) -> &'static str {
    match code {
        ZimCode::Success => "Request execution successful.",
        ZimCode::Failed => "Request execution failed.",
        ZimCode::InvalidParameter => "The parameter is invalid.",
        ZimCode::SdkNotInitialized => "The SDK is not initialized.",
        ZimCode::InvalidAppId => "The AppID is invalid or has expired.",
        ZimCode::SdkRateLimited => "Requests have exceeded the SDK's upper limit.",
        ZimCode::ServerRateLimited => "Requests have exceeded the backend server's upper limit.",
        ZimCode::SwitchServerError => {
            "The Switch server reported an error, because requests have exceeded the backend server's upper limit."
        }
        ZimCode::InternalServerError => "Internal server error.",
        ZimCode::InternalDatabaseError => "Internal database error.",
        ZimCode::DisconnectedDuringRequest => "Disconnected while sending the request.",
        ZimCode::LogUploadFailed => "Failed to upload logs.",
        ZimCode::UserNotFound => "The user doesn't exist.",
        ZimCode::LoginAuthFailed => {
            "Login failed, because the Token is invalid or the AppID is incorrect."
        }
        ZimCode::LoginInternalError => "Login failed due to an internal error.",
        ZimCode::TokenInvalid => "Token is invalid.",
        ZimCode::NetworkError => "Network error.",
        ZimCode::TokenExpired => "Token has expired.",
        ZimCode::TokenVersionMismatch => {
            "The Token you are using does not match the target Token version."
        }
        ZimCode::TokenLifetimeTooShort => {
            "The validity period of the Token is too short. This error occurs when the valid period of the Token is shorter than 30s."
        }
        ZimCode::AlreadyLoggedIn => "You have already logged in.",
        ZimCode::NotLoggedIn => "You have not logged in.",
        ZimCode::SwitchUserWithoutLogout => {
            "After the user's offline time exceeds the maximum disconnection and reconnection time, the user attempts to log in to another userID without logging out of the current userID."
        }
        ZimCode::OfflineLoginUserMismatch => {
            "The userID used for offline login is different from the userID used for the last successful online login."
        }
        ZimCode::MessageInternalError => "Internal error occurs while sending the message.",
        ZimCode::MessageServerError => "Internal server error.",
        ZimCode::MessageSendFailed => "Failed to send messages due to internal error.",
        ZimCode::MessageTargetNotFound => "The message target (user, group, room) does not exist.",
        ZimCode::FileError => "File module error.",
        ZimCode::FileNotFound => "The rich media content file doesn't exist.",
        ZimCode::RichMediaSendFailed => "Failed to send rich media content.",
        ZimCode::UnsupportedFileFormat => "Unsupported image/audio/video format.",
        ZimCode::InvalidFileSize => "File size error.",
        ZimCode::InvalidAudioDuration => "Audio duration error.",
        ZimCode::FilePermissionDenied => {
            "The file does not have the correct read permissions. Commonly used in sending rich media messages."
        }
        ZimCode::FileDownloadFailed => "A common error message for file download failure.",
        ZimCode::FileDownloadTooLarge => {
            "The file size exceeds the upper limit, causing the download to fail. The upper limit of file size is 200 MB by default."
        }
        ZimCode::FileDownloadUrlInvalid => {
            "The URL of the file is invalid, causing the download to fail."
        }
        ZimCode::FileDownloadRequestFailed => "The download failed due to request failure.",
        ZimCode::ContentModerationRejected => "Failed to pass the content moderation.",
        ZimCode::ContentModerationFailed => "Content moderation failed.",
        ZimCode::RejectedByBusinessReview => {
            "Message sending failed due to developer business side review."
        }
        ZimCode::SenderBanned => "Failed to send message due to being banned.",
        ZimCode::ImportExportFileError => "An error occurred in the import and export interface.",
        ZimCode::ImportExportInProgress => "Import or export message operation is in progress.",
        ZimCode::ImportNotOwnData => "Only the current user's data can be imported.",
        ZimCode::MessageExportFailed => "Error exporting message.",
        ZimCode::MessageImportFailed => "Error importing message.",
        ZimCode::ImportedDataParseFailed => "Parsing error after importing message.",
        ZimCode::CallInvitationFailed => "Call invitation failed.",
        ZimCode::CallCancelFailed => {
            "Failed to cancel the call invitation. The invitee has already accepted a call invitation."
        }
        ZimCode::CallInitiateFailed => {
            "Failed to initiate outbound calls, because the number of invitees has exceeded the limit or backend error occurs."
        }
        ZimCode::CallCanceledByInviter => "The call invitation was canceled by the initiator.",
        ZimCode::CallResponderNotInvited => {
            "The call invitation was accepted or rejected by an uninvited user."
        }
        ZimCode::CallIdAlreadyExists => "The callID already exists.",
        ZimCode::CallIdNotFound => {
            "The callID does not exist or has expired while canceling/accepting/rejecting the call invitation."
        }
        ZimCode::CallInviteesNotRegistered => {
            "All invitees were not registered when the call invitation was initiated."
        }
        ZimCode::CallAlreadyJoinedAsPrimary => {
            "The device that called the `callJoin` interface is already calling in advanced mode and is the primary device."
        }
        ZimCode::CallModeMismatch => {
            "A normal mode call ID was passed in when calling advanced mode interfaces such as `callJoin`, `callQuit`, `callEnd`, `callingInvite`, etc."
        }
        ZimCode::RoomIdNotFound => "Room ID does not exist.",
        ZimCode::RoomInternalError => "Operation failed due to internal error.",
        ZimCode::RoomCreateFailed => "Failed to create room due to internal error.",
        ZimCode::JoinRoomNotFound => "Failed to join the room because the room does not exist.",
        ZimCode::LeaveRoomNotFound => "Failed to leave the room because the room does not exist.",
        ZimCode::AlreadyInRoom => "The user is already in the room.",
        ZimCode::NotInRoom => "The user is not in the room.",
        ZimCode::RoomNotFound => {
            "The room corresponding to the roomID does not exist when calling the `joinRoom` method."
        }
        ZimCode::RoomAlreadyExists => {
            "The room corresponding to the roomID already exists when calling the `createRoom` method."
        }
        ZimCode::RoomCountLimitExceeded => "The number of rooms has exceeded the upper limit (20).",
        ZimCode::JoinedRoomsLimitExceeded => {
            "The number of rooms a user can join at the same time has exceeded the upper limit. By default, a user can join up to 5 rooms at a time."
        }
        ZimCode::RoomConnecting => {
            "Repeatedly try the `createRoom`, `joinRoom`, or `enterRoom` interfaces multiple times, or perform an action on a room that is being connected."
        }
        ZimCode::RoomAttributesError => "Room property error.",
        ZimCode::RoomAttributesOperationFailed => "Failed to operate room properties.",
        ZimCode::RoomAttributesPartiallyFailed => "Failed to operate some room properties.",
        ZimCode::RoomAttributesQueryFailed => "Failed to search the room property.",
        ZimCode::RoomAttributesCountExceeded => {
            "The number of the room property has exceeded the upper limit. A maximum of 10 properties can be set per room."
        }
        ZimCode::RoomAttributeKeyTooLong => {
            "The length of the room property (key) has exceeded the limit. The default length of the key is 16."
        }
        ZimCode::RoomAttributeValueTooLong => {
            "The length of the room property (value) has exceeded the limit. The default length of the value is 1024."
        }
        ZimCode::RoomAttributesTotalTooLong => {
            "The total length of the room property (value) has exceeded the limit. The limit of the total length was configured by the backend."
        }
        ZimCode::RoomMemberAttributesError => "User attribute error in room.",
        ZimCode::RoomMemberAttributesTotalTooLarge => {
            "The total size of user attributes in the room exceeds the limit. For a single user, the total length of all `Key-Value` is up to 144 bytes, with a maximum of 30 pairs."
        }
        ZimCode::RoomMemberAttributeKeyTooLong => {
            "The Key size of the user attribute in the room exceeds the limit. The maximum length of a single Key is 8 bytes."
        }
        ZimCode::RoomMemberAttributeValueTooLong => {
            "The Value size of the user attribute in the room exceeds the limit. The maximum length of a single Value is 64 bytes."
        }
        ZimCode::RoomMemberAttributesSetTooFrequent => {
            "In the same room, user attributes are added/modified too frequently. During the current time period, everyone in the room can perform new/modified operations, and the total cannot exceed 20 times/10s."
        }
        ZimCode::RoomMemberAttributesQueryTooFrequent => {
            "User attributes are queried too frequently in the same room. In the current time period, everyone in the room can perform query operations, and the cumulative number cannot exceed 1000 times/10s."
        }
        ZimCode::UserRoomQueryTooFrequent => {
            "This user queries too frequently in the same room. Within the current time period, a single user in the room can perform query operations no more than 5 times/30s."
        }
        ZimCode::RoomMemberAttributesUserLimitExceeded => {
            "The number of users who can set attributes in the same room exceeds the upper limit. User attributes can be set for up to 500 users in the same room."
        }
        ZimCode::InvalidPushId => "The ID is invalid.",
        ZimCode::GroupOperationFailed => "Operation failed.",
        ZimCode::GroupInternalError => "Operation failed due to internal error.",
        ZimCode::GroupCreateFailed => "Failed to create the group.",
        ZimCode::GroupDismissFailed => "Failed to dismiss the group.",
        ZimCode::GroupJoinFailed => "Failed to join the group.",
        ZimCode::GroupLeaveFailed => "Failed to leave the group.",
        ZimCode::GroupMemberRemoveFailed => "Failed to remove the member from the group.",
        ZimCode::GroupMemberAddFailed => "Failed to add members to the group.",
        ZimCode::GroupOwnerTransferFailed => "Failed to change the group owner.",
        ZimCode::GroupInfoUpdateFailed => "Failed to operate the group information.",
        ZimCode::GroupInfoQueryFailed => "Failed to search the group information.",
        ZimCode::GroupAttributesOperationFailed => "Failed to operate the group property.",
        ZimCode::GroupAttributesQueryFailed => "Failed to query the group property.",
        ZimCode::GroupMemberInfoUpdateFailed => "Failed to update the group member info.",
        ZimCode::GroupMemberInfoQueryFailed => "Failed to query the group member info.",
        ZimCode::GroupListQueryFailed => "Failed to query the group list.",
        ZimCode::GroupMemberListQueryFailed => "Failed to query the group member list.",
        ZimCode::NotGroupMember => "The member is not in the group.",
        ZimCode::AlreadyGroupMember => "The member is already in the group.",
        ZimCode::GroupNotFound => "The group does not exist.",
        ZimCode::GroupAlreadyExists => "The group already exists.",
        ZimCode::GroupMemberLimitReached => {
            "The number of group members has exceeded the upper limit."
        }
        ZimCode::GroupAttributeNotFound => "The group property does not exist.",
        ZimCode::GroupIdDismissed => "Create a group using the group ID that has been destroyed.",
        ZimCode::GroupAttributesCountExceeded => {
            "The number of group properties has exceeded the upper limit (10)."
        }
        ZimCode::GroupAttributeKeyTooLong => {
            "The length of the group property (key) has exceeded the limit. The default length of the key is 16."
        }
        ZimCode::GroupAttributeValueTooLong => {
            "The length of the group property (value) has exceeded the limit. The default length of the value is 1024."
        }
        ZimCode::GroupPermissionDenied => {
            "You don't have permission to call group-related methods."
        }
        ZimCode::GroupJoinForbidden => {
            "This group prohibits users from outside the group from actively joining."
        }
        ZimCode::GroupJoinNeedsApplication => {
            "Call the joinGroup interface to directly join the group and report an error."
        }
        ZimCode::GroupInvitePendingApproval => {
            "Call the inviteUsersIntoGroup interface to invite external users to join the group. Since the beInviteMode of the group is Auth (1), the user does not directly join the group."
        }
        ZimCode::SessionFailed => "Session failed.",
        ZimCode::SessionInternalError => "Operation failed due to internal error.",
        ZimCode::SessionNotFound => "The session does not exist.",
        ZimCode::PinnedSessionsLimitReached => {
            "The number of session pin lists exceeds the upper limit."
        }
        ZimCode::ReceiptReadFailed => "Failed to set message receipt as read.",
        ZimCode::ReceiptReadBatchTooLarge => {
            "Call the `sendMessageReceiptsRead` interface to set more than 10 messages as read at one time."
        }
        ZimCode::WithdrawTimeExpired => {
            "You want to withdraw a message but the time limit for withdrawal has expired."
        }
        ZimCode::MessageAlreadyWithdrawn => {
            "You want to withdraw a message but it has already been withdrawn."
        }
        ZimCode::ReactionAlreadyApplied => {
            "Indicates that when a user expresses or deletes a position on a certain key in a message, the key has already been expressed or deleted by the user."
        }
        ZimCode::BlockedByBlacklist => {
            "Unable to send messages because the recipient of the message has been blocked."
        }
        ZimCode::AlreadyBlacklisted => {
            "When you block a user, the user is already on the blacklist."
        }
        ZimCode::CannotBlacklistSelf => "Blocking yourself is not supported.",
        ZimCode::AlreadyRemovedFromBlacklist => "This user has been removed from the blacklist.",
        ZimCode::NotInBlacklist => "This user is not in the blacklist.",
        ZimCode::BlacklistFull => "The blacklist capacity limit has been reached.",
        ZimCode::BlacklistAddFailed => "Failed to block user.",
        ZimCode::BlacklistRemoveFailed => "Failed to remove user from blacklist.",
        ZimCode::FriendLimitReached => {
            "The number of friends has reached the upper limit (3000) and no more friends can be added."
        }
        ZimCode::FriendApplicationAlreadyHandled => {
            "The current user has agreed or rejected the application and cannot call the agree or reject friend application interface again."
        }
        ZimCode::AlreadyFriends => {
            "The current user has agreed or rejected the application and cannot call the agree or reject friend application interface again."
        }
        ZimCode::FriendDeleteBatchTooLarge => {
            "The number of friends deleted at one time exceeds the upper limit (default is 20)."
        }
        ZimCode::CannotAddSelfAsFriend => {
            "When adding a friend or initiating a friend application, the user ID passed in is the operating user himself."
        }
        ZimCode::FriendNotRegistered => {
            "When adding a friend or initiating a friend application, the user ID passed in is the operating user himself."
        }
        ZimCode::NotAFriend => {
            "When deleting friends, the user ID passed in is not the friend of the operating user."
        }
        ZimCode::CannotDeleteSelfAsFriend => {
            "When deleting a friend, the user ID passed in is the operating user himself."
        }
        ZimCode::FriendApplicationExpired => {
            "The friend application has expired, and the interface for agreeing or rejecting the friend application cannot be called."
        }
        _ => "",
    }
}
