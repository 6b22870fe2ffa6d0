import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Wstecz",
  close: "Zamknij",
  cancel: "Anuluj",
  leaveTitle: "Otworzyć link poza Alga Tickets?",
  leaveGoesTo: "Ten link otwiera",
  leaveAlgaServer: "To Twój serwer Alga.",
  leaveUnknownSite: "Alga Tickets nie zna tej strony, a może ona przekierować Cię na inną.",
  leaveForwarder: "{host} przekierowuje odwiedzających pod inne adresy: stąd nie widać, dokąd ten link ostatecznie prowadzi.",
  leaveNoSignIn:
    "Jeśli strona poprosi o zalogowanie się do Alga lub o dostęp dla aplikacji, zamknij ją: Alga Tickets nigdy nie prosi o to przez link.",
  leaveOpenAnyway: "Otwórz mimo to",
  leavePunycode: "Ten adres zawiera litery międzynarodowe (pokazane jako punycode). Sprawdź, czy to strona, której się spodziewasz.",
  leaveMismatch: "Tekst linku pokazuje {shown}, ale link prowadzi do {host}.",
  leaveNotEncrypted: "Połączenie z tą stroną nie jest szyfrowane.",
  leaveOpen: "Otwórz {host}",
} satisfies Catalogue["ui"];
