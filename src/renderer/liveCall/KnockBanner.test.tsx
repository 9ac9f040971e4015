import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import { KnockBanner } from './KnockBanner.tsx';

const machine = {} as CallMachine;

test('each knock gets "Admit <name>" and a "Deny" named for that guest, and a way to the interview', () => {
  const html = renderToStaticMarkup(
    <KnockBanner
      machine={machine}
      interviewId="018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d"
      guests={[
        { peerId: 'a', name: 'Cara Candidate' },
        { peerId: 'b', name: '<img src=x onerror=alert(1)>' },
      ]}
    />,
  );
  expect(html).toContain('aria-label="Waiting to join"');
  expect(html).toContain('>Admit Cara Candidate</button>');
  expect(html).toContain('aria-label="Deny Cara Candidate"');
  expect(html).toContain('href="#/interviews/018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d"');
  // A name from the candidate's side is text, never markup.
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
});
