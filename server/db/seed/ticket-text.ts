import type { SeededRandom } from "./random";

/** Realistic MSP ticket subjects, descriptions and notes, combined by the seeded generator. */

const PROBLEMS = [
  "Printer offline",
  "Outlook keeps asking for password",
  "VPN drops every hour",
  "Laptop will not boot",
  "New starter account setup",
  "Shared drive not mapping",
  "Wi-Fi slow",
  "Phishing email reported",
  "Backup job failed",
  "Teams calls choppy",
  "Firewall firmware update",
  "Replace failing disk",
  "MFA reset request",
  "Scanner to email broken",
  "QuickBooks license error",
  "Monitor flickering",
  "Server disk space low",
  "Password expired",
  "Switch port flapping",
  "Install Adobe Acrobat",
  "Offboarding user",
  "Door badge reader offline",
  "Email bouncing to external domain",
  "SSL certificate renewal",
] as const;

const PLACES = [
  "at reception",
  "in the main office",
  "for remote staff",
  "on the second floor",
  "in the warehouse",
  "for the accounting team",
  "at the front desk",
  "in conference room B",
  "for the CEO",
  "at the branch office",
] as const;

const DESCRIPTIONS = [
  "User reports the issue started this morning after the overnight updates.",
  "Happens intermittently, roughly every hour. Restarting helps for a while.",
  "Several people affected. They can work around it but it is slowing them down.",
  "Please schedule a visit; the client prefers afternoons.",
  'Error message attached by the client: "The operation could not be completed (0x80070005)".',
  "Client asked for an update by end of day.",
] as const;

const NOTES = [
  "Called the user, reproduced the problem remotely.",
  "Rebooted the device and cleared the print queue.",
  "Waiting for the client to confirm a time for the onsite visit.",
  "Checked the logs: the failure lines up with the certificate expiry.",
  "Escalated to network team for a closer look.",
  "Replaced the cable; link is stable now.",
  "Thanks, it works again!",
  "Can someone call me back this afternoon?",
  "Ordered the replacement part, ETA two days.",
] as const;

export function ticketTitle(random: SeededRandom): string {
  return `${random.pick(PROBLEMS)} ${random.pick(PLACES)}`;
}

export function ticketDescription(random: SeededRandom): string {
  return random.chance(0.1) ? "" : random.pick(DESCRIPTIONS);
}

export function commentText(random: SeededRandom): string {
  return random.pick(NOTES);
}
