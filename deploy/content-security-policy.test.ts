import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headerPolicy } from "../scripts/content-security-policy";

// The production header and the README's copy are literal text: compared here, directive by directive,
// with the one list the build and the sandbox use, so that a source added to one place fails until all agree.
const read = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");

function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources.join(" ")]),
  );
}

const shared = directives(headerPolicy());

describe("the Content-Security-Policy", () => {
  it("is the shared one in nginx's header, with connect-src written at container start", () => {
    const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(read("./security-headers.conf"))?.[1] ?? "";
    expect(directives(policy)).toEqual({ ...shared, "connect-src": "$alga_connect_src" });
  });

  it("is the shared one in the README's list of headers", () => {
    const policy = /^Content-Security-Policy: (.+)$/m.exec(read("../README.md"))?.[1] ?? "";
    expect(directives(policy)).toEqual(shared);
  });
});
