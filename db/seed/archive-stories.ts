// One generated story: an Arabic one drawn from a small palette of the phrase
// banks (archive-words.ts), or now and then an English one, and its status.
import type { Locale } from '@/i18n/routing';
import type { Random } from './random';
import { FAMILY_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PLACES } from './archive-names';
import {
  BACKGROUND,
  CLAUSES,
  COMPLEMENTS,
  CONNECTORS,
  GENERAL_SUBJECTS,
  HEADINGS,
  KICKERS,
  SECTION_SUBJECTS,
  SECTION_TOPICS,
  SPEAKER_TITLES_F,
  SPEAKER_TITLES_M,
  SPEECH_VERBS,
  STAT_CHANGES,
  STAT_METRICS,
  STAT_PERIODS,
  STAT_SOURCES,
  VERBS,
  type Gender,
  type Subject,
  type Verb,
} from './archive-words';
import { EN_CLAUSES, EN_PLACES, EN_SUBJECTS, EN_TOPICS, EN_VERBS } from './archive-words-en';

const DAY = 24 * 3_600_000;
const MIN_BODY_BYTES = 3_000;
const MAX_BODY_BYTES = 15_000;
const ENGLISH_SHARE = 0.05;

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

export function generateStory(random: Random, section: string): GeneratedStory {
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
export function publication(random: Random, publishedAt: number, now: number): Publication {
  const roll = random.next();
  if (roll < 0.02) return { status: 'draft', publishedAt: null };
  if (roll < 0.025) return { status: 'review', publishedAt: null };
  if (roll < 0.03) return { status: 'unpublished', publishedAt };
  if (roll < 0.033) return { status: 'scheduled', publishedAt: now + random.next() * 14 * DAY };
  return { status: 'published', publishedAt };
}
