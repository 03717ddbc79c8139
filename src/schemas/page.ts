import { z } from 'astro/zod';
import { required } from './common.ts';

/**
 * The site's fixed pages whose words live in `content/pages/<id>.mdx`, and the components
 * each may use besides <Contact> and <Term> (which every page may use). The page in
 * src/pages/ renders the entry, so the ids are fixed: the build stops on a missing or
 * misnamed file, or a component the page does not provide.
 */
export const PAGE_COMPONENTS = {
  home: [],
  'worried-about-a-child': [],
  training: ['LearningOutcomes', 'SaveForOffline', 'Timings', 'TieRule', 'GroundRules', 'ScenarioList'],
  documents: ['DocumentList', 'HandoutList'],
  accessibility: [],
  privacy: [],
  offline: ['UrgentCards', 'SavedPages'],
  studio: ['Studio'],
} as const satisfies Record<string, readonly string[]>;

/** The id of a page in `content/pages/`. */
export type PageId = keyof typeof PAGE_COMPONENTS;

/** Every page id, in the order above. */
export const PAGE_IDS = Object.keys(PAGE_COMPONENTS) as PageId[];

/** The components every MDX entry may use (src/features/guidance/mdx.ts). */
export const SHARED_COMPONENTS = ['Contact', 'Term'] as const;

/** A page: one MDX file in `content/pages/`, its words in the body. */
export const pageSchema = z
  .object({
    /** Required. The page heading (h1), also the browser tab's title; in sentence case. */
    title: z.string(required('title', 'the page heading, in sentence case.')).min(1),
    /** Required. One sentence saying what the page is for, for search engines and link previews. */
    description: z.string(required('description', 'one sentence saying what the page is for.')).min(1),
    /** Optional. The larger first paragraph under the heading. */
    lead: z.string().min(1).optional(),
    /** Optional. The page's label in the breadcrumbs, when shorter than its title. */
    crumb: z.string().min(1).optional(),
  })
  .strict();

/** A page's validated frontmatter. */
export type PageData = z.infer<typeof pageSchema>;

/**
 * The blocks in `content/blocks/<id>.mdx`: a fixed piece of prose shown inside a page, and
 * the components each may use besides <Contact> and <Term>. The ids are fixed, because a
 * component places each one.
 */
export const BLOCK_COMPONENTS = {
  /** The ground rules for talking about cases: the training page, the plan and every run sheet. */
  'ground-rules': [],
  /** What to do if someone in a training room is worried about a real child: beside the ground rules. */
  'worried-in-the-room': [],
  /** The sentence in the footer of every page, under "About this site". */
  footer: [],
  /** The poster's subtitle, its heading and its points, above the numbers to call. */
  poster: [],
  /** The poster's note below the numbers to call; its title is the heading above them. */
  'poster-call-now': [],
  /** The conversation record's introduction, above its questions. */
  'conversation-record': ['CallNow'],
  /** The cover of the guidance as one document, above its contents list. */
  'guidance-cover': ['LastReviewed'],
  /** The questions every scenario's handout asks; its title is their heading. */
  'handout-questions': [],
  /** The sentence above the numbers to call at the end of every handout. */
  'handout-call-now': ['CallNow'],
  /** The search page without JavaScript: what to browse instead. */
  'search-no-script': [],
  /** The search page offline: where the numbers are. */
  'search-offline': [],
  /** The search page when nothing is found: what to try, above who to call. */
  'search-nothing-found': [],
  /** The planner's introduction, above its form. */
  planner: [],
} as const satisfies Record<string, readonly string[]>;

/** The id of a block in `content/blocks/`. */
export type BlockId = keyof typeof BLOCK_COMPONENTS;

/** Every block id, in the order above. */
export const BLOCK_IDS = Object.keys(BLOCK_COMPONENTS) as BlockId[];

/** The blocks the site shows under their `title`, which they must have. */
export const TITLED_BLOCKS: readonly BlockId[] = ['ground-rules', 'worried-in-the-room', 'poster-call-now', 'handout-questions'];

/** A block: one MDX file in `content/blocks/`. */
export const blockSchema = z
  .object({
    /**
     * The block's heading, in sentence case: required for the blocks shown under a heading
     * (TITLED_BLOCKS), and not allowed for the others, whose headings, if any, are in the body.
     */
    title: z.string(required('title', 'the heading of the block, in sentence case.')).min(1).optional(),
  })
  .strict();

/** A block's validated frontmatter. */
export type BlockData = z.infer<typeof blockSchema>;
