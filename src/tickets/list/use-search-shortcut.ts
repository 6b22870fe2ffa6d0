import { useEffect } from "react";
import { isTyping } from "../../lib/is-typing";

/** `/` jumps to the search box, as in most web apps with a list. */
export function useSearchShortcut(inputId: string): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || isTyping(event.target)) return;
      event.preventDefault();
      document.getElementById(inputId)?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [inputId]);
}
