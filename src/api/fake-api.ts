import type { ApiClient, RequestOptions } from "./client";

export interface RecordedCall {
  path: string;
  method: string;
  query: RequestOptions<never>["query"];
  body: unknown;
}

/** For unit tests: an ApiClient that answers from a queue, parsing each answer with the caller's schema as the real client does. */
export function fakeApi(...answers: unknown[]) {
  const calls: RecordedCall[] = [];
  const api: ApiClient = {
    async request(path, options) {
      calls.push({ path, method: options.method ?? "GET", query: options.query, body: options.body });
      if (answers.length === 0) throw new Error(`no answer queued for ${path}`);
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return options.schema.parse(answer);
    },
  };
  return { api, calls };
}
