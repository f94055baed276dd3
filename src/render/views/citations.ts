/**
 * The transcription cites where in the seed documents a value comes from (“(002, voetnoot 2)”). That citation is
 * the transcriber's, not the organisation's: a funder's document prints the source without it.
 */
const SEED_CITATION = /\s*\(0\d\d(?:[,:][^()]*)?\)/g;

export function withoutSeedCitation(text: string): string {
  return text.replace(SEED_CITATION, '').trim();
}
