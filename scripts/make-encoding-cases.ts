/**
 * Writes the byte-level golden cases of test/corpus/extract/ (legacy encodings, gzip, binary), which cannot be
 * kept as readable source files: each page is written here as text and encoded with iconv-lite.
 * Run: npx tsx scripts/make-encoding-cases.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

const root = fileURLToPath(new URL('../test/corpus/extract', import.meta.url));

function page(head: string, title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head>${head}<title>${title}</title></head><body><nav><a href="/">⌂</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

function writeCase(name: string, bytes: Uint8Array, input: object, expected: object): void {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.bin'), bytes);
  writeFileSync(join(dir, 'input.json'), JSON.stringify(input, null, 2) + '\n');
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
}

const ru = [
  'Городской совет Северска утвердил план строительства нового моста через реку Томь, который должен соединить два района города к концу следующего года.',
  'По словам главы администрации, мост будет иметь четыре полосы движения и отдельную дорожку для велосипедистов, а его стоимость составит около трёх миллиардов рублей.',
];
writeCase(
  'windows-1251',
  iconv.encode(page('', 'Совет утвердил строительство моста', ru), 'windows-1251'),
  { url: 'https://news.example.ru/2026/bridge', headers: { 'content-type': 'text/html; charset=windows-1251' } },
  {
    title: 'Совет утвердил строительство моста',
    paragraphs: 2,
    firstParagraphStartsWith: 'Городской совет Северска',
    textIncludes: ['трёх миллиардов рублей'],
  },
);

const ja = [
  '市の教育委員会は、来年四月から市内のすべての小学校で給食費を無料にすると発表しました。対象となる児童はおよそ一万二千人です。',
  '委員会によりますと、必要な費用は年間およそ六億円で、国の交付金と市の基金を充てる予定だということです。',
];
writeCase(
  'shift-jis',
  iconv.encode(page('<meta charset="Shift_JIS">', '小学校の給食費を無料に', ja), 'shift_jis'),
  { url: 'https://news.example.jp/articles/lunch' },
  {
    title: '小学校の給食費を無料に',
    paragraphs: 2,
    firstParagraphStartsWith: '市の教育委員会は',
    textIncludes: ['およそ六億円'],
  },
);

const zh = [
  '市交通局周一宣布，地铁三号线北延段将于下月底开通运营，全长十二公里，共设八座车站。',
  '交通局表示，开通初期列车最小间隔为五分钟，高峰时段将视客流情况增加班次。',
];
writeCase(
  'gbk',
  iconv.encode(
    page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '地铁三号线北延段下月开通', zh),
    'gbk',
  ),
  { url: 'https://news.example.cn/metro' },
  {
    title: '地铁三号线北延段下月开通',
    paragraphs: 2,
    firstParagraphStartsWith: '市交通局周一宣布',
    textIncludes: ['最小间隔为五分钟'],
  },
);

const en = [
  'The county will reopen the old swimming baths on Castle Street in July after a two-year restoration that kept the Victorian tiles and the wooden changing cubicles.',
  'Tickets will cost the same as at the leisure centre, and the baths will open early on weekdays for lane swimming.',
];
writeCase(
  'gzip-input',
  gzipSync(Buffer.from(page('<meta charset="utf-8">', 'Victorian baths to reopen in July', en), 'utf8')),
  { url: 'https://local.example.co.uk/baths' },
  {
    title: 'Victorian baths to reopen in July',
    paragraphs: 2,
    firstParagraphStartsWith: 'The county will reopen the old swimming baths',
  },
);

writeCase(
  'binary-png',
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
  { url: 'https://example.com/image' },
  { reason: 'not-html' },
);

// Undeclared legacy pages: no content-type charset, no <meta charset>, no BOM, and not valid UTF-8, so the
// decoder must sniff the encoding from the bytes (WHATWG HTML's sniffing step) instead of assuming windows-1252.
writeCase(
  'undeclared-windows-1251',
  iconv.encode(page('', 'Совет утвердил строительство моста', ru), 'windows-1251'),
  { url: 'https://news.example.ru/2026/bridge-undeclared' },
  { title: 'Совет утвердил строительство моста', paragraphs: 2, firstParagraphStartsWith: 'Городской совет Северска', textIncludes: ['трёх миллиардов рублей'] }, // prettier-ignore
);
writeCase(
  'undeclared-shift-jis',
  iconv.encode(page('', '小学校の給食費を無料に', ja), 'shift_jis'),
  { url: 'https://news.example.jp/articles/lunch-undeclared' },
  { title: '小学校の給食費を無料に', paragraphs: 2, firstParagraphStartsWith: '市の教育委員会は', textIncludes: ['およそ六億円'] }, // prettier-ignore
);
writeCase(
  'undeclared-gbk',
  iconv.encode(page('', '地铁三号线北延段下月开通', zh), 'gbk'),
  { url: 'https://news.example.cn/metro-undeclared' },
  { title: '地铁三号线北延段下月开通', paragraphs: 2, firstParagraphStartsWith: '市交通局周一宣布', textIncludes: ['最小间隔为五分钟'] }, // prettier-ignore
);
const ko = [
  '서울시는 다음 달부터 시내버스 첫차 운행 시간을 삼십 분 앞당긴다고 오늘 밝혔습니다. 새벽에 출근하는 시민들의 불편을 덜기 위한 조치입니다.',
  '시는 이번 조치로 하루 평균 이만 명의 승객이 혜택을 볼 것으로 예상하고 있으며, 이용 현황을 살펴 노선을 늘릴 계획입니다.',
];
writeCase(
  'undeclared-euc-kr',
  iconv.encode(page('', '시내버스 첫차 삼십 분 앞당겨', ko), 'euc-kr'),
  { url: 'https://news.example.kr/bus-undeclared' },
  { title: '시내버스 첫차 삼십 분 앞당겨', paragraphs: 2, firstParagraphStartsWith: '서울시는 다음 달부터', textIncludes: ['이만 명의 승객이'] }, // prettier-ignore
);
const de = [
  'Der Gemeinderat von Überlingen hat am Dienstag beschlossen, die Fußgängerzone rund um den Münsterplatz bis zum Frühjahr zu erweitern und die Straßenbeleuchtung zu erneuern.',
  'Die Bürgermeisterin äußerte sich zufrieden: Die Geschäfte in der Altstadt hätten lange auf größere Flächen für Cafés und Märkte gewartet.',
];
writeCase(
  'undeclared-windows-1252',
  iconv.encode(page('', 'Überlingen erweitert die Fußgängerzone', de), 'windows-1252'),
  { url: 'https://news.example.de/fussgaengerzone-undeclared' },
  { title: 'Überlingen erweitert die Fußgängerzone', paragraphs: 2, firstParagraphStartsWith: 'Der Gemeinderat von Überlingen', textIncludes: ['Bürgermeisterin äußerte sich', 'Cafés und Märkte'] }, // prettier-ignore
);
// Too few non-ASCII bytes for any detector to judge: the spec's default, windows-1252, and no crash.
writeCase(
  'undeclared-short-fallback',
  iconv.encode(page('', 'Café reopens', ['The café on the corner reopened on Monday after a month of repairs to its roof.']), 'windows-1252'), // prettier-ignore
  { url: 'https://news.example.com/cafe-undeclared' },
  { title: 'Café reopens', paragraphs: 1, textIncludes: ['The café on the corner'] },
);
// A windows-1252 page whose header and <meta> both claim UTF-8 (a CMS template over legacy text): the bytes are
// not UTF-8, so the claim is not trusted and the page is decoded as sniffed, without U+FFFD.
const fr = [
  'Le conseil municipal de Besançon a voté mardi la rénovation complète du théâtre, fermé depuis l’été dernier après la découverte de fissures dans la façade.',
  'Selon l’adjointe chargée de la culture, les travaux dureront dix-huit mois et coûteront près de douze millions d’euros, financés en partie par la région.',
];
writeCase(
  'mislabelled-utf8-windows-1252',
  iconv.encode(page('<meta charset="utf-8">', 'Besançon rénove son théâtre', fr), 'windows-1252'),
  { url: 'https://news.example.fr/theatre', headers: { 'content-type': 'text/html; charset=UTF-8' } },
  { title: 'Besançon rénove son théâtre', paragraphs: 2, firstParagraphStartsWith: 'Le conseil municipal de Besançon', textIncludes: ['l’adjointe chargée de la culture', 'douze millions d’euros'] }, // prettier-ignore
);
