/** Demo users with fixed addresses that people and tests rely on (issue 2). Password for all: alga-demo. */
export const DEMO_PASSWORD = "alga-demo";

export interface DemoUser {
  email: string;
  firstName: string;
  lastName: string | null;
  role: string;
  userType: "internal" | "client";
  inactive?: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "tech@example.com", firstName: "Taylor", lastName: "Morgan", role: "technician", userType: "internal" },
  { email: "alex.rivera@example.com", firstName: "Alex", lastName: "Rivera", role: "technician", userType: "internal" },
  { email: "jordan.lee@example.com", firstName: "Jordan", lastName: "Lee", role: "technician", userType: "internal" },
  { email: "priya.shah@example.com", firstName: "Priya", lastName: "Shah", role: "technician", userType: "internal" },
  { email: "sam.okafor@example.com", firstName: "Sam", lastName: "Okafor", role: "technician", userType: "internal" },
  // No last name: exercises the rule that assigned_to_name is null unless both names are set (contract §4.2).
  { email: "casey@example.com", firstName: "Casey", lastName: null, role: "technician", userType: "internal" },
  { email: "dispatch@example.com", firstName: "Riley", lastName: "Brooks", role: "dispatcher", userType: "internal" },
  {
    email: "former.tech@example.com",
    firstName: "Drew",
    lastName: "Fischer",
    role: "technician (inactive)",
    userType: "internal",
    inactive: true,
  },
  { email: "client@example.com", firstName: "Chris", lastName: "Walker", role: "client portal", userType: "client" },
];

export const CLIENT_NAMES = [
  "Acme Dental Group",
  "Brightline Logistics",
  "Cedar & Pine Law",
  "Harbor View Hotel",
  "Summit Accounting",
  "Greenfield School District",
  "Bluewater Marine",
  "Northstar Clinic",
  "Ironworks Manufacturing",
  "Maple Street Bakery",
  "Pinnacle Realty",
  "Riverside Veterinary",
] as const;

export const CITIES = ["Portland", "Seattle", "Boise", "Spokane", "Tacoma", "Eugene"] as const;

export const CONTACT_FIRST_NAMES = [
  "Maria",
  "James",
  "Aisha",
  "Tom",
  "Elena",
  "Marcus",
  "Hannah",
  "Diego",
  "Grace",
  "Omar",
  "Lena",
  "Victor",
  "Nora",
  "Felix",
  "Ivy",
  "Hugo",
  "Zara",
  "Leo",
] as const;

export const CONTACT_LAST_NAMES = [
  "Garcia",
  "Thompson",
  "Khan",
  "Becker",
  "Rossi",
  "Johnson",
  "Kim",
  "Hernandez",
  "Novak",
  "Haddad",
  "Dubois",
  "Silva",
  "Andersen",
  "Cohen",
  "Murphy",
  "Tanaka",
] as const;
