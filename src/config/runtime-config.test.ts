// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { deviceKeys } from "../lib/storage-keys";
import { fetchRuntimeConfig, parseRuntimeConfig } from "./runtime-config";

const answer = (status: number, body: string) => async () => new Response(body, { status });

beforeEach(() => localStorage.clear());

describe("runtime configuration", () => {
  it("normalises a pinned server and the allowed servers like a typed address", () => {
    expect(
      parseRuntimeConfig({ server: "https://PSA.example.com:443/alga/", allowedServers: ["psa.example.com", "https://B.example.com/"] }),
    ).toEqual({
      server: "https://psa.example.com",
      allowedServers: ["https://psa.example.com", "https://b.example.com"],
    });
  });

  it.each(["http://psa.example.com", "https://user:pw@evil.com", "javascript:alert(1)", "data:text/html,x", "alga://auth"])(
    "drops a configured server that a typed one could not be: %s",
    (server) => {
      expect(parseRuntimeConfig({ server, allowedServers: [server] })).toEqual({ server: undefined, allowedServers: [] });
    },
  );

  it("forgets a pin once config.json is gone (404, or the host's index.html)", async () => {
    localStorage.setItem(deviceKeys.runtimeConfig, JSON.stringify({ server: "https://psa.example.com" }));
    expect(await fetchRuntimeConfig(answer(404, "Not Found"))).toEqual({});
    expect(JSON.parse(localStorage.getItem(deviceKeys.runtimeConfig)!)).toEqual({});
    expect(await fetchRuntimeConfig(answer(200, "<!doctype html><title>Alga Tickets</title>"))).toEqual({});
  });

  it("keeps the cached config when the host cannot answer", async () => {
    const cached = JSON.stringify({ server: "https://psa.example.com" });
    localStorage.setItem(deviceKeys.runtimeConfig, cached);
    expect(await fetchRuntimeConfig(answer(503, ""))).toBeNull();
    expect(
      await fetchRuntimeConfig(async () => {
        throw new TypeError("Failed to fetch");
      }),
    ).toBeNull();
    expect(localStorage.getItem(deviceKeys.runtimeConfig)).toBe(cached);
  });
});
