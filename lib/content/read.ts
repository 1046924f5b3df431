import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { getDictionary, isLocale, localeInfo, locales, pendingLocales, type Locale } from '../i18n';
import { messageHelpLabels } from '../contact/message-steps';
import { siteUrl } from '../site';
import { hint, type ContentProblem } from './problems';
import { renderMarkdown, readingMinutes, type MarkdownLabels, type RenderedMarkdown } from './markdown';
import { resolvePublicFile } from './public-files';
import {
  articleFrontmatterSchema,
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


/** An SVG illustration an article shows, read so that rules can check the text drawn in it. */
export interface Illustration {
  /** Path from the project root, for messages, e.g. `public/illustrations/knet-flow-ar.svg`. */
  file: string;
  text: string;
}

/** One article as read: what the site gets, and what the rules need to check it. */
export interface ParsedArticle {
  article: Article;
  /** The rendered body; its links and images carry their line in the file. */
  rendered: RenderedMarkdown;
  /** The category folder the file is in (its `category` field may name another). */
  folder: string;
  /** The Markdown after the front matter. */
  body: string;
  /** Lines of the file before the body: a body line plus this is the line in the file. */
  bodyOffset: number;
  /** The SVG images of the body that exist in public/, each read once however many articles show it. */
  illustrations: Illustration[];
}

/** Everything read for one locale. */
export interface LocaleSource {
  locale: Locale;
  /** As written in categories.json (problems name entries by index); empty when it could not be read. */
  categories: Category[];
  categoriesFile: string;
  /** Undefined when site.json could not be read (the reader reports why). */
  lists: SiteLists | undefined;
  siteFile: string;
  /** Every article read, drafts included, in folder then file-name order. */
  articles: ParsedArticle[];
  /** `<folder>/<file>.md` of every Markdown file found, read or not. */
  articleFiles: Set<string>;
  /** Every folder in the locale folder, a category or not. */
  folders: string[];
  /** What the site gets: categories in their order, published articles sorted, the lists. */
  content: LocaleContent;
}

export interface ReadContent {
  contentDir: string;
  locales: Partial<Record<Locale, LocaleSource>>;
  /** What could not be read or parsed, each naming its file and field. */
  problems: ContentProblem[];
  publicDir: string;
  /** A path inside the content folder, as messages name it: `display('en', 'site.json')`. */
  display: (...parts: string[]) => string;
}

export interface ReadOptions {
  /** Where `/illustrations/...` and other site paths used by images live. Defaults to `<contentDir>/../public`. */
  publicDir?: string;
  /** Prefix for file names in messages, usually the path from the project root to `contentDir`. */
  displayRoot?: string;
  /** The same for files in `publicDir`. Defaults to its path from the working directory. */
  publicDisplayRoot?: string;
  /**
   * Locales whose folder must exist: all of them for the site. Otherwise only the locale folders
   * present are loaded (a fixture may hold English alone).
   */
  requiredLocales?: readonly Locale[];
}

const frontmatterKeys = Object.keys(articleFrontmatterSchema.shape);

/**
 * Reads and parses everything under `contentDir`: locale folders, categories.json and site.json
 * against their schemas, every article's front matter and rendered body, and the SVG illustrations
 * articles show. It never throws for bad content and checks nothing it does not need to read: what
 * cannot be read or parsed is returned as problems, each naming its file and field; the rules in
 * `rules/` check the rest.
 */
export function readContent(contentDir: string, options: ReadOptions = {}): ReadContent {
  const publicDir = options.publicDir ?? path.join(contentDir, '..', 'public');
  const displayRoot = options.displayRoot ?? path.relative(process.cwd(), contentDir);
  const display = (...parts: string[]) => path.posix.join(displayRoot.split(path.sep).join('/'), ...parts);
  const publicDisplayRoot = (options.publicDisplayRoot ?? path.relative(process.cwd(), publicDir)).split(path.sep).join('/');
  const problems: ContentProblem[] = [];
  const result: ReadContent = { contentDir, locales: {}, problems, publicDir, display };

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    problems.push({ file: display(), field: 'folder', message: 'the content folder does not exist' });
    return result;
  }
  const folder = contentFolder(contentDir, display(), problems);
  const illustrations = illustrationReader(publicDir, publicDisplayRoot, problems);

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
    const categoriesFile = display(locale, 'categories.json');
    const siteFile = display(locale, 'site.json');
    const categories = loadJson(folder, path.join(localeDir, 'categories.json'), categoriesFile, categoriesFileSchema, problems) ?? [];
    const lists = loadJson(folder, path.join(localeDir, 'site.json'), siteFile, siteFileSchema, problems);

    const labels = markdownLabels(locale);
    const articles: ParsedArticle[] = [];
    const articleFiles = new Set<string>();
    const folders: string[] = [];
    for (const entry of folder.list(localeDir, display(locale))) {
      // categories.json and site.json are read (and their problems reported) by loadJson; search-words.json by lib/search/words-data.ts.
      if (entry === 'categories.json' || entry === 'site.json' || entry === 'search-words.json') continue;
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
      folders.push(entry);
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
        if (article) articles.push({ ...article, illustrations: illustrations(article.rendered.images.map((image) => image.url)) });
      }
    }

    const published = sortArticles(
      articles.map((item) => item.article).filter((article) => !article.draft),
      categories,
    );
    result.locales[locale] = {
      locale,
      categories,
      categoriesFile,
      lists,
      siteFile,
      articles,
      articleFiles,
      folders,
      content: {
        categories: [...categories].sort((a, b) => a.order - b.order),
        articles: published,
        lists: lists ?? { paymentFailed: [], popular: [] },
      },
    };
  }
  return result;
}

/**
 * Reads the SVG files among image addresses, each file once. Addresses that lead nowhere, or out of
 * public/, are left to the images rule to report.
 */
function illustrationReader(publicDir: string, publicDisplayRoot: string, problems: ContentProblem[]) {
  const read = new Map<string, Illustration | undefined>();
  return (urls: string[]): Illustration[] =>
    urls.flatMap((url) => {
      if (!/\.svg$/i.test(url.split(/[?#]/)[0]!)) return [];
      const resolved = resolvePublicFile(url, publicDir);
      if (!('path' in resolved)) return [];
      if (!read.has(resolved.path)) {
        const file = path.posix.join(publicDisplayRoot, path.relative(publicDir, resolved.path).split(path.sep).join('/'));
        try {
          read.set(resolved.path, { file, text: readText(resolved.path) });
        } catch (error) {
          problems.push({ file, field: 'file', message: `cannot be read (${errorCode(error)})` });
          read.set(resolved.path, undefined);
        }
      }
      return read.get(resolved.path) ?? [];
    });
}

function markdownLabels(locale: Locale): MarkdownLabels {
  const dictionary = getDictionary(locale);
  return {
    callout: dictionary.callout,
    opensInNewTab: dictionary.article.opensInNewTab,
    scrollableTable: dictionary.article.scrollableTable,
    dir: localeInfo[locale].dir,
    messageHelp: messageHelpLabels(locale),
    siteUrl,
  };
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
): Omit<ParsedArticle, 'illustrations'> | undefined {
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

  const frontmatter = articleFrontmatterSchema.safeParse(withDateAsWritten(parsedMatter), { reportInput: true });
  if (!frontmatter.success) {
    problems.push(...zodProblems(frontmatter.error, file, frontmatterKeys, '(front matter)'));
    return undefined;
  }
  const data = frontmatter.data;

  const body = parsedMatter.content;
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
  const lineOf = (reference: { line?: number }) => (reference.line === undefined ? undefined : reference.line + bodyOffset);
  rendered.links = rendered.links.map((link) => ({ ...link, line: lineOf(link) }));
  rendered.images = rendered.images.map((image) => ({ ...image, line: lineOf(image) }));

  return {
    rendered,
    folder,
    body,
    bodyOffset,
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
