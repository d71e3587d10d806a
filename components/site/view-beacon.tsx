'use client';

import { useEffect } from 'react';

/**
 * Counts one view for «الأكثر قراءة» once the page has loaded in a browser
 * (crawlers that do not run scripts are never counted). A beacon: the page
 * stays static, the request carries no cookie, and nothing waits for it.
 */
export function ViewBeacon({ id }: { id: number }) {
  useEffect(() => {
    navigator.sendBeacon?.('/api/views', String(id));
  }, [id]);
  return null;
}
