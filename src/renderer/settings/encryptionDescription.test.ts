import { expect, it } from 'vitest';
import { encryptionDescription } from './encryptionDescription.ts';

const status = {
  encrypted: true,
  keyStorageBackend: null,
  keyFile: '/home/ada/.config/Rapport/rapport.database-key.json',
};

it('warns where Linux fell back to basic_text, naming the fix', () => {
  const { warning } = encryptionDescription({
    ...status,
    keyStorage: 'basic_text',
    keyStorageBackend: 'basic_text',
  });
  expect(warning).toMatch(/basic_text/);
  expect(warning).toMatch(/GNOME Keyring or KWallet/);
});

it.each([
  ['os_keychain', /system’s keychain \(gnome_libsecret\)/],
  ['key_file', /The key is in \/home\/ada/],
  ['environment', /RAPPORT_DB_KEY/],
] as const)('says where a %s key is, without a warning', (keyStorage, where) => {
  const described = encryptionDescription({ ...status, keyStorage, keyStorageBackend: 'gnome_libsecret' });
  expect(described.text).toMatch(where);
  expect(described.text).toMatch(/encrypted on this computer/);
  expect(described.warning).toBe(null);
});
