import { describe, expect, it } from 'vitest';
import { channels } from '@/lib/contact/channels';
import { isOfficialHost, organisationFacts, organisationOfHost, organisations, officialSites } from '@/lib/official-sites';

describe('the official sites and the one safe address rule', () => {
  it('take a site name that is an official address or ends in a dot and one', () => {
    for (const host of ['amazon.ae', 'www.amazon.ae', 'pay.amazon.com', 'kpay.com.kw', 'www.kpay.com.kw', 'moci.gov.kw', 'e.moci.gov.kw', 'AMAZON.AE.', 'abk.eahli.com']) {
      expect(isOfficialHost(host), host).toBe(true);
    }
  });

  it('refuse the look-alikes the fact sheet names, and names that only contain an address', () => {
    for (const host of [
      'www.amazon.ae.refund-kw.com',
      'pay.amazon.com-secure.net',
      'secure-kpay.com.kw',
      'kpay.com.kw.example.com',
      'pay-fine.example',
      'kw-post-delivery.com',
      'myamazon.ae',
      'eahli.com',
      'uk.kfh.com',
    ]) {
      expect(isOfficialHost(host), host).toBe(false);
    }
  });

  it('say whose address a site name is', () => {
    expect(organisationOfHost('pay.amazon.com')?.id).toBe('amazon');
    expect(organisationOfHost('www.kpay.com.kw')?.id).toBe('knet');
    expect(organisationOfHost('kpay.com.kw.example.com')).toBeUndefined();
  });

  it('hold each organisation once, with its fact-sheet rows, names in both languages and bare lower-case addresses', () => {
    expect(new Set(organisations.map((organisation) => organisation.id)).size).toBe(organisations.length);
    expect(new Set(officialSites).size).toBe(officialSites.length);
    for (const organisation of organisations) {
      expect(organisationFacts[organisation.id].length, organisation.id).toBeGreaterThan(0);
      expect(organisation.names.en.length, organisation.id).toBeGreaterThan(0);
      expect(organisation.names.ar.length, organisation.id).toBeGreaterThan(0);
      for (const site of organisation.sites) expect(site, organisation.id).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    }
  });

  it('agree with the contact router: every channel address it links is official', () => {
    for (const channel of channels) {
      if ('url' in channel) expect(isOfficialHost(new URL(channel.url).hostname), channel.url).toBe(true);
    }
  });
});
