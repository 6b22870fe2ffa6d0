import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { execSync } from "node:child_process";
import pkg from "./package.json" with { type: "json" };
import { bootScript } from "./scripts/boot-script";
import { bundleReport } from "./scripts/bundle-report";
import { compileHints } from "./scripts/compile-hints";
import { metaPolicy } from "./scripts/content-security-policy";
import { SHARE_ACCEPT } from "./src/pwa/share-accept";

function buildId(): string {
  try {
    return execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return "dev";
  }
}

// `vite` (dev) has no sandbox in front of it: answer /config.json the way `npm start` does,
// pointing at a sandbox started with `npm run sandbox` (or ALGA_URL).
function devRuntimeConfig(): Plugin {
  return {
    name: "alga-dev-runtime-config",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use("/config.json", (_req, res) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ server: process.env.ALGA_URL ?? "http://localhost:8080" }));
      });
    },
  };
}

/**
 * The Content-Security-Policy as a <meta> in the built index.html: a floor for hosts that send no CSP
 * header (review L6). The README's header adds frame-ancestors, which a meta cannot carry. Build only: the dev server injects inline scripts.
 */
const META_CSP = metaPolicy();

function metaContentSecurityPolicy(): Plugin {
  return {
    name: "alga-meta-csp",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: META_CSP }, injectTo: "head-prepend" },
    ],
  };
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __APP_BUILD__: JSON.stringify(buildId()),
  },
  build: { target: "es2022", sourcemap: false },
  plugins: [
    react(),
    devRuntimeConfig(),
    bootScript("src/app/boot-paint.ts"),
    bundleReport(),
    compileHints(),
    metaContentSecurityPolicy(),
    VitePWA({
      // Our own service worker (src/pwa/sw.ts): it must keep /api/ and /auth/ out of every cache,
      // which is easier to read and test in code than in generateSW options.
      strategies: "injectManifest",
      srcDir: "src/pwa",
      filename: "sw.ts",
      registerType: "prompt",
      injectRegister: false,
      manifestFilename: "manifest.webmanifest",
      includeAssets: ["favicon.svg"],
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        // config.json is the deployment's runtime configuration: always fetched fresh.
        globIgnores: ["config.json"],
      },
      manifest: {
        id: "/",
        name: "Alga Tickets",
        short_name: "Tickets",
        description: "Work your Alga PSA tickets from any phone, tablet or desktop, online or off.",
        start_url: "/tickets",
        scope: "/",
        display: "standalone",
        orientation: "any",
        theme_color: "#1d4ed8",
        background_color: "#f8fafc",
        categories: ["business", "productivity"],
        // Long-press on the installed app's icon (Android, desktop Chromium).
        shortcuts: [
          { name: "What needs me", short_name: "For me", url: "/for-me" },
          { name: "My tickets", url: "/tickets?assignee=me" },
          { name: "Unassigned tickets", short_name: "Unassigned", url: "/tickets?assignee=unassigned" },
          { name: "New note on the last ticket I opened", short_name: "New note", url: "/tickets/last/note" },
        ],
        // Android (Chromium, installed): "Share → Alga Tickets" posts the files to the service worker (src/pwa/share-target.ts).
        share_target: {
          action: "/share",
          method: "POST",
          enctype: "multipart/form-data",
          params: {
            title: "title",
            text: "text",
            files: [
              {
                name: "files",
                accept: SHARE_ACCEPT,
              },
            ],
          },
        },
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
});
