import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Atrás",
  close: "Cerrar",
  cancel: "Cancelar",
  leaveTitle: "¿Abrir un enlace fuera de Alga Tickets?",
  leaveGoesTo: "Este enlace lleva a",
  leavePunycode: "Esta dirección usa letras internacionales (mostradas como punycode). Compruebe que es el sitio que espera.",
  leaveMismatch: "El texto del enlace muestra {shown}, pero lleva a {host}.",
  leaveNotEncrypted: "La conexión con este sitio no está cifrada.",
  leaveOpen: "Abrir {host}",
} satisfies Catalogue["ui"];
