import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { ExternalStore } from '../../shared/store/ExternalStore.ts';
import { useStoreSelector } from './useStoreSelector.ts';

const store = new ExternalStore({ name: 'Ada', count: 2 });

function Whole() {
  const snapshot = useStoreSelector(store);
  return <p>{`${snapshot.name} ${snapshot.count}`}</p>;
}

function Count() {
  return <p>{useStoreSelector(store, (snapshot) => snapshot.count * 10)}</p>;
}

it('reads the whole snapshot, or the part a selector picks', () => {
  expect(renderToStaticMarkup(<Whole />)).toBe('<p>Ada 2</p>');
  expect(renderToStaticMarkup(<Count />)).toBe('<p>20</p>');
});
