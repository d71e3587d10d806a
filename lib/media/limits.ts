// Shared by the upload form (checked before sending) and the server (checked again).
// 10 MB, as the refusal message says: with the form's other fields it fits under
// ACTION_BODY_LIMIT_BYTES (lib/request-guard.ts), the most any action request may carry.
export const MAX_UPLOAD_BYTES = 10_000_000;
