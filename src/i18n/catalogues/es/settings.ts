import type { Catalogue } from "../../catalogue-types";

export const settings = {
  title: "Ajustes",
  back: "Volver a los tickets",
  account: "Cuenta",
  name: "Nombre",
  email: "Correo electrónico",
  server: "Servidor",
  tenant: "Inquilino",
  appVersion: "Versión de la aplicación",
  versionValue: "{version} (compilación {build})",
  language: "Idioma",
  languageAuto: "Automático (de Alga / de este dispositivo)",
  languageHint:
    "Se guarda en este dispositivo. Los nombres de estado, prioridad, tablero y servicio se muestran como los nombra su servidor Alga.",
  onDevice: "En este dispositivo",
  stored: "Almacenado",
  unknown: "Desconocido",
  offlineData: "Datos sin conexión",
  keptByBrowser: "Conservados por el navegador",
  mayBeRemoved: "El navegador puede borrarlos si falta espacio",
  safariNote:
    "Safari también puede borrarlos tras 7 días sin uso. Añada la aplicación a la pantalla de inicio (Compartir y luego «Añadir a pantalla de inicio») para conservarlos.",
  unsentChanges: "Cambios aún no enviados",
  keepData: "Conservar los datos en este dispositivo",
  clearSaved: "Borrar los tickets guardados",
  cleared: "Tickets guardados borrados. Se conservaron los cambios sin enviar y los borradores.",
  unsentWarning: { one: "{n} cambio aún no ha llegado al servidor.", other: "{n} cambios aún no han llegado al servidor." },
  timerRunning: "El temporizador de {ticket} está en marcha ({elapsed}).",
  timerPaused: "El temporizador de {ticket} está en pausa ({elapsed}).",
  signOutDeletes: { one: "Al cerrar sesión se borrará.", other: "Al cerrar sesión se borrarán." },
  stopAndLog: "Detenerlo y registrarlo",
  signOutAndDelete: "Cerrar sesión y borrar",
  staySignedIn: "Mantener la sesión",
  signOut: "Cerrar sesión",
  signOutHint: "Al cerrar sesión se quitan de este dispositivo sus tickets, borradores y cambios sin enviar.",
  alertsHeading: "Lo que le espera",
  alertsOpen:
    "Mientras la aplicación está abierta, pregunta a Alga aproximadamente una vez por minuto qué le espera (Para mí) y muestra el número en su icono cuando el dispositivo lo permite.",
  alertsClosed:
    "Con la aplicación cerrada no llega nada: hoy Alga solo envía avisos a su propia aplicación móvil. Si Alga aceptara Web Push, esta aplicación también podría avisarle estando cerrada.",
  alertsIos: "En iPhone y iPad no llega nada mientras la aplicación está cerrada o en segundo plano.",
} satisfies Catalogue["settings"];
