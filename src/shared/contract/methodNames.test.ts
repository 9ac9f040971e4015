import { expect, it } from 'vitest';
import { contract } from './contract.ts';
import { methodNames } from './methodNames.ts';

it('lists exactly the methods the contract defines, so the preload bridges every one and nothing else', () => {
  const fromContract = Object.entries(contract).flatMap(([group, methods]) =>
    Object.keys(methods).map((method) => `${group}.${method}`),
  );
  expect([...methodNames].sort()).toEqual(fromContract.sort());
});
