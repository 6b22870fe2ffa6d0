// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { asksSignOff, setAsksSignOff } from "./board-choice";

describe("the boards that ask for sign-off before resolving", () => {
  afterEach(() => localStorage.clear());

  it("asks on the boards chosen, for this account only, until unchosen", () => {
    setAsksSignOff("https://a.example", "u1", "board-1", true);
    expect(asksSignOff("https://a.example", "u1", "board-1")).toBe(true);
    expect(asksSignOff("https://a.example", "u1", "board-2")).toBe(false);
    expect(asksSignOff("https://a.example", "u2", "board-1")).toBe(false);
    setAsksSignOff("https://a.example", "u1", "board-1", false);
    expect(asksSignOff("https://a.example", "u1", "board-1")).toBe(false);
  });

  it("never asks for a ticket with no board, nor on a stored value it cannot read", () => {
    expect(asksSignOff("https://a.example", "u1", null)).toBe(false);
    localStorage.setItem("alga.signOffBoards:https://a.example:u1", "{not json");
    expect(asksSignOff("https://a.example", "u1", "board-1")).toBe(false);
  });
});
