/** What every slide of the presenter view is given. */
import type { Ref } from 'react';
import type { PresenterAction, PresenterState } from '../presenter.ts';
import type { PresenterProps } from '../types.ts';

export interface SlideProps {
  data: PresenterProps;
  state: PresenterState;
  dispatch: (action: PresenterAction) => void;
  /** On the slide's heading, so focus can move to it when the slide changes. */
  headingRef: Ref<HTMLHeadingElement>;
}
