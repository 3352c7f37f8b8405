/**
 * The terminal's output stream as Ink sees it, less Ink's own resize handler.
 *
 * On a resize Ink repaints the frame it has (laid out for the old size) and
 * then the app, hearing of the new size, renders again: two repaints, the
 * first one wrong. parallax fills the alternate screen with a frame of
 * exactly the terminal's size, and Ink clears the screen itself when such a
 * frame shrinks, so Ink's handler adds nothing: without it a resize is one
 * repaint at the new size. Should Ink rename its handler, this does nothing
 * and a resize is two repaints again, as before.
 */
const ERASE_SCREEN = "\u001b[2J";

export function withSingleRepaint(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
	// Some terminals (xterm.js: VS Code, and the tests' headless one) keep the
	// cells past the right edge when narrowed, and only an erase of the whole
	// screen drops them. This listener comes before the app's, so the erase
	// comes before the new frame.
	let width = stdout.columns;
	stdout.on("resize", () => {
		if (stdout.columns < width) stdout.write(ERASE_SCREEN);
		width = stdout.columns;
	});
	const isInksResizeHandler = (event: string | symbol, listener: unknown) =>
		event === "resize" && typeof listener === "function" && listener.name === "resized";
	return new Proxy(stdout, {
		get(target, property) {
			if (
				property === "on" ||
				property === "addListener" ||
				property === "off" ||
				property === "removeListener"
			) {
				const method = Reflect.get(target, property, target) as (
					event: string | symbol,
					listener: (...args: unknown[]) => void,
				) => NodeJS.WriteStream;
				return (event: string | symbol, listener: (...args: unknown[]) => void) => {
					if (!isInksResizeHandler(event, listener)) method.call(target, event, listener);
					return target;
				};
			}
			const value = Reflect.get(target, property, target);
			return typeof value === "function" ? value.bind(target) : value;
		},
	});
}
