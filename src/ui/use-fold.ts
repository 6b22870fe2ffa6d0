import { useEffect, useRef, useState } from "react";

/**
 * Whether a folded block hides part of its text, so a short one gets no "Show more". `folded` goes on the
 * element that carries `foldedClass` while folded; its first child is the one that clips. Measured again when
 * `content` changes: a longer text in a block already at its folded height does not resize it.
 */
export function useFold<T extends HTMLElement>(foldedClass: string, content: string) {
  const folded = useRef<T>(null);
  const [foldable, setFoldable] = useState(false);
  useEffect(() => {
    const element = folded.current?.firstElementChild;
    const box = folded.current;
    if (!element || !box) return;
    const check = () => box.classList.contains(foldedClass) && setFoldable(element.scrollHeight > element.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [foldedClass, content]);
  return { folded, foldable };
}
