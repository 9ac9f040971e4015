/** Every place in the app, as the hash names it; `notFound` keeps an unknown address visible instead of guessing. */
export type Route =
  | { name: 'candidates' }
  | { name: 'newCandidate' }
  | { name: 'candidate'; id: string }
  | { name: 'editCandidate'; id: string }
  | { name: 'trash' }
  | { name: 'settings' }
  | { name: 'interview'; id: string }
  | { name: 'interviewPrint'; id: string }
  | { name: 'kits' }
  | { name: 'newKit' }
  | { name: 'kit'; id: string }
  | { name: 'notFound'; path: string };
