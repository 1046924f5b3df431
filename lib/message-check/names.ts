import { organisations, type Organisation } from '../official-sites';
import { arabic, foldText, spans, word, type Span } from './text';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The organisations of lib/official-sites as a message names them, each name a whole word, in either
 * language. Built on first use: some twenty Unicode patterns cost a phone tens of milliseconds to
 * compile, and the results page and the search dialog load this module for `looksLikeMessage`, which
 * needs them only for a query of five words or more.
 */
type OrganisationName = { organisation: Organisation; pattern: RegExp };
let names: OrganisationName[] | undefined;
export function organisationNames(): readonly OrganisationName[] {
  names ??= organisations.map((organisation) => ({
    organisation,
    pattern: new RegExp(
      [...organisation.names.en.map((name) => word(escape(foldText(name).text))), ...organisation.names.ar.map((name) => `${arabic(escape(foldText(name).text))}(?![\\p{L}])`)].join('|'),
      'gu',
    ),
  }));
  return names;
}

export interface Named {
  organisation: Organisation;
  spans: Span[];
  /** Named as the sender: at the start of a line before a colon ("Kuwait Post:", "KFH Alert:"), or on a From line. */
  sender: boolean;
}

/** The organisations a message names, where, and whether as its sender. */
export function namedOrganisations(text: string): Named[] {
  return organisationNames()
    .map(({ organisation, pattern }) => {
      const found = spans(pattern, text);
      const sender = found.some(({ start, end }) => {
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const lineEnd = text.indexOf('\n', end);
        const before = text.slice(lineStart, start);
        const after = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
        return /^\s*(?:from|من|المرسل)\s*:/u.test(before) || (/^[^:|]{0,15}$/u.test(before) && /^[^:|]{0,20}[:|]/u.test(after));
      });
      return { organisation, spans: found, sender };
    })
    .filter((named) => named.spans.length > 0);
}
