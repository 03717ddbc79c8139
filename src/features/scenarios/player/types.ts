/** What every screen of the player receives. */
import type { Dispatch, Ref } from 'react';
import type { ScenarioAction, ScenarioState } from '../state.ts';
import type { ScenarioRefs } from '../refs.ts';
import type { StrongestPath } from '../paths.ts';
import type { Scenario } from '../../../schemas/scenario.ts';

export interface ScreenProps {
  scenario: Scenario;
  state: ScenarioState;
  refs: ScenarioRefs;
  dispatch: Dispatch<ScenarioAction>;
  /** Attach to the screen's heading: focus moves there when the screen changes. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The strongest conversation path, worked out at build time. */
  strongest: StrongestPath | undefined;
}
