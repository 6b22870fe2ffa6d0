import type { Catalogue } from "../../catalogue-types";

export const app = {
  appName: "Alga Tickets",
  loading: "Carregando…",
  notFoundBar: "Não encontrado",
  notFoundTitle: "Não há nada neste endereço",
  notFoundBody: "O link pode estar digitado errado ou desatualizado.",
  goToTickets: "Ir para os tickets",
  startFailedTitle: "O Alga Tickets não pôde iniciar",
  startFailedCause: "O app não conseguiu abrir o que guarda neste dispositivo: o armazenamento do navegador não respondeu.",
  startFailedAdvice:
    "Se isso acontecer de novo, feche o Alga Tickets nas outras abas e janelas, libere espaço se o dispositivo estiver quase cheio e tente de novo. Reiniciar o navegador também ajuda.",
  tryAgain: "Tentar de novo",
  crashTitle: "Algo deu errado",
  crashBody: "O Alga Tickets encontrou um problema inesperado. Nada do que você salvou foi perdido.",
  reload: "Recarregar",
} satisfies Catalogue["app"];
