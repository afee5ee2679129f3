/**
 * Issues the chip image of a card with the sandbox CA and serialises it as card.json — without the
 * synthetic individual number (My Number EF0001) the card library puts on 特定 chips: the back office never
 * stores a 個人番号, not even a synthetic one. The My Number application, its PIN and the key-delivery key
 * stay, so emulators and readers behave as with a real 特定 card.
 */
import { chipImageToJson, issueCard, type SandboxCa } from '@zairyu/card';
import { type ChipFieldsInput, cardTypeOf, chipFieldsFor } from './chip-fields.ts';

/** The card.json text of a newly issued card. */
export async function issueChipJson(input: ChipFieldsInput, ca: SandboxCa): Promise<string> {
  const fields = chipFieldsFor(input);
  const image = await issueCard(cardTypeOf(input.kind), fields, ca, input.cardNumber);
  if (image.myNumber) {
    const { '0001': _individualNumber, ...rest } = image.myNumber.files;
    image.myNumber = { ...image.myNumber, files: rest };
  }
  return chipImageToJson(image);
}
