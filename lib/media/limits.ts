// Shared by the upload form (checked before sending) and the server (checked again).
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
