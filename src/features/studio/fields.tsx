/**
 * The studio's form fields. Each has a real <label>, its problems beside it (in the
 * build's words) and an id made from its data path, so the error summary can link to it.
 */
import { memo, useState, type ReactNode } from 'react';
import { fieldId } from './editor.ts';
import type { DataPath } from '../../rules/scenario/problems.ts';
import { useStudio } from './context.ts';

/** The problems for one field, shown beside it. */
export function FieldProblems({ id }: { id: string }) {
  const { problems } = useStudio();
  const list = problems.get(id);
  if (!list?.length) return null;
  return (
    <div className="studio-error" id={`${id}-error`}>
      {list.map((m, i) => (
        <p key={i} className="studio-error__message">
          <span className="visually-hidden">Problem: </span>
          {m}
        </p>
      ))}
    </div>
  );
}

function useField(path: DataPath) {
  const { problems, dispatch } = useStudio();
  const id = fieldId(path);
  const invalid = (problems.get(id)?.length ?? 0) > 0;
  const describedBy = [invalid ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');
  return { id, invalid, dispatch, describedBy };
}

interface Common {
  path: DataPath;
  label: ReactNode;
  hint?: ReactNode;
}

const Hint = ({ id, hint }: { id: string; hint?: ReactNode }) =>
  hint ? (
    <p className="studio-hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;

export const TextField = memo(function TextField({
  path,
  label,
  hint,
  value,
  multiline,
  optional,
}: Common & { value: unknown; multiline?: boolean; optional?: boolean }) {
  const { id, invalid, dispatch, describedBy } = useField(path);
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  const onChange = (v: string) => dispatch({ type: 'set', path, value: optional && v === '' ? undefined : v });
  const props = {
    id,
    value: text,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint || invalid ? describedBy : undefined,
  };
  return (
    <div className={`studio-field${invalid ? ' studio-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <FieldProblems id={id} />
      {multiline ? (
        <textarea
          {...props}
          rows={Math.min(12, Math.max(3, Math.ceil(text.length / 70) + text.split('\n').length))}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input type="text" {...props} spellCheck={!/(^|-)id$/.test(String(path.at(-1)))} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
});

export const NumberField = memo(function NumberField({
  path,
  label,
  hint,
  value,
  optional,
}: Common & { value: unknown; optional?: boolean }) {
  const { id, invalid, dispatch, describedBy } = useField(path);
  return (
    <div className={`studio-field studio-field--number${invalid ? ' studio-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <FieldProblems id={id} />
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="studio-input--short"
        value={value === undefined ? '' : String(value)}
        aria-invalid={invalid || undefined}
        aria-describedby={hint || invalid ? describedBy : undefined}
        onChange={(e) => {
          const v = e.target.value.trim();
          dispatch({ type: 'set', path, value: v === '' ? (optional ? undefined : '') : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v });
        }}
      />
    </div>
  );
});

export interface Option {
  value: string;
  label: string;
}

export const SelectField = memo(function SelectField({
  path,
  label,
  hint,
  value,
  options,
}: Common & { value: unknown; options: Option[] }) {
  const { id, invalid, dispatch, describedBy } = useField(path);
  const current = value === undefined ? '' : String(value);
  const known = options.some((o) => o.value === current);
  return (
    <div className={`studio-field${invalid ? ' studio-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <FieldProblems id={id} />
      <select
        id={id}
        value={current}
        aria-invalid={invalid || undefined}
        aria-describedby={hint || invalid ? describedBy : undefined}
        onChange={(e) => dispatch({ type: 'set', path, value: e.target.value })}
      >
        {!known && <option value={current}>{current === '' ? 'Choose…' : `${current} (does not exist)`}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
});

export const CheckboxField = memo(function CheckboxField({ path, label, hint, value }: Common & { value: unknown }) {
  const { id, invalid, dispatch, describedBy } = useField(path);
  return (
    <div className={`studio-field studio-check${invalid ? ' studio-field--error' : ''}`}>
      <FieldProblems id={id} />
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        aria-invalid={invalid || undefined}
        aria-describedby={hint || invalid ? describedBy : undefined}
        onChange={(e) => dispatch({ type: 'set', path, value: e.target.checked })}
      />
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
    </div>
  );
});

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

/** Move up, move down and remove, for one item of a list. */
export function ItemControls({
  path,
  index,
  length,
  noun,
  min = 0,
}: {
  path: DataPath;
  index: number;
  length: number;
  noun: string;
  min?: number;
}) {
  const { dispatch } = useStudio();
  return (
    <div className="studio-item-controls">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={index === 0}
        onClick={() => dispatch({ type: 'move', path, index, by: -1 })}
      >
        Move up<span className="visually-hidden">: {noun}</span>
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={index === length - 1}
        onClick={() => dispatch({ type: 'move', path, index, by: 1 })}
      >
        Move down<span className="visually-hidden">: {noun}</span>
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={length <= min}
        onClick={() => dispatch({ type: 'remove', path, index })}
      >
        Remove<span className="visually-hidden">: {noun}</span>
      </button>
    </div>
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
