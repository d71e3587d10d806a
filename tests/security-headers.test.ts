import { describe, expect, it } from 'vitest';
import { CSP_REPORT_PATH, isAdminPath, pageSecurityHeaders, sampledForStrictReport } from '@/lib/security-headers';

describe('isAdminPath', () => {
  it('decides on the path Next routes: decoded, without empty or dot segments', () => {
    for (const path of [
      '/admin',
      '/admin/staff',
      '/en/admin/staff',
      '/%61dmin/staff',
      '/adm%69n',
      '/ar/%61dmin/staff',
      '/%65n/%61dmin',
      '//admin/staff',
      '/./admin/staff',
      '/ar//./admin',
      '/ar%2Fadmin/staff',
    ])
      expect(isAdminPath(path), path).toBe(true);
  });
  it('leaves reader paths, look-alikes and other prefixes to the reader policy', () => {
    for (const path of ['/', '/administration', '/tag/admin', '/fr/admin', '/en', '/%2561dmin/staff', '/news/1/admin'])
      expect(isAdminPath(path), path).toBe(false);
  });
});

describe('pageSecurityHeaders', () => {
  const directives = (policy: string) => policy.split('; ').map((directive) => directive.split(' ')[0]);

  it('adds HSTS and upgrade-insecure-requests from the SITE_URL the server runs with', () => {
    const https = pageSecurityHeaders(undefined, 'https://news.example', true);
    expect(https['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(directives(https['Content-Security-Policy'])).toContain('upgrade-insecure-requests');
    expect(directives(https['Content-Security-Policy-Report-Only'])).not.toContain('upgrade-insecure-requests');
    const http = pageSecurityHeaders('bm9uY2U=', 'http://localhost:3000');
    expect(http['Strict-Transport-Security']).toBeUndefined();
    expect(directives(http['Content-Security-Policy'])).not.toContain('upgrade-insecure-requests');
  });
  it("reports the strict policy on a sampled reader view and enforces the nonce on the admin's", () => {
    const reader = pageSecurityHeaders(undefined, 'https://news.example', true);
    expect(reader['Content-Security-Policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(reader['Content-Security-Policy-Report-Only']).toContain("script-src 'self' 'report-sample';");
    expect(reader['Content-Security-Policy-Report-Only']).toContain(`report-uri ${CSP_REPORT_PATH}; report-to csp`);
    expect(reader['Reporting-Endpoints']).toBe(`csp="${CSP_REPORT_PATH}"`);
    const admin = pageSecurityHeaders('bm9uY2U=', 'https://news.example', true);
    expect(admin['Content-Security-Policy']).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(admin['Content-Security-Policy-Report-Only']).toBeUndefined();
  });
  it('leaves the reported policy off the views outside the sample, so they log nothing and post nothing', () => {
    const reader = pageSecurityHeaders(undefined, 'https://news.example', false);
    expect(reader['Content-Security-Policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(reader['Content-Security-Policy-Report-Only']).toBeUndefined();
    expect(reader['Reporting-Endpoints']).toBeUndefined();
  });
  it('samples CSP_REPORT_SAMPLE of the views: 1 % unless set', () => {
    expect(sampledForStrictReport(0)).toBe(true);
    expect(sampledForStrictReport(0.0099)).toBe(true);
    expect(sampledForStrictReport(0.01)).toBe(false);
    expect(sampledForStrictReport(0.5)).toBe(false);
  });
});
