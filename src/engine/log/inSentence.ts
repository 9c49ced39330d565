/** The names a label may open with that keep their capital: peoples, states, capitals and the statesmen of the game. */
const PROPER =
  /^(?:Soviet|French|British|Polish|Romanian|Czechoslovak|German|Moscow|Paris|London|Berlin|Warsaw|Bucharest|Prague|France|Britain|Poland|Romania|Germany|Italy|Belgium|Czechoslovakia|USSR|Gamelin|Daladier|Blum|Laval|Stalin|Litvinov)\b/;

/**
 * A label put inside a sentence: its first letter in lower case ("Staff coordination" → "the staff
 * coordination"), unless it opens with a people's, a state's or a capital's name ("the Soviet contribution",
 * "Moscow agrees to staff talks").
 */
export function inSentence(label: string): string {
  if (PROPER.test(label)) return label;
  return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
