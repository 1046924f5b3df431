import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { getDictionary, isLocale, localeInfo, locales, pendingLocales, type Locale } from '../i18n';
import { parsePath } from '../paths';
import { articleIsolationProblems, stringIsolationProblems } from './bidi';
import { findForbiddenClaims, type ForbiddenClaim } from './claims';
import { type ContentProblem, suggest } from './problems';
import { renderMarkdown, readingMinutes, type MarkdownLabels, type RenderedMarkdown } from './markdown';
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

  if (!existsSync(contentDir)) {
    problems.push({ file: display(), field: 'folder', message: 'the content folder does not exist' });
    return result;
  }

  for (const entry of readdirSync(contentDir).sort()) {
    const full = path.join(contentDir, entry);
    if (!statSync(full).isDirectory()) continue;
    if (!isLocale(entry) && !pendingLocales.includes(entry)) {
      problems.push({
        file: display(entry),
        field: 'folder',
        message: `"${entry}" is not a locale of the site (expected one of: ${locales.join(', ')})`,
      });
    }
  }

  const parsedByLocale = new Map<Locale, ParsedArticle[]>();
  const required = options.requiredLocales ?? [];
  for (const locale of locales) {
    const localeDir = path.join(contentDir, locale);
    if (!existsSync(localeDir)) {
      if (required.includes(locale)) {
        problems.push({ file: display(locale), field: 'folder', message: `missing: every locale needs its own folder` });
      }
      continue;
    }
    const categories = loadJson(path.join(localeDir, 'categories.json'), display(locale, 'categories.json'), categoriesFileSchema, problems) ?? [];
    const lists = loadJson(path.join(localeDir, 'site.json'), display(locale, 'site.json'), siteFileSchema, problems);
    checkCategories(categories, display(locale, 'categories.json'), problems);
    if (localeInfo[locale].dir === 'rtl') problems.push(...stringIsolationProblems(display(locale, 'categories.json'), categories));

    const labels = markdownLabels(locale);
    const parsed: ParsedArticle[] = [];
    for (const entry of readdirSync(localeDir).sort()) {
      const full = path.join(localeDir, entry);
      if (!statSync(full).isDirectory()) {
        if (entry !== 'categories.json' && entry !== 'site.json') {
          problems.push({
            file: display(locale, entry),
            field: 'file',
            message: 'articles go in a category folder: content/<locale>/<category>/<slug>.md',
          });
        }
        continue;
      }
      if (!categories.some((category) => category.slug === entry)) {
        problems.push({
          file: display(locale, entry),
          field: 'folder',
          message: `"${entry}" is not a category in ${display(locale, 'categories.json')}${hint(entry, categories.map((c) => c.slug))}`,
        });
      }
      for (const fileName of readdirSync(full).sort()) {
        const file = display(locale, entry, fileName);
        if (!fileName.endsWith('.md')) {
          problems.push({ file, field: 'file', message: 'only Markdown articles (.md) belong in a category folder' });
          continue;
        }
        const article = parseArticle(path.join(full, fileName), file, locale, entry, labels, problems);
        if (article) parsed.push(article);
      }
    }

    checkArticles(parsed, categories, display(locale, 'categories.json'), problems);
    parsedByLocale.set(locale, parsed);

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
  checkTranslations(parsedByLocale, result.locales, display, problems);
  return result;
}

/**
 * Every locale has the same categories and articles (same slugs, same folders), so a reader can
 * switch language on any page. Drafts count too: a draft in one language is a draft in all.
 */
function checkTranslations(
  parsedByLocale: Map<Locale, ParsedArticle[]>,
  content: LoadedContent['locales'],
  display: (...parts: string[]) => string,
  problems: ContentProblem[],
) {
  const loaded = [...parsedByLocale.keys()];
  for (const locale of loaded) {
    for (const other of loaded) {
      if (other === locale) continue;
      const theirs = new Set(parsedByLocale.get(other)!.map(({ article }) => `${article.category}/${article.slug}`));
      for (const { article } of parsedByLocale.get(locale)!) {
        if (!theirs.has(`${article.category}/${article.slug}`)) {
          problems.push({
            file: display(other, article.category, `${article.slug}.md`),
            field: 'file',
            message: `missing: ${article.file} has no ${other} translation at this path`,
          });
        }
      }
      const theirCategories = new Set(content[other]?.categories.map((category) => category.slug));
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
  };
}

function hint(word: string, candidates: string[]): string {
  const close = suggest(word, candidates);
  return close ? ` (did you mean "${close}"?)` : '';
}

function loadJson<T>(fullPath: string, file: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  if (!existsSync(fullPath)) {
    problems.push({ file, field: 'file', message: 'missing' });
    return undefined;
  }
  const text = readFileSync(fullPath, 'utf8');
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

function parseArticle(
  fullPath: string,
  file: string,
  locale: Locale,
  folder: string,
  labels: MarkdownLabels,
  problems: ContentProblem[],
): ParsedArticle | undefined {
  const text = readFileSync(fullPath, 'utf8');
  const slug = path.basename(fullPath, '.md');
  let parsedMatter: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would otherwise hide a second parse error.
    parsedMatter = matter(text, {});
  } catch (error) {
    const yamlError = error as { name?: string; reason?: string; mark?: { line: number; column: number } };
    if (yamlError.name === 'YAMLException') {
      problems.push({
        file,
        field: 'front matter',
        message: `YAML syntax error: ${yamlError.reason ?? 'unreadable'}${yamlError.mark ? ` (column ${yamlError.mark.column + 1})` : ''}`,
        // gray-matter hands YAML the text from the end of the opening `---`, so YAML's line 0 is line 1 of the file.
        line: yamlError.mark ? yamlError.mark.line + 1 : undefined,
      });
    } else {
      problems.push({ file, field: 'front matter', message: `unreadable: ${String(error)}` });
    }
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
  const rendered = renderMarkdown(body, labels);
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
  const check = (field: string, slug: string) => {
    if (slugs.includes(slug)) return true;
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
  const articlesOf = (target: Locale) => content[target]?.articles ?? [];
  const publishedSlugs = articlesOf(locale).map((article) => article.slug);

  for (const { article, rendered } of parsed) {
    const { file } = article;
    article.related.forEach((slug, index) => {
      if (slug === article.slug) problems.push({ file, field: `related.${index}`, message: 'an article cannot be related to itself' });
      else if (!publishedSlugs.includes(slug)) {
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
      if (unsafeUrl.test(image.url) || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.url)) {
        problems.push({ ...where, message: `image "${image.url}" must be a file of this site (a path such as /illustrations/knet-flow.svg)` });
      } else if (!image.url.startsWith('/') || !existsSync(path.join(publicDir, decodeURI(image.url.split(/[?#]/)[0]!)))) {
        problems.push({ ...where, message: `image "${image.url}" does not exist in public/` });
      }
    }
  }
}

function brokenLinkReason(url: string, from: Article, content: LoadedContent['locales']): string | undefined {
  if (unsafeUrl.test(url)) return 'uses an unsafe scheme and will be removed';
  if (/^(https?:|mailto:)/i.test(url)) return undefined;
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
    const target = localeContent?.articles.find((article) => article.slug === slug);
    if (!target) return `points to no published article${hint(slug, localeContent?.articles.map((a) => a.slug) ?? [])}`;
    if (anchor && !target.headings.some((heading) => heading.id === anchor)) {
      return `points to "#${anchor}", which is not a heading of "${slug}"${hint(anchor, target.headings.map((h) => h.id))}`;
    }
    return undefined;
  }
  return 'is not a page of the site';
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
