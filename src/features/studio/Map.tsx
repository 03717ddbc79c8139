/**
 * The map of a draft's conversation route: an outline a screen reader can follow (each
 * step, its choices and where each leads) and, for sighted users, a drawing of the same
 * graph. Both mark unreachable steps, dead ends, loops without a way out and endings
 * never reached, worked out by the build's own walks (src/features/scenarios/paths.ts).
 */
import { memo } from 'react';
import { QUALITIES, type Quality } from '../../vocabulary/scenario.ts';
import { conversationMap, type ConversationMap } from './shape.ts';
import type { Draft } from './yaml.ts';

function marks(step: ConversationMap['steps'][number]): string[] {
  const m: string[] = [];
  if (step.start) m.push('start');
  if (!step.reached) m.push('cannot be reached');
  if (step.deadEnd) m.push('dead end: no choice leads anywhere');
  else if (step.noWayOut) m.push('loop with no way out');
  return m;
}

function Outline({ map }: { map: ConversationMap }) {
  const title = (id: string) => {
    const s = map.steps.find((x) => x.id === id);
    if (s) return `step “${s.title || s.id}”`;
    const e = map.endings.find((x) => x.id === id);
    return e ? `ending “${e.title || e.id}”` : `\`${id}\`, which does not exist`;
  };
  return (
    <div className="studio-outline" id="studio-outline">
      <h3>Outline</h3>
      <ol>
        {map.steps.map((s, i) => (
          <li key={i} className={marks(s).some((m) => m !== 'start') ? 'studio-outline__problem' : undefined}>
            <strong>{s.title || s.id}</strong> (<code>{s.id}</code>)
            {marks(s).length > 0 && <span className="studio-mark">: {marks(s).join('; ')}</span>}
            <ul>
              {s.choices.map((c, j) => (
                <li key={j} className={c.leadsTo === 'missing' ? 'studio-outline__problem' : undefined}>
                  {c.label || c.id} ({QUALITIES[c.quality as Quality]?.toLowerCase() ?? 'no quality'}) leads to {title(c.next)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h4>Endings</h4>
      <ul>
        {map.endings.map((e, i) => (
          <li key={i} className={e.reached ? undefined : 'studio-outline__problem'}>
            <strong>{e.title || e.id}</strong> (<code>{e.id}</code>){!e.reached && <span className="studio-mark">: never reached</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

const W = 150;
const H = 44;
const GAP_X = 50;
const GAP_Y = 16;

function Drawing({ map }: { map: ConversationMap }) {
  // Columns by distance from the start; what cannot be reached goes in a last column.
  const nodes = [
    ...map.steps.map((s) => ({
      id: s.id,
      label: s.title || s.id,
      depth: s.depth,
      kind: 'step' as const,
      bad: !s.reached || s.deadEnd || s.noWayOut,
    })),
    ...map.endings.map((e) => ({ id: e.id, label: e.title || e.id, depth: e.depth, kind: 'ending' as const, bad: !e.reached })),
  ];
  const maxDepth = Math.max(0, ...nodes.map((n) => n.depth));
  const columns = new Map<number, typeof nodes>();
  for (const n of nodes) {
    const col = n.depth < 0 ? maxDepth + 1 : n.kind === 'ending' ? maxDepth + (nodes.some((x) => x.depth < 0) ? 2 : 1) : n.depth;
    columns.set(col, [...(columns.get(col) ?? []), n]);
  }
  const pos = new Map<string, { x: number; y: number }>();
  let rows = 0;
  for (const [col, list] of columns) {
    list.forEach((n, r) => {
      if (!pos.has(n.id)) pos.set(n.id, { x: 10 + col * (W + GAP_X), y: 10 + r * (H + GAP_Y) });
    });
    rows = Math.max(rows, list.length);
  }
  const width = 20 + (Math.max(...columns.keys(), 0) + 1) * (W + GAP_X);
  const height = 20 + rows * (H + GAP_Y);
  const cut = (s: string) => (s.length > 20 ? `${s.slice(0, 19)}…` : s);
  return (
    <figure className="studio-drawing">
      {/* Focusable so that keyboard users can scroll a wide drawing sideways. */}
      <div
        className="studio-drawing__scroll"
        tabIndex={0}
        role="region"
        aria-label="Drawing of the conversation route; the outline above says the same in words"
      >
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
          <defs>
            <marker id="studio-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
            </marker>
          </defs>
          {map.steps.flatMap((s) =>
            s.choices.map((c, j) => {
              const a = pos.get(s.id);
              const b = pos.get(c.next);
              if (!a) return null;
              if (!b) {
                return (
                  <line
                    key={`${s.id}-${j}`}
                    x1={a.x + W}
                    y1={a.y + H / 2}
                    x2={a.x + W + GAP_X - 8}
                    y2={a.y + H / 2 + 8 * j}
                    className="studio-edge studio-edge--missing"
                    markerEnd="url(#studio-arrow)"
                  />
                );
              }
              return (
                <line
                  key={`${s.id}-${j}`}
                  x1={a.x + W}
                  y1={a.y + H / 2}
                  x2={b.x}
                  y2={b.y + H / 2}
                  className={`studio-edge studio-edge--${c.quality}`}
                  markerEnd="url(#studio-arrow)"
                />
              );
            }),
          )}
          {nodes.map((n) => {
            const p = pos.get(n.id)!;
            return (
              <g key={`${n.kind}-${n.id}`} className={`studio-node studio-node--${n.kind}${n.bad ? ' studio-node--problem' : ''}`}>
                <rect x={p.x} y={p.y} width={W} height={H} rx={n.kind === 'ending' ? 18 : 4} />
                <text x={p.x + 8} y={p.y + 18}>
                  {cut(n.label)}
                </text>
                <text x={p.x + 8} y={p.y + 35} className="studio-node__note">
                  {n.bad
                    ? n.kind === 'ending'
                      ? 'never reached'
                      : 'problem: see outline'
                    : n.kind === 'ending'
                      ? 'ending'
                      : n.id === map.start
                        ? 'start'
                        : 'step'}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        A drawing of the conversation route, for sighted readers: the outline above says the same in words. Problems are drawn in red with a
        dashed border.
      </figcaption>
    </figure>
  );
}

export default memo(function StudioMap({ draft }: { draft: Draft }) {
  const map = conversationMap(draft);
  return (
    <>
      <Outline map={map} />
      <Drawing map={map} />
    </>
  );
});
