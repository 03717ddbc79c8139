/** The endings of either route, each with its outcomes on the five dimensions. */
import { memo } from 'react';
import { DIMENSIONS, OUTCOME_WORDS } from '../../../vocabulary/scenario.ts';
import { fieldId } from '../editor.ts';
import type { DataPath } from '../../../rules/scenario/problems.ts';
import { newEnding } from '../parts.ts';
import { useStudio } from '../context.ts';
import { Field, FieldProblems, fieldsOf, IdAndTitle, Options, partLabel, TextField, type Option } from './fields.tsx';
import { LinksPicker } from './lists.tsx';
import { PartItem, PartList } from './part-list.tsx';
import { obj, objs, str, type Obj } from './values.ts';

const SCORES: Option[] = OUTCOME_WORDS.map((w, i) => ({ value: String(i), label: `${i}: ${w}` }));

const Outcomes = memo(function Outcomes({ path, value, of }: { path: DataPath; value: unknown; of: string }) {
  const v = obj(value);
  const { dispatch, problems } = useStudio();
  const id = fieldId(path);
  return (
    <fieldset className="studio-outcomes" id={id} tabIndex={-1}>
      <legend>Outcomes of {of}, from 0 (very poor) to 4 (very good)</legend>
      <FieldProblems id={id} />
      {Object.entries(DIMENSIONS).map(([d, name]) => {
        const fid = fieldId([...path, d]);
        const current = v[d] === undefined ? '' : String(v[d]);
        return (
          <Field id={fid} label={name} invalid={problems.has(fid)} key={d}>
            <select
              id={fid}
              value={current}
              onChange={(e) =>
                dispatch({ type: 'set', path: [...path, d], value: e.target.value === '' ? undefined : Number(e.target.value) })
              }
            >
              <Options current={current} options={SCORES} missing={current === '' ? 'Choose a score' : current} />
            </select>
          </Field>
        );
      })}
    </fieldset>
  );
});

const EndingFields = memo(function EndingFields({
  path,
  value,
  index,
  length,
  kind,
}: {
  path: DataPath;
  value: Obj;
  index: number;
  length: number;
  kind: string;
}) {
  const p = [...path, index];
  const field = fieldsOf(p, value);
  const name = `${kind} ${index + 1}${value['title'] ? ` (${str(value['title'])})` : ''}`;
  return (
    <PartItem path={path} index={index} length={length} legend={name}>
      <IdAndTitle path={p} value={value} name={name} />
      <TextField {...field('text')} multiline label={partLabel('What happened to the child and family', `(${name})`)} />
      <Outcomes {...field('outcomes')} of={name} />
      <TextField
        {...field('debrief')}
        multiline
        label={partLabel('Debrief', `of ${name}`)}
        hint="Why it turned out this way, and what to learn from it."
      />
      <TextField
        {...field('fitsEveryRoute')}
        optional
        multiline
        label={partLabel('Why this ending fits every route that reaches it (optional)', `(${name})`)}
        hint="Needed only when a route with a weak choice and a route without one both reach this ending."
      />
      <LinksPicker path={p} value={value} of={name} />
    </PartItem>
  );
});

/** The endings of one route; `kind` names each ("Ending 2", "Checklist ending 1"). */
export function Endings({ path, value, kind, legend }: { path: DataPath; value: unknown; kind: string; legend: string }) {
  const endings = objs(value);
  return (
    <PartList path={path} legend={legend} add={newEnding(endings.length + 1)} addLabel={`Add ${kind.toLowerCase()}`}>
      {endings.map((e, i) => (
        <EndingFields key={i} path={path} value={e} index={i} length={endings.length} kind={kind} />
      ))}
    </PartList>
  );
}
