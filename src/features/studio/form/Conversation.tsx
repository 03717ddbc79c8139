/** The conversation route: its first step, the steps with their choices, and its endings. */
import { memo, useMemo } from 'react';
import { QUALITIES } from '../../../vocabulary/scenario.ts';
import type { DataPath } from '../../../rules/scenario/problems.ts';
import { newChoice, newStep } from '../parts.ts';
import { fieldsOf, IdAndTitle, partLabel, SelectField, TextField, type Option } from './fields.tsx';
import { LinksPicker, StringList } from './lists.tsx';
import { Part, PartItem, PartList } from './part-list.tsx';
import { Endings } from './Endings.tsx';
import { obj, objs, str, type Obj } from './values.ts';

const QUALITY_OPTIONS: Option[] = Object.entries(QUALITIES).map(([q, l]) => ({ value: q, label: l }));

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
  const field = fieldsOf(p, value);
  const name = `choice ${index + 1} of step ${step}`;
  return (
    <PartItem path={path} index={index} length={length} legend={`Choice ${index + 1}`} noun={name} className="studio-part--choice">
      <TextField {...field('id')} label={partLabel('Id', `of ${name}`)} />
      <TextField {...field('label')} label={partLabel('What the player chooses to do', `(${name})`)} />
      <SelectField {...field('next')} options={targets} label={partLabel('Leads to', `(${name})`)} />
      <SelectField {...field('quality')} options={QUALITY_OPTIONS} label={partLabel('Quality', `of ${name}`)} />
      <TextField
        {...field('feedback')}
        multiline
        label={partLabel('Feedback', `on ${name}`)}
        hint="Why this choice helps the child, or does not."
      />
      <LinksPicker path={p} value={value} of={name} />
    </PartItem>
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
  const field = fieldsOf(p, value);
  const name = `Step ${index + 1}${value['title'] ? ` (${str(value['title'])})` : ''}`;
  const choices = objs(value['choices']);
  const sid = str(value['id']) || String(index + 1);
  return (
    <PartItem path={path} index={index} length={length} legend={name}>
      <IdAndTitle path={p} value={value} name={name} />
      <TextField
        {...field('text')}
        multiline
        label={partLabel('What happens', `at ${name}`)}
        hint="A few short paragraphs, with a blank line between them."
      />
      <TextField {...field('prompt')} label={partLabel('Question put to the player', `at ${name}`)} />
      <StringList
        {...field('discussion')}
        legend={`Questions for the room at ${name}`}
        itemLabel="Question"
        addLabel={`Add a question for the room at ${name}`}
      />
      <TextField
        {...field('facilitatorNotes')}
        optional
        multiline
        label={partLabel('Facilitator’s notes (optional)', `for ${name}`)}
        hint="Shown in the speaker notes."
      />
      <PartList
        path={[...p, 'choices']}
        legend={`Choices at ${name} (two to four)`}
        add={newChoice(choices.length + 1, firstEnding)}
        addLabel={`Add a choice to ${name}`}
      >
        {choices.map((c, j) => (
          <ChoiceFields key={j} path={[...p, 'choices']} value={c} index={j} length={choices.length} step={sid} targets={targets} />
        ))}
      </PartList>
      <LinksPicker path={p} value={value} of={name} />
    </PartItem>
  );
});

export function Conversation({ value }: { value: unknown }) {
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
  const field = fieldsOf(path, c);
  return (
    <Part path={path} legend="The conversation route">
      <SelectField {...field('start')} options={stepOptions.filter((o) => o.value)} label="First step" />
      <PartList
        path={[...path, 'steps']}
        legend="Steps (at least three)"
        add={newStep(steps.length + 1, firstEnding)}
        addLabel="Add a step"
      >
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
      </PartList>
      <Endings {...field('endings')} kind="Ending" legend="Endings of the conversation route (at least two)" />
    </Part>
  );
}
