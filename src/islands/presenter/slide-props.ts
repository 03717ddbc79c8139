/** What every slide of the presenter view is given. */
import type { Ref } from 'react';
import type { PresenterAction, PresenterState } from '../../lib/training/presenter.ts';
import type { PresenterProps } from '../../lib/training/types.ts';

export interface SlideProps {
  data: PresenterProps;
  state: PresenterState;
  dispatch: (action: PresenterAction) => void;
  /** On the slide's heading, so focus can move to it when the slide changes. */
  headingRef: Ref<HTMLHeadingElement>;
}
