// A large, reproducible archive for planner tests and benchmarks: twelve sections,
// ~300 tags, ~40 authors and N generated stories spread over ten years, with
// Arabic bodies built from phrase banks so the search index sees a realistic
// spread of words. Same seed → same content (dates are relative to `now`).
import type { Locale } from '@/i18n/routing';
import type { PortalDatabase } from '../client';
import { slugify } from '@/lib/text/slug';

export type ArchiveOptions = {
  articles: number;
  /** PRNG seed; the same seed gives the same archive. */
  seed?: number;
  /** Dates are spread over the ten years before this instant (epoch ms). */
  now?: number;
  /** Rows per write transaction. */
  batchSize?: number;
  onProgress?: (progress: ArchiveProgress) => void;
};

export type ArchiveProgress = {
  phase: 'articles' | 'search-index' | 'analyze';
  done: number;
  total: number;
  elapsedMs: number;
};

export type ArchiveResult = {
  firstId: number;
  lastId: number;
  articles: number;
  articleTags: number;
  elapsedMs: number;
};

const YEAR = 365.25 * 24 * 3_600_000;
const DAY = 24 * 3_600_000;
const ARCHIVE_SPAN = 10 * YEAR;
const TAG_COUNT = 300;
const AUTHOR_COUNT = 40;
const MIN_BODY_BYTES = 3_000;
const MAX_BODY_BYTES = 15_000;
const ENGLISH_SHARE = 0.05;

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

/** mulberry32: tiny, fast and good enough for test data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    /** Favours the start of the list, so a few items are common and most are rare. */
    pickSkewed: <T>(items: readonly T[]): T => items[Math.floor(next() ** 2 * items.length)],
  };
}

type Random = ReturnType<typeof createRandom>;

// ---------------------------------------------------------------------------
// Sections, authors, tags
// ---------------------------------------------------------------------------

export const ARCHIVE_SECTIONS = [
  { slug: 'health', nameAr: 'صحة', nameEn: 'Health' },
  { slug: 'environment', nameAr: 'بيئة', nameEn: 'Environment' },
  { slug: 'education', nameAr: 'تعليم', nameEn: 'Education' },
  { slug: 'society', nameAr: 'مجتمع', nameEn: 'Society' },
  { slug: 'opinion', nameAr: 'رأي', nameEn: 'Opinion' },
] as const;

type Name = readonly [arabic: string, english: string];

const MALE_FIRST_NAMES: readonly Name[] = [
  ['محمد', 'Mohamed'],
  ['أحمد', 'Ahmed'],
  ['محمود', 'Mahmoud'],
  ['مصطفى', 'Mostafa'],
  ['عمر', 'Omar'],
  ['علي', 'Ali'],
  ['حسن', 'Hassan'],
  ['إبراهيم', 'Ibrahim'],
  ['طارق', 'Tarek'],
  ['سامي', 'Sami'],
  ['كريم', 'Karim'],
  ['ياسر', 'Yasser'],
  ['عمرو', 'Amr'],
  ['هشام', 'Hesham'],
  ['وليد', 'Walid'],
];
const FEMALE_FIRST_NAMES: readonly Name[] = [
  ['فاطمة', 'Fatma'],
  ['مريم', 'Mariam'],
  ['سارة', 'Sara'],
  ['نور', 'Nour'],
  ['ريم', 'Reem'],
  ['دينا', 'Dina'],
  ['ليلى', 'Laila'],
  ['هبة', 'Heba'],
  ['إيمان', 'Iman'],
  ['رانيا', 'Rania'],
];
const FAMILY_NAMES: readonly Name[] = [
  ['الشريف', 'El-Sherif'],
  ['عبد الله', 'Abdallah'],
  ['النجار', 'El-Naggar'],
  ['حسين', 'Hussein'],
  ['الجمال', 'El-Gammal'],
  ['سليمان', 'Soliman'],
  ['عثمان', 'Osman'],
  ['المصري', 'El-Masry'],
  ['البنا', 'El-Banna'],
  ['القاضي', 'El-Kady'],
  ['الخطيب', 'El-Khatib'],
  ['منصور', 'Mansour'],
  ['الحسيني', 'El-Husseini'],
  ['رشيد', 'Rashid'],
  ['زكي', 'Zaki'],
];

const PLACES = [
  'القاهرة',
  'الرياض',
  'دبي',
  'أبوظبي',
  'الدوحة',
  'الكويت',
  'المنامة',
  'مسقط',
  'عمان',
  'بيروت',
  'دمشق',
  'بغداد',
  'الخرطوم',
  'طرابلس',
  'تونس',
  'الجزائر',
  'الرباط',
  'نواكشوط',
  'القدس',
  'غزة',
  'صنعاء',
  'إسطنبول',
  'أنقرة',
  'طهران',
  'إسلام آباد',
  'جاكرتا',
  'كوالالمبور',
  'باريس',
  'لندن',
  'برلين',
  'روما',
  'مدريد',
  'موسكو',
  'بكين',
  'طوكيو',
  'نيودلهي',
  'واشنطن',
  'نيويورك',
  'جنيف',
  'بروكسل',
  'فيينا',
  'أديس أبابا',
  'نيروبي',
  'لاغوس',
  'داكار',
  'الإسكندرية',
  'أسوان',
  'جدة',
  'مكة المكرمة',
  'المدينة المنورة',
  'مراكش',
  'وهران',
  'الأقصر',
  'بورسعيد',
  'المنصورة',
];

const TAG_TOPICS = [
  'الذكاء الاصطناعي',
  'الطاقة المتجددة',
  'التغير المناخي',
  'الأمن الغذائي',
  'التضخم',
  'أسعار النفط',
  'الانتخابات',
  'حقوق الإنسان',
  'اللاجئون',
  'الأمم المتحدة',
  'جامعة الدول العربية',
  'الاتحاد الأفريقي',
  'كأس العالم',
  'الدوري الممتاز',
  'الألعاب الأولمبية',
  'معرض الكتاب',
  'السينما',
  'المسرح',
  'الآثار',
  'التعليم الجامعي',
  'الثانوية العامة',
  'الصحة العامة',
  'اللقاحات',
  'التأمين الصحي',
  'المياه',
  'السياحة',
  'الاستثمار',
  'البورصة',
  'العملات الرقمية',
  'الأمن السيبراني',
  'الفضاء',
  'الحج',
  'رمضان',
  'الأوقاف',
  'الزكاة',
  'الشباب',
  'المرأة',
  'الطفولة',
  'الإسكان',
  'النقل',
  'السكك الحديدية',
  'الموانئ',
  'قناة السويس',
  'الزراعة',
  'القمح',
  'الغاز الطبيعي',
  'الكهرباء',
  'الاتصالات',
  'الصادرات',
  'الديون',
  'البنك المركزي',
  'صندوق النقد الدولي',
  'البنك الدولي',
  'مجلس الأمن',
  'الدبلوماسية',
  'التراث',
  'الموسيقى',
  'الرواية',
  'الترجمة',
  'البحث العلمي',
];
const TAG_PREFIXES = ['انتخابات', 'اقتصاد', 'قمة', 'أزمة', 'زيارة', 'مؤتمر', 'جامعة', 'ميناء'];

function archiveTagNames(): string[] {
  const names = new Set<string>([...TAG_TOPICS, ...PLACES]);
  for (const prefix of TAG_PREFIXES) {
    for (const place of PLACES) {
      if (names.size >= TAG_COUNT) return [...names];
      names.add(`${prefix} ${place}`);
    }
  }
  return [...names];
}

function archiveAuthors(random: Random, count: number) {
  const authors = new Map<string, { slug: string; name: string; nameEn: string }>();
  while (authors.size < count) {
    const first = random.chance(0.6) ? random.pick(MALE_FIRST_NAMES) : random.pick(FEMALE_FIRST_NAMES);
    const family = random.pick(FAMILY_NAMES);
    const nameEn = `${first[1]} ${family[1]}`;
    const slug = slugify(nameEn);
    authors.set(slug, { slug, name: `${first[0]} ${family[0]}`, nameEn });
  }
  return [...authors.values()];
}

// ---------------------------------------------------------------------------
// Arabic phrase banks
// ---------------------------------------------------------------------------

type Gender = 'm' | 'f';
type Subject = readonly [name: string, gender: Gender];
/** [past masculine, past feminine, present masculine, present feminine, words before the object] */
type Verb = readonly [string, string, string, string, string?];

const GENERAL_SUBJECTS: readonly Subject[] = [
  ['رئيس الوزراء', 'm'],
  ['الحكومة', 'f'],
  ['مجلس الوزراء', 'm'],
  ['مجلس النواب', 'm'],
  ['الرئاسة', 'f'],
  ['المتحدث الرسمي باسم الحكومة', 'm'],
  ['لجنة برلمانية', 'f'],
  ['محافظ العاصمة', 'm'],
  ['وفد رسمي', 'm'],
  ['مصادر مطلعة', 'f'],
  ['الأمين العام للأمم المتحدة', 'm'],
  ['جامعة الدول العربية', 'f'],
];

const SECTION_SUBJECTS: Record<string, readonly Subject[]> = {
  politics: [
    ['وزير الداخلية', 'm'],
    ['الأحزاب السياسية', 'f'],
    ['اللجنة التشريعية', 'f'],
    ['رئيس البرلمان', 'm'],
    ['الهيئة الوطنية للانتخابات', 'f'],
  ],
  world: [
    ['وزير الخارجية', 'm'],
    ['الاتحاد الأوروبي', 'm'],
    ['مجلس الأمن الدولي', 'm'],
    ['الاتحاد الأفريقي', 'm'],
    ['المبعوث الأممي', 'm'],
    ['الخارجية الأمريكية', 'f'],
  ],
  economy: [
    ['البنك المركزي', 'm'],
    ['وزير المالية', 'm'],
    ['وزارة التجارة والصناعة', 'f'],
    ['هيئة الاستثمار', 'f'],
    ['البورصة المصرية', 'f'],
    ['صندوق النقد الدولي', 'm'],
  ],
  'islamic-world': [
    ['الأزهر الشريف', 'm'],
    ['وزارة الأوقاف', 'f'],
    ['دار الإفتاء', 'f'],
    ['منظمة التعاون الإسلامي', 'f'],
    ['رابطة العالم الإسلامي', 'f'],
    ['مجمع البحوث الإسلامية', 'm'],
  ],
  sports: [
    ['المنتخب الوطني', 'm'],
    ['اتحاد الكرة', 'm'],
    ['وزير الشباب والرياضة', 'm'],
    ['اللجنة الأولمبية', 'f'],
    ['النادي الأهلي', 'm'],
    ['رابطة الأندية', 'f'],
  ],
  culture: [
    ['وزارة الثقافة', 'f'],
    ['الهيئة العامة للكتاب', 'f'],
    ['المجلس الأعلى للثقافة', 'm'],
    ['دار الأوبرا', 'f'],
    ['اتحاد الكتاب', 'm'],
  ],
  'science-tech': [
    ['وزارة الاتصالات', 'f'],
    ['وكالة الفضاء', 'f'],
    ['فريق بحثي', 'm'],
    ['شركة ناشئة', 'f'],
    ['مركز البحوث الوطني', 'm'],
    ['أكاديمية البحث العلمي', 'f'],
  ],
  health: [
    ['وزير الصحة', 'm'],
    ['منظمة الصحة العالمية', 'f'],
    ['نقابة الأطباء', 'f'],
    ['هيئة الدواء', 'f'],
    ['مستشفى جامعي', 'm'],
  ],
  environment: [
    ['وزيرة البيئة', 'f'],
    ['جهاز شؤون البيئة', 'm'],
    ['منظمات بيئية', 'f'],
    ['فريق من خبراء المناخ', 'm'],
    ['هيئة الأرصاد الجوية', 'f'],
  ],
  education: [
    ['وزير التربية والتعليم', 'm'],
    ['المجلس الأعلى للجامعات', 'm'],
    ['نقابة المعلمين', 'f'],
    ['جامعة القاهرة', 'f'],
    ['وزارة التعليم العالي', 'f'],
  ],
  society: [
    ['وزارة التضامن الاجتماعي', 'f'],
    ['المجلس القومي للمرأة', 'm'],
    ['جمعيات أهلية', 'f'],
    ['المجلس القومي للطفولة', 'm'],
    ['صندوق الإسكان الاجتماعي', 'm'],
  ],
  opinion: [
    ['الكاتب', 'm'],
    ['كاتب المقال', 'm'],
    ['النخب السياسية', 'f'],
    ['مركز دراسات', 'm'],
    ['الرأي العام', 'm'],
  ],
};

const VERBS: readonly Verb[] = [
  ['أعلن', 'أعلنت', 'يعلن', 'تعلن'],
  ['بحث', 'بحثت', 'يبحث', 'تبحث'],
  ['ناقش', 'ناقشت', 'يناقش', 'تناقش'],
  ['استعرض', 'استعرضت', 'يستعرض', 'تستعرض'],
  ['كشف', 'كشفت', 'يكشف', 'تكشف', 'عن'],
  ['أطلق', 'أطلقت', 'يطلق', 'تطلق'],
  ['تابع', 'تابعت', 'يتابع', 'تتابع'],
  ['راجع', 'راجعت', 'يراجع', 'تراجع'],
  ['درس', 'درست', 'يدرس', 'تدرس'],
  ['أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أهمية'],
  ['دعا', 'دعت', 'يدعو', 'تدعو', 'إلى دعم'],
  ['حذر', 'حذرت', 'يحذر', 'تحذر', 'من تعثر'],
  ['وافق', 'وافقت', 'يوافق', 'توافق', 'على'],
  ['عرض', 'عرضت', 'يعرض', 'تعرض'],
  ['انتقد', 'انتقدت', 'ينتقد', 'تنتقد'],
  ['طالب', 'طالبت', 'يطالب', 'تطالب', 'بمراجعة'],
];

const SECTION_TOPICS: Record<string, readonly string[]> = {
  politics: [
    'مشروع قانون الانتخابات الجديد',
    'تعديلات دستورية مقترحة',
    'خطة الإصلاح الإداري',
    'ملف الحوار الوطني',
    'نتائج الانتخابات البلدية',
    'تشكيل الحكومة الجديدة',
    'قانون الإدارة المحلية',
    'برنامج مكافحة الفساد',
    'ملف المشاركة السياسية للشباب',
    'صلاحيات المجالس المحلية',
    'قانون حرية تداول المعلومات',
    'خريطة التحالفات الحزبية',
  ],
  world: [
    'مستجدات الأزمة في المنطقة',
    'جهود وقف إطلاق النار',
    'مفاوضات السلام المتعثرة',
    'العلاقات الثنائية بين البلدين',
    'نتائج القمة العربية',
    'المساعدات الإنسانية للمتضررين',
    'اتفاقية التعاون الأمني',
    'ملف الأمن الإقليمي',
    'تطورات الملف النووي',
    'التنسيق المشترك في المحافل الدولية',
    'العقوبات الاقتصادية الجديدة',
    'أزمة الهجرة غير النظامية',
  ],
  economy: [
    'أسعار الفائدة',
    'معدلات التضخم',
    'خطة جذب الاستثمارات الأجنبية',
    'صادرات الغاز الطبيعي',
    'أسعار النفط العالمية',
    'برنامج دعم الصناعات الصغيرة',
    'مؤشرات البورصة',
    'الموازنة العامة للدولة',
    'سعر صرف العملة المحلية',
    'حجم التبادل التجاري',
    'مشروعات البنية التحتية',
    'الاحتياطي النقدي الأجنبي',
  ],
  'islamic-world': [
    'مؤتمر الحوار بين الأديان',
    'استعدادات موسم الحج',
    'ترتيبات استطلاع هلال رمضان',
    'برامج تحفيظ القرآن الكريم',
    'مبادرات العمل الخيري',
    'ترميم المساجد التاريخية',
    'قضايا الأقليات المسلمة',
    'مكافحة خطاب الكراهية',
    'أموال الوقف الإسلامي',
    'مناهج التعليم الديني',
    'أدوات التمويل الإسلامي',
    'قيم التسامح والاعتدال',
  ],
  sports: [
    'استعدادات المنتخب لكأس العالم',
    'نتائج الدوري الممتاز',
    'صفقات الانتقالات الصيفية',
    'خطة تطوير الملاعب',
    'بطولة أفريقيا للأندية',
    'برنامج إعداد الناشئين',
    'قرارات لجنة المسابقات',
    'مشاركة البعثة في الألعاب الأولمبية',
    'التعاقد مع مدرب جديد',
    'جدول مباريات الموسم المقبل',
    'ملف تقنية الفيديو المساعد',
  ],
  culture: [
    'معرض الكتاب الدولي',
    'مهرجان السينما العربية',
    'ترميم المواقع الأثرية',
    'جوائز الإبداع الأدبي',
    'خطة ترجمة الأعمال الكلاسيكية',
    'افتتاح متحف جديد',
    'الموسم المسرحي',
    'مشروع رقمنة المخطوطات',
    'مهرجان الموسيقى العربية',
    'برامج دعم الفنون التشكيلية',
    'حماية التراث غير المادي',
  ],
  'science-tech': [
    'تقنيات الذكاء الاصطناعي',
    'إطلاق قمر صناعي جديد',
    'مشروع التحول الرقمي',
    'منظومة أمن المعلومات',
    'شبكات الجيل الخامس',
    'أبحاث الطاقة الشمسية',
    'خدمات الحوسبة السحابية',
    'تطبيقات الهواتف الذكية',
    'مراكز البيانات',
    'صناعة السيارات الكهربائية',
    'أبحاث الجينوم',
    'الروبوتات الصناعية',
  ],
  health: [
    'حملة التطعيم الوطنية',
    'منظومة التأمين الصحي الشامل',
    'قوائم انتظار العمليات الجراحية',
    'مكافحة الأمراض المزمنة',
    'تطوير المستشفيات الحكومية',
    'توافر الأدوية في الصيدليات',
    'مبادرة الكشف المبكر عن الأورام',
    'برامج صحة الأم والطفل',
    'خدمات الصحة النفسية',
    'برامج التغذية المدرسية',
  ],
  environment: [
    'خطط مواجهة التغير المناخي',
    'خطة الحد من الانبعاثات',
    'إدارة المخلفات الصلبة',
    'حماية الشعاب المرجانية',
    'ترشيد استهلاك المياه',
    'مشروعات التشجير',
    'تلوث الهواء في المدن',
    'حماية التنوع البيولوجي',
    'مكافحة التصحر',
    'مشروعات الطاقة النظيفة',
  ],
  education: [
    'نظام الثانوية العامة الجديد',
    'تطوير المناهج الدراسية',
    'تنسيق القبول بالجامعات',
    'منظومة التعليم الفني',
    'برامج المنح الدراسية',
    'رواتب المعلمين',
    'امتحانات نهاية العام',
    'منصات التعلم عن بعد',
    'خطة محو الأمية',
    'تمويل البحث العلمي في الجامعات',
  ],
  society: [
    'برامج الحماية الاجتماعية',
    'موجة غلاء الأسعار',
    'قضايا تمكين المرأة',
    'مبادرات دعم ذوي الإعاقة',
    'مشروعات الإسكان الاجتماعي',
    'برامج تشغيل الشباب',
    'قانون الأحوال الشخصية',
    'خدمات رعاية كبار السن',
    'مبادرات العمل التطوعي',
    'ظاهرة الهجرة من الريف إلى المدن',
  ],
  opinion: [
    'مستقبل النظام الدولي',
    'دور الإعلام في تشكيل الوعي',
    'تحديات الاقتصاد العالمي',
    'معنى الإصلاح الحقيقي',
    'أزمة الثقة بين الأجيال',
    'حدود القوة الناعمة',
    'ثمن الاستقرار',
    'سؤال الهوية',
    'الحاجة إلى عقد اجتماعي جديد',
    'الدبلوماسية في زمن الأزمات',
  ],
};

const CONNECTORS = [
  '',
  '',
  '',
  'وفي السياق ذاته، ',
  'من جهة أخرى، ',
  'وفي هذا الإطار، ',
  'إلى ذلك، ',
  'وعلى صعيد متصل، ',
  'وبحسب مصادر مطلعة، ',
  'وفي وقت سابق، ',
];

const COMPLEMENTS = [
  'خلال اجتماع موسع عقد اليوم',
  'في مؤتمر صحفي مساء أمس',
  'بحضور عدد من المسؤولين والخبراء',
  'وسط اهتمام واسع من الرأي العام',
  'ضمن خطة تمتد حتى عام {year}',
  'في إطار رؤية شاملة للتنمية المستدامة',
  'بعد أسابيع من المشاورات المكثفة',
  'وفق بيان رسمي صدر في وقت سابق اليوم',
  'على هامش أعمال المنتدى السنوي',
  'في ظل ظروف إقليمية ودولية معقدة',
  'استجابة لمطالب المواطنين',
  'بالتنسيق مع الجهات المعنية',
  'خلال زيارة رسمية تستغرق عدة أيام',
  'في {place}',
  'بمشاركة ممثلين عن {n} دولة',
  'بتكلفة تقدر بنحو {n} مليون دولار',
];

/** [masculine, feminine, the particle that introduces what was said] */
const SPEECH_VERBS: readonly (readonly [string, string, string])[] = [
  ['وقال', 'وقالت', 'إن'],
  ['وأوضح', 'وأوضحت', 'أن'],
  ['وأضاف', 'وأضافت', 'أن'],
  ['وأشار', 'وأشارت', 'إلى أن'],
  ['وأكد', 'وأكدت', 'أن'],
  ['ورأى', 'ورأت', 'أن'],
];
const SPEAKER_TITLES_M = [
  'المتحدث الرسمي باسم الوزارة',
  'مصدر مسؤول',
  'الخبير الاقتصادي',
  'أستاذ العلوم السياسية',
  'مدير المشروع',
  'رئيس اللجنة',
  'الباحث',
];
const SPEAKER_TITLES_F = ['المتحدثة باسم الوزارة', 'الدكتورة', 'الخبيرة', 'مديرة البرنامج', 'الباحثة', 'رئيسة الجمعية'];

const CLAUSES = [
  'الخطوة تمثل بداية مرحلة جديدة من العمل المشترك',
  'الحكومة ماضية في تنفيذ برنامجها رغم التحديات',
  'النتائج الأولية مبشرة وتعكس حجم الجهد المبذول',
  'المرحلة المقبلة تتطلب مزيدًا من التنسيق بين جميع الأطراف',
  'الأرقام تؤكد تحسن المؤشرات مقارنة بالعام الماضي',
  'المواطن هو المستفيد الأول من هذه الإجراءات',
  'الباب ما زال مفتوحًا أمام الحوار',
  'التحديات كبيرة لكن الفرص أكبر',
  'هناك إرادة حقيقية لتجاوز العقبات',
  'التنفيذ سيبدأ خلال الأسابيع القليلة المقبلة',
  'ملف {topic} يحظى بأولوية قصوى',
  'التجربة أثبتت نجاحها في {place}',
  'الوقت لم يعد في صالح المترددين',
  'التمويل متوفر والمطلوب هو سرعة الإنجاز',
  'الشفافية شرط أساسي لاستعادة الثقة',
  'القرار جاء بعد دراسة متأنية لكل البدائل',
  'الشراكة مع القطاع الخاص ضرورة لا غنى عنها',
];

const STAT_SOURCES = [
  'الجهاز المركزي للتعبئة العامة والإحصاء',
  'البنك الدولي',
  'صندوق النقد الدولي',
  'وزارة التخطيط',
  'منظمة الصحة العالمية',
  'مركز المعلومات ودعم اتخاذ القرار',
  'الأمم المتحدة',
  'معهد الدراسات الاستراتيجية',
];
const STAT_METRICS = [
  'معدل البطالة',
  'حجم الاستثمارات',
  'عدد المستفيدين',
  'معدل النمو',
  'إجمالي الصادرات',
  'نسبة الإقبال',
  'عدد الزوار',
  'حجم الإنفاق',
  'عدد الطلاب',
  'معدل الإشغال',
];
const STAT_CHANGES = ['ارتفع', 'تراجع', 'زاد', 'انخفض', 'نما'];
const STAT_PERIODS = [
  'الربع الأول من العام',
  'الأشهر التسعة الماضية',
  'العام الماضي',
  'النصف الأول من عام {year}',
  'الفترة نفسها من العام السابق',
  'الشهر الماضي',
];

const BACKGROUND = [
  'ويأتي ذلك في وقت تشهد فيه {place} تحركات مكثفة على أكثر من صعيد.',
  'ويرى مراقبون أن {topic} سيظل في صدارة الاهتمامات خلال المرحلة المقبلة.',
  'وكانت الأوساط المعنية قد طالبت مرارًا بإعادة النظر في {topic}.',
  'ولم يصدر حتى الآن أي تعليق رسمي من الجهات المختصة في {place}.',
  'ويتوقع خبراء أن تنعكس هذه التطورات على حياة المواطنين بصورة مباشرة.',
  'وتعود جذور القضية إلى عام {year} حين طرحت للمرة الأولى على طاولة النقاش.',
  'وشهدت الفترة الأخيرة جدلًا واسعًا حول {topic} بين مؤيد ومعارض.',
  'ومن المنتظر أن تعقد جولة جديدة من المباحثات في {place} الشهر المقبل.',
  'وتداولت مواقع التواصل الاجتماعي صورًا ومقاطع مصورة توثق الحدث.',
  'ويؤكد المختصون أن النجاح مرهون بالاستمرارية وحسن المتابعة.',
];

const HEADINGS = [
  'تفاصيل {topic}',
  'ردود الفعل',
  'خلفية القرار',
  'ماذا بعد؟',
  'أرقام ودلالات',
  '{place} في قلب الحدث',
  'الموقف الرسمي',
  'مخاوف وتحفظات',
  'الخطوات المقبلة',
  'رؤية الخبراء',
  'السياق الإقليمي',
  'بين التفاؤل والحذر',
];

const KICKERS = ['عاجل', 'تحليل', 'حوار', 'تقرير', 'متابعة', 'خاص', 'بالأرقام', 'انفراد'];

// ---------------------------------------------------------------------------
// English phrase banks (about one story in twenty)
// ---------------------------------------------------------------------------

const EN_SUBJECTS = [
  'The government',
  'The central bank',
  'The foreign minister',
  'Parliament',
  'The health ministry',
  'The national team',
  'Officials',
  'The United Nations',
  'Researchers',
  'The culture ministry',
  'The Arab League',
  'Local authorities',
];
/** [present, past] */
const EN_VERBS = [
  ['announces', 'announced'],
  ['discusses', 'discussed'],
  ['unveils', 'unveiled'],
  ['reviews', 'reviewed'],
  ['backs', 'backed'],
  ['warns over', 'warned over'],
  ['approves', 'approved'],
  ['delays', 'delayed'],
] as const;
const EN_TOPICS = [
  'a new investment plan',
  'interest rates',
  'the election law',
  'regional security talks',
  'a vaccination drive',
  'the national curriculum',
  'water conservation rules',
  'a digital transformation strategy',
  'the heritage restoration project',
  'the summer transfer window',
  'the refugee response',
  'renewable energy targets',
  'public transport fares',
  'the housing programme',
];
const EN_PLACES = [
  'Cairo',
  'Riyadh',
  'Dubai',
  'Doha',
  'Amman',
  'Beirut',
  'Baghdad',
  'Tunis',
  'Rabat',
  'Istanbul',
  'Geneva',
  'Brussels',
  'London',
  'Paris',
  'Beijing',
  'Moscow',
  'Washington',
  'Jakarta',
];
const EN_CLAUSES = [
  'the step marks a new phase of joint work',
  'the figures show a clear improvement on last year',
  'implementation will begin within weeks',
  'funding is in place and speed is what matters now',
  'transparency is essential to rebuild trust',
  'the door remains open to dialogue',
  'the challenges are large but so are the opportunities',
];

// ---------------------------------------------------------------------------
// Story generation
// ---------------------------------------------------------------------------

/**
 * The few subjects, topics, places and turns of phrase one story keeps coming
 * back to. Drawing every sentence from the whole bank would put each content
 * word in nearly every document, which no real archive (or its index) looks like.
 */
type Palette = {
  random: Random;
  subjects: Subject[];
  verbs: Verb[];
  topics: string[];
  places: string[];
  clauses: string[];
  complements: string[];
  background: string[];
  metrics: string[];
  source: string;
  speakers: { title: string; name: string; gender: Gender }[];
};

/** `count` distinct items, in random order. */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = i + Math.floor(random.next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

function personName(random: Random, gender: Gender) {
  const first = random.pick(gender === 'm' ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES)[0];
  return `${first} ${random.pick(FAMILY_NAMES)[0]}`;
}

function speaker(random: Random) {
  const gender: Gender = random.chance(0.65) ? 'm' : 'f';
  return {
    gender,
    title: random.pick(gender === 'm' ? SPEAKER_TITLES_M : SPEAKER_TITLES_F),
    name: personName(random, gender),
  };
}

function storyPalette(random: Random, section: string): Palette {
  const general = random.chance(0.4) ? sample(random, GENERAL_SUBJECTS, 1) : [];
  return {
    random,
    subjects: [...sample(random, SECTION_SUBJECTS[section], 2), ...general],
    verbs: sample(random, VERBS, 6),
    topics: sample(random, SECTION_TOPICS[section], 2),
    places: sample(random, PLACES, 2),
    clauses: sample(random, CLAUSES, 4),
    complements: sample(random, COMPLEMENTS, 4),
    background: sample(random, BACKGROUND, 3),
    metrics: sample(random, STAT_METRICS, 2),
    source: random.pick(STAT_SOURCES),
    speakers: Array.from({ length: random.int(1, 3) }, () => speaker(random)),
  };
}

function fill(template: string, palette: Palette): string {
  const { random } = palette;
  return (
    template
      .replace('{topic}', () => random.pick(palette.topics))
      .replace('{place}', () => random.pick(palette.places))
      .replace('{year}', () => String(random.int(1990, 2035)))
      // 11–99 keeps the counted noun singular («28 دولة»), as the templates spell it.
      .replace('{n}', () => String(random.int(11, 99)))
  );
}

/** News prose puts the past-tense verb first («أعلن الوزير …»), headlines the subject first («الوزير يعلن …»). */
function action([subject, gender]: Subject, verb: Verb, topic: string, tense: 'past' | 'present') {
  const form = verb[(tense === 'present' ? 2 : 0) + (gender === 'f' ? 1 : 0)];
  const object = verb[4] ? `${verb[4]} ${topic}` : topic;
  return tense === 'past' ? `${form} ${subject} ${object}` : `${subject} ${form} ${object}`;
}

function newsSentence(palette: Palette, withConnector = true): string {
  const { random } = palette;
  const connector = withConnector ? random.pick(CONNECTORS) : '';
  const happened = action(
    random.pick(palette.subjects),
    random.pick(palette.verbs),
    random.pick(palette.topics),
    'past',
  );
  return `${connector}${happened} ${fill(random.pick(palette.complements), palette)}.`;
}

const ARABIC_SENTENCES: ((palette: Palette) => string)[] = [
  newsSentence,
  (palette) => {
    const { random } = palette;
    const { gender, title, name } = random.pick(palette.speakers);
    const [masculine, feminine, particle] = random.pick(SPEECH_VERBS);
    return `${gender === 'm' ? masculine : feminine} ${title} ${name} ${particle} ${fill(random.pick(palette.clauses), palette)}.`;
  },
  (palette) => {
    const { random } = palette;
    const percent = `${random.int(1, 45)}${random.chance(0.5) ? `.${random.int(1, 9)}` : ''}`;
    return `وأظهرت بيانات ${palette.source} أن ${random.pick(palette.metrics)} ${random.pick(STAT_CHANGES)} بنسبة ${percent} في المئة خلال ${fill(random.pick(STAT_PERIODS), palette)}.`;
  },
  (palette) => fill(palette.random.pick(palette.background), palette),
  (palette) => {
    const { random } = palette;
    const happened = action(
      random.pick(palette.subjects),
      random.pick(palette.verbs),
      random.pick(palette.topics),
      'past',
    );
    return `وفي ${random.pick(palette.places)}، ${happened}، ${fill(random.pick(palette.complements), palette)}.`;
  },
];

function arabicTitle(palette: Palette): string {
  const { random } = palette;
  const place = palette.places[0];
  const headline = action(palette.subjects[0], palette.verbs[0], palette.topics[0], 'present');
  if (random.chance(0.3)) return `${headline} في ${place}`;
  if (random.chance(0.3)) return `${place}.. ${headline}`;
  if (random.chance(0.2)) return `${headline} ${fill(random.pick(palette.complements), palette)}`;
  return headline;
}

function paragraph(sentences: string[]) {
  return `<p>${sentences.join(' ')}</p>`;
}

/** Paragraphs of 2–5 sentences, with a sub-heading now and then, until the body reaches `targetBytes`. */
function arabicBody(palette: Palette, targetBytes: number): string {
  const { random } = palette;
  const withHeadings = random.chance(0.6);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    if (withHeadings && parts.length >= 3 && random.chance(0.22)) {
      const heading = `<h2>${fill(random.pick(HEADINGS), palette)}</h2>`;
      parts.push(heading);
      bytes += Buffer.byteLength(heading);
    }
    const sentences = Array.from({ length: random.int(2, 5) }, () => random.pick(ARABIC_SENTENCES)(palette));
    const html = paragraph(sentences);
    parts.push(html);
    bytes += Buffer.byteLength(html);
  }
  return parts.join('\n');
}

function englishSentence(random: Random): string {
  const verb = random.pick(EN_VERBS)[1];
  switch (random.int(0, 2)) {
    case 0:
      return `${random.pick(EN_SUBJECTS)} ${verb} ${random.pick(EN_TOPICS)} in ${random.pick(EN_PLACES)} on ${random.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Sunday'])}.`;
    case 1:
      return `"${random.pick(EN_CLAUSES)}," an official said, speaking on condition of anonymity.`;
    default:
      return `Figures published this month show a change of ${random.int(1, 40)} per cent compared with the same period in ${random.int(2000, 2030)}.`;
  }
}

function englishStory(random: Random, targetBytes: number) {
  const [present] = random.pick(EN_VERBS);
  const title = `${random.pick(EN_SUBJECTS)} ${present} ${random.pick(EN_TOPICS)} in ${random.pick(EN_PLACES)}`;
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const html = paragraph(Array.from({ length: random.int(2, 5) }, () => englishSentence(random)));
    parts.push(html);
    bytes += html.length;
  }
  return { title, excerpt: englishSentence(random), body: parts.join('\n') };
}

type GeneratedStory = {
  language: Locale;
  title: string;
  kicker: string | null;
  excerpt: string;
  body: string;
  caption: string;
};

function generateStory(random: Random, section: string): GeneratedStory {
  const targetBytes = random.int(MIN_BODY_BYTES, MAX_BODY_BYTES);
  if (random.chance(ENGLISH_SHARE)) {
    const story = englishStory(random, targetBytes);
    return { language: 'en', ...story, kicker: null, caption: `${random.pick(EN_PLACES)}: file photo` };
  }
  const palette = storyPalette(random, section);
  return {
    language: 'ar',
    title: arabicTitle(palette),
    kicker: random.chance(0.15) ? random.pick(KICKERS) : null,
    excerpt: newsSentence(palette, false),
    body: arabicBody(palette, targetBytes),
    caption: `صورة أرشيفية من ${palette.places[0]}`,
  };
}

type Publication = {
  status: 'published' | 'draft' | 'review' | 'scheduled' | 'unpublished';
  publishedAt: number | null;
};

/** Mostly published; a few drafts and other states so the visibility filter has something to drop. */
function publication(random: Random, publishedAt: number, now: number): Publication {
  const roll = random.next();
  if (roll < 0.02) return { status: 'draft', publishedAt: null };
  if (roll < 0.025) return { status: 'review', publishedAt: null };
  if (roll < 0.03) return { status: 'unpublished', publishedAt };
  if (roll < 0.033) return { status: 'scheduled', publishedAt: now + random.next() * 14 * DAY };
  return { status: 'published', publishedAt };
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

type Sqlite = PortalDatabase['$client'];

function ensureSections(client: Sqlite): Map<string, number> {
  const nextPosition = client.prepare('SELECT coalesce(max(position), -1) + 1 FROM sections').pluck().get() as number;
  const insert = client.prepare(
    'INSERT OR IGNORE INTO sections (slug, name_ar, name_en, position) VALUES (?, ?, ?, ?)',
  );
  ARCHIVE_SECTIONS.forEach((section, index) =>
    insert.run(section.slug, section.nameAr, section.nameEn, nextPosition + index),
  );
  const rows = client.prepare('SELECT slug, id FROM sections').all() as { slug: string; id: number }[];
  return new Map(rows.filter((row) => row.slug in SECTION_TOPICS).map((row) => [row.slug, row.id]));
}

function ensureAuthors(client: Sqlite, random: Random): number[] {
  const existing = client.prepare('SELECT count(*) FROM authors').pluck().get() as number;
  const insert = client.prepare('INSERT OR IGNORE INTO authors (slug, name, name_en) VALUES (?, ?, ?)');
  for (const author of archiveAuthors(random, Math.max(0, AUTHOR_COUNT - existing)))
    insert.run(author.slug, author.name, author.nameEn);
  return client.prepare('SELECT id FROM authors ORDER BY id').pluck().all() as number[];
}

function ensureTags(client: Sqlite): number[] {
  const insert = client.prepare('INSERT OR IGNORE INTO tags (slug, name) VALUES (?, ?)');
  const idOf = client.prepare('SELECT id FROM tags WHERE slug = ?').pluck();
  return archiveTagNames().map((name) => {
    insert.run(slugify(name), name);
    return idOf.get(slugify(name)) as number;
  });
}

const SEARCH_INSERT_TRIGGER = 'articles_search_insert';

/**
 * Runs `load` with the search-index insert trigger dropped, then indexes the new
 * rows in one statement (the trigger's own expression) and recreates the trigger
 * from the SQL SQLite stored for it, so the result equals what the trigger makes.
 * One bulk FTS insert writes far fewer segments than 100,000 single-row ones.
 */
function withDeferredSearchIndex(client: Sqlite, afterId: number, load: () => void, onIndexing: () => void) {
  const triggerSql = client
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
    .pluck()
    .get(SEARCH_INSERT_TRIGGER) as string | undefined;
  if (!triggerSql) throw new Error(`Trigger ${SEARCH_INSERT_TRIGGER} is missing: migrate the database first.`);
  client.exec(`DROP TRIGGER ${SEARCH_INSERT_TRIGGER}`);
  try {
    load();
    onIndexing();
    client
      .prepare(
        'INSERT INTO article_search(rowid, title, excerpt, body) SELECT id, search_text(title), search_text(excerpt), search_text(body) FROM articles WHERE id > ?',
      )
      .run(afterId);
  } finally {
    client.exec(triggerSql);
  }
}

/** Adds `options.articles` generated stories (plus the sections, authors and tags they need). */
export function generateArchive(db: PortalDatabase, options: ArchiveOptions): ArchiveResult {
  const { articles: total, seed = 20240516, now = Date.now(), batchSize = 2_000, onProgress } = options;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const client = db.$client;
  const random = createRandom(seed);

  const sectionIds = ensureSections(client);
  const sectionSlugs = [...sectionIds.keys()];
  const authorIds = ensureAuthors(client, random);
  const tagIds = ensureTags(client);
  const images = client.prepare('SELECT id FROM media ORDER BY id').pluck().all() as number[];
  const afterId = client.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number;

  const insertArticle = client.prepare(`
    INSERT INTO articles (language, slug, title, kicker, excerpt, body, lead_image_id, lead_image_caption, lead_image_alt,
                          section_id, author_id, status, published_at, updated_at, created_at, is_breaking)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTag = client.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  let articleTags = 0;

  const insertStory = (index: number) => {
    const sectionSlug = random.pick(sectionSlugs);
    const story = generateStory(random, sectionSlug);
    // Oldest first, evenly over ten years: ids grow with dates, as in a real newsroom.
    const datedAt = Math.round(now - ARCHIVE_SPAN + ((index + random.next()) / total) * ARCHIVE_SPAN);
    const { status, publishedAt } = publication(random, datedAt, now);
    const image = random.chance(0.9) && images.length ? random.pick(images) : null;
    const createdAt = datedAt - random.int(10, 600) * 60_000;
    const { lastInsertRowid } = insertArticle.run(
      story.language,
      // Titles repeat over ten years; a running number keeps each slug unique.
      `${slugify(story.title)}-${afterId + index + 1}`,
      story.title,
      story.kicker,
      story.excerpt,
      story.body,
      image,
      image ? story.caption : null,
      image ? story.title : null,
      sectionIds.get(sectionSlug)!,
      random.pick(authorIds),
      status,
      publishedAt === null ? null : Math.round(publishedAt),
      random.chance(0.2) ? datedAt + random.int(1, 48) * 3_600_000 : datedAt,
      createdAt,
      status === 'published' && random.chance(0.002) ? 1 : 0,
    );
    const tagCount = random.int(1, 4);
    for (let i = 0; i < tagCount; i++) articleTags += insertTag.run(lastInsertRowid, random.pickSkewed(tagIds)).changes;
  };

  const insertBatch = client.transaction((from: number, to: number) => {
    for (let index = from; index < to; index++) insertStory(index);
  });

  withDeferredSearchIndex(
    client,
    afterId,
    () => {
      for (let from = 0; from < total; from += batchSize) {
        insertBatch(from, Math.min(total, from + batchSize));
        onProgress?.({ phase: 'articles', done: Math.min(total, from + batchSize), total, elapsedMs: elapsed() });
      }
    },
    () => onProgress?.({ phase: 'search-index', done: 0, total, elapsedMs: elapsed() }),
  );

  onProgress?.({ phase: 'analyze', done: total, total, elapsedMs: elapsed() });
  client.exec('ANALYZE');
  const lastId = client.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number;
  return { firstId: afterId + 1, lastId, articles: lastId - afterId, articleTags, elapsedMs: elapsed() };
}
