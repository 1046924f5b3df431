/**
 * Arabizi: Arabic typed in Latin letters, with digits for the letters Latin lacks (2 ء, 3 ع, 5 خ,
 * 6 ط, 7 ح, 8 ق or غ, 9 ص), as many readers type on phones ("el daf3 marfood" for "الدفع مرفوض").
 *
 * Arabizi has no fixed spelling, so it is not transliterated letter by letter. Both sides are
 * reduced to a consonant skeleton instead: the Latin word loses its vowels, the Arabic word its
 * long vowels and hamza (ا و ي ء), and letters readers write alike share one class (س ص → s,
 * ت ط → t, د ض → d, ز ذ ظ → z). An Arabizi word then stands for the most common known Arabic word
 * with its skeleton: the site's own words on Arabic pages, the synonym table's on English ones.
 */

/** Arabic letter → skeleton class; letters not listed (ا و ي ء ى) are vowels or hamza and drop out. */
const arabicClasses: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ط': 't', 'ج': 'j', 'ح': 'H', 'خ': 'x', 'د': 'd', 'ض': 'd', 'ذ': 'z', 'ز': 'z', 'ظ': 'z',
  'ر': 'r', 'س': 's', 'ص': 's', 'ش': 'S', 'ع': '3', 'غ': 'G', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
};

/**
 * Latin spellings → the classes each may stand for, longest first. Gulf Arabizi writes ق as g or
 * q, ج as j or g, غ as gh or 8, and ch for ك or ج; where a spelling stands for two letters, both
 * skeletons are tried.
 */
const latinClasses: [string, string[]][] = [
  ['sh', ['S']], ['kh', ['x']], ['gh', ['G']], ['th', ['t']], ['dh', ['z', 'd']], ['ch', ['k', 'j']],
  ['2', ['']], ['3', ['3']], ['5', ['x']], ['6', ['t']], ['7', ['H']], ['8', ['q', 'G']], ['9', ['s']],
  ['b', ['b']], ['p', ['b']], ['t', ['t']], ['j', ['j']], ['g', ['q', 'j', 'G']], ['d', ['d']], ['r', ['r']], ['z', ['z']],
  ['s', ['s']], ['c', ['k', 's']], ['f', ['f']], ['v', ['f']], ['q', ['q']], ['k', ['k', 'q']], ['l', ['l']], ['m', ['m']],
  ['n', ['n']], ['h', ['h']], ['x', ['x']],
  ['a', ['']], ['e', ['']], ['i', ['']], ['o', ['']], ['u', ['']], ['w', ['']], ['y', ['']], ["'", ['']],
];

/** Skeletons tried for one Latin word at most, so an unlucky spelling cannot cost much. */
const maxSkeletons = 16;

/** A word in Latin letters that holds a letter-digit (2, 3, 5–9) next to a letter: Arabizi for sure. */
export function hasArabiziDigit(word: string): boolean {
  return /[a-z][235-9]|[235-9][a-z]/.test(word);
}

/** The consonant skeletons an Arabizi word may have ("daf3" → ["df3"]); empty for a word that is not Latin letters and digits. */
export function latinSkeletons(word: string): string[] {
  if (!/^[a-z0-9']+$/.test(word)) return [];
  let skeletons = [''];
  for (let at = 0; at < word.length; ) {
    const match = latinClasses.find(([spelling]) => word.startsWith(spelling, at));
    if (!match) return [];
    const [spelling, classes] = match;
    // A doubled letter is one consonant with shadda ("marfood", "7attha"): counted once.
    const doubled = word[at - 1] === spelling && spelling.length === 1 && classes[0] !== '';
    if (!doubled) skeletons = skeletons.flatMap((skeleton) => classes.map((letter) => skeleton + letter)).slice(0, maxSkeletons);
    at += spelling.length;
  }
  return [...new Set(skeletons)].filter(Boolean);
}

/**
 * The skeletons of a normalised Arabic word. A final ه (a ta marbuta, folded) is also read as t,
 * as in "bitaqat hadaya", and as nothing, as in "khidma".
 */
export function arabicSkeletons(word: string): string[] {
  let skeleton = '';
  for (const letter of word.replace(/ة/g, 'ه')) {
    const letterClass = arabicClasses[letter];
    if (letterClass === undefined) {
      if (!/[\u0621-\u064a]/.test(letter)) return [];
      continue;
    }
    if (skeleton.at(-1) !== letterClass || letterClass === 'h') skeleton += letterClass;
  }
  if (!skeleton) return [];
  if (!/[هة]$/.test(word)) return [skeleton];
  return [skeleton, `${skeleton.slice(0, -1)}t`, skeleton.slice(0, -1)].filter(Boolean);
}

/**
 * Short Arabizi function words, whose skeleton is too short to look up: negation, question words,
 * prepositions and fillers, as normalised Arabic. An empty string is the article or a bare prefix,
 * which normalisation would strip anyway ("el daf3" is "الدفع").
 */
const functionWords = new Map<string, string>(
  Object.entries({
    el: '', al: '', il: '', l: '', b: '', bil: '', bel: '', bl: '', w: '', wa: '', wil: '', wel: '',
    ma: 'ما', maa: 'ما', la: 'لا', laa: 'لا', mo: 'مو', mu: 'مو', mob: 'مب', mb: 'مب', 
    '3la': 'علي', '3ala': 'علي', ala: 'علي', fi: 'في', fe: 'في', min: 'من', mn: 'من', 'ma3': 'مع',
    ana: 'انا', enta: 'انت', inta: 'انت', shlon: 'شلون', shlonk: 'شلون', lesh: 'ليش', laish: 'ليش', leish: 'ليش', lish: 'ليش',
    shno: 'شنو', shnu: 'شنو', shino: 'شنو', shu: 'شو', wain: 'وين', wein: 'وين', wen: 'وين',
    'ya3ni': 'يعني', 'y3ni': 'يعني', abi: 'ابي', abgha: 'ابغي', abee: 'ابي', 'el7een': 'الحين', 'al7een': 'الحين', '7ag': 'حق',
    shasawi: 'شسوي', shasawee: 'شسوي', shsawi: 'شسوي', elli: 'اللي', illi: 'اللي', ili: 'اللي', yabi: 'يبي', ybi: 'يبي',
    // Egyptian and Levantine: why, how, what, I want, not, where, thing, like this, now (not "law", "eh", "mesh": English words too).
    leh: 'ليه', leih: 'ليه', lih: 'ليه', ezay: 'ازاي', ezzay: 'ازاي', izay: 'ازاي', izzay: 'ازاي', eih: 'ايه', eeh: 'ايه',
    '3ayez': 'عايز', '3ayz': 'عايز', '3awez': 'عايز', '3ayza': 'عايزه', '3awza': 'عايزه', msh: 'مش', mish: 'مش',
    feen: 'فين', fein: 'فين', shi: 'شي', shay: 'شي', shai: 'شي', keda: 'كده', kida: 'كده', 'delwa2ty': 'دلوقتي',
    shou: 'شو', baddi: 'بدي', biddi: 'بدي', bade: 'بدي', hala2: 'هلق', halla2: 'هلق', '3am': 'عم',
  }),
);

/** The Arabic for a short Arabizi function word; undefined for any other word. */
export function arabiziFunctionWord(word: string): string | undefined {
  return functionWords.get(word);
}

/**
 * Letters a Latin spelling names precisely, beyond its skeleton class: s is usually س and 9 ص,
 * t ت and 6 ط, d د, h ه and 7 ح. Among words of one skeleton, the one matching more of these wins.
 */
const preciseLatin: [string, string][] = [['sh', 'ش'], ['th', 'ث'], ['9', 'ص'], ['6', 'ط'], ['7', 'ح'], ['s', 'س'], ['t', 'ت'], ['d', 'د'], ['h', 'ه'], ['z', 'ز'], ['k', 'ك']];

function precision(latin: string, arabic: string): number {
  // A final consonant other than the t of a ta marbuta ("khidmat") is not followed by one: "marfood" is مرفوض, not مرفوضه.
  let score = /[aeiouyt]$/.test(latin) || !/[هة]$/.test(arabic) ? 1 : 0;
  for (const [spelling, letter] of preciseLatin) {
    const inLatin = latin.split(spelling).length - 1;
    if (inLatin > 0 && arabic.includes(letter)) score++;
    if (spelling.length === 1 && latin.includes('sh') && spelling === 's') score--;
  }
  return score;
}

/** Known Arabic words by skeleton, the most common first, built once from a word list. */
export class ArabiziLexicon {
  private readonly bySkeleton = new Map<string, { word: string; frequency: number }[]>();

  constructor(words: Iterable<string>, frequency: (word: string) => number) {
    for (const word of words) {
      for (const skeleton of arabicSkeletons(word)) {
        const list = this.bySkeleton.get(skeleton);
        const entry = { word, frequency: frequency(word) };
        if (list) list.push(entry);
        else this.bySkeleton.set(skeleton, [entry]);
      }
    }
    for (const list of this.bySkeleton.values()) list.sort((a, b) => b.frequency - a.frequency || a.word.length - b.word.length);
  }

  /**
   * The Arabic a Latin word may stand for: a function word, or the known words with one of its
   * skeletons, the likeliest first (matching more of the letters the spelling names precisely,
   * then more common), two at most, since Arabizi leaves vowels out. Empty when nothing matches or
   * the skeleton is too short to read safely: one consonant, or two unless `short` is allowed (the
   * query has other Arabizi in it) or the word carries a letter-digit.
   */
  lookup(word: string, { short = false } = {}): string[] {
    const functionWord = functionWords.get(word);
    if (functionWord !== undefined) return [functionWord];
    const found = new Map<string, { frequency: number; precision: number }>();
    for (const skeleton of latinSkeletons(word)) {
      if (skeleton.length < 2 || (skeleton.length < 3 && !short && !hasArabiziDigit(word))) continue;
      for (const entry of this.bySkeleton.get(skeleton)?.slice(0, 8) ?? []) {
        if (!found.has(entry.word)) found.set(entry.word, { frequency: entry.frequency, precision: precision(word, entry.word) });
      }
    }
    const [first, second] = [...found].sort(([, a], [, b]) => b.precision - a.precision || b.frequency - a.frequency);
    if (first === undefined) return [];
    // A second reading only when it is as likely and another word, not a longer or shorter form of the first (دفع, دفعه).
    const other = second && second[1].precision === first[1].precision && !second[0].startsWith(first[0]) && !first[0].startsWith(second[0]);
    return other ? [first[0], second[0]] : [first[0]];
  }
}
