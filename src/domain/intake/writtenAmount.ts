/**
 * The number an amount's digits write, however the posting's country groups them: "170,000",
 * "55.000", "100'000", "3 270", "12,00,000" (lakhs) group thousands; one or two digits after the
 * last mark are cents, whichever mark it is ("58.50", "11,88", "1.858,20", "3 270,19").
 */
export function writtenAmount(digits: string): number {
  const [, whole, cents] = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(digits.trim())!;
  return Number(`${whole!.replace(/[\s.,'’]/g, '')}${cents ? `.${cents}` : ''}`);
}
