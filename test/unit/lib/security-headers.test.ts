import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, nginxSnippet, policyFromHtml } from '@/lib/security-headers';

describe('security headers', () => {
  it('merge page policies into one that allows what any page allows, plus header-only directives', () => {
    const csp = mergePolicies(["script-src 'self' 'sha256-a'; img-src 'self'", "script-src 'self' 'sha256-b'; img-src 'self' data:"]);
    expect(csp).toContain("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
  it('keep script hashes in the header but leave style hashes to each page, so the header stays small on every response', () => {
    const pages = Array.from({ length: 40 }, (_, i) => `script-src 'self' 'sha256-s${i % 3}'; style-src 'self' 'sha256-page${i}'`);
    const csp = mergePolicies(pages);
    expect(csp).toContain("script-src 'self' 'sha256-s0' 'sha256-s1' 'sha256-s2'");
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'(;|$)/);
    expect(csp).not.toContain('sha256-page');
    expect(csp.length).toBeLessThan(300);
  });
  it('read the policy out of a built page', () => {
    expect(policyFromHtml(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`)).toBe("script-src 'self'");
    expect(policyFromHtml('<html></html>')).toBeNull();
  });
  it('write a _headers file and nginx lines with the CSP and the other protections', () => {
    const file = headersFile("default-src 'self'");
    expect(file).toMatch(/^\/\*$/m);
    expect(file).toContain("Content-Security-Policy: default-src 'self'");
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
    expect(nginxSnippet("default-src 'self'")).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
  });
  it('tell browsers to use HTTPS only, for two years, subdomains included, in both forms', () => {
    expect(headersFile("default-src 'self'")).toMatch(/^\/\*\n(?:  .+\n)*  Strict-Transport-Security: max-age=63072000; includeSubDomains\n/m);
    expect(nginxSnippet("default-src 'self'")).toContain('add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;');
  });
});
