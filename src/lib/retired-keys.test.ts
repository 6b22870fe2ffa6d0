// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { removeRetiredKeys } from "./retired-keys";

beforeEach(() => localStorage.clear());

describe("retired keys", () => {
  it("removes the account-wide comment visibility an earlier version kept, and nothing else", () => {
    localStorage.setItem("alga.commentInternal:https://psa.example.com:u1", "public");
    localStorage.setItem("alga.commentOrder", "newest");
    localStorage.setItem("alga.runtimeConfig", "{}");
    removeRetiredKeys();
    expect(Object.keys(localStorage).sort()).toEqual(["alga.commentOrder", "alga.runtimeConfig"]);
  });
});
