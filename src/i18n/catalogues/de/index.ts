import type { Catalogue } from "../../catalogue-types";
import { app } from "./app";
import { auth } from "./auth";
import { list } from "./list";
import { settings } from "./settings";

export default { app, auth, list, settings } satisfies Catalogue;
