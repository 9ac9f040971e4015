/** Every place in the app, as the hash names it; `notFound` keeps an unknown address visible instead of guessing. */
export type Route =
  | { name: 'today' }
  /** `search`: the list shows only the candidates this query matches (`#/candidates?q=…`). */
  | { name: 'candidates'; search?: string }
  | { name: 'newCandidate' }
  /** `note` or `item` opens that entry of the profile's timeline. */
  | { name: 'candidate'; id: string; note?: string; item?: string }
  | { name: 'editCandidate'; id: string }
  | { name: 'trash' }
  | { name: 'importCandidates' }
  | { name: 'stageSettings' }
  | { name: 'settings' }
  | { name: 'backupSettings' }
  | { name: 'profileSettings' }
  | { name: 'feedback'; id: string }
  | { name: 'interview'; id: string }
  | { name: 'interviewPrint'; id: string }
  | { name: 'kits' }
  | { name: 'newKit' }
  | { name: 'kit'; id: string }
  | { name: 'notFound'; path: string };
