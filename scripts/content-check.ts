/**
 * `npm run content:check`: validates every article, category and list without a Next build.
 * Prints each problem as `file:line: field — reason` and exits 1 if there is any.
 */
import path from 'node:path';
import { dictionaryIsolationProblems } from '../lib/content/bidi';
import { loadContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';
import { checkContactRouterAgainst } from '../lib/contact/check';
import { checkDictionaries } from '../lib/i18n/check';
import { locales as siteLocales } from '../lib/i18n/config';
import { checkSearchWords } from '../lib/search/words-data';

const root = path.resolve(import.meta.dirname, '..');
// The folder the site builds from: `content/`, or HELP_CONTENT_DIR as in lib/content/listing.ts.
const siteContentDir = path.resolve(root, process.env.HELP_CONTENT_DIR || 'content');
const contentDir = process.argv[2] ? path.resolve(root, process.argv[2]) : siteContentDir;
const isSiteContent = contentDir === siteContentDir;
const started = performance.now();
const { locales, problems } = loadContent(contentDir, {
  // The project's public folder for the site's content; the one beside the folder for a fixture.
  publicDir: isSiteContent ? path.join(root, 'public') : path.join(contentDir, '..', 'public'),
  displayRoot: path.relative(root, contentDir) || '.',
  // The site's own content must have every locale; a fixture may hold fewer.
  requiredLocales: isSiteContent ? siteLocales : [],
});
// The contact router's routes must point at real articles, channels and texts (only for the site's own content).
if (isSiteContent) problems.push(...checkContactRouterAgainst(locales));
// The editors' search words: valid, each listed once, and leading to words the articles hold.
problems.push(...checkSearchWords(contentDir, locales, { required: isSiteContent }));
// Every locale's interface text has the same keys.
problems.push(...checkDictionaries());
// Latin phrases in right-to-left interface text are isolated so they are drawn in order.
problems.push(...dictionaryIsolationProblems());
const elapsed = Math.round(performance.now() - started);

if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\ncontent:check found ${problems.length} problem${problems.length === 1 ? '' : 's'} (${elapsed} ms).`);
  process.exit(1);
}
const summary = Object.entries(locales)
  .map(([locale, content]) => `${locale}: ${content.articles.length} articles in ${content.categories.length} categories`)
  .join('; ');
console.log(`content:check passed — ${summary} (${elapsed} ms).`);
