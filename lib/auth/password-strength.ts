import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonWords } from '@zxcvbn-ts/language-common';
import { dictionary as englishWords } from '@zxcvbn-ts/language-en';

// zxcvbn's offline estimate (common-password lists, keyboard walks, repeats,
// dates, l33t), for server actions and db/setup.ts only: its dictionaries are
// megabytes no browser should load (not marked server-only: setup runs outside Next). Score 3 is "safely unguessable" (about 10^8 guesses), enough
// behind scrypt and the sign-in throttle.
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** Whether `password` is common or guessable, counting what the person is known by (name, e-mail) as guessable too. */
export function isGuessablePassword(password: string, personal: string[] = []): boolean {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonWords, ...englishWords },
    graphs: adjacencyGraphs,
  });
  const related = personal
    .flatMap((value) => [value, value.split('@')[0], ...value.split(/[@.\s_+-]+/)])
    .filter((part) => part.length > 2);
  return estimator.check(password, related).score < MIN_SCORE;
}
