/**
 * The largest file the app uploads. The server takes up to 500 MB of any type by default, but its request
 * body stops at about 100 MB, and a refusal only ever comes back as a 500 (field-kit contract §3.2), after
 * the file waited in the queue. So the limit is checked on the device, where the technician can act.
 */
export const MAX_UPLOAD_BYTES = 100_000_000;
