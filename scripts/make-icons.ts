/**
 * Renders the PNG icons of the web manifest from the one source image, public/favicon.svg, in the
 * project's own Chromium (no native image library to install). Run `npm run icons` after changing it;
 * the PNGs are committed so the build needs no browser.
 */
import { chromium } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { chromiumLaunchOptions } from "../e2e/browser";

const svg = await readFile(new URL("../public/favicon.svg", import.meta.url), "utf8");
const outputs = [
  { file: "public/icons/icon-192.png", size: 192, padding: 0, background: "transparent" },
  { file: "public/icons/icon-512.png", size: 512, padding: 0, background: "transparent" },
  { file: "public/icons/apple-touch-icon.png", size: 180, padding: 0, background: "#1e3a8a" },
  // Maskable icons are cropped to a circle by some launchers: keep the mark inside the 80 % safe zone.
  { file: "public/icons/maskable-512.png", size: 512, padding: 0.12, background: "#1e3a8a" },
];

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const { file, size, padding, background } of outputs) {
  await page.setViewportSize({ width: size, height: size });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:${background}"><div style="padding:${inset}px;width:${size}px;height:${size}px;box-sizing:border-box">${svg.replace("<svg", '<svg width="100%" height="100%"')}</div></body>`,
  );
  await page.screenshot({ path: file, omitBackground: background === "transparent" });
  console.log(`wrote ${file}`);
}
await browser.close();
