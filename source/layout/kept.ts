/**
 * Values kept per owner object and key, made the first time they are
 * asked for: an article list per width, a story's compare rows per pair of
 * sources, their layout per width. An owner's values go when it does; with
 * `limit`, an owner keeps at most that many, so that a burst of resizes
 * does not keep one for every width passed through.
 */
export function keptPerOwner<Owner extends object, Value>(
	limit = Number.POSITIVE_INFINITY,
): (owner: Owner, key: string, make: () => Value) => Value {
	const kept = new WeakMap<Owner, Map<string, Value>>();
	return (owner, key, make) => {
		let values = kept.get(owner);
		if (!values) {
			values = new Map();
			kept.set(owner, values);
		}
		let value = values.get(key);
		if (value === undefined) {
			value = make();
			if (values.size >= limit) values.clear();
			values.set(key, value);
		}
		return value;
	};
}
