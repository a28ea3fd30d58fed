/** Narrows the /talks/ list as a person types; without JavaScript the whole list shows. */
export function setupTalkFilter(): void {
	const form = document.querySelector<HTMLFormElement>('[data-talk-filter]');
	if (!form) return;
	const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
	const select = form.querySelector<HTMLSelectElement>('select')!;
	const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
	const sections = [...document.querySelectorAll<HTMLElement>('[data-conference]')];
	form.addEventListener('submit', (event) => event.preventDefault());
	const apply = () => {
		const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
		let shown = 0;
		for (const section of sections) {
			const conferenceMatches = !select.value || section.dataset.conference === select.value;
			let inSection = 0;
			for (const item of section.querySelectorAll<HTMLElement>('[data-filter-text]')) {
				const visible = conferenceMatches && words.every((word) => item.dataset.filterText!.includes(word));
				item.hidden = !visible;
				if (visible) inSection++;
			}
			section.hidden = inSection === 0;
			shown += inSection;
		}
		status.textContent = words.length || select.value ? `${shown} talks match.` : '';
	};
	input.addEventListener('input', apply);
	select.addEventListener('change', apply);
}
