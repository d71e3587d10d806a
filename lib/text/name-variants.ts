// Foreign names reach Arabic in more than one spelling: ج, غ or ق for a hard g
// («غوغل», «جوجل», «قوقل»), a long vowel written or dropped («ترامب», «ترمب»;
// «زيلينسكي», «زيلنسكي»), ي or ر first («أمريكا», «أميركا»). Each variant below
// is read as the first spelling, in the index and in queries alike, so a reader
// finds a story whichever way either side wrote the name. Words are in their
// normalised form (lib/text/arabic-search.ts: no hamza on alef, ة → ه). A word
// that means something else in Arabic is never listed as a variant. Changing the
// table needs a migration that reindexes the stories holding the words it changes
// (as 0016 does).
const SPELLINGS: Record<string, string[]> = {
  امريكا: ['اميركا'],
  امريكي: ['اميركي'],
  امريكيه: ['اميركيه'],
  امريكيون: ['اميركيون'],
  امريكيين: ['اميركيين'],
  غوغل: ['جوجل', 'قوقل'],
  ترامب: ['ترمب'],
  بوتين: ['بوتن'],
  زيلينسكي: ['زيلنسكي'],
  نتنياهو: ['نتانياهو'],
  اردوغان: ['اردوجان', 'اردغان'],
  غوتيريش: ['جوتيريش', 'غوتيريس', 'جوتيريس'],
  واشنطن: ['واشنطون'],
  انجلترا: ['انكلترا', 'انغلترا'],
  اوكرانيا: ['اكرانيا'],
  بلغاريا: ['بلجاريا'],
  سنغافوره: ['سنجافوره'],
  شيكاغو: ['شيكاجو'],
  كوبنهاغن: ['كوبنهاجن'],
  هامبورغ: ['هامبورج'],
  فيسبوك: ['فايسبوك', 'فسبوك'],
  مايكروسوفت: ['ميكروسوفت'],
  كونغرس: ['كونجرس'],
  اوروبا: ['اوربا'],
  اوروبي: ['اوربي'],
  اوروبيه: ['اوربيه'],
  يوتيوب: ['يوتوب'],
  انستغرام: ['انستجرام', 'انستقرام', 'انستاغرام', 'انستاجرام'],
};

const CANONICAL = new Map(
  Object.entries(SPELLINGS).flatMap(([canonical, variants]) => variants.map((variant) => [variant, canonical])),
);

/** The spelling a normalised word is indexed and searched under. */
export function canonicalSpelling(word: string): string {
  return CANONICAL.get(word) ?? word;
}
