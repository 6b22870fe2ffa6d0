/**
 * Colours a new tag definition gets from its text (fieldkit §6.2): hue = hash % 360, a pale background
 * (hsl(h, 85%, 92%)) and a dark text colour (20 % lightness for hues 30–210, 25 % otherwise), as #rrggbb.
 */
export function tagColors(text: string): { background_color: string; text_color: string } {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) | 0;
  const hue = Math.abs(hash) % 360;
  return {
    background_color: hslToHex(hue, 85, 92),
    text_color: hslToHex(hue, 90, hue >= 30 && hue <= 210 ? 20 : 25),
  };
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
