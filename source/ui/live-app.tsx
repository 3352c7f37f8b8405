import { useSyncExternalStore } from "react";
import type { LiveSession } from "../live.js";
import { App } from "./app.js";

interface LiveAppProps {
	readonly session: LiveSession;
	readonly copy?: (text: string) => void;
}

/** The reader over a session whose corpus R may replace: started again on the new one, where it was. */
export function LiveApp({ session, copy }: LiveAppProps) {
	const view = useSyncExternalStore(session.subscribe, session.snapshot);
	return (
		<App
			key={view.generation}
			corpus={view.corpus}
			indexing={view.indexing}
			initial={view.initial}
			copy={copy}
			remember={session.remember}
			refresh={session.refresh}
			status={view.status}
		/>
	);
}
