/**
 * The editor report: per locale, each article's votes, helpful rate, top reasons and latest
 * comments, and the failed searches made by at least three readers. `npm run report` prints it and
 * `/editor` shows it; both call buildReport.
 */
import { locales } from '../i18n/config';
import type { Database } from './database';
import { readArticleTallies, readSearchTallies, type ArticleTally, type SearchTally } from './store';

/**
 * A query searched by fewer readers than this is never shown: it could identify the one reader who
 * typed it. Readers are counted by their marks (reader-mark.ts): one client counts once a day.
 */
export const minimumSearchCount = 3;

export interface Report {
  generatedAt: string;
  articles: ArticleTally[];
  searches: SearchTally[];
}

export async function buildReport(db: Database, { commentsPerArticle = 5, now = new Date() } = {}): Promise<Report> {
  const [articles, searches] = await Promise.all([readArticleTallies(db, { commentsPerArticle }), readSearchTallies(db, { minimum: minimumSearchCount })]);
  return { generatedAt: now.toISOString(), articles, searches };
}

export function helpfulRate(tally: Pick<ArticleTally, 'yes' | 'no'>): number | undefined {
  const total = tally.yes + tally.no;
  return total === 0 ? undefined : tally.yes / total;
}

const percent = (rate: number | undefined) => (rate === undefined ? '–' : `${Math.round(rate * 100)}%`);

/** The report as text, one block per locale. */
export function formatReport(report: Report): string {
  const lines = [`Feedback report, ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC`];
  for (const locale of locales) {
    const articles = report.articles.filter((tally) => tally.locale === locale);
    const searches = report.searches.filter((tally) => tally.locale === locale);
    lines.push('', `== ${locale} ==`, '', 'Articles (most "no" first)');
    if (articles.length === 0) lines.push('  no votes yet');
    for (const tally of articles) {
      lines.push(`  ${tally.slug}: ${tally.yes} yes, ${tally.no} no, ${percent(helpfulRate(tally))} helpful`);
      if (tally.reasons.length > 0) lines.push(`    reasons: ${tally.reasons.map(({ reason, count }) => `${reason} ${count}`).join(', ')}`);
      for (const comment of tally.comments) lines.push(`    ${comment.date}${comment.reason ? ` [${comment.reason}]` : ''} ${JSON.stringify(comment.text)}`);
    }
    lines.push('', `Failed searches (by ${minimumSearchCount} readers or more; a reader counts once a day)`);
    if (searches.length === 0) lines.push('  none');
    for (const tally of searches) lines.push(`  ${String(tally.count).padStart(5)}  ${JSON.stringify(tally.query)}`);
  }
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** The report as a page of its own (for /editor), every reader-written string escaped. */
export function reportHtml(report: Report): string {
  const sections = locales.map((locale) => {
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    const articles = report.articles.filter((tally) => tally.locale === locale);
    const searches = report.searches.filter((tally) => tally.locale === locale);
    const articleRows = articles
      .map(
        (tally) => `<tr><th scope="row"><a href="/${locale}/articles/${escapeHtml(tally.slug)}">${escapeHtml(tally.slug)}</a></th>
<td>${tally.yes}</td><td>${tally.no}</td><td>${percent(helpfulRate(tally))}</td>
<td>${tally.reasons.map(({ reason, count }) => `${escapeHtml(reason)} ${count}`).join(', ')}</td>
<td><ul>${tally.comments.map((comment) => `<li><time>${comment.date}</time>${comment.reason ? ` [${escapeHtml(comment.reason)}]` : ''} <q lang="${locale}" dir="${dir}">${escapeHtml(comment.text)}</q></li>`).join('')}</ul></td></tr>`,
      )
      .join('\n');
    const searchRows = searches.map((tally) => `<tr><td lang="${locale}" dir="${dir}">${escapeHtml(tally.query)}</td><td>${tally.count}</td></tr>`).join('\n');
    return `<section aria-labelledby="${locale}-title"><h2 id="${locale}-title">${locale}</h2>
<h3>Articles</h3>
${articles.length === 0 ? '<p>No votes yet.</p>' : `<table><thead><tr><th scope="col">Article</th><th scope="col">Yes</th><th scope="col">No</th><th scope="col">Helpful</th><th scope="col">Reasons</th><th scope="col">Latest comments</th></tr></thead><tbody>${articleRows}</tbody></table>`}
<h3>Failed searches (by ${minimumSearchCount} readers or more; a reader counts once a day)</h3>
${searches.length === 0 ? '<p>None.</p>' : `<table><thead><tr><th scope="col">Query</th><th scope="col">Readers</th></tr></thead><tbody>${searchRows}</tbody></table>`}
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Feedback report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#111827;background:#fff}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d1d5db;padding:.4rem;text-align:start;vertical-align:top}ul{margin:0;padding-inline-start:1rem}a{color:#1d4ed8}@media (prefers-color-scheme:dark){body{color:#f3f4f6;background:#0b1120}a{color:#93c5fd}th,td{border-color:#374151}}</style>
</head><body><main><h1>Feedback report</h1><p>Generated ${escapeHtml(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC.</p>
${sections.join('\n')}
</main></body></html>`;
}
