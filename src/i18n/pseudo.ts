import type { Catalogue, Message } from "./catalogue-types";

const accents: Record<string, string> = {
  a: "á",
  e: "é",
  i: "í",
  o: "ö",
  u: "ü",
  c: "ç",
  n: "ñ",
  y: "ý",
  s: "š",
  z: "ž",
  A: "Å",
  E: "É",
  I: "Î",
  O: "Ø",
  U: "Û",
  C: "Ç",
  N: "Ñ",
  Y: "Ý",
  S: "Š",
  Z: "Ž",
};

/** "[Šíñ ñ íñ·····]": accented, ~40 % longer, bracketed; placeholders ({name}) are left as they are. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part) => (part.startsWith("{") ? part : part.replace(/[a-zA-Z]/g, (letter) => accents[letter] ?? letter)))
    .join("");
  return `[${accented}${"·".repeat(Math.ceil(text.length * 0.4))}]`;
}

function pseudoMessage(message: Message): Message {
  if (typeof message === "string") return pseudoText(message);
  return Object.fromEntries(Object.entries(message).map(([category, text]) => [category, pseudoText(text)])) as Message;
}

export function pseudoCatalogue(english: Catalogue): Catalogue {
  return Object.fromEntries(
    Object.entries(english).map(([area, messages]) => [
      area,
      Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, pseudoMessage(message as Message)])),
    ]),
  ) as Catalogue;
}
