import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyHeader, securityHeaderRecord, securityHeaders } from '@/lib/security-headers';
import { securityHeaders as fromNextConfig } from '../../next.config';

/** A policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  it('allows a page its own inline scripts by hash, and nothing inline besides', () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: ['qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='] }));
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('names no other origin and no scheme wider than the site', () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy({ inlineStyles: true }), contentSecurityPolicy({ development: true })]) {
      expect(policy).not.toMatch(/https?:|data:|blob:|\*/);
    }
  });

  it('keeps unsafe-inline and unsafe-eval out of production script-src; next dev gets them', () => {
    expect(directives(contentSecurityPolicy({ inlineStyles: true })).get('script-src')).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy({ development: true })).get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
  });

  it('allows inline styles only where asked (server-made answers) and in development', () => {
    expect(directives(contentSecurityPolicy({ inlineStyles: true })).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(contentSecurityPolicy({ development: true })).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('the security headers', () => {
  it('name each header once', () => {
    const names = securityHeaders.map(({ key }) => key.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        contentSecurityPolicyHeader.toLowerCase(),
        'strict-transport-security',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'x-frame-options',
      ]),
    );
    expect(Object.keys(securityHeaderRecord())).toHaveLength(securityHeaders.length);
  });

  it('keep HSTS at two years or more (Observatory asks six months; preload asks one year)', () => {
    const hsts = securityHeaderRecord()['Strict-Transport-Security'] ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(63072000);
    expect(hsts).toContain('includeSubDomains');
  });

  it('are the list next.config.ts still exports', () => {
    expect(fromNextConfig).toBe(securityHeaders);
  });
});
