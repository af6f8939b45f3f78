/**
 * The feed's https URL and its webcal:// twin: calendar apps (Apple Calendar, Google Calendar via
 * the OS handler, Outlook) open a webcal link as a subscription rather than a one-off import.
 */
export function feedUrls(path: string, origin: string): { https: string; webcal: string } {
  const https = new URL(path, origin).toString();
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}
