import { Fragment, type ReactNode } from "react";

/**
 * A translated text with elements in it ("{enter} to open" with a <kbd>): the sentence stays whole in the
 * catalogue, the elements are put in place of their placeholders.
 */
export function RichText({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  return (
    <>
      {text.split(/\{(\w+)\}/).map((piece, index) => (
        <Fragment key={index}>{index % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece}</Fragment>
      ))}
    </>
  );
}
