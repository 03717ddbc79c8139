/**
 * The studio's form fields. Each has a real <label>, its problems beside it (in the
 * build's words) and an id made from its data path, so the error summary can link to it.
 */
import { memo, type ReactNode } from 'react';
import { fieldId } from '../editor.ts';
import type { DataPath } from '../../../rules/scenario/problems.ts';
import { useStudio } from '../context.ts';

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

/**
 * A label whose words are the same on every item of a list ("Title"), with the item it
 * belongs to added for screen readers ("of Step 2"), so that no two fields share a name.
 */
export function partLabel(shown: string, hidden: string): ReactNode {
  return (
    <>
      {shown}
      <span className="visually-hidden"> {hidden}</span>
    </>
  );
}

/** A field's id, whether it has problems, and the aria attributes that point to its hint and problems. */
export function useField(path: DataPath, hint?: ReactNode) {
  const { problems, dispatch } = useStudio();
  const id = fieldId(path);
  const invalid = (problems.get(id)?.length ?? 0) > 0;
  const describedBy = [invalid ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ');
  const aria = {
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint || invalid ? describedBy : undefined,
  };
  return { id, invalid, dispatch, aria };
}

/**
 * The path and value of each field of one part of the draft, to spread on a field, so the
 * two always name the same key: `<TextField {...field('title')} label="Title" />`.
 */
export const fieldsOf =
  (path: DataPath, value: Record<string, unknown>) =>
  (key: string): { path: DataPath; value: unknown } => ({ path: [...path, key], value: value[key] });

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

/** The frame of a field with its label first: the label, the hint, the problems, then the control. */
export function Field({
  id,
  label,
  hint,
  invalid,
  number,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  invalid: boolean;
  number?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`studio-field${number ? ' studio-field--number' : ''}${invalid ? ' studio-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <FieldProblems id={id} />
      {children}
    </div>
  );
}

export const TextField = memo(function TextField({
  path,
  label,
  hint,
  value,
  multiline,
  optional,
}: Common & { value: unknown; multiline?: boolean; optional?: boolean }) {
  const { id, invalid, dispatch, aria } = useField(path, hint);
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  const onChange = (v: string) => dispatch({ type: 'set', path, value: optional && v === '' ? undefined : v });
  const props = { id, value: text, ...aria };
  return (
    <Field id={id} label={label} hint={hint} invalid={invalid}>
      {multiline ? (
        <textarea
          {...props}
          rows={Math.min(12, Math.max(3, Math.ceil(text.length / 70) + text.split('\n').length))}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input type="text" {...props} spellCheck={!/(^|-)id$/.test(String(path.at(-1)))} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
});

export const NumberField = memo(function NumberField({
  path,
  label,
  hint,
  value,
  optional,
}: Common & { value: unknown; optional?: boolean }) {
  const { id, invalid, dispatch, aria } = useField(path, hint);
  return (
    <Field id={id} label={label} hint={hint} invalid={invalid} number>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="studio-input--short"
        value={value === undefined ? '' : String(value)}
        {...aria}
        onChange={(e) => {
          const v = e.target.value.trim();
          dispatch({ type: 'set', path, value: v === '' ? (optional ? undefined : '') : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v });
        }}
      />
    </Field>
  );
});

export interface Option {
  value: string;
  label: string;
}

/** A select's options, led by the current value when it is none of them (empty, or an id that does not exist), so the select shows it. */
export function Options({ current, options, missing }: { current: string; options: Option[]; missing: string }) {
  return (
    <>
      {!options.some((o) => o.value === current) && <option value={current}>{missing}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

export const SelectField = memo(function SelectField({
  path,
  label,
  hint,
  value,
  options,
}: Common & { value: unknown; options: Option[] }) {
  const { id, invalid, dispatch, aria } = useField(path, hint);
  const current = value === undefined ? '' : String(value);
  return (
    <Field id={id} label={label} hint={hint} invalid={invalid}>
      <select id={id} value={current} {...aria} onChange={(e) => dispatch({ type: 'set', path, value: e.target.value })}>
        <Options current={current} options={options} missing={current === '' ? 'Choose…' : `${current} (does not exist)`} />
      </select>
    </Field>
  );
});

export const CheckboxField = memo(function CheckboxField({ path, label, hint, value }: Common & { value: unknown }) {
  const { id, invalid, dispatch, aria } = useField(path, hint);
  return (
    <div className={`studio-field studio-check${invalid ? ' studio-field--error' : ''}`}>
      <FieldProblems id={id} />
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        {...aria}
        onChange={(e) => dispatch({ type: 'set', path, value: e.target.checked })}
      />
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
    </div>
  );
});

/** The id and title of a step or an ending (`path` is its own): steps and endings share one set of ids. */
export function IdAndTitle({ path, value, name }: { path: DataPath; value: Record<string, unknown>; name: string }) {
  const field = fieldsOf(path, value);
  return (
    <>
      <TextField
        {...field('id')}
        label={partLabel('Id', `of ${name}`)}
        hint="Lower-case words joined by hyphens. Steps and endings share one set of ids."
      />
      <TextField {...field('title')} label={partLabel('Title', `of ${name}`)} />
    </>
  );
}
