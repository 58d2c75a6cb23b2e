// Debian's browsers, shared by the tests (web-test-runner.config.mjs) and the benchmark: never a
// browser a tool downloads.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** As root Chromium needs --no-sandbox; the rest keeps it from calling the closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Pages in the background must still get timers and frames (tests share a browser).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
