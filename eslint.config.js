import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/**
 * The layers of src/, lowest first (README, "Layout"): each folder may import from the folders listed
 * for it and from nothing else in src/. app/ is the composition root and may import anything.
 */
const mayImport = {
  lib: [],
  config: ["lib"],
  ui: ["lib"],
  api: ["lib"],
  auth: ["api", "ui", "lib", "config"],
  offline: ["auth", "api", "ui", "lib", "config"],
  tickets: ["offline", "auth", "api", "ui", "lib", "config"],
  pwa: ["ui", "lib", "config"],
};
const folders = [...Object.keys(mayImport), "app"];

/** Matches a relative import that climbs out into `folder` of src/ (e.g. "../../offline/outbox"). */
const into = (folder) => `^(\\.\\./)+${folder}(/|$)`;

const layerRules = Object.entries(mayImport).map(([folder, allowed]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        // api/ is plain HTTP and schemas: the React context that hands out its client lives in lib/.
        paths: folder === "api" ? [{ name: "react", message: "api/ stays free of React." }] : [],
        patterns: [
          ...folders
            .filter((other) => other !== folder && !allowed.includes(other))
            .map((other) => ({
              regex: into(other),
              message: `${folder}/ must not import from ${other}/: imports go down the layers app → tickets/pwa → offline → auth → api/ui/lib/config (README, "Layout").`,
              // lib/'s React helpers may name the API client's type.
              allowTypeImports: folder === "lib" && other === "api",
            })),
        ],
      },
    ],
  },
}));

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
