import type { Area } from "../../catalogue-types";

/** Settings: the account, this device, language, alerts and signing out. */
export const settings = {
  title: "Settings",
  back: "Back to tickets",
  account: "Account",
  name: "Name",
  email: "Email",
  server: "Server",
  tenant: "Tenant",
  appVersion: "App version",
  versionValue: "{version} (build {build})",
  language: "Language",
  languageAuto: "Automatic (from Alga / this device)",
  languageHint: "Kept on this device. Status, priority, board and service names stay as your Alga server names them.",
  onDevice: "On this device",
  stored: "Stored",
  unknown: "Unknown",
  offlineData: "Offline data",
  keptByBrowser: "Kept by the browser",
  mayBeRemoved: "May be removed by the browser when space runs low",
  safariNote:
    "Safari may also delete it after 7 days without use. Add the app to your Home Screen (Share, then “Add to Home Screen”) to keep it.",
  unsentChanges: "Changes not sent yet",
  keepData: "Keep data on this device",
  clearSaved: "Clear saved tickets",
  cleared: "Saved tickets cleared. Unsent changes and drafts were kept.",
  unsentWarning: { one: "{n} change has not reached the server yet.", other: "{n} changes have not reached the server yet." },
  timerRunning: "The timer on {ticket} is running ({elapsed}).",
  timerPaused: "The timer on {ticket} is paused ({elapsed}).",
  signOutDeletes: { one: "Signing out deletes it.", other: "Signing out deletes them." },
  stopAndLog: "Stop and log it",
  signOutAndDelete: "Sign out and delete",
  staySignedIn: "Stay signed in",
  signOut: "Sign out",
  signOutHint: "Signing out removes your tickets, drafts and unsent changes from this device.",
  alertsHeading: "What needs you",
  alertsOpen:
    "While the app is open, it asks Alga about once a minute what needs you (For me) and puts the number on its icon where your device allows.",
  alertsClosed:
    "When the app is closed, nothing arrives: Alga sends alerts only to its own phone app today. If Alga accepted Web Push, this app could alert you while closed too.",
  alertsIos: "On iPhone and iPad nothing arrives while the app is closed or in the background.",
} satisfies Area;
