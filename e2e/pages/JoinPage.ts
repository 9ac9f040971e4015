import type { Locator, Page } from '@playwright/test';

/** The candidate's join page (served by the signalling server), from preview to the end of the call. */
export class JoinPage {
  readonly page: Page;
  readonly name: Locator;
  readonly joinButton: Locator;
  readonly camera: Locator;
  readonly microphone: Locator;
  readonly micLevel: Locator;
  readonly preview: Locator;
  readonly consent: Locator;
  readonly remoteVideo: Locator;
  readonly muteButton: Locator;
  readonly unmuteButton: Locator;
  readonly cameraOffButton: Locator;
  readonly leaveButton: Locator;
  readonly leaveDialog: Locator;
  readonly controls: Locator;
  readonly chatButton: Locator;
  readonly chatLog: Locator;
  readonly message: Locator;
  readonly sendButton: Locator;
  readonly alert: Locator;

  constructor(page: Page) {
    this.page = page;
    this.name = page.getByRole('textbox', { name: 'Your name' });
    this.joinButton = page.getByRole('button', { name: 'Join', exact: true });
    this.camera = page.getByRole('combobox', { name: 'Camera' });
    this.microphone = page.getByRole('combobox', { name: 'Microphone' });
    this.micLevel = page.getByRole('meter', { name: 'Microphone level' });
    this.preview = page.getByLabel('Your video');
    this.consent = page.getByRole('region', { name: 'Before you join' });
    this.remoteVideo = page.getByLabel('Recruiter video');
    this.muteButton = page.getByRole('button', { name: 'Mute', exact: true });
    this.unmuteButton = page.getByRole('button', { name: 'Unmute', exact: true });
    this.cameraOffButton = page.getByRole('button', { name: 'Turn camera off' });
    this.leaveButton = page.getByRole('button', { name: 'Leave call' });
    this.leaveDialog = page.getByRole('dialog', { name: 'Leave the interview?' });
    this.controls = page.getByRole('group', { name: 'Call controls' });
    this.chatButton = this.controls.getByRole('button', { name: /^Chat/ });
    this.chatLog = page.getByRole('log', { name: 'Chat' });
    this.message = page.getByRole('textbox', { name: 'Message' });
    this.sendButton = page.getByRole('button', { name: 'Send' });
    this.alert = page.getByRole('alert');
  }

  waiting(host: string): Locator {
    return this.page.getByRole('status').filter({ hasText: `Waiting for ${host} to let you in` });
  }

  async join(name: string): Promise<void> {
    await this.name.fill(name);
    await this.joinButton.click();
  }

  /** "Leave call", then "Leave" in the dialog that asks first. */
  async leave(): Promise<void> {
    await this.leaveButton.click();
    await this.leaveDialog.getByRole('button', { name: 'Leave', exact: true }).click();
  }

  async say(text: string): Promise<void> {
    await this.message.fill(text);
    await this.sendButton.click();
  }
}
