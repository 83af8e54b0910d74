/** The lightest and the darkest shade of the heat map; dark text stays readable on both (≥ 7:1). */
const LIGHT = [244, 246, 253];
const DARK = [159, 177, 236];

/**
 * A cell's background by its conversion, relative to the matrix's highest conversion (a month's
 * conversions are mostly under 50 %, so an absolute scale would leave everything pale).
 * Null (no leads) has no shade.
 */
export function heatColour(conversion: number | null | undefined, highest: number): string | undefined {
  if (conversion == null || !Number.isFinite(conversion)) return undefined;
  const t = highest > 0 ? Math.min(1, Math.max(0, conversion / highest)) : 0;
  const [r, g, b] = LIGHT.map((light, i) => Math.round(light + (DARK[i] - light) * t));
  return `rgb(${r} ${g} ${b})`;
}
