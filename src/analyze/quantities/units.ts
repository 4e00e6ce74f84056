/**
 * Units Dateline recognises, each with its kind and its factor to the normalised unit (km, kg, °C, or the
 * money's ISO currency). Names are matched case-insensitively as whole words after a number.
 */
import type { Quantity } from '../../vocabulary.js';

export interface Unit {
  readonly names: readonly string[];
  readonly unit: string;
  readonly kind: Quantity['kind'];
  /** Normalised unit and the conversion into it. */
  readonly to: string;
  readonly factor: number;
  readonly offset?: number;
}

export const UNITS: readonly Unit[] = [
  { names: ['miles', 'mile', 'mi'], unit: 'mi', kind: 'distance', to: 'km', factor: 1.609344 },
  { names: ['nautical miles', 'nautical mile'], unit: 'nmi', kind: 'distance', to: 'km', factor: 1.852 },
  {
    names: ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'km'],
    unit: 'km',
    kind: 'distance',
    to: 'km',
    factor: 1,
  },
  { names: ['meters', 'metres', 'meter', 'metre'], unit: 'm', kind: 'distance', to: 'km', factor: 0.001 },
  {
    names: ['centimeters', 'centimetres', 'centimeter', 'centimetre', 'cm'],
    unit: 'cm',
    kind: 'distance',
    to: 'km',
    factor: 0.00001,
  },
  {
    names: ['millimeters', 'millimetres', 'millimeter', 'millimetre', 'mm'],
    unit: 'mm',
    kind: 'distance',
    to: 'km',
    factor: 0.000001,
  },
  { names: ['feet', 'foot', 'ft'], unit: 'ft', kind: 'distance', to: 'km', factor: 0.0003048 },
  { names: ['yards', 'yard', 'yd'], unit: 'yd', kind: 'distance', to: 'km', factor: 0.0009144 },
  { names: ['inches', 'inch'], unit: 'in', kind: 'distance', to: 'km', factor: 0.0000254 },
  { names: ['kilograms', 'kilogrammes', 'kilogram', 'kg', 'kilos'], unit: 'kg', kind: 'weight', to: 'kg', factor: 1 },
  { names: ['grams', 'grammes', 'gram'], unit: 'g', kind: 'weight', to: 'kg', factor: 0.001 },
  { names: ['milligrams', 'milligrammes', 'milligram', 'mg'], unit: 'mg', kind: 'weight', to: 'kg', factor: 0.000001 },
  { names: ['metric tons', 'tonnes', 'tonne'], unit: 't', kind: 'weight', to: 'kg', factor: 1000 },
  // US news: a bare "ton" is the short ton.
  { names: ['tons', 'ton'], unit: 'ton', kind: 'weight', to: 'kg', factor: 907.18474 },
  { names: ['pounds', 'pound', 'lbs', 'lb'], unit: 'lb', kind: 'weight', to: 'kg', factor: 0.45359237 },
  { names: ['ounces', 'ounce', 'oz'], unit: 'oz', kind: 'weight', to: 'kg', factor: 0.028349523 },
  {
    names: ['degrees fahrenheit', '°f', 'degrees f', '° f'],
    unit: '°F',
    kind: 'temperature',
    to: '°C',
    factor: 5 / 9,
    offset: -32,
  },
  {
    names: ['degrees celsius', 'degrees centigrade', '°c', 'degrees c', '° c'],
    unit: '°C',
    kind: 'temperature',
    to: '°C',
    factor: 1,
  },
  { names: ['percent', 'per cent', '%'], unit: '%', kind: 'other', to: '%', factor: 1 },
  { names: ['dollars', 'dollar'], unit: 'USD', kind: 'money', to: 'USD', factor: 1 },
  // Like a bare "$", a bare "cents" is read as US cents.
  { names: ['cents', 'cent'], unit: '¢', kind: 'money', to: 'USD', factor: 0.01 },
  { names: ['euros', 'euro'], unit: 'EUR', kind: 'money', to: 'EUR', factor: 1 },
  { names: ['pounds sterling'], unit: 'GBP', kind: 'money', to: 'GBP', factor: 1 },
  { names: ['yen'], unit: 'JPY', kind: 'money', to: 'JPY', factor: 1 },
  { names: ['yuan', 'renminbi'], unit: 'CNY', kind: 'money', to: 'CNY', factor: 1 },
  { names: ['won'], unit: 'KRW', kind: 'money', to: 'KRW', factor: 1 },
  { names: ['rubles', 'roubles', 'ruble', 'rouble'], unit: 'RUB', kind: 'money', to: 'RUB', factor: 1 },
  { names: ['rupees', 'rupee'], unit: 'INR', kind: 'money', to: 'INR', factor: 1 },
];

/** Currency signs and codes written before the number, with the currency each stands for. */
export const CURRENCY_PREFIXES: readonly { readonly sign: string; readonly currency: string }[] = [
  { sign: 'US$', currency: 'USD' },
  { sign: 'C$', currency: 'CAD' },
  { sign: 'A$', currency: 'AUD' },
  { sign: 'HK$', currency: 'HKD' },
  { sign: '$', currency: 'USD' }, // the default reading in English-language news
  { sign: '€', currency: 'EUR' },
  { sign: '£', currency: 'GBP' },
  { sign: '¥', currency: 'JPY' },
  { sign: '₩', currency: 'KRW' },
  { sign: '₽', currency: 'RUB' },
  { sign: '₹', currency: 'INR' },
  { sign: 'USD ', currency: 'USD' },
  { sign: 'EUR ', currency: 'EUR' },
  { sign: 'GBP ', currency: 'GBP' },
];

/** Scale words after a number. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
]);
