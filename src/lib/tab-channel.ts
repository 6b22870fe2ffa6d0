/**
 * Messages to this origin's other tabs of the app. Where there is no BroadcastChannel, nothing is sent or
 * heard: callers keep IndexedDB as the truth and look again when the tab returns to the foreground.
 */
export interface TabChannel<T> {
  post: (message: T) => void;
  listen: (handler: (message: T) => void) => () => void;
}

export function createTabChannel<T>(name: string): TabChannel<T> {
  const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(name);
  return {
    post: (message) => channel?.postMessage(message),
    listen: (handler) => {
      if (!channel) return () => undefined;
      const listener = (event: MessageEvent<T>) => handler(event.data);
      channel.addEventListener("message", listener);
      return () => channel.removeEventListener("message", listener);
    },
  };
}
