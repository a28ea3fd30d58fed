/**
 * Works out which conference a recap is about from its front matter and its opening lines:
 * "KubeCon Europe 2019", "San Diego", "Kubecon North America 2019", a date.
 */
import { RecapError } from '../errors.ts';
import type { Conference } from '../schema.ts';

interface Region {
	code: string;
	name: string;
	short: string;
	pattern: RegExp;
	cities: Record<string, string>;
}

const regions: Region[] = [
	{
		code: 'na',
		name: 'North America',
		short: 'NA',
		pattern: /\bnorth america\b|\bNA\b/,
		cities: {
			'san diego': 'United States', seattle: 'United States', austin: 'United States', boston: 'United States',
			chicago: 'United States', detroit: 'United States', 'los angeles': 'United States',
			'salt lake city': 'United States', atlanta: 'United States',
		},
	},
	{
		code: 'eu',
		name: 'Europe',
		short: 'EU',
		pattern: /\beurope\b|\bEU\b/,
		cities: {
			barcelona: 'Spain', copenhagen: 'Denmark', berlin: 'Germany', amsterdam: 'Netherlands',
			valencia: 'Spain', paris: 'France', london: 'United Kingdom',
		},
	},
	{ code: 'china', name: 'China', short: 'China', pattern: /\bchina\b/, cities: { shanghai: 'China', 'hong kong': 'China' } },
	{ code: 'japan', name: 'Japan', short: 'Japan', pattern: /\bjapan\b/, cities: { tokyo: 'Japan', yokohama: 'Japan' } },
	{ code: 'india', name: 'India', short: 'India', pattern: /\bindia\b/, cities: { mumbai: 'India', delhi: 'India', hyderabad: 'India' } },
];

/** How many opening lines are read for clues; the rest of a recap is about talks. */
const openingLines = 60;

export interface ConferenceChoice {
	slug: string;
	/** Set when the conference is not known yet and must be created. */
	created?: Conference;
}

/** Builds a conference entry for a slug like `kubecon-eu-2023`, or undefined for other slugs. */
export function conferenceFromSlug(slug: string, city?: string): Conference | undefined {
	const match = /^kubecon-([a-z]+)-(\d{4})$/.exec(slug);
	const region = match && regions.find((candidate) => candidate.code === match[1]);
	if (!match || !region) return undefined;
	const year = Number(match[2]);
	const country = city ? region.cities[city.toLowerCase()] : undefined;
	return {
		name: `KubeCon + CloudNativeCon ${region.name} ${year}`,
		shortName: `KubeCon ${region.short} ${year}`,
		year,
		...(city ? { city: titleCase(city) } : {}),
		...(country ? { country } : {}),
	};
}

function titleCase(text: string): string {
	return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/**
 * Chooses the conference.
 * @param known Known conferences by slug.
 * @throws RecapError when the text does not say, asking for `--conference`.
 */
export function detectConference(
	file: string,
	text: string,
	frontMatter: Record<string, unknown>,
	known: ReadonlyMap<string, Conference>,
): ConferenceChoice {
	const opening = [
		...Object.values(frontMatter).map((value) => (value instanceof Date ? value.toISOString() : String(value))),
		...text.split('\n').slice(0, openingLines),
	]
		.join('\n')
		.replace(/\bhttps?:\/\/\S+/g, ' ');
	const lower = opening.toLowerCase();
	const regionHits = regions
		.map((region) => {
			const city = Object.keys(region.cities).find((name) => lower.includes(name));
			// A region named beside the conference or a year ("Kubecon North America 2019") counts
			// double, as does a city; a passing mention ("run in Russia & China") counts once.
			const mentions = [...opening.matchAll(new RegExp(region.pattern, 'gi'))].reduce((score, match) => {
				const around = opening.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40);
				return score + (/kubecon|cloud ?native ?con|\b20[1-3]\d\b/i.test(around) ? 2 : 1);
			}, city ? 2 : 0);
			return { region, city, mentions };
		})
		.filter((hit) => hit.mentions > 0)
		.sort((a, b) => b.mentions - a.mentions);
	const years = [...opening.matchAll(/\b(20[1-3]\d)\b/g)].map((match) => Number(match[1]));
	const date = frontMatterDate(frontMatter.date);
	const year = date?.getUTCFullYear() ?? mostCommon(years);

	const best = regionHits[0];
	if (best && year && !(regionHits[1] && regionHits[1].mentions === best.mentions)) {
		const slug = `kubecon-${best.region.code}-${year}`;
		if (known.has(slug)) return { slug };
		return { slug, created: conferenceFromSlug(slug, best.city)! };
	}
	if (date) {
		const near = [...known].find(([, conference]) => {
			const start = conference.startDate?.getTime();
			return start !== undefined && Math.abs(start - date.getTime()) < 45 * 86_400_000;
		});
		if (near) return { slug: near[0] };
	}
	const candidates = [...known.entries()]
		.filter(([, conference]) => !year || conference.year === year)
		.map(([slug]) => slug);
	const found = year ? `found the year ${year} but no region, city or date` : 'found no conference name, city, year or date';
	throw new RecapError({
		file,
		line: 1,
		reason: `Expected the recap to name its conference, ${found}.`,
		fix: `pass --conference <slug>${candidates.length > 0 ? ` (known: ${candidates.join(', ')})` : ''}, or a new one like kubecon-eu-${year ?? 2019}.`,
	});
}

/** The most frequent value; on a tie, the one mentioned first (titles come first). */
function mostCommon(values: number[]): number | undefined {
	const counts = new Map<number, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || values.indexOf(a[0]) - values.indexOf(b[0]))[0]?.[0];
}

/** A front matter date, whether YAML gave a Date or an ISO string ("2019-05-23T23:00:00-01:00"). */
export function frontMatterDate(value: unknown): Date | undefined {
	if (value instanceof Date) return value;
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
	// The author's calendar day, whatever the time zone: 2019-05-23T23:00:00-01:00 is the 23rd.
	const date = new Date(value.slice(0, 10));
	return Number.isNaN(date.getTime()) ? undefined : date;
}
