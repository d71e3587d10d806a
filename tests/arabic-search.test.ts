import { describe, expect, it } from 'vitest';
import { indexTerms, normalizeArabic, queryTerms, searchableText } from '@/lib/text/arabic-search';
import { lightStem } from '@/lib/text/arabic-stem';
import { canonicalSpelling } from '@/lib/text/name-variants';

describe('normalizeArabic', () => {
  it('strips diacritics', () => {
    expect(normalizeArabic('مُواتِيَة')).toBe(normalizeArabic('مواتية'));
    expect(normalizeArabic('يُعَدُّ')).toBe('يعد');
  });
  it('strips tatweel', () => {
    expect(normalizeArabic('الـ75')).toBe('ال75');
    expect(normalizeArabic('جـــديد')).toBe('جديد');
  });
  it('unifies alef forms', () => {
    expect(normalizeArabic('إستراتيجية')).toBe(normalizeArabic('استراتيجية'));
    expect(normalizeArabic('أكد آمال ٱلله')).toBe('اكد امال الله');
  });
  it('turns taa marbuta into haa', () => {
    expect(normalizeArabic('القمة')).toBe('القمه');
  });
  it('turns alef maqsura into yaa', () => {
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
    expect(normalizeArabic('على')).toBe(normalizeArabic('علي'));
  });
  it('unifies hamza carriers and drops a lone hamza', () => {
    expect(normalizeArabic('مسؤول')).toBe('مسوول');
    expect(normalizeArabic('رئيس')).toBe('رييس');
    expect(normalizeArabic('سماء')).toBe('سما');
  });
  it('maps Arabic-Indic and Persian digits to Latin', () => {
    expect(normalizeArabic('٧٥')).toBe('75');
    expect(normalizeArabic('۲۰۲۴')).toBe('2024');
  });
  it('lower-cases Latin and unfolds presentation forms', () => {
    expect(normalizeArabic('ChatGPT')).toBe('chatgpt');
    expect(normalizeArabic('\uFEFB')).toBe('لا');
  });
});

describe('queryTerms', () => {
  it('removes the definite article and its combined prefixes', () => {
    expect(queryTerms('الصين')).toEqual(['صين']);
    expect(queryTerms('والصين')).toEqual(['صين']);
    expect(queryTerms('بالصين')).toEqual(['صين']);
    expect(queryTerms('للتعاون')).toEqual(['تعاون']);
  });
  it('keeps short words whole', () => {
    expect(queryTerms('ال')).toEqual(['ال']);
    expect(queryTerms('الى')).toEqual(['الي']);
  });
  it('keeps a leading و on query words (it may be part of the word)', () => {
    expect(queryTerms('وزير')).toEqual(['وزير']);
  });
  it('splits on punctuation and drops duplicates', () => {
    expect(queryTerms('الصين، روسيا؛ قمه! الصين')).toEqual(['صين', 'روسيا', 'قمه']);
    expect(queryTerms('"*:-()')).toEqual([]);
  });
});

describe('indexTerms', () => {
  it('indexes words after و/ف both as written and without the conjunction', () => {
    expect(indexTerms('وروسيا')).toEqual(['وروسيا', 'روسيا']);
    expect(indexTerms('وزير')).toEqual(['وزير', 'زير']);
    expect(indexTerms('فالصين')).toEqual(['صين']);
  });
  it('indexes words after ب/ل/ك both as written and without the preposition', () => {
    expect(indexTerms('بمصر')).toEqual(['بمصر', 'مصر']);
    expect(indexTerms('لروسيا')).toEqual(['لروسيا', 'روسيا']);
    expect(indexTerms('كرئيس')).toEqual(['كرييس', 'رييس']);
    expect(indexTerms('كتاب')).toEqual(['كتاب', 'تاب']);
  });
  it('takes a conjunction, then a preposition, then the article', () => {
    expect(indexTerms('ولروسيا')).toEqual(['ولروسيا', 'لروسيا', 'روسيا']);
    expect(indexTerms('وبالصين')).toEqual(['وبالصين', 'صين']);
    expect(indexTerms('فبكين')).toEqual(['فبكين', 'بكين', 'كين']);
  });
  it('leaves three letters at least', () => {
    expect(indexTerms('بلد')).toEqual(['بلد']);
    expect(indexTerms('ولد')).toEqual(['ولد']);
  });
  it('makes the seed headline findable by the reader spelling', () => {
    const indexed = indexTerms('القمة الصينية الروسية.. عقد الأسس');
    for (const term of queryTerms('قمه صين روسي')) {
      expect(indexed.some((word) => word.startsWith(term))).toBe(true);
    }
  });
  it('turns "الـ75" into a searchable 75', () => {
    expect(indexTerms('الذكرى الـ75')).toEqual(['ذكري', '75']);
  });
  it('gives a text the terms of its words one by one, however it is spaced, and again from memory', () => {
    // indexTerms remembers the terms of each space-separated piece, so a piece
    // must never depend on its neighbours: marks and ligatures beside a space,
    // NBSP, tabs and line breaks, a Greek final sigma (lower-cased by context).
    const text = 'والصينُ  ﻻ\u00a0بالقمة\tوزراء\nالمؤسسات ﷺ كتابٌ ΟΔΟΣ ΟΔΟΣ. \u0651شدة ـ «جوجل» ٢٠٢٤ ولروسيا';
    const oneByOne = (normalizeArabic(text).match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((word) => indexTerms(word));
    expect(oneByOne).toEqual(expect.arrayContaining(['صين', 'لا', 'قمه', 'وزرا', 'غوغل', '2024', 'روسيا', 'οδος']));
    expect(indexTerms(text)).toEqual(oneByOne);
    expect(indexTerms(text)).toEqual(oneByOne);
    expect(indexTerms(`${text} ${text}`)).toEqual([...oneByOne, ...oneByOne]);
  });
});

describe('searchableText', () => {
  it('drops tags and entities before indexing', () => {
    expect(searchableText('<h2 class="x">القمة</h2><p>روسيا&amp;الصين</p>')).toBe('قمه روسيا صين');
  });
});

describe('lightStem (the stems column)', () => {
  const stem = (word: string) => lightStem(normalizeArabic(word));
  it('gives a singular and its sound plurals one stem', () => {
    expect(stem('محطة')).toBe(stem('محطات'));
    expect(stem('مؤسسة')).toBe(stem('مؤسسات'));
    expect(stem('محادثة')).toBe(stem('محادثات'));
    expect(stem('لاعب')).toBe(stem('لاعبين'));
    expect(stem('معلم')).toBe(stem('معلمون'));
    expect(stem('معلمة')).toBe(stem('معلمات'));
    expect(stem('اتفاقية')).toBe(stem('اتفاقيات'));
    expect(stem('شركة')).toBe(stem('شركات'));
    expect(stem('قرار')).toBe(stem('قرارات'));
  });
  it('gives a nisba adjective its noun’s stem', () => {
    expect(stem('مصري')).toBe('مصر');
    expect(stem('مصرية')).toBe('مصر');
    expect(stem('مصريين')).toBe('مصر');
    expect(stem('فلسطيني')).toBe(stem('فلسطين'));
  });
  it('maps common broken plurals to their singular', () => {
    expect(stem('وزراء')).toBe(stem('وزير'));
    expect(stem('رؤساء')).toBe(stem('رئيس'));
    expect(stem('مدارس')).toBe(stem('مدرسة'));
    expect(stem('دول')).toBe(stem('دولة'));
    expect(stem('ملايين')).toBe(stem('مليون'));
    expect(stem('مدن')).toBe(stem('مدينة'));
    expect(stem('أسواق')).toBe(stem('سوق'));
    expect(stem('أحزاب')).toBe(stem('حزب'));
    expect(stem('مشاريع')).toBe(stem('مشروع'));
  });
  it.each([
    ['أخبار', 'خبر'],
    ['أحداث', 'حدث'],
    ['أيام', 'يوم'],
    ['سنوات', 'سنة'],
    ['رجال', 'رجل'],
    ['طلاب', 'طالب'],
    ['نواب', 'نائب'],
    ['خبراء', 'خبير'],
    ['جنود', 'جندي'],
    ['قتلى', 'قتيل'],
    ['جرحى', 'جريح'],
    ['موانئ', 'ميناء'],
    ['مباني', 'مبنى'],
    ['أسهم', 'سهم'],
    ['ديون', 'دين'],
    ['جزر', 'جزيرة'],
    ['قرى', 'قرية'],
    ['مباريات', 'مباراة'],
    ['أندية', 'نادي'],
    ['جماهير', 'جمهور'],
    ['قنوات', 'قناة'],
    ['أسئلة', 'سؤال'],
    ['أدوية', 'دواء'],
    ['أطباء', 'طبيب'],
    ['جرائم', 'جريمة'],
    ['قوانين', 'قانون'],
    ['أجانب', 'أجنبي'],
    ['دقائق', 'دقيقة'],
    ['ضرائب', 'ضريبة'],
    ['نتائج', 'نتيجة'],
    ['وثائق', 'وثيقة'],
    ['أفلام', 'فيلم'],
    ['جوائز', 'جائزة'],
    ['شهداء', 'شهيد'],
    ['قضاة', 'قاضي'],
    ['أساتذة', 'أستاذ'],
    ['بنات', 'بنت'],
    ['مرضى', 'مريض'],
    ['لجان', 'لجنة'],
    ['فتيات', 'فتاة'],
    ['نساء', 'امرأة'],
    ['قوات', 'قوة'],
    ['لغات', 'لغة'],
    ['جهات', 'جهة'],
    ['مرات', 'مرة'],
    ['قمم', 'قمة'],
    ['مواد', 'مادة'],
    ['وفيات', 'وفاة'],
  ])('gives the broken plural «%s» the stem of «%s»', (plural, singular) => {
    expect(stem(plural)).toBe(stem(singular));
  });
  it('leaves a plural alone where its written form is mostly another word', () => {
    // «كتب» (he wrote) is not «كتاب», «أسري» (of the family) not «أسير», «انهار» (it
    // collapsed) not «نهر», «فرقة» (a troupe) and «فرق» (a difference) not «فريق», «أمرًا»
    // (a matter) not «أمير», «وكلا» (and both) not «وكيل».
    expect(stem('كتب')).not.toBe(stem('كتاب'));
    expect(stem('أسري')).not.toBe(stem('أسير'));
    expect(stem('انهار')).not.toBe(stem('نهر'));
    expect(stem('فرقة')).not.toBe(stem('فريق'));
    expect(stem('فرق')).not.toBe(stem('فريق'));
    expect(stem('أمرًا')).not.toBe(stem('أمير'));
    expect(stem('وكلا')).not.toBe(stem('وكيل'));
  });
  it('never makes a name another word', () => {
    expect(stem('لبنان')).toBe('لبنان');
    expect(stem('عمان')).toBe('عمان');
    expect(stem('رمضان')).toBe('رمضان');
    expect(stem('السعودية'.slice(2))).not.toBe('سعود');
    expect(stem('سوري')).not.toBe('سور');
    expect(stem('بوتين')).toBe('بوتين');
    expect(stem('بحرين')).toBe('بحرين');
    expect(stem('عمان')).not.toBe(stem('عمال'));
    expect(stem('سلمان')).not.toBe(stem('سلم'));
    expect(stem('ماكرون')).not.toBe(stem('ماكر'));
    expect(stem('فتحي')).not.toBe(stem('فتح'));
    expect(stem('مجدي')).not.toBe(stem('مجد'));
    expect(stem('سامي')).not.toBe(stem('سام'));
    expect(stem('المهدي'.slice(2))).not.toBe(stem('مهد'));
  });
  it('keeps sport apart from the capital, and its own forms together', () => {
    expect(stem('رياضة')).not.toBe(stem('الرياض'.slice(2)));
    expect(stem('رياضي')).not.toBe(stem('الرياض'.slice(2)));
    expect(stem('رياضي')).toBe(stem('رياضة'));
    expect(stem('رياضيين')).toBe(stem('رياضة'));
  });
  it('reads the tens as numbers, not plurals', () => {
    expect(stem('ثلاثين')).not.toBe(stem('ثلاث'));
    expect(stem('عشرين')).not.toBe(stem('عشر'));
    expect(stem('أربعون')).toBe(stem('أربعين'));
    expect(stem('تسعون')).toBe(stem('تسعين'));
  });
  it('keeps short words whole', () => {
    expect(stem('قمة')).toBe('قمه');
    expect(stem('غزة')).toBe('غزه');
  });
});

describe('canonicalSpelling (foreign names)', () => {
  const spelled = (query: string) => queryTerms(query);
  it('reads each listed variant as the first spelling, in queries and in the index', () => {
    expect(spelled('جوجل')).toEqual(spelled('غوغل'));
    expect(spelled('قوقل')).toEqual(spelled('غوغل'));
    expect(spelled('ترمب')).toEqual(spelled('ترامب'));
    expect(spelled('أميركا')).toEqual(spelled('أمريكا'));
    expect(spelled('الأميركية')).toEqual(spelled('الأمريكية'));
    expect(indexTerms('زار زيلنسكي واشنطون')).toEqual(expect.arrayContaining(['زيلينسكي', 'واشنطن']));
    expect(spelled('فسبوك')).toEqual(spelled('فيسبوك'));
    expect(spelled('فايسبوك')).toEqual(spelled('فيسبوك'));
    expect(spelled('ميكروسوفت')).toEqual(spelled('مايكروسوفت'));
    expect(spelled('الكونجرس')).toEqual(spelled('الكونغرس'));
    expect(spelled('أوربا')).toEqual(spelled('أوروبا'));
    expect(spelled('الأوربية')).toEqual(spelled('الأوروبية'));
  });
  it.each([
    ['بيجين', 'بكين'],
    ['بينج', 'بينغ'],
    ['جرينتش', 'غرينتش'],
    ['أنجولا', 'أنغولا'],
    ['السنجال', 'السنغال'],
    ['موريطانيا', 'موريتانيا'],
    ['نيوزلندا', 'نيوزيلندا'],
    ['الإنكليزية', 'الإنجليزية'],
    ['الدانمارك', 'الدنمارك'],
    ['بايدين', 'بايدن'],
    ['جوارديولا', 'غوارديولا'],
    ['التليفزيون', 'التلفزيون'],
    ['الديموقراطية', 'الديمقراطية'],
    ['فايروس', 'فيروس'],
    ['ميجاوات', 'ميغاواط'],
    ['كيلوجرامات', 'كيلوغرامات'],
    ['الجرافين', 'الغرافين'],
  ])('reads «%s» as «%s»', (variant, canonical) => {
    expect(spelled(variant)).toEqual(spelled(canonical));
  });
  it('leaves other words alone', () => {
    expect(spelled('جمل')).toEqual(['جمل']);
    expect(canonicalSpelling('غزه')).toBe('غزه');
    // «جمال» (a name, beauty) and «غمال» are not one word: only listed names change.
    expect(spelled('جمال')).toEqual(['جمال']);
    expect(spelled('فيس')).toEqual(['فيس']);
    // «كيف» (how) is no spelling of «كييف», «غرام» (love) none of «جرام», «غرب» (west) none of «جرب».
    expect(spelled('كيف')).toEqual(['كيف']);
    expect(spelled('غرام')).toEqual(['غرام']);
    expect(spelled('جرب')).toEqual(['جرب']);
  });
});
