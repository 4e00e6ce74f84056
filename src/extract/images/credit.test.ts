import { describe, expect, it } from 'vitest';
import { parseHtmlFragment, isElement, type Element } from '../dom/tree.js';
import { captionFromFigure, splitCaptionCredit } from './credit.js';

describe('splitCaptionCredit', () => {
  const cases: ReadonlyArray<[string, string | null, string | null]> = [
    [
      'Kim Jong Un leaves North Korea on train to meet Putin, US warns against weapon selling (Image: KCNA/Kyodo)',
      'Kim Jong Un leaves North Korea on train to meet Putin, US warns against weapon selling',
      'KCNA/Kyodo',
    ],
    ['Protesters march in London. Photo: Jane Doe', 'Protesters march in London.', 'Jane Doe'],
    ['Protesters march. Photograph: Jane Doe/Reuters', 'Protesters march.', 'Jane Doe/Reuters'],
    ['Protesters in Paris. John Smith/Getty Images', 'Protesters in Paris.', 'John Smith/Getty Images'],
    [
      'A man walks by a store. (AP Photo/Charles Rex Arbogast)',
      'A man walks by a store.',
      'AP Photo/Charles Rex Arbogast',
    ],
    [
      'The skyline at dusk. Credit: Jane Doe for The New York Times',
      'The skyline at dusk.',
      'Jane Doe for The New York Times',
    ],
    ['A view of the city © Jane Doe', 'A view of the city', 'Jane Doe'],
    ['Image source, Getty Images Image caption, Rishi Sunak speaking', 'Rishi Sunak speaking', 'Getty Images'],
    ['Firefighters battle the blaze (Reuters)', 'Firefighters battle the blaze', 'Reuters'],
    ['The team celebrates | Photo by Jane Doe', 'The team celebrates', 'Jane Doe'],
    ['Smoke rises. (Photo by Jane Roe/AFP via Getty Images)', 'Smoke rises.', 'Jane Roe/AFP via Getty Images'],
    [
      'Salt seeped underground.CreditChang W. Lee/The New York Times',
      'Salt seeped underground.',
      'Chang W. Lee/The New York Times',
    ],
    [
      'Un Népalais prie à Katmandou. (Photo Prakash Mathema. AFP)',
      'Un Népalais prie à Katmandou.',
      'Prakash Mathema. AFP',
    ],
    ['Prices fell. (Ellen M. Banner / The Seattle Times)', 'Prices fell.', 'Ellen M. Banner / The Seattle Times'],
    ['Back to the Moon [SpaceX via Nasa]', 'Back to the Moon', 'SpaceX via Nasa'],
    ['«Vape Wave» et «Braguino» DR', '«Vape Wave» et «Braguino»', 'DR'],
    [
      'Talks at Credit Suisse (Published Monday, Nov. 18, 2019)',
      'Talks at Credit Suisse (Published Monday, Nov. 18, 2019)',
      null,
    ],
    ['Photo: AFP', null, 'AFP'],
    ['A photo of a cat', 'A photo of a cat', null],
    ['He said the photo: was fake', 'He said the photo: was fake', null],
    ['   ', null, null],
  ];
  it.each(cases)('splits %j', (input, caption, credit) => {
    expect(splitCaptionCredit(input)).toEqual({ caption, credit });
  });
});

function firstElement(html: string): Element {
  const node = parseHtmlFragment(html).childNodes.find(isElement);
  if (!node) throw new Error('no element');
  return node;
}

describe('captionFromFigure', () => {
  it('takes the credit from a marked span inside the figcaption', () => {
    const fig = firstElement(
      '<figure><img src="a.jpg"><figcaption>Crowds gather in Seoul. <span class="credit">Photo: Jane Doe/AP</span></figcaption></figure>',
    );
    expect(captionFromFigure(fig)).toEqual({ caption: 'Crowds gather in Seoul.', credit: 'Jane Doe/AP' });
  });
  it('strips labels and brackets from a marked credit', () => {
    const fig = firstElement(
      '<figure><img src="a.jpg"><figcaption>Gas moves away. <span class="credit">(Image credit: TNG Collaboration)</span></figcaption></figure>',
    );
    expect(captionFromFigure(fig)).toEqual({ caption: 'Gas moves away.', credit: 'TNG Collaboration' });
    const glued = firstElement(
      '<figure><figcaption><span class="credit">CreditKevin Frayer/Getty Images</span></figcaption></figure>',
    );
    expect(captionFromFigure(glued)).toEqual({ caption: null, credit: 'Kevin Frayer/Getty Images' });
  });
  it('falls back to the text conventions', () => {
    const fig = firstElement('<figure><img src="a.jpg"><figcaption>Crowds (Image: Reuters)</figcaption></figure>');
    expect(captionFromFigure(fig)).toEqual({ caption: 'Crowds', credit: 'Reuters' });
  });
  it('returns nulls for a bare figure', () => {
    expect(captionFromFigure(firstElement('<figure><img src="a.jpg"></figure>'))).toEqual({
      caption: null,
      credit: null,
    });
  });
});
