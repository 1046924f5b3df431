import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { checkSearchWords, loadSearchWords } from '@/lib/search/words-data';

/** The real articles, with search words written to a folder of their own. */
const { locales: content } = loadContent(path.join(process.cwd(), 'content'));
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function wordsFolder(files: { en?: string; ar?: string; translations?: string }): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'search-words-'));
  folders.push(folder);
  for (const locale of ['en', 'ar'] as const) {
    fs.mkdirSync(path.join(folder, locale));
    fs.writeFileSync(path.join(folder, locale, 'search-words.json'), files[locale] ?? '{}');
  }
  fs.writeFileSync(path.join(folder, 'search-translations.json'), files.translations ?? '{"translations": []}');
  return folder;
}

const problems = (folder: string) => checkSearchWords(folder, content, { displayRoot: 'content' }).map(formatProblem);

describe('checkSearchWords', () => {
  it('passes the site’s own search words', () => {
    expect(checkSearchWords(path.join(process.cwd(), 'content'), content)).toEqual([]);
  });

  it('reports an unknown field with its file and line', () => {
    const folder = wordsFolder({ en: '{\n  "stopwords": ["yaar"],\n  "stopword": ["bhai"]\n}\n' });
    expect(problems(folder)).toEqual(['content/en/search-words.json:3: stopword — unknown field']);
  });

  it('reports a JSON mistake at its line', () => {
    const folder = wordsFolder({ en: '{\n  "stopwords": ["yaar",]\n}\n' });
    expect(problems(folder)).toEqual(['content/en/search-words.json:2: JSON — syntax error: unexpected "]" at line 2']);
  });

  it('reports words listed twice, once normalised, and a dialect word JSON would silently drop', () => {
    const folder = wordsFolder({
      en: '{\n  "stopwords": ["yaar", "Yaar"],\n  "dialect": {\n    "acc": "account",\n    "acc": "account"\n  }\n}\n',
    });
    expect(problems(folder)).toEqual([
      'content/en/search-words.json:5: dialect.acc — listed twice: JSON keeps only the last one',
      'content/en/search-words.json:2: stopwords.1 — "Yaar" is already listed at stopwords.0',
    ]);
  });

  it('reports a synonym or dialect word that leads to no article’s words', () => {
    const folder = wordsFolder({
      en: '{\n  "dialect": {"chalega": "zzqx"},\n  "synonyms": [\n    {"readers": ["hotline"], "articles": "phone number"},\n    {"readers": ["telly"], "articles": "televisor antennae"}\n  ]\n}\n',
    });
    expect(problems(folder)).toEqual([
      'content/en/search-words.json:2: dialect.chalega — leads nowhere: "zzqx" is in no en article',
      'content/en/search-words.json:5: synonyms.1.articles — leads nowhere: "televisor antennae" is in no en article',
    ]);
  });

  it('refuses a stopword that would hide a word the articles name their topic with', () => {
    const folder = wordsFolder({ en: '{"stopwords": ["knet"]}' });
    expect(problems(folder)).toEqual([
      'content/en/search-words.json:1: stopwords.0 — "knet" names a topic in an article\'s title or error messages: as a stopword it would hide it from search',
    ]);
  });

  it('refuses a name of something not covered that an article holds, or that is two words', () => {
    const folder = wordsFolder({ en: '{\n  "notCovered": ["tabby", "refund", "apple pay"]\n}\n' });
    expect(problems(folder)).toEqual([
      'content/en/search-words.json:2: notCovered.1 — "refund" is in a en article: an article covers it, and listing it would hide that article\'s answer',
      'content/en/search-words.json:2: notCovered.2 — "apple pay" must be one word',
    ]);
  });

  it('reports a phrase given two translations', () => {
    const folder = wordsFolder({
      translations: '{"translations": [\n  {"latin": ["knet"], "arabic": ["كي نت"]},\n  {"latin": ["knet"], "arabic": ["كينت"]}\n]}\n',
    });
    expect(problems(folder)).toContain(
      'content/search-translations.json:3: translations.1.latin.0 — "knet" is already listed at translations.0.latin.0: a phrase has one translation',
    );
  });

  it('makes the build fail on invalid words, naming the problem', () => {
    const folder = wordsFolder({ ar: '{"stopwords": "شو"}' });
    expect(() => loadSearchWords(folder, 'ar')).toThrow(/search-words\.json:1: stopwords — /);
  });
});
