// The baseline: a bare Ink 8 app that shows a bordered list and an article
// and scrolls it with j, nothing else, run straight from node_modules (not
// bundled). The benchmark reports parallax's figures as ratios to this one,
// so that the speed of the machine cancels out.
import { readFileSync } from "node:fs";
import { Box, render, Text, useApp, useInput, useWindowSize } from "ink";
import { createElement as h, useState } from "react";

const file =
	process.argv[2] ?? new URL("../articles/000-thegrio-bloomberg-severs-ties.md", import.meta.url);
const text = readFileSync(file, "utf8").replace(/^---[\s\S]*?\n---\n/, "");
const paragraphs = text
	.split(/\n\s*\n/)
	.map((p) => p.replace(/\s+/g, " ").trim())
	.filter(Boolean);

function wrapLines(width) {
	const lines = [];
	for (const paragraph of paragraphs) {
		let line = "";
		for (const word of paragraph.split(" ")) {
			if (line && line.length + 1 + word.length > width) {
				lines.push(line);
				line = word;
			} else line = line ? `${line} ${word}` : word;
		}
		lines.push(line, "");
	}
	return lines;
}

function App() {
	const { columns, rows } = useWindowSize();
	const [top, setTop] = useState(0);
	const { exit } = useApp();
	const listWidth = 32;
	const height = rows - 3;
	const lines = wrapLines(columns - listWidth - 4);
	useInput((input) => {
		if (input === "j") setTop((t) => Math.min(t + 1, Math.max(0, lines.length - height)));
		if (input === "k") setTop((t) => Math.max(0, t - 1));
		if (input === "q") exit();
	});
	return h(
		Box,
		{ width: columns, height: rows },
		h(
			Box,
			{ width: listWidth, borderStyle: "single", flexDirection: "column" },
			h(Text, null, "theGrio"),
			h(Text, null, "Business Insider Australia"),
		),
		h(
			Box,
			{ flexGrow: 1, borderStyle: "single", flexDirection: "column", paddingX: 1 },
			...lines
				.slice(top, top + height)
				.map((line, i) => h(Text, { key: i, wrap: "truncate" }, line || " ")),
		),
	);
}

const instance = render(h(App), { alternateScreen: true, interactive: true, exitOnCtrlC: true });
await instance.waitUntilExit();
