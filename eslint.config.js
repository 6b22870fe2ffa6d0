import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { readdirSync } from "node:fs";

/**
 * The layers of src/, lowest first (README, "Layout"): each folder may import from the folders listed
 * for it and from nothing else in src/. app/ is the composition root and may import anything.
 */
const mayImport = {
  lib: [],
  i18n: ["lib"],
  config: ["lib"],
  ui: ["i18n", "lib"],
  api: ["lib"],
  auth: ["api", "ui", "i18n", "lib", "config"],
  offline: ["auth", "api", "ui", "i18n", "lib", "config"],
  tickets: ["offline", "auth", "api", "ui", "i18n", "lib", "config"],
  pwa: ["ui", "i18n", "lib", "config"],
};
const folders = [...Object.keys(mayImport), "app"];

/**
 * The layers inside tickets/, highest first (README, "Layout"): a folder may import from the layers
 * below its own and from the modules at tickets/ root, which import no sub-folder. Folders of one layer
 * do not import each other, except as `featureUses` says.
 */
const ticketLayers = [
  { name: "screens", folders: ["list", "new", "detail", "for-me"] },
  {
    name: "features",
    folders: ["conversation", "fields", "checklist", "tags", "documents", "timer", "time", "sla", "unread", "sign-off", "contact"],
  },
  { name: "changes", folders: ["changes"] },
];
/**
 * The features that build on others: a stopped timer is saved with time/'s fields and rules; a customer
 * sign-off is a document (documents/) whose summary starts from the resolution note (conversation/'s
 * drafts) and the time logged (time/).
 */
const featureUses = { timer: ["time"], "sign-off": ["documents", "conversation", "time"] };
const ticketFolders = ticketLayers.flatMap((layer) => layer.folders);
const layerOf = (folder) => ticketLayers.findIndex((layer) => layer.folders.includes(folder));
const named = (layer) =>
  layer.folders.length === 1 ? `${layer.folders[0]}/` : `${layer.name} (${layer.folders.map((folder) => `${folder}/`).join(", ")})`;
const ticketOrder = `${ticketLayers.map(named).join(" → ")} → tickets/*.ts`;

const unplaced = readdirSync(new URL("src/tickets", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !ticketFolders.includes(entry.name))
  .map((entry) => entry.name);
if (unplaced.length > 0)
  throw new Error(`eslint.config.js: give src/tickets/${unplaced.join(", ")} a layer in ticketLayers (screens, features or changes).`);

/** Matches a relative import that climbs out into `folder` of src/ (e.g. "../../offline/outbox"). */
const into = (folder) => `^(\\.\\./)+${folder}(/|$)`;

/** The imports `folder` of src/ may not make: every other top-level folder not listed for it. */
const layerPatterns = (folder) =>
  folders
    .filter((other) => other !== folder && !mayImport[folder].includes(other))
    .map((other) => ({
      regex: into(other),
      message: `${folder}/ must not import from ${other}/: imports go down the layers app → tickets/pwa → offline → auth → api/ui/config → i18n → lib (README, "Layout").`,
    }));

/** Why `from` (a folder of tickets/) may not import `to`, and what to do instead. */
function ticketMessage(from, to) {
  const [fromLayer, toLayer] = [ticketLayers[layerOf(from)], ticketLayers[layerOf(to)]];
  const why =
    fromLayer !== toLayer
      ? `${to}/ (${toLayer.name}) sits above ${from}/ (${fromLayer.name}): move what both need down${from === "changes" ? ", or let the feature register with changes/ (as drafts and the timer do through onTicketCreated)" : ""}.`
      : featureUses[to]?.includes(from)
        ? `${to}/ builds on ${from}/, not the other way round: move what both need into ${from}/ or further down.`
        : `${fromLayer.name} do not import each other: move what both need down (changes/ or tickets/ root)${fromLayer.name === "features" ? ", or let the screen combine them" : ""}.`;
  return `tickets/${from}/ must not import from tickets/${to}/ (tickets/ layers: ${ticketOrder}; README, "Layout"). ${why}`;
}

const restrictImports = (files, patterns, paths = []) => ({
  files,
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns }] },
});

const layerRules = Object.keys(mayImport)
  .filter((folder) => folder !== "tickets")
  .map((folder) =>
    restrictImports(
      [`src/${folder}/**/*.{ts,tsx}`],
      layerPatterns(folder),
      // api/ is plain HTTP and schemas; the app installs its one client at start (api/app-client.ts).
      folder === "api" ? [{ name: "react", message: "api/ stays free of React." }] : [],
    ),
  );

// Each file of tickets/ gets one entry with the top-level patterns too: a second entry for the same rule
// would replace them, not add to them.
const ticketRules = [
  ...ticketFolders.map((from) =>
    restrictImports(
      [`src/tickets/${from}/**/*.{ts,tsx}`],
      [
        ...layerPatterns("tickets"),
        ...ticketFolders
          .filter((to) => to !== from && layerOf(to) <= layerOf(from) && !featureUses[from]?.includes(to))
          .map((to) => ({ regex: `^(\\.\\./)+${to}(/|$)`, message: ticketMessage(from, to) })),
      ],
    ),
  ),
  restrictImports(
    ["src/tickets/*.{ts,tsx}"],
    [
      ...layerPatterns("tickets"),
      {
        regex: `^\\./(${ticketFolders.join("|")})(/|$)`,
        message: `The modules at tickets/ root sit below every sub-folder and import none (tickets/ layers: ${ticketOrder}; README, "Layout"). Move the module into the folder it needs, or move what it needs to tickets/ root.`,
      },
    ],
  ),
];

/**
 * The folders whose user-visible text comes from the catalogues (src/i18n/catalogues/<lang>/<area>.ts): a
 * letter in JSX text or in a literal of an attribute people read or hear is an error there. A folder joins
 * this list when its strings have moved to the catalogues.
 */
const translatedFolders = [
  "src/app",
  "src/auth",
  "src/tickets/list",
  "src/ui",
  "src/tickets/detail",
  "src/tickets/conversation",
  "src/tickets/fields",
  "src/pwa",
  "src/tickets/new",
  "src/tickets/documents",
  "src/tickets/for-me",
  "src/tickets/unread",
  "src/tickets/contact",
  "src/tickets/sign-off",
  "src/tickets/time",
  "src/tickets/timer",
  "src/tickets/checklist",
  "src/tickets/tags",
  "src/tickets/sla",
  "src/tickets/changes",
  "src/offline",
];
const readAttributes = "/^(aria-label|aria-description|title|placeholder|alt|label|prefix)$/";
const literalMessage = 'User-visible text comes from the catalogues: t("area.key") (src/i18n/README.md).';
const userVisibleLiterals = {
  files: translatedFolders.map((folder) => `${folder}/**/*.tsx`),
  ignores: ["**/*.test.tsx"],
  rules: {
    "no-restricted-syntax": [
      "error",
      { selector: "JSXText[value=/[A-Za-z]/]", message: literalMessage },
      { selector: `JSXAttribute[name.name=${readAttributes}] > Literal[value=/[A-Za-z]/]`, message: literalMessage },
      {
        selector: `JSXAttribute[name.name=${readAttributes}] > JSXExpressionContainer > Literal[value=/[A-Za-z]/]`,
        message: literalMessage,
      },
      { selector: `JSXAttribute[name.name=${readAttributes}] > JSXExpressionContainer > TemplateLiteral`, message: literalMessage },
    ],
  },
};

export default tseslint.config(
  { ignores: ["dist", "dev-dist", "node_modules", "test-results", "playwright-report", ".sandbox-data"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits loses its error (and, in a test, its assertion).
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: {
        project: ["./tsconfig.json", "./tsconfig.sw.json", "./tsconfig.node.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Logs must never carry tokens, comment text or ticket subjects: the app does not log.
      "no-console": "error",
    },
  },
  ...pluginQuery.configs["flat/recommended"],
  ...layerRules,
  ...ticketRules,
  userVisibleLiterals,
  {
    files: ["server/**/*.ts", "e2e/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts", "deploy/**/*.ts", "*.config.{ts,js}"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["bench/floor/public/*.js"],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
