import * as z from "zod/mini";

export const userSchema = z.object({
  user_id: z.string(),
  first_name: z.nullable(z.string()),
  last_name: z.nullable(z.string()),
  email: z.optional(z.nullable(z.string())),
});
export type User = z.infer<typeof userSchema>;
