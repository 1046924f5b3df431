/**
 * Failed searches, in the browser: the last query of a search (in the dialog, or on the results
 * page) counts when it found nothing, or when the reader left its results without opening one.
 * Counted queries wait in memory and leave in one beacon when the page is hidden or left, without
 * their card numbers, codes and personal numbers (`stripSecrets`; the server masks again). A query
 * that looks like a pasted message (lib/message-check) is never queued.
 */
import { searchGapsApiPath } from '../paths';
import { looksLikeMessage } from '../message-check/pasted';
import { stripSecrets } from '../secrets';
import { maxGapsPerRequest, normalizeGapQuery } from './gap-query';

export interface SearchGap {
  locale: string;
  query: string;
  results: number;
}

const endpoint = searchGapsApiPath;
const queue: SearchGap[] = [];
/** Each query once per page load, however often it is searched again. */
const counted = new Set<string>();
let listening = false;

export function flushSearchGaps(): void {
  while (queue.length > 0) {
    const batch = queue.splice(0, maxGapsPerRequest);
    const body = new Blob([JSON.stringify(batch)], { type: 'application/json' });
    if (!navigator.sendBeacon?.(endpoint, body)) {
      void fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'application/json' } }).catch(() => {});
    }
  }
}

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', () => {
    endAllSearches();
    flushSearchGaps();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    endAllSearches();
    flushSearchGaps();
  });
}

/** Queues a finished search if it failed. */
export function countSearchGap(gap: SearchGap, opened: boolean): void {
  const query = normalizeGapQuery(stripSecrets(gap.query).text);
  const key = `${gap.locale}\n${query}`;
  if (opened && gap.results > 0) {
    // The same query left unopened in the dialog, then opened on the results page, did not fail.
    const index = queue.findIndex((queued) => `${queued.locale}\n${queued.query}` === key);
    if (index >= 0) queue.splice(index, 1);
    counted.add(key);
    return;
  }
  // A pasted message (an SMS, an email) is the reader's own: the message check reads it in the browser and it is never sent.
  if (!query || stripSecrets(query).kinds.length > 0 || looksLikeMessage(gap.query)) return;
  if (counted.has(key)) return;
  counted.add(key);
  queue.push({ locale: gap.locale, query, results: gap.results });
}

/** A search in progress: the query it shows now, and whether a result was opened. */
export interface SearchSession {
  show(query: string, results: number | undefined): void;
  opened(): void;
  end(): void;
}

const open = new Set<SearchSession>();

function endAllSearches() {
  for (const session of [...open]) session.end();
}

export function startSearchSession(locale: string): SearchSession {
  listen();
  let last: SearchGap | undefined;
  let opened = false;
  const session: SearchSession = {
    show(query, results) {
      if (!query.trim() || results === undefined) return;
      last = { locale, query, results };
      opened = false;
      open.add(session);
    },
    opened() {
      opened = true;
    },
    end() {
      open.delete(session);
      if (last) countSearchGap(last, opened);
      last = undefined;
    },
  };
  open.add(session);
  return session;
}
