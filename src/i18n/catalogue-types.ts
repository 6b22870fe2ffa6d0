import type en from "./catalogues/en";

/**
 * A message with a count: one text per plural category of the language (Intl.PluralRules: English has
 * one/other, French one/many/other, Polish one/few/many/other). The count is the `n` parameter.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A message: text with named placeholders ("Assigned to {name}"), or its plural forms. */
export type Message = string | Plural;

/** An area of the app's messages (app, auth, list…), by key. */
export type Area = Record<string, Message>;

/** English's shape with any text in place of its words: what every other language's catalogue satisfies. */
export type Catalogue = {
  [A in keyof typeof en]: { [K in keyof (typeof en)[A]]: (typeof en)[A][K] extends string ? string : Plural };
};

/** "area.key" of every message. */
export type MessageKey = { [A in keyof Catalogue]: `${A & string}.${keyof Catalogue[A] & string}` }[keyof Catalogue];

export type Params = Record<string, string | number>;
