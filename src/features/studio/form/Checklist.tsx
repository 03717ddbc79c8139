/** The checklist route: a levels-of-need form, with its levels, its indicators and its endings. */
import type { DataPath } from '../../../rules/scenario/problems.ts';
import { newItem, newLevel } from '../parts.ts';
import { CheckboxField, fieldsOf, NumberField, partLabel, SelectField, TextField, type Option } from './fields.tsx';
import { Part, PartItem, PartList } from './part-list.tsx';
import { Endings } from './Endings.tsx';
import { obj, objs, str, type Obj } from './values.ts';

interface ItemProps {
  path: DataPath;
  value: Obj;
  index: number;
  length: number;
  options: Option[];
}

function LevelFields({ path, value, index, length, options }: ItemProps) {
  const p = [...path, index];
  const field = fieldsOf(p, value);
  const name = `Level ${index + 1}${value['name'] ? ` (${str(value['name'])})` : ''}`;
  return (
    <PartItem path={path} index={index} length={length} legend={name}>
      <TextField {...field('id')} label={partLabel('Id', `of ${name}`)} />
      <TextField {...field('name')} label={partLabel('Name on the form', `(${name})`)} hint='Such as "Level 2: Targeted".' />
      <NumberField
        {...field('min')}
        optional
        label={partLabel('Ticked indicators needed at this level or above', `(${name})`)}
        hint={
          index === 0 ? 'Leave empty: the first level is what the form decides when no other is reached.' : 'A whole number, 1 or more.'
        }
      />
      <TextField {...field('service')} label={partLabel('Service the form decides', `at ${name}`)} />
      <SelectField {...field('ending')} options={options} label={partLabel('Leads to the checklist ending', `(${name})`)} />
    </PartItem>
  );
}

function IndicatorFields({ path, value, index, length, options }: ItemProps) {
  const p = [...path, index];
  const field = fieldsOf(p, value);
  const name = `Indicator ${index + 1}`;
  return (
    <PartItem path={path} index={index} length={length} legend={name}>
      <TextField {...field('id')} label={partLabel('Id', `of ${name}`)} />
      <TextField {...field('label')} label={partLabel('Indicator as the form words it', `(${name})`)} />
      <SelectField {...field('level')} options={options} label={partLabel('Level it points to', `(${name})`)} />
      <CheckboxField {...field('applies')} label={partLabel('The facts of the case support ticking it', `(${name})`)} />
    </PartItem>
  );
}

export function Checklist({ value }: { value: unknown }) {
  const c = obj(value);
  const levels = objs(c['levels']);
  const items = objs(c['items']);
  const endings = objs(c['endings']);
  const path = ['checklist'];
  const field = fieldsOf(path, c);
  const levelOptions = levels.map((l) => ({ value: str(l['id']), label: str(l['name']) || str(l['id']) })).filter((o) => o.value);
  const endingOptions = endings.map((e) => ({ value: str(e['id']), label: str(e['title']) || str(e['id']) })).filter((o) => o.value);
  return (
    <Part path={path} legend="The checklist route: a levels-of-need form">
      <TextField {...field('intro')} multiline label="How the form is introduced" />
      <PartList
        path={[...path, 'levels']}
        legend="Levels of need, lowest first (two to four)"
        add={newLevel(levels.length + 1, str(endings[0]?.['id']))}
        addLabel="Add a level"
      >
        {levels.map((l, k) => (
          <LevelFields key={k} path={[...path, 'levels']} value={l} index={k} length={levels.length} options={endingOptions} />
        ))}
      </PartList>
      <PartList
        path={[...path, 'items']}
        legend="Indicators on the form (three to twelve)"
        add={newItem(items.length + 1, str(levels[0]?.['id']))}
        addLabel="Add an indicator"
      >
        {items.map((item, k) => (
          <IndicatorFields key={k} path={[...path, 'items']} value={item} index={k} length={items.length} options={levelOptions} />
        ))}
      </PartList>
      <Endings {...field('endings')} kind="Checklist ending" legend="Endings of the checklist route" />
    </Part>
  );
}
