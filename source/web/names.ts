/** The commands that bring news from the web into the library (their code is loaded only when one is run). */
export const WEB_COMMANDS = ["add", "feeds", "update", "remove", "export"] as const;
export type WebCommand = (typeof WEB_COMMANDS)[number];
