import type { Locator, Page } from '@playwright/test';

/** The recruiter's call panel on the interview screen: invite, lobby, the call and its summary. */
export class CallPanel {
  readonly page: Page;
  readonly startButton: Locator;
  readonly inviteLink: Locator;
  readonly copyLinkButton: Locator;
  readonly copyEmailButton: Locator;
  readonly preview: Locator;
  readonly camera: Locator;
  readonly microphone: Locator;
  readonly micLevel: Locator;
  readonly remoteVideo: Locator;
  readonly muteButton: Locator;
  readonly cameraOffButton: Locator;
  readonly endButton: Locator;
  readonly timer: Locator;
  readonly chatLog: Locator;
  readonly message: Locator;
  readonly sendButton: Locator;
  readonly separator: Locator;
  readonly notes: Locator;

  constructor(page: Page) {
    this.page = page;
    this.startButton = page.getByRole('button', { name: 'Start call' });
    this.inviteLink = page.getByRole('textbox', { name: 'Invite link' });
    this.copyLinkButton = page.getByRole('button', { name: 'Copy link' });
    this.copyEmailButton = page.getByRole('button', { name: 'Copy invitation email' });
    this.preview = page.getByLabel('Your video');
    this.camera = page.getByRole('combobox', { name: 'Camera' });
    this.microphone = page.getByRole('combobox', { name: 'Microphone' });
    this.micLevel = page.getByRole('meter', { name: 'Microphone level' });
    this.remoteVideo = page.getByLabel('Candidate video');
    this.muteButton = page.getByRole('button', { name: 'Mute', exact: true });
    this.cameraOffButton = page.getByRole('button', { name: 'Turn camera off' });
    this.endButton = page.getByRole('button', { name: 'End call' });
    this.timer = page.getByRole('timer');
    this.chatLog = page.getByRole('log', { name: 'Chat' });
    this.message = page.getByRole('textbox', { name: 'Message' });
    this.sendButton = page.getByRole('button', { name: 'Send' });
    this.separator = page.getByRole('separator', { name: 'Resize call and notes' });
    this.notes = page.getByRole('textbox', { name: 'Notes' });
  }

  admitButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Admit ${name}` });
  }

  /** The chat drawer's toggle in the call bar. */
  get chatButton(): Locator {
    return this.page.getByRole('group', { name: 'Call controls' }).getByRole('button', { name: /^Chat/ });
  }

  /** Opens the chat drawer unless it is open already (it opens by itself when the candidate writes). */
  async openChat(): Promise<void> {
    if ((await this.chatButton.getAttribute('aria-expanded')) !== 'true') await this.chatButton.click();
  }

  async say(text: string): Promise<void> {
    await this.openChat();
    await this.message.fill(text);
    await this.sendButton.click();
  }
}
