import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dictionaryIsolationProblems, findUnisolatedLatin, FSI, PDI } from '@/lib/content/bidi';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';

const root = mkdtempSync(path.join(os.tmpdir(), 'content-bidi-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const found = (text: string) => findUnisolatedLatin(text).map(({ kind, text: phrase }) => [kind, phrase]);

describe('Latin phrases in Arabic text', () => {
  it.each([
    ['a question mark at the end', 'اختر «Need More Help?» ثم «Contact Us».', 'Need More Help?'],
    ['a question mark in a plain sentence', 'افتح Help ثم Need More Help? ثم Contact Us.', 'Need More Help?'],
    ['a leading dot', 'ينتهي العنوان بـ .kpay.com.kw بنقطة قبل kpay.', '.kpay.com.kw'],
    ['an exclamation mark', 'تظهر رسالة Oops! على الشاشة.', 'Oops!'],
    ['a full stop before a closing quote', 'تظهر «Try again.» على الشاشة.', 'Try again.'],
  ])('flags an unisolated run with %s', (_, text, phrase) => {
    expect(found(text)).toEqual([['edge-punctuation', phrase]]);
  });

  it('flags Latin phrases joined by an arrow outside an isolate, in plain text and in quotes', () => {
    expect(findUnisolatedLatin('يُضبط من Your Account ← «Login & Security».').map((problem) => problem.kind)).toEqual(['arrow']);
    expect(findUnisolatedLatin('افتح Your Account → Payment options.').map((problem) => problem.kind)).toEqual(['arrow']);
  });

  it.each([
    ['isolated with FSI … PDI', `اختر «${FSI}Need More Help?${PDI}» ثم «Contact Us».`],
    ['isolated on both sides of an arrow', `يُضبط من ${FSI}Your Account${PDI} ← «${FSI}Login & Security${PDI}».`],
    ['in bold, which the renderer isolates', 'اختر **«Need More Help?»** ثم **Contact Us**.'],
    ['bold phrases beside an arrow', 'افتح **Your Account** ← **Login & Security**.'],
    ['in code', 'يجب أن ينتهي العنوان بـ `.kpay.com.kw` تمامًا.'],
    ['a full stop that ends the Arabic sentence', 'الصفحات على kpay.com.kw. فإذا ظهر عنوان آخر فتوقف.'],
    ['a comma or colon after it', 'رسالة NOT CAPTURED، أو HOST TIMEOUT: لا تدفع مرة أخرى.'],
    ['in brackets', 'الرقم السري (PIN) ورمز التحقق (OTP).'],
    ['inner punctuation only', 'اكتب pay.amazon.com بنفسك.'],
    ['a link address', 'راجع [الصفحة](/ar/articles/what-is-knet#how-it-works?x=1) الآن.'],
    ['a callout marker', '> [!WARNING]\n> لا تشارك الرقم السري.'],
  ])('accepts a Latin phrase %s', (_, text) => {
    expect(findUnisolatedLatin(text)).toEqual([]);
  });

  it('reports the line of each problem', () => {
    expect(findUnisolatedLatin('سطر أول.\n\nثم «Need More Help?» هنا.')).toEqual([
      { kind: 'edge-punctuation', text: 'Need More Help?', line: 3 },
    ]);
  });

  it('finds none in the Arabic interface text', () => {
    expect(dictionaryIsolationProblems()).toEqual([]);
  });

  it('makes content:check name the file, field and line of an Arabic article, category or source title', () => {
    const files: Record<string, string> = {
      'ar/categories.json': JSON.stringify([{ slug: 'help', title: 'المساعدة', description: 'اختر Need More Help? من القائمة.', order: 1 }]),
      'ar/site.json': JSON.stringify({ paymentFailed: ['contact'], popular: ['contact'] }),
      'ar/help/contact.md': [
        '---',
        'title: كيف أتواصل مع أمازون؟',
        'summary: اختر «Need More Help?» ثم «Contact Us».',
        'category: help',
        'updated: 2026-12-01',
        'sources:',
        '  - title: "مساعدة أمازون: Need More Help?"',
        '    url: https://www.amazon.com/gp/help/customer/display.html',
        '---',
        '',
        'افتح Help ثم اختر «Need More Help?».',
        '',
      ].join('\n'),
    };
    for (const [relative, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, 'content', relative)), { recursive: true });
      writeFileSync(path.join(root, 'content', relative), text);
    }
    const { problems } = loadContent(path.join(root, 'content'), { publicDir: root, displayRoot: 'content' });
    expect(problems.map(formatProblem).map((line) => line.split(' — ')[0])).toEqual([
      'content/ar/categories.json: 0.description',
      'content/ar/help/contact.md: summary',
      'content/ar/help/contact.md: sources.0.title',
      'content/ar/help/contact.md:11: body',
    ]);
  });
});
