/** The studio's form: every field of the scenario schema, grouped as the file is. */
import { memo, useMemo } from 'react';
import { DIMENSIONS, OUTCOME_WORDS, QUALITIES, ROLES, THEMES } from '../../vocabulary/scenario.ts';
import { fieldId } from './editor.ts';
import type { DataPath } from '../../rules/scenario/problems.ts';
import { newChoice, newEnding, newItem, newLevel, newStep } from './parts.ts';
import { useStudio } from './context.ts';
import {
  CheckboxField,
  FieldProblems,
  IdChecklist,
  ItemControls,
  LinksPicker,
  NumberField,
  SelectField,
  StringList,
  TextField,
  type Option,
} from './fields.tsx';

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : {});
const objs = (x: unknown): Obj[] => (Array.isArray(x) ? x.map(obj) : []);
const str = (x: unknown) => (typeof x === 'string' ? x : '');

/** A fieldset with an id from its path, so problems about the whole part can link to it. */
function Part({ path, legend, children, className }: { path: DataPath; legend: string; children: React.ReactNode; className?: string }) {
  const id = fieldId(path);
  return (
    <fieldset className={`studio-part ${className ?? ''}`} id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      <FieldProblems id={id} />
      {children}
    </fieldset>
  );
}

function AddButton({ path, value, label }: { path: DataPath; value: unknown; label: string }) {
  const { dispatch } = useStudio();
  return (
    <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'add', path, value })}>
      {label}
    </button>
  );
}

const Outcomes = memo(function Outcomes({ path, value, of }: { path: DataPath; value: unknown; of: string }) {
  const v = obj(value);
  const options: Option[] = OUTCOME_WORDS.map((w, i) => ({ value: String(i), label: `${i}: ${w}` }));
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
          <div className={`studio-field${problems.has(fid) ? ' studio-field--error' : ''}`} key={d}>
            <label htmlFor={fid}>{name}</label>
            <FieldProblems id={fid} />
            <select
              id={fid}
              value={current}
              onChange={(e) =>
                dispatch({ type: 'set', path: [...path, d], value: e.target.value === '' ? undefined : Number(e.target.value) })
              }
            >
              {!options.some((o) => o.value === current) && <option value={current}>{current === '' ? 'Choose a score' : current}</option>}
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
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
  const name = `${kind} ${index + 1}${value['title'] ? ` (${str(value['title'])})` : ''}`;
  return (
    <li>
      <Part path={p} legend={name}>
        <ItemControls path={path} index={index} length={length} noun={name} />
        <TextField
          path={[...p, 'id']}
          value={value['id']}
          label={
            <>
              Id<span className="visually-hidden"> of {name}</span>
            </>
          }
          hint="Lower-case words joined by hyphens. Steps and endings share one set of ids."
        />
        <TextField
          path={[...p, 'title']}
          value={value['title']}
          label={
            <>
              Title<span className="visually-hidden"> of {name}</span>
            </>
          }
        />
        <TextField
          path={[...p, 'text']}
          value={value['text']}
          multiline
          label={
            <>
              What happened to the child and family<span className="visually-hidden"> ({name})</span>
            </>
          }
        />
        <Outcomes path={[...p, 'outcomes']} value={value['outcomes']} of={name} />
        <TextField
          path={[...p, 'debrief']}
          value={value['debrief']}
          multiline
          label={
            <>
              Debrief<span className="visually-hidden"> of {name}</span>
            </>
          }
          hint="Why it turned out this way, and what to learn from it."
        />
        <TextField
          path={[...p, 'fitsEveryRoute']}
          value={value['fitsEveryRoute']}
          optional
          multiline
          label={
            <>
              Why this ending fits every route that reaches it (optional)<span className="visually-hidden"> ({name})</span>
            </>
          }
          hint="Needed only when a route with a weak choice and a route without one both reach this ending."
        />
        <LinksPicker path={p} value={value} of={name} />
      </Part>
    </li>
  );
});

function Endings({ path, value, kind, legend }: { path: DataPath; value: unknown; kind: string; legend: string }) {
  const endings = objs(value);
  return (
    <Part path={path} legend={legend}>
      <ol className="studio-parts">
        {endings.map((e, i) => (
          <EndingFields key={i} path={path} value={e} index={i} length={endings.length} kind={kind} />
        ))}
      </ol>
      <AddButton path={path} value={newEnding(endings.length + 1)} label={`Add ${kind.toLowerCase()}`} />
    </Part>
  );
}

const ChoiceFields = memo(function ChoiceFields({
  path,
  value,
  index,
  length,
  step,
  targets,
}: {
  path: DataPath;
  value: Obj;
  index: number;
  length: number;
  step: string;
  targets: Option[];
}) {
  const p = [...path, index];
  const name = `choice ${index + 1} of step ${step}`;
  return (
    <li>
      <Part path={p} legend={`Choice ${index + 1}`} className="studio-part--choice">
        <ItemControls path={path} index={index} length={length} noun={name} />
        <TextField
          path={[...p, 'id']}
          value={value['id']}
          label={
            <>
              Id<span className="visually-hidden"> of {name}</span>
            </>
          }
        />
        <TextField
          path={[...p, 'label']}
          value={value['label']}
          label={
            <>
              What the player chooses to do<span className="visually-hidden"> ({name})</span>
            </>
          }
        />
        <SelectField
          path={[...p, 'next']}
          value={value['next']}
          options={targets}
          label={
            <>
              Leads to<span className="visually-hidden"> ({name})</span>
            </>
          }
        />
        <SelectField
          path={[...p, 'quality']}
          value={value['quality']}
          options={Object.entries(QUALITIES).map(([q, l]) => ({ value: q, label: l }))}
          label={
            <>
              Quality<span className="visually-hidden"> of {name}</span>
            </>
          }
        />
        <TextField
          path={[...p, 'feedback']}
          value={value['feedback']}
          multiline
          label={
            <>
              Feedback<span className="visually-hidden"> on {name}</span>
            </>
          }
          hint="Why this choice helps the child, or does not."
        />
        <LinksPicker path={p} value={value} of={name} />
      </Part>
    </li>
  );
});

const StepFields = memo(function StepFields({
  path,
  value,
  index,
  length,
  targets,
  firstEnding,
}: {
  path: DataPath;
  value: Obj;
  index: number;
  length: number;
  targets: Option[];
  firstEnding: string;
}) {
  const p = [...path, index];
  const name = `Step ${index + 1}${value['title'] ? ` (${str(value['title'])})` : ''}`;
  const choices = objs(value['choices']);
  const sid = str(value['id']) || String(index + 1);
  return (
    <li>
      <Part path={p} legend={name}>
        <ItemControls path={path} index={index} length={length} noun={name} />
        <TextField
          path={[...p, 'id']}
          value={value['id']}
          label={
            <>
              Id<span className="visually-hidden"> of {name}</span>
            </>
          }
          hint="Lower-case words joined by hyphens. Steps and endings share one set of ids."
        />
        <TextField
          path={[...p, 'title']}
          value={value['title']}
          label={
            <>
              Title<span className="visually-hidden"> of {name}</span>
            </>
          }
        />
        <TextField
          path={[...p, 'text']}
          value={value['text']}
          multiline
          label={
            <>
              What happens<span className="visually-hidden"> at {name}</span>
            </>
          }
          hint="A few short paragraphs, with a blank line between them."
        />
        <TextField
          path={[...p, 'prompt']}
          value={value['prompt']}
          label={
            <>
              Question put to the player<span className="visually-hidden"> at {name}</span>
            </>
          }
        />
        <StringList
          path={[...p, 'discussion']}
          value={value['discussion']}
          legend={`Questions for the room at ${name}`}
          itemLabel="Question"
          addLabel={`Add a question for the room at ${name}`}
        />
        <TextField
          path={[...p, 'facilitatorNotes']}
          value={value['facilitatorNotes']}
          optional
          multiline
          label={
            <>
              Facilitator’s notes (optional)<span className="visually-hidden"> for {name}</span>
            </>
          }
          hint="Shown in the speaker notes."
        />
        <Part path={[...p, 'choices']} legend={`Choices at ${name} (two to four)`}>
          <ol className="studio-parts">
            {choices.map((c, j) => (
              <ChoiceFields key={j} path={[...p, 'choices']} value={c} index={j} length={choices.length} step={sid} targets={targets} />
            ))}
          </ol>
          <AddButton path={[...p, 'choices']} value={newChoice(choices.length + 1, firstEnding)} label={`Add a choice to ${name}`} />
        </Part>
        <LinksPicker path={p} value={value} of={name} />
      </Part>
    </li>
  );
});

function Conversation({ value }: { value: unknown }) {
  const c = obj(value);
  const steps = objs(c['steps']);
  const endings = objs(c['endings']);
  // Kept the same between renders unless an id or title changes, so unchanged steps are not redrawn.
  const stepList = steps.map((s, i) => ({ value: str(s['id']), label: `Step ${i + 1}: ${str(s['title']) || str(s['id'])}` }));
  const targetList = [
    ...stepList,
    ...endings.map((e) => ({ value: str(e['id']), label: `Ending: ${str(e['title']) || str(e['id'])}` })),
  ].filter((o) => o.value);
  const stepKey = JSON.stringify(stepList);
  const targetKey = JSON.stringify(targetList);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stepOptions = useMemo(() => stepList, [stepKey]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const targets: Option[] = useMemo(() => targetList, [targetKey]);
  const firstEnding = str(endings[0]?.['id']);
  const path = ['conversation'];
  return (
    <Part path={path} legend="The conversation route">
      <SelectField path={[...path, 'start']} value={c['start']} options={stepOptions.filter((o) => o.value)} label="First step" />
      <Part path={[...path, 'steps']} legend="Steps (at least three)">
        <ol className="studio-parts">
          {steps.map((s, i) => (
            <StepFields
              key={i}
              path={[...path, 'steps']}
              value={s}
              index={i}
              length={steps.length}
              targets={targets}
              firstEnding={firstEnding}
            />
          ))}
        </ol>
        <AddButton path={[...path, 'steps']} value={newStep(steps.length + 1, firstEnding)} label="Add a step" />
      </Part>
      <Endings path={[...path, 'endings']} value={c['endings']} kind="Ending" legend="Endings of the conversation route (at least two)" />
    </Part>
  );
}

function Checklist({ value }: { value: unknown }) {
  const c = obj(value);
  const levels = objs(c['levels']);
  const items = objs(c['items']);
  const endings = objs(c['endings']);
  const path = ['checklist'];
  const levelOptions = levels.map((l) => ({ value: str(l['id']), label: str(l['name']) || str(l['id']) })).filter((o) => o.value);
  const endingOptions = endings.map((e) => ({ value: str(e['id']), label: str(e['title']) || str(e['id']) })).filter((o) => o.value);
  return (
    <Part path={path} legend="The checklist route: a levels-of-need form">
      <TextField path={[...path, 'intro']} value={c['intro']} multiline label="How the form is introduced" />
      <Part path={[...path, 'levels']} legend="Levels of need, lowest first (two to four)">
        <ol className="studio-parts">
          {levels.map((l, k) => {
            const p = [...path, 'levels', k];
            const name = `Level ${k + 1}${l['name'] ? ` (${str(l['name'])})` : ''}`;
            return (
              <li key={k}>
                <Part path={p} legend={name}>
                  <ItemControls path={[...path, 'levels']} index={k} length={levels.length} noun={name} />
                  <TextField
                    path={[...p, 'id']}
                    value={l['id']}
                    label={
                      <>
                        Id<span className="visually-hidden"> of {name}</span>
                      </>
                    }
                  />
                  <TextField
                    path={[...p, 'name']}
                    value={l['name']}
                    label={
                      <>
                        Name on the form<span className="visually-hidden"> ({name})</span>
                      </>
                    }
                    hint='Such as "Level 2: Targeted".'
                  />
                  <NumberField
                    path={[...p, 'min']}
                    value={l['min']}
                    optional
                    label={
                      <>
                        Ticked indicators needed at this level or above<span className="visually-hidden"> ({name})</span>
                      </>
                    }
                    hint={
                      k === 0
                        ? 'Leave empty: the first level is what the form decides when no other is reached.'
                        : 'A whole number, 1 or more.'
                    }
                  />
                  <TextField
                    path={[...p, 'service']}
                    value={l['service']}
                    label={
                      <>
                        Service the form decides<span className="visually-hidden"> at {name}</span>
                      </>
                    }
                  />
                  <SelectField
                    path={[...p, 'ending']}
                    value={l['ending']}
                    options={endingOptions}
                    label={
                      <>
                        Leads to the checklist ending<span className="visually-hidden"> ({name})</span>
                      </>
                    }
                  />
                </Part>
              </li>
            );
          })}
        </ol>
        <AddButton path={[...path, 'levels']} value={newLevel(levels.length + 1, str(endings[0]?.['id']))} label="Add a level" />
      </Part>
      <Part path={[...path, 'items']} legend="Indicators on the form (three to twelve)">
        <ol className="studio-parts">
          {items.map((item, k) => {
            const p = [...path, 'items', k];
            const name = `Indicator ${k + 1}`;
            return (
              <li key={k}>
                <Part path={p} legend={name}>
                  <ItemControls path={[...path, 'items']} index={k} length={items.length} noun={name} />
                  <TextField
                    path={[...p, 'id']}
                    value={item['id']}
                    label={
                      <>
                        Id<span className="visually-hidden"> of {name}</span>
                      </>
                    }
                  />
                  <TextField
                    path={[...p, 'label']}
                    value={item['label']}
                    label={
                      <>
                        Indicator as the form words it<span className="visually-hidden"> ({name})</span>
                      </>
                    }
                  />
                  <SelectField
                    path={[...p, 'level']}
                    value={item['level']}
                    options={levelOptions}
                    label={
                      <>
                        Level it points to<span className="visually-hidden"> ({name})</span>
                      </>
                    }
                  />
                  <CheckboxField
                    path={[...p, 'applies']}
                    value={item['applies']}
                    label={
                      <>
                        The facts of the case support ticking it<span className="visually-hidden"> ({name})</span>
                      </>
                    }
                  />
                </Part>
              </li>
            );
          })}
        </ol>
        <AddButton path={[...path, 'items']} value={newItem(items.length + 1, str(levels[0]?.['id']))} label="Add an indicator" />
      </Part>
      <Endings path={[...path, 'endings']} value={c['endings']} kind="Checklist ending" legend="Endings of the checklist route" />
    </Part>
  );
}

/** The whole form. */
export default memo(function Form({ draft }: { draft: Obj }) {
  return (
    <div className="studio-form" id="studio-form" tabIndex={-1}>
      <Part path={['about']} legend="About the scenario">
        <TextField path={['title']} value={draft['title']} label="Title" hint="The file is named after it when you save." />
        <CheckboxField
          path={['fictional']}
          value={draft['fictional']}
          label="This case is fictional: every name and detail is invented"
          hint="Every case on the site must be fictional, and the page says so."
        />
        <TextField
          path={['teaches']}
          value={draft['teaches']}
          multiline
          label="What the scenario teaches"
          hint="One sentence, shown in the scenario library."
        />
        <SelectField
          path={['role']}
          value={draft['role']}
          options={Object.entries(ROLES).map(([v, l]) => ({ value: v, label: l }))}
          label="The player’s role"
        />
        <IdChecklist
          path={['themes']}
          value={draft['themes']}
          legend="Themes (one to four)"
          options={Object.entries(THEMES).map(([v, l]) => ({ value: v, label: l }))}
        />
        <NumberField path={['minutes']} value={draft['minutes']} label="About how many minutes both routes take to play" />
        <TextField
          path={['case']}
          value={draft['case']}
          multiline
          label="The case"
          hint="As the player first meets it: a few short paragraphs, with a blank line between them."
        />
        <StringList
          path={['learningPoints']}
          value={draft['learningPoints']}
          legend="Learning points (two to five)"
          itemLabel="Learning point"
          addLabel="Add a learning point"
        />
        <LinksPicker path={[]} value={draft} of="the scenario" />
      </Part>
      <Checklist value={draft['checklist']} />
      <Conversation value={draft['conversation']} />
    </div>
  );
});
