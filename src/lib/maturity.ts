/** CNCF maturity at a point in time, from the dates a project entered each level. */
import type { Project } from './schema.ts';

export type Maturity = Project['maturity'];

/**
 * The maturity a project had on `date`: Helm was incubating in 2019, graduated in 2020.
 * Returns `none` before the project joined the CNCF, and the current level when the
 * project has no dates (not CNCF-hosted).
 */
export function maturityAt(project: Pick<Project, 'maturity' | 'dates'>, date: Date): Maturity {
	const { dates } = project;
	if (!dates.accepted) return project.maturity;
	const time = date.getTime();
	if (time < dates.accepted.getTime()) return 'none';
	const steps: [Maturity, Date | undefined][] = [
		['archived', dates.archived],
		['graduated', dates.graduated],
		['incubating', dates.incubating],
	];
	for (const [level, since] of steps) if (since && time >= since.getTime()) return level;
	return 'sandbox';
}

/** Human label for a maturity level. */
export function maturityLabel(maturity: Maturity): string {
	return maturity === 'none' ? 'not a CNCF project' : maturity;
}
