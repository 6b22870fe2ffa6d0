import type { Catalogue } from "../../catalogue-types";

export const app = {
  appName: "Alga Tickets",
  loading: "Cargando…",
  notFoundBar: "No encontrado",
  notFoundTitle: "No hay nada en esta dirección",
  notFoundBody: "Puede que el enlace esté mal escrito o desactualizado.",
  goToTickets: "Ir a los tickets",
  startFailedTitle: "Alga Tickets no pudo iniciarse",
  startFailedCause: "La aplicación no pudo abrir lo que guarda en este dispositivo: el almacenamiento del navegador no respondió.",
  startFailedAdvice:
    "Si vuelve a ocurrir, cierre Alga Tickets en sus otras pestañas y ventanas, libere espacio si el dispositivo está casi lleno y vuelva a intentarlo. Reiniciar el navegador también ayuda.",
  tryAgain: "Reintentar",
  crashTitle: "Algo salió mal",
  crashBody: "Alga Tickets encontró un problema inesperado. No se ha perdido nada de lo que guardó.",
  reload: "Recargar",
} satisfies Catalogue["app"];
