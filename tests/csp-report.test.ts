import { describe, expect, it } from 'vitest';
import { isNextBootstrap, parseReports, windowCounter } from '@/lib/csp-report';

const legacy = (report: Record<string, unknown>) => JSON.stringify({ 'csp-report': report });

describe('parseReports', () => {
  it('reads report-uri reports, keeping paths and never a query string', () => {
    const [violation] = parseReports(
      'application/csp-report',
      legacy({
        'document-uri': 'https://news.example/search?q=secret',
        'violated-directive': 'script-src-elem',
        'effective-directive': 'script-src-elem',
        'blocked-uri': 'inline',
        'script-sample': 'alert(1)',
        disposition: 'report',
      }),
    )!;
    expect(violation).toEqual({
      page: 'https://news.example/search',
      directive: 'script-src-elem',
      blocked: 'inline',
      sample: 'alert(1)',
      disposition: 'report',
    });
  });
  it('reads Reporting API batches and skips reports of other types', () => {
    const violations = parseReports(
      'application/reports+json',
      JSON.stringify([
        {
          type: 'csp-violation',
          url: 'https://news.example/',
          body: {
            documentURL: 'https://news.example/',
            effectiveDirective: 'script-src-elem',
            blockedURL: 'https://evil.example/x.js?k=1',
            disposition: 'enforce',
          },
        },
        { type: 'deprecation', url: 'https://news.example/', body: {} },
      ]),
    );
    expect(violations).toEqual([
      {
        page: 'https://news.example/',
        directive: 'script-src-elem',
        blocked: 'https://evil.example/x.js',
        sample: undefined,
        disposition: 'enforce',
      },
    ]);
  });
  it('refuses bodies that are not reports', () => {
    expect(parseReports('application/csp-report', 'not json')).toBeUndefined();
    expect(parseReports('application/csp-report', '{"x":1}')).toBeUndefined();
    expect(parseReports('application/reports+json', '{"type":"csp-violation"}')).toBeUndefined();
  });
  it('cuts what the sender controls to a bounded length', () => {
    const [violation] = parseReports(
      'application/csp-report',
      legacy({ 'document-uri': `https://news.example/${'a'.repeat(5000)}`, 'script-sample': 'x'.repeat(5000) }),
    )!;
    expect(violation.page.length).toBe(200);
    expect(violation.sample!.length).toBe(80);
    expect(violation.directive).toBe('unknown');
  });
});

describe('isNextBootstrap', () => {
  const inline = (sample: string) => ({ page: '/', directive: 'script-src-elem', blocked: 'inline', sample });
  it("tells Next's inline bootstrap from other inline scripts", () => {
    expect(isNextBootstrap(inline('self.__next_f.push([1,"1:\\"$Sreact.fragm'))).toBe(true);
    expect(isNextBootstrap(inline('(self.__next_f=self.__next_f||[]).push(['))).toBe(true);
    expect(isNextBootstrap(inline('(globalThis["TURBOPACK"] || (globalThis['))).toBe(true);
    expect(isNextBootstrap(inline('alert(document.cookie)'))).toBe(false);
    expect(isNextBootstrap({ ...inline('self.__next_f'), directive: 'img-src' })).toBe(false);
  });
});

describe('windowCounter', () => {
  it('allows `limit` posts per key in a window, then refuses until the window has passed', async () => {
    const allow = windowCounter(3, 100);
    expect([allow('a'), allow('a'), allow('a'), allow('a'), allow('b')]).toEqual([true, true, true, false, true]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(allow('a')).toBe(true);
  });
});
