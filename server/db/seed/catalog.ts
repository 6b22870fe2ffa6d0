/** Reference data an MSP's Alga tenant holds: boards, statuses, priorities, services, tags. */

export const BOARDS = [
  {
    name: "Service Desk",
    statuses: [
      { name: "New", isClosed: false, isDefault: true },
      { name: "In Progress", isClosed: false, isDefault: false },
      { name: "Waiting on Client", isClosed: false, isDefault: false },
      { name: "Scheduled", isClosed: false, isDefault: false },
      { name: "Resolved", isClosed: true, isDefault: false },
      { name: "Closed", isClosed: true, isDefault: false },
    ],
  },
  {
    name: "Projects",
    statuses: [
      { name: "Planning", isClosed: false, isDefault: true },
      { name: "Active", isClosed: false, isDefault: false },
      { name: "On Hold", isClosed: false, isDefault: false },
      { name: "Done", isClosed: true, isDefault: false },
    ],
  },
] as const;

export const PRIORITIES = [
  { name: "Critical", color: "#dc2626" },
  { name: "High", color: "#ea580c" },
  { name: "Medium", color: "#ca8a04" },
  { name: "Low", color: "#16a34a" },
  { name: "Planning", color: "#2563eb" },
] as const;

export const CATEGORIES = ["Hardware", "Software", "Network", "Email", "Security", "Accounts"] as const;

export const SERVICES = [
  { name: "Remote Support", rate: 125, active: true },
  { name: "Onsite Support", rate: 150, active: true },
  { name: "Network Maintenance", rate: 140, active: true },
  { name: "Security Review", rate: 175, active: true },
  { name: "Project Work", rate: 160, active: true },
  { name: "Legacy Phone Support", rate: 95, active: false },
] as const;

export const TAGS = [
  { text: "vip", background: "#fde68a", color: "#92400e" },
  { text: "onboarding", background: "#bfdbfe", color: "#1e3a8a" },
  { text: "hardware", background: "#e5e7eb", color: "#374151" },
  { text: "network", background: "#bbf7d0", color: "#14532d" },
  { text: "recurring", background: "#fecaca", color: "#7f1d1d" },
  { text: "billing", background: null, color: null },
] as const;
