import { getDefaultSettings } from 'cspell-lib';

// cspell-lib starts reading its default settings as soon as it is imported; a test file that ends
// sooner (or whose tests are all skipped) would have that read land after Jest's teardown.
await getDefaultSettings();
