import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { getDictionary, isLocale, localeInfo, locales, pendingLocales, type Locale } from '../i18n';
import { parsePath } from '../paths';
import { messageHelpLabels } from '../contact/message-steps';
import { articleIsolationProblems, stringIsolationProblems } from './bidi';
import { findForbiddenClaims, type ForbiddenClaim } from './claims';
import { type ContentProblem, suggest } from './problems';
import { renderMarkdown, readingMinutes, type MarkdownLabels, type RenderedMarkdown } from './markdown';
import {
  articleFrontmatterSchema,
  articlePageIds,
  hasUserInfo,
  userInfoMessage,
  categoriesFileSchema,
  siteFileSchema,
  type ArticleFrontmatter,
  type Category,
  type SiteLists,
} from './schema';

export interface Article extends Omit<ArticleFrontmatter, 'category'> {
  locale: Locale;
  slug: string;
  category: string;
  /** Path from the project root, for messages. */
  file: string;
  html: string;
  headings: RenderedMarkdown['headings'];
  sections: RenderedMarkdown['sections'];
  readingMinutes: number;
}

export interface LocaleContent {
  categories: Category[];
  /** Published articles (drafts left out), in category order, then article order, then title. */
  articles: Article[];
  lists: SiteLists;
}

export interface LoadedContent {
  locales: Partial<Record<Locale, LocaleContent>>;
  problems: ContentProblem[];
}

export interface LoadOptions {
  /** Where `/illustrations/...` and other site paths used by images live. Defaults to `<contentDir>/../public`. */
  publicDir?: string;
  /** Prefix for file names in messages, usually the path from the project root to `contentDir`. */
  displayRoot?: string;
  /**
   * Locales whose folder must exist: all of them for the site. Otherwise only the locale folders
   * present are loaded (a fixture may hold English alone).
   */
  requiredLocales?: readonly Locale[];
}

const frontmatterKeys = Object.keys(articleFrontmatterSchema.shape);

interface ParsedArticle {
  article: Article;
  rendered: RenderedMarkdown;
}

/**
 * Reads, validates and renders everything under `contentDir`. It never throws for bad content:
 * every problem found is returned, each naming its file and field, so one run shows them all.
 */
export function loadContent(contentDir: string, options: LoadOptions = {}): LoadedContent {
  const publicDir = options.publicDir ?? path.join(contentDir, '..', 'public');
  const displayRoot = options.displayRoot ?? path.relative(process.cwd(), contentDir);
  const display = (...parts: string[]) => path.posix.join(displayRoot.split(path.sep).join('/'), ...parts);
  const problems: ContentProblem[] = [];
  const result: LoadedContent = { locales: {}, problems };

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    problems.push({ file: display(), field: 'folder', message: 'the content folder does not exist' });
    return result;
  }
  const folder = contentFolder(contentDir, display(), problems);

  for (const entry of folder.list(contentDir, display())) {
    if (folder.kind(path.join(contentDir, entry), display(entry)) !== 'directory') continue;
    if (!isLocale(entry) && !pendingLocales.includes(entry)) {
      problems.push({
        file: display(entry),
        field: 'folder',
        message: `"${entry}" is not a locale of the site (expected one of: ${locales.join(', ')})`,
      });
    }
  }

  const parsedByLocale = new Map<Locale, ParsedArticle[]>();
  const filesByLocale = new Map<Locale, Set<string>>();
  const required = options.requiredLocales ?? [];
  for (const locale of locales) {
    const localeDir = path.join(contentDir, locale);
    if (!existsSync(localeDir)) {
      if (required.includes(locale)) {
        problems.push({ file: display(locale), field: 'folder', message: `missing: every locale needs its own folder` });
      }
      continue;
    }
    if (folder.kind(localeDir, display(locale), { quiet: true }) !== 'directory') {
      problems.push({ file: display(locale), field: 'folder', message: 'must be a folder holding the locale\'s categories.json, site.json and category folders' });
      continue;
    }
    const categories = loadJson(folder, path.join(localeDir, 'categories.json'), display(locale, 'categories.json'), categoriesFileSchema, problems) ?? [];
    const lists = loadJson(folder, path.join(localeDir, 'site.json'), display(locale, 'site.json'), siteFileSchema, problems);
    checkCategories(categories, display(locale, 'categories.json'), problems);
    if (localeInfo[locale].dir === 'rtl') problems.push(...stringIsolationProblems(display(locale, 'categories.json'), categories));

    const labels = markdownLabels(locale);
    const parsed: ParsedArticle[] = [];
    const articleFiles = new Set<string>();
    for (const entry of folder.list(localeDir, display(locale))) {
      // categories.json and site.json are read (and their problems reported) by loadJson.
      if (entry === 'categories.json' || entry === 'site.json') continue;
      const full = path.join(localeDir, entry);
      const kind = folder.kind(full, display(locale, entry));
      if (kind === undefined) continue;
      if (kind !== 'directory') {
        problems.push({
          file: display(locale, entry),
          field: 'file',
          message: 'articles go in a category folder: content/<locale>/<category>/<slug>.md',
        });
        continue;
      }
      if (!categories.some((category) => category.slug === entry)) {
        problems.push({
          file: display(locale, entry),
          field: 'folder',
          message: `"${entry}" is not a category in ${display(locale, 'categories.json')}${hint(entry, categories.map((c) => c.slug))}`,
        });
      }
      for (const fileName of folder.list(full, display(locale, entry))) {
        const file = display(locale, entry, fileName);
        const kind = folder.kind(path.join(full, fileName), file);
        if (kind === undefined) continue;
        if (!fileName.endsWith('.md')) {
          problems.push({ file, field: 'file', message: 'only Markdown articles (.md) belong in a category folder' });
          continue;
        }
        // Found, even if it cannot be read: its translations are not reported missing.
        articleFiles.add(`${entry}/${fileName}`);
        if (kind !== 'file') {
          problems.push({ file, field: 'file', message: 'is a folder: an article is a Markdown file, content/<locale>/<category>/<slug>.md' });
          continue;
        }
        const article = parseArticle(path.join(full, fileName), file, locale, entry, labels, problems);
        if (article) parsed.push(article);
      }
    }

    checkArticles(parsed, categories, display(locale, 'categories.json'), problems);
    parsedByLocale.set(locale, parsed);
    filesByLocale.set(locale, articleFiles);

    const published = sortArticles(
      parsed.map((item) => item.article).filter((article) => !article.draft),
      categories,
    );
    if (lists) checkLists(lists, published, display(locale, 'site.json'), problems);
    result.locales[locale] = {
      categories: [...categories].sort((a, b) => a.order - b.order),
      articles: published,
      lists: lists ?? { paymentFailed: [], popular: [] },
    };
  }

  for (const [locale, parsed] of parsedByLocale) {
    checkReferences(locale, parsed, result.locales, publicDir, problems);
  }
  checkTranslations(parsedByLocale, filesByLocale, result.locales, display, problems);
  return result;
}

/**
 * Every locale has the same categories and articles (same slugs, same folders), so a reader can
 * switch language on any page. Drafts count too: a draft in one language is a draft in all.
 */
function checkTranslations(
  parsedByLocale: Map<Locale, ParsedArticle[]>,
  filesByLocale: Map<Locale, Set<string>>,
  content: LoadedContent['locales'],
  display: (...parts: string[]) => string,
  problems: ContentProblem[],
) {
  const loaded = [...parsedByLocale.keys()];
  for (const locale of loaded) {
    for (const other of loaded) {
      if (other === locale) continue;
      // Every .md file found counts, read or not: a translation with a front-matter error is reported for that error alone.
      const theirs = filesByLocale.get(other) ?? new Set<string>();
      for (const { article } of parsedByLocale.get(locale)!) {
        const folder = path.posix.basename(path.posix.dirname(article.file));
        if (!theirs.has(`${folder}/${article.slug}.md`)) {
          problems.push({
            file: display(other, folder, `${article.slug}.md`),
            field: 'file',
            message: `missing: ${article.file} has no ${other} translation at this path`,
          });
        }
      }
      // An empty list is a categories.json that could not be read, reported as such.
      const theirCategories = new Set(content[other]?.categories.map((category) => category.slug));
      if (theirCategories.size === 0) continue;
      for (const category of content[locale]?.categories ?? []) {
        if (!theirCategories.has(category.slug)) {
          problems.push({
            file: display(other, 'categories.json'),
            field: category.slug,
            message: `missing: the category is listed in ${display(locale, 'categories.json')}`,
          });
        }
      }
    }
  }
}

function markdownLabels(locale: Locale): MarkdownLabels {
  const dictionary = getDictionary(locale);
  return {
    callout: dictionary.callout,
    opensInNewTab: dictionary.article.opensInNewTab,
    scrollableTable: dictionary.article.scrollableTable,
    dir: localeInfo[locale].dir,
    messageHelp: messageHelpLabels(locale),
  };
}

function hint(word: string, candidates: string[]): string {
  const close = suggest(word, candidates);
  return close ? ` (did you mean "${close}"?)` : '';
}

type EntryKind = 'file' | 'directory' | 'other';

/**
 * Lists and classifies what is in the content folder. A symbolic link is followed only while it
 * stays inside the folder: one that leads elsewhere (or nowhere) is reported and skipped, so a build
 * never publishes a file from outside content/. Unreadable entries are reported, never thrown.
 */
function contentFolder(contentDir: string, rootDisplay: string, problems: ContentProblem[]) {
  const realRoot = realpathSync(contentDir);
  const inside = (target: string) => target === realRoot || target.startsWith(realRoot + path.sep);
  return {
    list(dir: string, file: string): string[] {
      try {
        return readdirSync(dir).sort();
      } catch (error) {
        problems.push({ file, field: 'folder', message: `cannot be read (${errorCode(error)})` });
        return [];
      }
    },
    /** What `full` is, or undefined when it must not be read (reported unless `quiet`). */
    kind(full: string, file: string, { quiet = false } = {}): EntryKind | undefined {
      const report = (message: string) => {
        if (!quiet) problems.push({ file, field: 'file', message });
        return undefined;
      };
      try {
        let stats = lstatSync(full);
        if (stats.isSymbolicLink()) {
          let target: string;
          try {
            target = realpathSync(full);
          } catch {
            return report('a symbolic link to nothing: what it points to does not exist');
          }
          if (!inside(target)) return report(`a symbolic link that leads outside ${rootDisplay}/: articles and lists must live in the content folder`);
          stats = statSync(target);
        }
        return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
      } catch (error) {
        return report(`cannot be read (${errorCode(error)})`);
      }
    },
  };
}

type ContentFolder = ReturnType<typeof contentFolder>;

function errorCode(error: unknown): string {
  return (error as { code?: string }).code ?? String(error);
}

/** A text file as UTF-8, without the byte-order mark some editors on Windows write first. */
function readText(fullPath: string): string {
  return readFileSync(fullPath, 'utf8').replace(/^\uFEFF/, '');
}

function loadJson<T>(folder: ContentFolder, fullPath: string, file: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  if (!existsSync(fullPath) && !isBrokenLink(fullPath)) {
    problems.push({ file, field: 'file', message: 'missing' });
    return undefined;
  }
  const kind = folder.kind(fullPath, file);
  if (kind === undefined) return undefined;
  if (kind !== 'file') {
    problems.push({ file, field: 'file', message: 'must be a JSON file, not a folder' });
    return undefined;
  }
  const text = readText(fullPath);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    problems.push({ file, field: 'JSON', message: `syntax error: ${message}`, line });
    return undefined;
  }
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, file, [], '(whole file)'));
    return undefined;
  }
  return parsed.data;
}

/** Parse with `{ reportInput: true }`: Zod leaves `issue.input` out otherwise, and every wrong type would read as missing. */
function zodProblems(error: z.ZodError, file: string, knownKeys: string[], whole: string, line?: number): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.') || whole;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: [...issue.path.map(String), key].join('.'),
        message: `unknown field${hint(key, knownKeys)}`,
        line,
      }));
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return [{ file, field, message: `required field is missing (expected ${issue.expected})`, line }];
    }
    return [{ file, field, message: issue.message, line }];
  });
}

function isBrokenLink(fullPath: string): boolean {
  try {
    return lstatSync(fullPath).isSymbolicLink();
  } catch {
    return false;
  }
}

function parseArticle(
  fullPath: string,
  file: string,
  locale: Locale,
  folder: string,
  labels: MarkdownLabels,
  problems: ContentProblem[],
): ParsedArticle | undefined {
  let text: string;
  try {
    text = readText(fullPath);
  } catch (error) {
    problems.push({ file, field: 'file', message: `cannot be read (${errorCode(error)})` });
    return undefined;
  }
  const slug = path.basename(fullPath, '.md');
  let parsedMatter: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would otherwise hide a second parse error.
    parsedMatter = matter(text, {});
  } catch (error) {
    problems.push(frontMatterError(error, text, file));
    return undefined;
  }

  if (!text.startsWith('---')) {
    problems.push({ file, field: 'front matter', message: 'missing: an article starts with a --- block holding title, summary, category and updated', line: 1 });
    return undefined;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problems.push({ file, field: 'slug', message: 'the file name is the slug: use lower-case letters, digits and hyphens' });
  }

  const frontmatter = articleFrontmatterSchema.safeParse(withDateAsWritten(parsedMatter), { reportInput: true });
  if (!frontmatter.success) {
    problems.push(...zodProblems(frontmatter.error, file, frontmatterKeys, '(front matter)'));
    return undefined;
  }
  const data = frontmatter.data;
  if (data.category !== folder) {
    problems.push({
      file,
      field: 'category',
      message: `is "${data.category}" but the file is in the "${folder}" folder: move the file or fix the field`,
    });
  }

  const body = parsedMatter.content;
  if (body.trim() === '') {
    problems.push({ file, field: 'body', message: 'the article has no text after its front matter' });
  }
  // Lines in the rendered body count from the end of the front matter.
  const bodyOffset = text.slice(0, text.length - body.length).split('\n').length - 1;
  const tooDeep = tooDeeplyNested(body);
  if (tooDeep) {
    problems.push({ file, field: 'body', line: tooDeep.line + bodyOffset, message: tooDeep.message });
    return undefined;
  }
  let rendered: RenderedMarkdown;
  try {
    rendered = renderMarkdown(body, { ...labels, messages: data.errors });
  } catch (error) {
    const message = error instanceof RangeError ? 'nested too deeply to render (quotes, lists or HTML elements inside one another)' : `could not be rendered: ${String(error)}`;
    problems.push({ file, field: 'body', message });
    return undefined;
  }
  problems.push(...headingClashes(rendered.html, locale, file));
  for (const line of rendered.h1Lines) {
    problems.push({ file, field: 'body', line: line + bodyOffset, message: 'a "# " heading: the title is the page\'s only h1, start sections at "## "' });
  }
  for (const claim of findForbiddenClaims(body)) {
    problems.push({ file, field: 'body', line: claim.line + bodyOffset, message: forbiddenClaimMessage(claim) });
  }
  for (const [field, value] of [['title', data.title], ['summary', data.summary]] as const) {
    for (const claim of findForbiddenClaims(value)) problems.push({ file, field, message: forbiddenClaimMessage(claim) });
  }
  for (const field of ['keywords', 'errors'] as const) {
    data[field].forEach((value, index) => {
      for (const claim of findForbiddenClaims(value).filter((found) => found.kind === 'phone-number')) {
        problems.push({ file, field: `${field}.${index}`, message: forbiddenClaimMessage(claim) });
      }
    });
  }
  if (labels.dir === 'rtl') problems.push(...articleIsolationProblems(file, data, body, bodyOffset));
  const lineOf = (reference: { line?: number }) => (reference.line === undefined ? undefined : reference.line + bodyOffset);
  rendered.links = rendered.links.map((link) => ({ ...link, line: lineOf(link) }));
  rendered.images = rendered.images.map((image) => ({ ...image, line: lineOf(image) }));

  return {
    rendered,
    article: {
      ...data,
      locale,
      slug,
      file,
      html: rendered.html,
      headings: rendered.headings,
      sections: rendered.sections,
      readingMinutes: readingMinutes(rendered.wordCount),
    },
  };
}

/** Deeper than any article needs, well short of what overflows the Markdown parser's stack or slows it down. */
const maxNesting = 32;
/** Longer runs of `*`, `_`, `~` or `[` cost the Markdown parser time that grows with the square of the run. */
const maxMarkerRun = 64;
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Finds nesting no article needs, before the Markdown parser meets it: quotes or list items inside
 * one another more than `maxNesting` deep, HTML elements opened inside one another more than
 * `maxNesting * 4` deep, and runs of emphasis or bracket markers. One pass over the text.
 */
function tooDeeplyNested(body: string): { line: number; message: string } | undefined {
  const lines = body.split('\n');
  const containers = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;
  let htmlDepth = 0;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    const prefix = containers.exec(text)?.[0] ?? '';
    const markers = prefix.replace(/[^>\-*+.)]/g, '').length;
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (markers > maxNesting || indent > maxNesting * 2) {
      return { line, message: `nested more than ${maxNesting} levels deep (quotes or lists inside one another): no article needs that many, and the page cannot be built from it` };
    }
    const run = /([*_~[])\1{63,}/.exec(text);
    if (run) {
      return { line, message: `a run of more than ${maxMarkerRun} "${run[1]}" characters: write fewer (escape them as \\${run[1]} if they are meant as text)` };
    }
    for (const tag of text.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g)) {
      if (voidElements.has(tag[2]!.toLowerCase()) || tag[3]) continue;
      htmlDepth = tag[1] ? Math.max(0, htmlDepth - 1) : htmlDepth + 1;
      if (htmlDepth > maxNesting * 4) {
        return { line, message: `HTML elements opened inside one another more than ${maxNesting * 4} deep: no article needs that many, and the page cannot be built from it` };
      }
    }
  }
  return undefined;
}

/**
 * Headings that would take an id of the page's own parts (#sources, #related, …) or repeat the title
 * of one of its sections ("Still need help?" above the page's own "Still need help?" box).
 */
function headingClashes(html: string, locale: Locale, file: string): ContentProblem[] {
  const { article } = getDictionary(locale);
  const reservedIds = new Map<string, string>(Object.values(articlePageIds).map((id) => [id, id]));
  const sectionTitles = new Map(
    [article.sourcesTitle, article.relatedTitle, article.stillNeedHelpTitle, article.tocTitle].map((title) => [comparable(title), title]),
  );
  const problems: ContentProblem[] = [];
  for (const heading of html.matchAll(/<h[1-6] id="([^"]*)"[^>]*>([\s\S]*?)<\/h[1-6]>/g)) {
    const id = heading[1]!;
    const text = heading[2]!.replace(/<[^>]*>/g, '').trim();
    if (reservedIds.has(id)) {
      problems.push({ file, field: 'body', message: `heading "${text}" gets the id "${id}", which the page already gives its own part around the article: the table of contents and links to #${id} would lead there; rename the heading` });
    } else if (sectionTitles.has(comparable(text))) {
      problems.push({ file, field: 'body', message: `heading "${text}" repeats the title of the page's own "${sectionTitles.get(comparable(text))}" section: rename the heading` });
    }
  }
  return problems;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}

function frontMatterError(error: unknown, text: string, file: string): ContentProblem {
  const field = 'front matter';
  if (error instanceof RangeError) {
    return { file, field, message: 'nested too deeply to read: lists and maps in front matter go a few levels deep at most' };
  }
  const yamlError = error as { name?: string; reason?: string; mark?: { line: number; column: number } };
  if (yamlError.name !== 'YAMLException') return { file, field, message: `unreadable: ${String(error)}` };
  // gray-matter hands YAML the text from the end of the opening `---`, so YAML's line 0 is line 1 of the file.
  const reported = yamlError.mark ? yamlError.mark.line + 1 : undefined;
  // YAML notices an unclosed quote or bracket only where the text runs out; the author wants the line it opened on.
  const reason = yamlError.reason ?? 'unreadable';
  const opened = /end of the stream|flow collection|quoted scalar/.test(reason) ? unclosed(text) : undefined;
  if (opened && (reported === undefined || opened.line < reported)) {
    return {
      file,
      field,
      message: `YAML syntax error: the ${opened.char === '[' || opened.char === '{' ? 'bracket' : 'quote'} ${opened.char} opened on this line is never closed (YAML noticed on line ${reported ?? 'the last'}: ${reason})`,
      line: opened.line,
    };
  }
  return { file, field, message: `YAML syntax error: ${reason}${yamlError.mark ? ` (column ${yamlError.mark.column + 1})` : ''}`, line: reported };
}

/**
 * The quote or flow bracket (`[`, `{`) in the front matter that is never closed,
 * scanning as YAML does: quotes and brackets open a value only at its start, `#` after a space is a
 * comment, `''` inside single quotes and `\"` inside double quotes are escapes.
 */
function unclosed(text: string): { char: string; line: number } | undefined {
  const end = text.indexOf('\n---', 3);
  const block = text.slice(3, end === -1 ? text.length : end);
  const brackets: { char: string; line: number }[] = [];
  let quote: { char: string; line: number } | undefined;
  let line = 1;
  let previous = '\n';
  for (let i = 0; i < block.length; i++) {
    const char = block[i]!;
    if (char === '\n') {
      line++;
      if (!quote) previous = '\n';
      continue;
    }
    if (quote) {
      if (quote.char === '"' && char === '\\') i++;
      else if (char === quote.char && quote.char === "'" && block[i + 1] === "'") i++;
      else if (char === quote.char) quote = undefined;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    const atValueStart = previous === '\n' || ':-[{,'.includes(previous);
    if (char === '#' && (previous === '\n' || /\s/.test(block[i - 1] ?? ''))) {
      const lineEnd = block.indexOf('\n', i);
      i = (lineEnd === -1 ? block.length : lineEnd) - 1;
      continue;
    }
    if ((char === '"' || char === "'") && atValueStart) quote = { char, line };
    else if ((char === '[' || char === '{') && atValueStart) brackets.push({ char, line });
    else if ((char === ']' || char === '}') && brackets.length > 0) brackets.pop();
    previous = char;
  }
  return quote ?? brackets[0];
}

/**
 * YAML reads an unquoted `updated: 2026-02-30` as 2 March without complaint; handing the schema the
 * date as written lets it reject the impossible day.
 */
function withDateAsWritten(parsed: matter.GrayMatterFile<string>): unknown {
  const written = /^updated:[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*(?:#[^\n]*)?\r?$/m.exec(parsed.matter)?.[1];
  return parsed.data.updated instanceof Date && written ? { ...parsed.data, updated: written } : parsed.data;
}

function forbiddenClaimMessage(claim: ForbiddenClaim): string {
  if (claim.kind === 'phone-number') {
    return `"${claim.text}" looks like a phone number: the site publishes none (send readers to the number on the back of their card, or to the company's own site)`;
  }
  if (claim.kind === 'kpay-suffix-rule') {
    return `"${claim.text}": "ends in kpay.com.kw" lets secure-kpay.com.kw pass; say the address is kpay.com.kw itself or ends in ".kpay.com.kw" (a dot right before kpay)`;
  }
  return `"${claim.text}" states that Amazon accepts KNET, which no source supports (see FACTS.md)`;
}

function checkCategories(categories: Category[], file: string, problems: ContentProblem[]) {
  const seen = new Set<string>();
  categories.forEach((category, index) => {
    if (seen.has(category.slug)) {
      problems.push({ file, field: `${index}.slug`, message: `"${category.slug}" is listed twice` });
    }
    seen.add(category.slug);
  });
}

function checkArticles(parsed: ParsedArticle[], categories: Category[], categoriesFile: string, problems: ContentProblem[]) {
  const bySlug = new Map<string, ParsedArticle[]>();
  for (const item of parsed) {
    const { article } = item;
    if (!categories.some((category) => category.slug === article.category)) {
      problems.push({
        file: article.file,
        field: 'category',
        message: `unknown category "${article.category}"${hint(article.category, categories.map((c) => c.slug))}; categories are listed in ${categoriesFile}`,
      });
    }
    bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), item]);
  }
  for (const [slug, items] of bySlug) {
    if (items.length < 2) continue;
    for (const { article } of items) {
      const others = items.filter((other) => other.article !== article).map((other) => other.article.file);
      problems.push({ file: article.file, field: 'slug', message: `duplicate slug "${slug}", also used by ${others.join(', ')}` });
    }
  }
  const published = parsed.filter((item) => !item.article.draft);
  for (const category of categories) {
    if (!published.some((item) => item.article.category === category.slug)) {
      problems.push({ file: categoriesFile, field: category.slug, message: 'the category has no published article' });
    }
  }
}

function checkLists(lists: SiteLists, articles: Article[], file: string, problems: ContentProblem[]) {
  const slugs = articles.map((article) => article.slug);
  const known = new Set(slugs);
  const check = (field: string, slug: string) => {
    if (known.has(slug)) return true;
    problems.push({ file, field, message: `no published article "${slug}"${hint(slug, slugs)}` });
    return false;
  };
  lists.paymentFailed.forEach((slug, index) => check(`paymentFailed.${index}`, slug));
  lists.popular.forEach((slug, index) => check(`popular.${index}`, slug));
  if (lists.messagesArticle !== undefined && check('messagesArticle', lists.messagesArticle)) {
    const article = articles.find((candidate) => candidate.slug === lists.messagesArticle);
    if (!article?.headings.some((heading) => heading.depth === 3)) {
      problems.push({ file, field: 'messagesArticle', message: `"${lists.messagesArticle}" has no ### headings (one per message) for the home page to offer` });
    }
  }
}

const unsafeUrl = /^\s*(javascript|vbscript|data|file):/i;

/** Every related slug, internal link, heading anchor and image must lead somewhere real. */
function checkReferences(
  locale: Locale,
  parsed: ParsedArticle[],
  content: LoadedContent['locales'],
  publicDir: string,
  problems: ContentProblem[],
) {
  const published = articlesBySlug(content[locale]?.articles ?? []);
  const publishedSlugs = [...published.keys()];

  for (const { article, rendered } of parsed) {
    const { file } = article;
    article.related.forEach((slug, index) => {
      if (slug === article.slug) problems.push({ file, field: `related.${index}`, message: 'an article cannot be related to itself' });
      else if (!published.has(slug)) {
        problems.push({ file, field: `related.${index}`, message: `no published article "${slug}"${hint(slug, publishedSlugs)}` });
      }
    });

    for (const link of rendered.links) {
      const reason = brokenLinkReason(link.url, article, content);
      if (reason) problems.push({ file, field: 'body', line: link.line, message: `link "${link.url}" ${reason}` });
    }

    for (const image of rendered.images) {
      const where = { file, field: 'body', line: image.line };
      if (!image.alt.trim()) problems.push({ ...where, message: `image "${image.url}" needs alt text that says what it shows` });
      const reason = brokenImageReason(image.url, publicDir);
      if (reason) problems.push({ ...where, message: `image "${image.url}" ${reason}` });
    }
  }
}

function brokenImageReason(url: string, publicDir: string): string | undefined {
  if (unsafeUrl.test(url) || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    return 'must be a file of this site (a path such as /illustrations/knet-flow.svg)';
  }
  if (!url.startsWith('/')) return 'does not exist in public/';
  let sitePath: string;
  try {
    sitePath = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return 'has a malformed percent-encoding (% must be followed by two hexadecimal digits of UTF-8)';
  }
  // Browsers resolve `..` (and %2e%2e) before asking, so `/../x` means `/x`; on disk it would leave public/.
  const root = path.resolve(publicDir);
  const target = path.resolve(root, `.${sitePath}`);
  if (sitePath.split(/[/\\]/).includes('..') || !(target === root || target.startsWith(root + path.sep))) {
    return 'climbs out of public/ with "..": write the path from public/, such as /illustrations/knet-flow.svg';
  }
  if (!existsSync(target)) return 'does not exist in public/';
  // A symbolic link in public/ that leads elsewhere would publish a file from outside it.
  const realRoot = realpathSync(root);
  const real = realpathSync(target);
  if (!(real === realRoot || real.startsWith(realRoot + path.sep))) return 'is a symbolic link that leads outside public/';
  return undefined;
}

function brokenLinkReason(url: string, from: Article, content: LoadedContent['locales']): string | undefined {
  if (unsafeUrl.test(url)) return 'uses an unsafe scheme and will be removed';
  if (/^https?:/i.test(url)) return hasUserInfo(url) ? userInfoMessage : undefined;
  if (/^mailto:/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return 'uses a scheme the site does not link to (use https://)';

  const [pathPart = '', encodedAnchor] = url.split('#') as [string, string | undefined];
  // Non-Latin heading ids (Arabic) reach the link percent-encoded.
  const anchor = encodedAnchor === undefined ? undefined : safeDecode(encodedAnchor);
  if (pathPart === '') {
    return anchor && !from.headings.some((heading) => heading.id === anchor)
      ? `points to "#${anchor}", which is not a heading of this article${hint(anchor, from.headings.map((h) => h.id))}`
      : undefined;
  }
  if (!pathPart.startsWith('/')) return `is relative: write the site path, such as /${from.locale}/articles/<slug>`;

  const locale = pathPart.split('/')[1] ?? '';
  if (!isLocale(locale)) return `must start with a locale (/${locales.join(', /')})`;
  const page = parsePath(pathPart);
  const localeContent = content[locale];
  if (page?.kind === 'home' || page?.kind === 'search' || (page?.kind === 'contact' && page.problem === undefined)) {
    return anchor ? 'has an anchor, but only article headings can be linked to' : undefined;
  }
  if (page?.kind === 'category') {
    const slugs = localeContent?.categories.map((category) => category.slug) ?? [];
    return slugs.includes(page.category) ? undefined : `points to an unknown category${hint(page.category, slugs)}`;
  }
  if (page?.kind === 'article') {
    const { slug } = page;
    const target = articlesBySlug(localeContent?.articles ?? []).get(slug);
    if (!target) return `points to no published article${hint(slug, localeContent?.articles.map((a) => a.slug) ?? [])}`;
    if (anchor && !target.headings.some((heading) => heading.id === anchor)) {
      return `points to "#${anchor}", which is not a heading of "${slug}"${hint(anchor, target.headings.map((h) => h.id))}`;
    }
    return undefined;
  }
  return 'is not a page of the site';
}

const slugIndexes = new WeakMap<Article[], Map<string, Article>>();

/** A locale's articles by slug, built once per list: looking links up stays linear in the library's size. */
function articlesBySlug(articles: Article[]): Map<string, Article> {
  let index = slugIndexes.get(articles);
  if (!index) {
    index = new Map(articles.map((article) => [article.slug, article]));
    slugIndexes.set(articles, index);
  }
  return index;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Category order, then each article's `order`, then title. */
export function sortArticles(articles: Article[], categories: Category[]): Article[] {
  const categoryOrder = new Map(categories.map((category) => [category.slug, category.order]));
  return [...articles].sort(
    (a, b) =>
      (categoryOrder.get(a.category) ?? Infinity) - (categoryOrder.get(b.category) ?? Infinity) ||
      (a.order ?? Infinity) - (b.order ?? Infinity) ||
      a.title.localeCompare(b.title, a.locale),
  );
}
