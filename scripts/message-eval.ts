import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { MessageCheck, MessageVerdict } from '@/lib/message-check';

/**
 * The message check measured on a labelled set: messages written by someone who read neither the
 * articles nor the code, one JSON object a line in `<set>-en-messages.jsonl` and
 * `<set>-ar-messages.jsonl`. `npm run eval:messages` prints the figures and
 * tests/unit/message-check-eval.test.ts holds them to the targets; both take the set's path, so the
 * held-out half runs through the same code as the tuning half.
 */

export const messageLocales = ['en', 'ar'] as const;
export type MessageLocale = (typeof messageLocales)[number];
const verdicts = ['scam', 'code', 'none'] as const satisfies readonly MessageVerdict[];

const caseSchema = z.object({
  /** e.g. "enm-001". */
  id: z.string().min(1),
  /** How the writer saw it: scam, genuine-code, genuine (a real notice) or personal (a text from someone you know). */
  kind: z.string().min(1),
  message: z.string().min(1),
  verdict: z.enum(verdicts),
  /** Articles that answer it: not used by the check. */
  answers: z.array(z.string()).default([]),
});
export type MessageCase = z.infer<typeof caseSchema>;

/** Targets from issue 20: share of scams flagged, most genuine messages flagged as scams. */
export const targets = { scamFlagged: 0.9, genuineFlaggedAsScam: 0.02 } as const;

export const setFile = (set: string, locale: MessageLocale) => `${set}-${locale}-messages.jsonl`;

/** Reads one file of the set; a bad line is an error naming the file, line and field. */
export function readMessageCases(file: string): MessageCase[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const problems: string[] = [];
  const cases: MessageCase[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
      return;
    }
    const parsed = caseSchema.safeParse(value);
    if (parsed.success) cases.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`${file}:${index + 1}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
  });
  if (problems.length > 0) throw new Error(`invalid message set\n${problems.join('\n')}`);
  if (cases.length === 0) throw new Error(`${file}: no messages`);
  return cases;
}

export interface MessageEvaluation {
  total: number;
  /** Expected verdict → the check's verdict → count. */
  matrix: Record<MessageVerdict, Record<MessageVerdict, number>>;
  scams: number;
  scamsFlagged: number;
  /** Everything labelled code or none. */
  genuine: number;
  genuineFlaggedAsScam: number;
  codes: number;
  codesRecognised: number;
  /** How many the search would take for a pasted message, and so show the verdict for. */
  takenForMessages: number;
  /** Every message whose verdict differs from its label. */
  misses: { id: string; expected: MessageVerdict; got: MessageVerdict; signs: string[] }[];
}

export function evaluateMessages(
  cases: readonly MessageCase[],
  check: (message: string) => MessageCheck,
  looksLikeMessage: (message: string) => boolean = () => false,
): MessageEvaluation {
  const row = () => ({ scam: 0, code: 0, none: 0 });
  const result: MessageEvaluation = {
    total: cases.length,
    matrix: { scam: row(), code: row(), none: row() },
    scams: 0,
    scamsFlagged: 0,
    genuine: 0,
    genuineFlaggedAsScam: 0,
    codes: 0,
    codesRecognised: 0,
    takenForMessages: 0,
    misses: [],
  };
  for (const item of cases) {
    const outcome = check(item.message);
    const got = outcome.verdict;
    result.matrix[item.verdict][got] += 1;
    if (looksLikeMessage(item.message)) result.takenForMessages += 1;
    if (item.verdict === 'scam') {
      result.scams += 1;
      if (got === 'scam') result.scamsFlagged += 1;
    } else {
      result.genuine += 1;
      if (got === 'scam') result.genuineFlaggedAsScam += 1;
    }
    if (item.verdict === 'code') {
      result.codes += 1;
      if (got === 'code') result.codesRecognised += 1;
    }
    if (got !== item.verdict) result.misses.push({ id: item.id, expected: item.verdict, got, signs: outcome.signs.map((sign) => sign.kind) });
  }
  return result;
}

export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const percent = (part: number, whole: number) => `${(share(part, whole) * 100).toFixed(1)}% (${part}/${whole})`;

/** The figures for one language, as printed by `npm run eval:messages`. */
export function formatEvaluation(label: string, result: MessageEvaluation): string {
  const scamRate = share(result.scamsFlagged, result.scams);
  const falseRate = share(result.genuineFlaggedAsScam, result.genuine);
  const mark = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
  const cell = (value: string | number) => String(value).padStart(6);
  return [
    `${label}: ${result.total} messages`,
    `  scam flagged:            ${percent(result.scamsFlagged, result.scams)}  target ≥ ${targets.scamFlagged * 100}%: ${mark(scamRate >= targets.scamFlagged)}`,
    `  genuine flagged as scam: ${percent(result.genuineFlaggedAsScam, result.genuine)}  target ≤ ${targets.genuineFlaggedAsScam * 100}%: ${mark(falseRate <= targets.genuineFlaggedAsScam)}`,
    `  code recognised:         ${percent(result.codesRecognised, result.codes)}`,
    `  taken for a pasted message by search: ${percent(result.takenForMessages, result.total)}`,
    `  confusion matrix (rows: label, columns: the check's verdict)`,
    `    ${'label'.padEnd(6)}${verdicts.map(cell).join('')}`,
    ...verdicts.map((expected) => `    ${expected.padEnd(6)}${verdicts.map((got) => cell(result.matrix[expected][got])).join('')}`),
    ...(result.misses.length > 0
      ? ['  misses:', ...result.misses.map((miss) => `    ${miss.id}: ${miss.expected} → ${miss.got}${miss.signs.length ? ` (signs: ${miss.signs.join(', ')})` : ''}`)]
      : []),
  ].join('\n');
}
