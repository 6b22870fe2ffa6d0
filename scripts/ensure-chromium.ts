import { ensureChromium } from "./chromium";

// Run by `npm test` before the e2e step, so a machine without a browser gets one or one clear line.
const path = ensureChromium();
if (!path) {
  console.error(
    process.env.CHROME_PATH
      ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at a Chromium or Chrome binary.`
      : "No Chromium for the e2e journeys: install one (Debian: `apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROME_PATH.",
  );
  process.exit(1);
}
console.log(`e2e browser: ${path}`);
