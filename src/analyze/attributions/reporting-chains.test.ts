import { describe, expect, it } from 'vitest';
import { speakerRecords } from './testing/records.js';

/** Chains of reporting (via.ts, channels.ts): who said it, and the outlets it came through, outermost last. */
const chained = (text: string): string[] => speakerRecords(text, { via: true });

describe('reporting chains', () => {
  it('makes an outlet that carried or broadcast the words a link of the chain', () => {
    expect(
      chained('The harbour will stay shut, the port director said in remarks aired by the national broadcaster.'),
    ).toEqual(['port director via national broadcaster: The harbour will stay shut']);
    expect(
      chained('In an interview televised by Radio Teranga, Mayor Ousmane Diallo said the market would reopen.'),
    ).toEqual(['Ousmane Diallo via Radio Teranga: the market would reopen']);
    expect(chained('“We will hold the line,” the commander said in comments aired on Channel 9.')).toEqual([
      'commander via Channel 9: We will hold the line',
    ]);
    expect(chained('Rationing will end next month, according to a cabinet statement carried by Tass.')).toEqual([
      'cabinet statement via Tass: Rationing will end next month',
    ]);
  });

  it('reads a participle after an "according to" source as describing it, not as the rest of the clause', () => {
    expect(chained('The drug cut deaths, according to a study published in the Lancet.')).toEqual([
      'study: The drug cut deaths',
    ]);
  });

  it('gives an outlet to the words of the frame that names it, not to the other records of its sentence', () => {
    expect(
      chained(
        'Grain exports will rise, the Courier reported, citing the farm ministry, which said in remarks aired by ' +
          'Radio Nord that the harvest was strong.',
      ),
    ).toEqual([
      'farm ministry via the Courier: Grain exports will rise',
      'farm ministry via Radio Nord, the Courier: the harvest was strong',
    ]);
  });

  it('does not take a time for an outlet', () => {
    expect(chained('The bridge is sound, the engineer said in remarks broadcast on Thursday.')).toEqual([
      'engineer: The bridge is sound',
    ]);
  });

  it('does not take an author for an outlet', () => {
    expect(chained('The ministry said in a statement released by its press office that talks would resume.')).toEqual([
      'ministry: talks would resume',
    ]);
  });

  it('reads a clause opened by a quantity as the content before its cue, and keeps the chain', () => {
    expect(chained('At least 30 homes were flooded, the Valley Courier reported, citing the county sheriff.')).toEqual([
      'county sheriff via Valley Courier: At least 30 homes were flooded',
    ]);
    expect(chained('At the inquest, the coroner said the fall was an accident.')).toEqual([
      'coroner: the fall was an accident',
    ]);
  });

  it('gives the cited source’s own words the outlet that cited it', () => {
    expect(
      chained(
        'The ferry ran aground near the breakwater, the Coastal Times reported, citing the county sheriff, who said ' +
          'no one was hurt.',
      ),
    ).toEqual([
      'county sheriff via Coastal Times: The ferry ran aground near the breakwater',
      'county sheriff via Coastal Times: no one was hurt',
    ]);
  });

  it('reads a chain two deep after words whose quotation closes on the comma', () => {
    expect(
      chained(
        'The minister called for the coast guard to stay on “full alert,” Tass reported, according to the Baltic ' +
          'news agency Mirna.',
      ),
    ).toEqual(['minister via Tass, Mirna: the coast guard to stay on “full alert,”']);
    expect(chained('The council said the budget was “a disgrace,” Ruth Abara said.')).not.toContainEqual(
      expect.stringMatching(/via Ruth Abara/),
    );
  });

  it('reads "called for" an addressee and an infinitive as a demand', () => {
    expect(chained('The governor called for the sheriff to resign.')).toEqual(['governor: the sheriff to resign']);
    expect(chained('The teachers called on the board to reopen the school.')).toEqual([
      'teachers: the board to reopen the school',
    ]);
  });

  it('reads "called for" a demanded thing as a demand, not a summons, an order or a person sent for', () => {
    expect(chained('The league called for an inquiry.')).toEqual(['league: an inquiry']);
    expect(chained('Union leaders have called for fresh talks with the port authority.')).toEqual([
      'Union leaders: fresh talks with the port authority',
    ]);
    expect(chained('The mayor called for restraint after the verdict.')).toEqual([
      'mayor: restraint after the verdict',
    ]);
    expect(chained('He called for pizza after the late session.')).toEqual([]);
    expect(chained('Deputies were called for a disturbance on Alder Street.')).toEqual([]);
    expect(chained('The coach called for him at halftime.')).toEqual([]);
    expect(chained('The blueprint calls for a second runway.')).toEqual([]);
  });
});
