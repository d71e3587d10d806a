import { DEMO_IMAGE_CREDIT } from './types';

// The demo's embed and gallery blocks, written as the editor writes them
// (lib/embeds/markup.ts). The video id is YouTube's own IFrame API sample;
// nothing is fetched from YouTube unless a reader presses play.
const VIDEO_URL = 'https://www.youtube.com/watch?v=M7lc1UVf-VE';

const embed = (title: string) =>
  `<figure data-embed="youtube" data-embed-id="M7lc1UVf-VE" data-embed-url="${VIDEO_URL}"><a href="${VIDEO_URL}">${title}</a></figure>`;

type Picture = [image: string, alt: string, caption: string];

const figure = ([image, alt, caption]: Picture, credit: string) =>
  `<figure><img src="/demo/${image}.webp" alt="${alt}" width="1200" height="675" /><figcaption>${caption} <small>${credit}</small></figcaption></figure>`;

const gallery = (pictures: Picture[], credit: string) =>
  `<figure data-gallery>${pictures.map((picture) => figure(picture, credit)).join('')}</figure>`;

/** A picture in the body with its caption and credit, as the story form's body upload inserts it. */
export const DEMO_FIGURE = figure(
  ['sea', 'ساحل صخري يطل على مياه زرقاء هادئة', 'ساحل البحر الأحمر قرب السخنة حيث تُقام محطات التحلية'],
  DEMO_IMAGE_CREDIT,
);

export const DEMO_EMBED = embed('كلمة رئيس المفوضية في الجلسة الختامية للقمة');

export const DEMO_GALLERY = gallery(
  [
    ['desert', 'واجهة حجرية مثلثة لمبنى المتحف على حافة الصحراء', 'المدخل الرئيسي للمتحف المطل على هضبة الأهرام'],
    ['city', 'بهو واسع تحيط به واجهات زجاجية عالية', 'البهو العظيم حيث يستقبل الزوار تمثال ملكي ضخم'],
    ['books', 'رفوف تصطف عليها مخطوطات وبرديات مرممة', 'مكتبة المتحف المتخصصة في علم المصريات'],
    ['mosque', 'قاعة عرض بإضاءة خافتة وواجهات عرض زجاجية', 'إحدى قاعات الدولة الوسطى الجديدة'],
  ],
  DEMO_IMAGE_CREDIT,
);

export const DEMO_EMBED_EN = embed('The conservation team walks through the restored houses');

export const DEMO_GALLERY_EN = gallery(
  [
    ['mosque', 'An ornate hall with carved wooden ceilings', 'The reception hall of the largest house'],
    ['city', 'A narrow street lined with old stone facades', 'Al-Muizz Street at dusk'],
    ['books', 'Shelves of restored manuscripts', 'Archive records used by the conservators'],
  ],
  'Portal archive',
);
