import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Voltar",
  close: "Fechar",
  cancel: "Cancelar",
  leaveTitle: "Abrir um link fora do Alga Tickets?",
  leaveGoesTo: "Este link abre",
  leaveAlgaServer: "Este é o seu servidor Alga.",
  leaveUnknownSite: "O Alga Tickets não conhece este site, que pode enviar você para outro.",
  leaveForwarder: "{host} redireciona visitantes para outros endereços: daqui não dá para ver onde este link termina.",
  leaveNoSignIn: "Se uma página pedir para você entrar no Alga ou liberar um app, feche-a: o Alga Tickets nunca pede isso por um link.",
  leaveOpenAnyway: "Abrir mesmo assim",
  leavePunycode: "Este endereço usa letras internacionais (mostradas como punycode). Confira se é o site que você espera.",
  leaveMismatch: "O texto do link mostra {shown}, mas ele leva para {host}.",
  leaveNotEncrypted: "A conexão com este site não é criptografada.",
  leaveOpen: "Abrir {host}",
} satisfies Catalogue["ui"];
