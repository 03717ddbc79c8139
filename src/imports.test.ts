/**
 * Imports run one way: the words and schemas at the bottom, features above them, the
 * layouts and pages on top (see the folder map in the README). A file may import from its
 * own folder or from a folder of a lower or equal layer, and folders of one layer never
 * import each other in a circle. A new import that breaks this fails here, naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each folder's layer, lowest first. A folder of src/ missing here fails the first test. */
const LAYERS: readonly (readonly string[])[] = [
  ['vocabulary', 'styles'],
  ['schemas'],
  ['collections'],
  ['features/contacts', 'features/glossary'],
  ['features/scenarios'],
  ['rules'],
  ['features/guidance', 'features/search', 'features/documents', 'features/offline', 'features/training', 'features/studio'],
  ['layouts'],
  ['pages', 'content.config.ts'],
];
const layerOf = new Map(LAYERS.flatMap((folders, layer) => folders.map((f) => [f, layer] as const)));

/** The folder a file of src/ belongs to: "features/<name>" for a feature, else its top folder. */
function folderOf(path: string): string {
  const [top, name] = path.replace(/^src\//, '').split('/');
  return top === 'features' ? `features/${name}` : top!;
}

/** Every import between two folders of src/, from the code (tests may reach anywhere). */
function imports(): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = [];
  for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|tsx|astro)$/.test(f) || /\.test\.tsx?$/.test(f)) continue;
    const file = join('src', f).replace(/\\/g, '/');
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = normalize(join(dirname(file), m[1]!.split('?')[0]!)).replace(/\\/g, '/');
      if (to.startsWith('src/')) found.push({ from: file, to });
    }
  }
  return found;
}

describe('the folders of src/', () => {
  const all = imports();

  it('each have a layer', () => {
    const files = readdirSync('src', { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const folders = new Set(files.map((e) => folderOf(join(e.parentPath, e.name).replace(/\\/g, '/'))));
    folders.delete('imports.test.ts');
    expect([...folders].filter((f) => !layerOf.has(f)).sort()).toEqual([]);
  });

  it('import only from their own layer or a lower one', () => {
    const upward = all
      .filter(({ from, to }) => layerOf.get(folderOf(from))! < layerOf.get(folderOf(to))!)
      .map(({ from, to }) => `${from} imports ${to}`);
    expect(upward).toEqual([]);
  });

  it('never import each other in a circle', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of all) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
    const circles: string[] = [];
    const walk = (folder: string, path: string[]) => {
      if (path.includes(folder)) return void circles.push([...path.slice(path.indexOf(folder)), folder].join(' -> '));
      for (const next of edges.get(folder) ?? []) walk(next, [...path, folder]);
    };
    for (const folder of edges.keys()) walk(folder, []);
    expect(circles).toEqual([]);
  });
});
