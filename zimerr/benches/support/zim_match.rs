//! Baselines of `lookup.rs`: plain `match`es over the catalog.
//!
//! Generated; do not edit. Regenerate from the repository root with:
//! `CARGO_TARGET_DIR=/tmp/target-perf/gen cargo run --release --manifest-path bench/gen-catalog/Cargo.toml -- baseline errors.yaml > zimerr/benches/support/zim_match.rs && rustfmt --edition 2024 zimerr/benches/support/zim_match.rs`

use zimerr::ZimErrorCode;

/// `from_code` as one `match code`.
pub(crate) const fn from_code_match(code: u32) -> Option<ZimErrorCode> {
    match code {
        0 => Some(ZimErrorCode::Success),
        1 => Some(ZimErrorCode::Failed),
        6000001 => Some(ZimErrorCode::InvalidParameter),
        6000002 => Some(ZimErrorCode::SdkNotInitialized),
        6000003 => Some(ZimErrorCode::InvalidAppId),
        6000004 => Some(ZimErrorCode::SdkRateLimited),
        6000005 => Some(ZimErrorCode::ServerRateLimited),
        6000006 => Some(ZimErrorCode::SwitchServerError),
        6000007 => Some(ZimErrorCode::InternalServerError),
        6000008 => Some(ZimErrorCode::InternalDatabaseError),
        6000009 => Some(ZimErrorCode::DisconnectedDuringRequest),
        6000010 => Some(ZimErrorCode::LogUploadFailed),
        6000011 => Some(ZimErrorCode::UserNotFound),
        6000101 => Some(ZimErrorCode::LoginAuthFailed),
        6000102 => Some(ZimErrorCode::LoginInternalError),
        6000103 => Some(ZimErrorCode::TokenInvalid),
        6000104 => Some(ZimErrorCode::NetworkError),
        6000106 => Some(ZimErrorCode::TokenExpired),
        6000107 => Some(ZimErrorCode::TokenVersionMismatch),
        6000108 => Some(ZimErrorCode::TokenLifetimeTooShort),
        6000111 => Some(ZimErrorCode::AlreadyLoggedIn),
        6000121 => Some(ZimErrorCode::NotLoggedIn),
        6000123 => Some(ZimErrorCode::SwitchUserWithoutLogout),
        6000124 => Some(ZimErrorCode::OfflineLoginUserMismatch),
        6000201 => Some(ZimErrorCode::MessageInternalError),
        6000202 => Some(ZimErrorCode::MessageServerError),
        6000203 => Some(ZimErrorCode::MessageSendFailed),
        6000204 => Some(ZimErrorCode::MessageTargetNotFound),
        6000210 => Some(ZimErrorCode::FileError),
        6000211 => Some(ZimErrorCode::FileNotFound),
        6000212 => Some(ZimErrorCode::RichMediaSendFailed),
        6000213 => Some(ZimErrorCode::UnsupportedFileFormat),
        6000214 => Some(ZimErrorCode::InvalidFileSize),
        6000215 => Some(ZimErrorCode::InvalidAudioDuration),
        6000216 => Some(ZimErrorCode::FilePermissionDenied),
        6000217 => Some(ZimErrorCode::FileDownloadFailed),
        6000218 => Some(ZimErrorCode::FileDownloadTooLarge),
        6000219 => Some(ZimErrorCode::FileDownloadUrlInvalid),
        6000220 => Some(ZimErrorCode::FileDownloadRequestFailed),
        6000221 => Some(ZimErrorCode::ContentModerationRejected),
        6000222 => Some(ZimErrorCode::ContentModerationFailed),
        6000230 => Some(ZimErrorCode::RejectedByBusinessReview),
        6000231 => Some(ZimErrorCode::SenderBanned),
        6000240 => Some(ZimErrorCode::ImportExportFileError),
        6000241 => Some(ZimErrorCode::ImportExportInProgress),
        6000242 => Some(ZimErrorCode::ImportNotOwnData),
        6000243 => Some(ZimErrorCode::MessageExportFailed),
        6000244 => Some(ZimErrorCode::MessageImportFailed),
        6000245 => Some(ZimErrorCode::ImportedDataParseFailed),
        6000270 => Some(ZimErrorCode::CallInvitationFailed),
        6000271 => Some(ZimErrorCode::CallCancelFailed),
        6000272 => Some(ZimErrorCode::CallInitiateFailed),
        6000273 => Some(ZimErrorCode::CallCanceledByInviter),
        6000274 => Some(ZimErrorCode::CallResponderNotInvited),
        6000275 => Some(ZimErrorCode::CallIdAlreadyExists),
        6000276 => Some(ZimErrorCode::CallIdNotFound),
        6000281 => Some(ZimErrorCode::CallInviteesNotRegistered),
        6000283 => Some(ZimErrorCode::CallAlreadyJoinedAsPrimary),
        6000286 => Some(ZimErrorCode::CallModeMismatch),
        6000301 => Some(ZimErrorCode::RoomIdNotFound),
        6000302 => Some(ZimErrorCode::RoomInternalError),
        6000303 => Some(ZimErrorCode::RoomCreateFailed),
        6000304 => Some(ZimErrorCode::JoinRoomNotFound),
        6000306 => Some(ZimErrorCode::LeaveRoomNotFound),
        6000320 => Some(ZimErrorCode::AlreadyInRoom),
        6000321 => Some(ZimErrorCode::NotInRoom),
        6000322 => Some(ZimErrorCode::RoomNotFound),
        6000323 => Some(ZimErrorCode::RoomAlreadyExists),
        6000324 => Some(ZimErrorCode::RoomCountLimitExceeded),
        6000325 => Some(ZimErrorCode::JoinedRoomsLimitExceeded),
        6000326 => Some(ZimErrorCode::RoomConnecting),
        6000330 => Some(ZimErrorCode::RoomAttributesError),
        6000331 => Some(ZimErrorCode::RoomAttributesOperationFailed),
        6000332 => Some(ZimErrorCode::RoomAttributesPartiallyFailed),
        6000333 => Some(ZimErrorCode::RoomAttributesQueryFailed),
        6000334 => Some(ZimErrorCode::RoomAttributesCountExceeded),
        6000335 => Some(ZimErrorCode::RoomAttributeKeyTooLong),
        6000336 => Some(ZimErrorCode::RoomAttributeValueTooLong),
        6000337 => Some(ZimErrorCode::RoomAttributesTotalTooLong),
        6000350 => Some(ZimErrorCode::RoomMemberAttributesError),
        6000351 => Some(ZimErrorCode::RoomMemberAttributesTotalTooLarge),
        6000352 => Some(ZimErrorCode::RoomMemberAttributeKeyTooLong),
        6000353 => Some(ZimErrorCode::RoomMemberAttributeValueTooLong),
        6000354 => Some(ZimErrorCode::RoomMemberAttributesSetTooFrequent),
        6000355 => Some(ZimErrorCode::RoomMemberAttributesQueryTooFrequent),
        6000356 => Some(ZimErrorCode::UserRoomQueryTooFrequent),
        6000357 => Some(ZimErrorCode::RoomMemberAttributesUserLimitExceeded),
        6000401 => Some(ZimErrorCode::InvalidPushId),
        6000501 => Some(ZimErrorCode::GroupOperationFailed),
        6000502 => Some(ZimErrorCode::GroupInternalError),
        6000503 => Some(ZimErrorCode::GroupCreateFailed),
        6000504 => Some(ZimErrorCode::GroupDismissFailed),
        6000505 => Some(ZimErrorCode::GroupJoinFailed),
        6000506 => Some(ZimErrorCode::GroupLeaveFailed),
        6000507 => Some(ZimErrorCode::GroupMemberRemoveFailed),
        6000508 => Some(ZimErrorCode::GroupMemberAddFailed),
        6000509 => Some(ZimErrorCode::GroupOwnerTransferFailed),
        6000510 => Some(ZimErrorCode::GroupInfoUpdateFailed),
        6000511 => Some(ZimErrorCode::GroupInfoQueryFailed),
        6000512 => Some(ZimErrorCode::GroupAttributesOperationFailed),
        6000513 => Some(ZimErrorCode::GroupAttributesQueryFailed),
        6000514 => Some(ZimErrorCode::GroupMemberInfoUpdateFailed),
        6000515 => Some(ZimErrorCode::GroupMemberInfoQueryFailed),
        6000516 => Some(ZimErrorCode::GroupListQueryFailed),
        6000517 => Some(ZimErrorCode::GroupMemberListQueryFailed),
        6000521 => Some(ZimErrorCode::NotGroupMember),
        6000522 => Some(ZimErrorCode::AlreadyGroupMember),
        6000523 => Some(ZimErrorCode::GroupNotFound),
        6000524 => Some(ZimErrorCode::GroupAlreadyExists),
        6000525 => Some(ZimErrorCode::GroupMemberLimitReached),
        6000526 => Some(ZimErrorCode::GroupAttributeNotFound),
        6000527 => Some(ZimErrorCode::GroupIdDismissed),
        6000531 => Some(ZimErrorCode::GroupAttributesCountExceeded),
        6000532 => Some(ZimErrorCode::GroupAttributeKeyTooLong),
        6000533 => Some(ZimErrorCode::GroupAttributeValueTooLong),
        6000541 => Some(ZimErrorCode::GroupPermissionDenied),
        6000542 => Some(ZimErrorCode::GroupJoinForbidden),
        6000543 => Some(ZimErrorCode::GroupJoinNeedsApplication),
        6000544 => Some(ZimErrorCode::GroupInvitePendingApproval),
        6000601 => Some(ZimErrorCode::SessionFailed),
        6000602 => Some(ZimErrorCode::SessionInternalError),
        6000603 => Some(ZimErrorCode::SessionNotFound),
        6000604 => Some(ZimErrorCode::PinnedSessionsLimitReached),
        6000277 => Some(ZimErrorCode::ReceiptReadFailed),
        6000282 => Some(ZimErrorCode::ReceiptReadBatchTooLarge),
        6000278 => Some(ZimErrorCode::WithdrawTimeExpired),
        6000279 => Some(ZimErrorCode::MessageAlreadyWithdrawn),
        6000280 => Some(ZimErrorCode::ReactionAlreadyApplied),
        6000284 => Some(ZimErrorCode::BlockedByBlacklist),
        6000804 => Some(ZimErrorCode::AlreadyBlacklisted),
        6000805 => Some(ZimErrorCode::CannotBlacklistSelf),
        6000806 => Some(ZimErrorCode::AlreadyRemovedFromBlacklist),
        6000807 => Some(ZimErrorCode::NotInBlacklist),
        6000808 => Some(ZimErrorCode::BlacklistFull),
        6000815 => Some(ZimErrorCode::BlacklistAddFailed),
        6000816 => Some(ZimErrorCode::BlacklistRemoveFailed),
        6000801 => Some(ZimErrorCode::FriendLimitReached),
        6000802 => Some(ZimErrorCode::FriendApplicationAlreadyHandled),
        6000803 => Some(ZimErrorCode::AlreadyFriends),
        6000809 => Some(ZimErrorCode::FriendDeleteBatchTooLarge),
        6000810 => Some(ZimErrorCode::CannotAddSelfAsFriend),
        6000811 => Some(ZimErrorCode::FriendNotRegistered),
        6000812 => Some(ZimErrorCode::NotAFriend),
        6000813 => Some(ZimErrorCode::CannotDeleteSelfAsFriend),
        6000814 => Some(ZimErrorCode::FriendApplicationExpired),
        _ => None,
    }
}

/// `description` as one `match self`.
#[allow(clippy::match_same_arms)]
pub(crate) const fn description_match(code: ZimErrorCode) -> &'static str {
    match code {
        ZimErrorCode::Success => "Request execution successful.",
        ZimErrorCode::Failed => "Request execution failed.",
        ZimErrorCode::InvalidParameter => "The parameter is invalid.",
        ZimErrorCode::SdkNotInitialized => "The SDK is not initialized.",
        ZimErrorCode::InvalidAppId => "The AppID is invalid or has expired.",
        ZimErrorCode::SdkRateLimited => "Requests have exceeded the SDK's upper limit.",
        ZimErrorCode::ServerRateLimited => {
            "Requests have exceeded the backend server's upper limit."
        }
        ZimErrorCode::SwitchServerError => {
            "The Switch server reported an error, because requests have exceeded the backend server's upper limit."
        }
        ZimErrorCode::InternalServerError => "Internal server error.",
        ZimErrorCode::InternalDatabaseError => "Internal database error.",
        ZimErrorCode::DisconnectedDuringRequest => "Disconnected while sending the request.",
        ZimErrorCode::LogUploadFailed => "Failed to upload logs.",
        ZimErrorCode::UserNotFound => "The user doesn't exist.",
        ZimErrorCode::LoginAuthFailed => {
            "Login failed, because the Token is invalid or the AppID is incorrect."
        }
        ZimErrorCode::LoginInternalError => "Login failed due to an internal error.",
        ZimErrorCode::TokenInvalid => "Token is invalid.",
        ZimErrorCode::NetworkError => "Network error.",
        ZimErrorCode::TokenExpired => "Token has expired.",
        ZimErrorCode::TokenVersionMismatch => {
            "The Token you are using does not match the target Token version."
        }
        ZimErrorCode::TokenLifetimeTooShort => {
            "The validity period of the Token is too short. This error occurs when the valid period of the Token is shorter than 30s."
        }
        ZimErrorCode::AlreadyLoggedIn => "You have already logged in.",
        ZimErrorCode::NotLoggedIn => "You have not logged in.",
        ZimErrorCode::SwitchUserWithoutLogout => {
            "After the user's offline time exceeds the maximum disconnection and reconnection time, the user attempts to log in to another userID without logging out of the current userID."
        }
        ZimErrorCode::OfflineLoginUserMismatch => {
            "The userID used for offline login is different from the userID used for the last successful online login."
        }
        ZimErrorCode::MessageInternalError => "Internal error occurs while sending the message.",
        ZimErrorCode::MessageServerError => "Internal server error.",
        ZimErrorCode::MessageSendFailed => "Failed to send messages due to internal error.",
        ZimErrorCode::MessageTargetNotFound => {
            "The message target (user, group, room) does not exist."
        }
        ZimErrorCode::FileError => "File module error.",
        ZimErrorCode::FileNotFound => "The rich media content file doesn't exist.",
        ZimErrorCode::RichMediaSendFailed => "Failed to send rich media content.",
        ZimErrorCode::UnsupportedFileFormat => "Unsupported image/audio/video format.",
        ZimErrorCode::InvalidFileSize => "File size error.",
        ZimErrorCode::InvalidAudioDuration => "Audio duration error.",
        ZimErrorCode::FilePermissionDenied => {
            "The file does not have the correct read permissions. Commonly used in sending rich media messages."
        }
        ZimErrorCode::FileDownloadFailed => "A common error message for file download failure.",
        ZimErrorCode::FileDownloadTooLarge => {
            "The file size exceeds the upper limit, causing the download to fail. The upper limit of file size is 200 MB by default."
        }
        ZimErrorCode::FileDownloadUrlInvalid => {
            "The URL of the file is invalid, causing the download to fail."
        }
        ZimErrorCode::FileDownloadRequestFailed => "The download failed due to request failure.",
        ZimErrorCode::ContentModerationRejected => "Failed to pass the content moderation.",
        ZimErrorCode::ContentModerationFailed => "Content moderation failed.",
        ZimErrorCode::RejectedByBusinessReview => {
            "Message sending failed due to developer business side review."
        }
        ZimErrorCode::SenderBanned => "Failed to send message due to being banned.",
        ZimErrorCode::ImportExportFileError => {
            "An error occurred in the import and export interface."
        }
        ZimErrorCode::ImportExportInProgress => {
            "Import or export message operation is in progress."
        }
        ZimErrorCode::ImportNotOwnData => "Only the current user's data can be imported.",
        ZimErrorCode::MessageExportFailed => "Error exporting message.",
        ZimErrorCode::MessageImportFailed => "Error importing message.",
        ZimErrorCode::ImportedDataParseFailed => "Parsing error after importing message.",
        ZimErrorCode::CallInvitationFailed => "Call invitation failed.",
        ZimErrorCode::CallCancelFailed => {
            "Failed to cancel the call invitation. The invitee has already accepted a call invitation."
        }
        ZimErrorCode::CallInitiateFailed => {
            "Failed to initiate outbound calls, because the number of invitees has exceeded the limit or backend error occurs."
        }
        ZimErrorCode::CallCanceledByInviter => "The call invitation was canceled by the initiator.",
        ZimErrorCode::CallResponderNotInvited => {
            "The call invitation was accepted or rejected by an uninvited user."
        }
        ZimErrorCode::CallIdAlreadyExists => "The callID already exists.",
        ZimErrorCode::CallIdNotFound => {
            "The callID does not exist or has expired while canceling/accepting/rejecting the call invitation."
        }
        ZimErrorCode::CallInviteesNotRegistered => {
            "All invitees were not registered when the call invitation was initiated."
        }
        ZimErrorCode::CallAlreadyJoinedAsPrimary => {
            "The device that called the `callJoin` interface is already calling in advanced mode and is the primary device."
        }
        ZimErrorCode::CallModeMismatch => {
            "A normal mode call ID was passed in when calling advanced mode interfaces such as `callJoin`, `callQuit`, `callEnd`, `callingInvite`, etc."
        }
        ZimErrorCode::RoomIdNotFound => "Room ID does not exist.",
        ZimErrorCode::RoomInternalError => "Operation failed due to internal error.",
        ZimErrorCode::RoomCreateFailed => "Failed to create room due to internal error.",
        ZimErrorCode::JoinRoomNotFound => {
            "Failed to join the room because the room does not exist."
        }
        ZimErrorCode::LeaveRoomNotFound => {
            "Failed to leave the room because the room does not exist."
        }
        ZimErrorCode::AlreadyInRoom => "The user is already in the room.",
        ZimErrorCode::NotInRoom => "The user is not in the room.",
        ZimErrorCode::RoomNotFound => {
            "The room corresponding to the roomID does not exist when calling the `joinRoom` method."
        }
        ZimErrorCode::RoomAlreadyExists => {
            "The room corresponding to the roomID already exists when calling the `createRoom` method."
        }
        ZimErrorCode::RoomCountLimitExceeded => {
            "The number of rooms has exceeded the upper limit (20)."
        }
        ZimErrorCode::JoinedRoomsLimitExceeded => {
            "The number of rooms a user can join at the same time has exceeded the upper limit. By default, a user can join up to 5 rooms at a time."
        }
        ZimErrorCode::RoomConnecting => {
            "Repeatedly try the `createRoom`, `joinRoom`, or `enterRoom` interfaces multiple times, or perform an action on a room that is being connected."
        }
        ZimErrorCode::RoomAttributesError => "Room property error.",
        ZimErrorCode::RoomAttributesOperationFailed => "Failed to operate room properties.",
        ZimErrorCode::RoomAttributesPartiallyFailed => "Failed to operate some room properties.",
        ZimErrorCode::RoomAttributesQueryFailed => "Failed to search the room property.",
        ZimErrorCode::RoomAttributesCountExceeded => {
            "The number of the room property has exceeded the upper limit. A maximum of 10 properties can be set per room."
        }
        ZimErrorCode::RoomAttributeKeyTooLong => {
            "The length of the room property (key) has exceeded the limit. The default length of the key is 16."
        }
        ZimErrorCode::RoomAttributeValueTooLong => {
            "The length of the room property (value) has exceeded the limit. The default length of the value is 1024."
        }
        ZimErrorCode::RoomAttributesTotalTooLong => {
            "The total length of the room property (value) has exceeded the limit. The limit of the total length was configured by the backend."
        }
        ZimErrorCode::RoomMemberAttributesError => "User attribute error in room.",
        ZimErrorCode::RoomMemberAttributesTotalTooLarge => {
            "The total size of user attributes in the room exceeds the limit. For a single user, the total length of all `Key-Value` is up to 144 bytes, with a maximum of 30 pairs."
        }
        ZimErrorCode::RoomMemberAttributeKeyTooLong => {
            "The Key size of the user attribute in the room exceeds the limit. The maximum length of a single Key is 8 bytes."
        }
        ZimErrorCode::RoomMemberAttributeValueTooLong => {
            "The Value size of the user attribute in the room exceeds the limit. The maximum length of a single Value is 64 bytes."
        }
        ZimErrorCode::RoomMemberAttributesSetTooFrequent => {
            "In the same room, user attributes are added/modified too frequently. During the current time period, everyone in the room can perform new/modified operations, and the total cannot exceed 20 times/10s."
        }
        ZimErrorCode::RoomMemberAttributesQueryTooFrequent => {
            "User attributes are queried too frequently in the same room. In the current time period, everyone in the room can perform query operations, and the cumulative number cannot exceed 1000 times/10s."
        }
        ZimErrorCode::UserRoomQueryTooFrequent => {
            "This user queries too frequently in the same room. Within the current time period, a single user in the room can perform query operations no more than 5 times/30s."
        }
        ZimErrorCode::RoomMemberAttributesUserLimitExceeded => {
            "The number of users who can set attributes in the same room exceeds the upper limit. User attributes can be set for up to 500 users in the same room."
        }
        ZimErrorCode::InvalidPushId => "The ID is invalid.",
        ZimErrorCode::GroupOperationFailed => "Operation failed.",
        ZimErrorCode::GroupInternalError => "Operation failed due to internal error.",
        ZimErrorCode::GroupCreateFailed => "Failed to create the group.",
        ZimErrorCode::GroupDismissFailed => "Failed to dismiss the group.",
        ZimErrorCode::GroupJoinFailed => "Failed to join the group.",
        ZimErrorCode::GroupLeaveFailed => "Failed to leave the group.",
        ZimErrorCode::GroupMemberRemoveFailed => "Failed to remove the member from the group.",
        ZimErrorCode::GroupMemberAddFailed => "Failed to add members to the group.",
        ZimErrorCode::GroupOwnerTransferFailed => "Failed to change the group owner.",
        ZimErrorCode::GroupInfoUpdateFailed => "Failed to operate the group information.",
        ZimErrorCode::GroupInfoQueryFailed => "Failed to search the group information.",
        ZimErrorCode::GroupAttributesOperationFailed => "Failed to operate the group property.",
        ZimErrorCode::GroupAttributesQueryFailed => "Failed to query the group property.",
        ZimErrorCode::GroupMemberInfoUpdateFailed => "Failed to update the group member info.",
        ZimErrorCode::GroupMemberInfoQueryFailed => "Failed to query the group member info.",
        ZimErrorCode::GroupListQueryFailed => "Failed to query the group list.",
        ZimErrorCode::GroupMemberListQueryFailed => "Failed to query the group member list.",
        ZimErrorCode::NotGroupMember => "The member is not in the group.",
        ZimErrorCode::AlreadyGroupMember => "The member is already in the group.",
        ZimErrorCode::GroupNotFound => "The group does not exist.",
        ZimErrorCode::GroupAlreadyExists => "The group already exists.",
        ZimErrorCode::GroupMemberLimitReached => {
            "The number of group members has exceeded the upper limit."
        }
        ZimErrorCode::GroupAttributeNotFound => "The group property does not exist.",
        ZimErrorCode::GroupIdDismissed => {
            "Create a group using the group ID that has been destroyed."
        }
        ZimErrorCode::GroupAttributesCountExceeded => {
            "The number of group properties has exceeded the upper limit (10)."
        }
        ZimErrorCode::GroupAttributeKeyTooLong => {
            "The length of the group property (key) has exceeded the limit. The default length of the key is 16."
        }
        ZimErrorCode::GroupAttributeValueTooLong => {
            "The length of the group property (value) has exceeded the limit. The default length of the value is 1024."
        }
        ZimErrorCode::GroupPermissionDenied => {
            "You don't have permission to call group-related methods."
        }
        ZimErrorCode::GroupJoinForbidden => {
            "This group prohibits users from outside the group from actively joining."
        }
        ZimErrorCode::GroupJoinNeedsApplication => {
            "Call the joinGroup interface to directly join the group and report an error."
        }
        ZimErrorCode::GroupInvitePendingApproval => {
            "Call the inviteUsersIntoGroup interface to invite external users to join the group. Since the beInviteMode of the group is Auth (1), the user does not directly join the group."
        }
        ZimErrorCode::SessionFailed => "Session failed.",
        ZimErrorCode::SessionInternalError => "Operation failed due to internal error.",
        ZimErrorCode::SessionNotFound => "The session does not exist.",
        ZimErrorCode::PinnedSessionsLimitReached => {
            "The number of session pin lists exceeds the upper limit."
        }
        ZimErrorCode::ReceiptReadFailed => "Failed to set message receipt as read.",
        ZimErrorCode::ReceiptReadBatchTooLarge => {
            "Call the `sendMessageReceiptsRead` interface to set more than 10 messages as read at one time."
        }
        ZimErrorCode::WithdrawTimeExpired => {
            "You want to withdraw a message but the time limit for withdrawal has expired."
        }
        ZimErrorCode::MessageAlreadyWithdrawn => {
            "You want to withdraw a message but it has already been withdrawn."
        }
        ZimErrorCode::ReactionAlreadyApplied => {
            "Indicates that when a user expresses or deletes a position on a certain key in a message, the key has already been expressed or deleted by the user."
        }
        ZimErrorCode::BlockedByBlacklist => {
            "Unable to send messages because the recipient of the message has been blocked."
        }
        ZimErrorCode::AlreadyBlacklisted => {
            "When you block a user, the user is already on the blacklist."
        }
        ZimErrorCode::CannotBlacklistSelf => "Blocking yourself is not supported.",
        ZimErrorCode::AlreadyRemovedFromBlacklist => {
            "This user has been removed from the blacklist."
        }
        ZimErrorCode::NotInBlacklist => "This user is not in the blacklist.",
        ZimErrorCode::BlacklistFull => "The blacklist capacity limit has been reached.",
        ZimErrorCode::BlacklistAddFailed => "Failed to block user.",
        ZimErrorCode::BlacklistRemoveFailed => "Failed to remove user from blacklist.",
        ZimErrorCode::FriendLimitReached => {
            "The number of friends has reached the upper limit (3000) and no more friends can be added."
        }
        ZimErrorCode::FriendApplicationAlreadyHandled => {
            "The current user has agreed or rejected the application and cannot call the agree or reject friend application interface again."
        }
        ZimErrorCode::AlreadyFriends => {
            "The current user has agreed or rejected the application and cannot call the agree or reject friend application interface again."
        }
        ZimErrorCode::FriendDeleteBatchTooLarge => {
            "The number of friends deleted at one time exceeds the upper limit (default is 20)."
        }
        ZimErrorCode::CannotAddSelfAsFriend => {
            "When adding a friend or initiating a friend application, the user ID passed in is the operating user himself."
        }
        ZimErrorCode::FriendNotRegistered => {
            "When adding a friend or initiating a friend application, the user ID passed in is the operating user himself."
        }
        ZimErrorCode::NotAFriend => {
            "When deleting friends, the user ID passed in is not the friend of the operating user."
        }
        ZimErrorCode::CannotDeleteSelfAsFriend => {
            "When deleting a friend, the user ID passed in is the operating user himself."
        }
        ZimErrorCode::FriendApplicationExpired => {
            "The friend application has expired, and the interface for agreeing or rejecting the friend application cannot be called."
        }
        _ => "",
    }
}
