/** The OpenAPI 3.1 document for /api/v1, served at /api/openapi.json. Kept beside the routes it describes. */
import { SEARCH_COUNT_CAP, SEARCH_SORTS } from '../../store/search-plan.js';
import { MAX_QUERY_LENGTH } from '../search/parse-query.js';
import { API_LIMIT, API_OFFSET } from './api-params.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const p = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const paging = [
  q('limit', `Items per page (${API_LIMIT.min}–${API_LIMIT.max}, default ${API_LIMIT.fallback})`, {
    type: 'integer',
    minimum: API_LIMIT.min,
    maximum: API_LIMIT.max,
    default: API_LIMIT.fallback,
  }),
  q('offset', `Items to skip (${API_OFFSET.min}–${API_OFFSET.max})`, {
    type: 'integer',
    minimum: API_OFFSET.min,
    maximum: API_OFFSET.max,
    default: API_OFFSET.fallback,
  }),
];
/** Mirrors the language check in params/param-check.ts. */
const language = q('language', 'BCP 47 tag, e.g. en or pt-BR', {
  type: 'string',
  pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
});
/** Every listing answers 400 for a parameter out of range, malformed, or not one it takes. */
const badParameter = errorResponse(
  'A query parameter is malformed, out of range, given twice, or not one this endpoint takes; `error.param` names it',
);
const pageOf = (item: object) => ({
  type: 'object',
  required: ['items', 'total'],
  properties: {
    items: { type: 'array', items: item },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
});
const nullable = (type: string) => ({ type: [type, 'null'] });

/** Builds the document for a server at `baseUrl`. */
export function openApiDocument(baseUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dateline API',
      version: '1.0.0',
      description: 'Articles, who said what according to whom, and stories across outlets. Errors share one shape.',
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
    paths: {
      '/articles': {
        get: {
          operationId: 'listArticles',
          summary: 'Latest articles, newest first',
          parameters: [
            q('outlet', 'Only this outlet (an unknown outlet gives an empty page)'),
            language,
            q('story', 'Only this story id'),
            ...paging,
          ],
          responses: { 200: json(pageOf(ref('ArticleSummary'))), 400: badParameter },
        },
      },
      '/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'One article with its analysis',
          parameters: [p('id', 'Article id')],
          responses: { 200: json(ref('StoredArticle')), 400: badParameter, 404: errorResponse('No such article') },
        },
      },
      '/search': {
        get: {
          operationId: 'search',
          summary: 'Full-text search with highlighted snippets',
          parameters: [
            q(
              'q',
              'Free text of at most 32 words (a "quoted phrase" counts once), every one required; AND, OR, NOT are no operators but stop words, skipped like "the" (a q of stop words alone is a 400); no exclusion (a word written -word is a 400); operators quoted:X, about:"X", place:X, outlet:X, lang:xx, from:, to: are understood',
              {
                type: 'string',
                maxLength: MAX_QUERY_LENGTH,
              },
            ),
            q('outlet', 'Only this outlet'),
            language,
            q('from', 'First day, inclusive, YYYY-MM-DD; not after `to`', { type: 'string', format: 'date' }),
            q('to', 'Last day, inclusive, YYYY-MM-DD', { type: 'string', format: 'date' }),
            q(
              'quoted',
              'Articles quoting this speaker: a name, or a word of one (Putin); a word several names hold finds the articles of any of them',
            ),
            q(
              'about',
              'Articles mentioning this entity: a name or alias, or a whole word of one (Kim: Kim Jong Un, Kim Yo Jong; not Kimberly)',
            ),
            q('place', 'Articles mentioning this place: a name, or a whole word of one'),
            q(
              'sort',
              '`relevance` (the default: best matches first, when there are words) or `date` (newest first, by the day the publisher printed, else the day stored; `rank` is then 0). Without words the hits are newest first either way; any other value is a 400',
              { type: 'string', enum: [...SEARCH_SORTS], default: 'relevance' },
            ),
            ...paging,
          ],
          responses: {
            200: json({
              ...pageOf(ref('SearchHit')),
              properties: {
                ...pageOf(ref('SearchHit')).properties,
                totalIsLowerBound: {
                  type: 'boolean',
                  description: `Present (true) when counting stopped at ${SEARCH_COUNT_CAP.toLocaleString('en')} matches: \`total\` is then a lower bound`,
                },
                query: {
                  type: 'object',
                  description:
                    'The search as understood: the free text, and the filters from parameters and `q` operators',
                  required: ['text'],
                  properties: {
                    text: { type: 'string' },
                    outlet: { type: 'string' },
                    language: { type: 'string' },
                    from: { type: 'string', format: 'date' },
                    to: { type: 'string', format: 'date' },
                    quoted: { type: 'string' },
                    about: { type: 'string' },
                    place: { type: 'string' },
                    sort: { type: 'string', enum: [...SEARCH_SORTS] },
                  },
                },
              },
            }),
            400: errorResponse(
              'No criteria given, or a parameter (or an operator in `q`) is malformed, out of range, given twice, or not one this endpoint takes; `error.param` names it',
            ),
          },
        },
      },
      '/outlets': {
        get: {
          operationId: 'listOutlets',
          summary: 'Outlets with their article counts (takes no parameters)',
          responses: {
            400: badParameter,
            200: json({
              type: 'object',
              properties: {
                items: {
                  type: 'array',
                  items: { type: 'object', properties: { outlet: { type: 'string' }, count: { type: 'integer' } } },
                },
              },
            }),
          },
        },
      },
      '/stories': {
        get: {
          operationId: 'listStories',
          summary: 'Stories, most recently updated first, paged like articles',
          parameters: [...paging],
          responses: {
            200: json(pageOf(ref('Story'))),
            400: badParameter,
          },
        },
      },
      '/stories/{id}': {
        get: {
          operationId: 'getStory',
          summary: 'One story with its claims',
          parameters: [p('id', 'Story id')],
          responses: {
            200: json(ref('Story')),
            301: { description: 'The story was merged into another; `Location` is that story' },
            400: badParameter,
            404: errorResponse('No such story'),
          },
        },
      },
      '/entities/{kind}/{name}': {
        get: {
          operationId: 'getEntity',
          summary:
            'The newest articles naming an entity, at most 200 (`ref.articleCount` counts them all); takes no parameters',
          parameters: [p('kind', 'person, organization, place or other'), p('name', 'Entity name')],
          responses: {
            200: json({
              type: 'object',
              properties: {
                ref: {
                  type: 'object',
                  properties: { kind: { type: 'string' }, name: { type: 'string' }, articleCount: { type: 'integer' } },
                },
                articles: { type: 'array', items: ref('ArticleSummary') },
              },
            }),
            400: badParameter,
            404: errorResponse('No such entity'),
          },
        },
      },
      '/ingest': {
        post: {
          operationId: 'ingest',
          summary: 'Store one page: fetched from `url`, or given as `html` with its `url`',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['url'],
                  properties: { url: { type: 'string', format: 'uri' }, html: { type: 'string' } },
                },
              },
            },
          },
          responses: {
            200: json(ref('IngestResult'), 'Already stored; updated'),
            201: json(ref('IngestResult'), 'Stored'),
            400: errorResponse('Malformed body'),
            401: errorResponse('No bearer token'),
            403: errorResponse('Wrong token, or ingest disabled (no DATELINE_TOKEN configured)'),
            413: errorResponse('Body too large'),
            422: errorResponse(
              'Not an article (`not-html` for a feed, sitemap, OPML list or WARC archive: one page is stored), or the page could not be fetched; `error.code` is the reason',
            ),
            501: errorResponse('No ingest pipeline on this server'),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The DATELINE_TOKEN value' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                param: { type: 'string', description: 'The query parameter at fault, on a 400 about one' },
              },
            },
          },
        },
        ArticleSummary: {
          type: 'object',
          required: ['id', 'outlet', 'authors', 'ingestedAt'],
          properties: {
            id: { type: 'string' },
            url: nullable('string'),
            title: nullable('string'),
            description: nullable('string'),
            outlet: { type: 'string' },
            authors: { type: 'array', items: { type: 'string' } },
            publishedAt: nullable('string'),
            language: nullable('string'),
            leadImageUrl: nullable('string'),
            storyId: nullable('string'),
            ingestedAt: { type: 'string', format: 'date-time' },
          },
        },
        SearchHit: {
          allOf: [
            ref('ArticleSummary'),
            {
              type: 'object',
              properties: {
                snippet: { type: 'string', description: 'HTML-escaped, with <mark> around matches' },
                rank: {
                  type: 'number',
                  description: 'Relevance within this search, higher is better; 0 with sort=date or without words',
                },
              },
            },
          ],
        },
        StoredArticle: {
          type: 'object',
          description: 'The article as extracted (title, byline, dateline, lead image, body…) and its analysis',
          properties: {
            article: { type: 'object', description: 'See `Article` in src/vocabulary.ts' },
            analysis: {
              type: ['object', 'null'],
              description: 'Entities, attributions (speaker, via, cue, content, quote), quantities, dates',
            },
            outlet: { type: 'string' },
            source: { type: 'string' },
            ingestedAt: { type: 'string' },
            updatedAt: { type: 'string' },
            storyId: nullable('string'),
            duplicateOf: nullable('string'),
          },
        },
        Claim: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            speaker: { type: 'string' },
            content: { type: 'string' },
            articleIds: { type: 'array', items: { type: 'string' } },
            outlets: { type: 'array', items: { type: 'string' } },
            firstSeen: nullable('string'),
            corroborated: { type: 'boolean' },
            conflictsWith: { type: 'array', items: { type: 'string' } },
          },
        },
        Story: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            articleIds: { type: 'array', items: { type: 'string' } },
            outlets: { type: 'array', items: { type: 'string' } },
            firstSeen: nullable('string'),
            lastUpdated: nullable('string'),
            topEntities: { type: 'array', items: { type: 'string' } },
            claims: { type: 'array', items: ref('Claim') },
          },
        },
        IngestResult: {
          type: 'object',
          properties: { id: { type: 'string' }, created: { type: 'boolean' }, url: { type: 'string' } },
        },
      },
    },
  };
}
