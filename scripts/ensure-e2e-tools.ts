import { ensureChromium } from "./chromium";
import { ensureNginx } from "./nginx";

// Run by `npm test` before the e2e step: a machine without the tools gets them, or one clear line each.
const chromium = ensureChromium();
if (!chromium) {
  console.error(
    process.env.CHROME_PATH
      ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at a Chromium or Chrome binary.`
      : "No Chromium for the e2e journeys: install one (Debian: `apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROME_PATH.",
  );
}
const nginx = ensureNginx();
if (!nginx) console.error("No nginx for the deployment test: install it (Debian: `apt-get install nginx`) or set NGINX_PATH.");
if (!chromium || !nginx) process.exit(1);
console.log(`e2e browser: ${chromium}; nginx: ${nginx}`);
