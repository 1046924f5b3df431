import { secretWordSources } from '../secrets';
import { anyOf, arabic, arabicWord, near, word } from './text';

/** `first`, then within `gap` characters of the same sentence, `then`: each a whole word. */
const seq = (first: string, gap: number, then: string) => word(first) + near(gap) + word(then);

/**
 * The words of each sign, in English and in Arabic as Gulf readers write it, over folded text
 * (text.ts: lower case, one alef, ه for ة, ASCII digits). Each pattern is a kind of request or claim
 * a reader can be told about, never one message's wording.
 */

const money = String.raw`(?:kwd|kd|usdt|usd|aed|sar|\$|د\.?ك|دينار|دنانير|درهم|ريال)`;
const amount = String.raw`(?:${money}\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?${money})`;

/** A request to pay a fee or send money. */
export const payment = anyOf(
  word(String.raw`(?<!(?:amazon|apple|google|samsung|knet) )pay|payment of|settle|advance(?= (?:payment |of )?(?:kd|kwd|\$)?\s?\d)|(?<!(?:fixed|term|time|savings?|security) )deposit(?:ing)?|top[- ]?up`),
  seq(String.raw`fees?|charges?|dut(?:y|ies)|fines?|bill`, 25, 'required|due|pending|unpaid|outstanding|overdue|payable'),
  seq('unpaid|outstanding|overdue', 20, String.raw`fees?|charges?|dut(?:y|ies)|fines?|bill|amount|balance`),
  word(String.raw`fees?|charges?|dut(?:y|ies)|fine`) + near(20) + amount,
  amount + near(20) + word(String.raw`(?:clearance |customs |delivery |processing |release |admin )?(?:fees?|charges?|dut(?:y|ies)|fine)`) + near(30) + word('send|pay|transfer|settle'),
  // A gift of money asked for: a donation, "return the money", "I need 400 KD".
  word(String.raw`donate|donation|donations|contribute`),
  seq('return|send back|pay back|transfer back|refund', 25, String.raw`money|the (?:rest|difference|extra|balance)|${amount}|\d+`),
  arabicWord('تبرع|تبرعك|للتبرع|ساهم|ساهموا'),
  arabic(String.raw`(?:محتاج|محتاجه|ابي|ابغي|بدي|عايز|عايزه|عاوز)\s+(?:\S+\s+)?(?:\d+|مبلغ)\s*(?:دينار|د\.?ك|kd)?`),
  // Money to put in: "invest only 100 KD", "استثمر 100 دينار", "اشحنه بـ 20 دينار".
  word('invest(?: only| just)?') + near(10) + amount,
  word('recharge') + near(40) + word('unlock|withdraw|withdrawal'),
  arabic(String.raw`(?:استثمر|ساهم|اشحن|تشحن|تشحنه|اشحنه|تشحنها|ابدا|ابدأ|تبدا)\S*\s+(?:\S+\s+){0,2}?(?:ب)?\s*\d+\s*(?:دينار|د\.?ك|kd|دولار|\$)`),
  // Hinglish and Arabizi with an amount: "80 KD bhej do", "edfa3li 500".
  amount + near(15) + word(String.raw`bhej(?:o|do|dena|dijiye)?|transfer kar(?:o|do|dena)?`),
  word(String.raw`(?:e|i|t)?dfa3(?:li|ly|i|y)?`),
  // Arabizi: "ta7awelli 50 KD", "7awel li".
  word(String.raw`(?:t|e|y)?a?[7h]awe?l+(?:i|ili|li|y|ni)?`),
  seq('send|transfer|wire', 15, `money|funds|the amount|${amount}`),
  arabicWord('ادفع|ادفعي|سدد|اودع|تودع|تودعي|حولها|حوله|تحولينها|تحولينه|تحوليها|تحولها|حوليها|حوليه|تحولونها'),
  arabic(String.raw`(?:حول|تحول|تحولي|تحولين|حولي)\s+(?:لي\s+|لنا\s+)?(?:\S+\s+)?(?:\d|مبلغ|المبلغ|رسوم|الرسوم|فلوس|دينار|عربون|العربون)`),
  arabic(String.raw`(?:يرجي|الرجاء|نرجو|يجب|عليك|مطلوب|لازم)\s+(?:\S+\s+)?[لب]?(?:دفع|الدفع|سداد|تسديد|تحويل|ايداع)`),
  arabic(String.raw`(?:دفع|سداد|تسديد|تحويل|ايداع)\s+(?:\S+\s+)?(?:\d|مبلغ|المبلغ|رسوم|الرسوم|قيمه|الفاتوره)`),
  arabic(String.raw`(?:رسوم|رسم)\s+(?:\S+\s+){0,2}?\d`),
  arabic(String.raw`(?:رسوم|رسم)\s+(?:ال)?(?:توصيل|شحن|جمارك|جمركيه|تحويل|تخليص|اعاده|بريد|تسليم|استلام|معالجه)`),
  arabic(String.raw`(?:فاتور|مخالف|رسوم|غرام)\S*\s+(?:\S+\s+)?(?:متاخر|مستحق|غير مدفوع)`),
  arabicWord('للسداد|للدفع|لسدادها|لسداده|لدفعها'),
);

/** A deadline, a hurry or a threat. */
export const pressure = anyOf(
  word(String.raw`(?:within|in(?: the next)?)\s?(?:\d+|one|two|twenty[- ]four|an?)\s?(?:hours?|hrs?|h|minutes?|mins?)`),
  word(String.raw`immediately|urgent(?:ly)?|asap|right away|as soon as possible|without delay|last chance|final (?:notice|warning|reminder)|limited (?:time|offer|stock|quantity|seats|places|spots)|today only|act now`),
  // "call our fraud team now", "call 2xxx xxxx now", "join now"
  word(String.raw`(?:pay|verify|update|confirm|click|tap|redeem|claim|act|respond|reply|call|contact|register|order|buy|send|join|invest)(?: [\p{L}\p{N}'+]+){0,4} (?:right )?now`),
  word(String.raw`(?:expires?|expiring|ends?) (?:today|tonight|soon|in \d)`),
  word(
    String.raw`will be (?:permanently |automatically |temporarily )?(?:returned|blocked|suspended|closed|cancell?ed|frozen|deleted|terminated|disabled|locked|deactivated|destroyed|sent back|seized|forfeited|cut)`,
  ),
  word(String.raw`(?:has|have) been (?:temporarily |permanently )?(?:blocked|suspended|locked|frozen|deactivated|disabled|restricted|put on hold)`),
  word(String.raw`(?:is|are) (?:temporarily |now )?(?:blocked|suspended|locked|frozen|on hold|restricted|deactivated)`),
  word(String.raw`to avoid|otherwise|or (?:it|they|your \w+) will(?: be \w+)?|return(?:ed)? to (?:the )?sender`),
  arabic(String.raw`خلال\s*(?:\d+\s*)?(?:ساعه|ساعات|ساعتين|دقيقه|دقائق|دقايق)`),
  arabicWord(
    'فورا|فوري|حالا|عاجل|ضروري|باسرع وقت|قبل فوات الاوان|اخر فرصه|فرصه اخيره|تنبيه اخير|انذار نهائي|انذار اخير|الكميه محدوده|المقاعد محدوده|مقاعد محدوده|لفتره محدوده|عرض محدود|لا تفوت|محجوزه|موقوفه|موقوف|مجمده|مجمد',
  ),
  arabic(String.raw`(?:ادفع|سدد|حدث|اضغط|سجل|اطلب|استلم|حول|ادخل|اكد|اتصل|كلم|تواصل|راسل|انضم|اشترك|استثمر)\S*\s+(?:\S+\s+){0,3}?(?:الحين|الان)(?![\p{L}])`),
  arabic(String.raw`سيتم\s+(?:\S+\s+)?(?:ايقاف|حظر|تجميد|الغاء|ارجاع|اعاده|اغلاق|تعليق|حذف|قطع|مصادره)`),
  arabic(String.raw`تم\s+(?:ايقاف|حظر|تجميد|تعليق|اغلاق|قفل)`),
  arabicWord('لتجنب|تجنبا|تجنب|لتفادي|تفاديا|والا'),
  arabic(String.raw`(?:ايقاف|تجميد|حظر|اغلاق|الغاء)\s+(?:ال)?(?:نهائي|دائم)`),
  arabic(String.raw`(?:تنتهي|ستنتهي)\s+(?:\S+\s+)?(?:اليوم|الليله|قريبا|خلال)`),
  arabic(String.raw`قبل\s+(?:ال)?(?:ايقاف|الغاء|تعطيل|حظر|تجميد)`),
  word(String.raw`before (?:the |your )?(?:\w+ )?(?:is |are |gets? )?(?:stopped|blocked|suspended|deactivated|disabled|cancell?ed)`),
);

/** Words of a prize won (not one offered), in both languages: a part of `prize`, and all of `prizeWon`. */
const wonEnglish = String.raw`congratulations|congrats|you(?:'ve| have)? won|winner`;
const wonArabic = 'مبروك|تهانينا|تهانيا|فزت|ربحت|الفائز';
const wonByNumber = String.raw`(?:فاز|ربح)\s+(?:رقمك|رقم|حسابك)`;

/** A prize, a gift, an unclaimed refund or easy money. */
export const prize = anyOf(
  // Money offered to receive: "click to receive your money", "free 200 KD", "vouchers for lucky customers", a loan with no papers.
  word(
    String.raw`(?:receive|claim|collect|get) (?:your|the) (?:money|payment|funds|amount|transfer|voucher)|to receive (?:it|the money|your money|payment)|free (?:${amount}|\d+|vouchers?|coupons?)|vouchers?|coupons? worth|giving away|lucky (?:customers?|winners?|users?|numbers?)|(?:instant|personal|easy|quick) loans?|loans? (?:up to|without|with no|of up to)|pending refund|unclaimed (?:refund|money|funds)|(?:package|parcel|box|consignment) (?:with|of|containing) (?:\w+ ){0,2}?(?:gifts?|money|cash|gold|dollars)|(?:money|gifts?|cash|gold) (?:\w+ )?for (?:safe ?keeping|you to keep)`,
  ),
  arabic(String.raw`(?:لاستلام|استلام|استلم|تستلم)\s+(?:\S+\s+)?(?:فلوسك|الفلوس|المبلغ|مبلغك|التحويل)|قرض\S*\s+(?:\S+\s+)?(?:فوري|بدون|حتي)|قسيمه|قسائم|كوبون`),
  word(
    String.raw`${wonEnglish}|(?:you (?:are|have been) )selected|lucky draw|prizes?|rewards?|free gift|bonus|cash ?back|redeem your|claim your|points (?:will )?expire|gift(?! ?cards?)|earn (?:money|commission|extra|up to|\$?\d(?![\d,.]*\s?[%٪])[\d,.]*)|daily (?:income|salary|earnings|profit)|work(?:ing)? from home|part[- ]time|hiring|job offer|commission|surprise box|mystery box|unclaimed|you have (?:a|an) (?:pending |unclaimed )?refund|refund (?:is )?(?:waiting|available) for you`,
  ),
  arabicWord(`${wonArabic}|جائزه|جوائز|هديه|هدايا مجانيه|اربح|عموله|مفاجاه|مفاجا`),
  arabic(String.raw`${wonByNumber}|(?:هديت|جائزت|مكافات)(?:ك|كم)(?![\p{L}])`),
  arabic(String.raw`سحب\s+(?:\S+\s+)?(?:السنوي|الشهري|الكبير)`),
  arabic(String.raw`نقاط\S*\s+(?:\S+\s+){0,3}?(?:تنتهي|ستنتهي|ينتهي|سينتهي|ستنتهي صلاحيتها)`),
  arabic(String.raw`فرصه عمل|وظيفه (?:من|براتب)|دخل (?:يومي|شهري|اضافي)|راتب يومي|من (?:البيت|المنزل)`),
  // Paid to like, rate or review (the task scam): "تسوين لايك وتقييم … وتاخذين 10 د.ك يومياً".
  arabic(String.raw`(?:لايك|لايكات|تقييم|تقييمات|اعجاب)\S*\s+(?:\S+\s+){0,8}?و?(?:تاخذ|تاخذين|تاخد|تاخدي|بتاخد|هتاخد|تقبض|تربح|تربحين|تكسب|تكسبين)\S*\s+(?:\S+\s+){0,2}?(?:\d|مبلغ|فلوس|دينار|دنانير|عموله|ربح|راتب)`),
  word(String.raw`(?:like|rate|review|subscribe to|follow)\w* (?:\w+ ){0,2}?(?:videos?|posts?|products?|apps?|hotels?|movies?|pages?|channels?|tasks?|items?|accounts?) (?:\w+ ){0,3}?(?:and|to) (?:earn|get paid|make money|receive (?:money|kd|kwd|usdt|\$|\d))|(?:earn|make|get paid)[^.!?\n]{0,30}? by (?:liking|rating|reviewing|following|subscribing)`),
  // A job to do from anywhere, for a salary named up front: "للعمل عن بعد … براتب يصل إلى 600".
  arabic(String.raw`لديك\s+(?:مبلغ\s+)?(?:مسترد|مستحق|استرداد)|مبلغ مسترد`),
  // Money waiting to be let go of for a fee: "to withdraw your profits", "to release the funds" (the task and transfer scams).
  word(String.raw`(?:withdraw|release|unlock|receive) (?:your|the) (?:profits?|earnings|commissions?|funds|money|transfer|balance)|withdrawal of (?:your|the)|money transfer of|invest(?:ing)?(?: only| just)? ${amount}[^.!?\n]{0,30}?(?:receive|get|earn|make|and) (?:up to )?${amount}`),
  arabic(String.raw`(?:لسحب|سحب|لتحرير|تحرير|للافراج عن|لصرف)\s+(?:ال)?(?:ارباح|ربح|عموله|عمولات|مبلغ|المبلغ|رصيد)\S*`),
  arabic(String.raw`ضمان\s*100\s*[%٪]|مضمون\S*\s*100\s*[%٪]`),
  // Easy money from an investment: a profit promised, a rate of return, a trading group.
  // (Not a rate of profit alone: a bank advertises its deposits' rates.)
  word(
    String.raw`\d[\d,.]*\s?[%٪] (?:profits?|returns?|gains?) (?:in|within|every) (?:\d+|a|one|two|three) (?:days?|hours?|weeks?)|guaranteed (?:profits?|returns?|income|earnings|gains?)|(?:profits?|returns?|income) (?:are |is )?(?:100\s?% )?guaranteed|100\s?% guaranteed|100\s?% guarantee (?:of )?(?:profits?|returns?|income|earnings|payouts?)|100\s?% approv\w*|guaranteed 100\s?%|(?:visa|approval|job|loan)s? (?:is |are )?guaranteed|guaranteed (?:visa|approval|job|loan)s?|(?:daily|weekly) (?:profits?|returns?)|double your (?:money|investment|capital)|(?:crypto|bitcoin|forex|trading) (?:investment|program|group|channel|platform|signals?)|investment (?:group|channel)`,
  ),
  arabic(
    String.raw`(?:ارباح|ربح|عائد|عوائد)\S*\s+(?:\S+\s+)?(?:مضمون|يومي|يوميه|اسبوعي|اسبوعيه)|\d+\s*[%٪]\s+(?:\S+\s+)?(?:ارباح|ربح|عائد)\S*\s+(?:\S+\s+)?خلال\s+\d+\s*(?:ايام|يوم|ساعات|ساعه|اسابيع|اسبوع)|مضمون\S*\s+100|100\s*[%٪]\s*مضمون|(?:ضاعف|تضاعف|مضاعفه)\S*\s+(?:\S+\s+)?(?:فلوس|اموال|راس\s*مال|مبلغ)|(?:مجموعه|قروب|جروب|قناه)\s+(?:\S+\s+)?(?:استثمار|تداول)\S*|(?:تداول|استثمار)\S*\s+(?:\S+\s+)?(?:بيتكوين|البيتكوين|العملات الرقميه|الكريبتو|كريبتو|فوركس|الفوركس)`,
  ),
);

const giftCard = String.raw`(?:gift ?cards?|(?:itunes|apple|google play|steam|amazon|playstation|psn|xbox|razer gold) cards?)`;
/**
 * "بطاقات ايتونز", "ببطاقات Google Play": the brand in either script; in Latin letters right after
 * the word, and not "your card" (a bank's alert names the shop: "بطاقتك لدى APPLE.COM").
 */
const giftCardArabic = String.raw`بطاق\S*\s+(?:\S+\s+)?(?:امازون|ايتونز|ابل|قوقل|جوجل|ستيم|بلايستيشن|سوني|اكس بوكس|هدايا|الهدايا|هديه)|بطاق(?!ت(?:ك|كم)\s)\S*\s+(?:itunes|apple(?! ?pay)|google(?! ?pay)|steam|playstation|psn|xbox|razer)`;

/** Gift cards, and a request to pay with them or to send their codes. */
export const giftCards = {
  cards: anyOf(word(giftCard), arabic(giftCardArabic)),
  request: anyOf(
    seq('send|text|whatsapp|email|share|forward', 30, String.raw`codes?|pictures?|photos?|pics?|numbers?`),
    word('scratch'),
    seq('pay|paid|payment', 10, 'with|in|using|by') + near(15) + word(giftCard),
    arabicWord('ترسل|ترسلي|ارسل|ارسلي|ابعث|تبعث|دز|تدز|صور|صوره|الاكواد|الكود|الارقام'),
    // Arabizi: "ersel li el code", "eb3atli el code".
    word(String.raw`(?:e|i|t)?rs[ie]?l(?:i|li|ly)?|(?:e|i|t)?b3at(?:li|ly|i)?|dez(?:li|ly)?`) + near(20) + word('codes?|el code|al code'),
  ),
};

/** "By mistake" in Arabic, and what was sent to the reader that it is said of (near it, before or after). */
const mistakeArabic = 'بالغلط|غلط|بالخطا|بالخطاء|عن طريق الخطا';
const sentToYou = 'بعتلك|بعثتلك|ارسلتلك|ارسلت لك|حولتلك|حولت لك|وصلك|جالك|اجاك|هيجيلك|رقمك';

/** "I sent you a code by mistake", and the request to pass it on. */
export const codeByMistake = {
  mistake: anyOf(word('by mistake|by accident|accidentally|mistakenly|wrong number|in error|by error|made (?:a )?mistake|(?<!you (?:have )?)overpaid|paid you (?:too much|extra|more than)'), arabic(`(?:دزيتلك|بعت لك|${sentToYou})`) + near(40) + arabicWord(mistakeArabic) + '|' + arabicWord(mistakeArabic) + near(40) + arabic(`(?:${sentToYou})`)),
  code: anyOf(word('codes?|otp|pin|password|verification|digits?|money|transfer|transferred|sent you'), amount, arabicWord('كود|رمز|ارقام|الكود|الرمز|فلوس|مبلغ|المبلغ|حولت|حولتلك|دينار')),
  request: anyOf(
    String.raw`(?<!(?:we|i|they)(?: will|'ll| shall| are going to| would)(?: \w+)?\s|if you (?:prefer|wish|want|would like|like)(?: to)? |(?:a|the|your|this) )` +
      seq('return|send back|refund|transfer', 25, String.raw`it|back|them|the (?:money|rest|difference|extra|amount)|${amount}|\d+`),
    word(String.raw`(?:send|forward|give|tell|share|text|read|pass) (?:it|them|the code|the otp)(?: back)?(?: to)? (?:me|us)|(?:send|forward|give|tell|text|read|pass) (?:me|us) (?:the code|the otp|it|the digits)|(?:send|forward|pass|give) (?:it|them) back`),
    arabicWord('ترجعه|ترجعها|ترجعلي|ترجعيلي|رجعلي|رجعيلي|ترجع لي|رجع لي|رجعه|رجعيه|ارجعه|ترسله|ترسلها|ارسله|ارسلها|ارسلي|ارسل لي|ابعثه|تبعثه|دزه|تدزه|عطني|عطيني|قول لي|تقول لي|حوله لي'),
    // Egyptian and Levantine: "تبعتهولي", "ابعتلي ياه", "رجعهولي", "فيك تبعتلي".
    arabic(String.raw`(?:ت|ا)(?:بعت|رجع|حول)(?:ه|ها|يه|يها)?(?:ولي|لي|لنا|ولنا)(?![\p{L}])|(?:رجع|حول)(?:ه|ها|هم)(?:ولي|لي)(?![\p{L}])|(?:ت|ا)(?:بعت|رجع|حول|بعث)(?:ي)?(?:لي|ل)\s+(?:ياه|اياه|ياها|اياها)(?![\p{L}])|قول(?:ه|ها)(?:ولي|الي|لي)(?![\p{L}])`),
  ),
};

/** The site's own words for a CVV, a PIN and a one-time code (lib/secrets), in both languages. */
const secretWord = `${secretWordSources.otp}|${secretWordSources.cvv}|${secretWordSources.pin}`;
/**
 * What a reader must never give: card details, PIN, OTP, CVV, passwords, bank details. Not an account
 * number or IBAN: friends ask for one to send you money.
 */
const secretThing = String.raw`(?:card (?:number|details|info(?:rmation)?|data|no)|(?:bank|debit|credit|atm|knet)? ?card(?=\s*(?:,|and|number|details|here|below|to|on)(?!\p{L})|\s*[.!]?\s*$)|${secretWord}|(?:the|this|that)(?: \d[- ]?digits?)? code (?:(?:that |which )?(?:you|u) (?:just |have |now )?(?:got|received|get)|(?:we |i )?(?:just )?sent (?:to )?you|on your (?:phone|mobile))|expiry(?: date)?|expiration(?: date)?|password|bank (?:account )?details|card photo|photo of (?:your )?card)`;
const secretThingArabic = String.raw`(?:بيانات\s+(?:\S+\s+)?(?:البطاقه|بطاقت\S*)|(?:رقم|تفاصيل|معلومات|صوره)\s+(?:\S+\s+)?(?:البطاقه|بطاقه|بطاقت\S*)(?=\s|$|[،,.])(?!\s+(?:ال)?(?:مدني|ضمان|تامين|صحي|عضوي|ولاء|هوي|طالب|موظف|عائل))|${secretWord}|(?:ال)?(?:رمز|كود)\s+(?:(?:اللي|الي|الذي)\s+(?:وصلك|جاك|وصل لك|ارسلناه|ارسلته|هيجيلك|هيوصلك|حيوصلك|حيجيلك|بيجيك|بيوصلك|رح يجيك|رح يوصلك|راح يوصلك|راح يجيك|يجيك|يوصلك|سيصلك)|(?:الواصل|المرسل|اللي بجوالك))|تاريخ\s*(?:ال)?انتهاء|كلمه\s*(?:ال)?(?:مرور|سر)|البيانات البنكيه|بياناتك البنكيه)`;

/** A courier at the door, to whom a delivery code is given in person: "عط المندوب الكود", "give it to the courier". */
export const toCourier = anyOf(
  word(String.raw`(?:to|with) (?:the |our |your )?(?:courier|driver|delivery (?:agent|associate|person|guy)|rider)`),
  arabic(String.raw`(?:لل|ل)?(?:مندوب|سائق|دليفري)(?![\p{L}])|(?:عط|عطي|اعط|اعطي|قول|قولي)\s+(?:ال)?(?:مندوب|سائق)`),
);

/** A courier or the handing over of a parcel, in Arabic. */
const courierArabic = String.raw`(?:(?:ال)?مندوب(?!نا|\s+(?:ال)?(?:بنك|شركه|خدمه|مبيعات))|السائق|سائق|الاستلام|استلام|التسليم|تسليم|(?:ال)?دليفري|(?:ال)?توصيل|طلبات|يسلمك|الشحنه)`;

/** A request to hand a secret over (a reply, a message): a scam whatever else the message says. */
export const secretsGiven = anyOf(
  // "نحتاج رقم بطاقة الكي نت": what a sender needs, when it is a bank card's secret (not the civil ID card).
  arabic(String.raw`(?:نحتاج|نحتاجه|محتاجين|نبي|نبغي)\s+(?:\S+\s+){0,2}?(?:رقم\s+(?:ال)?بطاق\S*(?=\s|$)(?!\s+(?:ال)?مدني)|الرمز|رمز التحقق|الرقم السري|otp|cvv)`),
  // Not the sender's own "we will send you an OTP".
  seq(String.raw`reply|respond|(?<!(?:we|we'll|will|i'll|shall) )send|share|give|provide|tell|text|forward|read|submit|whatsapp`, 40, secretThing),
  // "Read the code we send you to the officer": the code still to come, handed over; not shown at a counter or to a driver.
  seq('reply|respond|send|share|give|provide|tell|text|forward|read|whatsapp', 40, String.raw`(?:the|this)(?: \d[- ]?digits?)? code (?:that |which )?(?:we|i) (?:will |'ll )?send (?:to )?you`) +
    String.raw`(?![^.!?\n]{0,40}?(?<!\p{L})(?:to|at) the (?:pharmacist|pharmacy|cashier|counter|staff|restaurant|branch|reception|receptionist|driver|courier|rider|guard|security|gate)(?!\p{L}))`,
  // Arabizi: "ib3athli ra8am el card wel expiry", "ersel el code elly yjeek".
  word(String.raw`(?:e|i|t)?b3ath(?:li|ly|i)?|(?:e|i|t)?b3at(?:li|ly|i)?|(?:e|i|t)?rs[ie]?l(?:i|li|ly)?|dez(?:li|ly)?|3a6ni|3a6eeni|3teeni|3at[ie]+ni|a3t[ie]+ni`) + near(25) + word(String.raw`(?:ra[8q2g]a?m|rqm) (?:el |al )?(?:card|kart|bi6a8a|bitaqa)(?! (?:mal|maal|ta3|7ag|bta3) (?!el bank|el knet|el visa)\S)|(?:el |al |w?el )?(?:cvv|otp|pin code|pin number|ra[8q]am el sirri)|(?:el |al |w?el )?expiry(?: date)?(?: (?!mal |maal |ta3 |7ag |bta3 )\w+){0,3} (?:el )?(?:card|kart|bi6a8a|visa)|(?:el |al |w?el )?expiry(?: date)? (?:mal|maal|ta3|7ag|bta3) (?:el )?(?:card|kart|bi6a8a|visa)|(?:el |al )?code (?:elly|elli|eli|ely|illi) (?:ra[7h] |ra7 |bi |b |bi|b)?(?:yjeek|yjik|yousal|ywsal|ywslk|ywaslk|wesal|wsal|jak)`),
  arabicWord('ارسل|ارسلي|ارسال|بارسال|ابعث|ابعت|ابعتلي|ابعتيلي|ابعتلنا|زودنا|زودني|تزويدنا|شارك|عطنا|عطني|عطيني|اعطني|اعطيني|اعطاء|قول|قولي|اكتب لنا|رد|ترسل|دز') + near(30) + arabic(secretThingArabic),
  // Handing it to someone who will call or come: "يرجى تزويده برمز التحقق", "عطه الرمز", "give him the code".
  // Not to a courier at the door, who asks for the delivery code (in the same sentence, before or after).
  String.raw`(?<!${courierArabic}[\s\S]{0,200})` +
    arabicWord('تزويده|تزويدها|تزويدهم|زوده|زوديه|زودوه|تزوده|تزوديه|اعطه|اعطيه|اعطوه|عطه|عطيه|عطوه|تعطيه|تعطيها|قوله|قوليله|تقوله|ابعتله|ابعتيله|ارسله|ارسليه') +
    near(30) +
    arabic(secretThingArabic) +
    String.raw`(?![\s\S]{0,200}${courierArabic})(?!\s+(?:\S+\s+)?(?:ال)?(?:واي ?فاي|وايفاي|راوتر|بوابه|باب|عماره|شقه|نت|انترنت))`,
);

/**
 * Retold from a call: "he asked me for the code in the SMS", "they ask my card number", "طلب مني
 * الرمز". A scam only when the message also says it was a call (`index.ts`): a delivery driver asks
 * for the delivery OTP, a payment terminal for the PIN.
 */
export const askedForSecret = anyOf(
  word(String.raw`(?:ask|asked|asking) (?:me |us )?(?:for )?(?:the|my|a|your)(?: \d[- ]?digits?)?(?: (?:sms|verification|bank|card|security|one[- ]time))? (?:codes?|otp|pin|cvv)|(?:ask|asked|asking) (?:me |us )?(?:for )?(?:my|your|the) card (?:number|details|info)`),
  arabic(String.raw`(?:طلب|يطلب|طالب)\s+(?:مني|منا)\s+(?:ال)?(?:رمز|كود|رقم السري|رقم البطاقه|otp|pin)`),
);

/**
 * "You will get a code on your phone, read it to me": a code about to arrive, then a request to tell
 * it to the sender (the order the secret request above does not read), often in a call retold.
 */
export const codeToCome = {
  arrives: anyOf(
    word(
      String.raw`(?:you(?:'ll| will)? (?:now |soon |shortly )?(?:receive|get)|we(?:'ll| will|'ve| have)?(?: just)? (?:send|sent)(?: you)?|(?:will be|is being|was|has been) sent to (?:you|your (?:phone|mobile|number)))(?: an?| the)?(?: \d[- ]digits?| \w+)? (?:codes?|otp|pin|sms|text message)`,
    ),
    arabic(String.raw`(?:هيجيلك|هيوصلك|حيجيلك|حيوصلك|رح يجيك|حيجيك|هيجي لك|بيوصلك|بيجيك|راح يوصلك|رح يوصلك|يوصلك|سيصلك|سوف يصلك|وصلك|جاك|بيوصل لك|بنرسل لك|بنرسلك|راح نرسل لك|سنرسل لك|سوف نرسل لك|ارسلنا لك)\s+(?:\S+\s+){0,2}?(?:(?:ال)?(?:رمز|كود|ارقام)|(?:ال)?(?:رساله|مسج)\S*\s+(?:\S+\s+){0,2}?(?:ال)?(?:رمز|كود|ارقام))`),
    arabic(String.raw`(?:رمز|كود)\s+(?:\S+\s+)?(?:على|في|ب)\s*(?:تلفونك|جوالك|موبايلك|هاتفك|رقمك)`),
  ),
  passOn: anyOf(
    word(
      String.raw`(?:read|tell|repeat|send|give|share|forward|pass) (?:it|that|them|the code|the otp|the number|the digits)(?: (?:out|back))?(?: (?:to|with))? (?:me|us|him|her|(?:the|our) (?:officer|agent|representative|employee|caller)s?|(?:the|our) (?:courier|driver)(?=[^.!?\n]{0,40}?(?:collect|pick up|take)s? (?:the |your )?(?:card|cards|documents)))|(?:read|tell) (?:it|them|the code|the digits) (?:out|back)|(?:tell|send|give|forward|read) (?:me|us) (?:the code|the otp|the number|the digits|it|what it says)|(?:reply|respond|answer|text) (?:back )?(?:to (?:this|us)(?: (?:chat|message|sms|text))? )?with (?:it|the code|this code|that code|the otp|the digits)`,
    ),
    // "محتاجه منك", "ابيه منك": the code wanted from you.
    arabic(String.raw`(?:محتاجه|محتاجها|محتاجينه|عايزه|عايزها|عاوزه|ابيه|ابغاه|بدي ياه|نحتاجه)\s+(?:منك|منج|منكم)(?![\p{L}])`),
    // "قولي لي اياه", "دزه لي", "عطني الرمز": the verb with the code as its object.
    arabic(
      String.raw`(?:قول|قولي|عط|عطي|اعط|اعطي|ارسل|ارسلي|ابعث|ابعثي|ابعت|ابعتي|ابعتل|ابعتيل|دز|دزي|اقرا|اقري|خبر|خبري)(?:ني|نا|لي|لنا|ي|ه)?\s+(?:\S+\s+)?(?:اياه|اياها|الرمز|الكود|الارقام|الرقم)(?![\p{L}])|(?:ابعت|ابعث|ارسل|قول|اقرا|مل|امل)(?:ي)?(?:ه|ها)(?:ولي|ولنا|الي|لي)(?![\p{L}])|(?:قول|ارسل|ابعث|دز|اقرا|عط)(?:ه|يه|ها|يها)\s+(?:لي|لنا)(?![\p{L}])|(?:قوليه|قوله|قولها|اقراه|اقريه)(?![\p{L}])`,
    ),
  ),
};

/** A request to type a secret in somewhere: a scam when the message also holds a link. */
export const secretsEntered = anyOf(
  seq('enter|type|fill(?: in)?|input|update|verify|confirm|add|re-?enter|validate', 40, secretThing),
  arabicWord('ادخل|ادخال|اكتب|حدث|تحديث|اكد|تاكيد|عبي|تعبئه|حط|حطي|دخل|دخلي') + near(30) + arabic(secretThingArabic),
);

/** Words just before a request that turn it round: "never share", "لا تشارك". */
export const negation = new RegExp(String.raw`(?:${word("never|not|n't|dont|don't|won't|no one|nobody|without")}|${arabicWord('لا|لن|ابدا|عدم|(?<!(?:بعد|قبل|كل|زي|مثل|حسب|اول|لحد|طول)\\s)ما|محد|اياك|اوعي|احذر|حذاري|ممنوع')}|${arabic('(?:يطلب|طلب|يطلبون|طالب)\\s+منك')})${near(25)}$`, 'u');

/** A request to update or verify an account, card or address: a sign when it comes with a link. */
export const verify = anyOf(
  seq(
    'update|verify|confirm|validate|re-?activate|restore|unlock|secure|unblock',
    30,
    'details|information|info|account|identity|payment (?:method|details|information)|billing|address|card|data|membership|profile',
  ),
  arabic(
    String.raw`(?:تحديث|حدث|تاكيد|اكد|توثيق|وثق|تفعيل|اعاده تفعيل|فك|استعاده|تامين|التحقق من|تحقق من)\s+(?:\S+\s+)?(?:بيانات|معلومات|حساب|وسيله\s*(?:ال)?دفع|هويت|الهويه|العنوان|عنوان|بطاقت|البطاقه)`,
  ),
);

/** A new "security" or "protection" service to switch on: the update-your-details request in another dress. */
export const securityService = anyOf(
  seq('activate|enable|turn on|switch on|install|subscribe to', 25, String.raw`(?:security|protection|safety|anti-?fraud) (?:service|feature|system|update|shield|plan)`),
  arabic(String.raw`(?:تفعيل|فعل|تشغيل|شغل|تثبيت|الاشتراك في)\s+(?:ال)?(?:خدمه|خاصيه|نظام|ميزه|تحديث)\s+(?:ال)?(?:حمايه|امان|الحمايه|الامان|مكافحه الاحتيال)`),
);

/** A missed delivery to rearrange: a sign with a link to a site that is not the courier's own. */
export const redeliver = anyOf(
  word(String.raw`re-?schedul(?:e|ing)|re-?deliver(?:y)?|re-?arrange (?:the |your )?delivery|(?:book|choose|select|pick) (?:a )?(?:new|another) (?:delivery )?(?:date|time|slot)`),
  arabic(String.raw`اعاده\s+(?:ال)?(?:جدوله|توصيل|ارسال|تسليم)|جدوله\s+(?:ال)?(?:توصيل|تسليم|موعد)|(?:تحديد|اختيار|حجز)\s+موعد\s+(?:\S+\s+)?(?:ال)?(?:توصيل|تسليم)`),
);

/** A QR code to scan: a link whose site name cannot be read before it opens. */
export const qrCode = anyOf(
  seq('scan|scanning|use|open', 25, String.raw`qr(?: ?codes?)?|barcode`),
  word(String.raw`qr(?: ?codes?)? (?:below|attached|above|in the (?:image|picture|photo))`),
  arabic(String.raw`(?:امسح|مسح|بمسح|صور|تصوير)\S*\s+(?:\S+\s+){0,2}?(?:ال)?(?:رمز|كود|باركود)\s*(?:ال)?(?:qr|كيو ار|الاستجابه)`),
  arabic(String.raw`(?:رمز|كود)\s*(?:ال)?(?:qr|كيو ار|الاستجابه السريعه)\s+(?:ال)?(?:مرفق|التالي|ادناه|بالصوره)`),
);

/** Words that point at a link or a button, for messages whose link is not written out. */
export const linkCue = anyOf(
  seq('click|tap|press|follow|open|visit', 20, 'link|here|button|below'),
  word('here|link'),
  String.raw`\[[^\]\n]{2,30}\]`,
  arabicWord('اضغط|انقر|الرابط|رابط|هنا'),
);

/** "If you did not make this…", for a call-back number. */
export const notYou = anyOf(
  word(
    String.raw`if (?:you )?(?:did ?n[o']?t|didn't|did not|have not|haven't) (?:make|authori[sz]e|recogni[sz]e|place|request|initiate)|not (?:made|done|authori[sz]ed|initiated) by you|if (?:this|it) (?:wasn't|was not|is not|isn't) you|if not you|unauthori[sz]ed (?:transaction|purchase|charge|order|payment)|(?:suspicious|unusual) (?:transaction|purchase|order|activity|payment|charge|login|sign-?in)`,
  ),
  arabic(String.raw`(?:اذا|لو|في حال)\s+(?:لم|ما|مو)\s*(?:تقم|تكن|قمت|سويت|تطلب|طلبت)|(?:اذا|في حال)\s+لم\s*توافق|لم تقم بها|غير مصرح|مشبوهه|لم\s*تقم\s+ب(?:ال)?(?:طلب|شراء|عمليه|دفع)`),
  // "Someone is trying to buy…": a purchase or sign-in the reader did not make.
  word(String.raw`(?:someone|somebody|a third party) (?:is |was |has )?(?:trying|tried|attempting|attempted) to (?:buy|purchase|order|pay|access|log ?in|sign ?in|use|withdraw|transfer|change)`),
  arabic(String.raw`(?:شخص|احد|حد|واحد|جهه)\s+(?:ما\s+)?(?:يحاول|حاول|قاعد يحاول|بيحاول)`),
);
/** A subscription or renewal the reader did not ask for: a call-back sign only from an organisation that publishes no phone number (index.ts). */
export const notYouRenewal = anyOf(arabic(String.raw`لم\s*تقم\s+ب(?:ال)?(?:اشتراك|تجديد)|لا\s+ترغب\s+ب(?:ال)?(?:تجديد|اشتراك)`));
/** A prize won, not one offered: what makes a reply with a word (`replyWithWord`) a way to claim it. */
export const prizeWon = anyOf(word(wonEnglish), arabicWord(wonArabic), arabic(String.raw`${wonByNumber}|جائزت(?:ك|كم)(?![\p{L}])|لديك\s+(?:\S+\s+)?(?:جائزه|هديه|مكافاه)|(?:جائزه|هديه|مكافاه)\s+(?:\S+\s+)?بانتظارك`));
/** Ways to be reached on a number: calling, or writing on WhatsApp. */
export const callWords = anyOf(word('call|contact|dial|phone|ring|reach|whatsapp'), arabicWord('اتصل|اتصلوا|تواصل|كلم|كلمنا|اتصال|الاتصال|واتساب|واتس|الواتس|الواتساب|راسلنا|راسل'));

/**
 * Why a number is to be called, besides a charge you did not make: to confirm your payment or your
 * details, to cancel an order or a transfer (not to activate a new card: banks ask that).
 */
export const callReason = anyOf(
  word(String.raw`(?:confirm|verify|update|validate|unlock|unblock|re-?activate|restore|secure) your (?:\w+ )?(?:payments?|card|account|details|identity|bank details)`),
  word(String.raw`(?:cancel|stop|block|reverse|dispute) (?:this|the|that|these|your) (?:\w+ )?(?:orders?|transactions?|purchases?|payments?|charges?|transfers?|operation)`),
  arabic(String.raw`(?:تاكيد|اكد|تحديث|حدث|فك|تامين)\s+(?:\S+\s+)?(?:حساب|بطاقت|بيانات|معلومات|دفعت|هويت)ك`),
  arabic(String.raw`(?:ايقاف|الغاء|الغي|وقف|اوقف)\s+(?:هذه\s+|هذي\s+)?(?:ال)?(?:عمليه|طلب|معامله|حواله|تحويل|شراء|خصم)`),
);

/**
 * Reasons to call that a bank gives too, with its own published number ("to unblock it call
 * 1801801"): a sign only when the number to call is a mobile one (`index.ts`).
 */
export const callReasonMobile = anyOf(
  // "Call … to avoid legal action": the threat is the reason to call.
  word(String.raw`to avoid (?:any )?(?:legal|court|police|criminal) (?:action|case|proceedings|measures)`),
  arabic(String.raw`(?:لتجنب|تجنبا ل|لتفادي)\s*(?:اتخاذ\s+)?(?:ال)?(?:اجراءات|اجراء|مسائله|ملاحقه)\s*(?:ال)?(?:قانونيه|قانوني|قضائيه)`),
  // "Call … to reactivate", "to unblock it": the account or card the message says is blocked.
  word(String.raw`to (?:re-?activate|unblock|unlock|unfreeze|restore|reopen)(?: (?:it|them|your (?:\w+ )?(?:account|card|access)))?`),
  arabic(String.raw`(?:لاعاده تفعيل|لفك|لرفع)\s+(?:ال)?(?:حساب|بطاق|حظر|تجميد|ايقاف)\S*`),
);

/** "To claim your prize, call / WhatsApp…": a prize to be claimed through a number is a way out for the money too. */
export const claimPrize = anyOf(
  // A gift only as "your gift": "call me when you get the gift" is a friend.
  word(String.raw`(?:claim|collect|receive|redeem|get) (?:your|the|a|this) (?:\w+ )?(?:prizes?|rewards?|winnings|refund)|(?:claim|collect|receive|redeem|get) your (?:\w+ )?gifts?`),
  arabic(String.raw`(?:استلام|استلم|تستلم|صرف|استرداد|استرجاع)\s+(?:\S+\s+)?(?:(?:ال)?(?:جائزه|جوائز|مكافاه)|(?:جائزت|هديت|مكافات|مبلغ)ك|(?:ال)?مبلغ\s+(?:ال)?مسترد)`),
);

/**
 * A reply that sets something going: "Reply YES to start", "send 1 to cancel". Answering marks the
 * number as read by a person and opens the conversation the rest of the scam needs.
 */
export const replyToAct = anyOf(
  word(String.raw`(?:reply|text|send|sms|answer|respond)(?: with| back)? ["'“]?(?:yes|y|ok|1|2|start|join|interested)["'”]?(?: (?:to|for) (?:start|join|cancel|claim|confirm|stop (?:this|the))\w*)?`),
  word(String.raw`press (?:\d|one|two)(?: (?:to|for) \w+)?`),
  arabic(String.raw`اضغط\s+(?:علي\s+)?(?:رقم\s+)?\d(?![\p{N}])`),
  arabic(String.raw`(?:ارسل|ارسال|رد|ردي|اكتب|ابعت)\s+(?:(?:علي|لي|لنا|علينا)\s+)?(?:ب)?(?:كلمه\s+|رقم\s+)?(?:\d|نعم|موافق|تم|اوكي)(?![\p{L}\p{N}])`),
  arabic(String.raw`(?:ابعتلي|ابعتيلي|ابعتلنا|ارسلي|ارسللي|ارسل لي|رد علي|ردي علي|راسلني|راسليني)\s+\W?(?:نعم|موافق|اوكي|تم)(?![\p{L}])`),
);
/** "رد على هذه الرسالة بكلمة نعم": the word to send after a few words; with a prize, only a prize won (index.ts). */
export const replyWithWord = anyOf(
  arabic(String.raw`(?:ارسل|رد|ردي|اكتب|ابعت)\s+(?:\S+\s+){1,4}?ب?كلمه\s+\W?(?:نعم|موافق|تم|اوكي|اشترك)(?![\p{L}])`),
);

/**
 * An app that lets the sender see or work your phone or computer (AnyDesk, TeamViewer): whatever
 * you then type, a card number or a code, is theirs. Not screen sharing as such: colleagues ask for
 * it on every video call.
 */
export const remoteAccess = anyOf(
  word(
    String.raw`any ?desk|team ?viewer|quick ?support|rust ?desk|air ?droid|ultra ?viewer`,
  ),
  arabicWord('انيديسك|اني ديسك|اني دسك|تيم فيور|تيم فيوير|تيمفيور|تيم فيوور'),
);

/**
 * Someone held far away: at an airport, at customs or a border, by the police. With a request for
 * money it is the stranded-relative and romance scam. Not an accident, a hospital, a trip or a
 * landlord abroad: people write those to each other every day, with money in the same message.
 */
export const emergency = anyOf(
  word(
    String.raw`(?:stuck|stranded|held|detained|arrested|stopped) (?:in|at|by) (?:the )?(?:\w+ )?(?:airport|customs|border|immigration|police)|(?:i'?m|i am|im|he is|she is|he's|she's) (?:\w+ )?(?:detained|arrested|in jail|in prison)`,
  ),
  arabic(String.raw`(?:محتجز|محجوز|عالق|علقت|موقوف|حاجزين\S*|حجزوني|وقفوني|مسكوني)\S*\s+(?:\S+\s+)?(?:بال|في ال|في|ب)?(?:مطار|جمارك|منفذ|حدود|مخفر|شرطه)`),
  // Arabizi: "ana 3al2a fe matar", "7ajazoni bl jamarek".
  word(String.raw`(?:3al2an?|3al8an?|3alqan?|ma7jooz|m7tajez|7ajazo\w*|7ajz\w*|mesekoni|waga3oni)(?: \w+){0,3} (?:matar|el matar|jamarek|el jamarek|customs|el customs|7dood|ma5far)|(?:matar|jamarek|customs)(?: \w+){0,2} (?:7ajz\w*|7ajazo\w*|ma7jooz\w*|mesko\w*)`),
);

/** Money, a bank, a card or a refund: what an app to see your screen must not be asked for. */
export const moneyContext = anyOf(
  word(String.raw`refunds?|bank|banking|card|account|payments?|transfer|money|balance|wallet|knet|amazon`),
  arabic(String.raw`بنك|بطاق|حساب|استرداد|مبلغ|فلوس|تحويل|رصيد|دفع|امازون|كي نت`),
);

/**
 * A call told as one, in the words `callWords` lacks ("someone called me", "on the line", "مكالمه",
 * "كلمني"): with those, what says a request was retold from a call.
 */
export const aCall = anyOf(word(String.raw`called|calling|caller|on the line`), arabicWord('مكالمه|كلمني|كلموني|دق علي'));

/** Lines where a number is given for questions, or for a transfer between people: not where to pay. */
export const notForPaying = new RegExp(
  String.raw`(?:${word('questions?|enquir(?:y|ies)|inquir(?:y|ies)|problems?|wamd')}|${arabic('استفسار|الاستفسار|للاستفسار|ومض')})`,
  'u',
);

/** Family or a friend "on a new number". */
export const newNumber = anyOf(
  word(String.raw`(?:my|this is my|it'?s my) new number|new number|changed my number|lost my phone|(?:my )?(?:old )?phone (?:is )?(?:broke|broken|lost|stolen|damaged|dead)`),
  word(String.raw`naya (?:number|no\.?|nambar)|(?:mera|meri|my) (?:phone|mobile|fone) (?:kharab|kho|toot|gum|kharaab)|ra?[8qgk]a?mi (?:el|al|il)? ?j[ae]?dee?d|(?:tele?fo?ni|jawali|mobaili|mobile?i) (?:5[ia]?r[ae]b|kharab|5erib|5ireb|ra7|da3|inksar)`),
  arabic(String.raw`رقمي الجديد|هذا رقمي|هذا رقم صاحبي|هذا رقم صديقي|هذا رقم رفيقي|رقم جديد|غيرت رقمي|(?:تلفوني|جوالي|موبايلي|تلفون)\s+(?:خرب|انكسر|ضاع|انسرق|طاح)`),
);

export const moneyAmount = new RegExp(amount, 'giu');

/**
 * The keys of a flat, or the flat's contract, to come by courier once a deposit is paid: the owner
 * is "away" and cannot show it. With a payment asked for it is the rental scam; a landlord who is
 * travelling and asks for the rent as usual sends no keys.
 */
export const keysByCourier = anyOf(
  word(String.raw`(?:courier|ship|post|mail)(?: (?:you|to you))?(?: the)? keys|keys[^.!?\n]{0,60}?(?:courier|dhl|aramex|fedex|ups|by post|shipping|delivery company)|(?:courier|dhl|aramex|fedex|shipping|delivery company)[^.!?\n]{0,60}?keys`),
  arabic(String.raw`(?:و)?(?:ال)?(?:مفاتيح|مفتاح)[^.!?؟\n]{0,50}?(?:شحن|الشحن|بريد|البريد|شركه\s+(?:ال)?(?:شحن|توصيل)|ارامكس|مندوب\s+(?:ال)?توصيل)|(?:شحن|الشحن|بريد|البريد|شركه\s+(?:ال)?(?:شحن|توصيل)|ارامكس)[^.!?؟\n]{0,50}?(?:و)?(?:ال)?(?:مفاتيح|مفتاح)`),
);

/**
 * Keys handed over by "the courier" or a driver, for a deposit to reserve the place ("حول عربون شهر
 * … وبنرسل لك العقد والمفتاح مع المندوب"): the rental scam, when the message asks for a deposit.
 * A landlord's "I'll send the keys with my driver, pay the rent as usual" is not.
 */
export const keysByHand = anyOf(
  word(String.raw`keys?[^.!?\n]{0,40}?(?:with|by|via) (?:the |my |a |our )?(?:courier|driver|delivery (?:guy|man|boy))`),
  arabic(String.raw`(?:و)?(?:ال)?(?:مفاتيح|مفتاح)\s+(?:\S+\s+){0,2}?(?:مع|عن طريق|ب)\s*(?:ال)?(?:مندوب|سائق|دليفري)`),
);
/** The money asked for is a deposit to reserve the place: what makes keys by a courier or driver a sign (index.ts). */
export const reserveDeposit = anyOf(
  word(String.raw`to reserve|reserve it|booking fee|reservation fee|holding deposit`),
  arabicWord('عربون|العربون|للحجز'),
);

/** A sender correcting their own number ("this is my correct one", "الرقم الصحيح"): no wrong number of the reader's. */
export const ownNumberCorrected = anyOf(word(String.raw`correct (?:one|number)|right number|(?:my|the) (?:correct|new) number|this is my (?:correct|right|new)`), arabic(String.raw`(?:ال)?رقم\S*\s+(?:ال)?صحيح|هذا رقمي`));
/**
 * A "wrong number" that turns into making friends: "sorry, wrong number … you seem nice, can we get
 * to know each other?". The opening of the long romance and investment scams; a stranger who truly
 * dialled wrong says sorry and stops.
 */
export const wrongNumber = {
  wrong: anyOf(
    word(String.raw`wrong (?:number|person|contact)|(?:sorry|oops),? (?:who is this|i thought you were)|(?:mis)?dialed|misdialled`),
    arabic(String.raw`(?:غلطت|غلط|اغلط)\S*\s+(?:\S+\s+)?(?:بالرقم|في الرقم|الرقم|رقم)|رقم غلط|الرقم غلط|(?:مو|مش|مب)\s+(?:هذا\s+)?رقم|(?:شكلي|يبدو|اظن|اعتقد)\s+(?:اني\s+)?غلطت`),
  ),
  befriend: anyOf(
    word(String.raw`(?:be|become|stay) friends|get to know (?:you|each other)|(?:can|could|may) we (?:keep in touch|chat|talk)|we (?:can|could) (?:keep in touch|chat|talk)(?: more| sometime| sometimes| again)`),
    arabic(String.raw`نتعرف(?!\s+علي\s+(?!بعض))|اتعرف عليك|نتعارف|نكون اصدقاء|نصير اصحاب|نصير اصدقاء|نبقي اصحاب|نبقي صحاب`),
  ),
};

/**
 * A job to do from home or from your phone, and a salary named up front: a prize only both together
 * (index.ts), as a real job advert names one or the other.
 */
export const jobRemote = anyOf(
  arabic(String.raw`(?:عمل|العمل|للعمل|شغل|الشغل|وظيفه|وظائف|تشتغل|اشتغل)\s+(?:\S+\s+)?(?:عن بعد|اونلاين|اون لاين|اونلين)|من (?:الجوال|الموبايل|التلفون|هاتفك|جوالك)`),
  word(String.raw`remote (?:jobs?|work|positions?)|work(?:ing)? remotely|work online|online jobs?|from (?:your|ur) (?:phone|mobile)`),
);
export const jobSalary = anyOf(
  arabic(String.raw`(?:براتب|راتب|دخل)\s+(?:\S+\s+)?(?:يصل|يبدا|يتراوح|\d)|\d+\s*(?:دينار|د\.?ك)\s*(?:يوميا|باليوم|اسبوعيا|بالاسبوع)`),
  word(String.raw`salary (?:of |up to |from )?(?:kd|kwd|\$)?\s?\d[\d,.]*|(?:kd|kwd|\$)\s?\d[\d,.]*\s?(?:/|per |a )?(?:day|daily|week|weekly)`),
);
