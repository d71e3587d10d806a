'use server';

import { staffAction } from '@/lib/auth/action';
import { storeUpload } from '@/lib/media/store-upload';
import { mediaUploadSchema } from '../media/media-schema';

/**
 * An upload from inside the story form (lead image or body picture), checked and stored as the media page's is.
 * The page is not refreshed (as the library's upload does): that would re-render a form that holds unsaved typing;
 * the form adds the returned picture itself.
 */
export const uploadPictureAction = staffAction('media.upload', mediaUploadSchema, (input, user, values) =>
  storeUpload(user.id, input, values),
);
