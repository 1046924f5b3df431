import { findAmazonAcceptsKnet } from '../claims';
import type { ContentProblem } from '../problems';
import { articleTexts, localeSources, type ContentRule } from './rule';

export const noAmazonAcceptsKnet: ContentRule = {
  id: 'no-amazon-accepts-knet',
  description: 'no statement that Amazon accepts KNET (questions, negations and conditions pass): no source supports it',
  check(context) {
    const problems: ContentProblem[] = [];
    for (const source of localeSources(context)) {
      for (const parsed of source.articles) {
        for (const { field, text, lineOffset } of articleTexts(parsed, { sources: false })) {
          for (const claim of findAmazonAcceptsKnet(text)) {
            problems.push({
              file: parsed.article.file,
              field,
              ...(lineOffset === undefined ? {} : { line: claim.line + lineOffset }),
              message: `"${claim.text}" states that Amazon accepts KNET, which no source supports (see FACTS.md)`,
            });
          }
        }
      }
    }
    return problems;
  },
};
