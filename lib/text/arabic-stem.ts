// A light stemmer for search, after Larkey, Ballesteros and Connell's "Light10"
// (Light stemming for Arabic information retrieval, 2007), the suffix half of it:
// the prefixes (ال and its combinations, و ف ب ل ك) are already handled by
// lib/text/arabic-search.ts, which indexes a word with and without them. It
// works on normalised words (ة → ه, ى → ي, hamza unified), and only feeds the
// index's `stems` column, which ranks below the words as written: a reader who
// types «محطة» finds «محطات», and a story that says «محطة» still ranks first.
//
// The rules, in order, each applied once:
//  1. A word in FIXED_STEMS has its stem given, not computed: names whose ending looks
//     like a suffix and whose stem would be another word («السعودية» is not «سعود» + ية,
//     «ماكرون» not «ماكر», «فتحي» not «فتح»), a word family whose stem would be a name
//     («رياضة», «رياضي» would be «رياض», the Saudi capital), and the tens, whose ون / ين
//     is not a plural («ثلاثين» is not «ثلاث»).
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
// Changing a table or a rule needs a migration that reindexes the stories holding the
// words it changes (as 0016 does).
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
// «امار» while «إماراتي» stays «امارات», «فلسطين» «فلسط» while «فلسطيني» gives «فلسطين»,
// «ماكرون» «ماكر» (cunning); and the given names in the news that are nisba forms of a
// common word: «فتحي» would be «فتح» (Fatah, an opening), «مجدي» «مجد» (glory),
// «صبري» «صبر» (patience), «شكري» «شكر» (thanks), «سامي» «سام» (poison), «المهدي»
// «مهد» (a cradle).
const PROPER_NAMES = [
  'فلسطين',
  'سعودي',
  'سعوديه',
  'سوري',
  'سوريه',
  'امارات',
  'ماكرون',
  'فتحي',
  'مجدي',
  'صبري',
  'شكري',
  'سامي',
  'مهدي',
];

// «رياضة» (sport), «رياضي» (sporting, an athlete) and their plurals share a stem that is
// not «رياض», so a reader looking for sport does not get every story datelined in the capital.
const SPORT = ['رياضه', 'رياضي', 'رياضيه', 'رياضيون', 'رياضيين', 'رياضيات'];

// The tens end in ون / ين like a plural but are numbers of their own: «عشرين» and
// «عشرون» are one number, not «عشر» (ten). «ستين» is too short to be touched anyway.
const TENS = ['عشر', 'ثلاث', 'اربع', 'خمس', 'سبع', 'ثمان', 'تسع'];

const FIXED_STEMS = new Map<string, string>([
  ...PROPER_NAMES.map((name): [string, string] => [name, name]),
  ...SPORT.map((word): [string, string] => [word, 'رياضه']),
  ...TENS.flatMap((unit): [string, string][] => [
    [`${unit}ين`, `${unit}ين`],
    [`${unit}ون`, `${unit}ين`],
  ]),
]);

// The broken plurals of the news, and the sound ones the suffix rules cannot reach: a
// singular that ends otherwise («سنوات» / «سنة», «مباريات» / «مباراة», «قنوات» / «قناة»,
// «قوانين» / «قانون») or a stem too short to cut («قوات» / «قوة», «لغات» / «لغة»). A plural
// whose written form is also a common other word is left out, so that word keeps its
// own stem: «كتب» (he wrote), «أمراء» («أمرًا», a matter), «وكلاء» («وكلا», and both),
// «أسرى» («أسري», of the family), «أنهار» (it collapsed), «فرق» (a difference; «فرقة»).
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
  اخبار: 'خبر',
  احداث: 'حدث',
  اعمال: 'عمل',
  اموال: 'مال',
  افكار: 'فكره',
  اسباب: 'سبب',
  ايام: 'يوم',
  اعوام: 'عام',
  شهور: 'شهر',
  اشهر: 'شهر',
  سنوات: 'سنه',
  رجال: 'رجل',
  طلاب: 'طالب',
  عمال: 'عامل',
  ابنا: 'ابن',
  ملوك: 'ملك',
  شيوخ: 'شيخ',
  نواب: 'نايب',
  حكام: 'حاكم',
  زعما: 'زعيم',
  خبرا: 'خبير',
  جنود: 'جندي',
  ضباط: 'ضابط',
  قتلي: 'قتيل',
  جرحي: 'جريح',
  مواني: 'مينا',
  شوارع: 'شارع',
  طرق: 'طريق',
  جسور: 'جسر',
  مباني: 'مبني',
  بيوت: 'بيت',
  منازل: 'منزل',
  مصانع: 'مصنع',
  اسهم: 'سهم',
  ارباح: 'ربح',
  قروض: 'قرض',
  ديون: 'دين',
  جبال: 'جبل',
  جزر: 'جزيره',
  قري: 'قريه',
  اقاليم: 'اقليم',
  بلدان: 'بلد',
  اهداف: 'هدف',
  مباريات: 'مباراه',
  نجوم: 'نجم',
  انديه: 'نادي',
  ملاعب: 'ملعب',
  جماهير: 'جمهور',
  علوم: 'علم',
  صحف: 'صحيفه',
  قنوات: 'قناه',
  وسايل: 'وسيله',
  رسايل: 'رساله',
  اسيله: 'سوال',
  اجهزه: 'جهاز',
  ادويه: 'دوا',
  امراض: 'مرض',
  اطبا: 'طبيب',
  ضحايا: 'ضحيه',
  حوادث: 'حادث',
  جرايم: 'جريمه',
  سجون: 'سجن',
  محاكم: 'محكمه',
  قوانين: 'قانون',
  حقوق: 'حق',
  سكان: 'ساكن',
  اجانب: 'اجنبي',
  تجار: 'تاجر',
  خطط: 'خطه',
  برامج: 'برنامج',
  مشاكل: 'مشكله',
  حروب: 'حرب',
  معارك: 'معركه',
  عقود: 'عقد',
  اسابيع: 'اسبوع',
  دقايق: 'دقيقه',
  ليالي: 'ليله',
  مواقع: 'موقع',
  اماكن: 'مكان',
  اصوات: 'صوت',
  مقاعد: 'مقعد',
  مناصب: 'منصب',
  وظايف: 'وظيفه',
  رواتب: 'راتب',
  اجور: 'اجر',
  ضرايب: 'ضريبه',
  فنادق: 'فندق',
  سفن: 'سفينه',
  حقول: 'حقل',
  معادن: 'معدن',
  بضايع: 'بضاعه',
  سلع: 'سلعه',
  مصارف: 'مصرف',
  ارقام: 'رقم',
  نتايج: 'نتيجه',
  تقارير: 'تقرير',
  وثايق: 'وثيقه',
  افلام: 'فيلم',
  كنايس: 'كنيسه',
  متاحف: 'متحف',
  جوايز: 'جايزه',
  شهدا: 'شهيد',
  ابطال: 'بطل',
  قضاه: 'قاضي',
  اساتذه: 'استاذ',
  تلاميذ: 'تلميذ',
  اولاد: 'ولد',
  بنات: 'بنت',
  اصدقا: 'صديق',
  اعدا: 'عدو',
  جيران: 'جار',
  ضيوف: 'ضيف',
  زوار: 'زاير',
  حجاج: 'حاج',
  مرضي: 'مريض',
  لجان: 'لجنه',
  مجالس: 'مجلس',
  دواير: 'دايره',
  فتيات: 'فتاه',
  قوات: 'قوه',
  لغات: 'لغه',
  جهات: 'جهه',
  صفات: 'صفه',
  مرات: 'مره',
  قمم: 'قمه',
  مواد: 'ماده',
  صلوات: 'صلاه',
  وفيات: 'وفاه',
  نسا: 'امراه',
  شعرا: 'شاعر',
};

/** The stem a normalised word is indexed and searched under in the `stems` column. */
export function lightStem(word: string): string {
  const fixed = FIXED_STEMS.get(word);
  if (fixed) return fixed;
  const singular = BROKEN_PLURALS[word] ?? word;
  let stem = singular;
  for (const [suffix, minStem] of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minStem) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
