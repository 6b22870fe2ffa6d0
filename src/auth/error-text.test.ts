import { afterEach, describe, expect, it } from "vitest";
import { applyLanguage } from "../i18n/active-language";
import { errorText } from "./error-text";
import { ApiError, errorFromResponse } from "../api/errors";

describe("the text of an error", () => {
  afterEach(() => applyLanguage("en"));

  it("is the app's words for its kind in the language active when it is shown", async () => {
    const error = new ApiError("network");
    expect(errorText(error)).toBe("Can't reach the Alga server. Check your connection and try again.");
    await applyLanguage("pl");
    expect(errorText(error)).toBe("Nie można połączyć się z serwerem Alga. Sprawdź połączenie i spróbuj ponownie.");
    // As the outbox keeps a refusal: its kind and English message.
    expect(errorText({ kind: "server", message: new ApiError("server").message })).toBe(
      "Serwer Alga miał problem. Spróbuj ponownie za chwilę.",
    );
  });

  it("keeps what the server wrote, and any other error's message, as they are", async () => {
    await applyLanguage("de");
    const refusal = errorFromResponse(400, { error: { code: "VALIDATION_ERROR", message: "Title is required" } });
    expect(errorText(refusal)).toBe("Title is required");
    expect(errorText(new Error("Signed out: nothing was attached."))).toBe("Signed out: nothing was attached.");
  });
});
