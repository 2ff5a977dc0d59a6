/**
 * The OpenAPI 3.1 document of the service, generated from the route catalogue and the schemas
 * (decision 0023), so Java and .NET teams generate their clients from what the server really
 * does. `GET /openapi.json` serves it; docs/openapi.json is the same document (a test keeps it so).
 */

import { VERSION } from '../version.js';
import {
  BODY_RESPONSES,
  COMMON_RESPONSES,
  JSON_MEDIA,
  type Parameter,
  ROUTES,
  type RouteSpec,
  XML_MEDIA,
} from './routes.js';
import { SCHEMAS } from './schemas.js';

/** `/forms/:form/validate` → `/forms/{form}/validate`. */
export function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

function parameters(place: 'path' | 'query', values: Readonly<Record<string, Parameter>> | undefined) {
  return Object.entries(values ?? {}).map(([name, parameter]) => ({
    name,
    in: place,
    required: place === 'path',
    description: parameter.description,
    schema: parameter.schema,
  }));
}

function operation(route: RouteSpec) {
  const responses = {
    ...(route.auth ? COMMON_RESPONSES : { 500: COMMON_RESPONSES[500] }),
    ...(route.body ? BODY_RESPONSES : {}),
    ...route.responses,
  };
  const media = route.body?.accepts === 'xml' ? [XML_MEDIA, 'text/xml'] : [JSON_MEDIA];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    parameters: [...parameters('path', route.params), ...parameters('query', route.query)],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            description: route.body.description,
            content: Object.fromEntries(media.map((type) => [type, { schema: route.body?.schema }])),
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, response]) => [
        status,
        {
          description: response?.description ?? '',
          ...(response?.headers ? { headers: response.headers } : {}),
          ...(response?.content
            ? {
                content: Object.fromEntries(
                  Object.entries(response.content).map(([type, schema]) => [type, { schema }]),
                ),
              }
            : {}),
        },
      ]),
    ),
    ...(route.auth ? {} : { security: [] }),
  };
}

/** The OpenAPI 3.1 document. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const path = openApiPath(route.url);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'antrag serve',
      version: VERSION,
      description:
        'Validation and XÖV-style messages of German application forms in the FIM model, over HTTP. ' +
        'Every error response is a Report with one issue whose code is listed in docs/report.md. ' +
        'The bearer token is needed only when the service was started with --token-file.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080', description: 'The default address of antrag serve.' }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'operations', description: 'Probes, metrics and this document.' },
      { name: 'forms', description: 'The forms offered and their artefacts.' },
      { name: 'submissions', description: 'Validation of JSON submissions.' },
      { name: 'messages', description: 'Writing and reading messages, receipts.' },
    ],
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
