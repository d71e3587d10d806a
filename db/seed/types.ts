import type { Locale } from '@/i18n/routing';
import type { ArticleGenre } from '../schema/genres';

export const DEMO_SECTIONS = [
  { slug: 'politics', nameAr: 'سياسة', nameEn: 'Politics' },
  { slug: 'world', nameAr: 'عربي ودولي', nameEn: 'World' },
  { slug: 'economy', nameAr: 'اقتصاد', nameEn: 'Economy' },
  { slug: 'islamic-world', nameAr: 'العالم الإسلامي', nameEn: 'Islamic World' },
  { slug: 'sports', nameAr: 'رياضة', nameEn: 'Sports' },
  { slug: 'culture', nameAr: 'ثقافة', nameEn: 'Culture' },
  { slug: 'science-tech', nameAr: 'علوم وتكنولوجيا', nameEn: 'Science & Tech' },
] as const;

export type SectionSlug = (typeof DEMO_SECTIONS)[number]['slug'];

export const DEMO_AUTHORS = [
  { slug: 'newsroom', name: 'المحرر الإخباري', nameEn: 'Newsroom' },
  { slug: 'amira-salem', name: 'أميرة سالم', nameEn: 'Amira Salem' },
  { slug: 'khaled-mansour', name: 'خالد منصور', nameEn: 'Khaled Mansour' },
  { slug: 'hala-abdelrahman', name: 'هالة عبد الرحمن', nameEn: 'Hala Abdelrahman' },
  // The demo's opinion writer: his portrait is a demo picture (the shipped ones are scenes, not faces).
  { slug: 'youssef-elsharif', name: 'يوسف الشريف', nameEn: 'Youssef El-Sharif', photo: 'books' },
  { slug: 'mona-farouk', name: 'منى فاروق', nameEn: 'Mona Farouk' },
  // Bylines that are not staff: a guest writer (co-signing a story, with portrait, bio and site) and an agency.
  {
    slug: 'nadia-haddad',
    name: 'نادية حداد',
    nameEn: 'Nadia Haddad',
    kind: 'guest',
    photo: 'lab',
    bio: 'باحثة في اقتصادات الطاقة المتجددة، تكتب للبوابة كاتبةً ضيفة.',
    websiteUrl: 'https://nadia-haddad.example',
  },
  { slug: 'mena-agency', name: 'وكالة أنباء الشرق الأوسط', nameEn: 'Middle East News Agency', kind: 'agency' },
] as const;

export type AuthorSlug = (typeof DEMO_AUTHORS)[number]['slug'];

/** Images shipped in public/demo/<key>.webp (1200×675). */
// The demo pictures are drawn for the portal (scripts/make-demo-images.ts); each carries this credit.
export const DEMO_IMAGE_CREDIT = 'أرشيف البوابة';

export const DEMO_IMAGES = [
  'summit',
  'parliament',
  'diplomacy',
  'market',
  'energy',
  'mosque',
  'stadium',
  'books',
  'lab',
  'city',
  'desert',
  'sea',
] as const;

export type DemoImage = (typeof DEMO_IMAGES)[number];

/** Demo pictures whose subject is off-centre, placed as an editor would (lib/media/focal-point.ts). */
export const DEMO_FOCAL_POINTS: Partial<Record<DemoImage, { focalX: number; focalY: number }>> = {
  energy: { focalX: 70, focalY: 40 },
};

export type DemoArticle = {
  /** Stable key, used to link translations. */
  key: string;
  language: Locale;
  section: SectionSlug;
  author: AuthorSlug;
  /** Bylines after `author`, in order. */
  coAuthors?: AuthorSlug[];
  title: string;
  kicker?: string;
  /** News when left out. */
  genre?: ArticleGenre;
  excerpt: string;
  /** HTML: <p>, <h2>, <blockquote>, <ul>/<li>, <strong>, and the embed and gallery blocks of demo-blocks.ts. */
  body: string;
  image: DemoImage;
  caption: string;
  alt: string;
  tags: string[];
  /** Published this many hours before the database was seeded. */
  hoursAgo: number;
  topRank?: number;
  breaking?: boolean;
  /** Key of the same story in the other language. */
  translationOf?: string;
};
