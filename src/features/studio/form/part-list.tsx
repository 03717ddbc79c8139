/**
 * The frame of the form's parts, and of its lists of parts (steps, choices, endings,
 * levels, indicators): a fieldset for each, buttons to move and remove an item, and an
 * Add button at the end of a list.
 */
import type { ReactNode } from 'react';
import { fieldId } from '../editor.ts';
import type { DataPath } from '../../../rules/scenario/problems.ts';
import { useStudio } from '../context.ts';
import { FieldProblems } from './fields.tsx';

/** A fieldset with an id from its path, so problems about the whole part can link to it. */
export function Part({
  path,
  legend,
  children,
  className,
}: {
  path: DataPath;
  legend: string;
  children: ReactNode;
  className?: string | undefined;
}) {
  const id = fieldId(path);
  return (
    <fieldset className={`studio-part ${className ?? ''}`} id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      <FieldProblems id={id} />
      {children}
    </fieldset>
  );
}

/** A list of parts: its items, then a button that adds `add` at the end. */
export function PartList({
  path,
  legend,
  add,
  addLabel,
  children,
}: {
  path: DataPath;
  legend: string;
  add: unknown;
  addLabel: string;
  children: ReactNode;
}) {
  const { dispatch } = useStudio();
  return (
    <Part path={path} legend={legend}>
      <ol className="studio-parts">{children}</ol>
      <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'add', path, value: add })}>
        {addLabel}
      </button>
    </Part>
  );
}

/** One item of a PartList (`path` is the list's): its fieldset, led by the buttons to move and remove it. */
export function PartItem({
  path,
  index,
  length,
  legend,
  noun = legend,
  className,
  children,
}: {
  path: DataPath;
  index: number;
  length: number;
  legend: string;
  /** What the buttons say they move or remove, to a screen reader; defaults to the legend. */
  noun?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <li>
      <Part path={[...path, index]} legend={legend} className={className}>
        <ItemControls path={path} index={index} length={length} noun={noun} />
        {children}
      </Part>
    </li>
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
