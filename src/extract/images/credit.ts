/** Splits a caption into caption and credit: "(Image: X)", "Photo: X", "X/Getty Images". (Interface fixed.) */
export interface CaptionCredit {
  caption: string | null;
  credit: string | null;
}

export function splitCaptionCredit(text: string): CaptionCredit {
  const t = text.trim();
  return { caption: t || null, credit: null };
}
