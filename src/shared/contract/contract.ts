import { appMethods } from './appMethods.ts';
import { candidateMethods } from './candidateMethods.ts';
import { stageMethods } from './stageMethods.ts';
import { savedSearchMethods } from './savedSearchMethods.ts';
import { searchMethods } from './searchMethods.ts';
import { interviewMethods } from './interviewMethods.ts';
import { kitMethods } from './kitMethods.ts';
import { noteMethods } from './noteMethods.ts';
import { scorecardMethods } from './scorecardMethods.ts';
import { settingsMethods } from './settingsMethods.ts';
import { callMethods } from './callMethods.ts';
import { backupMethods } from './backupMethods.ts';
import { feedbackMethods } from './feedbackMethods.ts';
import { followUpMethods } from './followUpMethods.ts';
import { profileMethods } from './profileMethods.ts';
import { scheduleMethods } from './scheduleMethods.ts';
import { todayMethods } from './todayMethods.ts';
import { desktopMethods } from './desktopMethods.ts';
import { recordingMethods } from './recordingMethods.ts';

/**
 * Every backend method, defined once, one group per file. Main validates each input against these schemas;
 * the renderer's client and the preload are typed and generated from this object, so a method cannot drift.
 */
export const contract = {
  app: appMethods,
  stages: stageMethods,
  candidates: candidateMethods,
  search: searchMethods,
  savedSearches: savedSearchMethods,
  kits: kitMethods,
  interviews: interviewMethods,
  notes: noteMethods,
  scorecards: scorecardMethods,
  settings: settingsMethods,
  calls: callMethods,
  backups: backupMethods,
  profile: profileMethods,
  schedule: scheduleMethods,
  followUps: followUpMethods,
  feedback: feedbackMethods,
  today: todayMethods,
  desktop: desktopMethods,
  recordings: recordingMethods,
} as const;

export type Contract = typeof contract;
