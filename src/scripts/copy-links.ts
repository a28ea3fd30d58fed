/**
 * Copy-link buttons: one after every heading and lesson anchor, and the page's share
 * buttons. Links are absolute and built on the page's canonical URL, so what lands in a
 * wiki points at the published site, with the anchor.
 */
function canonical(): string {
	const link = document.querySelector<HTMLLinkElement>('link[rel=canonical]');
	return (link?.href ?? location.href).split('#')[0]!;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

async function copy(text: string, html?: string): Promise<void> {
	if (html && 'ClipboardItem' in window) {
		await navigator.clipboard.write([
			new ClipboardItem({
				'text/plain': new Blob([text], { type: 'text/plain' }),
				'text/html': new Blob([html], { type: 'text/html' }),
			}),
		]);
	} else await navigator.clipboard.writeText(text);
}

function confirm(button: HTMLButtonElement, status: HTMLElement | null, message: string): void {
	const label = button.dataset.label ?? button.textContent ?? '';
	button.dataset.label = label;
	button.textContent = 'Copied';
	if (status) status.textContent = message;
	setTimeout(() => {
		button.textContent = label;
	}, 1500);
}

export function setupCopyLinks(): void {
	const anchors = document.querySelectorAll<HTMLAnchorElement>('#main a.heading-anchor, #main a.lesson-anchor');
	const status = document.createElement('span');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	if (anchors.length > 0) document.body.append(status);
	for (const anchor of anchors) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-link';
		const what = anchor.querySelector('.visually-hidden')?.textContent?.replace(/^Link to /, '') ?? 'this section';
		button.innerHTML = '<span aria-hidden="true">Copy link</span>';
		button.setAttribute('aria-label', `Copy link to ${what}`);
		button.addEventListener('click', async () => {
			const url = `${canonical()}${anchor.getAttribute('href')}`;
			await copy(url);
			confirm(button, status, `Copied ${url}`);
			button.innerHTML = '<span aria-hidden="true">Copied</span>';
			setTimeout(() => (button.innerHTML = '<span aria-hidden="true">Copy link</span>'), 1500);
		});
		anchor.after(button);
	}
	for (const share of document.querySelectorAll<HTMLElement>('[data-share]')) {
		share.hidden = false;
		const title = share.dataset.title ?? document.title;
		const shareStatus = share.querySelector<HTMLElement>('[data-copy-status]');
		share.addEventListener('click', async (event) => {
			const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
			if (!button) return;
			const url = canonical();
			const kind = button.dataset.copy;
			if (kind === 'markdown') await copy(`[${title.replace(/([[\]])/g, '\\$1')}](${url})`);
			else if (kind === 'html') await copy(`${title} (${url})`, `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`);
			else await copy(url);
			confirm(button, shareStatus, `Copied ${kind === 'url' ? 'link' : `${kind} link`} to ${title}`);
		});
	}
}
