'use server';

import { refresh } from 'next/cache';
import { staffAction } from '@/lib/auth/action';
import { storeUpload } from '@/lib/media/store-upload';
import { mediaUploadSchema } from './media-schema';

/** Adds a picture to the library: every staff member who writes may upload. */
export const uploadMediaAction = staffAction('media.upload', mediaUploadSchema, async (input, user, values) => {
  const state = await storeUpload(user.id, input, values);
  // The library page lists the new picture.
  if (state.status === 'success') refresh();
  return state;
});
