/** New parts for the studio's Add buttons: each a small valid shape, to be rewritten. */
export const newChoice = (n: number, next: string) => ({
  id: `choice-${n}`,
  label: 'What the player chooses to do',
  next,
  quality: 'mixed',
  feedback: 'Why this choice helps the child, or does not.',
});

export const newStep = (n: number, next: string) => ({
  id: `step-${n}`,
  title: `Step ${n}`,
  text: 'What happens at this step.',
  prompt: 'What do you do?',
  choices: [newChoice(1, next), newChoice(2, next)],
});

export const newEnding = (n: number) => ({
  id: `ending-${n}`,
  title: `Ending ${n}`,
  text: 'What happened to the child and family.',
  outcomes: { needsMet: 2, familyTrust: 2, strengthsRecognised: 2, timeToHelp: 2, sharedResponsibility: 2 },
  debrief: 'Why it turned out this way, and what to learn from it.',
});

export const newLevel = (n: number, ending: string) => ({
  id: `level-${n}`,
  name: `Level ${n}`,
  min: 1,
  service: 'The service the form decides at this level',
  ending,
});

export const newItem = (n: number, level: string) => ({
  id: `indicator-${n}`,
  label: 'The indicator as the form words it',
  level,
  applies: false,
});
