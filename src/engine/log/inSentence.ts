/**
 * A label put inside a sentence: its first letter in lower case ("Staff coordination" → "the staff
 * coordination"), unless it opens with a people's name ("the Soviet contribution").
 */
export function inSentence(label: string): string {
  if (/^(Soviet|French|British|Polish|Romanian|Czechoslovak|German)\b/.test(label)) return label;
  return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
