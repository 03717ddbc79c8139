/**
 * The studio's form: every field of the scenario schema, grouped as the file is: about the
 * scenario, the checklist route (Checklist.tsx) and the conversation route (Conversation.tsx),
 * each with its endings (Endings.tsx).
 */
import { memo } from 'react';
import { ROLES, THEMES } from '../../../vocabulary/scenario.ts';
import { CheckboxField, fieldsOf, NumberField, SelectField, TextField } from './fields.tsx';
import { IdChecklist, LinksPicker, StringList } from './lists.tsx';
import { Part } from './part-list.tsx';
import { Checklist } from './Checklist.tsx';
import { Conversation } from './Conversation.tsx';
import type { Obj } from './values.ts';

/** The whole form. */
export default memo(function Form({ draft }: { draft: Obj }) {
  const field = fieldsOf([], draft);
  return (
    <div className="studio-form" id="studio-form" tabIndex={-1}>
      <Part path={['about']} legend="About the scenario">
        <TextField {...field('title')} label="Title" hint="The file is named after it when you save." />
        <CheckboxField
          {...field('fictional')}
          label="This case is fictional: every name and detail is invented"
          hint="Every case on the site must be fictional, and the page says so."
        />
        <TextField {...field('teaches')} multiline label="What the scenario teaches" hint="One sentence, shown in the scenario library." />
        <SelectField
          {...field('role')}
          options={Object.entries(ROLES).map(([v, l]) => ({ value: v, label: l }))}
          label="The player’s role"
        />
        <IdChecklist
          {...field('themes')}
          legend="Themes (one to four)"
          options={Object.entries(THEMES).map(([v, l]) => ({ value: v, label: l }))}
        />
        <NumberField {...field('minutes')} label="About how many minutes both routes take to play" />
        <TextField
          {...field('case')}
          multiline
          label="The case"
          hint="As the player first meets it: a few short paragraphs, with a blank line between them."
        />
        <StringList
          {...field('learningPoints')}
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
