/**
 * Reading a draft that may not pass the schema yet: a part that is missing or of the wrong
 * type reads as empty, so the form can still show every field and the checks say what is wrong.
 */
export type Obj = Record<string, unknown>;

/** The value as an object, or an empty one. */
export const obj = (x: unknown): Obj => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : {});

/** The value as a list of objects, or an empty list. */
export const objs = (x: unknown): Obj[] => (Array.isArray(x) ? x.map(obj) : []);

/** The value as a string, or ''. */
export const str = (x: unknown) => (typeof x === 'string' ? x : '');
