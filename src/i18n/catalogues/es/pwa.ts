import type { Catalogue } from "../../catalogue-types";

export const pwa = {
  installTitle: "Añada Alga Tickets a su pantalla de inicio",
  installBody:
    "Toque Compartir y luego «Añadir a pantalla de inicio». Se abre como una app y se conservan sus tickets sin conexión y los cambios sin enviar: Safari puede borrarlos tras 7 días sin uso mientras la app sea solo un sitio web.",
  gotIt: "Entendido",
  updateReady: "Hay una nueva versión de Alga Tickets lista.",
  later: "Más tarde",
  update: "Actualizar",
} satisfies Catalogue["pwa"];
