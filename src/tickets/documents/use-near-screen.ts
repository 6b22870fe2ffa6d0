import { useEffect, useState, type RefObject } from "react";

// Rows a little below the fold start loading before they are scrolled to.
const AHEAD = "200px";

/** Whether the element has come near the screen; it stays true once it has. Without IntersectionObserver: always. */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), {
      rootMargin: AHEAD,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
