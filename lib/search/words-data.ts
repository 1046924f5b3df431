import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { LocaleContent } from '../content/load';
import type { ContentProblem } from '../content/problems';
import type { Locale } from '../i18n/config';
import { normalizeText, normalizeWords, textRules } from './normalize';
import { emptySearchWords, type SearchWords } from './words';
import { searchTranslationsSchema, searchWordsSchema, type SearchTranslationsFile, type SearchWordsFile } from './words-schema';

/**
 * Reading and checking the editors' search words (`words-schema.ts`) at build time: the files'
 * places, a reader that knows the line of every value, and `checkSearchWords`, which reports every
 * problem at once as `file:line: field — reason`.
 */

export const searchWordsFileName = 'search-words.json';
export const searchTranslationsFileName = 'search-translations.json';

type JsonPath = (string | number)[];

/** A JSON text's value, the line each value starts on, and the keys an object repeats (which `JSON.parse` silently drops). */
interface LocatedJson {
  value: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  repeatedKeys: { path: JsonPath; line: number }[];
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Parses JSON and records where each value starts. Throws `JsonSyntaxError` with the line of the mistake. */
function parseLocatedJson(text: string): LocatedJson {
  const lines = new Map<string, number>();
  const repeatedKeys: LocatedJson['repeatedKeys'] = [];
  let at = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at line ${line}`, line);
  };
  const skip = () => {
    while (at < text.length && /\s/.test(text[at]!)) {
      if (text[at] === '\n') line++;
      at++;
    }
  };
  const literal = (word: string, value: unknown) => {
    if (!text.startsWith(word, at)) fail(`unexpected "${text[at]}"`);
    at += word.length;
    return value;
  };
  const string = (): string => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\n') fail('a line break inside a string');
      at += text[at] === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail('a string that never ends');
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (where: JsonPath): unknown => {
    skip();
    lines.set(JSON.stringify(where), line);
    const char = text[at];
    if (char === '{') {
      at++;
      const object: Record<string, unknown> = {};
      skip();
      if (text[at] === '}') {
        at++;
        return object;
      }
      for (;;) {
        skip();
        if (text[at] !== '"') fail('expected a quoted key');
        const keyLine = line;
        const key = string();
        skip();
        if (text[at] !== ':') fail('expected ":" after a key');
        at++;
        if (Object.hasOwn(object, key)) repeatedKeys.push({ path: [...where, key], line: keyLine });
        object[key] = value([...where, key]);
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === '}') {
          at++;
          return object;
        } else fail('expected "," or "}"');
      }
    }
    if (char === '[') {
      at++;
      const array: unknown[] = [];
      skip();
      if (text[at] === ']') {
        at++;
        return array;
      }
      for (;;) {
        array.push(value([...where, array.length]));
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === ']') {
          at++;
          return array;
        } else fail('expected "," or "]"');
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true', true);
    if (char === 'f') return literal('false', false);
    if (char === 'n') return literal('null', null);
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!number) return fail(char === undefined ? 'the file ends too early' : `unexpected "${char}"`);
    at += number[0].length;
    return Number(number[0]);
  };
  const parsed = value([]);
  skip();
  if (at < text.length) fail('text after the end of the JSON value');
  return {
    value: parsed,
    repeatedKeys,
    lineOf(where) {
      // The deepest known value along the path: an unknown key's line is its object's.
      for (let depth = where.length; depth >= 0; depth--) {
        const found = lines.get(JSON.stringify(where.slice(0, depth)));
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
}

interface ReadFile<T> {
  data?: T;
  located?: LocatedJson;
  problems: ContentProblem[];
}

function readWordsFile<T>(fullPath: string, file: string, schema: z.ZodType<T>): ReadFile<T> {
  if (!existsSync(fullPath)) return { problems: [{ file, field: 'file', message: 'missing: search needs it (an empty object {} will do)' }] };
  let located: LocatedJson;
  try {
    located = parseLocatedJson(readFileSync(fullPath, 'utf8'));
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { problems: [{ file, field: 'JSON', message: `syntax error: ${error.message}`, line: error.line }] };
    return { problems: [{ file, field: 'file', message: `cannot be read (${String(error)})` }] };
  }
  const problems: ContentProblem[] = located.repeatedKeys.map(({ path: where, line }) => ({
    file,
    field: where.join('.'),
    message: 'listed twice: JSON keeps only the last one',
    line,
  }));
  const parsed = schema.safeParse(located.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      for (const where of keys) {
        problems.push({
          file,
          field: where.map(String).join('.') || '(whole file)',
          message: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
          line: located.lineOf(where),
        });
      }
    }
    return { located, problems };
  }
  return { data: parsed.data, located, problems };
}

const display = (displayRoot: string, ...parts: string[]) => path.posix.join(displayRoot.split(path.sep).join('/'), ...parts);

/** A locale's words file and the shared translations, read and validated; `words` is undefined when either has a problem. */
function readSearchWords(contentDir: string, locale: Locale, displayRoot: string) {
  const wordsFile = display(displayRoot, locale, searchWordsFileName);
  const translationsFile = display(displayRoot, searchTranslationsFileName);
  const own = readWordsFile<SearchWordsFile>(path.join(contentDir, locale, searchWordsFileName), wordsFile, searchWordsSchema);
  const shared = readWordsFile<SearchTranslationsFile>(path.join(contentDir, searchTranslationsFileName), translationsFile, searchTranslationsSchema);
  const words: SearchWords | undefined = own.data && shared.data ? { ...own.data, translations: shared.data.translations } : undefined;
  return { own, shared, wordsFile, translationsFile, words };
}

function hasSearchWords(contentDir: string, locale: Locale): boolean {
  return existsSync(path.join(contentDir, locale, searchWordsFileName)) || existsSync(path.join(contentDir, searchTranslationsFileName));
}

/**
 * A locale's search words for the build: its file with the shared translations. Throws, naming every
 * problem, when they are invalid (`content:check` reports the same first). A content folder without
 * any search words (a test fixture) searches without them.
 */
export function loadSearchWords(contentDir: string, locale: Locale): SearchWords {
  if (!hasSearchWords(contentDir, locale)) return emptySearchWords;
  const { own, shared, words } = readSearchWords(contentDir, locale, path.relative(process.cwd(), contentDir));
  if (!words) throw new Error(`invalid search words:\n${[...own.problems, ...shared.problems].map((problem) => `${problem.file}:${problem.line ?? ''}: ${problem.field} — ${problem.message}`).join('\n')}`);
  return words;
}

/** Every normalised word of a locale's articles, by where it occurs. */
function articleWords(content: LocaleContent, locale: Locale) {
  const all = new Set<string>();
  const labels = new Set<string>();
  for (const article of content.articles) {
    // Keywords are readers' phrases, fillers included ("شلون ادفع"): the topic is named by titles and messages.
    for (const word of normalizeWords([article.title, ...article.errors].join(' \n '), locale)) {
      all.add(word);
      labels.add(word);
    }
    for (const word of normalizeWords([article.summary, ...article.keywords, ...article.sections.map((section) => `${section.heading}\n${section.text}`)].join('\n'), locale)) all.add(word);
  }
  return { all, labels };
}

/**
 * Everything wrong with the search words of the given locales' content, each as `file:line: field —
 * reason`: JSON syntax, unknown fields, wrong types, words listed twice (or both a stopword and a
 * dialect word), a stopword that would hide a word the articles name their topic with, and words
 * that lead nowhere (a synonym, dialect word or translation whose words are in no article).
 */
export function checkSearchWords(
  contentDir: string,
  content: Partial<Record<Locale, LocaleContent>>,
  { required = true, displayRoot = path.relative(process.cwd(), contentDir) || '.' }: { required?: boolean; displayRoot?: string } = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!required && !Object.keys(content).some((locale) => hasSearchWords(contentDir, locale as Locale))) return problems;
  let sharedReported = false;
  for (const [locale, localeContent] of Object.entries(content) as [Locale, LocaleContent][]) {
    const { own, shared, wordsFile, translationsFile, words } = readSearchWords(contentDir, locale, displayRoot);
    problems.push(...own.problems);
    if (!sharedReported) problems.push(...shared.problems);
    if (!words) {
      sharedReported ||= shared.problems.length > 0;
      continue;
    }
    const { all, labels } = articleWords(localeContent, locale);
    const { stopwords: languageStopwords } = textRules(locale);
    const lineOf = (read: ReadFile<unknown>, where: PropertyKey[]) => read.located?.lineOf(where);
    const report = (file: string, read: ReadFile<unknown>, where: (string | number)[], message: string) =>
      problems.push({ file, field: where.join('.'), message, line: lineOf(read, where) });
    /** The words of a phrase that search would look for, or the reason it finds nothing. */
    const leadsNowhere = (phrase: string) => {
      const words = normalizeWords(phrase, locale).filter((word) => !languageStopwords.has(word));
      const missing = words.filter((word) => !all.has(word));
      return words.length > 0 && missing.length === words.length ? missing : undefined;
    };

    const seen = new Map<string, string>();
    const once = (key: string, where: (string | number)[], what: string) => {
      const first = seen.get(key);
      if (first !== undefined) report(wordsFile, own, where, `${what} is already listed at ${first}`);
      else seen.set(key, where.join('.'));
    };
    words.stopwords.forEach((stopword, index) => {
      const where = ['stopwords', index];
      const normalized = normalizeWords(stopword, locale);
      if (normalized.length !== 1) return report(wordsFile, own, where, `"${stopword}" must be one word`);
      const [word] = normalized as [string];
      if (languageStopwords.has(word)) return report(wordsFile, own, where, `"${stopword}" is already one of the language's stopwords (lib/search/normalize.ts)`);
      once(`word:${word}`, where, `"${stopword}"`);
      if (labels.has(word)) report(wordsFile, own, where, `"${stopword}" names a topic in an article's title or error messages: as a stopword it would hide it from search`);
    });
    words.notCovered.forEach((name, index) => {
      const where = ['notCovered', index];
      const normalized = normalizeWords(name, locale);
      if (normalized.length !== 1) return report(wordsFile, own, where, `"${name}" must be one word`);
      const [word] = normalized as [string];
      if (languageStopwords.has(word)) return report(wordsFile, own, where, `"${name}" is one of the language's stopwords (lib/search/normalize.ts)`);
      once(`word:${word}`, where, `"${name}"`);
      if (all.has(word)) report(wordsFile, own, where, `"${name}" is in a ${locale} article: an article covers it, and listing it would hide that article's answer`);
    });
    Object.entries(words.dialect).forEach(([word, meaning]) => {
      const where = ['dialect', word];
      const normalized = normalizeWords(word, locale);
      if (normalized.length !== 1) return report(wordsFile, own, where, `"${word}" must be one word (write a phrase as a synonym)`);
      once(`word:${normalized[0]}`, where, `"${word}"`);
      const nowhere = leadsNowhere(meaning);
      if (nowhere) report(wordsFile, own, where, `leads nowhere: "${nowhere.join(' ')}" is in no ${locale} article`);
    });
    words.synonyms.forEach((entry, index) => {
      entry.readers.forEach((phrase, position) => once(`phrase:${normalizeText(phrase, locale)}`, ['synonyms', index, 'readers', position], `"${phrase}"`));
      const nowhere = leadsNowhere(entry.articles);
      if (nowhere) report(wordsFile, own, ['synonyms', index, 'articles'], `leads nowhere: "${nowhere.join(' ')}" is in no ${locale} article`);
    });
    const slugs = new Set(localeContent.articles.map((article) => article.slug));
    for (const verdict of ['scam', 'code'] as const) {
      words.messages[verdict].forEach((slug, index) => {
        if (!slugs.has(slug)) report(wordsFile, own, ['messages', verdict, index], `"${slug}" is no ${locale} article`);
      });
    }

    if (sharedReported) continue;
    sharedReported = true;
    const phrases = new Map<string, string>();
    words.translations.forEach((group, index) => {
      for (const script of ['latin', 'arabic'] as const) {
        group[script].forEach((phrase, position) => {
          const where = ['translations', index, script, position];
          const key = normalizeText(phrase, 'ar');
          const first = phrases.get(key);
          if (first !== undefined) report(translationsFile, shared, where, `"${phrase}" is already listed at ${first}: a phrase has one translation`);
          else phrases.set(key, where.join('.'));
        });
      }
    });
  }
  // A translation leads nowhere when none of its words, in either script, is in an article of either locale.
  const everyWord = new Map<Locale, Set<string>>();
  for (const [locale, localeContent] of Object.entries(content) as [Locale, LocaleContent][]) everyWord.set(locale, articleWords(localeContent, locale).all);
  const locale = [...everyWord.keys()][0];
  if (locale === undefined) return problems;
  const { shared, translationsFile } = readSearchWords(contentDir, locale, displayRoot);
  shared.data?.translations.forEach((group, index) => {
    const found = [...everyWord].some(([site, words]) =>
      [...group.latin, ...group.arabic].some((phrase) => normalizeWords(phrase, site).some((word) => words.has(word))),
    );
    if (!found) problems.push({ file: translationsFile, field: `translations.${index}`, message: 'leads nowhere: none of its words is in any article', line: shared.located?.lineOf(['translations', index]) });
  });
  return problems;
}
