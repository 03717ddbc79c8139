/** The checklist's score bands in words: "0 to 5", "6 to 11", "12 or more". */
export interface BandLike {
  min: number;
  service: string;
}

/** Each band with the range of scores it covers, lowest first as the scenario lists them. */
export function bandRanges<B extends BandLike>(bands: readonly B[]): (B & { range: string })[] {
  return bands.map((band, i) => {
    const next = bands[i + 1]?.min;
    return { ...band, range: next === undefined ? `${band.min} or more` : next - 1 === band.min ? String(band.min) : `${band.min} to ${next - 1}` };
  });
}
