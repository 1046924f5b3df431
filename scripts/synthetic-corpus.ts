/**
 * Synthetic libraries for the search benchmark: articles of realistic length and shape whose words
 * come from the real English articles' vocabulary plus invented words, drawn with a Zipf
 * distribution, and labelled queries of the kinds readers type. Seeded: every run is the same.
 */
import { normalizeQuery, normalizeWords, textRules } from '../lib/search/normalize';
import type { SearchableArticle } from '../lib/search/records';

// ---------------------------------------------------------------------------------------------
// A seeded random source, so every run measures the same corpus and queries.

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


/** Words in the order of their frequency in the real articles, then invented ones, for a Zipf draw. */
function vocabulary(english: readonly SearchableArticle[], size: number, rand: () => number): string[] {
  const counts = new Map<string, number>();
  for (const article of english) {
    const text = [article.title, article.summary, ...article.sections.flatMap((section) => [section.heading, section.text])].join(' ');
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const syllables = ['ka', 'ro', 'mi', 'ten', 'sul', 'var', 'po', 'lin', 'dex', 'ar', 'qu', 'tor', 'en', 'ba', 'sh', 'ul', 'net', 'pay', 'ri', 'on'];
  const seen = new Set(words);
  while (words.length < size) {
    const length = 2 + Math.floor(rand() * 3);
    const word = Array.from({ length }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

function zipfSampler(words: readonly string[], rand: () => number, exponent = 1.05) {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) {
    total += 1 / rank ** exponent;
    cumulative.push(total);
  }
  return () => {
    const target = rand() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

export interface SyntheticCorpus {
  articles: SearchableArticle[];
  queries: { text: string; kind: string; article: number }[];
}

export function syntheticCorpus(english: readonly SearchableArticle[], count: number, seed: number, queryCount = 60): SyntheticCorpus {
  const rand = random(seed);
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  // Heaps' law: a bigger library has a bigger vocabulary.
  const words = vocabulary(english, 2500 + 8 * count, rand);
  const word = zipfSampler(words, rand);
  const phrase = (min: number, max: number) => Array.from({ length: between(min, max) }, word).join(' ');
  const sentence = (min: number, max: number) => {
    const text = phrase(min, max);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (wordCount: number) => {
    const sentences: string[] = [];
    for (let written = 0; written < wordCount; ) {
      const length = between(8, 20);
      sentences.push(sentence(length, length));
      written += length;
    }
    return sentences.join(' ');
  };

  const articles: SearchableArticle[] = Array.from({ length: count }, (_, index) => {
    const sections = Array.from({ length: between(5, 8) }, (_, sectionIndex) => {
      const heading = sentence(3, 6).slice(0, -1);
      return { id: `section-${sectionIndex + 1}`, heading, text: paragraph(between(60, 160)) };
    });
    return {
      slug: `article-${index + 1}`,
      title: `${sentence(5, 9).slice(0, -1)}?`,
      summary: `${sentence(12, 20)} ${sentence(10, 18)}`,
      keywords: Array.from({ length: between(5, 14) }, () => phrase(1, 3)),
      errors: Array.from({ length: between(0, 4) }, () => phrase(2, 4).toUpperCase()),
      sections: [{ id: '', heading: '', text: paragraph(between(30, 60)) }, ...sections],
    };
  });

  const stopwords = textRules('en').stopwords;
  const contentWords = (text: string) => normalizeWords(text, 'en').filter((w) => w.length > 3 && !stopwords.has(w));
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];
  const typo = (text: string) => {
    if (text.length < 5) return text;
    const at = between(1, text.length - 3);
    return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  };
  const kinds = ['title words', 'typo', 'partial word', 'deep word', 'pasted error', 'question'] as const;
  const queries: SyntheticCorpus['queries'] = [];
  for (let attempt = 0; queries.length < queryCount && attempt < queryCount * 20; attempt++) {
    const articleIndex = Math.floor(rand() * count);
    const article = articles[articleIndex]!;
    const kind = kinds[queries.length % kinds.length]!;
    const titleWords = contentWords(article.title);
    const lastSection = article.sections.at(-1)!;
    let text: string | undefined;
    if (kind === 'title words' && titleWords.length >= 2) {
      const start = between(0, titleWords.length - 2);
      text = titleWords.slice(start, start + between(2, 3)).join(' ');
    } else if (kind === 'typo' && titleWords.length >= 2) {
      text = `${typo(pick(titleWords.filter((w) => w.length >= 6)) ?? '')} ${pick(titleWords)}`.trim();
    } else if (kind === 'partial word') {
      const rare = contentWords(article.summary).filter((w) => w.length >= 7);
      const chosen = pick(rare);
      text = chosen ? `${pick(titleWords) ?? ''} ${chosen.slice(0, between(4, 6))}`.trim() : undefined;
    } else if (kind === 'deep word') {
      const deep = contentWords(lastSection.text);
      text = deep.length >= 2 ? `${pick(deep)} ${pick(deep)}` : undefined;
    } else if (kind === 'pasted error') {
      const error = pick(article.errors);
      text = error ? `Error: ${error}!` : undefined;
    } else if (kind === 'question') {
      const keywords = article.keywords.flatMap((keyword) => contentWords(keyword));
      text = keywords.length >= 2 ? `how do i ${pick(keywords)} ${pick(keywords)}` : undefined;
    }
    if (text && normalizeQuery(text, 'en').terms.length > 0) queries.push({ text, kind, article: articleIndex });
  }
  return { articles, queries };
}

