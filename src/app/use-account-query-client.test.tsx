import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { StrictMode } from "react";
import { describe, expect, it } from "vitest";
import { useAccountQueryClient } from "./use-account-query-client";

function Account({ userId, first, seen }: { userId: string; first: QueryClient; seen: QueryClient[] }) {
  seen.push(useAccountQueryClient("https://psa.example.com", userId, first));
  return null;
}

describe("the query cache of the account", () => {
  it("keeps the restored cache through StrictMode's second effect run", async () => {
    const first = new QueryClient();
    first.setQueryData(["tickets"], ["restored"]);
    render(
      <StrictMode>
        <Account userId="u1" first={first} seen={[]} />
      </StrictMode>,
    );
    await Promise.resolve();
    expect(first.getQueryData(["tickets"])).toEqual(["restored"]);
  });

  it("drops the cache of an account that leaves", async () => {
    const first = new QueryClient();
    first.setQueryData(["tickets"], ["of u1"]);
    const seen: QueryClient[] = [];
    const { rerender } = render(<Account userId="u1" first={first} seen={seen} />);
    rerender(<Account userId="u2" first={first} seen={seen} />);
    await Promise.resolve();
    expect(first.getQueryData(["tickets"])).toBeUndefined();
    expect(seen.at(-1)).not.toBe(first);
  });
});
