import type { Catalogue } from "../../catalogue-types";
import { app } from "./app";
import { auth } from "./auth";
import { list } from "./list";
import { settings } from "./settings";
import { ui } from "./ui";
import { ticket } from "./ticket";
import { conversation } from "./conversation";
import { fields } from "./fields";
import { pwa } from "./pwa";
import { newTicket } from "./new";
import { documents } from "./documents";
import { forMe } from "./for-me";
import { contact } from "./contact";
import { signOff } from "./sign-off";
import { errors } from "./errors";
import { time } from "./time";
import { timer } from "./timer";
import { checklist } from "./checklist";
import { tags } from "./tags";
import { sla } from "./sla";
import { changes } from "./changes";
import { duration } from "./duration";

export default {
  app,
  auth,
  list,
  settings,
  ui,
  ticket,
  conversation,
  fields,
  pwa,
  new: newTicket,
  documents,
  forMe,
  contact,
  signOff,
  errors,
  time,
  timer,
  checklist,
  tags,
  sla,
  changes,
  duration,
} satisfies Catalogue;
