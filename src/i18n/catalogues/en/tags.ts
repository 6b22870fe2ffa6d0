import type { Area } from "../../catalogue-types";

/** The ticket's tags and the tag picker. */
export const tags = {
  tags: "Tags",
  notSentYet: " · not sent yet",
  remove: "Remove tag {tag}",
  add: "+ Tag",
  loadOnline: "Tags load when you're back online.",
  addTitle: "Add a tag",
  alreadyHas: "The ticket already has “{tag}”.",
  noSuchTag: "No tag “{tag}” exists.",
  typeFirst: "Type a tag first.",
  tooLong: "A tag has at most {limit} characters (this one has {length}).",
  findOrCreate: "Find or create a tag",
  find: "Find a tag",
  addNew: "Add new tag “{tag}”",
  searchFailed: "Existing tags can't be searched right now.",
  noneYet: "No tags in use yet.",
} satisfies Area;
