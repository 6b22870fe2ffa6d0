import * as z from "zod/mini";

const text = z.nullable(z.string());

/** `tag_id` is the mapping id: the one removal takes (fieldkit §6). */
export const entityTagSchema = z.object({
  tag_id: z.string(),
  tag_text: z.string(),
  tagged_id: z.string(),
  background_color: text,
  text_color: text,
});
export type EntityTag = z.infer<typeof entityTagSchema>;

export const entityTagsSchema = z.object({ tags: z.array(entityTagSchema) });

export const tagCloudSchema = z.object({
  tags: z.array(z.object({ tag_text: z.string(), usage_count: z.number(), background_color: text, text_color: text })),
});

export const tagSearchRowSchema = z.object({ tag_text: z.string(), background_color: text, text_color: text });
