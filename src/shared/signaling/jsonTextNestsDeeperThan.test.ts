import { describe, expect, it } from 'vitest';
import { jsonTextNestsDeeperThan } from './jsonTextNestsDeeperThan.ts';

const nestedArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('jsonTextNestsDeeperThan', () => {
  it('counts each array or object level, and scalars not at all', () => {
    expect(jsonTextNestsDeeperThan('"text"', 0)).toBe(false);
    expect(jsonTextNestsDeeperThan('[]', 0)).toBe(true);
    expect(jsonTextNestsDeeperThan(nestedArrays(3), 3)).toBe(false);
    expect(jsonTextNestsDeeperThan(nestedArrays(4), 3)).toBe(true);
    expect(jsonTextNestsDeeperThan(nestedObjects(3), 3)).toBe(false);
    expect(jsonTextNestsDeeperThan(nestedObjects(4), 3)).toBe(true);
  });

  it('finds a deep branch beside shallow ones, and measures depth, not the number of siblings', () => {
    const value = JSON.stringify({
      sdp: 'v=0',
      list: [1, 2, { fine: true }],
      deep: JSON.parse(nestedArrays(10)),
    });
    expect(jsonTextNestsDeeperThan(value, 10)).toBe(true);
    expect(jsonTextNestsDeeperThan(value, 11)).toBe(false);
    expect(jsonTextNestsDeeperThan(JSON.stringify(Array.from({ length: 1000 }, () => [{}])), 3)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonTextNestsDeeperThan(JSON.stringify({ sdp: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonTextNestsDeeperThan(JSON.stringify({ sdp: 'say \\"[[[[\\"', more: '\\\\' }), 1)).toBe(false);
    expect(jsonTextNestsDeeperThan(`{"a":"\\"","b":[[1]]}`, 2)).toBe(true);
  });

  it('measures a 30,000-level document', () => {
    expect(jsonTextNestsDeeperThan(nestedArrays(30_000), 32)).toBe(true);
    expect(jsonTextNestsDeeperThan(nestedObjects(30_000), 32)).toBe(true);
  });
});
