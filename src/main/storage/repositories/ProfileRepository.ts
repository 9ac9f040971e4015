import type { RecruiterProfile } from '../../../shared/schemas/recruiterProfile.ts';
import { settingKeys, type SettingsRepository } from './SettingsRepository.ts';

type ProfileChanges = Partial<Pick<RecruiterProfile, 'name' | 'company' | 'intro' | 'email' | 'photo'>>;

const defaultSlaWorkingDays = 3;
const defaultRejectionReasons = [
  'Not enough depth in the core skills for this role',
  'The role needs more experience than we saw',
  'We offered the role to another candidate',
  'Salary expectations we cannot meet',
  'The role changed or was closed',
];

/** Who the recruiter is and how they answer candidates, kept as settings rows so one form saves all or nothing. */
export class ProfileRepository {
  readonly #settings: SettingsRepository;

  constructor(settings: SettingsRepository) {
    this.#settings = settings;
  }

  get(): RecruiterProfile {
    const onboarding = this.#settings.get(settingKeys.onboarding);
    return {
      name: this.#settings.get(settingKeys.recruiterName) ?? '',
      company: this.#settings.get(settingKeys.recruiterCompany) ?? '',
      intro: this.#settings.get(settingKeys.introMessage) ?? '',
      email: this.#settings.get(settingKeys.recruiterEmail) ?? '',
      photo: this.#settings.get(settingKeys.recruiterPhoto),
      onboarding: onboarding === 'done' || onboarding === 'skipped' ? onboarding : null,
    };
  }

  /** Saving the profile also ends the first-run questions. */
  update(changes: ProfileChanges, now?: string): RecruiterProfile {
    this.#settings.setMany(
      {
        [settingKeys.recruiterName]: changes.name,
        [settingKeys.recruiterCompany]: changes.company,
        [settingKeys.introMessage]: changes.intro,
        [settingKeys.recruiterEmail]: changes.email,
        [settingKeys.recruiterPhoto]: changes.photo,
        [settingKeys.onboarding]: 'done',
      },
      now,
    );
    return this.get();
  }

  skip(now?: string): RecruiterProfile {
    if (this.get().onboarding === null) this.#settings.setMany({ [settingKeys.onboarding]: 'skipped' }, now);
    return this.get();
  }

  slaWorkingDays(): number {
    const text = this.#settings.get(settingKeys.slaWorkingDays);
    const stored = text === null ? Number.NaN : Number(text);
    return Number.isInteger(stored) && stored >= 0 ? stored : defaultSlaWorkingDays;
  }

  rejectionReasons(): string[] {
    const stored = this.#settings.get(settingKeys.rejectionReasons);
    if (stored === null) return [...defaultRejectionReasons];
    try {
      const parsed = JSON.parse(stored) as unknown;
      return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  }

  updateAnswering(changes: { slaWorkingDays?: number; rejectionReasons?: string[] }, now?: string): void {
    this.#settings.setMany(
      {
        [settingKeys.slaWorkingDays]:
          changes.slaWorkingDays === undefined ? undefined : String(changes.slaWorkingDays),
        [settingKeys.rejectionReasons]:
          changes.rejectionReasons === undefined ? undefined : JSON.stringify(changes.rejectionReasons),
      },
      now,
    );
  }
}
