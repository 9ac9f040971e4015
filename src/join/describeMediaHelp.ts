import type { MediaProblem } from '../renderer/callEngine/MediaDevices.ts';
import type { MediaPlatform } from './mediaPlatformOf.ts';

export type MediaHelp = { title: string; steps: string };

const blockedSteps: Record<MediaPlatform, string> = {
  ios: 'Allow it in your browser: on iPhone or iPad, tap “aA” at the left of the address bar, then Website Settings, and set Camera and Microphone to Allow. If they are not listed, open the Settings app › Safari › Camera (and Microphone) › Allow. Then tap Try again.',
  android:
    'Allow it in your browser: on Android, tap the icon at the left of the address bar (the “tune” or lock icon), then Permissions, and allow Camera and Microphone. If Chrome itself is blocked, open Settings › Apps › Chrome › Permissions. Then tap Try again.',
  desktop:
    'Allow it in your browser: click the icon at the left of the address bar (a lock, “tune” or camera icon) and allow Camera and Microphone, then Try again. On a Mac, also check System Settings › Privacy & Security › Camera and Microphone.',
};

/**
 * What went wrong with the camera and microphone, and what to do about it on this kind of device. The call does
 * not need them: the page says the candidate can still join.
 */
export function describeMediaHelp(problem: MediaProblem, platform: MediaPlatform): MediaHelp {
  switch (problem) {
    case 'denied':
      return { title: 'Camera and microphone are blocked', steps: blockedSteps[platform] };
    case 'no-devices':
      return {
        title: 'No camera or microphone found',
        steps:
          platform === 'desktop'
            ? 'Plug one in, or check that it is switched on, then Try again.'
            : 'This device did not offer a camera or microphone. Close other apps that may hold them, then Try again.',
      };
    case 'in-use':
      return {
        title: 'Your camera or microphone is busy',
        steps: 'Another app is using it. Close that app (a video call, the camera app), then Try again.',
      };
    case 'insecure':
      return {
        title: 'This page cannot use the camera',
        steps:
          'It was not opened over a secure connection. Open the link exactly as it was sent (it starts with https).',
      };
    case 'unknown':
      return {
        title: 'Your camera or microphone is not working',
        steps: 'Try again, or pick another device below.',
      };
  }
}
