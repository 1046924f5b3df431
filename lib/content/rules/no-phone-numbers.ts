import { findPhoneNumbers, type ForbiddenClaim } from '../claims';
import type { ContentProblem } from '../problems';
import { articleTexts, localeSources, type ContentRule } from './rule';

export const noPhoneNumbers: ContentRule = {
  id: 'no-phone-numbers',
  description: 'no phone number anywhere in an article (title, summary, body, keywords, errors): the site publishes none',
  check(context) {
    const problems: ContentProblem[] = [];
    for (const source of localeSources(context)) {
      for (const parsed of source.articles) {
        const { file, keywords, errors } = parsed.article;
        const texts = [
          ...articleTexts(parsed, { sources: false }),
          ...keywords.map((text, index) => ({ field: `keywords.${index}`, text, lineOffset: undefined })),
          ...errors.map((text, index) => ({ field: `errors.${index}`, text, lineOffset: undefined })),
        ];
        for (const { field, text, lineOffset } of texts) {
          for (const claim of findPhoneNumbers(text)) {
            problems.push({ file, field, ...(lineOffset === undefined ? {} : { line: claim.line + lineOffset }), message: phoneNumberMessage(claim) });
          }
        }
      }
    }
    return problems;
  },
};

function phoneNumberMessage(claim: ForbiddenClaim): string {
  return `"${claim.text}" looks like a phone number: the site publishes none (send readers to the number on the back of their card, or to the company's own site)`;
}
