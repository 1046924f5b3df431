/**
 * `npm run bench:content`: how long the content check (loadContent, what `npm run content:check` and
 * the build run) takes as articles grow longer and libraries grow larger, to show it stays linear.
 * Everything is generated into a temporary folder from the real articles, so the text has the real
 * mix of headings, lists, tables, callouts, links and images:
 *
 * - one article of about 500 KB and one of about 5 MB, in English and in Arabic (the real bodies of
 *   that language repeated: Arabic text is where the right-to-left rules run);
 * - libraries of 500 and 5,000 articles per locale (the real articles in both languages, copied
 *   under new slugs, linking to each other as the originals do).
 *
 * Prints the CPU and wall time of each and the ratio between the two sizes (10 for linear). Not part
 * of `npm test`.
 * Options: `--sizes 500,5000` (articles per locale), `--kb 500,5000` (article sizes), `--long en,ar`
 * (the languages of the long article).
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

/** A tree of one locale of `content/` with one article of about `kb` KB, every other file as it is. */
function longArticleTree(kb: number, locale: string): string {
  const dir = path.join(scratch, `long-${locale}-${kb}`);
  const own = articles.filter((article) => article.locale === locale);
  cpSync(path.join(contentDir, locale), path.join(dir, locale), { recursive: true });
  const first = own[0]!;
  const [, frontmatter = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(first.text) ?? [];
  const bodies = own.map((article) => article.text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  let text = frontmatter + body;
  for (let index = 0; Buffer.byteLength(text) < kb * 1024; index++) text += `\n${bodies[index % bodies.length]}`;
  writeFileSync(path.join(dir, locale, first.category, `${first.slug}.md`), text);
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

const longLocales = process.argv.includes('--long') ? process.argv[process.argv.indexOf('--long') + 1]!.split(',') : ['en', 'ar'];
const bySize = new Map<string, { kb: number; ms: number }[]>();
for (const locale of longLocales) {
  const rows: { kb: number; ms: number }[] = [];
  for (const kb of option('kb', [500, 5000])) {
    const dir = longArticleTree(kb, locale);
    const result = time(() => loadContent(dir, { publicDir, displayRoot: 'content' }));
    rows.push({ kb, ms: result.cpuMs });
    const others = articles.filter((article) => article.locale === locale).length - 1;
    console.log(`one ${locale} article of ${kb.toLocaleString('en')} KB (+ ${others} others): ${figures(result)}, ${result.problems} problems`);
    rmSync(dir, { recursive: true, force: true });
  }
  bySize.set(locale, rows);
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
const articleRatios = [...bySize].map(([locale, rows]) => `${ratio(rows, rows.map((row) => row.kb))} (${locale} article)`).join(';');
console.log(`\nCPU time; linear would be equal factors:${articleRatios};${ratio(byCount, byCount.map((row) => row.count))} (library).`);
