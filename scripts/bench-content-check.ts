/**
 * `npm run bench:content`: how long the content check (loadContent, what `npm run content:check` and
 * the build run) takes as articles grow longer and libraries grow larger, to show it stays linear.
 * Everything is generated into a temporary folder from the real articles, so the text has the real
 * mix of headings, lists, tables, callouts, links and images:
 *
 * - one article of about 500 KB and one of about 5 MB (the real English bodies repeated);
 * - libraries of 500 and 5,000 articles per locale (the real articles in both languages, copied
 *   under new slugs, linking to each other as the originals do).
 *
 * Prints the CPU and wall time of each and the ratio between the two sizes (10 for linear). Not part
 * of `npm test`.
 * Options: `--sizes 500,5000` (articles per locale), `--kb 500,5000` (article sizes).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../lib/content/load';
import { formatProblem, type ContentProblem } from '../lib/content/problems';
import { locales } from '../lib/i18n/config';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = path.join(root, 'content');
const publicDir = path.join(root, 'public');

function option(name: string, fallback: number[]): number[] {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1]!.split(',').map(Number);
}

interface RealArticle {
  locale: string;
  category: string;
  slug: string;
  text: string;
}

function realArticles(): RealArticle[] {
  return locales.flatMap((locale) =>
    readdirSync(path.join(contentDir, locale), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((category) =>
        readdirSync(path.join(contentDir, locale, category.name))
          .filter((file) => file.endsWith('.md'))
          .map((file) => ({
            locale,
            category: category.name,
            slug: file.slice(0, -3),
            text: readFileSync(path.join(contentDir, locale, category.name, file), 'utf8'),
          })),
      ),
  );
}

/** Wall time, and CPU time, which is what to compare on a shared machine (others' work stretches the wall time). */
function time(run: () => { problems: ContentProblem[] }): { ms: number; cpuMs: number; problems: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { problems } = run();
  const used = process.cpuUsage(cpu);
  // The generated content should pass; anything found is shown, as it may be what took the time.
  for (const problem of problems.slice(0, 3)) console.log(`  ${formatProblem(problem)}`);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, problems: problems.length };
}

const figures = (result: { ms: number; cpuMs: number }) => `${(result.cpuMs / 1000).toFixed(2)} s CPU (${(result.ms / 1000).toFixed(2)} s wall)`;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-content-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const articles = realArticles();
const english = articles.filter((article) => article.locale === 'en');

/** A tree of `content/` with one article of about `kb` KB in English, every other file as it is. */
function longArticleTree(kb: number): string {
  const dir = path.join(scratch, `long-${kb}`);
  cpSync(path.join(contentDir, 'en'), path.join(dir, 'en'), { recursive: true });
  const first = english[0]!;
  const [, frontmatter = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(first.text) ?? [];
  const bodies = english.map((article) => article.text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  let text = frontmatter + body;
  for (let index = 0; Buffer.byteLength(text) < kb * 1024; index++) text += `\n${bodies[index % bodies.length]}`;
  writeFileSync(path.join(dir, 'en', first.category, `${first.slug}.md`), text);
  return dir;
}

/** A tree of every locale with `perLocale` articles each: the real ones, then copies under new slugs. */
function largeLibraryTree(perLocale: number): string {
  const dir = path.join(scratch, `library-${perLocale}`);
  cpSync(contentDir, dir, { recursive: true });
  for (const locale of locales) {
    const own = articles.filter((article) => article.locale === locale);
    for (let index = 0; index < perLocale - own.length; index++) {
      const original = own[index % own.length]!;
      writeFileSync(path.join(dir, locale, original.category, `${original.slug}-copy-${index}.md`), original.text);
    }
  }
  return dir;
}

console.log(`bench:content on ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)}), Node ${process.version}\n`);

const bySize: { kb: number; ms: number }[] = [];
for (const kb of option('kb', [500, 5000])) {
  const dir = longArticleTree(kb);
  const result = time(() => loadContent(dir, { publicDir, displayRoot: 'content' }));
  bySize.push({ kb, ms: result.cpuMs });
  console.log(`one article of ${kb.toLocaleString('en')} KB (+ ${english.length - 1} others): ${figures(result)}, ${result.problems} problems`);
  rmSync(dir, { recursive: true, force: true });
}

const byCount: { count: number; ms: number }[] = [];
for (const count of option('sizes', [500, 5000])) {
  const dir = largeLibraryTree(count);
  const result = time(() => loadContent(dir, { publicDir, displayRoot: 'content', requiredLocales: locales }));
  byCount.push({ count, ms: result.cpuMs });
  console.log(`${count.toLocaleString('en')} articles per locale (${locales.length} locales): ${figures(result)}, ${(result.cpuMs / (count * locales.length)).toFixed(1)} ms CPU per article, ${result.problems} problems`);
  rmSync(dir, { recursive: true, force: true });
}

const ratio = (rows: { ms: number }[], sizes: number[]) =>
  rows.length === 2 ? ` time ×${(rows[1]!.ms / rows[0]!.ms).toFixed(1)} for size ×${(sizes[1]! / sizes[0]!).toFixed(0)}` : '';
console.log(`\nCPU time; linear would be equal factors:${ratio(bySize, bySize.map((row) => row.kb))} (article);${ratio(byCount, byCount.map((row) => row.count))} (library).`);
