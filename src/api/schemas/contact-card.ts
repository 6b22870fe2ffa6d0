import * as z from "zod/mini";

const text = z.nullable(z.string());
const maybe = z.optional(text);

// Only the keys the contact card reads; the server answers every column (awareness §8.3).
export const contactDetailSchema = z.object({
  contact_name_id: z.string(),
  full_name: z.string(),
  client_id: text,
  email: maybe,
  client_name: maybe,
  client_email: maybe,
  client_phone: maybe,
  default_phone_number: maybe,
  phone_numbers: z.optional(
    z.array(
      z.object({
        phone_number: z.string(),
        extension: maybe,
        canonical_type: maybe,
        is_default: z.optional(z.boolean()),
      }),
    ),
  ),
});
export type ContactDetail = z.infer<typeof contactDetailSchema>;

// A location's address and contact lines (awareness §8.2); no coordinates exist.
export const locationAddressSchema = z.object({
  location_id: z.string(),
  location_name: maybe,
  address_line1: maybe,
  address_line2: maybe,
  address_line3: maybe,
  city: maybe,
  state_province: maybe,
  postal_code: maybe,
  country_name: maybe,
  phone: maybe,
  email: maybe,
  is_default: z.optional(z.boolean()),
});
export type LocationAddress = z.infer<typeof locationAddressSchema>;
