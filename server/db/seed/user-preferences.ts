import type { Transaction } from "@electric-sql/pglite";
import { insertRows } from "./insert-rows";

/**
 * Preference rows as the real server keeps them (awareness §6.2): values stored as JSON text. The signed-in
 * technician has settings but no `locale`, as most users never pick a language: the app then follows the
 * browser, which the language journeys rely on. Priya has the spelling the server normalises (`pt_BR`).
 */
const PREFERENCES: Record<string, Record<string, unknown>> = {
  "tech@example.com": { has_reset_password: true, ticket_list_view: "compact" },
  "priya.shah@example.com": { locale: "pt_BR", has_reset_password: true },
};

// Priya works from São Paulo; everyone else keeps the seeded UTC.
export const USER_TIME_ZONES: Record<string, string> = { "priya.shah@example.com": "America/Sao_Paulo" };

export async function seedUserPreferences(tx: Transaction, tenant: string, users: { id: string; email: string }[]): Promise<void> {
  await insertRows(
    tx,
    "user_preferences",
    users.flatMap((user) =>
      Object.entries(PREFERENCES[user.email] ?? {}).map(([name, value]) => ({
        tenant,
        user_id: user.id,
        setting_name: name,
        setting_value: JSON.stringify(value),
      })),
    ),
  );
}
