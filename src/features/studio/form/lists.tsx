/** Fields that hold a list of values: ids ticked from a list, sentences, and the links of a part. */
import { useState, type ReactNode } from 'react';
import { fieldId } from '../editor.ts';
import type { DataPath } from '../../../rules/scenario/problems.ts';
import { useStudio } from '../context.ts';
import { FieldProblems, TextField, useField, type Option } from './fields.tsx';
import { ItemControls } from './part-list.tsx';

/** A group of checkboxes for a list of ids (themes, links): ids are chosen, never typed. */
export function IdChecklist({
  path,
  legend,
  hint,
  value,
  options,
  removeWhenEmpty,
}: {
  path: DataPath;
  legend: ReactNode;
  hint?: ReactNode;
  value: unknown;
  options: Option[];
  removeWhenEmpty?: boolean;
}) {
  const { id, invalid, dispatch } = useField(path);
  const chosen = Array.isArray(value) ? value.map(String) : [];
  // Ids in the file that the site does not have stay visible, so they can be unticked.
  const unknown = chosen.filter((c) => !options.some((o) => o.value === c)).map((c) => ({ value: c, label: `${c} (does not exist)` }));
  const toggle = (v: string, on: boolean) => {
    const next = on ? [...chosen, v] : chosen.filter((c) => c !== v);
    dispatch({ type: 'set', path, value: removeWhenEmpty && next.length === 0 ? undefined : next });
  };
  return (
    <fieldset className={`studio-choices${invalid ? ' studio-field--error' : ''}`} id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint && <p className="studio-hint">{hint}</p>}
      <FieldProblems id={id} />
      <div className="studio-choices__list">
        {[...unknown, ...options].map((o) => (
          <div className="studio-check" key={o.value}>
            <input
              type="checkbox"
              id={`${id}--${o.value}`}
              checked={chosen.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <label htmlFor={`${id}--${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A list of sentences (learning points, discussion questions). */
export function StringList({
  path,
  legend,
  hint,
  value,
  itemLabel,
  addLabel,
  removeWhenEmpty,
}: {
  path: DataPath;
  legend: string;
  hint?: string;
  value: unknown;
  itemLabel: string;
  addLabel: string;
  removeWhenEmpty?: boolean;
}) {
  const { dispatch } = useStudio();
  const id = fieldId(path);
  const items = Array.isArray(value) ? value : [];
  return (
    <fieldset className="studio-list" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint && <p className="studio-hint">{hint}</p>}
      <FieldProblems id={id} />
      <ol className="studio-list__items">
        {items.map((item, i) => (
          <li key={i}>
            <TextField path={[...path, i]} value={item} label={`${itemLabel} ${i + 1}`} />
            <ItemControls path={path} index={i} length={items.length} noun={`${itemLabel.toLowerCase()} ${i + 1}`} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          removeWhenEmpty && items.length === 0 ? dispatch({ type: 'set', path, value: [''] }) : dispatch({ type: 'add', path, value: '' })
        }
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

const LINK_KINDS = [
  { key: 'guidance', legend: 'Guidance pages' },
  { key: 'glossary', legend: 'Glossary terms' },
  { key: 'contacts', legend: 'Contacts' },
  { key: 'facts', legend: 'Facts from the sources' },
] as const;

/** The links of one part of the scenario: chosen from the site's real pages, terms, contacts and facts. */
export function LinksPicker({ path, value, of }: { path: DataPath; value: Record<string, unknown>; of: string }) {
  const { catalogue, problems } = useStudio();
  const count = LINK_KINDS.reduce((n, k) => n + (Array.isArray(value[k.key]) ? (value[k.key] as unknown[]).length : 0), 0);
  const hasProblem = LINK_KINDS.some((k) => problems.has(fieldId([...path, k.key])));
  const [open, setOpen] = useState(hasProblem);
  const options = {
    guidance: catalogue.guidance.map((g) => ({ value: g.id, label: g.title })),
    glossary: catalogue.glossary.map((g) => ({ value: g.id, label: g.title })),
    contacts: catalogue.contacts.map((c) => ({ value: c.id, label: c.name })),
    facts: catalogue.facts.map((f) => ({ value: f.id, label: `${f.id}: ${f.title}` })),
  };
  return (
    <details className="studio-links" open={open || hasProblem} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>
        Links from {of} ({count} chosen)
      </summary>
      {(open || hasProblem) &&
        LINK_KINDS.map((k) => (
          <IdChecklist
            key={k.key}
            path={[...path, k.key]}
            legend={`${k.legend} linked from ${of}`}
            value={value[k.key]}
            options={options[k.key]}
            removeWhenEmpty
          />
        ))}
    </details>
  );
}
