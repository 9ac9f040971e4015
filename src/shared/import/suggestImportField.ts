import type { CandidateImportField } from '../schemas/candidateImportFields.ts';

/** Header spellings seen in spreadsheet and ATS exports (Greenhouse, Lever, Workable, LinkedIn), normalised. */
const synonyms: Array<[CandidateImportField, string[]]> = [
  ['name', ['name', 'fullname', 'candidate', 'candidatename', 'applicant', 'applicantname', 'contactname']],
  ['firstName', ['firstname', 'givenname', 'forename', 'first']],
  ['lastName', ['lastname', 'surname', 'familyname', 'last']],
  ['email', ['email', 'emailaddress', 'mail', 'emails', 'primaryemail', 'personalemail', 'workemail']],
  ['phone', ['phone', 'phonenumber', 'mobile', 'mobilephone', 'telephone', 'tel', 'cell', 'phones']],
  [
    'currentTitle',
    [
      'currenttitle',
      'currentjobtitle',
      'currentposition',
      'currentrole',
      'headline',
      'presenttitle',
      'titlenow',
    ],
  ],
  ['location', ['location', 'city', 'address', 'country', 'region', 'basedin', 'currentlocation']],
  [
    'role',
    ['role', 'position', 'job', 'jobtitle', 'title', 'opening', 'requisition', 'appliedfor', 'posting'],
  ],
  ['source', ['source', 'origin', 'channel', 'referrer', 'sourcedfrom', 'howdidyouhear']],
  ['tags', ['tags', 'tag', 'labels', 'label', 'keywords', 'skills']],
  ['stage', ['stage', 'status', 'pipelinestage', 'currentstage', 'step']],
  ['pronouns', ['pronouns', 'pronoun']],
  [
    'consentUntil',
    ['consentuntil', 'consent', 'retention', 'retentiondate', 'consentexpires', 'gdprconsent', 'keepuntil'],
  ],
  [
    'links',
    [
      'links',
      'link',
      'url',
      'urls',
      'website',
      'linkedin',
      'linkedinurl',
      'github',
      'portfolio',
      'profileurl',
    ],
  ],
  ['notes', ['notes', 'note', 'comments', 'comment', 'remarks', 'recruiternotes', 'internalnotes']],
];

/** The field a column header most likely means, or "ignore" when it is none we know. */
export function suggestImportField(header: string): CandidateImportField {
  const normalised = header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  for (const [field, spellings] of synonyms) if (spellings.includes(normalised)) return field;
  for (const [field, spellings] of synonyms) {
    if (spellings.some((spelling) => spelling.length >= 5 && normalised.includes(spelling))) return field;
  }
  return 'ignore';
}
