import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Attribution, Entity } from '../../vocabulary.js';
import { splitSentences } from '../sentences/sentences.js';
import { findEntities } from '../entities/entities.js';
import { findAttributions } from './attributions.js';
import { dumpBody } from './seed-body.js';

const run = (text: string) => findAttributions(text, splitSentences(text), []);
const seed = new URL('../../../../shared/data/seed/kim-putin-train.txt', import.meta.url);

function row(atts: Attribution[], speaker: RegExp, said: string): Attribution | undefined {
  return atts.find(
    (a) => a.speaker && speaker.test(`${a.speaker.name} ${a.speaker.text}`) && `${a.content} ${a.quote}`.includes(said),
  );
}

describe('findAttributions', () => {
  it('reads "X said (that) …" and "…, X said." and the quoted words', () => {
    const t = 'The ministry said that prices would rise. "We will not give up," Smith said. Talks went on.';
    const [a, b] = run(t);
    expect(a).toMatchObject({ cue: 'said', content: 'prices would rise', quote: null });
    expect(a!.speaker!.name).toBe('ministry');
    expect(b).toMatchObject({ cue: 'said', content: 'We will not give up', quote: 'We will not give up,' });
    expect(b!.speaker!.name).toBe('Smith');
    expect(t.slice(b!.contentSpan.start, b!.contentSpan.end)).toBe(b!.content);
  });

  it('builds the chain for "citing X, Y reported" and "…, according to Z"', () => {
    const t =
      'Citing two senior officials, the Daily Planet reported that the plant closed. ' +
      'The company confirmed the closure on Monday, according to the Associated Press.';
    const [a, b] = run(t);
    expect(a!.speaker).toMatchObject({ name: 'two senior officials', anonymous: true });
    expect(a!.via.map((v) => v.name)).toEqual(['Daily Planet']);
    expect(b!.speaker!.name).toBe('company');
    expect(b!.via.map((v) => v.name)).toEqual(['Associated Press']);
    expect(b!.content).toBe('the closure on Monday');
  });

  it('resolves a pronoun to the most recent compatible speaker and leaves scare quotes unattributed', () => {
    const t = 'Acme Corp announced a recall. It also stated that no one was hurt. The "cover-up" went on for weeks.';
    const atts = run(t);
    expect(atts[1]!.speaker).toMatchObject({ name: 'Acme Corp', text: 'It' });
    const scare = atts.find((a) => a.quote === 'cover-up');
    expect(scare?.speaker).toBeNull();
  });

  it('reads a participle as the subject speaking, and "called" only with a quotation', () => {
    const [a, b, c] = run(
      'The agency welcomed the ruling, saying it would appeal nothing. Critics called it a "sham." Fans called him often.',
    );
    expect(a).toMatchObject({ cue: 'saying', content: 'it would appeal nothing' });
    expect(a!.speaker!.name).toBe('agency');
    expect(b).toMatchObject({ cue: 'called', quote: 'sham.' });
    expect(c).toBeUndefined();
  });

  it('reads plural-present cues only with "that", and cognition cues with a clause', () => {
    const atts = run(
      'Most economists argue that tariffs hurt consumers. The firm will announce its results. ' +
        'Analysts expect a rebound. NASA believes the find is further evidence of water.',
    );
    const said = atts.filter((a) => a.speaker);
    expect(said.map((a) => a.speaker!.name)).toEqual(['Most economists', 'NASA']);
    expect(said[0]!.speaker!.anonymous).toBe(true);
    expect(said[1]).toMatchObject({ cue: 'believes', content: 'the find is further evidence of water' });
    const [relative] = run('It puts out 151 PS, which Nissan claims is a 20% improvement.');
    expect(relative).toMatchObject({ cue: 'claimed', content: 'is a 20% improvement' });
  });

  it('reads a cue set off by commas inside its content, and a description before the name after the cue', () => {
    const [a, b, c] = run(
      'That, Audi says, allows the car to light the road. Meanwhile, Doctor says, they are buying time. ' +
        'Revenue has not grown since 2008, says veteran industry analyst Ken Doctor.',
    );
    expect(a).toMatchObject({ content: 'That, Audi says, allows the car to light the road' });
    expect(b).toMatchObject({ content: 'they are buying time' });
    expect(b!.speaker!.name).toBe('Doctor');
    expect(c!.speaker!.name).toBe('Ken Doctor');
  });

  it('gives "and added" and a trailing participle to the speaker before them', () => {
    const [a, b, c] = run(
      'Volker said he never used the term and added, "I cringe when I hear it." ' +
        '"We have the largest network," he says, boasting that its servers can "deliver anywhere."',
    );
    expect(a).toMatchObject({ cue: 'said', content: 'he never used the term' });
    expect(b).toMatchObject({ cue: 'added', quote: 'I cringe when I hear it.' });
    expect(b!.speaker!.name).toBe('Volker');
    expect(c).toBeDefined();
    const boast = run('"We have the largest network," Buser says, boasting that its servers reach everyone.');
    expect(boast.map((x) => [x.speaker?.name, x.cue])).toEqual([
      ['Buser', 'said'],
      ['Buser', 'boasting'],
    ]);
  });

  it('reads a capitalised adverb as a name, and a heading word as nobody', () => {
    const [a] = run('In remote markets bandwidth is scarce, but Early still says Ubisoft are believers.');
    expect(a!.speaker!.name).toBe('Early');
    expect(run('Never urged Ukraine to investigate anyone.').filter((x) => x.speaker)).toHaveLength(0);
  });

  it('continues a paraphrase with the quotation after it, and reads a clause after a short addressee', () => {
    const atts = run(
      'Erekat said it was only the latest move.\n\n"They wanted us on our knees." ' +
        "Simpson told Polygraph.info the ministry's allegations are false.",
    );
    expect(atts.map((a) => [a.speaker?.name, a.content])).toEqual([
      ['Erekat', 'it was only the latest move'],
      ['Erekat', 'They wanted us on our knees'],
      ['Simpson', "the ministry's allegations are false"],
    ]);
  });

  it('keeps settings, opening adverbials, time words and titles out of speakers and contents', () => {
    const atts = run(
      'South Dakota\'s crisis is "growing fast," Noem said in the campaign\'s public service announcement. ' +
        'Later in the day, Volker testified before the committee. ' +
        '"We had issues," Mayer, the chairman, said Tuesday at a conference. ' +
        '"This is how epidemics begin," Dr. Luz Arroyo, a member of the group, told NBC News.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.name, a.content])).toEqual([
      ['Noem', 'South Dakota\'s crisis is "growing fast,"'],
      ['Mayer', 'We had issues'],
      ['Luz Arroyo', 'This is how epidemics begin'],
    ]);
  });

  it('resolves "he" to the person the sentence is about, and "the company" to the organization before', () => {
    const t =
      'Volker said he never did it. Morrison cited his testimony, in which he said others had raised it. ' +
      "Stadia is Google's bet, and the company has promised that games will stream.";
    const entity = (id: string, kind: Entity['kind'], name: string, word: string): Entity => {
      const start = t.indexOf(word);
      return { id, kind, name, aliases: [], mentions: [{ start, end: start + word.length, text: word }] };
    };
    const entities = [
      entity('p1', 'person', 'Kurt Volker', 'Volker'),
      entity('p2', 'person', 'Tim Morrison', 'Morrison'),
      entity('o1', 'organization', 'Google', 'Google'),
    ];
    const atts = findAttributions(t, splitSentences(t), entities);
    expect(atts.map((a) => [a.speaker?.name, a.speaker?.text])).toEqual([
      ['Kurt Volker', 'Volker'],
      ['Tim Morrison', 'he'],
      ['Google', 'the company'],
    ]);
  });

  it('reads addressees, long speaker phrases, groups of people, "per" and pronouns after a setting', () => {
    const atts = run(
      'The CDC assured the public on Weibo, a social media site, that the risks were "extremely low." ' +
        'Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says the risk continues. ' +
        'Israeli settlers, who form part of his base, said the change paved the way for annexation. ' +
        'Pneumonic plague is the deadliest form, per the WHO. ' +
        'In a post at the time she described this as the "worst case scenario" for her. ' +
        'The only two Arab states to have signed treaties criticised the move. Profit was $2 per share.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.name, a.cue])).toEqual([
      ['CDC', 'assured'],
      ['Joneigh Khaldun', 'said'],
      ['Israeli settlers', 'said'],
      ['WHO', 'per'],
      ['she', 'described'],
    ]);
  });

  it('reads "X reported, citing Y, that …" and keeps "the company" off a description', () => {
    const atts = run(
      'Reuters reported, citing two sources familiar with the matter, that the deal collapsed. ' +
        'The deal collapsed on Friday, Reuters reported, citing two sources. ' +
        'According to the ministry, prices rose. In a statement, the company denied any wrongdoing.',
    );
    expect(atts.map((a) => [a.speaker?.name, a.via.map((v) => v.name), a.content])).toEqual([
      ['two sources familiar with the matter', ['Reuters'], 'the deal collapsed'],
      ['two sources', ['Reuters'], 'The deal collapsed on Friday'],
      ['ministry', [], 'prices rose'],
      ['company', [], 'any wrongdoing'],
    ]);
  });

  it('gives a paragraph left inside a quotation to the speaker who closes the run, not the one before', () => {
    const atts = run(
      'Officials said the plan was late.\n\n' +
        '"This is the first paragraph. The company said nothing.\n\n' +
        '"This is the second paragraph," Smith said.',
    );
    expect(atts.map((a) => [a.speaker?.name, a.content])).toEqual([
      ['Officials', 'the plan was late'],
      ['Smith', 'This is the first paragraph. The company said nothing'],
      ['Smith', 'This is the second paragraph'],
    ]);
  });

  it('keeps "she" off a man the text calls "Mr."', () => {
    const t = 'Ms. Persson said the case was closed. Mr. Volker said he disagreed. She added that appeals were open.';
    const entity = (id: string, name: string, word: string): Entity => {
      const start = t.indexOf(word);
      return { id, kind: 'person', name, aliases: [], mentions: [{ start, end: start + word.length, text: word }] };
    };
    const entities = [entity('p1', 'Eva-Marie Persson', 'Persson'), entity('p2', 'Kurt Volker', 'Volker')];
    const atts = findAttributions(t, splitSentences(t), entities);
    expect(atts.map((a) => a.speaker?.name)).toEqual(['Eva-Marie Persson', 'Kurt Volker', 'Eva-Marie Persson']);
  });

  it('reads "with X suggesting that …" and "a study by X concluded that …", not "blood tests revealed"', () => {
    const atts = run(
      'There will be fast charging, with Audi suggesting that the car can top up in thirty minutes. ' +
        'A 2019 study by the Centre for Economic Policy Research, a think tank, concluded that consumers pay. ' +
        'Blood tests revealed that he had antibodies.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.name, a.cue])).toEqual([
      ['Audi', 'suggesting'],
      ['Centre for Economic Policy Research', 'concluded'],
    ]);
  });

  it('continues a quotation in the next sentence with the same speaker', () => {
    const atts = run('"We are ready," she said, turning to Jones. "We will fight."');
    expect(atts).toHaveLength(2);
  });

  it('reads a described name after the cue and plural heads of people before it', () => {
    const atts = run(
      'Costs can only be cut so far, says certified financial planner Ann Lee. ' +
        'Phones differ because assorted manufacturers believe that buyers want choice. ' +
        'Prices rose, said unnamed officials in Rome. The vans came, says reported damage. It rained, says local lore about Paris.',
    );
    expect(row(atts, /Ann Lee/, 'cut so far')?.speaker?.text).toBe('certified financial planner Ann Lee');
    expect(row(atts, /manufacturers/, 'buyers want choice')?.cue).toBe('believes');
    expect(row(atts, /unnamed officials in Rome/, 'Prices rose')).toBeDefined();
    // A name that does not end the clause is not the speaker, nor is a description with none.
    expect(atts.filter((a) => a.speaker)).toHaveLength(3);
  });

  it('reads "X was quoted (by Y) as saying …" with Y as the relay, not the speaker', () => {
    const atts = run(
      'The minister was quoted as saying the talks had failed. Smith was quoted by Reuters as saying that prices ' +
        'would rise. The book was quoted as evidence in court.',
    );
    expect(row(atts, /minister/, 'talks had failed')?.cue).toBe('quoted');
    const smith = row(atts, /Smith/, 'prices would rise');
    expect(smith?.via.map((v) => v.name)).toEqual(['Reuters']);
    expect(atts.filter((a) => a.speaker)).toHaveLength(2);
  });

  it('reads "called X a Y" and "sees X as Y" with an object and its complement, not counts, idioms or perception', () => {
    const atts = run(
      'The White House called the impeachment process a sham. The analyst sees the lineup as its weak spot. ' +
        'Privacy, which Apple views as a human right, is built in. She called it a day. ' +
        'He called his mother a few times. Police were called for a disturbance. Police saw him as he left.',
    );
    expect(row(atts, /White House/, 'impeachment process a sham')?.cue).toBe('called');
    expect(row(atts, /analyst/, 'lineup as its weak spot')?.cue).toBe('sees');
    expect(row(atts, /Apple/, 'a human right')).toBeDefined();
    expect(atts.filter((a) => a.speaker)).toHaveLength(3);
  });

  it('reads advice with an -ing clause, "shared with X that" and "know that", not adjectival or plain uses', () => {
    const atts = run(
      'Ann Lee suggests having a year of expenses in cash. Google recommends wiring the box to a router. ' +
        'Chief engineer Tom Hale shared with reporters that the frame is stiffer. They know that a crackdown would backfire. ' +
        'She shared a photo with fans. He knew the area well. Fans of Stadia’s recommended Chromecast will see it.',
    );
    expect(row(atts, /Ann Lee/, 'having a year')?.cue).toBe('suggested');
    expect(row(atts, /Google/, 'wiring the box')?.cue).toBe('recommended');
    expect(row(atts, /Tom Hale/, 'frame is stiffer')?.cue).toBe('shared');
    expect(row(atts, /They/, 'crackdown would backfire')?.cue).toBe('knows');
    expect(atts.filter((a) => a.speaker)).toHaveLength(4);
  });

  it('keeps a possessive company name before a speech verb that is never an adjective', () => {
    const atts = run("Moody's said the outlook was stable. Macy's told investors that sales would fall.");
    expect(row(atts, /Moody/, 'outlook was stable')?.cue).toBe('said');
    expect(row(atts, /Macy/, 'sales would fall')).toBeDefined();
  });

  it('keeps nouns in -ly inside a speaker phrase', () => {
    const atts = run("Representatives of Epstein's family suggested he may have been murdered. A key ally said no.");
    expect(row(atts, /Epstein's family/, 'murdered')).toBeDefined();
  });

  it("gives an unnamed spokesperson's words to the institution, and a named one to the person", () => {
    const atts = run(
      "Google's spokesman said the service was back. A spokesperson for Apple said the recall was voluntary. " +
        'A Pentagon spokeswoman said the drill ended. Taliban spokesman Zabihullah Mujahid said the base fell. ' +
        'A spokeswoman for the ministry said nothing changed.',
    );
    const names = atts.filter((a) => a.speaker).map((a) => [a.speaker!.name, a.speaker!.anonymous]);
    expect(names).toEqual([
      ['Google', false],
      ['Apple', false],
      ['Pentagon', false],
      ['Zabihullah Mujahid', false],
      ['spokeswoman for the ministry', true],
    ]);
  });

  it('reads "As X said (setting), <main clause>", leaving later speakers in it their own words', () => {
    const atts = run(
      'As Smith said, the plan is dead. As retiree Ann Lee wrote on her blog Save, Retire, "Saving is hard." ' +
        'As Emily Feng reports for NPR, the cases came to light last week, when authorities announced that two ' +
        'patients sought treatment. As Smith said in March.',
    );
    expect(row(atts, /Smith/, 'the plan is dead')).toBeDefined();
    expect(row(atts, /Ann Lee/, 'Saving is hard')?.content).toBe('Saving is hard');
    expect(row(atts, /Emily Feng/, 'came to light')?.content).toBe('the cases came to light last week');
    expect(row(atts, /authorities/, 'two patients sought treatment')).toBeDefined();
    expect(atts.filter((a) => a.speaker)).toHaveLength(4);
  });

  it('nests "according to X, which cited Y" and "according to an X report citing Y": Y speaks, X relays', () => {
    const atts = run(
      'According to Reuters, which cited two officials, the plant closed. ' +
        'The mine flooded, according to a Reuters report citing local police. The port reopened, according to AP.',
    );
    const plant = row(atts, /two officials/, 'the plant closed');
    expect(plant?.via.map((v) => v.name)).toEqual(['Reuters']);
    expect(row(atts, /police/, 'The mine flooded')?.via.map((v) => v.name)).toEqual(['Reuters']);
    expect(row(atts, /AP/, 'The port reopened')?.via).toEqual([]);
    expect(atts.filter((a) => a.speaker)).toHaveLength(3);
  });

  it('takes the next paragraph as the words of a cue that ends its paragraph with a colon, not a heading', () => {
    const atts = run(
      'Take a look at what PFF said about his performance:\n\nThe best player on defense was Joe Schobert, ' +
        'with two interceptions.\n\nHere is what the minister told reporters:\n\n"We will rebuild. Nothing will ' +
        'stop us."\n\nHere is what the early reviews say:\n\nWhat Does Stadia Offer?\n\nThe ministry said it ' +
        'would respond:\n\nNothing else happened here on that day.',
    );
    expect(row(atts, /PFF/, 'best player on defense')).toBeDefined();
    expect(row(atts, /minister/, 'Nothing will stop us')?.cue).toBe('told');
    expect(row(atts, /ministry/, 'it would respond')).toBeDefined();
    expect(atts.filter((a) => a.speaker)).toHaveLength(3);
  });

  it('keeps an open quotation of several sentences as one record, and its next paragraph with the speaker', () => {
    const atts = run(
      '“The drug was in her system,” her mother said.\n\n“As she deteriorated, the staff did all they could. ' +
        'They were fighting an uphill battle.\n\n“She was burning up from within.”',
    );
    const said = atts.filter((a) => a.speaker);
    expect(said.map((a) => [a.speaker!.name, a.content])).toEqual([
      ['her mother', 'The drug was in her system'],
      ['her mother', 'As she deteriorated, the staff did all they could. They were fighting an uphill battle'],
      ['her mother', 'She was burning up from within'],
    ]);
    expect(atts.filter((a) => !a.speaker)).toHaveLength(0);
  });

  it('reads a commitment with its infinitive, "divulged", and no speaker for "we\'re told"', () => {
    const atts = run(
      'He vowed to keep trying. Israel has pledged to punish the Authority. She promised to the crowd a new start. ' +
        'Officials divulged Thursday that the army had allowed two visits. ' +
        "We're told there is footage that cops are looking at. We've told them the deal is off.",
    );
    expect(atts.map((a) => [a.speaker?.text, a.content])).toEqual([
      ['He', 'to keep trying'],
      ['Israel', 'to punish the Authority'],
      ['Officials', 'the army had allowed two visits'],
      ["We've", 'the deal is off'],
    ]);
  });

  it('reads "…, X was quoted as saying (late Thursday) by Y." with the clause before X and Y as the relay', () => {
    const [a] = run(
      'Residents heard a loud thud west of Kyzyl, the Tuva government was quoted as saying late Thursday by the ' +
        'Interfax news agency.',
    );
    expect(a).toMatchObject({ cue: 'quoted', content: 'Residents heard a loud thud west of Kyzyl' });
    expect(a!.speaker!.name).toBe('Tuva government');
    expect(a!.via.map((v) => v.name)).toEqual(['Interfax']);
  });

  it('reads a setting ending in a colon before a quotation, quantities "of" people, and "emails obtained by X"', () => {
    const atts = run(
      'Opposition Leader Bill Shorten said in a letter to Abbott last month: “The concerns should be addressed.” ' +
        'Over the longer term, a number of analysts say that the two will play down the friction. ' +
        'Internal emails obtained by the Times show that the mayor knew of the plan for a year. ' +
        'Most of the damage was done by Monday, officials said in a statement on Tuesday.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.content])).toEqual([
      ['Opposition Leader Bill Shorten', 'The concerns should be addressed'],
      ['a number of analysts', 'the two will play down the friction'],
      ['Internal emails', 'the mayor knew of the plan for a year'],
      ['officials', 'Most of the damage was done by Monday'],
    ]);
    // A setting without the colon and quotation stays a setting.
    expect(run('Shorten said in a letter to Abbott last month.')).toHaveLength(0);
  });

  it('reads a second speaker after "and" when a quotation took the comma: “patently false,” and analysts told', () => {
    const atts = run(
      'The Pentagon rejected these accusations as “patently false,” and independent analysts told Polygraph.info ' +
        'the Russian claims are false.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.content])).toEqual([
      ['The Pentagon', 'these accusations as “patently false,”'],
      ['independent analysts', 'the Russian claims are false'],
    ]);
  });

  it('reads people named by an agent noun in -ist or -ian, and trades, not "-sist" verbs or a median', () => {
    const atts = run(
      'Islamist politicians have acknowledged that they did not realize the threat. ' +
        'The game crashes servers, according to a computer programmer. The median said prices would fall.',
    );
    expect(row(atts, /politicians/, 'did not realize')).toBeDefined();
    expect(row(atts, /programmer/, 'crashes servers')).toBeDefined();
    expect(atts.find((a) => a.speaker && /median/.test(a.speaker.text))).toBeUndefined();
  });

  it('takes the clause before "…, he said according to a transcript" as the content, the source as its chain', () => {
    const [a] = run(
      "These deals don't just pop up over night, he said according to a transcript reviewed by Business Insider.",
    );
    expect(a).toMatchObject({ cue: 'said', content: "These deals don't just pop up over night" });
    expect(a!.via).toHaveLength(1);
  });

  it('continues a speaker across a photo caption or subheading, not across prose', () => {
    const t =
      '“Greed is hurting the whales,” says Parata, an elder of the tribe.\n\n' +
      'Hori Parata at his farm, the place where he was born\n\n' +
      '“We’re having to put up with a lot of stuff today.”\n\n' +
      'Whale strandings\n\n' +
      '“When will we talk about what is hurting these animals?”\n\n' +
      'The tribe then moves in and holds a prayer.\n\n' +
      '“It’s very emotional.”';
    const atts = run(t);
    expect(row(atts, /Parata/, 'put up with a lot')).toBeDefined();
    expect(row(atts, /Parata/, 'When will we talk')).toBeDefined();
    expect(atts.find((a) => a.content.startsWith('It’s very emotional'))?.speaker).toBeNull();
  });

  it('continues a speaker across a question about them that the quotation answers', () => {
    const t =
      'Mara Quist, a second-year student, said she had queued since dawn. Why did she want to be first? ' +
      '“It is the last show he ever made.”';
    expect(row(run(t), /Mara Quist/, 'last show he ever made')).toBeDefined();
    const other = 'Mara Quist said she had queued since dawn. Why does the gallery open so late? “It is a scandal.”';
    expect(run(other).find((a) => a.content.startsWith('It is a scandal'))?.speaker ?? null).toBeNull();
  });

  it('continues a speaker across a paragraph of narrative about them, not one that names someone else', () => {
    const about =
      '“We lost everything,” said Hana Sato, who runs a bakery on the square.\n\n' +
      'The flood reached the second floor of her shop within an hour.\n\n' +
      '“I had never seen anything like it. Nobody had.”';
    expect(row(run(about), /Hana Sato/, 'never seen anything')).toBeDefined();
    const other =
      '“We lost everything,” said Hana Sato, who runs a bakery on the square.\n\n' +
      'Her neighbour Jun Ito was luckier: the water stopped at his door.\n\n' +
      '“I had never seen anything like it. Nobody had.”';
    expect(run(other).find((a) => a.content.startsWith('I had never'))?.speaker).toBeNull();
    const listed =
      '“We lost everything,” said Hana Sato.\n\nShe posted the bakery’s notice, which reads as follows:\n\n' +
      '“Closed until further notice. Thank you for your patience.”';
    expect(row(run(listed), /Hana Sato/, 'Closed until')).toBeUndefined();
  });

  it('reads "disputed/challenged the notion that …" and "disputed that …", not a contested object', () => {
    const atts = run(
      'Several historians have challenged the idea that the fire was an accident. ' +
        'The mayor disputed the notion that the budget was short. ' +
        'The club disputed that the fee was owed. The team challenged the ruling. Farmers disputed the bill.',
    );
    expect(row(atts, /historians/, 'the fire was an accident')?.cue).toBe('challenged');
    expect(row(atts, /mayor/, 'the budget was short')?.cue).toBe('disputed');
    expect(row(atts, /club/, 'the fee was owed')).toBeDefined();
    expect(atts.filter((a) => a.speaker)).toHaveLength(3);
  });

  it('reads "weighed in" after a quotation, not a weight', () => {
    const atts = run('“It was a long year,” Okafor weighed in. The crate weighed in at ten kilos.');
    expect(row(atts, /Okafor/, 'It was a long year')?.cue).toBe('weighed in');
    expect(atts.filter((a) => a.speaker)).toHaveLength(1);
  });

  it('reads "analysts expect X to …" in the plural present, not a singular target or "expected to"', () => {
    const atts = run(
      'Most economists expect the central bank to raise rates in June. Lisbon expects growers to double the harvest. ' +
        'The mayor is expected to resign.',
    );
    expect(row(atts, /economists/, 'the central bank to raise rates')).toBeDefined();
    expect(atts.filter((a) => a.speaker)).toHaveLength(1);
  });

  it('reads "ordered" with quoted words only', () => {
    const atts = run(
      '“Drop the bag! Show me your hands!” a police officer ordered. Whoever ordered that crate from the depot paid twice.',
    );
    expect(row(atts, /officer/, 'Drop the bag')?.cue).toBe('ordered');
    expect(atts.filter((a) => a.speaker)).toHaveLength(1);
  });

  it("reads a poll's shares of people as speakers", () => {
    const atts = run(
      'Two-thirds of tenants said rents were too high. 45 percent of farmers said the rain came late. ' +
        'Six in 10 nurses said they planned to stay. Most of those polled said the bridge should be rebuilt. ' +
        'Prices rose 30 percent, the agency said.',
    );
    expect(row(atts, /Two-thirds of tenants/, 'rents were too high')).toBeDefined();
    expect(row(atts, /45 percent of farmers/, 'the rain came late')).toBeDefined();
    expect(row(atts, /Six in 10 nurses/, 'planned to stay')).toBeDefined();
    expect(row(atts, /those polled/, 'the bridge should be rebuilt')).toBeDefined();
    expect(row(atts, /agency/, 'Prices rose 30 percent')).toBeDefined();
  });

  it('reads people by their field after "on" as one speaker phrase', () => {
    const [a, b] = run(
      'Experts on coastal erosion told the council that the dunes would not hold. A specialist on Peru said talks had stalled.',
    );
    expect(a!.speaker!.name).toBe('Experts on coastal erosion');
    expect(a!.content).toBe('the dunes would not hold');
    expect(b!.speaker!.name).toBe('specialist on Peru');
  });

  it('reads a survey, poll or figures as the source, with how it came out, not their determiner', () => {
    const atts = run(
      'The survey found that most tenants want longer leases. ' +
        'New figures show that rents rose by a third. ' +
        'Research conducted in three cities shows that evictions fell.',
    );
    expect(atts[0]!.speaker!.name).toBe('survey');
    expect(atts[1]!.speaker!.name).toBe('New figures');
    expect(atts[2]!.speaker!.name).toBe('Research conducted in three cities');
    expect(atts[2]!.content).toBe('evictions fell');
  });

  it('gives a quotation paragraph to the one earlier speaker the narrative paragraph before it names', () => {
    const head = '“The reef is dying,” says Mere Tane, a diver.\n\nThe boats came back at dawn.\n\n';
    const quote = '\n\n“It is a grief we carry every single day.”';
    const named = run(`${head}But for Tane the loss is personal.${quote}`);
    expect(row(named, /Mere Tane/, 'a grief we carry')).toBeDefined();
    const nobody = run(`${head}The crew then held a short prayer.${quote}`);
    expect(nobody.find((a) => a.content.includes('a grief we carry'))?.speaker).toBeNull();
    const two = run(`${head}But for Tane and Ruiz the loss is personal.${quote}`);
    expect(two.find((a) => a.content.includes('a grief we carry'))?.speaker).toBeNull();
  });

  it('continues a speaker with the next sentence when it ends on a quotation, not a title or a question', () => {
    const t =
      '“Sales fell every quarter,” says the broker Ana Ruiz. That forced years of “cuts that nobody on the floor wanted.”\n\n' +
      'Ruiz said the branch would close in May. Its last show was “The Long Road Home Again.”\n\n' +
      'Ruiz said the market had turned. Was it “the worst year we have seen?”';
    const atts = run(t);
    expect(row(atts, /Ruiz/, 'cuts that nobody')?.content).toBe(
      'That forced years of “cuts that nobody on the floor wanted.”',
    );
    expect(atts.find((a) => a.content.includes('Long Road'))?.speaker).toBeNull();
    expect(atts.find((a) => a.content.includes('worst year'))?.speaker).toBeNull();
  });

  it('continues a speaker across one narrative sentence in the same paragraph that names nobody else', () => {
    const t =
      '“The tasting is slow work,” Moreau says. But the last minute is always a thrill. “Every barrel tells a new story.”\n\n' +
      '“We sold out,” Moreau says. Then Dubois walked in with the ledger. “Nobody expected the rush this year.”\n\n' +
      '“It was cold,” Moreau says. The wind kept blowing. “Frost.”';
    const atts = run(t);
    expect(row(atts, /Moreau/, 'Every barrel tells')).toBeDefined();
    expect(atts.find((a) => a.content.startsWith('Nobody expected'))?.speaker).toBeNull();
    expect(atts.find((a) => a.content.startsWith('Frost'))?.speaker).toBeNull();
  });

  it('reads a cue set off by commas after an opening setting, with a capital after it', () => {
    const [a] = run('Within months of the acquisition, Forte said, Whole Foods was selling cheaper eggs.');
    expect(a).toMatchObject({
      cue: 'said',
      content: 'Within months of the acquisition, Forte said, Whole Foods was selling cheaper eggs',
    });
    expect(a!.speaker!.name).toBe('Forte');
  });

  it('gives a relative clause\'s cue to the noun before "who"/"which"/"that", and ends an appositive one at its comma', () => {
    const atts = run(
      'The plastic resists leaks, said the officials, who added that they were swapping 100 miles of line a year. ' +
        'The source, who said he had spoken to people inside the compound, told Reuters that Mugabe was fine. ' +
        'Oculus faces a lawsuit with ZeniMax Media, which accuses Facebook of "misappropriating" secrets.',
    );
    expect(row(atts, /officials/, 'swapping 100 miles')?.cue).toBe('added');
    const rel = row(atts, /source/, 'spoken to people');
    expect(rel?.content).toBe('he had spoken to people inside the compound');
    expect(row(atts, /source/, 'Mugabe was fine')?.cue).toBe('told');
    expect(row(atts, /ZeniMax/, 'misappropriating')?.speaker?.name).toBe('ZeniMax Media');
  });

  it('reads a second speaker after a contrast inside the first one\'s content: "even as X estimated that …"', () => {
    const atts = run(
      'He also claimed the tax cuts would pay for themselves even as the budget office estimated that they would add $250 billion.',
    );
    expect(row(atts, /He/, 'pay for themselves')?.content).toBe('the tax cuts would pay for themselves');
    expect(row(atts, /budget office/, 'add $250 billion')?.cue).toBe('estimated');
  });

  it('gives the verb after an appositive relative clause to the noun it hangs on: "…, the source, who said …, told X."', () => {
    const atts = run(
      'The figures are cabinet ministers who fled to the compound, the source, who said he had spoken to people inside the compound, told Reuters.',
    );
    expect(row(atts, /source/, 'cabinet ministers')?.cue).toBe('told');
    expect(row(atts, /source/, 'spoken to people')?.content).toBe('he had spoken to people inside the compound');
  });

  it('ends a sentence glued to a photo credit, not an abbreviation or a domain', () => {
    const atts = run(
      'There are 400 water main breaks a year in the city, an official said.CreditMichael Appleton for The Times\n\n' +
        'The ship broke up over Siberia, the space agency said.(Oleg Urusov/ photo via AP)\n\n' +
        'Emery, a writer for Snopes.com, said the claim was false.',
    );
    expect(row(atts, /official/, '400 water main breaks')?.content).toBe(
      'There are 400 water main breaks a year in the city',
    );
    expect(row(atts, /space agency/, 'broke up over Siberia')?.content).toBe('The ship broke up over Siberia');
    expect(row(atts, /Emery/, 'the claim was false')).toBeDefined();
  });

  it('reads a bare plural of people after an inverted cue, and a cue set off inside its clause takes all of it', () => {
    const atts = run(
      'The combination, say economists, marks a journey into uncharted territory. Prices will rise, said officials. ' +
        'Prices will rise, said days ago.',
    );
    expect(row(atts, /economists/, 'uncharted territory')?.content).toBe(
      'The combination, say economists, marks a journey into uncharted territory',
    );
    expect(row(atts, /officials/, 'Prices will rise')).toBeDefined();
    expect(atts.filter((a) => a.speaker)).toHaveLength(2);
  });

  it('reads a plural-present cognition cue set off by commas inside its clause: "…, scientists think, with …"', () => {
    const [a] = run('Climate change is to blame too, scientists think, with warming oceans moving prey closer.');
    expect(a!.speaker!.name).toBe('scientists');
    expect(a!.content).toContain('Climate change is to blame');
  });

  it('reads "described X as Y", an inverted "instructed", and research as a source', () => {
    const atts = run(
      'Alverson, a commissioner, described it as a stable but declining resource. The report described the scene. ' +
        '"Don’t get nervous," instructed Milton Velez. He instructed staff to leave. ' +
        'Now research shows the opposite is true: feeding babies peanuts prevents allergy.',
    );
    expect(row(atts, /Alverson/, 'stable but declining')?.cue).toBe('described');
    expect(row(atts, /Velez/, 'nervous')?.cue).toBe('instructed');
    expect(row(atts, /research/, 'the opposite is true')).toBeDefined();
    expect(atts.filter((a) => a.speaker)).toHaveLength(3);
  });

  it('reads each item of a list after "X said:" printed as unpunctuated paragraphs, not a link or prose after it', () => {
    const atts = run(
      'In a wide-ranging interview, President Obama also said:\n\n' +
        'The UK must stay in the EU to have influence on the world stage\n\n' +
        'He is confident the Iran nuclear deal will be passed by Congress\n\n' +
        'Syria needs a political solution in order to defeat the Islamic State group\n\n' +
        'Read the full transcript of his interview\n\n' +
        'Hours later, a gunman opened fire at a cinema.',
    );
    expect(row(atts, /Obama/, 'stay in the EU')).toBeDefined();
    expect(row(atts, /He|Obama/, 'Iran nuclear deal')).toBeDefined();
    expect(row(atts, /Obama/, 'Syria needs a political solution')).toBeDefined();
    expect(atts.filter((a) => a.speaker)).toHaveLength(3);
  });

  it("reads speech nested in a subordinate clause of another speaker's words, and elders as people", () => {
    const atts = run(
      'But indigenous elders say they aren’t being listened to when they tell the government their whale kin are sick.',
    );
    expect(row(atts, /elders/, 'listened to')?.content).toContain('when they tell the government');
    expect(row(atts, /they/, 'whale kin are sick')?.cue).toBe('told');
  });

  it('gives a quotation that closes the clause before a post-posed speaker to that speaker, unless a cue introduces it', () => {
    const atts = run(
      'To alleviate the threat, the officials said, the utility switched to vented covers, “so they cannot form a combustible amount,” Mr. McHugh said. ' +
        'Officials recalled that he said, "I will hurt her," the attorney\'s office said.',
    );
    expect(row(atts, /officials/, 'vented covers')?.content).not.toContain('combustible');
    expect(row(atts, /McHugh/, 'combustible')?.content).toBe('so they cannot form a combustible amount');
    expect(atts.find((a) => /attorney/.test(a.speaker?.text ?? '') && a.content === 'I will hurt her')).toBeUndefined();
  });

  it('reads a plural-present accusation with its object and "of" the charge, not without a charge or after a modal', () => {
    const atts = run(
      'Many Tunisians accuse the country’s political Islamists, who held power until 2013, of having been slow to respond. ' +
        'Critics accuse him. They will accuse the board of fraud.',
    );
    expect(row(atts, /Tunisians/, 'slow to respond')?.cue).toBe('accused');
    expect(atts.filter((a) => a.speaker)).toHaveLength(1);
  });

  it('reads a stance adjective with a clause ("X is adamant …"), not without one or with an expletive subject', () => {
    const atts = run(
      'The Press Council is concerned the laws would crush journalism. The union is adamant that pay must rise. ' +
        'Residents are concerned about the costs. It is certain that prices will rise. The bridge is certain to close.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.cue, a.content])).toEqual([
      ['The Press Council', 'concerned', 'the laws would crush journalism'],
      ['The union', 'adamant', 'pay must rise'],
    ]);
  });

  it('reads cognition and statement cues with "that", commitments to an addressee and "X as Y" judgements', () => {
    const atts = run(
      'The governor elaborated that the budget was balanced. The appeals court ruled that the ban was lawful. ' +
        'Investigators suspected that the fire had been set. Many voters felt that the race was over. ' +
        'The utility has promised the city that it will cap rates. The governor pledged to cut taxes. ' +
        'The party presented itself as the only safe choice. ' +
        'The suspected gunman fled. They feel like they could win. ' +
        'For older patients, another trial presented at the meeting held out hope.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.cue, a.content])).toEqual([
      ['The governor', 'explained', 'the budget was balanced'],
      ['The appeals court', 'observed', 'the ban was lawful'],
      ['Investigators', 'suspected', 'the fire had been set'],
      ['Many voters', 'believes', 'the race was over'],
      ['The utility', 'promised', 'it will cap rates'],
      ['The governor', 'promised', 'to cut taxes'],
      ['The party', 'portrayed', 'itself as the only safe choice'],
    ]);
  });

  it('reads offices and bodies of political news as speakers: the senator, the panel, the mayor, the rebels', () => {
    const atts = run(
      'The senator argued that the bill was flawed. The panel concluded that the rules were unclear. ' +
        'The mayor pledged to cut fares. The rebels claimed that the town had fallen.',
    );
    expect(atts.map((a) => a.speaker?.text)).toEqual(['The senator', 'The panel', 'The mayor', 'The rebels']);
  });

  it('reads progressives, "pointed out" and "made clear" with "that", and indirect questions after asked/wondered', () => {
    const atts = run(
      'Meanwhile, some critics are arguing that the market should police itself. The minister has pointed out that ' +
        'taxes fell. The study points to a gap. She asked whether the vote was fair. Police questioned the driver. ' +
        'He’d wondered what had gone wrong. The senator made clear that she would vote against it. ' +
        'It was reported that he left. He was asked to leave. The agency is denying visas to students.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.cue, a.content])).toEqual([
      ['some critics', 'argued', 'the market should police itself'],
      ['The minister', 'pointed out', 'taxes fell'],
      ['She', 'asked', 'whether the vote was fair'],
      ['He’d', 'wondered', 'what had gone wrong'],
      ['The senator', 'made clear', 'she would vote against it'],
    ]);
  });

  it('reads a quotation after a frame (an addressee, a setting, an aside) as the content, not the frame', () => {
    const atts = run(
      'The coroner, Tom Jenkins, told The Local Herald “You never know what you are taking.” ' +
        'She told me when I visited the plant in Leeds, “We check every batch by hand.” ' +
        'One reader wrote on the paper’s forum, a site that grew quickly: “The mayor has lost his way.” ' +
        'He told reporters he had read the report, “Climate Futures.” ' +
        'The minister said that the plan, “a disaster for all our farmers,” was over.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['Tom Jenkins', 'You never know what you are taking'],
      ['She', 'We check every batch by hand'],
      ['One reader', 'The mayor has lost his way'],
      ['He', 'he had read the report, “Climate Futures.”'],
      ['The minister', 'the plan, “a disaster for all our farmers,” was over'],
    ]);
  });

  it('reads an "as" clause inside or after the main clause, "As X states: “…”", and an opening source as the relay', () => {
    const atts = run(
      'Or maybe, as that blogger in Ohio suggested, the voters are just tired. ' +
        'The plan, as Smith noted, is dead in the water. Prices rose sharply last year, as Reuters reported on Monday. ' +
        'As the audit states: "The agency lost track of its own money." ' +
        'As the Ledger reports, the company announced that it would close two plants. ' +
        'Europa may be next, as NASA scientists have confirmed that they found water vapour.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content, a.via.map((v) => v.name)])).toEqual([
      ['blogger in Ohio', 'the voters are just tired', []],
      ['Smith', 'The plan, as Smith noted, is dead in the water', []],
      ['Reuters', 'Prices rose sharply last year', []],
      ['the audit', 'The agency lost track of its own money', []],
      ['the company', 'it would close two plants', ['Ledger']],
      ['NASA scientists', 'they found water vapour', []],
    ]);
  });

  it('reads "in X\'s words", "in the words of X" and "in his own words", not "in other words"', () => {
    const run2 = (t: string) => findAttributions(t, splitSentences(t), findEntities(t, []));
    const atts = run2(
      'In Dr. Tom Jenkins’s words, “Could the moment be tied to awareness?” ' +
        'The tax was a mistake, in the words of one senior official. ' +
        'Maria Lopez spoke last. In her own words, the system “is broken beyond repair.” ' +
        'In other words, the plan failed badly.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.name, a.cue, a.content])).toEqual([
      ['Tom Jenkins', 'words', 'Could the moment be tied to awareness'],
      ['one senior official', 'words', 'The tax was a mistake'],
      ['Maria Lopez', 'words', 'the system “is broken beyond repair.”'],
    ]);
  });

  it('splits a quotation glued to the sentence before, and joins a question to the name and cue after it', () => {
    const atts = run(
      'Costs rose 30 percent.“We have found pure cocaine,” he adds. ' +
        '“Why would anyone build that?” Dana Ruiz recalls thinking at the time. Is it over? Smith agreed.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['he', 'We have found pure cocaine'],
      ['Dana Ruiz', 'Why would anyone build that'],
    ]);
  });

  it('reads a noun cue with its possessor and a "that" clause, not a relative "that"', () => {
    const atts = run(
      'The most telling contradiction was his claim that he left the city in 2010. ' +
        'The vote came in light of Van Der Beek’s announcement that his wife had fallen ill. ' +
        'His claim that was rejected by the court is moot. The agency’s claim that costs fell was disputed.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.cue])).toEqual([
      ['his', 'claim'],
      ['Van Der Beek', 'announcement'],
      ['The agency', 'claim'],
    ]);
    expect(atts[0]!.content).toBe('he left the city in 2010');
  });

  it('reads indirect questions after explain/describe/detail, plural "regard X as Y", and "as <long name> has pointed out,"', () => {
    const atts = run(
      'The agency explained how the money was lost. The doctors detail how the man fell ill. ' +
        'Whale experts regard the bay as the stranding capital of the world. We see them as often as we can. ' +
        'Deficit hawks have warned for years that a reckoning is coming. ' +
        'But, as the Joint Committee on Intelligence and Security has pointed out, the law would be used against reporters.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['The agency', 'how the money was lost'],
      ['The doctors', 'how the man fell ill'],
      ['Whale experts', 'the bay as the stranding capital of the world'],
      ['Deficit hawks', 'a reckoning is coming'],
      ['the Joint Committee on Intelligence and Security', 'the law would be used against reporters'],
    ]);
  });

  it('reads no attribution in a negation, a hypothetical, a condition, a question or a negative quantifier', () => {
    const atts = run(
      'He did not say that the plan had failed. Critics might argue that the bill goes too far. ' +
        'The mayor didn’t tell us who won. If the minister said that, it would be news. ' +
        'Did the minister say that the vote was fair? Nobody believes that the deal will hold. ' +
        'The ministry confirmed that two men were held. Should the board say no, the yard will close. ' +
        'Had the mayor said yes, the pool would be open. “Why now?” he asked.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['The ministry', 'two men were held'],
      ['he', 'Why now'],
    ]);
  });

  it('reads "voiced concern that", a lone quantifier of people, and "called on X to …"', () => {
    const atts = run(
      'Though the government has tried, many have voiced concerns that officials are hiding the cases. ' +
        'The senator expressed confidence that the bill would pass. He expressed support for the plan that passed. ' +
        'Some argue that the plan is flawed. This is what it most fears: unrest at home. ' +
        'The senator called on the government to release the files. Critics called for an inquiry. He called on Monday.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['many', 'officials are hiding the cases'],
      ['The senator', 'the bill would pass'],
      ['Some', 'the plan is flawed'],
      ['The senator', 'the government to release the files'],
      ['Critics', 'an inquiry'],
    ]);
  });

  it('reads "some in the party", "a large body of studies", test results as sources, and "a colleague of X\'s" as unnamed', () => {
    const atts = run(
      'Meanwhile, some in the party are arguing that the markets should police themselves. ' +
        'A large body of studies has pointed out that the brain works at rest. ' +
        'Despite the test results that show that the vendors sell purer product, buyers worry. ' +
        'A colleague of Rothman’s then remembered that a student named Sarah Gille had studied there.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.speaker?.anonymous])).toEqual([
      ['some in the party', false],
      ['A large body of studies', false],
      ['the test results', false],
      ['A colleague of Rothman’s', true],
    ]);
  });

  it('reads an estimate or a projection as a source after "according to"', () => {
    const atts = run(
      'According to a CBO estimate, the plan would cut deficits by $4.8 trillion. ' +
        'The plan would cost $2 billion, according to the agency’s projections.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['a CBO estimate', 'the plan would cut deficits by $4.8 trillion'],
      ['the agency’s projections', 'The plan would cost $2 billion'],
    ]);
  });

  it('reads "claimed without evidence that …" past its setting, not "said without elaborating"', () => {
    const atts = run('The mayor has claimed without evidence that the vote was rigged. She said without elaborating.');
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['The mayor', 'the vote was rigged'],
    ]);
  });

  it('reads a participle after "by" or "while" as its clause\'s subject speaking, in a relative clause its noun', () => {
    const atts = run(
      'The governor responded to the criticism by saying that the law was fair. ' +
        'The firm quietly cut drivers’ rates, while claiming they do not need a union. The company grew by adding stores. ' +
        'The vote came with a warning about the ruling party, which tried to rally support by saying that turnout was high.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['The governor', 'the law was fair'],
      ['The firm', 'they do not need a union'],
      ['the ruling party', 'turnout was high'],
    ]);
  });

  it('reads "posted" with "that" or a colon before a quotation, not "posted a photo"', () => {
    const atts = run(
      'The former president posted on Truth Social that the trial was a sham. She posted a photo of the rally. ' +
        'He posted on X: “We will win.”',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['The former president', 'the trial was a sham'],
      ['He', 'We will win'],
    ]);
  });

  it('reads "…, Republicans argue." at a sentence end, an appositive after an inverted name, and "people familiar with …"', () => {
    const atts = run(
      'That is what Democrats want, Republicans argue. ' +
        'The measure is unconstitutional, said Laurence Tribe, a Harvard law professor. ' +
        'According to people familiar with the matter, the talks collapsed.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['Republicans', 'That is what Democrats want'],
      ['Laurence Tribe', 'The measure is unconstitutional'],
      ['people familiar with the matter', 'the talks collapsed'],
    ]);
  });

  it('reads past a quoted title in the setting before "that": said on NBC\'s “Meet the Press” that …', () => {
    const atts = run('The governor said Sunday on NBC’s “Meet the Press” that he would sign the bill.');
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['The governor', 'he would sign the bill'],
    ]);
  });

  it('gives a quotation before the speaker its content when a frame follows the cue', () => {
    const atts = run(
      '“Why not do it here?” Dana Ruiz told me when I visited the lab in Leeds. ' +
        '“He is amazing,” one user wrote on the forum, a site that sprang up after the original. ' +
        '“It is over,” he said, adding that the talks had failed.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['Dana Ruiz', 'Why not do it here'],
      ['one user', 'He is amazing'],
      ['he', 'It is over'],
      ['he', 'the talks had failed'],
    ]);
  });

  it('reads no content in an opening adverbial with a quoted title, nor "whenever" in a speaker phrase', () => {
    const atts = run(
      'In her book “A Paradise Built in Hell, Again,” Rebecca Solnit wrote of the purpose people find together. ' +
        '“In the end we won,” Smith said. The firm charges more whenever the data suggested that riders would pay.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.content])).toEqual([
      ['Smith', 'In the end we won'],
      ['the data', 'riders would pay'],
    ]);
  });

  it('gives a quotation split by its cue two records when its first half is a whole clause, else one', () => {
    const whole = run('“This advice cannot replace an exam,” he wrote, “but I know how hard it is to talk.”');
    expect(whole.map((a) => [a.speaker?.text, a.content])).toEqual([
      ['he', 'This advice cannot replace an exam'],
      ['he', 'but I know how hard it is to talk'],
    ]);
    const part = run('“When all the evidence is in,” he said, “you will see what happened.”');
    expect(part.map((a) => [a.speaker?.text, a.content, a.quote])).toEqual([
      [
        'he',
        'When all the evidence is in,” he said, “you will see what happened',
        'When all the evidence is in, … you will see what happened.',
      ],
    ]);
  });

  it("ends an appositive relative clause's content before the main clause's verb", () => {
    const atts = run(
      'The mayor, who has claimed without evidence that the vote was rigged, spoke in Ohio on Friday. ' +
        'The officials, who added that the talks had failed, left early.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => a.content)).toEqual([
      'the vote was rigged',
      'the talks had failed',
    ]);
  });

  it("gives a described subject's words to the name its appositive gives, and keeps a name before a description", () => {
    const atts = run(
      'The country’s foreign minister, Dana Kovac, urged allies to send more aid. ' +
        'Smith, a senior fellow at the institute, said prices would fall.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => a.speaker?.text)).toEqual(['Dana Kovac', 'Smith']);
  });

  it('reads "…, calling it “…”" as naming in quoted words, not "calling for" or "calling donors"', () => {
    const atts = run(
      'The senator blasted the ruling, calling it “a travesty of justice.” ' +
        'Protesters marched downtown, calling for his resignation. She spent the day calling donors.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker?.text, a.cue, a.quote])).toEqual([
      ['The senator', 'calling', 'a travesty of justice.'],
    ]);
  });

  it('reads a subject whose cue comes after a parenthesis of several words', () => {
    const atts = run(
      'Mayor Lena Ortiz (a Democrat elected in May) told reporters that the budget was balanced. ' +
        'Reviewer Sam Cole (who first reported the leak) noted that the files were old.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.content])).toEqual([
      ['Mayor Lena Ortiz', 'the budget was balanced'],
      ['Reviewer Sam Cole', 'the files were old'],
    ]);
  });

  it('names an institution the entity model tagged as a person, so "it" goes back to it', () => {
    const t = 'The Treasury Department said on Monday that it would sell bonds. It said demand was strong.';
    const start = t.indexOf('Department');
    const entities: Entity[] = [
      {
        id: 'p1',
        kind: 'person',
        name: 'Department',
        aliases: [],
        mentions: [{ start, end: start + 10, text: 'Department' }],
      },
    ];
    const atts = findAttributions(t, splitSentences(t), entities);
    expect(atts.map((a) => [a.speaker?.name, a.speaker?.text])).toEqual([
      ['Treasury Department', 'The Treasury Department'],
      ['Treasury Department', 'It'],
    ]);
  });

  it('reads verdicts "denounced X as Y", "shrugged X off as Y", not the same verbs without "as"', () => {
    const atts = run(
      'The mayor denounced the audit as a political stunt. Mr. Lund shrugged the polls off as noise. ' +
        'The rocket blasted off at noon. Voters slammed the door on him.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.content])).toEqual([
      ['The mayor', 'the audit as a political stunt'],
      ['Mr. Lund', 'the polls off as noise'],
    ]);
  });

  it('reads a share of a poll\'s people and a quantity of "them" as speakers', () => {
    const atts = run(
      'Most voters backed the levy, and 38% said they would pay more. About 20 percent said taxes were too high. ' +
        'The nurses met the board. Many of them said the wards were understaffed.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.content])).toEqual([
      ['38%', 'they would pay more'],
      ['20 percent', 'taxes were too high'],
      ['Many of them', 'the wards were understaffed'],
    ]);
  });

  it('gives a quotation after a colon frame to the subject, whatever its verb, not after a copula or a sign', () => {
    const atts = run(
      'The mayor offered a grim verdict: “We will run out of cash by June.” ' +
        'Dana Reyes, a pollster at Civis, summed it up as follows: “Voters want the roads fixed first.”',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.cue, a.content])).toEqual([
      ['The mayor', 'offered', 'We will run out of cash by June'],
      ['Dana Reyes', 'summed', 'Voters want the roads fixed first'],
    ]);
    expect(run('The mood was tense: “Nobody knows what comes next here.”').filter((a) => a.speaker)).toEqual([]);
    expect(run('The banner read: “No more cuts to our schools.”').filter((a) => a.speaker)).toEqual([]);
  });

  it('makes an outlet whose cue follows a whole attribution its via, and its cited sources the inner link', () => {
    const atts = run(
      'Border officials said the crossing had reopened, the Daily Ledger reported on Monday. ' +
        'The minister told aides he would resign, the Morning Star reported, citing two people close to him.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.content, a.via.map((v) => v.name)])).toEqual([
      ['Border officials', 'the crossing had reopened', ['Daily Ledger']],
      ['The minister', 'he would resign', ['two people close to him', 'Morning Star']],
    ]);
  });

  it('reads a figure after "a poll showed" and a statement after a demand as records of their own', () => {
    const atts = run(
      'A Harbor Institute poll showed the mayor’s approval at 31 percent. ' +
        'The council urged the mayor to resign, telling reporters that the city had lost faith in him. ' +
        'The mayor said the poll was wrong, adding that he would run again.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.cue, a.content])).toEqual([
      ['A Harbor Institute poll', 'found', 'the mayor’s approval at 31 percent'],
      ['The council', 'urged', 'the mayor to resign'],
      ['The council', 'telling', 'the city had lost faith in him'],
      ['The mayor', 'said', 'the poll was wrong, adding that he would run again'],
    ]);
  });

  it('reads a subject whose cue follows a restrictive relative clause or a setting', () => {
    const atts = run(
      'Two aides who sat in on the meeting said the governor was furious. ' +
        'The mother of a miner who died in Harlan has described how the company ignored the warnings. ' +
        'Senator Ruiz in a statement said the vote was rigged. ' +
        'The driver is a man who police said was armed.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.content])).toEqual([
      ['Two aides', 'the governor was furious'],
      ['The mother of a miner', 'how the company ignored the warnings'],
      ['Senator Ruiz', 'the vote was rigged'],
      ['police', 'was armed'],
    ]);
  });

  it('reads "project", "estimate" and "forecast" as cues only with "that"', () => {
    const atts = run(
      'The open-source Kestrel project as we know it began in 2009. Analysts project that sales will fall.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.content])).toEqual([
      ['Analysts', 'sales will fall'],
    ]);
  });

  it('gives "…, but said …" after another verb to the clause\'s subject, and "The spokesman" to no owner', () => {
    const atts = run('The spokeswoman declined to discuss the audit, but said the books were in order.');
    expect(atts.map((a) => [a.speaker?.name, a.speaker?.text, a.content])).toEqual([
      ['spokeswoman', 'The spokeswoman', 'the books were in order'],
    ]);
  });

  it('reads "issued a statement saying …" as the issuer\'s, and "X quoted Y as saying …" as Y\'s via X', () => {
    const atts = run(
      'The port authority issued a statement on Friday saying the cranes were safe. ' +
        'The Valley Courier quoted the sheriff as saying the road would reopen. He signed a letter saying nothing.',
    );
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.content, a.via.map((v) => v.name)])).toEqual([
      ['The port authority', 'the cranes were safe', []],
      ['the sheriff', 'the road would reopen', ['Valley Courier']],
    ]);
  });

  it('reads court papers and bills after "according to", and the clause an opening or inserted source reports', () => {
    const atts = run(
      'The clerk took $9,000 in cash, according to the indictment. ' +
        'According to the minutes of the hearing, the board voted 4-3. ' +
        'The aim, according to the draft bill, is to cap rents.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.content])).toEqual([
      ['the indictment', 'The clerk took $9,000 in cash'],
      ['the minutes', 'the board voted 4-3'],
      ['the draft bill', 'The aim, according to the draft bill, is to cap rents'],
    ]);
  });

  it('reads a poll released at a time as the speaker, with the outlet after it as its via', () => {
    const atts = run(
      'A Harbor Institute survey released on Monday showed support for the levy at 58%, the Valley Courier reported, ' +
        'up from 51% in May.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.content, a.via.map((v) => v.name)])).toEqual([
      ['A Harbor Institute survey released on Monday', 'support for the levy at 58%', ['Valley Courier']],
    ]);
  });

  it('reads a stance holder before an aside set off by commas', () => {
    const atts = run('Union leaders, for their part, are confident the strike will hold.');
    expect(atts.map((a) => [a.speaker?.text, a.cue, a.content])).toEqual([
      ['Union leaders', 'confident', 'the strike will hold'],
    ]);
  });

  it('reads a reflexive between subject and cue, and an opening "as" clause after a conjunction or adverb', () => {
    const atts = run(
      'The mayor herself said the count was wrong. But as the Ledger reported, the board said it would recount. ' +
        'Furthermore, as the Courier reported, the ballots were stored in a barn.',
    );
    expect(atts.map((a) => [a.speaker?.text, a.content, a.via.map((v) => v.name)])).toEqual([
      ['The mayor', 'the count was wrong', []],
      ['the board', 'it would recount', ['Ledger']],
      ['the Courier', 'the ballots were stored in a barn', []],
    ]);
  });

  it("gives a relative clause's cue to the people after the preposition its phrase sits in", () => {
    const atts = run('The county saw an increase in the number of farmers who said they would sell their land.');
    expect(atts.filter((a) => a.speaker).map((a) => [a.speaker!.text, a.content])).toEqual([
      ['the number of farmers', 'they would sell their land'],
    ]);
  });

  it.skipIf(!existsSync(seed))('gives the reference article its twelve attributions', () => {
    const atts = run(dumpBody(readFileSync(seed, 'utf8')));
    const kcna = /KCNA|Korean Central News Agency/;
    expect(row(atts, /both nations/, 'meeting')).toBeDefined();
    expect(row(atts, kcna, 'departure')).toBeDefined();
    expect(row(atts, /Yonhap/, 'accompanied')).toBeDefined();
    expect(row(atts, kcna, 'departed on Sunday afternoon')).toBeDefined();
    expect(row(atts, kcna, 'meet and hold discussions')?.speaker?.text).toBe('It');
    expect(row(atts, /Kremlin/, 'upcoming days')?.via.map((v) => v.name)).toEqual(['TASS']);
    expect(row(atts, kcna, 'warm farewell')).toBeDefined();
    const tbs = row(atts, /unnamed/, 'Khasan');
    expect(tbs?.speaker?.anonymous).toBe(true);
    expect(tbs?.via.map((v) => v.name)).toEqual(['TBS']);
    expect(row(atts, /Kremlin/, 'the coming days')?.via[0]?.text).toBe('its website');
    expect(row(atts, kcna, 'when or where')).toBeDefined();
    expect(row(atts, /TASS/, 'Vladivostok')?.speaker?.name).toBe('TASS');
    expect(row(atts, /White House/, 'We call on North Korea')).toBeDefined();
    expect(atts.find((a) => a.quote === 'increased military collaboration')?.speaker).toBeNull();
    expect(atts.filter((a) => a.speaker)).toHaveLength(12);
  });
});
