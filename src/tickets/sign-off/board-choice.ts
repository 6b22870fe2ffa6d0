import { userKeys } from "../../lib/storage-keys";

/** The boards on which this technician wants Resolve to ask for the customer's sign-off first; kept on this device. */
function boardsOf(server: string, userId: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(userKeys.signOffBoards(server, userId)) ?? "[]");
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export const asksSignOff = (server: string, userId: string, boardId: string | null) =>
  boardId !== null && boardsOf(server, userId).includes(boardId);

export function setAsksSignOff(server: string, userId: string, boardId: string, asks: boolean): void {
  const others = boardsOf(server, userId).filter((id) => id !== boardId);
  localStorage.setItem(userKeys.signOffBoards(server, userId), JSON.stringify(asks ? [...others, boardId] : others));
}
