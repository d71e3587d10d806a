import type { FieldDiff } from '@/lib/revision-diff';
import { INPUT_CLASS } from './field';
import { RevisionDiff } from './revision-diff';

type Labels = React.ComponentProps<typeof RevisionDiff>['labels'] & {
  title: string;
  from: string;
  to: string;
  compare: string;
  legend: string;
  version: (version: number) => string;
};

/** Pick two versions (a plain GET form: the page works without script) and read what changed between them. */
export function RevisionCompare({
  versions,
  from,
  to,
  diffs,
  labels,
}: {
  versions: number[];
  from: number;
  to: number;
  diffs: FieldDiff[];
  labels: Labels;
}) {
  const choice = (name: 'from' | 'to', value: number) => (
    <label className="flex flex-col gap-1 text-sm font-bold">
      {labels[name]}
      <select name={name} defaultValue={value} className={INPUT_CLASS}>
        {versions.map((version) => (
          <option key={version} value={version}>
            {labels.version(version)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="revision-diff" className="mb-8 rounded border border-rule p-4">
      <h2 id="revision-diff" className="mb-3 text-xl font-bold">
        {labels.title}
      </h2>
      <form className="mb-4 flex flex-wrap items-end gap-3">
        {choice('from', from)}
        {choice('to', to)}
        <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
          {labels.compare}
        </button>
      </form>
      <p className="mb-3 text-sm text-muted">{labels.legend}</p>
      <RevisionDiff diffs={diffs} labels={labels} />
    </section>
  );
}
