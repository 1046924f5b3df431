/**
 * `npm run eval:search`: the search scored on a blind relevance set, per language and per kind,
 * side by side with plain MiniSearch.
 *
 * For each locale the set's queries, and its messages pasted as queries, are searched on the real
 * index, inline and sharded. Over the items an article answers: top-1, top-3 and MRR (the first
 * label in the top 10), and how many are shown as answered rather than as "no article answers
 * this". Over the items no article answers: how often a ranked answer is shown anyway. Figures
 * are given two ways: `all` labels, and `existing` (labels naming an article the library lacks
 * dropped, and the items left with none).
 *
 * Usage: npm run eval:search [-- --set tests/blind/tuning] [--locale en|ar] [--json] [--misses]
 * `--set` is the files' common prefix: `<prefix>-<locale>-queries.jsonl` and `-messages.jsonl`.
 */
import path from 'node:path';
import { locales, type Locale } from '../lib/i18n/config';
import {
  blindAnswerers,
  figuresByGroup,
  formatFigures,
  formatMisses,
  itemsInView,
  loadBlindSet,
  runItems,
  type BlindFigures,
  type BlindView,
} from '../tests/unit/search-blind-scoring';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const prefix = path.resolve(root, option('set') ?? 'tests/blind/tuning');
const onlyLocale = option('locale');
if (onlyLocale !== undefined && !locales.includes(onlyLocale as Locale)) throw new Error(`--locale must be one of ${locales.join(', ')}`);
const chosen = locales.filter((locale) => onlyLocale === undefined || locale === onlyLocale);
const asJson = args.includes('--json');
const withMisses = args.includes('--misses');
const views: BlindView[] = ['all', 'existing'];

const report: Record<string, Record<string, Record<string, Record<string, BlindFigures>>>> = {};
const lines: string[] = [`Blind set ${path.relative(root, prefix)}`];
for (const locale of chosen) {
  const items = loadBlindSet(prefix, locale);
  const { articles, answerers } = await blindAnswerers(locale, items, path.join(root, 'content'));
  const slugs = new Set(articles.map((article) => article.slug));
  report[locale] = {};
  for (const view of views) {
    const inView = itemsInView(items, view, slugs);
    report[locale][view] = {};
    lines.push('', `== ${locale}, ${view} labels (${inView.length} items of ${items.length})`);
    for (const [name, answerer] of Object.entries(answerers)) {
      const results = runItems(answerer, inView);
      const groups = figuresByGroup(results);
      report[locale][view][name] = groups;
      lines.push(`-- ${name}`);
      for (const [group, figures] of Object.entries(groups)) lines.push(formatFigures(`${locale} ${group}`, figures));
      if (withMisses && name !== 'minisearch') lines.push(...formatMisses(results));
    }
  }
}
console.log(asJson ? JSON.stringify({ set: path.relative(root, prefix), report }, null, 2) : lines.join('\n'));
