import { afterAll } from '@jest/globals';
import { getDefaultSettings } from 'cspell-lib';

// cspell-lib starts reading its default settings as soon as it is imported; a test file that ends
// sooner would have that import land after Jest tore the file's environment down.
afterAll(async () => {
  await getDefaultSettings();
});
