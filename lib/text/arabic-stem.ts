// A light stemmer for search, after Larkey, Ballesteros and Connell's "Light10"
// (Light stemming for Arabic information retrieval, 2007), the suffix half of it:
// the prefixes (ال and its combinations, و ف ب ل ك) are already handled by
// lib/text/arabic-search.ts, which indexes a word with and without them. It
// works on normalised words (ة → ه, ى → ي, hamza unified), and only feeds the
// index's `stems` column, which ranks below the words as written: a reader who
// types «محطة» finds «محطات», and a story that says «محطة» still ranks first.
//
// The rules, in order, each applied once:
//  1. A word in PROPER_NAMES is its own stem: names whose ending looks like a suffix
//     and whose stem would be another word («السعودية» is not «سعود» + ية).
//  2. A common broken plural becomes its singular («وزراء» → «وزير», «مدارس» → «مدرسه»):
//     no suffix rule can undo an internal plural, so the frequent ones in news are listed.
//  3. Suffixes, each removed once, in this order, only when the stem left is long
//     enough (SUFFIXES): first the endings ها and ه — a pronoun (her/its, his/its:
//     «مؤسساتها», «ومؤسساته» go on to «موسس») or ة («مؤسسه» → «موسس»); then ات
//     (sound feminine plural: «محطات» → «محط», like «محطه»), ون / ين (sound
//     masculine plural: «لاعبين» → «لاعب»; needs four letters left, so «بوتين» and
//     «البحرين» keep theirs), and ي (nisba: «مصري», «مصريه» → «مصر»). Light10
//     takes the plural endings before ه; taking ه first lets a plural with a
//     pronoun reach the same stem.
//     The dual ان is never removed: it ends too many names («لبنان», «عمان», «ايران»,
//     «رمضان») for what it would find.
const SUFFIXES: [suffix: string, minStem: number][] = [
  ['ها', 3],
  ['ه', 3],
  ['ات', 3],
  ['ون', 4],
  ['ين', 4],
  ['ي', 3],
];

// Only where the suffix rules would make a name another word, or split a name from its
// adjective: «السعودية» would be «سعود» (a name), «سوري» «سور» (a wall), «الإمارات»
// «امار» while «إماراتي» stays «امارات», «فلسطين» «فلسط» while «فلسطيني» gives «فلسطين».
const PROPER_NAMES = new Set(['فلسطين', 'سعودي', 'سعوديه', 'سوري', 'سوريه', 'امارات']);

const BROKEN_PLURALS: Record<string, string> = {
  وزرا: 'وزير',
  روسا: 'رييس',
  سفرا: 'سفير',
  علما: 'عالم',
  قاده: 'قايد',
  مدن: 'مدينه',
  دول: 'دوله',
  اسواق: 'سوق',
  اسعار: 'سعر',
  شعوب: 'شعب',
  جيوش: 'جيش',
  مدارس: 'مدرسه',
  مساجد: 'مسجد',
  اطفال: 'طفل',
  مشاريع: 'مشروع',
  عواصم: 'عاصمه',
  بنوك: 'بنك',
  اسلحه: 'سلاح',
  صواريخ: 'صاروخ',
  قرارات: 'قرار',
  اراضي: 'ارض',
  انظمه: 'نظام',
  احزاب: 'حزب',
  قضايا: 'قضيه',
  مناطق: 'منطقه',
  مراكز: 'مركز',
  مصادر: 'مصدر',
  اعضا: 'عضو',
  ملايين: 'مليون',
  اشخاص: 'شخص',
};

/** The stem a normalised word is indexed and searched under in the `stems` column. */
export function lightStem(word: string): string {
  if (PROPER_NAMES.has(word)) return word;
  const singular = BROKEN_PLURALS[word] ?? word;
  let stem = singular;
  for (const [suffix, minStem] of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minStem) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
