import { describe, expect, it } from 'vitest';
import { highlightText } from './highlightText.ts';

const terms = (exact: string[], prefix: string | null = null) => ({ exact: new Set(exact), prefix });

describe('highlightText', () => {
  it('marks whole words ignoring case, accents and Ł, and the typed prefix', () => {
    expect(highlightText('Zoë moved to Łódź, Poland', terms(['zoe', 'lodz']))).toEqual([
      { text: 'Zoë', highlight: true },
      { text: ' moved to ', highlight: false },
      { text: 'Łódź', highlight: true },
      { text: ', Poland', highlight: false },
    ]);
    expect(highlightText('Kubernetes and kube', terms([], 'kub'))).toEqual([
      { text: 'Kubernetes', highlight: true },
      { text: ' and ', highlight: false },
      { text: 'kube', highlight: true },
    ]);
  });

  it('never marks part of a word', () => {
    expect(highlightText('rustacean', terms(['rust']))).toEqual([{ text: 'rustacean', highlight: false }]);
  });

  it('cuts a long text to a window around the first match, at word boundaries, with ellipses', () => {
    const text = `${'lorem ipsum '.repeat(50)}the needle is here ${'dolor sit '.repeat(50)}`;
    const segments = highlightText(text, terms(['needle']), 80);
    const joined = segments.map((segment) => segment.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(84);
    expect(segments.filter((segment) => segment.highlight)).toEqual([{ text: 'needle', highlight: true }]);
    for (const word of joined.replaceAll('…', '').trim().split(/\s+/)) {
      expect(['lorem', 'ipsum', 'the', 'needle', 'is', 'here', 'dolor', 'sit']).toContain(word);
    }
  });

  it('shows the start of the text when nothing matches', () => {
    const segments = highlightText('a '.repeat(200), terms(['zzz']), 40);
    expect(segments[0]!.text.startsWith('a a')).toBe(true);
  });
});
