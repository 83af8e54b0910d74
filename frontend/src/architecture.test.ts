import { describe, expect, it } from 'vitest';

// Imports flow one way: shared (components, hooks, lib) → features → app, and features never
// import each other (STYLE.md, bulletproof-react). Checked here as there is no linter in the build.
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/gql/**', '!/src/**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Layer = { kind: 'app' } | { kind: 'feature'; name: string } | { kind: 'shared' } | { kind: 'other' };

function layerOf(path: string): Layer {
  const [, top, second] = path.replace(/^\/src\//, '').match(/^([^/]+)\/?([^/]*)/) ?? [];
  if (top === 'app') return { kind: 'app' };
  if (top === 'features') return { kind: 'feature', name: second };
  if (top === 'components' || top === 'hooks' || top === 'lib') return { kind: 'shared' };
  return { kind: 'other' };
}

function resolve(from: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return `/src/${specifier.slice(2)}`;
  if (!specifier.startsWith('.')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function violations(): string[] {
  const found: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const source = layerOf(file);
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      const target = resolve(file, specifier);
      if (!target) continue;
      const to = layerOf(target);
      const wrong =
        (source.kind === 'shared' && (to.kind === 'feature' || to.kind === 'app')) ||
        (source.kind === 'feature' && to.kind === 'app') ||
        (source.kind === 'feature' && to.kind === 'feature' && to.name !== source.name);
      if (wrong) found.push(`${file} imports ${specifier}`);
    }
  }
  return found;
}

describe('module boundaries', () => {
  it('reads the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('features never import each other or the app; shared code imports neither', () => {
    expect(violations()).toEqual([]);
  });
});
