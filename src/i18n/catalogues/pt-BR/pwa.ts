import type { Catalogue } from "../../catalogue-types";

export const pwa = {
  installTitle: "Adicione o Alga Tickets à sua Tela de Início",
  installBody:
    "Toque em Compartilhar e depois em “Adicionar à Tela de Início”. Ele abre como um app, e seus tickets offline e alterações não enviadas são mantidos: enquanto o app for só um site, o Safari pode apagá-los após 7 dias sem uso.",
  gotIt: "Entendi",
  updateReady: "Uma nova versão do Alga Tickets está pronta.",
  later: "Mais tarde",
  update: "Atualizar",
} satisfies Catalogue["pwa"];
