/**
 * The studio's blank template: a small scenario that passes every check the build
 * runs (schema, graph and teaching rules), for a trainer to rewrite in their own words.
 * Three steps, the best choice at a different place in each, and a two-level form.
 */
import type { Draft } from './yaml.ts';

const outcomes = (
  needsMet: number,
  familyTrust: number,
  strengthsRecognised: number,
  timeToHelp: number,
  sharedResponsibility: number,
) => ({
  needsMet,
  familyTrust,
  strengthsRecognised,
  timeToHelp,
  sharedResponsibility,
});

export function blankTemplate(): Draft {
  return {
    title: 'A new case',
    fictional: true,
    teaches: 'One sentence on what this scenario teaches.',
    role: 'primary-school',
    themes: ['emotional-wellbeing'],
    minutes: 10,
    case: 'Describe the child and family as the player first meets them, in a few short paragraphs.\n\nEvery name and detail must be invented.',
    learningPoints: ['The first thing to take away.', 'The second thing to take away.'],
    checklist: {
      intro: 'How the levels-of-need form is introduced, and how it decides a level.',
      levels: [
        { id: 'universal', name: 'Level 1: Universal', service: 'Universal: the school keeps an eye on things', ending: 'form-universal' },
        { id: 'targeted', name: 'Level 2: Targeted', min: 2, service: 'Targeted: a referral to the cluster', ending: 'form-targeted' },
      ],
      items: [
        { id: 'first-sign', label: 'The first indicator on the form', level: 'universal', applies: true },
        { id: 'second-sign', label: 'The second indicator on the form', level: 'targeted', applies: true },
        { id: 'third-sign', label: 'The third indicator on the form', level: 'targeted', applies: false },
      ],
      endings: [
        {
          id: 'form-universal',
          title: 'The form says wait',
          text: 'What happened when the form decided Level 1.',
          outcomes: outcomes(1, 1, 0, 0, 1),
          debrief: 'Why the form came out this way, and what it could not see.',
        },
        {
          id: 'form-targeted',
          title: 'A referral',
          text: 'What happened when the form decided Level 2.',
          outcomes: outcomes(2, 1, 1, 1, 1),
          debrief: 'What the referral did and did not do for the child.',
        },
      ],
    },
    conversation: {
      start: 'first-worry',
      steps: [
        {
          id: 'first-worry',
          title: 'The first worry',
          text: 'What the practitioner notices.',
          prompt: 'What do you do?',
          choices: [
            {
              id: 'wait-and-see',
              label: 'Wait and see how things go',
              next: 'the-conversation',
              quality: 'mixed',
              feedback: 'Why waiting helps a little, or does not.',
            },
            {
              id: 'ask-gently',
              label: 'Ask the child how things are',
              next: 'the-conversation',
              quality: 'strong',
              feedback: 'Why asking early helps.',
            },
            {
              id: 'pass-it-on',
              label: 'Send a form to another service',
              next: 'too-late',
              quality: 'weak',
              feedback: 'Why passing it on does not help.',
            },
          ],
        },
        {
          id: 'the-conversation',
          title: 'The conversation',
          text: 'What the child and family say.',
          prompt: 'What do you do next?',
          choices: [
            {
              id: 'agree-next-steps',
              label: 'Agree next steps together',
              next: 'agree-plan',
              quality: 'strong',
              feedback: 'Why agreeing together helps.',
            },
            {
              id: 'tell-them-what-to-do',
              label: 'Tell the family what they must do now',
              next: 'too-late',
              quality: 'weak',
              feedback: 'Why telling does not help.',
            },
          ],
        },
        {
          id: 'agree-plan',
          title: 'Agreeing a plan',
          text: 'Who could help, and how.',
          prompt: 'What do you agree?',
          choices: [
            {
              id: 'no-record',
              label: 'Leave it there without writing anything down',
              next: 'too-late',
              quality: 'weak',
              feedback: 'Why an unrecorded plan drifts.',
            },
            {
              id: 'record-and-review',
              label: 'Record the plan and a review date',
              next: 'support-that-fits',
              quality: 'strong',
              feedback: 'Why recording and reviewing helps.',
            },
          ],
        },
      ],
      endings: [
        {
          id: 'support-that-fits',
          title: 'Support that fits',
          text: 'What happened to the child and family.',
          outcomes: outcomes(4, 3, 3, 3, 3),
          debrief: 'Why it turned out this way, and what to take from it.',
        },
        {
          id: 'too-late',
          title: 'Help comes late',
          text: 'What happened to the child and family.',
          outcomes: outcomes(1, 1, 1, 0, 1),
          debrief: 'Why it turned out this way, and what to take from it.',
        },
      ],
    },
  };
}
