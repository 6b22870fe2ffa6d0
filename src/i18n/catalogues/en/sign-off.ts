import type { Area } from "../../catalogue-types";

/** The customer's sign-off: the sheet, the signature pad, and the words that go to Alga with it. */
export const signOff = {
  form: "Customer sign-off",
  signerName: "Signer's name",
  nameMissing: "Write the signer's name as they would print it.",
  summary: "Summary of the work",
  signature: "Signature",
  padSigned: "Signature pad, signed",
  padEmpty: "Signature pad, empty: sign here with a finger, a stylus or a mouse",
  undo: "Undo",
  clear: "Clear",
  save: "Save sign-off",
  skip: "Resolve without sign-off",
  saved: "Sign-off by {name} saved: it goes to Alga with a public comment.",
  saveFailed: "The sign-off could not be saved. Try again.",
  notStored: "The signature could not be saved on this device.",
  cannotDraw: "This browser cannot draw the signature. Try again, or use another browser.",
  cannotSaveImage: "This browser could not save the signature as an image. Try again.",
  noSignature: "Ask the customer to sign in the box first.",
  tooLittle: "That is too little to be a signature. Clear it and ask the customer to sign across the box.",
  signedAt: "{date}, {time}",
  comment: "Signed off by {name} on {when}: {summary}",
  timeOnTicket: "Time on this ticket: {duration}.",
  fileName: "Sign-off {date} {time}.png",
} satisfies Area;
