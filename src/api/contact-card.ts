import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { contactDetailSchema, locationAddressSchema } from "./schemas/contact-card";
import { dataEnvelope } from "./schemas/envelopes";

/** Needs `contact:read`, which every Technician has (awareness §1.3, §8.3). */
export async function getContact(api: ApiClient, contactId: string, signal?: AbortSignal) {
  const path = `api/v1/contacts/${encodeURIComponent(contactId)}`;
  const { data } = await api.request(path, { schema: dataEnvelope(contactDetailSchema), signal });
  return data;
}

/** Every location, inactive ones too (a ticket may name one); needs `client:read`, which older tenants' Technicians lack (§8.2). */
export async function listClientAddresses(api: ApiClient, clientId: string, signal?: AbortSignal) {
  const path = `api/v1/clients/${encodeURIComponent(clientId)}/locations`;
  const { data } = await api.request(path, { schema: dataEnvelope(z.array(locationAddressSchema)), signal });
  return data;
}
