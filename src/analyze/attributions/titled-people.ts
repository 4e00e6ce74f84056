/**
 * A definite title stands for the person named before with that title: "The senator said" after "Sen. Maria
 * Alvarez", "the former secretary of state" after "Former Secretary of State Helen Marsh", "The president" after
 * "President Dale Hammond", "the colonel" after "Col. Dana Reyes" (a rank is such a title). Political news names a
 * person once with the title, then calls them by it. A party label or a role in the race ("the Ohio Democrat", "the
 * Republican", "the candidate", "the challenger") stands for the person named last.
 */
import type { Entity } from '../../vocabulary.js';
import type { ResolvedParty } from './parties.js';

/** How far back (characters) the titled mention may be. */
const WINDOW = 1500;

/** A title word as the description prints it, and as it stands before a name (abbreviations from AP style). */
const TITLES: ReadonlyMap<string, string> = new Map([
  ['senator', 'Sen\\.|Senator'],
  ['governor', 'Gov\\.|Governor'],
  ['president', 'President'],
  ['vice president', 'Vice President'],
  ['congressman', 'Rep\\.|Representative|Congressman'],
  ['congresswoman', 'Rep\\.|Representative|Congresswoman'],
  ['representative', 'Rep\\.|Representative'],
  ['lawmaker', 'Sen\\.|Senator|Rep\\.|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman'],
  ['secretary', 'Secretary(?: of(?: the)? \\p{Lu}\\p{Ll}+)?'],
  ['mayor', 'Mayor'],
  ['prefect', 'Prefect'],
  ['sheriff', 'Sheriff'],
  ['speaker', 'Speaker'],
  ['attorney general', 'Attorney General'],
  ['judge', 'Judge'],
  ['justice', 'Justice'],
  ['ambassador', 'Ambassador'],
  ['general', 'Gen\\.|General'],
  ['colonel', 'Col\\.|Colonel'],
  ['lieutenant', 'Lt\\.|Lieutenant'],
  ['sergeant', 'Sgt\\.|Sergeant'],
  ['admiral', 'Adm\\.|Admiral'],
  ['corporal', 'Cpl\\.|Corporal'],
  ['major', 'Maj\\.|Major'],
  ['captain', 'Capt\\.|Captain'],
  ['commander', 'Cmdr\\.|Commander'],
  // Local government, courts and police, sport and spokespeople, as news names them once and then by the title.
  ['minister', 'Minister'],
  ['premier', 'Premier'],
  ['chancellor', 'Chancellor'],
  ['commissioner', 'Commissioner'],
  ['superintendent', 'Superintendent'],
  ['councilman', 'Councilman|Council member|Councilmember'],
  ['councilwoman', 'Councilwoman|Council member|Councilmember'],
  ['alderman', 'Ald\\.|Alderman'],
  ['alderwoman', 'Ald\\.|Alderwoman'],
  ['chief', 'Chief'],
  ['detective', 'Det\\.|Detective'],
  ['prosecutor', 'Prosecutor'],
  ['coach', 'Coach|coach'],
  ['manager', 'Manager|manager'],
  ['spokesman', 'spokesman|Spokesman'],
  ['spokeswoman', 'spokeswoman|Spokeswoman'],
  ['spokesperson', 'spokesperson|Spokesperson'],
  // Offices of legislatures and state and city government, named once before the name ("Majority Whip Renata Cole",
  // "State Treasurer Owen Bratt") or with the name apposed ("the governor's chief of staff, Brent Calloway").
  ['whip', 'Whip'],
  ['treasurer', 'Treasurer'],
  ['comptroller', 'Comptroller'],
  ['controller', 'Controller'],
  ['auditor', 'Auditor(?: General)?'],
  ['deputy', 'Deputy(?: \\p{Lu}\\p{Ll}+){0,2}'],
  ['press secretary', '[Pp]ress [Ss]ecretary,?'],
  ['chief of staff', '[Cc]hief of [Ss]taff,?'],
  ['campaign manager', '[Cc]ampaign [Mm]anager,?'],
  // Monarchs and rulers: "King Haakon …", "Emir Tamin …", then "the king", "the emir".
  ['king', 'King'],
  ['queen', 'Queen'],
  ['prince', '(?:Crown )?Prince'],
  ['princess', 'Princess'],
  ['emir', 'Emir'],
  ['sultan', 'Sultan'],
  ['sheikh', 'Sheikh'],
]);

/** "The senator", "the former secretary of state", "The two-term governor"; the title is group 1. */
const DEFINITE_TITLE = new RegExp(
  `^[Tt]he\\s+(?:(?:former|then-|outgoing|incoming|new|longtime|veteran|first-term|two-term|freshman|embattled)\\s*)?` +
    // "the deputy minister", "the acting mayor": the holder is named with the rank's full title before.
    `(?:(?:deputy|assistant|acting|interim)\\s+(?=\\p{Ll}))?` +
    // The longest title first: "the chief of staff" is no "chief" with an "of" phrase.
    `(${[...TITLES.keys()].sort((a, b) => b.length - a.length).join('|')})(?:\\s+of(?:\\s+the)?\\s+\\p{Ll}+)?$`,
  'u',
);

/** "the Ohio Democrat", "The Republican", "the candidate", "the 72-year-old challenger". */
const PARTY_LABEL =
  /^[Tt]he\s+(?:(?:\p{Lu}\p{Ll}+|former|longtime|first-time|\d+-year-old)\s+){0,2}(?:Democrat|Republican|candidate|nominee|challenger|incumbent|frontrunner|front-runner|businessman|businesswoman|billionaire)$/u;

interface TitlePatterns {
  before: RegExp;
  inside: RegExp;
  /** The title inside a longer name, and the person's name of two or three words after it (group 1). */
  within: RegExp;
}

const titleBefore = new Map<string, TitlePatterns>();
function titlePatterns(title: string): TitlePatterns {
  let p = titleBefore.get(title);
  if (!p) {
    const src = TITLES.get(title)!;
    p = {
      before: new RegExp(`(?:^|[^\\p{L}])(?:${src})\\s+$`, 'u'),
      inside: new RegExp(`^(?:${src})\\s`, 'u'),
      within: new RegExp(`(?:^|\\s)(?:${src})\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2})$`, 'u'),
    };
    titleBefore.set(title, p);
  }
  return p;
}

/** The person a definite title or party label at `at` stands for, or null when the phrase is neither or no one fits. */
export function titledPerson(
  text: string,
  phrase: string,
  at: number,
  entities: readonly Entity[],
): ResolvedParty | null {
  const title = DEFINITE_TITLE.exec(phrase)?.[1]?.toLowerCase();
  const label = !title && PARTY_LABEL.test(phrase);
  if (!title && !label) return null;
  const patterns = title ? titlePatterns(title) : null;
  let best: { e: Entity; start: number } | null = null;
  for (const e of entities) {
    // A name of one word that is itself a title ("Secretary") is the entity model's slip.
    if (e.kind !== 'person' || TITLES.has(e.name.toLowerCase())) continue;
    for (const m of e.mentions) {
      if (m.start >= at || m.start < at - WINDOW || (best && m.start <= best.start)) continue;
      if (
        patterns &&
        !patterns.inside.test(text.slice(m.start, m.end)) &&
        !patterns.before.test(text.slice(Math.max(0, m.start - 40), m.start))
      )
        continue;
      best = { e, start: m.start };
    }
  }
  if (!best) return patterns ? titledInOtherName(text, phrase, at, entities, patterns.within) : null;
  return {
    party: { entityId: best.e.id, name: best.e.name, text: phrase, anonymous: false },
    kind: 'person',
    at,
  };
}

/**
 * "Majority Whip Renata Cole", "State Treasurer Owen Bratt": the entity model takes a title after a capitalised word
 * with the name for one place or organization. The name after the title is the person's, with no entity of its own.
 */
function titledInOtherName(
  text: string,
  phrase: string,
  at: number,
  entities: readonly Entity[],
  within: RegExp,
): ResolvedParty | null {
  let best: { name: string; start: number } | null = null;
  for (const e of entities) {
    if (e.kind === 'person') continue;
    for (const m of e.mentions) {
      if (m.start >= at || m.start < at - WINDOW || (best && m.start <= best.start)) continue;
      const name = within.exec(text.slice(m.start, m.end))?.[1];
      if (name) best = { name, start: m.start };
    }
  }
  if (!best) return null;
  return { party: { entityId: null, name: best.name, text: phrase, anonymous: false }, kind: 'person', at };
}
