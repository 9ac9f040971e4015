import { describe, expect, it } from 'vitest';
import { describeCandidateDevices } from './describeCandidateDevices.ts';

describe('describeCandidateDevices', () => {
  it('says nothing while both work, and names each device that does not, with why', () => {
    expect(describeCandidateDevices({ camera: 'working', microphone: 'working' })).toEqual([]);
    expect(describeCandidateDevices({ camera: 'blocked', microphone: 'blocked' })).toEqual([
      'The candidate’s camera is blocked',
      'The candidate’s microphone is blocked',
    ]);
    expect(describeCandidateDevices({ camera: 'working', microphone: 'missing' })).toEqual([
      'The candidate has no microphone',
    ]);
    expect(describeCandidateDevices({ camera: 'failed', microphone: 'working' })).toEqual([
      'The candidate’s camera is not working',
    ]);
  });
});
