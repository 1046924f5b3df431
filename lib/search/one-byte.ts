import type { SerializedRecord } from './records';

/**
 * Arabic letters as one-byte characters inside Fuse: in the index it searches and in the patterns
 * it searches for. The served index and everything else keep plain Arabic.
 *
 * V8 stores a string whose characters are all below U+0100 with one byte each and keeps its
 * one-letter strings cached; Fuse's Bitap reads the indexed text one letter at a time, so on Arabic
 * (two-byte) text every search ran two to three times slower than on English. Each Arabic letter
 * gets its own Latin-1 letter that normalised text never holds (upper case, or a letter with a
 * diacritic; both are folded away before indexing), so the mapping is one to one and Fuse matches
 * exactly the same letters.
 */

/** Latin-1 letters absent from normalised text: not the lower-case æ ð ø þ ß, which survive folding. */
const targets = [...range(0xc0, 0xd6), ...range(0xd8, 0xde), ...range(0xe0, 0xe5), ...range(0xe7, 0xef)].map((code) =>
  String.fromCharCode(code),
);

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** ء (U+0621) to ي (U+064A), the letters normalised Arabic is written with; any other letter stays as it is. */
const firstArabic = 0x0621;
const lastArabic = 0x064a;
const arabicLetter = /[\u0621-\u064a]/;

export function toOneByte(text: string): string {
  if (!arabicLetter.test(text)) return text;
  let mapped = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    mapped += code >= firstArabic && code <= lastArabic ? targets[code - firstArabic] : text[index];
  }
  return mapped;
}

/** A Fuse index record with every value in one-byte form; a record holding no Arabic comes back as it is. */
export function toOneByteRecord(record: SerializedRecord): SerializedRecord {
  const values = Object.values(record.$ ?? {}).flat();
  if (!values.some((value) => arabicLetter.test(value.v))) return record;
  const fields: NonNullable<SerializedRecord['$']> = {};
  for (const [key, value] of Object.entries(record.$ ?? {})) {
    fields[Number(key)] = Array.isArray(value) ? value.map((sub) => ({ ...sub, v: toOneByte(sub.v) })) : { ...value, v: toOneByte(value.v) };
  }
  return { ...record, $: fields };
}
