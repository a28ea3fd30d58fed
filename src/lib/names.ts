/** Names joined for display: "Matt Messinger, Galo Gimenez and Chris Campbell". */
export function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
