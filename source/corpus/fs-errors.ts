const MESSAGES: Record<string, string> = {
	ENOENT: "no such file or folder",
	EACCES: "permission denied",
	EPERM: "permission denied",
	EISDIR: "is a folder",
	ENOTDIR: "not a folder",
	ELOOP: "too many levels of symbolic links",
	EMFILE: "too many open files",
	EIO: "input/output error",
	ENOTREG: "not a regular file",
};

/** A short, human description of a file-system error, for a one-line warning. */
export function describeFsError(error: unknown): string {
	if (error && typeof error === "object" && "code" in error && typeof error.code === "string") {
		return MESSAGES[error.code] ?? error.code;
	}
	return errorMessage(error);
}

/** What an error says, on one line: for a warning, a notice or the status bar. */
export function errorMessage(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
}
