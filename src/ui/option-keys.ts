/** A sheet's options: the buttons of its lists (statuses, priorities, agents, contacts, tags). */
const OPTIONS = "ul > li > button:not(:disabled)";

const steps: Record<string, (current: number, count: number) => number> = {
  ArrowDown: (current, count) => Math.min(current + 1, count - 1),
  ArrowUp: (current) => Math.max(current - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * Up and Down (Home, End) move between a sheet's options as in a native menu, where Tab alone walks them one
 * by one; Down from the sheet's search field goes to the first. Anywhere else in the sheet the keys keep their
 * own meaning (a text box's cursor, a date field's value).
 */
export function moveAmongOptions(
  event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; preventDefault(): void },
  sheet: HTMLElement,
) {
  const step = steps[event.key];
  if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
  const options = [...sheet.querySelectorAll<HTMLElement>(OPTIONS)];
  const focused = sheet.ownerDocument.activeElement;
  const current = options.findIndex((option) => option === focused);
  const fromSearch = current === -1 && event.key === "ArrowDown" && focused instanceof HTMLInputElement && focused.type === "search";
  if (options.length === 0 || (current === -1 && !fromSearch)) return;
  event.preventDefault();
  options[fromSearch ? 0 : step(current, options.length)]?.focus();
}
