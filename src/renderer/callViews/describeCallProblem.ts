import type { CallProblem } from '../callEngine/CallSnapshot.ts';

/** A failed call in words, from the point of view of whoever sees it (`other` names the other side). */
export function describeCallProblem(problem: CallProblem, other: string): { title: string; detail: string } {
  switch (problem) {
    case 'room_expired':
      return { title: 'This interview link has expired', detail: `Ask ${other} for a new link.` };
    case 'room_closed':
      return {
        title: 'This interview has ended',
        detail: `${capitalize(other)} closed this call. If you still need to talk, ask for a new link.`,
      };
    case 'unknown_room':
      return {
        title: 'This interview link is not valid',
        detail: `Check that you opened the whole link, or ask ${other} for a new one.`,
      };
    case 'invalid_token':
      return {
        title: 'This interview link is incomplete',
        detail: `Open the full link again, or ask ${other} for a new one.`,
      };
    case 'room_full':
      return {
        title: 'This call is full',
        detail: `Someone else is already in the call. Ask ${other} to check the link.`,
      };
    case 'denied':
      return { title: 'You were not let in', detail: `${capitalize(other)} did not admit you to the call.` };
    case 'connection_lost':
      return {
        title: 'The connection was lost',
        detail: 'Check your internet connection, then join again with the same link.',
      };
    case 'server_unreachable':
      return {
        title: 'Could not reach the call server',
        detail: 'Check your internet connection and try again in a moment.',
      };
    case 'replaced':
      return {
        title: 'You joined from somewhere else',
        detail: 'This call continues in your other window or device.',
      };
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
