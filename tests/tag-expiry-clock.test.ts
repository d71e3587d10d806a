import { afterEach, describe, expect, it, vi } from 'vitest';
// Next's own module, as patches/next+16.4.6.patch leaves it: the one `next start` asks
// whether a page's cache tags were invalidated after the page was stored.
import { areTagsExpired, tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

// updateTag stamps `expired` with Date.now(), and a stored page carries its lastModified from
// Date.now() too. Upstream compared them with performance.timeOrigin + performance.now(), a
// clock that falls behind wall time for good when the host pauses the VM (seen in CI: five
// "shows at once after a save" specs failed together on a stale page, late in one run).
describe("Next's tag expiry", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    tagsManifest.delete('clock-test');
  });

  it('expires a page at once after its tag is updated, even when the monotonic clock lags wall time', () => {
    const storedAt = Date.now() - 1_000;
    tagsManifest.set('clock-test', { expired: Date.now() });
    // The VM was paused for 30 s: performance.now() did not move while the wall clock did.
    const lagging = performance.now() - 30_000;
    vi.spyOn(performance, 'now').mockReturnValue(lagging);
    expect(areTagsExpired(['clock-test'], storedAt)).toBe(true);
  });

  it('keeps a page stored after the update', () => {
    tagsManifest.set('clock-test', { expired: Date.now() - 1_000 });
    expect(areTagsExpired(['clock-test'], Date.now())).toBe(false);
  });
});
