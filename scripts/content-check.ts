/**
 * `npm run content:check`: reads every article, category and list and runs every rule of
 * lib/content/rules/ over them, with the interface text, the search words and (for the site's own
 * content) the contact router, without a Next build. Prints each problem as
 * `file:line: field — reason` and exits 1 if there is any.
 */
import path from 'node:path';
import { siteInterfaceText } from '../lib/content/check';
import { loadContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';
import { locales as siteLocales } from '../lib/i18n/config';

const root = path.resolve(import.meta.dirname, '..');
// The folder the site builds from: `content/`, or HELP_CONTENT_DIR as in lib/content/listing.ts.
const siteContentDir = path.resolve(root, process.env.HELP_CONTENT_DIR || 'content');
const contentDir = process.argv[2] ? path.resolve(root, process.argv[2]) : siteContentDir;
const isSiteContent = contentDir === siteContentDir;
// The project's public folder for the site's content; the one beside the folder for a fixture.
const publicDir = isSiteContent ? path.join(root, 'public') : path.join(contentDir, '..', 'public');
const started = performance.now();
const { locales, problems } = loadContent(contentDir, {
  publicDir,
  displayRoot: path.relative(root, contentDir) || '.',
  publicDisplayRoot: path.relative(root, publicDir) || '.',
  // The site's own content must have every locale; a fixture may hold fewer.
  requiredLocales: isSiteContent ? siteLocales : [],
  // Every locale's interface text and any search words are checked with any content; the contact router
  // only with the site's own, which must also have search words.
  interfaceText: siteInterfaceText(),
  contactRouter: isSiteContent,
  searchWords: { required: isSiteContent },
});
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
