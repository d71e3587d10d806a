import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { edgeKeysFor, edgeKeysHeader } from '@/lib/cache/edge-keys';
import { configuredPurgers, purgeEdges } from '@/lib/cache/edge-purge';
import { cacheTags } from '@/lib/cache/tags';

describe('edge keys of a public URL', () => {
  const frame = [cacheTags.settings, cacheTags.sections, cacheTags.breaking];

  it('files each page under the tags of what it shows, in either edition', () => {
    expect(edgeKeysFor('/')).toEqual([...frame, cacheTags.home, cacheTags.topNews]);
    expect(edgeKeysFor('/en')).toEqual(edgeKeysFor('/'));
    expect(edgeKeysFor('/news/42/some-slug')).toEqual([
      ...frame,
      cacheTags.article(42),
      cacheTags.live(42),
      cacheTags.topNews,
    ]);
    expect(edgeKeysFor('/en/news/42')).toContain(cacheTags.article(42));
    expect(edgeKeysFor('/section/world/page/3')).toEqual([...frame, cacheTags.section('world')]);
    expect(edgeKeysFor('/top')).toEqual([...frame, cacheTags.topNews]);
  });

  it('decodes Arabic slugs, as the cache tags hold them', () => {
    expect(edgeKeysFor(`/tag/${encodeURIComponent('مصر')}`)).toContain(cacheTags.tag('مصر'));
    expect(edgeKeysFor(`/author/${encodeURIComponent('أميرة-سالم')}/page/2`)).toContain(cacheTags.author('أميرة-سالم'));
  });

  it('files feeds and sitemaps under the feeds tag, and a section feed under its section too', () => {
    expect(edgeKeysFor('/rss.xml')).toContain(cacheTags.feeds);
    expect(edgeKeysFor('/en/top/rss.xml')).toEqual([cacheTags.settings, cacheTags.feeds, cacheTags.topNews]);
    expect(edgeKeysFor('/section/sports/rss.xml')).toContain(cacheTags.section('sports'));
    expect(edgeKeysFor('/sitemap.xml')).toEqual([cacheTags.feeds]);
    expect(edgeKeysFor('/sitemaps/articles-1.xml')).toEqual([cacheTags.feeds]);
  });

  it('gives an unknown page the frame, and survives a path that does not decode', () => {
    expect(edgeKeysFor('/no/such/page')).toEqual(frame);
    expect(edgeKeysFor('/section/%E0%A4%A')).toContain(cacheTags.section('%E0%A4%A'));
  });

  it('writes keys as one ASCII header value, each once', () => {
    expect(edgeKeysHeader(['home', 'tag:مصر', 'home'])).toBe('home tag%3A%D9%85%D8%B5%D8%B1');
  });
});

describe('purging the edge', () => {
  const servers: http.Server[] = [];
  afterEach(() => servers.splice(0).forEach((server) => server.close()));

  /** A stand-in edge node: records each PURGE's xkey header, answers from `statuses` in turn (then 200). */
  async function edgeNode(statuses: number[] = []) {
    const received: string[] = [];
    const server = http.createServer((request, response) => {
      received.push(`${request.method} ${request.headers.xkey}`);
      response.statusCode = statuses.shift() ?? 200;
      response.end();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
  }

  it('sends the tags to every configured node', async () => {
    const [first, second] = [await edgeNode(), await edgeNode()];
    await purgeEdges(['home', 'article:7'], configuredPurgers([first.url, second.url]));
    expect(first.received).toEqual(['PURGE home article%3A7']);
    expect(second.received).toEqual(['PURGE home article%3A7']);
  });

  it('retries a node that fails, then gives up without throwing', async () => {
    const flaky = await edgeNode([503]);
    await purgeEdges(['feeds'], configuredPurgers([flaky.url]));
    expect(flaky.received).toHaveLength(2);

    const down = await edgeNode([500, 500, 500, 500]);
    await expect(purgeEdges(['feeds'], configuredPurgers([down.url]))).resolves.toBeUndefined();
    expect(down.received).toHaveLength(3);
    await expect(purgeEdges(['feeds'], configuredPurgers(['http://127.0.0.1:9/']))).resolves.toBeUndefined();
  });

  it('does nothing without nodes or tags', async () => {
    const node = await edgeNode();
    await purgeEdges([], configuredPurgers([node.url]));
    await purgeEdges(['home'], configuredPurgers([]));
    expect(node.received).toEqual([]);
  });
});
