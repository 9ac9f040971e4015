import { z } from 'zod';
import { limits } from './limits.ts';

/**
 * An http(s) base address with no credentials, query or fragment, e.g. https://signal.example.com, without a
 * trailing slash. An empty string means "none" and becomes null.
 */
export const signalingServerUrl = z
  .string()
  .trim()
  .max(limits.url, { message: `Must be at most ${limits.url} characters` })
  .refine(
    (text) => {
      if (text === '') return true;
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return false;
      }
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        url.username === '' &&
        url.password === '' &&
        url.search === '' &&
        url.hash === '' &&
        !text.includes('?') &&
        !text.includes('#')
      );
    },
    { message: 'Enter the server’s address, starting with https:// (or http:// on your own network)' },
  )
  .transform((text) => (text === '' ? null : text.replace(/\/+$/, '')));
