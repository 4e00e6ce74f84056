import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { articleLanguage, languageOfText } from './language.js';

const fr =
  'Le conseil municipal de Besançon a voté mardi la rénovation complète du théâtre, fermé depuis l’été dernier ' +
  'après la découverte de fissures dans la façade. Selon l’adjointe chargée de la culture, les travaux dureront ' +
  'dix-huit mois et coûteront près de douze millions d’euros.';
const de =
  'Der Gemeinderat von Überlingen hat am Dienstag beschlossen, die Fußgängerzone rund um den Münsterplatz bis zum ' +
  'Frühjahr zu erweitern. Die Bürgermeisterin äußerte sich zufrieden: Die Geschäfte in der Altstadt hätten lange ' +
  'auf größere Flächen gewartet.';
const en =
  'The county will reopen the old swimming baths on Castle Street in July after a two-year restoration that kept ' +
  'the Victorian tiles and the wooden changing cubicles. Tickets will cost the same as at the leisure centre.';

describe('article language', () => {
  it('guesses the language of a body long enough to tell, and gives none for a few words', () => {
    expect(languageOfText(fr)).toBe('fr');
    expect(languageOfText(de)).toBe('de');
    expect(languageOfText(en)).toBe('en');
    expect(languageOfText('Home | News | Sport | Weather')).toBeNull();
  });

  it('takes what the page declares first, then the Content-Language header, then the text', () => {
    expect(articleLanguage('en', { 'content-language': 'fr' }, fr)).toBe('en');
    expect(articleLanguage(null, { 'content-language': 'fr-CA, en' }, en)).toBe('fr');
    expect(articleLanguage(null, {}, fr)).toBe('fr');
    expect(articleLanguage(null, undefined, 'Bref.')).toBeNull();
  });

  it('gives a French page that declares no language "fr"', () => {
    const page = `<html><head><title>Théâtre</title></head><body><article><h1>Besançon rénove son théâtre</h1>
      <p>${fr}</p><p>${fr}</p></article></body></html>`;
    const out = extract({ html: page, url: 'https://news.example.fr/theatre' });
    expect(out.ok && out.article.language).toBe('fr');
  });
});
