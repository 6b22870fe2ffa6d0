import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { clockText } from "../lib/date-text";
import { setUserTimeZone } from "../lib/user-locale";
import { useT } from "./active-language";

afterEach(() => setUserTimeZone(undefined));

/** A translated line with a time in it, as the app's screens have. */
function Started() {
  const t = useT();
  return <p>{`${t("app.loading")} ${clockText(new Date("2026-11-03T08:00:00Z"))}`}</p>;
}

describe("the user's Alga time zone arriving after the first screen", () => {
  it("moves the times already shown, with no language change to re-render them", () => {
    render(<Started />);
    expect(screen.getByText(/08:00$/)).toBeTruthy();
    act(() => setUserTimeZone("Europe/Warsaw"));
    expect(screen.getByText(/09:00$/)).toBeTruthy();
  });
});
