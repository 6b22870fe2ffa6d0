// Its own module, free of React: the boot module (app/boot-paint.ts) checks it before the framework loads.
/**
 * Tablets, portrait ones too (an iPad Air held upright is 820 px wide), and desktops: the list and a ticket side by side.
 * A phone turned sideways is as wide (844 px) but only 390 px high: beside a list, the ticket would keep no room to read.
 */
export const WIDE_LAYOUT = "(min-width: 768px) and (min-height: 600px)";
