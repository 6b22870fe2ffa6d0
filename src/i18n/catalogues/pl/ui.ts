import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Wstecz",
  close: "Zamknij",
  cancel: "Anuluj",
  leaveTitle: "Otworzyć link poza Alga Tickets?",
  leaveGoesTo: "Ten link prowadzi do",
  leavePunycode: "Ten adres zawiera litery międzynarodowe (pokazane jako punycode). Sprawdź, czy to strona, której się spodziewasz.",
  leaveMismatch: "Tekst linku pokazuje {shown}, ale link prowadzi do {host}.",
  leaveNotEncrypted: "Połączenie z tą stroną nie jest szyfrowane.",
  leaveOpen: "Otwórz {host}",
} satisfies Catalogue["ui"];
