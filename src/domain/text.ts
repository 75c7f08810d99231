/** Folds text for searching: case and accents ignored, so "zoe" finds "Zoë" and "lukasz" finds "Łukasz". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** True when every word of the query starts a word, or appears inside one, of the text. */
export function matchesSearch(foldedText: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => foldedText.includes(word));
}
