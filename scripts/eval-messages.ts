/**
 * `npm run eval:messages -- [--set tests/blind/tuning]`: the message check's figures on a labelled
 * set, per language: scams flagged, genuine messages flagged as scams, codes recognised, the
 * confusion matrix and the misses. `--set` is the path before `-en-messages.jsonl`.
 */
import { checkMessage, looksLikeMessage } from '@/lib/message-check';
import { evaluateMessages, formatEvaluation, messageLocales, readMessageCases, setFile } from './message-eval';

function setArgument(args: readonly string[]): string {
  const index = args.indexOf('--set');
  if (index === -1) return 'tests/blind/tuning';
  const value = args[index + 1];
  if (!value || value.startsWith('--')) throw new Error('--set needs a path, e.g. --set tests/blind/tuning');
  return value;
}

const set = setArgument(process.argv.slice(2));
const all = messageLocales.map((locale) => ({ locale, cases: readMessageCases(setFile(set, locale)) }));
console.log(`Message check on ${set}-{en,ar}-messages.jsonl\n`);
for (const { locale, cases } of all) {
  console.log(formatEvaluation(locale === 'en' ? 'English' : 'Arabic', evaluateMessages(cases, checkMessage, looksLikeMessage)));
  console.log('');
}
console.log(formatEvaluation('Both languages', evaluateMessages(all.flatMap(({ cases }) => cases), checkMessage, looksLikeMessage)));
