import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Voltar",
  close: "Fechar",
  cancel: "Cancelar",
  leaveTitle: "Abrir um link fora do Alga Tickets?",
  leaveGoesTo: "Este link leva para",
  leavePunycode: "Este endereço usa letras internacionais (mostradas como punycode). Confira se é o site que você espera.",
  leaveMismatch: "O texto do link mostra {shown}, mas ele leva para {host}.",
  leaveNotEncrypted: "A conexão com este site não é criptografada.",
  leaveOpen: "Abrir {host}",
} satisfies Catalogue["ui"];
