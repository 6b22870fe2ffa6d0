import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Atrás",
  close: "Cerrar",
  cancel: "Cancelar",
  leaveTitle: "¿Abrir un enlace fuera de Alga Tickets?",
  leaveGoesTo: "Este enlace abre",
  leaveAlgaServer: "Es su servidor de Alga.",
  leaveUnknownSite: "Alga Tickets no conoce este sitio, que puede enviarle a otro.",
  leaveForwarder: "{host} reenvía a sus visitantes a otras direcciones: desde aquí no se ve dónde termina este enlace.",
  leaveNoSignIn:
    "Si una página le pide iniciar sesión en Alga o dar acceso a una aplicación, ciérrela: Alga Tickets nunca lo pide a través de un enlace.",
  leaveOpenAnyway: "Abrir de todos modos",
  leavePunycode: "Esta dirección usa letras internacionales (mostradas como punycode). Compruebe que es el sitio que espera.",
  leaveMismatch: "El texto del enlace muestra {shown}, pero lleva a {host}.",
  leaveNotEncrypted: "La conexión con este sitio no está cifrada.",
  leaveOpen: "Abrir {host}",
} satisfies Catalogue["ui"];
