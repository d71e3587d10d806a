// An entry in Next's cache is as old as the data its render read, not as old
// as the moment it was stored. The library files each entry under the time it
// is stored, and drops pages tagged by a save only once (when the save
// happens): so a render that began before an editor's save and ended after it
// was stored as newer than the save, and its old page was served until its
// lifetime ran out (seen under load, at the edge and in e2e runs).
//
// Each worker notes when it first asked for a key (a render reads its data
// after that), files the entry it then stores under that moment, and every
// revalidated tag gets a time that every worker's reads compare against (the
// library keeps such times, but only for Next's implicit path tags).

// A render that has not stored its result by then has failed; a later
// request starts a new one.
const RENDER_WINDOW_MS = 30_000;
// Keys asked for and never stored again (fresh hits) are forgotten past this many.
const MAX_NOTED_KEYS = 10_000;

/**
 * `handler` (the library's redis-strings handler) with entries stamped at the
 * start of their render; `markRevalidated(tag, at)` must record the tag's
 * revalidation time where the handler's `get` compares it.
 */
export function stampedAtRenderStart(handler, markRevalidated) {
  const askedAt = new Map();
  const forgetOld = (now) => {
    for (const [key, at] of askedAt) if (now - at > RENDER_WINDOW_MS) askedAt.delete(key);
  };
  return {
    ...handler,
    async get(key, meta) {
      const now = Date.now();
      const noted = askedAt.get(key);
      if (noted === undefined || now - noted > RENDER_WINDOW_MS) askedAt.set(key, now);
      if (askedAt.size > MAX_NOTED_KEYS) forgetOld(now);
      return handler.get(key, meta);
    },
    async set(key, value, ctx) {
      const noted = askedAt.get(key);
      askedAt.delete(key);
      // One millisecond earlier: a save in the very millisecond the render began may not be in what it read.
      const renderStart = noted !== undefined && Date.now() - noted <= RENDER_WINDOW_MS ? noted - 1 : undefined;
      const lastModified = renderStart === undefined ? value.lastModified : Math.min(renderStart, value.lastModified);
      return handler.set(key, { ...value, lastModified }, ctx);
    },
    async revalidateTag(tag) {
      await markRevalidated(tag, Date.now());
      return handler.revalidateTag(tag);
    },
  };
}
