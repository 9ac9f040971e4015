import { expect, it } from 'vitest';
import { filterSlashCommands } from './filterSlashCommands.ts';

it('lists everything for a bare "/", and ranks title prefixes before keyword matches', () => {
  expect(filterSlashCommands('').map((command) => command.title)).toContain('Timestamp');
  expect(filterSlashCommands('ti').map((command) => command.title)).toEqual(['Timestamp', 'Heading']);
  expect(filterSlashCommands('todo').map((command) => command.title)).toEqual(['Task list']);
  expect(filterSlashCommands('zzz')).toEqual([]);
});
