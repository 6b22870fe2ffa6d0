/**
 * Tickets whose text attacks the app: HTML and script injection, a very long unbroken word,
 * right-to-left scripts, emoji and a very long description. They stay in every seed so the app is
 * always tested against them (issue 3, "Seed").
 */
export interface HostileTicket {
  title: string;
  description: string;
  comments: string[];
}

const longWord = "Supercalifragilistic".repeat(15);

const longDescription = Array.from(
  { length: 80 },
  (_, index) =>
    `Line ${index + 1}: the nightly sync between the ERP and the warehouse scanners failed again with a timeout; retried manually and it worked.`,
)
  .join("\n")
  .slice(0, 10000);

export const HOSTILE_TICKETS: readonly HostileTicket[] = [
  {
    title: "<script>alert(1)</script> Login page shows a blank screen",
    description: "The page source contains <script>alert(1)</script> after the update.",
    comments: [
      "<script>alert('comment')</script> still happening",
      'Looked into it: <b>bold</b> and <a href="javascript:alert(1)">a link</a>',
    ],
  },
  {
    title: "Broken image <img src=x onerror=alert(1)> in the signature",
    description: "<img src=x onerror=alert(1)> appears in every outgoing email.",
    comments: ["<img src=x onerror=alert(1)>"],
  },
  {
    title: `Unbroken text ${longWord.slice(0, 120)}`,
    description: longWord,
    comments: [longWord],
  },
  {
    title: "الطابعة لا تعمل في المكتب الرئيسي",
    description: "המדפסת לא עובדת מאז הבוקר. العميل ينتظر الرد.",
    comments: ["שלום, בדקתי את הכבלים", "تم إعادة تشغيل الطابعة"],
  },
  {
    title: "🔥 Server room too hot 🌡️ AC failing 🚨",
    description: "Temperature at 31 °C 😰 — please send someone 🙏👩🏽‍💻",
    comments: ["On my way 🚗💨", "Fixed ✅👍🏻"],
  },
  {
    title: "Long incident report: ERP sync failures",
    description: longDescription,
    comments: ["See the description for the full log."],
  },
];
