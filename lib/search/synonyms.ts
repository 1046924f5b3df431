import type { Locale } from '../i18n/config';
import { normalizeQuery, normalizeWords, queryFromWords, type NormalizedQuery } from './normalize';

/** One thing readers name in either script: its Latin and its Arabic spellings, the usual one first. */
export interface CrossScriptSynonym {
  latin: readonly string[];
  arabic: readonly string[];
  /**
   * A message of the KNET result page. The page shows it in English, the Arabic articles name it in
   * English in their headings and in Arabic in their text, so it is looked up in both scripts on
   * every site, not only in the site's own script.
   */
  message?: true;
}

/**
 * Cross-script synonyms. Kuwaiti readers write brands, card words and error messages in English
 * or in Arabic, and an English reader may paste an Arabic SMS. Spelling variants within one script
 * (أمازون/امازون, كينت/كي نت, بطاقة/بطاقه) are not listed: normalisation makes them one word.
 *
 * Expanded at query time, not at index time: the query is searched as typed, and again with its
 * phrases written in the site's own script ("gift card" → "بطاقة هدايا" on Arabic pages, "رمز
 * التحقق" → "otp" on English ones); each article keeps the better of its two scores, a match
 * through a synonym counting half. That way the index stays the articles' own words (no bigger,
 * and highlighting marks only what is there), an article is never credited with a word it does
 * not contain, the words as typed outrank their translation, and a change here needs no new
 * index. The price is a second Fuse pass, only for a query holding a phrase of the table in the
 * other script, and not when the query is already a message an article lists.
 */
export const crossScriptSynonyms: readonly CrossScriptSynonym[] = [
  { latin: ['not captured'], arabic: ['لم تتم عملية الدفع'], message: true },
  { latin: ['captured'], arabic: ['تمت عملية الدفع'], message: true },
  { latin: ['host timeout'], arabic: ['انتهت مهلة الاتصال بالبنك'], message: true },
  { latin: ['denied by risk'], arabic: ['مرفوضة بسبب المخاطر'], message: true },
  { latin: ['canceled'], arabic: ['تم إلغاء العملية'], message: true },
  { latin: ['session time limit exceeded'], arabic: ['انتهت مدة الجلسة', 'انتهت مهلة الجلسة'], message: true },
  { latin: ['payment in progress in another window'], arabic: ['عملية دفع جارية في نافذة أخرى'], message: true },
  { latin: ['invalid otp'], arabic: ['رمز التحقق غير صحيح'], message: true },
  { latin: ['too many otp attempts'], arabic: ['تجاوزت عدد محاولات رمز التحقق'], message: true },
  { latin: ['card expired'], arabic: ['البطاقة منتهية الصلاحية'], message: true },
  { latin: ['invalid card number'], arabic: ['رقم البطاقة غير صحيح'], message: true },
  { latin: ['knet', 'k net'], arabic: ['كي نت'] },
  { latin: ['amazon'], arabic: ['أمازون'] },
  { latin: ['gift card', 'gift cards', 'gift voucher', 'voucher'], arabic: ['بطاقة هدايا', 'بطاقات هدايا', 'بطاقة هدية', 'قسيمة', 'فاوتشر'] },
  { latin: ['claim code'], arabic: ['رمز المطالبة'] },
  { latin: ['otp', 'one time password', 'verification code', 'sms code'], arabic: ['رمز التحقق', 'كود التحقق', 'او تي بي'] },
  { latin: ['pin', 'pin code'], arabic: ['الرقم السري', 'الرمز السري'] },
  { latin: ['cvv', 'cvc', 'security code'], arabic: ['رمز الأمان'] },
  { latin: ['visa'], arabic: ['فيزا'] },
  { latin: ['mastercard', 'master card'], arabic: ['ماستر كارد'] },
  { latin: ['paypal', 'pay pal'], arabic: ['باي بال'] },
  { latin: ['declined', 'decline', 'rejected', 'refused'], arabic: ['مرفوضة', 'مرفوض', 'رفض'] },
  { latin: ['password'], arabic: ['كلمة المرور', 'كلمة السر', 'باسورد'] },
  { latin: ['sign in', 'log in', 'login'], arabic: ['تسجيل الدخول'] },
  { latin: ['bank'], arabic: ['بنك', 'مصرف'] },
  { latin: ['card'], arabic: ['بطاقة', 'كرت'] },
  { latin: ['customer service', 'customer support'], arabic: ['خدمة العملاء'] },
  { latin: ['phishing', 'scam', 'fraud'], arabic: ['احتيال', 'تصيد', 'نصب'] },
  { latin: ['hacked'], arabic: ['اختراق', 'تهكير', 'انهكر'] },
  { latin: ['payment'], arabic: ['دفع', 'ادفع'] },
  { latin: ['not working'], arabic: ['ما يشتغل', 'مايشتغل', 'ما تشتغل', 'لا يعمل'] },
  { latin: ['forgot'], arabic: ['نسيت'] },
  { latin: ['account'], arabic: ['حساب'] },
  { latin: ['refund'], arabic: ['استرجاع المبلغ'] },
  { latin: ['redeem'], arabic: ['استرداد'] },
  { latin: ['two step verification', '2fa'], arabic: ['التحقق بخطوتين'] },
  { latin: ['whatsapp'], arabic: ['واتساب'] },
];

/** The script each site's articles are written in, which a query's synonyms are translated into. */
const siteScript: Record<Locale, 'latin' | 'arabic'> = { en: 'latin', ar: 'arabic' };

interface NormalizedGroup {
  latin: string[][];
  arabic: string[][];
  message: boolean;
}

const normalizedTables = new Map<Locale, NormalizedGroup[]>();

/** The table in the locale's normalised words, so it matches the query however it was typed. */
function tableFor(locale: Locale): NormalizedGroup[] {
  let table = normalizedTables.get(locale);
  if (!table) {
    const phrases = (list: readonly string[]) => list.map((phrase) => normalizeWords(phrase, locale)).filter((words) => words.length > 0);
    table = crossScriptSynonyms.map((group) => ({ latin: phrases(group.latin), arabic: phrases(group.arabic), message: group.message === true }));
    normalizedTables.set(locale, table);
  }
  return table;
}

interface Occurrence {
  start: number;
  length: number;
  /** The other script's usual form, which replaces the words. */
  translation: readonly string[];
}

/**
 * Phrases of the table in the query's words that are to be translated, longest first, without
 * overlaps: those in the other script than the site's, and KNET messages in either script.
 */
function occurrences(words: readonly string[], table: readonly NormalizedGroup[], locale: Locale): Occurrence[] {
  const found: Occurrence[] = [];
  for (let start = 0; start < words.length; ) {
    let best: (Occurrence & { translate: boolean }) | undefined;
    for (const group of table) {
      for (const script of ['latin', 'arabic'] as const) {
        const translation = group[script === 'latin' ? 'arabic' : 'latin'][0];
        for (const phrase of group[script]) {
          if (!translation || phrase.length <= (best?.length ?? 0)) continue;
          if (phrase.every((word, offset) => words[start + offset] === word)) {
            best = { start, length: phrase.length, translation, translate: group.message || script !== siteScript[locale] };
          }
        }
      }
    }
    if (best?.translate) found.push(best);
    start += best?.length ?? 1;
  }
  return found;
}

/** A way of writing the query that is searched. */
export interface QueryVariant extends NormalizedQuery {
  /** The phrases put in place of typed ones ("بطاقه هدايا" for "gift card"); none for the query as typed. */
  translations: string[];
}

/**
 * The query as typed, then (when it holds a phrase to translate) the same query with each such
 * phrase in the site's script: "gift card balance" → "بطاقه هدايا balance" on Arabic pages.
 */
export function queryVariants(query: string, locale: Locale): QueryVariant[] {
  return variantsOfWords(normalizeQuery(query, locale).text.split(' ').filter(Boolean), locale);
}

/**
 * Readers' words for what the articles call otherwise, in the site's own script: "hotline" for the
 * phone number, "complaint" for contacting support, "soon" for new payment options, Gulf dialect for
 * hacked, stolen and "didn't arrive", "debited" and انسحبت for money taken. Each entry is [the
 * readers' phrases, the articles' phrase].
 *
 * Like the cross-script table, expanded at query time into one more way of writing the query
 * (never into the index), which each article may be scored by instead, at a small penalty.
 */
export const readerSynonyms: Record<Locale, readonly (readonly [readonly string[], string])[]> = {
  en: [
    [['hotline', 'helpline', 'help line', 'call center', 'call centre', 'contact number', 'phone line'], 'phone number'],
    [['complaint', 'complaints', 'complain', 'file a complaint', 'make a complaint', 'grievance'], 'contact customer service'],
    [['soon', 'in the future', 'future', 'upcoming', 'someday', 'eventually', 'later this year', 'coming soon'], 'new update'],
    [["didn't arrive", 'did not arrive', 'never arrived', 'not arrived', "hasn't arrived", "didn't come", 'never came', "isn't coming", 'not coming', "didn't get", 'never got'], 'not received'],
    [['atm card', 'debit card', 'local card', 'bank card', 'kuwaiti card'], 'knet card'],
    [['money back', 'my money back', 'reimburse', 'reimbursement', 'chargeback', 'charge back', 'return my money', 'refunded'], 'refund'],
    [['hijacked', 'broken into', 'taken over', 'hack', 'hacker got', 'got hacked'], 'hacked'],
    [['debited', 'amount debited', 'money debited', 'amount deducted', 'money taken', 'amount taken', 'money gone', 'money went'], 'money deducted'],
  ],
  ar: [
    [['خط ساخن', 'الخط الساخن', 'هوت لاين', 'هوتلاين', 'رقم الطوارئ', 'رقم الاتصال', 'رقم التواصل', 'سنترال'], 'رقم هاتف'],
    [['شكوى', 'شكوي', 'اشتكي', 'اشتكى', 'شكاوي', 'شكاوى', 'تقديم شكوى', 'اقدم شكوى', 'ارفع شكوى'], 'تواصل خدمة العملاء'],
    [['قريبا', 'قريب', 'مستقبلا', 'في المستقبل', 'المستقبل', 'بعدين', 'قريباً'], 'طرق دفع جديدة تحديث'],
    [['ما يوصل', 'مايوصل', 'ما جاني', 'ماجاني', 'ما جا', 'ماجا', 'ما وصل', 'ماوصل', 'ما وصلت', 'ماوصلت', 'ما وصلتني', 'ماوصلتني', 'ماوصلني', 'ما يجي', 'مايجي'], 'لم يصل ما وصلني'],
    [['بطاقة الصراف', 'بطاقه صراف', 'كرت الصراف', 'كرت صراف', 'كارت البنك', 'بطاقة ديبت', 'ديبت كارد', 'بطاقة الكي نت'], 'بطاقة السحب الآلي'],
    [['ارجع فلوسي', 'ترجع فلوسي', 'رجعة فلوسي', 'استرجع فلوسي', 'ترجيع الفلوس', 'فلوسي', 'ارجاع المبلغ', 'يرجعون المبلغ', 'ريفند'], 'استرداد المبلغ'],
    [['انهكر', 'مهكر', 'تهكر', 'هكروا', 'هكرو', 'هكروني', 'انهكرت', 'مهكور', 'هاكر'], 'اختراق تهكير'],
    [['انباق', 'انباقت', 'باقوا', 'باقو', 'مبيوق', 'مبيوقه', 'انسرق', 'انسرقت', 'مسروق', 'سرقوا', 'سرقو', 'انسرقوا'], 'سرقة مسروقة'],
    [['انسحب المبلغ', 'انسحبت الفلوس', 'انسحبت فلوسي', 'فلوسي انسحبت', 'الفلوس انسحبت', 'انسحبت', 'انسحب', 'نقص المبلغ', 'راحت الفلوس', 'راحت فلوسي', 'فلوسي راحت'], 'انخصم المبلغ'],
    [['شمعنى', 'شمعنا', 'شنو يعني', 'شو يعني', 'ايش يعني', 'وش يعني', 'شنو معنى', 'شنو معناه', 'شنو معناها'], 'معنى'],
  ],
};

const normalizedReaderTables = new Map<Locale, { reader: string[][]; article: string[] }[]>();

function readerTableFor(locale: Locale) {
  let table = normalizedReaderTables.get(locale);
  if (!table) {
    table = readerSynonyms[locale].map(([reader, article]) => ({
      reader: reader.map((phrase) => normalizeWords(phrase, locale)).filter((words) => words.length > 0),
      article: normalizeWords(article, locale),
    }));
    normalizedReaderTables.set(locale, table);
  }
  return table;
}

/** Every word a reader phrase of the table holds: words of the dialect, never "corrected" as typos. */
export function readerWords(locale: Locale): ReadonlySet<string> {
  return new Set(readerTableFor(locale).flatMap((entry) => entry.reader.flat()));
}

/**
 * The query's normalised words with each reader phrase (longest first, without overlaps) put in
 * the articles' words: "knet hotline" → "knet phone number". Undefined when none occurs.
 */
export function rewordQuery(words: readonly string[], locale: Locale): string[] | undefined {
  const table = readerTableFor(locale);
  const reworded: string[] = [];
  let changed = false;
  for (let start = 0; start < words.length; ) {
    let best: { length: number; article: string[] } | undefined;
    for (const entry of table) {
      for (const phrase of entry.reader) {
        if (phrase.length <= (best?.length ?? 0)) continue;
        if (phrase.every((word, offset) => words[start + offset] === word)) best = { length: phrase.length, article: entry.article };
      }
    }
    if (best) {
      reworded.push(...best.article);
      changed = true;
      start += best.length;
    } else {
      reworded.push(words[start]!);
      start++;
    }
  }
  return changed ? reworded : undefined;
}

/**
 * Words in the other script that the Arabizi step may produce on English pages, so they can be
 * translated: the Arabic phrases of the cross-script table, normalised as the query is.
 */
export function crossScriptArabicWords(locale: Locale): string[] {
  return [...new Set(tableFor(locale).flatMap((group) => group.arabic.flat()))];
}

/**
 * `queryVariants` for words that are already normalised (the query after Arabizi, dialect forms
 * and typo corrections): the words, then the same words with the table's phrases translated.
 */
export function variantsOfWords(words: readonly string[], locale: Locale): QueryVariant[] {
  const typed = { ...queryFromWords(words, locale), translations: [] };
  const found = occurrences(words, tableFor(locale), locale);
  if (found.length === 0) return [typed];
  const translated: string[] = [];
  let position = 0;
  for (const occurrence of found) {
    translated.push(...words.slice(position, occurrence.start), ...occurrence.translation);
    position = occurrence.start + occurrence.length;
  }
  translated.push(...words.slice(position));
  const variant = { ...queryFromWords(translated, locale), translations: found.map((occurrence) => occurrence.translation.join(' ')) };
  return variant.text === typed.text || variant.terms.length === 0 ? [typed] : [typed, variant];
}
