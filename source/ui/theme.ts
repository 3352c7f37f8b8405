import type { BoxProps } from "ink";
import { createContext, useContext } from "react";
import type { Capabilities } from "../terminal/capabilities.js";

type BorderStyle = NonNullable<BoxProps["borderStyle"]>;

/** Everything a component needs to draw for this terminal, in one place. */
export interface Theme {
	readonly capabilities: Capabilities;
	/** Colour for the focused pane's border and other accents; undefined without colour. */
	readonly accent: string | undefined;
	readonly border: { readonly focused: BorderStyle; readonly blurred: BorderStyle };
	readonly marker: string;
	/** Beside an article not read yet. */
	readonly unread: string;
	/** Drawn in the reader's gutter beside a quoted statement. */
	readonly quoteBar: string;
	/** Colour for quoted statements (they are italic and barred too); undefined without colour. */
	readonly quoteColor: string | undefined;
	readonly ellipsis: string;
	readonly separator: string;
}

const ASCII_FOCUSED: BorderStyle = {
	topLeft: "#",
	top: "=",
	topRight: "#",
	left: "#",
	right: "#",
	bottomLeft: "#",
	bottom: "=",
	bottomRight: "#",
};

const ASCII_BLURRED: BorderStyle = {
	topLeft: "+",
	top: "-",
	topRight: "+",
	left: "|",
	right: "|",
	bottomLeft: "+",
	bottom: "-",
	bottomRight: "+",
};

export function createTheme(capabilities: Capabilities): Theme {
	const { unicode, color } = capabilities;
	return {
		capabilities,
		accent: color ? "cyan" : undefined,
		border: unicode
			? { focused: "double", blurred: "single" }
			: { focused: ASCII_FOCUSED, blurred: ASCII_BLURRED },
		marker: unicode ? "▸" : ">",
		quoteBar: unicode ? "│" : "|",
		unread: unicode ? "•" : "*",
		quoteColor: color ? "green" : undefined,
		ellipsis: unicode ? "…" : "...",
		separator: unicode ? " · " : " - ",
	};
}

export const ThemeContext = createContext<Theme>(
	createTheme({ color: false, unicode: true, hyperlinks: false }),
);

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
